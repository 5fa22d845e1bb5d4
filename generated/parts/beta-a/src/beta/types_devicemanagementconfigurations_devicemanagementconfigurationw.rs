//! Types of `microsoft.graph` by the first letters of their names (`devicemanagementconfigurations_devicemanagementconfigurationw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Setting instance within policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSettingPath`](requests/trait.DeviceManagementConfigurationSettingPath.html), what a path to one (`EntityPath<DeviceManagementConfigurationSetting, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Setting Instance
    ///
    /// CSDL: property `settingInstance`: `microsoft.graph.deviceManagementConfigurationSettingInstance`, not nullable.
    pub setting_instance: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingInstance,
    >,
    /// List of related Setting Definitions
    ///
    /// CSDL: navigation property `settingDefinitions`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDefinition)`, not nullable.
    pub setting_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConfigurationSettingDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            setting_instance: rt::Field::Absent,
            setting_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "settingInstance",
        "settingDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"settingInstance\":              ",
        ",\"settingDefinitions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "setting_instance", &self.setting_instance);
        v.field(2usize, "setting_definitions", &self.setting_definitions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.setting_instance.read_from(r),
            2usize => self.setting_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.setting_instance);
        w.field(2usize, &self.setting_definitions);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSetting);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSetting { with_id id : ::std::string::String;
    with_setting_instance setting_instance : crate
    ::beta::AnyDeviceManagementConfigurationSettingInstance; with_setting_definitions
    setting_definitions : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingDefinition >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSetting);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingAccessTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationSettingAccessTypes {
    /// `none` (value 0).
    None,
    /// `add` (value 1).
    Add,
    /// `copy` (value 2).
    Copy,
    /// `delete` (value 4).
    Delete,
    /// `get` (value 8).
    Get,
    /// `replace` (value 16).
    Replace,
    /// `execute` (value 32).
    Execute,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationSettingAccessTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingAccessTypes";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "add",
        "copy",
        "delete",
        "get",
        "replace",
        "execute",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "add" => Self::Add,
                "copy" => Self::Copy,
                "delete" => Self::Delete,
                "get" => Self::Get,
                "replace" => Self::Replace,
                "execute" => Self::Execute,
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
            Self::Add => "add",
            Self::Copy => "copy",
            Self::Delete => "delete",
            Self::Get => "get",
            Self::Replace => "replace",
            Self::Execute => "execute",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationSettingAccessTypes);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingAccessTypes);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingApplicability`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingApplicability {
    /// description of the setting
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Device Mode that setting can be applied on
    ///
    /// CSDL: property `deviceMode`: `microsoft.graph.deviceManagementConfigurationDeviceMode`, not nullable.
    pub device_mode: rt::Field<crate::beta::DeviceManagementConfigurationDeviceMode>,
    /// Platform setting can be applied on
    ///
    /// CSDL: property `platform`: `microsoft.graph.deviceManagementConfigurationPlatforms`, not nullable.
    pub platform: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>,
    >,
    /// Which technology channels this setting can be deployed through
    ///
    /// CSDL: property `technologies`: `microsoft.graph.deviceManagementConfigurationTechnologies`, not nullable.
    pub technologies: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingApplicability {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            device_mode: rt::Field::Absent,
            platform: rt::Field::Absent,
            technologies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingApplicability {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingApplicability";
    const KEYS: &'static [&'static str] = &[
        "description",
        "deviceMode",
        "platform",
        "technologies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"deviceMode\":                   ",
        ",\"platform\":                     ",
        ",\"technologies\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingApplicability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "device_mode", &self.device_mode);
        v.field(2usize, "platform", &self.platform);
        v.field(3usize, "technologies", &self.technologies);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingApplicability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.device_mode.read_from(r),
            2usize => self.platform.read_from(r),
            3usize => self.technologies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.device_mode);
        w.field(2usize, &self.platform);
        w.field(3usize, &self.technologies);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingApplicability { with_description description :
    ::std::string::String; with_device_mode device_mode : crate
    ::beta::DeviceManagementConfigurationDeviceMode; with_platform platform : rt::Flags <
    crate ::beta::DeviceManagementConfigurationPlatforms >; with_technologies
    technologies : rt::Flags < crate ::beta::DeviceManagementConfigurationTechnologies >;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSettingApplicability` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSettingApplicability {
    DeviceManagementConfigurationSettingApplicability(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSettingApplicability>,
    ),
    DeviceManagementConfigurationWindowsSettingApplicability(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationWindowsSettingApplicability,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationSettingApplicability {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSettingApplicability(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSettingApplicability>
for AnyDeviceManagementConfigurationSettingApplicability {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSettingApplicability) -> Self {
        Self::DeviceManagementConfigurationSettingApplicability(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationWindowsSettingApplicability,
> for AnyDeviceManagementConfigurationSettingApplicability {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationWindowsSettingApplicability,
    ) -> Self {
        Self::DeviceManagementConfigurationWindowsSettingApplicability(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationSettingApplicability {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationSettingApplicability {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSettingApplicability {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementConfigurationSettingApplicability {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationSettingApplicability {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingApplicability,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationWindowsSettingApplicability,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSettingApplicability {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingApplicability";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationWindowsSettingApplicability",
            ) => {
                Self::DeviceManagementConfigurationWindowsSettingApplicability(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSettingApplicability(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => &**v,
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => &mut **v,
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSettingApplicability {
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
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => &v.description,
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &v.description
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &mut v.description
            }
        }
    }
    /// `deviceMode` of any variant.
    #[inline]
    pub fn device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementConfigurationDeviceMode> {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => &v.device_mode,
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &v.device_mode
            }
        }
    }
    /// `deviceMode` of any variant.
    #[inline]
    pub fn device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementConfigurationDeviceMode> {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => {
                &mut v.device_mode
            }
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &mut v.device_mode
            }
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>> {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => &v.platform,
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &v.platform
            }
        }
    }
    /// `platform` of any variant.
    #[inline]
    pub fn platform_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>> {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => &mut v.platform,
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &mut v.platform
            }
        }
    }
    /// `technologies` of any variant.
    #[inline]
    pub fn technologies(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>> {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => &v.technologies,
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &v.technologies
            }
        }
    }
    /// `technologies` of any variant.
    #[inline]
    pub fn technologies_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingApplicability(v) => {
                &mut v.technologies
            }
            Self::DeviceManagementConfigurationWindowsSettingApplicability(v) => {
                &mut v.technologies
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSettingDefinitionPath`](requests/trait.DeviceManagementConfigurationSettingDefinitionPath.html), what a path to one (`EntityPath<AnyDeviceManagementConfigurationSettingDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Read/write access mode of the setting
    ///
    /// CSDL: property `accessTypes`: `microsoft.graph.deviceManagementConfigurationSettingAccessTypes`, not nullable.
    pub access_types: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    >,
    /// Details which device setting is applicable on
    ///
    /// CSDL: property `applicability`: `microsoft.graph.deviceManagementConfigurationSettingApplicability`, nullable.
    pub applicability: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    >,
    /// Base CSP Path
    ///
    /// CSDL: property `baseUri`: `Edm.String`, nullable.
    pub base_uri: rt::Field<::std::string::String>,
    /// Specifies the area group under which the setting is configured in a specified configuration service provider (CSP)
    ///
    /// CSDL: property `categoryId`: `Edm.String`, nullable.
    pub category_id: rt::Field<::std::string::String>,
    /// Description of the item
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of the item
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Help text of the item
    ///
    /// CSDL: property `helpText`: `Edm.String`, nullable.
    pub help_text: rt::Field<::std::string::String>,
    /// List of links more info for the setting can be found at
    ///
    /// CSDL: property `infoUrls`: `Collection(Edm.String)`, nullable.
    pub info_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Tokens which to search settings on
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Name of the item
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Indicates whether the setting is required or not
    ///
    /// CSDL: property `occurrence`: `microsoft.graph.deviceManagementConfigurationSettingOccurrence`, nullable.
    pub occurrence: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    >,
    /// Offset CSP Path from Base
    ///
    /// CSDL: property `offsetUri`: `Edm.String`, nullable.
    pub offset_uri: rt::Field<::std::string::String>,
    /// List of referred setting information.
    ///
    /// CSDL: property `referredSettingInformationList`: `Collection(microsoft.graph.deviceManagementConfigurationReferredSettingInformation)`, nullable.
    pub referred_setting_information_list: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    >,
    /// Root setting definition if the setting is a child setting.
    ///
    /// CSDL: property `rootDefinitionId`: `Edm.String`, nullable.
    pub root_definition_id: rt::Field<::std::string::String>,
    /// Setting type, for example, configuration and compliance
    ///
    /// CSDL: property `settingUsage`: `microsoft.graph.deviceManagementConfigurationSettingUsage`, not nullable.
    pub setting_usage: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    >,
    /// Setting control type representation in the UX
    ///
    /// CSDL: property `uxBehavior`: `microsoft.graph.deviceManagementConfigurationControlType`, not nullable.
    pub ux_behavior: rt::Field<crate::beta::DeviceManagementConfigurationControlType>,
    /// Item Version
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Setting visibility scope to UX
    ///
    /// CSDL: property `visibility`: `microsoft.graph.deviceManagementConfigurationSettingVisibility`, not nullable.
    pub visibility: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_types: rt::Field::Absent,
            applicability: rt::Field::Absent,
            base_uri: rt::Field::Absent,
            category_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_text: rt::Field::Absent,
            info_urls: rt::Field::Absent,
            keywords: rt::Field::Absent,
            name: rt::Field::Absent,
            occurrence: rt::Field::Absent,
            offset_uri: rt::Field::Absent,
            referred_setting_information_list: rt::Field::Absent,
            root_definition_id: rt::Field::Absent,
            setting_usage: rt::Field::Absent,
            ux_behavior: rt::Field::Absent,
            version: rt::Field::Absent,
            visibility: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessTypes",
        "applicability",
        "baseUri",
        "categoryId",
        "description",
        "displayName",
        "helpText",
        "infoUrls",
        "keywords",
        "name",
        "occurrence",
        "offsetUri",
        "referredSettingInformationList",
        "rootDefinitionId",
        "settingUsage",
        "uxBehavior",
        "version",
        "visibility",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessTypes\":                  ",
        ",\"applicability\":                ",
        ",\"baseUri\":                      ",
        ",\"categoryId\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"helpText\":                     ",
        ",\"infoUrls\":                     ",
        ",\"keywords\":                     ",
        ",\"name\":                         ",
        ",\"occurrence\":                   ",
        ",\"offsetUri\":                    ",
        ",\"referredSettingInformationList\":",
        ",\"rootDefinitionId\":             ",
        ",\"settingUsage\":                 ",
        ",\"uxBehavior\":                   ",
        ",\"version\":                      ",
        ",\"visibility\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_types", &self.access_types);
        v.field(2usize, "applicability", &self.applicability);
        v.field(3usize, "base_uri", &self.base_uri);
        v.field(4usize, "category_id", &self.category_id);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "help_text", &self.help_text);
        v.field(8usize, "info_urls", &self.info_urls);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "occurrence", &self.occurrence);
        v.field(12usize, "offset_uri", &self.offset_uri);
        v.field(
            13usize,
            "referred_setting_information_list",
            &self.referred_setting_information_list,
        );
        v.field(14usize, "root_definition_id", &self.root_definition_id);
        v.field(15usize, "setting_usage", &self.setting_usage);
        v.field(16usize, "ux_behavior", &self.ux_behavior);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "visibility", &self.visibility);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_types.read_from(r),
            2usize => self.applicability.read_from(r),
            3usize => self.base_uri.read_from(r),
            4usize => self.category_id.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.help_text.read_from(r),
            8usize => self.info_urls.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.occurrence.read_from(r),
            12usize => self.offset_uri.read_from(r),
            13usize => self.referred_setting_information_list.read_from(r),
            14usize => self.root_definition_id.read_from(r),
            15usize => self.setting_usage.read_from(r),
            16usize => self.ux_behavior.read_from(r),
            17usize => self.version.read_from(r),
            18usize => self.visibility.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_types);
        w.field(2usize, &self.applicability);
        w.field(3usize, &self.base_uri);
        w.field(4usize, &self.category_id);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.help_text);
        w.field(8usize, &self.info_urls);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.name);
        w.field(11usize, &self.occurrence);
        w.field(12usize, &self.offset_uri);
        w.field(13usize, &self.referred_setting_information_list);
        w.field(14usize, &self.root_definition_id);
        w.field(15usize, &self.setting_usage);
        w.field(16usize, &self.ux_behavior);
        w.field(17usize, &self.version);
        w.field(18usize, &self.visibility);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingDefinition { with_id id : ::std::string::String;
    with_access_types access_types : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingAccessTypes >; with_applicability
    applicability : crate ::beta::AnyDeviceManagementConfigurationSettingApplicability;
    with_base_uri base_uri : ::std::string::String; with_category_id category_id :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_help_text help_text :
    ::std::string::String; with_info_urls info_urls : ::std::vec::Vec <
    ::std::string::String >; with_keywords keywords : ::std::vec::Vec <
    ::std::string::String >; with_name name : ::std::string::String; with_occurrence
    occurrence : crate ::beta::DeviceManagementConfigurationSettingOccurrence;
    with_offset_uri offset_uri : ::std::string::String;
    with_referred_setting_information_list referred_setting_information_list :
    ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationReferredSettingInformation >;
    with_root_definition_id root_definition_id : ::std::string::String;
    with_setting_usage setting_usage : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingUsage >; with_ux_behavior ux_behavior :
    crate ::beta::DeviceManagementConfigurationControlType; with_version version :
    ::std::string::String; with_visibility visibility : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingVisibility >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSettingDefinition` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSettingDefinition {
    DeviceManagementConfigurationSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSettingDefinition>,
    ),
    DeviceManagementConfigurationChoiceSettingCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
        >,
    ),
    DeviceManagementConfigurationChoiceSettingDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
        >,
    ),
    DeviceManagementConfigurationSettingGroupCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
        >,
    ),
    DeviceManagementConfigurationSettingGroupDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
        >,
    ),
    DeviceManagementConfigurationSimpleSettingCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
        >,
    ),
    DeviceManagementConfigurationSimpleSettingDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSettingDefinition(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSettingDefinition>
for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSettingDefinition) -> Self {
        Self::DeviceManagementConfigurationSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
> for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
> for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
> for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
> for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingGroupDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
> for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
> for AnyDeviceManagementConfigurationSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementConfigurationSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementConfigurationSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementConfigurationSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementConfigurationSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSettingDefinition {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingDefinition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition",
            ) => {
                Self::DeviceManagementConfigurationSettingGroupDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &**v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &**v
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &**v,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &**v
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &**v,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &**v
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut **v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut **v,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut **v,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSettingDefinition {
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
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.id,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.id
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.id,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.id
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.id,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.id
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.id,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.id
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut v.id,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.id
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut v.id,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.id
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut v.id,
        }
    }
    /// `accessTypes` of any variant.
    #[inline]
    pub fn access_types(
        &self,
    ) -> &rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.access_types,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.access_types
            }
        }
    }
    /// `accessTypes` of any variant.
    #[inline]
    pub fn access_types_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.access_types
            }
        }
    }
    /// `applicability` of any variant.
    #[inline]
    pub fn applicability(
        &self,
    ) -> &rt::Field<crate::beta::AnyDeviceManagementConfigurationSettingApplicability> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.applicability,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.applicability
            }
        }
    }
    /// `applicability` of any variant.
    #[inline]
    pub fn applicability_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.applicability
            }
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.base_uri,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.base_uri
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.base_uri,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.base_uri
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.base_uri,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.base_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.base_uri,
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.base_uri,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.base_uri
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.category_id,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.category_id
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.category_id,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.category_id
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.description,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.description
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.description,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.description
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.display_name,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.display_name
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.display_name
            }
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.help_text,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.help_text
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.help_text,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.help_text
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.help_text,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.help_text
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.help_text,
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.help_text,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.help_text
            }
        }
    }
    /// `infoUrls` of any variant.
    #[inline]
    pub fn info_urls(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.info_urls,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.info_urls
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.info_urls,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.info_urls
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.info_urls,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.info_urls
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.info_urls,
        }
    }
    /// `infoUrls` of any variant.
    #[inline]
    pub fn info_urls_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.info_urls,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.info_urls
            }
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.keywords,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.keywords
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.keywords,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.keywords
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.keywords,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.keywords
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.keywords,
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.keywords,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.keywords
            }
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.name,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.name
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.name,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.name
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.name,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.name
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.name,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.name
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut v.name,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.name
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut v.name,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.name
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut v.name,
        }
    }
    /// `occurrence` of any variant.
    #[inline]
    pub fn occurrence(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementConfigurationSettingOccurrence> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.occurrence,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.occurrence
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.occurrence
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.occurrence
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.occurrence,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.occurrence
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.occurrence
            }
        }
    }
    /// `occurrence` of any variant.
    #[inline]
    pub fn occurrence_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementConfigurationSettingOccurrence> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.occurrence,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.occurrence
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.offset_uri,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.offset_uri
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.offset_uri
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.offset_uri
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.offset_uri,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.offset_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.offset_uri
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.offset_uri,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.offset_uri
            }
        }
    }
    /// `referredSettingInformationList` of any variant.
    #[inline]
    pub fn referred_setting_information_list(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.referred_setting_information_list
            }
        }
    }
    /// `referredSettingInformationList` of any variant.
    #[inline]
    pub fn referred_setting_information_list_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.referred_setting_information_list
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.root_definition_id
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.root_definition_id
            }
        }
    }
    /// `settingUsage` of any variant.
    #[inline]
    pub fn setting_usage(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.setting_usage,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.setting_usage
            }
        }
    }
    /// `settingUsage` of any variant.
    #[inline]
    pub fn setting_usage_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.setting_usage
            }
        }
    }
    /// `uxBehavior` of any variant.
    #[inline]
    pub fn ux_behavior(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementConfigurationControlType> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.ux_behavior,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.ux_behavior
            }
        }
    }
    /// `uxBehavior` of any variant.
    #[inline]
    pub fn ux_behavior_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementConfigurationControlType> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.ux_behavior,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.ux_behavior
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.version,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.version
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.version,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.version
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.version,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.version
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.version,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.version
            }
        }
    }
    /// `visibility` of any variant.
    #[inline]
    pub fn visibility(
        &self,
    ) -> &rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.visibility,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.visibility
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.visibility
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.visibility
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.visibility,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.visibility
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.visibility
            }
        }
    }
    /// `visibility` of any variant.
    #[inline]
    pub fn visibility_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.visibility,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.visibility
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingDependedOnBy`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingDependedOnBy {
    /// Identifier of child setting that is dependent on the current setting
    ///
    /// CSDL: property `dependedOnBy`: `Edm.String`, nullable.
    pub depended_on_by: rt::Field<::std::string::String>,
    /// Value that determines if the child setting is required based on the parent setting's selection
    ///
    /// CSDL: property `required`: `Edm.Boolean`, nullable.
    pub required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingDependedOnBy {
    #[inline]
    fn default() -> Self {
        Self {
            depended_on_by: rt::Field::Absent,
            required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingDependedOnBy {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingDependedOnBy";
    const KEYS: &'static [&'static str] = &["dependedOnBy", "required"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dependedOnBy\":                 ",
        ",\"required\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingDependedOnBy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "depended_on_by", &self.depended_on_by);
        v.field(1usize, "required", &self.required);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingDependedOnBy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.depended_on_by.read_from(r),
            1usize => self.required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.depended_on_by);
        w.field(1usize, &self.required);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingDependedOnBy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingDependedOnBy { with_depended_on_by depended_on_by
    : ::std::string::String; with_required required : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingDependedOnBy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition`, entity type, derived from `microsoft.graph.deviceManagementConfigurationSettingGroupDefinition`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSettingDefinitionPath`](requests/trait.DeviceManagementConfigurationSettingDefinitionPath.html), what a path to one (`EntityPath<DeviceManagementConfigurationSettingGroupCollectionDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingGroupCollectionDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Read/write access mode of the setting
    ///
    /// CSDL: property `accessTypes`: `microsoft.graph.deviceManagementConfigurationSettingAccessTypes`, not nullable.
    pub access_types: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    >,
    /// Details which device setting is applicable on
    ///
    /// CSDL: property `applicability`: `microsoft.graph.deviceManagementConfigurationSettingApplicability`, nullable.
    pub applicability: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    >,
    /// Base CSP Path
    ///
    /// CSDL: property `baseUri`: `Edm.String`, nullable.
    pub base_uri: rt::Field<::std::string::String>,
    /// Specifies the area group under which the setting is configured in a specified configuration service provider (CSP)
    ///
    /// CSDL: property `categoryId`: `Edm.String`, nullable.
    pub category_id: rt::Field<::std::string::String>,
    /// Description of the item
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of the item
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Help text of the item
    ///
    /// CSDL: property `helpText`: `Edm.String`, nullable.
    pub help_text: rt::Field<::std::string::String>,
    /// List of links more info for the setting can be found at
    ///
    /// CSDL: property `infoUrls`: `Collection(Edm.String)`, nullable.
    pub info_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Tokens which to search settings on
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Name of the item
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Indicates whether the setting is required or not
    ///
    /// CSDL: property `occurrence`: `microsoft.graph.deviceManagementConfigurationSettingOccurrence`, nullable.
    pub occurrence: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    >,
    /// Offset CSP Path from Base
    ///
    /// CSDL: property `offsetUri`: `Edm.String`, nullable.
    pub offset_uri: rt::Field<::std::string::String>,
    /// List of referred setting information.
    ///
    /// CSDL: property `referredSettingInformationList`: `Collection(microsoft.graph.deviceManagementConfigurationReferredSettingInformation)`, nullable.
    pub referred_setting_information_list: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    >,
    /// Root setting definition if the setting is a child setting.
    ///
    /// CSDL: property `rootDefinitionId`: `Edm.String`, nullable.
    pub root_definition_id: rt::Field<::std::string::String>,
    /// Setting type, for example, configuration and compliance
    ///
    /// CSDL: property `settingUsage`: `microsoft.graph.deviceManagementConfigurationSettingUsage`, not nullable.
    pub setting_usage: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    >,
    /// Setting control type representation in the UX
    ///
    /// CSDL: property `uxBehavior`: `microsoft.graph.deviceManagementConfigurationControlType`, not nullable.
    pub ux_behavior: rt::Field<crate::beta::DeviceManagementConfigurationControlType>,
    /// Item Version
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Setting visibility scope to UX
    ///
    /// CSDL: property `visibility`: `microsoft.graph.deviceManagementConfigurationSettingVisibility`, not nullable.
    pub visibility: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    >,
    /// Dependent child settings to this group of settings
    ///
    /// CSDL: property `childIds`: `Collection(Edm.String)`, nullable.
    pub child_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of child settings that depend on this setting
    ///
    /// CSDL: property `dependedOnBy`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDependedOnBy)`, nullable.
    pub depended_on_by: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    >,
    /// List of Dependencies for the setting group
    ///
    /// CSDL: property `dependentOn`: `Collection(microsoft.graph.deviceManagementConfigurationDependentOn)`, nullable.
    pub dependent_on: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    >,
    /// Maximum number of setting group count in the collection. Valid values 1 to 100
    ///
    /// CSDL: property `maximumCount`: `Edm.Int32`, not nullable.
    pub maximum_count: rt::Field<i32>,
    /// Minimum number of setting group count in the collection. Valid values 1 to 100
    ///
    /// CSDL: property `minimumCount`: `Edm.Int32`, not nullable.
    pub minimum_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSettingGroupCollectionDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_types: rt::Field::Absent,
            applicability: rt::Field::Absent,
            base_uri: rt::Field::Absent,
            category_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_text: rt::Field::Absent,
            info_urls: rt::Field::Absent,
            keywords: rt::Field::Absent,
            name: rt::Field::Absent,
            occurrence: rt::Field::Absent,
            offset_uri: rt::Field::Absent,
            referred_setting_information_list: rt::Field::Absent,
            root_definition_id: rt::Field::Absent,
            setting_usage: rt::Field::Absent,
            ux_behavior: rt::Field::Absent,
            version: rt::Field::Absent,
            visibility: rt::Field::Absent,
            child_ids: rt::Field::Absent,
            depended_on_by: rt::Field::Absent,
            dependent_on: rt::Field::Absent,
            maximum_count: rt::Field::Absent,
            minimum_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingGroupCollectionDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessTypes",
        "applicability",
        "baseUri",
        "categoryId",
        "description",
        "displayName",
        "helpText",
        "infoUrls",
        "keywords",
        "name",
        "occurrence",
        "offsetUri",
        "referredSettingInformationList",
        "rootDefinitionId",
        "settingUsage",
        "uxBehavior",
        "version",
        "visibility",
        "childIds",
        "dependedOnBy",
        "dependentOn",
        "maximumCount",
        "minimumCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessTypes\":                  ",
        ",\"applicability\":                ",
        ",\"baseUri\":                      ",
        ",\"categoryId\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"helpText\":                     ",
        ",\"infoUrls\":                     ",
        ",\"keywords\":                     ",
        ",\"name\":                         ",
        ",\"occurrence\":                   ",
        ",\"offsetUri\":                    ",
        ",\"referredSettingInformationList\":",
        ",\"rootDefinitionId\":             ",
        ",\"settingUsage\":                 ",
        ",\"uxBehavior\":                   ",
        ",\"version\":                      ",
        ",\"visibility\":                   ",
        ",\"childIds\":                     ",
        ",\"dependedOnBy\":                 ",
        ",\"dependentOn\":                  ",
        ",\"maximumCount\":                 ",
        ",\"minimumCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_types", &self.access_types);
        v.field(2usize, "applicability", &self.applicability);
        v.field(3usize, "base_uri", &self.base_uri);
        v.field(4usize, "category_id", &self.category_id);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "help_text", &self.help_text);
        v.field(8usize, "info_urls", &self.info_urls);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "occurrence", &self.occurrence);
        v.field(12usize, "offset_uri", &self.offset_uri);
        v.field(
            13usize,
            "referred_setting_information_list",
            &self.referred_setting_information_list,
        );
        v.field(14usize, "root_definition_id", &self.root_definition_id);
        v.field(15usize, "setting_usage", &self.setting_usage);
        v.field(16usize, "ux_behavior", &self.ux_behavior);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "visibility", &self.visibility);
        v.field(19usize, "child_ids", &self.child_ids);
        v.field(20usize, "depended_on_by", &self.depended_on_by);
        v.field(21usize, "dependent_on", &self.dependent_on);
        v.field(22usize, "maximum_count", &self.maximum_count);
        v.field(23usize, "minimum_count", &self.minimum_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationSettingGroupCollectionDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_types.read_from(r),
            2usize => self.applicability.read_from(r),
            3usize => self.base_uri.read_from(r),
            4usize => self.category_id.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.help_text.read_from(r),
            8usize => self.info_urls.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.occurrence.read_from(r),
            12usize => self.offset_uri.read_from(r),
            13usize => self.referred_setting_information_list.read_from(r),
            14usize => self.root_definition_id.read_from(r),
            15usize => self.setting_usage.read_from(r),
            16usize => self.ux_behavior.read_from(r),
            17usize => self.version.read_from(r),
            18usize => self.visibility.read_from(r),
            19usize => self.child_ids.read_from(r),
            20usize => self.depended_on_by.read_from(r),
            21usize => self.dependent_on.read_from(r),
            22usize => self.maximum_count.read_from(r),
            23usize => self.minimum_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_types);
        w.field(2usize, &self.applicability);
        w.field(3usize, &self.base_uri);
        w.field(4usize, &self.category_id);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.help_text);
        w.field(8usize, &self.info_urls);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.name);
        w.field(11usize, &self.occurrence);
        w.field(12usize, &self.offset_uri);
        w.field(13usize, &self.referred_setting_information_list);
        w.field(14usize, &self.root_definition_id);
        w.field(15usize, &self.setting_usage);
        w.field(16usize, &self.ux_behavior);
        w.field(17usize, &self.version);
        w.field(18usize, &self.visibility);
        w.field(19usize, &self.child_ids);
        w.field(20usize, &self.depended_on_by);
        w.field(21usize, &self.dependent_on);
        w.field(22usize, &self.maximum_count);
        w.field(23usize, &self.minimum_count);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingGroupCollectionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingGroupCollectionDefinition { with_id id :
    ::std::string::String; with_access_types access_types : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingAccessTypes >; with_applicability
    applicability : crate ::beta::AnyDeviceManagementConfigurationSettingApplicability;
    with_base_uri base_uri : ::std::string::String; with_category_id category_id :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_help_text help_text :
    ::std::string::String; with_info_urls info_urls : ::std::vec::Vec <
    ::std::string::String >; with_keywords keywords : ::std::vec::Vec <
    ::std::string::String >; with_name name : ::std::string::String; with_occurrence
    occurrence : crate ::beta::DeviceManagementConfigurationSettingOccurrence;
    with_offset_uri offset_uri : ::std::string::String;
    with_referred_setting_information_list referred_setting_information_list :
    ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationReferredSettingInformation >;
    with_root_definition_id root_definition_id : ::std::string::String;
    with_setting_usage setting_usage : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingUsage >; with_ux_behavior ux_behavior :
    crate ::beta::DeviceManagementConfigurationControlType; with_version version :
    ::std::string::String; with_visibility visibility : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingVisibility >; with_child_ids child_ids :
    ::std::vec::Vec < ::std::string::String >; with_depended_on_by depended_on_by :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationSettingDependedOnBy >;
    with_dependent_on dependent_on : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationDependentOn >; with_maximum_count maximum_count
    : i32; with_minimum_count minimum_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingGroupCollectionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting instance within policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingGroupCollectionInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingGroupCollectionInstance {
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Reference
    ///
    /// CSDL: property `settingInstanceTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference`, nullable.
    pub setting_instance_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplateReference,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSettingGroupCollectionInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingGroupCollectionInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingGroupCollectionInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            1usize,
            "setting_instance_template_reference",
            &self.setting_instance_template_reference,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationSettingGroupCollectionInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingGroupCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingGroupCollectionInstance {
    with_setting_definition_id setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingGroupCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingGroupDefinition`, entity type, derived from `microsoft.graph.deviceManagementConfigurationSettingDefinition`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSettingDefinitionPath`](requests/trait.DeviceManagementConfigurationSettingDefinitionPath.html), what a path to one (`EntityPath<AnyDeviceManagementConfigurationSettingGroupDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingGroupDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Read/write access mode of the setting
    ///
    /// CSDL: property `accessTypes`: `microsoft.graph.deviceManagementConfigurationSettingAccessTypes`, not nullable.
    pub access_types: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    >,
    /// Details which device setting is applicable on
    ///
    /// CSDL: property `applicability`: `microsoft.graph.deviceManagementConfigurationSettingApplicability`, nullable.
    pub applicability: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    >,
    /// Base CSP Path
    ///
    /// CSDL: property `baseUri`: `Edm.String`, nullable.
    pub base_uri: rt::Field<::std::string::String>,
    /// Specifies the area group under which the setting is configured in a specified configuration service provider (CSP)
    ///
    /// CSDL: property `categoryId`: `Edm.String`, nullable.
    pub category_id: rt::Field<::std::string::String>,
    /// Description of the item
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of the item
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Help text of the item
    ///
    /// CSDL: property `helpText`: `Edm.String`, nullable.
    pub help_text: rt::Field<::std::string::String>,
    /// List of links more info for the setting can be found at
    ///
    /// CSDL: property `infoUrls`: `Collection(Edm.String)`, nullable.
    pub info_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Tokens which to search settings on
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Name of the item
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Indicates whether the setting is required or not
    ///
    /// CSDL: property `occurrence`: `microsoft.graph.deviceManagementConfigurationSettingOccurrence`, nullable.
    pub occurrence: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    >,
    /// Offset CSP Path from Base
    ///
    /// CSDL: property `offsetUri`: `Edm.String`, nullable.
    pub offset_uri: rt::Field<::std::string::String>,
    /// List of referred setting information.
    ///
    /// CSDL: property `referredSettingInformationList`: `Collection(microsoft.graph.deviceManagementConfigurationReferredSettingInformation)`, nullable.
    pub referred_setting_information_list: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    >,
    /// Root setting definition if the setting is a child setting.
    ///
    /// CSDL: property `rootDefinitionId`: `Edm.String`, nullable.
    pub root_definition_id: rt::Field<::std::string::String>,
    /// Setting type, for example, configuration and compliance
    ///
    /// CSDL: property `settingUsage`: `microsoft.graph.deviceManagementConfigurationSettingUsage`, not nullable.
    pub setting_usage: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    >,
    /// Setting control type representation in the UX
    ///
    /// CSDL: property `uxBehavior`: `microsoft.graph.deviceManagementConfigurationControlType`, not nullable.
    pub ux_behavior: rt::Field<crate::beta::DeviceManagementConfigurationControlType>,
    /// Item Version
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Setting visibility scope to UX
    ///
    /// CSDL: property `visibility`: `microsoft.graph.deviceManagementConfigurationSettingVisibility`, not nullable.
    pub visibility: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    >,
    /// Dependent child settings to this group of settings
    ///
    /// CSDL: property `childIds`: `Collection(Edm.String)`, nullable.
    pub child_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// List of child settings that depend on this setting
    ///
    /// CSDL: property `dependedOnBy`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDependedOnBy)`, nullable.
    pub depended_on_by: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    >,
    /// List of Dependencies for the setting group
    ///
    /// CSDL: property `dependentOn`: `Collection(microsoft.graph.deviceManagementConfigurationDependentOn)`, nullable.
    pub dependent_on: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingGroupDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_types: rt::Field::Absent,
            applicability: rt::Field::Absent,
            base_uri: rt::Field::Absent,
            category_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_text: rt::Field::Absent,
            info_urls: rt::Field::Absent,
            keywords: rt::Field::Absent,
            name: rt::Field::Absent,
            occurrence: rt::Field::Absent,
            offset_uri: rt::Field::Absent,
            referred_setting_information_list: rt::Field::Absent,
            root_definition_id: rt::Field::Absent,
            setting_usage: rt::Field::Absent,
            ux_behavior: rt::Field::Absent,
            version: rt::Field::Absent,
            visibility: rt::Field::Absent,
            child_ids: rt::Field::Absent,
            depended_on_by: rt::Field::Absent,
            dependent_on: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingGroupDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessTypes",
        "applicability",
        "baseUri",
        "categoryId",
        "description",
        "displayName",
        "helpText",
        "infoUrls",
        "keywords",
        "name",
        "occurrence",
        "offsetUri",
        "referredSettingInformationList",
        "rootDefinitionId",
        "settingUsage",
        "uxBehavior",
        "version",
        "visibility",
        "childIds",
        "dependedOnBy",
        "dependentOn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessTypes\":                  ",
        ",\"applicability\":                ",
        ",\"baseUri\":                      ",
        ",\"categoryId\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"helpText\":                     ",
        ",\"infoUrls\":                     ",
        ",\"keywords\":                     ",
        ",\"name\":                         ",
        ",\"occurrence\":                   ",
        ",\"offsetUri\":                    ",
        ",\"referredSettingInformationList\":",
        ",\"rootDefinitionId\":             ",
        ",\"settingUsage\":                 ",
        ",\"uxBehavior\":                   ",
        ",\"version\":                      ",
        ",\"visibility\":                   ",
        ",\"childIds\":                     ",
        ",\"dependedOnBy\":                 ",
        ",\"dependentOn\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingGroupDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_types", &self.access_types);
        v.field(2usize, "applicability", &self.applicability);
        v.field(3usize, "base_uri", &self.base_uri);
        v.field(4usize, "category_id", &self.category_id);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "help_text", &self.help_text);
        v.field(8usize, "info_urls", &self.info_urls);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "occurrence", &self.occurrence);
        v.field(12usize, "offset_uri", &self.offset_uri);
        v.field(
            13usize,
            "referred_setting_information_list",
            &self.referred_setting_information_list,
        );
        v.field(14usize, "root_definition_id", &self.root_definition_id);
        v.field(15usize, "setting_usage", &self.setting_usage);
        v.field(16usize, "ux_behavior", &self.ux_behavior);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "visibility", &self.visibility);
        v.field(19usize, "child_ids", &self.child_ids);
        v.field(20usize, "depended_on_by", &self.depended_on_by);
        v.field(21usize, "dependent_on", &self.dependent_on);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingGroupDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_types.read_from(r),
            2usize => self.applicability.read_from(r),
            3usize => self.base_uri.read_from(r),
            4usize => self.category_id.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.help_text.read_from(r),
            8usize => self.info_urls.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.occurrence.read_from(r),
            12usize => self.offset_uri.read_from(r),
            13usize => self.referred_setting_information_list.read_from(r),
            14usize => self.root_definition_id.read_from(r),
            15usize => self.setting_usage.read_from(r),
            16usize => self.ux_behavior.read_from(r),
            17usize => self.version.read_from(r),
            18usize => self.visibility.read_from(r),
            19usize => self.child_ids.read_from(r),
            20usize => self.depended_on_by.read_from(r),
            21usize => self.dependent_on.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_types);
        w.field(2usize, &self.applicability);
        w.field(3usize, &self.base_uri);
        w.field(4usize, &self.category_id);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.help_text);
        w.field(8usize, &self.info_urls);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.name);
        w.field(11usize, &self.occurrence);
        w.field(12usize, &self.offset_uri);
        w.field(13usize, &self.referred_setting_information_list);
        w.field(14usize, &self.root_definition_id);
        w.field(15usize, &self.setting_usage);
        w.field(16usize, &self.ux_behavior);
        w.field(17usize, &self.version);
        w.field(18usize, &self.visibility);
        w.field(19usize, &self.child_ids);
        w.field(20usize, &self.depended_on_by);
        w.field(21usize, &self.dependent_on);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingGroupDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingGroupDefinition { with_id id :
    ::std::string::String; with_access_types access_types : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingAccessTypes >; with_applicability
    applicability : crate ::beta::AnyDeviceManagementConfigurationSettingApplicability;
    with_base_uri base_uri : ::std::string::String; with_category_id category_id :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_help_text help_text :
    ::std::string::String; with_info_urls info_urls : ::std::vec::Vec <
    ::std::string::String >; with_keywords keywords : ::std::vec::Vec <
    ::std::string::String >; with_name name : ::std::string::String; with_occurrence
    occurrence : crate ::beta::DeviceManagementConfigurationSettingOccurrence;
    with_offset_uri offset_uri : ::std::string::String;
    with_referred_setting_information_list referred_setting_information_list :
    ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationReferredSettingInformation >;
    with_root_definition_id root_definition_id : ::std::string::String;
    with_setting_usage setting_usage : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingUsage >; with_ux_behavior ux_behavior :
    crate ::beta::DeviceManagementConfigurationControlType; with_version version :
    ::std::string::String; with_visibility visibility : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingVisibility >; with_child_ids child_ids :
    ::std::vec::Vec < ::std::string::String >; with_depended_on_by depended_on_by :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationSettingDependedOnBy >;
    with_dependent_on dependent_on : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationDependentOn >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingGroupDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSettingGroupDefinition` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSettingGroupDefinition {
    DeviceManagementConfigurationSettingGroupDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
        >,
    ),
    DeviceManagementConfigurationSettingGroupCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationSettingGroupDefinition {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSettingGroupDefinition(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
> for AnyDeviceManagementConfigurationSettingGroupDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingGroupDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
> for AnyDeviceManagementConfigurationSettingGroupDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationSettingGroupDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationSettingGroupDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSettingGroupDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationSettingGroupDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationSettingGroupDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSettingGroupDefinition {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSettingGroupDefinition(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &**v,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &**v
            }
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut **v,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut **v
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSettingGroupDefinition {
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
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.id,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.id
            }
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut v.id,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.id
            }
        }
    }
    /// `accessTypes` of any variant.
    #[inline]
    pub fn access_types(
        &self,
    ) -> &rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.access_types
            }
        }
    }
    /// `accessTypes` of any variant.
    #[inline]
    pub fn access_types_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.access_types
            }
        }
    }
    /// `applicability` of any variant.
    #[inline]
    pub fn applicability(
        &self,
    ) -> &rt::Field<crate::beta::AnyDeviceManagementConfigurationSettingApplicability> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.applicability
            }
        }
    }
    /// `applicability` of any variant.
    #[inline]
    pub fn applicability_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.applicability
            }
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.base_uri,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.base_uri
            }
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.base_uri
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.category_id
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.category_id
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.description
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.description
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.display_name
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.display_name
            }
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.help_text,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.help_text
            }
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.help_text
            }
        }
    }
    /// `infoUrls` of any variant.
    #[inline]
    pub fn info_urls(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.info_urls,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.info_urls
            }
        }
    }
    /// `infoUrls` of any variant.
    #[inline]
    pub fn info_urls_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.info_urls
            }
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.keywords,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.keywords
            }
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.keywords
            }
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.name,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.name
            }
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut v.name,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.name
            }
        }
    }
    /// `occurrence` of any variant.
    #[inline]
    pub fn occurrence(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementConfigurationSettingOccurrence> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.occurrence,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.occurrence
            }
        }
    }
    /// `occurrence` of any variant.
    #[inline]
    pub fn occurrence_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementConfigurationSettingOccurrence> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.occurrence
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.offset_uri,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.offset_uri
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.offset_uri
            }
        }
    }
    /// `referredSettingInformationList` of any variant.
    #[inline]
    pub fn referred_setting_information_list(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.referred_setting_information_list
            }
        }
    }
    /// `referredSettingInformationList` of any variant.
    #[inline]
    pub fn referred_setting_information_list_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.referred_setting_information_list
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.root_definition_id
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.root_definition_id
            }
        }
    }
    /// `settingUsage` of any variant.
    #[inline]
    pub fn setting_usage(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.setting_usage
            }
        }
    }
    /// `settingUsage` of any variant.
    #[inline]
    pub fn setting_usage_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.setting_usage
            }
        }
    }
    /// `uxBehavior` of any variant.
    #[inline]
    pub fn ux_behavior(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementConfigurationControlType> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.ux_behavior
            }
        }
    }
    /// `uxBehavior` of any variant.
    #[inline]
    pub fn ux_behavior_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementConfigurationControlType> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.ux_behavior
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.version,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.version
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.version
            }
        }
    }
    /// `visibility` of any variant.
    #[inline]
    pub fn visibility(
        &self,
    ) -> &rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.visibility,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.visibility
            }
        }
    }
    /// `visibility` of any variant.
    #[inline]
    pub fn visibility_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.visibility
            }
        }
    }
    /// `childIds` of any variant.
    #[inline]
    pub fn child_ids(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.child_ids,
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.child_ids
            }
        }
    }
    /// `childIds` of any variant.
    #[inline]
    pub fn child_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.child_ids
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.child_ids
            }
        }
    }
    /// `dependedOnBy` of any variant.
    #[inline]
    pub fn depended_on_by(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.depended_on_by
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.depended_on_by
            }
        }
    }
    /// `dependedOnBy` of any variant.
    #[inline]
    pub fn depended_on_by_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.depended_on_by
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.depended_on_by
            }
        }
    }
    /// `dependentOn` of any variant.
    #[inline]
    pub fn dependent_on(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &v.dependent_on
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.dependent_on
            }
        }
    }
    /// `dependentOn` of any variant.
    #[inline]
    pub fn dependent_on_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                &mut v.dependent_on
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.dependent_on
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSettingGroupDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSettingGroupDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting instance within policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingGroupInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingGroupInstance {
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Reference
    ///
    /// CSDL: property `settingInstanceTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference`, nullable.
    pub setting_instance_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplateReference,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingGroupInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingGroupInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingGroupInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingGroupInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            1usize,
            "setting_instance_template_reference",
            &self.setting_instance_template_reference,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingGroupInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingGroupInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingGroupInstance { with_setting_definition_id
    setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingGroupInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting instance within policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingInstance`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingInstance {
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Reference
    ///
    /// CSDL: property `settingInstanceTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference`, nullable.
    pub setting_instance_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplateReference,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            1usize,
            "setting_instance_template_reference",
            &self.setting_instance_template_reference,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingInstance { with_setting_definition_id
    setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSettingInstance` or any type derived from it, selected by `@odata.type` (9 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSettingInstance {
    DeviceManagementConfigurationSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSettingInstance>,
    ),
    DeviceManagementConfigurationChoiceSettingCollectionInstance(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstance,
        >,
    ),
    DeviceManagementConfigurationChoiceSettingInstance(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingInstance,
        >,
    ),
    DeviceManagementConfigurationGroupSettingCollectionInstance(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstance,
        >,
    ),
    DeviceManagementConfigurationGroupSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationGroupSettingInstance>,
    ),
    DeviceManagementConfigurationSettingGroupCollectionInstance(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingGroupCollectionInstance,
        >,
    ),
    DeviceManagementConfigurationSettingGroupInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSettingGroupInstance>,
    ),
    DeviceManagementConfigurationSimpleSettingCollectionInstance(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstance,
        >,
    ),
    DeviceManagementConfigurationSimpleSettingInstance(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingInstance,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSettingInstance(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSettingInstance>
for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSettingInstance) -> Self {
        Self::DeviceManagementConfigurationSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstance,
> for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstance,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingInstance,
> for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationChoiceSettingInstance) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstance,
> for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstance,
    ) -> Self {
        Self::DeviceManagementConfigurationGroupSettingCollectionInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationGroupSettingInstance>
for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationGroupSettingInstance) -> Self {
        Self::DeviceManagementConfigurationGroupSettingInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingGroupCollectionInstance,
> for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingGroupCollectionInstance,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingGroupCollectionInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSettingGroupInstance>
for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSettingGroupInstance) -> Self {
        Self::DeviceManagementConfigurationSettingGroupInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstance,
> for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstance,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingInstance,
> for AnyDeviceManagementConfigurationSettingInstance {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSimpleSettingInstance) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingInstance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementConfigurationSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementConfigurationSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementConfigurationSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementConfigurationSettingInstance {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationGroupSettingInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupCollectionInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingGroupInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstance,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingInstance,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSettingInstance {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingInstance";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstance",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingInstance",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance",
            ) => {
                Self::DeviceManagementConfigurationGroupSettingCollectionInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationGroupSettingInstance",
            ) => {
                Self::DeviceManagementConfigurationGroupSettingInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionInstance",
            ) => {
                Self::DeviceManagementConfigurationSettingGroupCollectionInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupInstance",
            ) => {
                Self::DeviceManagementConfigurationSettingGroupInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstance",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingInstance",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingInstance(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSettingInstance(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingInstance(v) => &**v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(v) => &**v,
            Self::DeviceManagementConfigurationChoiceSettingInstance(v) => &**v,
            Self::DeviceManagementConfigurationGroupSettingCollectionInstance(v) => &**v,
            Self::DeviceManagementConfigurationGroupSettingInstance(v) => &**v,
            Self::DeviceManagementConfigurationSettingGroupCollectionInstance(v) => &**v,
            Self::DeviceManagementConfigurationSettingGroupInstance(v) => &**v,
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(v) => &**v,
            Self::DeviceManagementConfigurationSimpleSettingInstance(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingInstance(v) => &mut **v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationChoiceSettingInstance(v) => &mut **v,
            Self::DeviceManagementConfigurationGroupSettingCollectionInstance(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationGroupSettingInstance(v) => &mut **v,
            Self::DeviceManagementConfigurationSettingGroupCollectionInstance(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationSettingGroupInstance(v) => &mut **v,
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationSimpleSettingInstance(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSettingInstance {
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
    /// `settingDefinitionId` of any variant.
    #[inline]
    pub fn setting_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationGroupSettingInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingInstance(v) => {
                &v.setting_definition_id
            }
        }
    }
    /// `settingDefinitionId` of any variant.
    #[inline]
    pub fn setting_definition_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationGroupSettingInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSettingGroupInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingInstance(v) => {
                &mut v.setting_definition_id
            }
        }
    }
    /// `settingInstanceTemplateReference` of any variant.
    #[inline]
    pub fn setting_instance_template_reference(
        &self,
    ) -> &rt::Field<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationChoiceSettingInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationGroupSettingInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSettingGroupInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(v) => {
                &v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSimpleSettingInstance(v) => {
                &v.setting_instance_template_reference
            }
        }
    }
    /// `settingInstanceTemplateReference` of any variant.
    #[inline]
    pub fn setting_instance_template_reference_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationChoiceSettingInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationGroupSettingInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSettingGroupCollectionInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSettingGroupInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstance(v) => {
                &mut v.setting_instance_template_reference
            }
            Self::DeviceManagementConfigurationSimpleSettingInstance(v) => {
                &mut v.setting_instance_template_reference
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting Instance Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingInstanceTemplate {
    /// Indicates if a policy must specify this setting.
    ///
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Id
    ///
    /// CSDL: property `settingInstanceTemplateId`: `Edm.String`, not nullable.
    pub setting_instance_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingInstanceTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "settingDefinitionId",
        "settingInstanceTemplateId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateId\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_required", &self.is_required);
        v.field(1usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            2usize,
            "setting_instance_template_id",
            &self.setting_instance_template_id,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.setting_definition_id.read_from(r),
            2usize => self.setting_instance_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.setting_definition_id);
        w.field(2usize, &self.setting_instance_template_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingInstanceTemplate { with_is_required is_required :
    bool; with_setting_definition_id setting_definition_id : ::std::string::String;
    with_setting_instance_template_id setting_instance_template_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSettingInstanceTemplate {
    DeviceManagementConfigurationSettingInstanceTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingInstanceTemplate,
        >,
    ),
    DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate,
        >,
    ),
    DeviceManagementConfigurationChoiceSettingInstanceTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingInstanceTemplate,
        >,
    ),
    DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate,
        >,
    ),
    DeviceManagementConfigurationGroupSettingInstanceTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationGroupSettingInstanceTemplate,
        >,
    ),
    DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate,
        >,
    ),
    DeviceManagementConfigurationSimpleSettingInstanceTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingInstanceTemplate,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSettingInstanceTemplate(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingInstanceTemplate,
> for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingInstanceTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingInstanceTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate,
> for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingInstanceTemplate,
> for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingInstanceTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate,
> for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationGroupSettingInstanceTemplate,
> for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationGroupSettingInstanceTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate,
> for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingInstanceTemplate,
> for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingInstanceTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationSettingInstanceTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationSettingInstanceTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSettingInstanceTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationSettingInstanceTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationSettingInstanceTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingInstanceTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationGroupSettingInstanceTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingInstanceTemplate,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSettingInstanceTemplate {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstanceTemplate",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingInstanceTemplate",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstanceTemplate",
            ) => {
                Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationGroupSettingInstanceTemplate",
            ) => {
                Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstanceTemplate",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingInstanceTemplate",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSettingInstanceTemplate(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => &**v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &**v,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => &**v,
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &**v,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => &**v,
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &**v,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => &mut **v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &mut **v,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &mut **v,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &mut **v,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => {
                &mut **v
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSettingInstanceTemplate {
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
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required(&self) -> &rt::Field<bool> {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => {
                &v.is_required
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &v.is_required,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => {
                &v.is_required
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &v.is_required,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => {
                &v.is_required
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &v.is_required,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => {
                &v.is_required
            }
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => {
                &mut v.is_required
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.is_required,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => {
                &mut v.is_required
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.is_required,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => {
                &mut v.is_required
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.is_required,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => {
                &mut v.is_required
            }
        }
    }
    /// `settingDefinitionId` of any variant.
    #[inline]
    pub fn setting_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &v.setting_definition_id,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &v.setting_definition_id,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => {
                &v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &v.setting_definition_id,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => {
                &v.setting_definition_id
            }
        }
    }
    /// `settingDefinitionId` of any variant.
    #[inline]
    pub fn setting_definition_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.setting_definition_id,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.setting_definition_id,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => {
                &mut v.setting_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.setting_definition_id,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => {
                &mut v.setting_definition_id
            }
        }
    }
    /// `settingInstanceTemplateId` of any variant.
    #[inline]
    pub fn setting_instance_template_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => {
                &v.setting_instance_template_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &v.setting_instance_template_id,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => {
                &v.setting_instance_template_id
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &v.setting_instance_template_id,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => {
                &v.setting_instance_template_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &v.setting_instance_template_id,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => {
                &v.setting_instance_template_id
            }
        }
    }
    /// `settingInstanceTemplateId` of any variant.
    #[inline]
    pub fn setting_instance_template_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSettingInstanceTemplate(v) => {
                &mut v.setting_instance_template_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.setting_instance_template_id,
            Self::DeviceManagementConfigurationChoiceSettingInstanceTemplate(v) => {
                &mut v.setting_instance_template_id
            }
            Self::DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.setting_instance_template_id,
            Self::DeviceManagementConfigurationGroupSettingInstanceTemplate(v) => {
                &mut v.setting_instance_template_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate(
                v,
            ) => &mut v.setting_instance_template_id,
            Self::DeviceManagementConfigurationSimpleSettingInstanceTemplate(v) => {
                &mut v.setting_instance_template_id
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting instance template reference information
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingInstanceTemplateReference {
    /// Setting instance template id
    ///
    /// CSDL: property `settingInstanceTemplateId`: `Edm.String`, not nullable.
    pub setting_instance_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSettingInstanceTemplateReference {
    #[inline]
    fn default() -> Self {
        Self {
            setting_instance_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingInstanceTemplateReference {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference";
    const KEYS: &'static [&'static str] = &["settingInstanceTemplateId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingInstanceTemplateId\":    "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "setting_instance_template_id",
            &self.setting_instance_template_id,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationSettingInstanceTemplateReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_instance_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_instance_template_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingInstanceTemplateReference);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingInstanceTemplateReference {
    with_setting_instance_template_id setting_instance_template_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingInstanceTemplateReference);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingOccurrence`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingOccurrence {
    /// Maximum times setting can be set on device.
    ///
    /// CSDL: property `maxDeviceOccurrence`: `Edm.Int32`, nullable.
    pub max_device_occurrence: rt::Field<i32>,
    /// Minimum times setting can be set on device. A MinDeviceOccurrence of 0 means setting is optional
    ///
    /// CSDL: property `minDeviceOccurrence`: `Edm.Int32`, nullable.
    pub min_device_occurrence: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingOccurrence {
    #[inline]
    fn default() -> Self {
        Self {
            max_device_occurrence: rt::Field::Absent,
            min_device_occurrence: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingOccurrence {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingOccurrence";
    const KEYS: &'static [&'static str] = &[
        "maxDeviceOccurrence",
        "minDeviceOccurrence",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maxDeviceOccurrence\":          ",
        ",\"minDeviceOccurrence\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingOccurrence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "max_device_occurrence", &self.max_device_occurrence);
        v.field(1usize, "min_device_occurrence", &self.min_device_occurrence);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingOccurrence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.max_device_occurrence.read_from(r),
            1usize => self.min_device_occurrence.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.max_device_occurrence);
        w.field(1usize, &self.min_device_occurrence);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingOccurrence);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingOccurrence { with_max_device_occurrence
    max_device_occurrence : i32; with_min_device_occurrence min_device_occurrence : i32;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingOccurrence);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSettingTemplatePath`](requests/trait.DeviceManagementConfigurationSettingTemplatePath.html), what a path to one (`EntityPath<DeviceManagementConfigurationSettingTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Setting Instance Template
    ///
    /// CSDL: property `settingInstanceTemplate`: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`, not nullable.
    pub setting_instance_template: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate,
    >,
    /// List of related Setting Definitions
    ///
    /// CSDL: containment navigation property `settingDefinitions`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDefinition)`, not nullable.
    pub setting_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConfigurationSettingDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            setting_instance_template: rt::Field::Absent,
            setting_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "settingInstanceTemplate",
        "settingDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"settingInstanceTemplate\":      ",
        ",\"settingDefinitions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "setting_instance_template", &self.setting_instance_template);
        v.field(2usize, "setting_definitions", &self.setting_definitions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.setting_instance_template.read_from(r),
            2usize => self.setting_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.setting_instance_template);
        w.field(2usize, &self.setting_definitions);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingTemplate { with_id id : ::std::string::String;
    with_setting_instance_template setting_instance_template : crate
    ::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate;
    with_setting_definitions setting_definitions : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingDefinition >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting value
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingValue`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingValue {
    /// Setting value template reference
    ///
    /// CSDL: property `settingValueTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, nullable.
    pub setting_value_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingValue {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingValue";
    const KEYS: &'static [&'static str] = &["settingValueTemplateReference"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingValueTemplateReference\":"];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "setting_value_template_reference",
            &self.setting_value_template_reference,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_reference);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingValue { with_setting_value_template_reference
    setting_value_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingValueTemplateReference; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSettingValue` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSettingValue {
    DeviceManagementConfigurationSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSettingValue>,
    ),
    DeviceManagementConfigurationChoiceSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationChoiceSettingValue>,
    ),
    DeviceManagementConfigurationGroupSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationGroupSettingValue>,
    ),
    DeviceManagementConfigurationIntegerSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationIntegerSettingValue>,
    ),
    DeviceManagementConfigurationReferenceSettingValue(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationReferenceSettingValue,
        >,
    ),
    DeviceManagementConfigurationSimpleSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSimpleSettingValue>,
    ),
    DeviceManagementConfigurationStringSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationStringSettingValue>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSettingValue(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSettingValue>
for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSettingValue) -> Self {
        Self::DeviceManagementConfigurationSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationChoiceSettingValue>
for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationChoiceSettingValue) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationGroupSettingValue>
for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationGroupSettingValue) -> Self {
        Self::DeviceManagementConfigurationGroupSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationIntegerSettingValue>
for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationIntegerSettingValue) -> Self {
        Self::DeviceManagementConfigurationIntegerSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationReferenceSettingValue,
> for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationReferenceSettingValue) -> Self {
        Self::DeviceManagementConfigurationReferenceSettingValue(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSimpleSettingValue>
for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSimpleSettingValue) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationStringSettingValue>
for AnyDeviceManagementConfigurationSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationStringSettingValue) -> Self {
        Self::DeviceManagementConfigurationStringSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementConfigurationSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementConfigurationSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementConfigurationSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementConfigurationSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementConfigurationSettingValue>();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationGroupSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationIntegerSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationReferenceSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationStringSettingValue,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSettingValue {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingValue";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingValue",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingValue(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationGroupSettingValue",
            ) => {
                Self::DeviceManagementConfigurationGroupSettingValue(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationIntegerSettingValue",
            ) => {
                Self::DeviceManagementConfigurationIntegerSettingValue(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationReferenceSettingValue",
            ) => {
                Self::DeviceManagementConfigurationReferenceSettingValue(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingValue",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingValue(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationStringSettingValue",
            ) => {
                Self::DeviceManagementConfigurationStringSettingValue(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::DeviceManagementConfigurationSettingValue(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationChoiceSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationGroupSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationStringSettingValue(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationChoiceSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationGroupSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationStringSettingValue(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSettingValue {
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
    /// `settingValueTemplateReference` of any variant.
    #[inline]
    pub fn setting_value_template_reference(
        &self,
    ) -> &rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationChoiceSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationGroupSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationStringSettingValue(v) => {
                &v.setting_value_template_reference
            }
        }
    }
    /// `settingValueTemplateReference` of any variant.
    #[inline]
    pub fn setting_value_template_reference_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationChoiceSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationGroupSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationStringSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingValueDefinition`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingValueDefinition {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSettingValueDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingValueDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingValueDefinition";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingValueDefinition\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingValueDefinition {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSettingValueDefinition` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSettingValueDefinition {
    DeviceManagementConfigurationSettingValueDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingValueDefinition,
        >,
    ),
    DeviceManagementConfigurationIntegerSettingValueDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationIntegerSettingValueDefinition,
        >,
    ),
    DeviceManagementConfigurationStringSettingValueDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationStringSettingValueDefinition,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationSettingValueDefinition {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSettingValueDefinition(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingValueDefinition,
> for AnyDeviceManagementConfigurationSettingValueDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingValueDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingValueDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationIntegerSettingValueDefinition,
> for AnyDeviceManagementConfigurationSettingValueDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationIntegerSettingValueDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationIntegerSettingValueDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationStringSettingValueDefinition,
> for AnyDeviceManagementConfigurationSettingValueDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationStringSettingValueDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationStringSettingValueDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationSettingValueDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationSettingValueDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSettingValueDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationSettingValueDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationSettingValueDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSettingValueDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationIntegerSettingValueDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationStringSettingValueDefinition,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSettingValueDefinition {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingValueDefinition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinition",
            ) => {
                Self::DeviceManagementConfigurationIntegerSettingValueDefinition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationStringSettingValueDefinition",
            ) => {
                Self::DeviceManagementConfigurationStringSettingValueDefinition(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSettingValueDefinition(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingValueDefinition(v) => &**v,
            Self::DeviceManagementConfigurationIntegerSettingValueDefinition(v) => &**v,
            Self::DeviceManagementConfigurationStringSettingValueDefinition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSettingValueDefinition(v) => &mut **v,
            Self::DeviceManagementConfigurationIntegerSettingValueDefinition(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationStringSettingValueDefinition(v) => {
                &mut **v
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSettingValueDefinition {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting value template reference information
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSettingValueTemplateReference {
    /// Setting value template id
    ///
    /// CSDL: property `settingValueTemplateId`: `Edm.String`, not nullable.
    pub setting_value_template_id: rt::Field<::std::string::String>,
    /// Indicates whether to update policy setting value to match template setting default value
    ///
    /// CSDL: property `useTemplateDefault`: `Edm.Boolean`, not nullable.
    pub use_template_default: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSettingValueTemplateReference {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_id: rt::Field::Absent,
            use_template_default: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSettingValueTemplateReference {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference";
    const KEYS: &'static [&'static str] = &[
        "settingValueTemplateId",
        "useTemplateDefault",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateId\":       ",
        ",\"useTemplateDefault\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_value_template_id", &self.setting_value_template_id);
        v.field(1usize, "use_template_default", &self.use_template_default);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSettingValueTemplateReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_id.read_from(r),
            1usize => self.use_template_default.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_id);
        w.field(1usize, &self.use_template_default);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSettingValueTemplateReference);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSettingValueTemplateReference {
    with_setting_value_template_id setting_value_template_id : ::std::string::String;
    with_use_template_default use_template_default : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingValueTemplateReference);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSettingVisibility`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationSettingVisibility {
    /// `none` (value 0).
    None,
    /// `settingsCatalog` (value 1).
    SettingsCatalog,
    /// `template` (value 2).
    Template,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationSettingVisibility {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSettingVisibility";
    const MEMBERS: &'static [&'static str] = &["none", "settingsCatalog", "template"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "settingsCatalog" => Self::SettingsCatalog,
                "template" => Self::Template,
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
            Self::SettingsCatalog => "settingsCatalog",
            Self::Template => "template",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationSettingVisibility);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSettingVisibility);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition`, entity type, derived from `microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSimpleSettingDefinitionPath`](requests/trait.DeviceManagementConfigurationSimpleSettingDefinitionPath.html), what a path to one (`EntityPath<DeviceManagementConfigurationSimpleSettingCollectionDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Read/write access mode of the setting
    ///
    /// CSDL: property `accessTypes`: `microsoft.graph.deviceManagementConfigurationSettingAccessTypes`, not nullable.
    pub access_types: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    >,
    /// Details which device setting is applicable on
    ///
    /// CSDL: property `applicability`: `microsoft.graph.deviceManagementConfigurationSettingApplicability`, nullable.
    pub applicability: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    >,
    /// Base CSP Path
    ///
    /// CSDL: property `baseUri`: `Edm.String`, nullable.
    pub base_uri: rt::Field<::std::string::String>,
    /// Specifies the area group under which the setting is configured in a specified configuration service provider (CSP)
    ///
    /// CSDL: property `categoryId`: `Edm.String`, nullable.
    pub category_id: rt::Field<::std::string::String>,
    /// Description of the item
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of the item
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Help text of the item
    ///
    /// CSDL: property `helpText`: `Edm.String`, nullable.
    pub help_text: rt::Field<::std::string::String>,
    /// List of links more info for the setting can be found at
    ///
    /// CSDL: property `infoUrls`: `Collection(Edm.String)`, nullable.
    pub info_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Tokens which to search settings on
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Name of the item
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Indicates whether the setting is required or not
    ///
    /// CSDL: property `occurrence`: `microsoft.graph.deviceManagementConfigurationSettingOccurrence`, nullable.
    pub occurrence: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    >,
    /// Offset CSP Path from Base
    ///
    /// CSDL: property `offsetUri`: `Edm.String`, nullable.
    pub offset_uri: rt::Field<::std::string::String>,
    /// List of referred setting information.
    ///
    /// CSDL: property `referredSettingInformationList`: `Collection(microsoft.graph.deviceManagementConfigurationReferredSettingInformation)`, nullable.
    pub referred_setting_information_list: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    >,
    /// Root setting definition if the setting is a child setting.
    ///
    /// CSDL: property `rootDefinitionId`: `Edm.String`, nullable.
    pub root_definition_id: rt::Field<::std::string::String>,
    /// Setting type, for example, configuration and compliance
    ///
    /// CSDL: property `settingUsage`: `microsoft.graph.deviceManagementConfigurationSettingUsage`, not nullable.
    pub setting_usage: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    >,
    /// Setting control type representation in the UX
    ///
    /// CSDL: property `uxBehavior`: `microsoft.graph.deviceManagementConfigurationControlType`, not nullable.
    pub ux_behavior: rt::Field<crate::beta::DeviceManagementConfigurationControlType>,
    /// Item Version
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Setting visibility scope to UX
    ///
    /// CSDL: property `visibility`: `microsoft.graph.deviceManagementConfigurationSettingVisibility`, not nullable.
    pub visibility: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    >,
    /// Default setting value for this setting
    ///
    /// CSDL: property `defaultValue`: `microsoft.graph.deviceManagementConfigurationSettingValue`, nullable.
    pub default_value: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingValue,
    >,
    /// list of child settings that depend on this setting
    ///
    /// CSDL: property `dependedOnBy`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDependedOnBy)`, nullable.
    pub depended_on_by: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    >,
    /// list of parent settings this setting is dependent on
    ///
    /// CSDL: property `dependentOn`: `Collection(microsoft.graph.deviceManagementConfigurationDependentOn)`, nullable.
    pub dependent_on: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    >,
    /// Definition of the value for this setting
    ///
    /// CSDL: property `valueDefinition`: `microsoft.graph.deviceManagementConfigurationSettingValueDefinition`, nullable.
    pub value_definition: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingValueDefinition,
    >,
    /// Maximum number of simple settings in the collection. Valid values 1 to 100
    ///
    /// CSDL: property `maximumCount`: `Edm.Int32`, not nullable.
    pub maximum_count: rt::Field<i32>,
    /// Minimum number of simple settings in the collection. Valid values 1 to 100
    ///
    /// CSDL: property `minimumCount`: `Edm.Int32`, not nullable.
    pub minimum_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_types: rt::Field::Absent,
            applicability: rt::Field::Absent,
            base_uri: rt::Field::Absent,
            category_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_text: rt::Field::Absent,
            info_urls: rt::Field::Absent,
            keywords: rt::Field::Absent,
            name: rt::Field::Absent,
            occurrence: rt::Field::Absent,
            offset_uri: rt::Field::Absent,
            referred_setting_information_list: rt::Field::Absent,
            root_definition_id: rt::Field::Absent,
            setting_usage: rt::Field::Absent,
            ux_behavior: rt::Field::Absent,
            version: rt::Field::Absent,
            visibility: rt::Field::Absent,
            default_value: rt::Field::Absent,
            depended_on_by: rt::Field::Absent,
            dependent_on: rt::Field::Absent,
            value_definition: rt::Field::Absent,
            maximum_count: rt::Field::Absent,
            minimum_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessTypes",
        "applicability",
        "baseUri",
        "categoryId",
        "description",
        "displayName",
        "helpText",
        "infoUrls",
        "keywords",
        "name",
        "occurrence",
        "offsetUri",
        "referredSettingInformationList",
        "rootDefinitionId",
        "settingUsage",
        "uxBehavior",
        "version",
        "visibility",
        "defaultValue",
        "dependedOnBy",
        "dependentOn",
        "valueDefinition",
        "maximumCount",
        "minimumCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessTypes\":                  ",
        ",\"applicability\":                ",
        ",\"baseUri\":                      ",
        ",\"categoryId\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"helpText\":                     ",
        ",\"infoUrls\":                     ",
        ",\"keywords\":                     ",
        ",\"name\":                         ",
        ",\"occurrence\":                   ",
        ",\"offsetUri\":                    ",
        ",\"referredSettingInformationList\":",
        ",\"rootDefinitionId\":             ",
        ",\"settingUsage\":                 ",
        ",\"uxBehavior\":                   ",
        ",\"version\":                      ",
        ",\"visibility\":                   ",
        ",\"defaultValue\":                 ",
        ",\"dependedOnBy\":                 ",
        ",\"dependentOn\":                  ",
        ",\"valueDefinition\":              ",
        ",\"maximumCount\":                 ",
        ",\"minimumCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_types", &self.access_types);
        v.field(2usize, "applicability", &self.applicability);
        v.field(3usize, "base_uri", &self.base_uri);
        v.field(4usize, "category_id", &self.category_id);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "help_text", &self.help_text);
        v.field(8usize, "info_urls", &self.info_urls);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "occurrence", &self.occurrence);
        v.field(12usize, "offset_uri", &self.offset_uri);
        v.field(
            13usize,
            "referred_setting_information_list",
            &self.referred_setting_information_list,
        );
        v.field(14usize, "root_definition_id", &self.root_definition_id);
        v.field(15usize, "setting_usage", &self.setting_usage);
        v.field(16usize, "ux_behavior", &self.ux_behavior);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "visibility", &self.visibility);
        v.field(19usize, "default_value", &self.default_value);
        v.field(20usize, "depended_on_by", &self.depended_on_by);
        v.field(21usize, "dependent_on", &self.dependent_on);
        v.field(22usize, "value_definition", &self.value_definition);
        v.field(23usize, "maximum_count", &self.maximum_count);
        v.field(24usize, "minimum_count", &self.minimum_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationSimpleSettingCollectionDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_types.read_from(r),
            2usize => self.applicability.read_from(r),
            3usize => self.base_uri.read_from(r),
            4usize => self.category_id.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.help_text.read_from(r),
            8usize => self.info_urls.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.occurrence.read_from(r),
            12usize => self.offset_uri.read_from(r),
            13usize => self.referred_setting_information_list.read_from(r),
            14usize => self.root_definition_id.read_from(r),
            15usize => self.setting_usage.read_from(r),
            16usize => self.ux_behavior.read_from(r),
            17usize => self.version.read_from(r),
            18usize => self.visibility.read_from(r),
            19usize => self.default_value.read_from(r),
            20usize => self.depended_on_by.read_from(r),
            21usize => self.dependent_on.read_from(r),
            22usize => self.value_definition.read_from(r),
            23usize => self.maximum_count.read_from(r),
            24usize => self.minimum_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_types);
        w.field(2usize, &self.applicability);
        w.field(3usize, &self.base_uri);
        w.field(4usize, &self.category_id);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.help_text);
        w.field(8usize, &self.info_urls);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.name);
        w.field(11usize, &self.occurrence);
        w.field(12usize, &self.offset_uri);
        w.field(13usize, &self.referred_setting_information_list);
        w.field(14usize, &self.root_definition_id);
        w.field(15usize, &self.setting_usage);
        w.field(16usize, &self.ux_behavior);
        w.field(17usize, &self.version);
        w.field(18usize, &self.visibility);
        w.field(19usize, &self.default_value);
        w.field(20usize, &self.depended_on_by);
        w.field(21usize, &self.dependent_on);
        w.field(22usize, &self.value_definition);
        w.field(23usize, &self.maximum_count);
        w.field(24usize, &self.minimum_count);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingCollectionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingCollectionDefinition { with_id id :
    ::std::string::String; with_access_types access_types : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingAccessTypes >; with_applicability
    applicability : crate ::beta::AnyDeviceManagementConfigurationSettingApplicability;
    with_base_uri base_uri : ::std::string::String; with_category_id category_id :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_help_text help_text :
    ::std::string::String; with_info_urls info_urls : ::std::vec::Vec <
    ::std::string::String >; with_keywords keywords : ::std::vec::Vec <
    ::std::string::String >; with_name name : ::std::string::String; with_occurrence
    occurrence : crate ::beta::DeviceManagementConfigurationSettingOccurrence;
    with_offset_uri offset_uri : ::std::string::String;
    with_referred_setting_information_list referred_setting_information_list :
    ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationReferredSettingInformation >;
    with_root_definition_id root_definition_id : ::std::string::String;
    with_setting_usage setting_usage : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingUsage >; with_ux_behavior ux_behavior :
    crate ::beta::DeviceManagementConfigurationControlType; with_version version :
    ::std::string::String; with_visibility visibility : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingVisibility >; with_default_value
    default_value : crate ::beta::AnyDeviceManagementConfigurationSettingValue;
    with_depended_on_by depended_on_by : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationSettingDependedOnBy >; with_dependent_on
    dependent_on : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationDependentOn >; with_value_definition
    value_definition : crate
    ::beta::AnyDeviceManagementConfigurationSettingValueDefinition; with_maximum_count
    maximum_count : i32; with_minimum_count minimum_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingCollectionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple setting collection instance
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingCollectionInstance {
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Reference
    ///
    /// CSDL: property `settingInstanceTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference`, nullable.
    pub setting_instance_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplateReference,
    >,
    /// Simple setting collection instance value
    ///
    /// CSDL: property `simpleSettingCollectionValue`: `Collection(microsoft.graph.deviceManagementConfigurationSimpleSettingValue)`, not nullable.
    pub simple_setting_collection_value: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConfigurationSimpleSettingValue>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSimpleSettingCollectionInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            simple_setting_collection_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSimpleSettingCollectionInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
        "simpleSettingCollectionValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
        ",\"simpleSettingCollectionValue\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            1usize,
            "setting_instance_template_reference",
            &self.setting_instance_template_reference,
        );
        v.field(
            2usize,
            "simple_setting_collection_value",
            &self.simple_setting_collection_value,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationSimpleSettingCollectionInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            2usize => self.simple_setting_collection_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
        w.field(2usize, &self.simple_setting_collection_value);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingCollectionInstance {
    with_setting_definition_id setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference;
    with_simple_setting_collection_value simple_setting_collection_value :
    ::std::vec::Vec < crate ::beta::AnyDeviceManagementConfigurationSimpleSettingValue >;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple Setting Collection Instance Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstanceTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate {
    /// Indicates if a policy must specify this setting.
    ///
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Id
    ///
    /// CSDL: property `settingInstanceTemplateId`: `Edm.String`, not nullable.
    pub setting_instance_template_id: rt::Field<::std::string::String>,
    /// Linked policy may append values which are not present in the template.
    ///
    /// CSDL: property `allowUnmanagedValues`: `Edm.Boolean`, not nullable.
    pub allow_unmanaged_values: rt::Field<bool>,
    /// Simple Setting Collection Value Template
    ///
    /// CSDL: property `simpleSettingCollectionValueTemplate`: `Collection(microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate)`, not nullable.
    pub simple_setting_collection_value_template: rt::Field<
        ::std::vec::Vec<
            crate::beta::AnyDeviceManagementConfigurationSimpleSettingValueTemplate,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_id: rt::Field::Absent,
            allow_unmanaged_values: rt::Field::Absent,
            simple_setting_collection_value_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstanceTemplate";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "settingDefinitionId",
        "settingInstanceTemplateId",
        "allowUnmanagedValues",
        "simpleSettingCollectionValueTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateId\":    ",
        ",\"allowUnmanagedValues\":         ",
        ",\"simpleSettingCollectionValueTemplate\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionInstanceTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_required", &self.is_required);
        v.field(1usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            2usize,
            "setting_instance_template_id",
            &self.setting_instance_template_id,
        );
        v.field(3usize, "allow_unmanaged_values", &self.allow_unmanaged_values);
        v.field(
            4usize,
            "simple_setting_collection_value_template",
            &self.simple_setting_collection_value_template,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.setting_definition_id.read_from(r),
            2usize => self.setting_instance_template_id.read_from(r),
            3usize => self.allow_unmanaged_values.read_from(r),
            4usize => self.simple_setting_collection_value_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.setting_definition_id);
        w.field(2usize, &self.setting_instance_template_id);
        w.field(3usize, &self.allow_unmanaged_values);
        w.field(4usize, &self.simple_setting_collection_value_template);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate {
    with_is_required is_required : bool; with_setting_definition_id setting_definition_id
    : ::std::string::String; with_setting_instance_template_id
    setting_instance_template_id : ::std::string::String; with_allow_unmanaged_values
    allow_unmanaged_values : bool; with_simple_setting_collection_value_template
    simple_setting_collection_value_template : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSimpleSettingValueTemplate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingCollectionInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition`, entity type, derived from `microsoft.graph.deviceManagementConfigurationSettingDefinition`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSimpleSettingDefinitionPath`](requests/trait.DeviceManagementConfigurationSimpleSettingDefinitionPath.html), what a path to one (`EntityPath<AnyDeviceManagementConfigurationSimpleSettingDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Read/write access mode of the setting
    ///
    /// CSDL: property `accessTypes`: `microsoft.graph.deviceManagementConfigurationSettingAccessTypes`, not nullable.
    pub access_types: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    >,
    /// Details which device setting is applicable on
    ///
    /// CSDL: property `applicability`: `microsoft.graph.deviceManagementConfigurationSettingApplicability`, nullable.
    pub applicability: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    >,
    /// Base CSP Path
    ///
    /// CSDL: property `baseUri`: `Edm.String`, nullable.
    pub base_uri: rt::Field<::std::string::String>,
    /// Specifies the area group under which the setting is configured in a specified configuration service provider (CSP)
    ///
    /// CSDL: property `categoryId`: `Edm.String`, nullable.
    pub category_id: rt::Field<::std::string::String>,
    /// Description of the item
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of the item
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Help text of the item
    ///
    /// CSDL: property `helpText`: `Edm.String`, nullable.
    pub help_text: rt::Field<::std::string::String>,
    /// List of links more info for the setting can be found at
    ///
    /// CSDL: property `infoUrls`: `Collection(Edm.String)`, nullable.
    pub info_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Tokens which to search settings on
    ///
    /// CSDL: property `keywords`: `Collection(Edm.String)`, nullable.
    pub keywords: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Name of the item
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Indicates whether the setting is required or not
    ///
    /// CSDL: property `occurrence`: `microsoft.graph.deviceManagementConfigurationSettingOccurrence`, nullable.
    pub occurrence: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingOccurrence,
    >,
    /// Offset CSP Path from Base
    ///
    /// CSDL: property `offsetUri`: `Edm.String`, nullable.
    pub offset_uri: rt::Field<::std::string::String>,
    /// List of referred setting information.
    ///
    /// CSDL: property `referredSettingInformationList`: `Collection(microsoft.graph.deviceManagementConfigurationReferredSettingInformation)`, nullable.
    pub referred_setting_information_list: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    >,
    /// Root setting definition if the setting is a child setting.
    ///
    /// CSDL: property `rootDefinitionId`: `Edm.String`, nullable.
    pub root_definition_id: rt::Field<::std::string::String>,
    /// Setting type, for example, configuration and compliance
    ///
    /// CSDL: property `settingUsage`: `microsoft.graph.deviceManagementConfigurationSettingUsage`, not nullable.
    pub setting_usage: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    >,
    /// Setting control type representation in the UX
    ///
    /// CSDL: property `uxBehavior`: `microsoft.graph.deviceManagementConfigurationControlType`, not nullable.
    pub ux_behavior: rt::Field<crate::beta::DeviceManagementConfigurationControlType>,
    /// Item Version
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Setting visibility scope to UX
    ///
    /// CSDL: property `visibility`: `microsoft.graph.deviceManagementConfigurationSettingVisibility`, not nullable.
    pub visibility: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    >,
    /// Default setting value for this setting
    ///
    /// CSDL: property `defaultValue`: `microsoft.graph.deviceManagementConfigurationSettingValue`, nullable.
    pub default_value: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingValue,
    >,
    /// list of child settings that depend on this setting
    ///
    /// CSDL: property `dependedOnBy`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDependedOnBy)`, nullable.
    pub depended_on_by: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    >,
    /// list of parent settings this setting is dependent on
    ///
    /// CSDL: property `dependentOn`: `Collection(microsoft.graph.deviceManagementConfigurationDependentOn)`, nullable.
    pub dependent_on: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    >,
    /// Definition of the value for this setting
    ///
    /// CSDL: property `valueDefinition`: `microsoft.graph.deviceManagementConfigurationSettingValueDefinition`, nullable.
    pub value_definition: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingValueDefinition,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSimpleSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_types: rt::Field::Absent,
            applicability: rt::Field::Absent,
            base_uri: rt::Field::Absent,
            category_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_text: rt::Field::Absent,
            info_urls: rt::Field::Absent,
            keywords: rt::Field::Absent,
            name: rt::Field::Absent,
            occurrence: rt::Field::Absent,
            offset_uri: rt::Field::Absent,
            referred_setting_information_list: rt::Field::Absent,
            root_definition_id: rt::Field::Absent,
            setting_usage: rt::Field::Absent,
            ux_behavior: rt::Field::Absent,
            version: rt::Field::Absent,
            visibility: rt::Field::Absent,
            default_value: rt::Field::Absent,
            depended_on_by: rt::Field::Absent,
            dependent_on: rt::Field::Absent,
            value_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSimpleSettingDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessTypes",
        "applicability",
        "baseUri",
        "categoryId",
        "description",
        "displayName",
        "helpText",
        "infoUrls",
        "keywords",
        "name",
        "occurrence",
        "offsetUri",
        "referredSettingInformationList",
        "rootDefinitionId",
        "settingUsage",
        "uxBehavior",
        "version",
        "visibility",
        "defaultValue",
        "dependedOnBy",
        "dependentOn",
        "valueDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessTypes\":                  ",
        ",\"applicability\":                ",
        ",\"baseUri\":                      ",
        ",\"categoryId\":                   ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"helpText\":                     ",
        ",\"infoUrls\":                     ",
        ",\"keywords\":                     ",
        ",\"name\":                         ",
        ",\"occurrence\":                   ",
        ",\"offsetUri\":                    ",
        ",\"referredSettingInformationList\":",
        ",\"rootDefinitionId\":             ",
        ",\"settingUsage\":                 ",
        ",\"uxBehavior\":                   ",
        ",\"version\":                      ",
        ",\"visibility\":                   ",
        ",\"defaultValue\":                 ",
        ",\"dependedOnBy\":                 ",
        ",\"dependentOn\":                  ",
        ",\"valueDefinition\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_types", &self.access_types);
        v.field(2usize, "applicability", &self.applicability);
        v.field(3usize, "base_uri", &self.base_uri);
        v.field(4usize, "category_id", &self.category_id);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "help_text", &self.help_text);
        v.field(8usize, "info_urls", &self.info_urls);
        v.field(9usize, "keywords", &self.keywords);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "occurrence", &self.occurrence);
        v.field(12usize, "offset_uri", &self.offset_uri);
        v.field(
            13usize,
            "referred_setting_information_list",
            &self.referred_setting_information_list,
        );
        v.field(14usize, "root_definition_id", &self.root_definition_id);
        v.field(15usize, "setting_usage", &self.setting_usage);
        v.field(16usize, "ux_behavior", &self.ux_behavior);
        v.field(17usize, "version", &self.version);
        v.field(18usize, "visibility", &self.visibility);
        v.field(19usize, "default_value", &self.default_value);
        v.field(20usize, "depended_on_by", &self.depended_on_by);
        v.field(21usize, "dependent_on", &self.dependent_on);
        v.field(22usize, "value_definition", &self.value_definition);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSimpleSettingDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_types.read_from(r),
            2usize => self.applicability.read_from(r),
            3usize => self.base_uri.read_from(r),
            4usize => self.category_id.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.help_text.read_from(r),
            8usize => self.info_urls.read_from(r),
            9usize => self.keywords.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.occurrence.read_from(r),
            12usize => self.offset_uri.read_from(r),
            13usize => self.referred_setting_information_list.read_from(r),
            14usize => self.root_definition_id.read_from(r),
            15usize => self.setting_usage.read_from(r),
            16usize => self.ux_behavior.read_from(r),
            17usize => self.version.read_from(r),
            18usize => self.visibility.read_from(r),
            19usize => self.default_value.read_from(r),
            20usize => self.depended_on_by.read_from(r),
            21usize => self.dependent_on.read_from(r),
            22usize => self.value_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_types);
        w.field(2usize, &self.applicability);
        w.field(3usize, &self.base_uri);
        w.field(4usize, &self.category_id);
        w.field(5usize, &self.description);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.help_text);
        w.field(8usize, &self.info_urls);
        w.field(9usize, &self.keywords);
        w.field(10usize, &self.name);
        w.field(11usize, &self.occurrence);
        w.field(12usize, &self.offset_uri);
        w.field(13usize, &self.referred_setting_information_list);
        w.field(14usize, &self.root_definition_id);
        w.field(15usize, &self.setting_usage);
        w.field(16usize, &self.ux_behavior);
        w.field(17usize, &self.version);
        w.field(18usize, &self.visibility);
        w.field(19usize, &self.default_value);
        w.field(20usize, &self.depended_on_by);
        w.field(21usize, &self.dependent_on);
        w.field(22usize, &self.value_definition);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingDefinition { with_id id :
    ::std::string::String; with_access_types access_types : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingAccessTypes >; with_applicability
    applicability : crate ::beta::AnyDeviceManagementConfigurationSettingApplicability;
    with_base_uri base_uri : ::std::string::String; with_category_id category_id :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_help_text help_text :
    ::std::string::String; with_info_urls info_urls : ::std::vec::Vec <
    ::std::string::String >; with_keywords keywords : ::std::vec::Vec <
    ::std::string::String >; with_name name : ::std::string::String; with_occurrence
    occurrence : crate ::beta::DeviceManagementConfigurationSettingOccurrence;
    with_offset_uri offset_uri : ::std::string::String;
    with_referred_setting_information_list referred_setting_information_list :
    ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationReferredSettingInformation >;
    with_root_definition_id root_definition_id : ::std::string::String;
    with_setting_usage setting_usage : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingUsage >; with_ux_behavior ux_behavior :
    crate ::beta::DeviceManagementConfigurationControlType; with_version version :
    ::std::string::String; with_visibility visibility : rt::Flags < crate
    ::beta::DeviceManagementConfigurationSettingVisibility >; with_default_value
    default_value : crate ::beta::AnyDeviceManagementConfigurationSettingValue;
    with_depended_on_by depended_on_by : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationSettingDependedOnBy >; with_dependent_on
    dependent_on : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationDependentOn >; with_value_definition
    value_definition : crate
    ::beta::AnyDeviceManagementConfigurationSettingValueDefinition; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSimpleSettingDefinition {
    DeviceManagementConfigurationSimpleSettingDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
        >,
    ),
    DeviceManagementConfigurationSimpleSettingCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AnyDeviceManagementConfigurationSimpleSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSimpleSettingDefinition(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
> for AnyDeviceManagementConfigurationSimpleSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
> for AnyDeviceManagementConfigurationSimpleSettingDefinition {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationSimpleSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationSimpleSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSimpleSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationSimpleSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationSimpleSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSimpleSettingDefinition {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSimpleSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &**v,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &**v
            }
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut **v,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut **v
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSimpleSettingDefinition {
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
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.id,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.id
            }
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut v.id,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.id
            }
        }
    }
    /// `accessTypes` of any variant.
    #[inline]
    pub fn access_types(
        &self,
    ) -> &rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.access_types
            }
        }
    }
    /// `accessTypes` of any variant.
    #[inline]
    pub fn access_types_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingAccessTypes>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.access_types
            }
        }
    }
    /// `applicability` of any variant.
    #[inline]
    pub fn applicability(
        &self,
    ) -> &rt::Field<crate::beta::AnyDeviceManagementConfigurationSettingApplicability> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.applicability
            }
        }
    }
    /// `applicability` of any variant.
    #[inline]
    pub fn applicability_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingApplicability,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.applicability
            }
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.base_uri,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.base_uri
            }
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.base_uri
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.category_id
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.category_id
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.description
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.description
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.display_name
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.display_name
            }
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.help_text,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.help_text
            }
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.help_text
            }
        }
    }
    /// `infoUrls` of any variant.
    #[inline]
    pub fn info_urls(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.info_urls,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.info_urls
            }
        }
    }
    /// `infoUrls` of any variant.
    #[inline]
    pub fn info_urls_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.info_urls
            }
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.keywords,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.keywords
            }
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.keywords
            }
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.name,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.name
            }
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut v.name,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.name
            }
        }
    }
    /// `occurrence` of any variant.
    #[inline]
    pub fn occurrence(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementConfigurationSettingOccurrence> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.occurrence
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.occurrence
            }
        }
    }
    /// `occurrence` of any variant.
    #[inline]
    pub fn occurrence_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementConfigurationSettingOccurrence> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.occurrence
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.offset_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.offset_uri
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.offset_uri
            }
        }
    }
    /// `referredSettingInformationList` of any variant.
    #[inline]
    pub fn referred_setting_information_list(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.referred_setting_information_list
            }
        }
    }
    /// `referredSettingInformationList` of any variant.
    #[inline]
    pub fn referred_setting_information_list_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationReferredSettingInformation,
        >,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.referred_setting_information_list
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.root_definition_id
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.root_definition_id
            }
        }
    }
    /// `settingUsage` of any variant.
    #[inline]
    pub fn setting_usage(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.setting_usage
            }
        }
    }
    /// `settingUsage` of any variant.
    #[inline]
    pub fn setting_usage_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingUsage>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.setting_usage
            }
        }
    }
    /// `uxBehavior` of any variant.
    #[inline]
    pub fn ux_behavior(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementConfigurationControlType> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.ux_behavior
            }
        }
    }
    /// `uxBehavior` of any variant.
    #[inline]
    pub fn ux_behavior_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementConfigurationControlType> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.ux_behavior
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.version,
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.version
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.version
            }
        }
    }
    /// `visibility` of any variant.
    #[inline]
    pub fn visibility(
        &self,
    ) -> &rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.visibility
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.visibility
            }
        }
    }
    /// `visibility` of any variant.
    #[inline]
    pub fn visibility_mut(
        &mut self,
    ) -> &mut rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationSettingVisibility>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.visibility
            }
        }
    }
    /// `defaultValue` of any variant.
    #[inline]
    pub fn default_value(
        &self,
    ) -> &rt::Field<crate::beta::AnyDeviceManagementConfigurationSettingValue> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.default_value
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.default_value
            }
        }
    }
    /// `defaultValue` of any variant.
    #[inline]
    pub fn default_value_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyDeviceManagementConfigurationSettingValue> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.default_value
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.default_value
            }
        }
    }
    /// `dependedOnBy` of any variant.
    #[inline]
    pub fn depended_on_by(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.depended_on_by
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.depended_on_by
            }
        }
    }
    /// `dependedOnBy` of any variant.
    #[inline]
    pub fn depended_on_by_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.depended_on_by
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.depended_on_by
            }
        }
    }
    /// `dependentOn` of any variant.
    #[inline]
    pub fn dependent_on(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.dependent_on
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.dependent_on
            }
        }
    }
    /// `dependentOn` of any variant.
    #[inline]
    pub fn dependent_on_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.dependent_on
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.dependent_on
            }
        }
    }
    /// `valueDefinition` of any variant.
    #[inline]
    pub fn value_definition(
        &self,
    ) -> &rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingValueDefinition,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &v.value_definition
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.value_definition
            }
        }
    }
    /// `valueDefinition` of any variant.
    #[inline]
    pub fn value_definition_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingValueDefinition,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                &mut v.value_definition
            }
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.value_definition
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSimpleSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSimpleSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple setting instance
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingInstance {
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Reference
    ///
    /// CSDL: property `settingInstanceTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplateReference`, nullable.
    pub setting_instance_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingInstanceTemplateReference,
    >,
    /// Simple setting instance value
    ///
    /// CSDL: property `simpleSettingValue`: `microsoft.graph.deviceManagementConfigurationSimpleSettingValue`, not nullable.
    pub simple_setting_value: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSimpleSettingValue,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSimpleSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            simple_setting_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSimpleSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
        "simpleSettingValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
        ",\"simpleSettingValue\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            1usize,
            "setting_instance_template_reference",
            &self.setting_instance_template_reference,
        );
        v.field(2usize, "simple_setting_value", &self.simple_setting_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSimpleSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            2usize => self.simple_setting_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
        w.field(2usize, &self.simple_setting_value);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingInstance { with_setting_definition_id
    setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference;
    with_simple_setting_value simple_setting_value : crate
    ::beta::AnyDeviceManagementConfigurationSimpleSettingValue; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple Setting Instance Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingInstanceTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingInstanceTemplate {
    /// Indicates if a policy must specify this setting.
    ///
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// Setting Definition Id
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, not nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Setting Instance Template Id
    ///
    /// CSDL: property `settingInstanceTemplateId`: `Edm.String`, not nullable.
    pub setting_instance_template_id: rt::Field<::std::string::String>,
    /// Simple Setting Value Template
    ///
    /// CSDL: property `simpleSettingValueTemplate`: `microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate`, not nullable.
    pub simple_setting_value_template: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSimpleSettingValueTemplate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSimpleSettingInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_id: rt::Field::Absent,
            simple_setting_value_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSimpleSettingInstanceTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingInstanceTemplate";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "settingDefinitionId",
        "settingInstanceTemplateId",
        "simpleSettingValueTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateId\":    ",
        ",\"simpleSettingValueTemplate\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingInstanceTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_required", &self.is_required);
        v.field(1usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            2usize,
            "setting_instance_template_id",
            &self.setting_instance_template_id,
        );
        v.field(
            3usize,
            "simple_setting_value_template",
            &self.simple_setting_value_template,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSimpleSettingInstanceTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.setting_definition_id.read_from(r),
            2usize => self.setting_instance_template_id.read_from(r),
            3usize => self.simple_setting_value_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.setting_definition_id);
        w.field(2usize, &self.setting_instance_template_id);
        w.field(3usize, &self.simple_setting_value_template);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingInstanceTemplate { with_is_required
    is_required : bool; with_setting_definition_id setting_definition_id :
    ::std::string::String; with_setting_instance_template_id setting_instance_template_id
    : ::std::string::String; with_simple_setting_value_template
    simple_setting_value_template : crate
    ::beta::AnyDeviceManagementConfigurationSimpleSettingValueTemplate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple setting value
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingValue`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingValue`, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingValue {
    /// Setting value template reference
    ///
    /// CSDL: property `settingValueTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, nullable.
    pub setting_value_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationSimpleSettingValue {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_reference: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSimpleSettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingValue";
    const KEYS: &'static [&'static str] = &["settingValueTemplateReference"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingValueTemplateReference\":"];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "setting_value_template_reference",
            &self.setting_value_template_reference,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSimpleSettingValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_reference.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_reference);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingValue {
    with_setting_value_template_reference setting_value_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingValueTemplateReference; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSimpleSettingValue` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSimpleSettingValue {
    DeviceManagementConfigurationSimpleSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSimpleSettingValue>,
    ),
    DeviceManagementConfigurationIntegerSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationIntegerSettingValue>,
    ),
    DeviceManagementConfigurationReferenceSettingValue(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationReferenceSettingValue,
        >,
    ),
    DeviceManagementConfigurationStringSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationStringSettingValue>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationSimpleSettingValue {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSimpleSettingValue(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSimpleSettingValue>
for AnyDeviceManagementConfigurationSimpleSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSimpleSettingValue) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationIntegerSettingValue>
for AnyDeviceManagementConfigurationSimpleSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationIntegerSettingValue) -> Self {
        Self::DeviceManagementConfigurationIntegerSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationReferenceSettingValue,
> for AnyDeviceManagementConfigurationSimpleSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationReferenceSettingValue) -> Self {
        Self::DeviceManagementConfigurationReferenceSettingValue(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationStringSettingValue>
for AnyDeviceManagementConfigurationSimpleSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationStringSettingValue) -> Self {
        Self::DeviceManagementConfigurationStringSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementConfigurationSimpleSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementConfigurationSimpleSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationSimpleSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementConfigurationSimpleSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementConfigurationSimpleSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationIntegerSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationReferenceSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationStringSettingValue,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSimpleSettingValue {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingValue";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationIntegerSettingValue",
            ) => {
                Self::DeviceManagementConfigurationIntegerSettingValue(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationReferenceSettingValue",
            ) => {
                Self::DeviceManagementConfigurationReferenceSettingValue(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationStringSettingValue",
            ) => {
                Self::DeviceManagementConfigurationStringSettingValue(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSimpleSettingValue(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationStringSettingValue(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationStringSettingValue(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSimpleSettingValue {
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
    /// `settingValueTemplateReference` of any variant.
    #[inline]
    pub fn setting_value_template_reference(
        &self,
    ) -> &rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationStringSettingValue(v) => {
                &v.setting_value_template_reference
            }
        }
    }
    /// `settingValueTemplateReference` of any variant.
    #[inline]
    pub fn setting_value_template_reference_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationIntegerSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationStringSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSimpleSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSimpleSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple Setting Value Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationSimpleSettingValueTemplate {
    /// Setting Value Template Id
    ///
    /// CSDL: property `settingValueTemplateId`: `Edm.String`, not nullable.
    pub setting_value_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationSimpleSettingValueTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationSimpleSettingValueTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate";
    const KEYS: &'static [&'static str] = &["settingValueTemplateId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingValueTemplateId\":       "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_value_template_id", &self.setting_value_template_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationSimpleSettingValueTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_id);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationSimpleSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationSimpleSettingValueTemplate {
    with_setting_value_template_id setting_value_template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationSimpleSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationSimpleSettingValueTemplate {
    DeviceManagementConfigurationSimpleSettingValueTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingValueTemplate,
        >,
    ),
    DeviceManagementConfigurationIntegerSettingValueTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationIntegerSettingValueTemplate,
        >,
    ),
    DeviceManagementConfigurationStringSettingValueTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationStringSettingValueTemplate,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationSimpleSettingValueTemplate(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingValueTemplate,
> for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingValueTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingValueTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationIntegerSettingValueTemplate,
> for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationIntegerSettingValueTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationIntegerSettingValueTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationStringSettingValueTemplate,
> for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationStringSettingValueTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationStringSettingValueTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin
for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationSimpleSettingValueTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationIntegerSettingValueTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationStringSettingValueTemplate,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationSimpleSettingValueTemplate {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationIntegerSettingValueTemplate",
            ) => {
                Self::DeviceManagementConfigurationIntegerSettingValueTemplate(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationStringSettingValueTemplate",
            ) => {
                Self::DeviceManagementConfigurationStringSettingValueTemplate(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationSimpleSettingValueTemplate(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValueTemplate(v) => &**v,
            Self::DeviceManagementConfigurationIntegerSettingValueTemplate(v) => &**v,
            Self::DeviceManagementConfigurationStringSettingValueTemplate(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValueTemplate(v) => &mut **v,
            Self::DeviceManagementConfigurationIntegerSettingValueTemplate(v) => &mut **v,
            Self::DeviceManagementConfigurationStringSettingValueTemplate(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationSimpleSettingValueTemplate {
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
    /// `settingValueTemplateId` of any variant.
    #[inline]
    pub fn setting_value_template_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValueTemplate(v) => {
                &v.setting_value_template_id
            }
            Self::DeviceManagementConfigurationIntegerSettingValueTemplate(v) => {
                &v.setting_value_template_id
            }
            Self::DeviceManagementConfigurationStringSettingValueTemplate(v) => {
                &v.setting_value_template_id
            }
        }
    }
    /// `settingValueTemplateId` of any variant.
    #[inline]
    pub fn setting_value_template_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationSimpleSettingValueTemplate(v) => {
                &mut v.setting_value_template_id
            }
            Self::DeviceManagementConfigurationIntegerSettingValueTemplate(v) => {
                &mut v.setting_value_template_id
            }
            Self::DeviceManagementConfigurationStringSettingValueTemplate(v) => {
                &mut v.setting_value_template_id
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationSimpleSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationSimpleSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationStringFormat`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationStringFormat {
    /// `none` (value 0).
    None,
    /// `email` (value 1).
    Email,
    /// `guid` (value 2).
    Guid,
    /// `ip` (value 3).
    Ip,
    /// `base64` (value 4).
    Base64,
    /// `url` (value 5).
    Url,
    /// `version` (value 6).
    Version,
    /// `xml` (value 7).
    Xml,
    /// `date` (value 8).
    Date,
    /// `time` (value 9).
    Time,
    /// `binary` (value 10).
    Binary,
    /// `regEx` (value 11).
    RegEx,
    /// `json` (value 12).
    Json,
    /// `dateTime` (value 13).
    DateTime,
    /// `surfaceHub` (value 14).
    SurfaceHub,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationStringFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringFormat";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "email",
        "guid",
        "ip",
        "base64",
        "url",
        "version",
        "xml",
        "date",
        "time",
        "binary",
        "regEx",
        "json",
        "dateTime",
        "surfaceHub",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "email" => Self::Email,
                "guid" => Self::Guid,
                "ip" => Self::Ip,
                "base64" => Self::Base64,
                "url" => Self::Url,
                "version" => Self::Version,
                "xml" => Self::Xml,
                "date" => Self::Date,
                "time" => Self::Time,
                "binary" => Self::Binary,
                "regEx" => Self::RegEx,
                "json" => Self::Json,
                "dateTime" => Self::DateTime,
                "surfaceHub" => Self::SurfaceHub,
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
            Self::Email => "email",
            Self::Guid => "guid",
            Self::Ip => "ip",
            Self::Base64 => "base64",
            Self::Url => "url",
            Self::Version => "version",
            Self::Xml => "xml",
            Self::Date => "date",
            Self::Time => "time",
            Self::Binary => "binary",
            Self::RegEx => "regEx",
            Self::Json => "json",
            Self::DateTime => "dateTime",
            Self::SurfaceHub => "surfaceHub",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationStringFormat);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationStringFormat);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple setting value
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationStringSettingValue`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSimpleSettingValue`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationStringSettingValue {
    /// Setting value template reference
    ///
    /// CSDL: property `settingValueTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, nullable.
    pub setting_value_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    >,
    /// Value of the string setting.
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationStringSettingValue {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_reference: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationStringSettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringSettingValue";
    const KEYS: &'static [&'static str] = &["settingValueTemplateReference", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateReference\":",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationStringSettingValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "setting_value_template_reference",
            &self.setting_value_template_reference,
        );
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationStringSettingValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_reference.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_reference);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationStringSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationStringSettingValue {
    with_setting_value_template_reference setting_value_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingValueTemplateReference; with_value value
    : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationStringSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationStringSettingValue` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationStringSettingValue {
    DeviceManagementConfigurationStringSettingValue(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationStringSettingValue>,
    ),
    DeviceManagementConfigurationReferenceSettingValue(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationReferenceSettingValue,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyDeviceManagementConfigurationStringSettingValue {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationStringSettingValue(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationStringSettingValue>
for AnyDeviceManagementConfigurationStringSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationStringSettingValue) -> Self {
        Self::DeviceManagementConfigurationStringSettingValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationReferenceSettingValue,
> for AnyDeviceManagementConfigurationStringSettingValue {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationReferenceSettingValue) -> Self {
        Self::DeviceManagementConfigurationReferenceSettingValue(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyDeviceManagementConfigurationStringSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementConfigurationStringSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationStringSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementConfigurationStringSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementConfigurationStringSettingValue {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationStringSettingValue,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationReferenceSettingValue,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationStringSettingValue {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringSettingValue";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationReferenceSettingValue",
            ) => {
                Self::DeviceManagementConfigurationReferenceSettingValue(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationStringSettingValue(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationStringSettingValue(v) => &**v,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationStringSettingValue(v) => &mut **v,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationStringSettingValue {
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
    /// `settingValueTemplateReference` of any variant.
    #[inline]
    pub fn setting_value_template_reference(
        &self,
    ) -> &rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationStringSettingValue(v) => {
                &v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => {
                &v.setting_value_template_reference
            }
        }
    }
    /// `settingValueTemplateReference` of any variant.
    #[inline]
    pub fn setting_value_template_reference_mut(
        &mut self,
    ) -> &mut rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    > {
        match self {
            Self::DeviceManagementConfigurationStringSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => {
                &mut v.setting_value_template_reference
            }
        }
    }
    /// `value` of any variant.
    #[inline]
    pub fn value(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationStringSettingValue(v) => &v.value,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &v.value,
        }
    }
    /// `value` of any variant.
    #[inline]
    pub fn value_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationStringSettingValue(v) => &mut v.value,
            Self::DeviceManagementConfigurationReferenceSettingValue(v) => &mut v.value,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationStringSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationStringSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// String Setting Value Constant Default Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationStringSettingValueConstantDefaultTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationStringSettingValueDefaultTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate {
    /// Default Constant Value
    ///
    /// CSDL: property `constantValue`: `Edm.String`, not nullable.
    pub constant_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            constant_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringSettingValueConstantDefaultTemplate";
    const KEYS: &'static [&'static str] = &["constantValue"];
    const KEYS_JSON: &'static [&'static str] = &[",\"constantValue\":                "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationStringSettingValueConstantDefaultTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "constant_value", &self.constant_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.constant_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.constant_value);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate {
    with_constant_value constant_value : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// String Setting Value Default Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationStringSettingValueDefaultTemplate`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationStringSettingValueDefaultTemplate {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationStringSettingValueDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationStringSettingValueDefaultTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringSettingValueDefaultTemplate";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationStringSettingValueDefaultTemplate\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationStringSettingValueDefaultTemplate {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationStringSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationStringSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationStringSettingValueDefaultTemplate` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {
    DeviceManagementConfigurationStringSettingValueDefaultTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationStringSettingValueDefaultTemplate,
        >,
    ),
    DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationStringSettingValueDefaultTemplate(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationStringSettingValueDefaultTemplate,
> for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationStringSettingValueDefaultTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationStringSettingValueDefaultTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate,
> for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin
for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationStringSettingValueDefaultTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringSettingValueDefaultTemplate";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationStringSettingValueConstantDefaultTemplate",
            ) => {
                Self::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationStringSettingValueDefaultTemplate(
                    rt::object::new_boxed(),
                )
            }
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationStringSettingValueDefaultTemplate(v) => {
                &**v
            }
            Self::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate(
                v,
            ) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationStringSettingValueDefaultTemplate(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationStringSettingValueConstantDefaultTemplate(
                v,
            ) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// String constraints
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationStringSettingValueDefinition`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingValueDefinition`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationStringSettingValueDefinition {
    /// Pre-defined format of the string
    ///
    /// CSDL: property `format`: `microsoft.graph.deviceManagementConfigurationStringFormat`, not nullable.
    pub format: rt::Field<crate::beta::DeviceManagementConfigurationStringFormat>,
    /// Regular expression or any xml or json schema that the input string should match
    ///
    /// CSDL: property `inputValidationSchema`: `Edm.String`, nullable.
    pub input_validation_schema: rt::Field<::std::string::String>,
    /// Specifies whether the setting needs to be treated as a secret. Settings marked as yes will be encrypted in transit and at rest and will be displayed as asterisks when represented in the UX.
    ///
    /// CSDL: property `isSecret`: `Edm.Boolean`, not nullable.
    pub is_secret: rt::Field<bool>,
    /// Maximum length of string. Valid values 0 to 87516
    ///
    /// CSDL: property `maximumLength`: `Edm.Int64`, not nullable.
    pub maximum_length: rt::Field<i64>,
    /// Minimum length of string. Valid values 0 to 87516
    ///
    /// CSDL: property `minimumLength`: `Edm.Int64`, not nullable.
    pub minimum_length: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationStringSettingValueDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            format: rt::Field::Absent,
            input_validation_schema: rt::Field::Absent,
            is_secret: rt::Field::Absent,
            maximum_length: rt::Field::Absent,
            minimum_length: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationStringSettingValueDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringSettingValueDefinition";
    const KEYS: &'static [&'static str] = &[
        "format",
        "inputValidationSchema",
        "isSecret",
        "maximumLength",
        "minimumLength",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"format\":                       ",
        ",\"inputValidationSchema\":        ",
        ",\"isSecret\":                     ",
        ",\"maximumLength\":                ",
        ",\"minimumLength\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationStringSettingValueDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "format", &self.format);
        v.field(1usize, "input_validation_schema", &self.input_validation_schema);
        v.field(2usize, "is_secret", &self.is_secret);
        v.field(3usize, "maximum_length", &self.maximum_length);
        v.field(4usize, "minimum_length", &self.minimum_length);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationStringSettingValueDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.format.read_from(r),
            1usize => self.input_validation_schema.read_from(r),
            2usize => self.is_secret.read_from(r),
            3usize => self.maximum_length.read_from(r),
            4usize => self.minimum_length.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.format);
        w.field(1usize, &self.input_validation_schema);
        w.field(2usize, &self.is_secret);
        w.field(3usize, &self.maximum_length);
        w.field(4usize, &self.minimum_length);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationStringSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationStringSettingValueDefinition { with_format format :
    crate ::beta::DeviceManagementConfigurationStringFormat; with_input_validation_schema
    input_validation_schema : ::std::string::String; with_is_secret is_secret : bool;
    with_maximum_length maximum_length : i64; with_minimum_length minimum_length : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationStringSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// String Setting Value Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationStringSettingValueTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationStringSettingValueTemplate {
    /// Setting Value Template Id
    ///
    /// CSDL: property `settingValueTemplateId`: `Edm.String`, not nullable.
    pub setting_value_template_id: rt::Field<::std::string::String>,
    /// String Setting Value Default Template.
    ///
    /// CSDL: property `defaultValue`: `microsoft.graph.deviceManagementConfigurationStringSettingValueDefaultTemplate`, nullable.
    pub default_value: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationStringSettingValueTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_id: rt::Field::Absent,
            default_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationStringSettingValueTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationStringSettingValueTemplate";
    const KEYS: &'static [&'static str] = &["settingValueTemplateId", "defaultValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateId\":       ",
        ",\"defaultValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationStringSettingValueTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_value_template_id", &self.setting_value_template_id);
        v.field(1usize, "default_value", &self.default_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationStringSettingValueTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_id.read_from(r),
            1usize => self.default_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_id);
        w.field(1usize, &self.default_value);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationStringSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationStringSettingValueTemplate {
    with_setting_value_template_id setting_value_template_id : ::std::string::String;
    with_default_value default_value : crate
    ::beta::AnyDeviceManagementConfigurationStringSettingValueDefaultTemplate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationStringSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationTemplateFamily`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationTemplateFamily {
    /// `none` (value 0).
    None,
    /// `endpointSecurityAntivirus` (value 10).
    EndpointSecurityAntivirus,
    /// `endpointSecurityDiskEncryption` (value 11).
    EndpointSecurityDiskEncryption,
    /// `endpointSecurityFirewall` (value 12).
    EndpointSecurityFirewall,
    /// `endpointSecurityEndpointDetectionAndResponse` (value 13).
    EndpointSecurityEndpointDetectionAndResponse,
    /// `endpointSecurityAttackSurfaceReduction` (value 14).
    EndpointSecurityAttackSurfaceReduction,
    /// `endpointSecurityAccountProtection` (value 15).
    EndpointSecurityAccountProtection,
    /// `endpointSecurityApplicationControl` (value 16).
    EndpointSecurityApplicationControl,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationTemplateFamily {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationTemplateFamily";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "endpointSecurityAntivirus",
        "endpointSecurityDiskEncryption",
        "endpointSecurityFirewall",
        "endpointSecurityEndpointDetectionAndResponse",
        "endpointSecurityAttackSurfaceReduction",
        "endpointSecurityAccountProtection",
        "endpointSecurityApplicationControl",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "endpointSecurityAntivirus" => Self::EndpointSecurityAntivirus,
                "endpointSecurityDiskEncryption" => Self::EndpointSecurityDiskEncryption,
                "endpointSecurityFirewall" => Self::EndpointSecurityFirewall,
                "endpointSecurityEndpointDetectionAndResponse" => {
                    Self::EndpointSecurityEndpointDetectionAndResponse
                }
                "endpointSecurityAttackSurfaceReduction" => {
                    Self::EndpointSecurityAttackSurfaceReduction
                }
                "endpointSecurityAccountProtection" => {
                    Self::EndpointSecurityAccountProtection
                }
                "endpointSecurityApplicationControl" => {
                    Self::EndpointSecurityApplicationControl
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
            Self::None => "none",
            Self::EndpointSecurityAntivirus => "endpointSecurityAntivirus",
            Self::EndpointSecurityDiskEncryption => "endpointSecurityDiskEncryption",
            Self::EndpointSecurityFirewall => "endpointSecurityFirewall",
            Self::EndpointSecurityEndpointDetectionAndResponse => {
                "endpointSecurityEndpointDetectionAndResponse"
            }
            Self::EndpointSecurityAttackSurfaceReduction => {
                "endpointSecurityAttackSurfaceReduction"
            }
            Self::EndpointSecurityAccountProtection => {
                "endpointSecurityAccountProtection"
            }
            Self::EndpointSecurityApplicationControl => {
                "endpointSecurityApplicationControl"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationTemplateFamily);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationTemplateFamily);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationWindowsSettingApplicability`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingApplicability`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationWindowsSettingApplicability {
    /// description of the setting
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Device Mode that setting can be applied on
    ///
    /// CSDL: property `deviceMode`: `microsoft.graph.deviceManagementConfigurationDeviceMode`, not nullable.
    pub device_mode: rt::Field<crate::beta::DeviceManagementConfigurationDeviceMode>,
    /// Platform setting can be applied on
    ///
    /// CSDL: property `platform`: `microsoft.graph.deviceManagementConfigurationPlatforms`, not nullable.
    pub platform: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>,
    >,
    /// Which technology channels this setting can be deployed through
    ///
    /// CSDL: property `technologies`: `microsoft.graph.deviceManagementConfigurationTechnologies`, not nullable.
    pub technologies: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>,
    >,
    /// Version of CSP setting is a part of
    ///
    /// CSDL: property `configurationServiceProviderVersion`: `Edm.String`, nullable.
    pub configuration_service_provider_version: rt::Field<::std::string::String>,
    /// Maximum supported version of Windows
    ///
    /// CSDL: property `maximumSupportedVersion`: `Edm.String`, nullable.
    pub maximum_supported_version: rt::Field<::std::string::String>,
    /// Minimum supported version of Windows
    ///
    /// CSDL: property `minimumSupportedVersion`: `Edm.String`, nullable.
    pub minimum_supported_version: rt::Field<::std::string::String>,
    /// Required AzureAD trust type
    ///
    /// CSDL: property `requiredAzureAdTrustType`: `microsoft.graph.deviceManagementConfigurationAzureAdTrustType`, not nullable.
    pub required_azure_ad_trust_type: rt::Field<
        crate::beta::DeviceManagementConfigurationAzureAdTrustType,
    >,
    /// AzureAD setting requirement
    ///
    /// CSDL: property `requiresAzureAd`: `Edm.Boolean`, not nullable.
    pub requires_azure_ad: rt::Field<bool>,
    /// List of Windows SKUs that the setting is applicable for
    ///
    /// CSDL: property `windowsSkus`: `Collection(microsoft.graph.deviceManagementConfigurationWindowsSkus)`, not nullable.
    pub windows_skus: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationWindowsSkus>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationWindowsSettingApplicability {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            device_mode: rt::Field::Absent,
            platform: rt::Field::Absent,
            technologies: rt::Field::Absent,
            configuration_service_provider_version: rt::Field::Absent,
            maximum_supported_version: rt::Field::Absent,
            minimum_supported_version: rt::Field::Absent,
            required_azure_ad_trust_type: rt::Field::Absent,
            requires_azure_ad: rt::Field::Absent,
            windows_skus: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationWindowsSettingApplicability {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationWindowsSettingApplicability";
    const KEYS: &'static [&'static str] = &[
        "description",
        "deviceMode",
        "platform",
        "technologies",
        "configurationServiceProviderVersion",
        "maximumSupportedVersion",
        "minimumSupportedVersion",
        "requiredAzureAdTrustType",
        "requiresAzureAd",
        "windowsSkus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"deviceMode\":                   ",
        ",\"platform\":                     ",
        ",\"technologies\":                 ",
        ",\"configurationServiceProviderVersion\":",
        ",\"maximumSupportedVersion\":      ",
        ",\"minimumSupportedVersion\":      ",
        ",\"requiredAzureAdTrustType\":     ",
        ",\"requiresAzureAd\":              ",
        ",\"windowsSkus\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationWindowsSettingApplicability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "device_mode", &self.device_mode);
        v.field(2usize, "platform", &self.platform);
        v.field(3usize, "technologies", &self.technologies);
        v.field(
            4usize,
            "configuration_service_provider_version",
            &self.configuration_service_provider_version,
        );
        v.field(5usize, "maximum_supported_version", &self.maximum_supported_version);
        v.field(6usize, "minimum_supported_version", &self.minimum_supported_version);
        v.field(
            7usize,
            "required_azure_ad_trust_type",
            &self.required_azure_ad_trust_type,
        );
        v.field(8usize, "requires_azure_ad", &self.requires_azure_ad);
        v.field(9usize, "windows_skus", &self.windows_skus);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationWindowsSettingApplicability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.device_mode.read_from(r),
            2usize => self.platform.read_from(r),
            3usize => self.technologies.read_from(r),
            4usize => self.configuration_service_provider_version.read_from(r),
            5usize => self.maximum_supported_version.read_from(r),
            6usize => self.minimum_supported_version.read_from(r),
            7usize => self.required_azure_ad_trust_type.read_from(r),
            8usize => self.requires_azure_ad.read_from(r),
            9usize => self.windows_skus.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.device_mode);
        w.field(2usize, &self.platform);
        w.field(3usize, &self.technologies);
        w.field(4usize, &self.configuration_service_provider_version);
        w.field(5usize, &self.maximum_supported_version);
        w.field(6usize, &self.minimum_supported_version);
        w.field(7usize, &self.required_azure_ad_trust_type);
        w.field(8usize, &self.requires_azure_ad);
        w.field(9usize, &self.windows_skus);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationWindowsSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationWindowsSettingApplicability { with_description
    description : ::std::string::String; with_device_mode device_mode : crate
    ::beta::DeviceManagementConfigurationDeviceMode; with_platform platform : rt::Flags <
    crate ::beta::DeviceManagementConfigurationPlatforms >; with_technologies
    technologies : rt::Flags < crate ::beta::DeviceManagementConfigurationTechnologies >;
    with_configuration_service_provider_version configuration_service_provider_version :
    ::std::string::String; with_maximum_supported_version maximum_supported_version :
    ::std::string::String; with_minimum_supported_version minimum_supported_version :
    ::std::string::String; with_required_azure_ad_trust_type required_azure_ad_trust_type
    : crate ::beta::DeviceManagementConfigurationAzureAdTrustType; with_requires_azure_ad
    requires_azure_ad : bool; with_windows_skus windows_skus : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationWindowsSkus >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationWindowsSettingApplicability);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationWindowsSkus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationWindowsSkus {
    /// `unknown` (value 0).
    Unknown,
    /// `windowsHome` (value 1).
    WindowsHome,
    /// `windowsProfessional` (value 2).
    WindowsProfessional,
    /// `windowsEnterprise` (value 3).
    WindowsEnterprise,
    /// `windowsEducation` (value 4).
    WindowsEducation,
    /// `windowsMobile` (value 5).
    WindowsMobile,
    /// `windowsMobileEnterprise` (value 6).
    WindowsMobileEnterprise,
    /// `windowsTeamSurface` (value 7).
    WindowsTeamSurface,
    /// `iot` (value 8).
    Iot,
    /// `iotEnterprise` (value 9).
    IotEnterprise,
    /// `holoLens` (value 10).
    HoloLens,
    /// `holoLensEnterprise` (value 11).
    HoloLensEnterprise,
    /// `holographicForBusiness` (value 12).
    HolographicForBusiness,
    /// `windowsMultiSession` (value 13).
    WindowsMultiSession,
    /// `surfaceHub` (value 14).
    SurfaceHub,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationWindowsSkus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationWindowsSkus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "windowsHome",
        "windowsProfessional",
        "windowsEnterprise",
        "windowsEducation",
        "windowsMobile",
        "windowsMobileEnterprise",
        "windowsTeamSurface",
        "iot",
        "iotEnterprise",
        "holoLens",
        "holoLensEnterprise",
        "holographicForBusiness",
        "windowsMultiSession",
        "surfaceHub",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "windowsHome" => Self::WindowsHome,
                "windowsProfessional" => Self::WindowsProfessional,
                "windowsEnterprise" => Self::WindowsEnterprise,
                "windowsEducation" => Self::WindowsEducation,
                "windowsMobile" => Self::WindowsMobile,
                "windowsMobileEnterprise" => Self::WindowsMobileEnterprise,
                "windowsTeamSurface" => Self::WindowsTeamSurface,
                "iot" => Self::Iot,
                "iotEnterprise" => Self::IotEnterprise,
                "holoLens" => Self::HoloLens,
                "holoLensEnterprise" => Self::HoloLensEnterprise,
                "holographicForBusiness" => Self::HolographicForBusiness,
                "windowsMultiSession" => Self::WindowsMultiSession,
                "surfaceHub" => Self::SurfaceHub,
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
            Self::WindowsHome => "windowsHome",
            Self::WindowsProfessional => "windowsProfessional",
            Self::WindowsEnterprise => "windowsEnterprise",
            Self::WindowsEducation => "windowsEducation",
            Self::WindowsMobile => "windowsMobile",
            Self::WindowsMobileEnterprise => "windowsMobileEnterprise",
            Self::WindowsTeamSurface => "windowsTeamSurface",
            Self::Iot => "iot",
            Self::IotEnterprise => "iotEnterprise",
            Self::HoloLens => "holoLens",
            Self::HoloLensEnterprise => "holoLensEnterprise",
            Self::HolographicForBusiness => "holographicForBusiness",
            Self::WindowsMultiSession => "windowsMultiSession",
            Self::SurfaceHub => "surfaceHub",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationWindowsSkus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationWindowsSkus);
