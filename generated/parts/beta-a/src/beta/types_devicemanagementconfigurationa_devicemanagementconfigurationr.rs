//! Types of `microsoft.graph` by the first letters of their names (`devicemanagementconfigurationa_devicemanagementconfigurationr`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationAzureAdTrustType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationAzureAdTrustType {
    /// `none` (value 0).
    None,
    /// `azureAdJoined` (value 1).
    AzureAdJoined,
    /// `addWorkAccount` (value 2).
    AddWorkAccount,
    /// `mdmOnly` (value 4).
    MdmOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationAzureAdTrustType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationAzureAdTrustType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "azureAdJoined",
        "addWorkAccount",
        "mdmOnly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "azureAdJoined" => Self::AzureAdJoined,
                "addWorkAccount" => Self::AddWorkAccount,
                "mdmOnly" => Self::MdmOnly,
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
            Self::AzureAdJoined => "azureAdJoined",
            Self::AddWorkAccount => "addWorkAccount",
            Self::MdmOnly => "mdmOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationAzureAdTrustType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationAzureAdTrustType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition`, entity type, derived from `microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSettingDefinitionPath`](requests/trait.DeviceManagementConfigurationSettingDefinitionPath.html), what a path to one (`EntityPath<DeviceManagementConfigurationChoiceSettingCollectionDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingCollectionDefinition {
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
    /// Default option for choice setting
    ///
    /// CSDL: property `defaultOptionId`: `Edm.String`, nullable.
    pub default_option_id: rt::Field<::std::string::String>,
    /// Options for the setting that can be selected
    ///
    /// CSDL: property `options`: `Collection(microsoft.graph.deviceManagementConfigurationOptionDefinition)`, nullable.
    pub options: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationOptionDefinition>,
    >,
    /// Maximum number of choices in the collection. Valid values 1 to 100
    ///
    /// CSDL: property `maximumCount`: `Edm.Int32`, not nullable.
    pub maximum_count: rt::Field<i32>,
    /// Minimum number of choices in the collection. Valid values 1 to 100
    ///
    /// CSDL: property `minimumCount`: `Edm.Int32`, not nullable.
    pub minimum_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingCollectionDefinition {
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
            default_option_id: rt::Field::Absent,
            options: rt::Field::Absent,
            maximum_count: rt::Field::Absent,
            minimum_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingCollectionDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition";
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
        "defaultOptionId",
        "options",
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
        ",\"defaultOptionId\":              ",
        ",\"options\":                      ",
        ",\"maximumCount\":                 ",
        ",\"minimumCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition\"";
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
        v.field(19usize, "default_option_id", &self.default_option_id);
        v.field(20usize, "options", &self.options);
        v.field(21usize, "maximum_count", &self.maximum_count);
        v.field(22usize, "minimum_count", &self.minimum_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationChoiceSettingCollectionDefinition {
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
            19usize => self.default_option_id.read_from(r),
            20usize => self.options.read_from(r),
            21usize => self.maximum_count.read_from(r),
            22usize => self.minimum_count.read_from(r),
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
        w.field(19usize, &self.default_option_id);
        w.field(20usize, &self.options);
        w.field(21usize, &self.maximum_count);
        w.field(22usize, &self.minimum_count);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingCollectionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingCollectionDefinition { with_id id :
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
    ::beta::DeviceManagementConfigurationSettingVisibility >; with_default_option_id
    default_option_id : ::std::string::String; with_options options : ::std::vec::Vec <
    crate ::beta::DeviceManagementConfigurationOptionDefinition >; with_maximum_count
    maximum_count : i32; with_minimum_count minimum_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingCollectionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting instance within policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingCollectionInstance {
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
    /// Choice setting collection value
    ///
    /// CSDL: property `choiceSettingCollectionValue`: `Collection(microsoft.graph.deviceManagementConfigurationChoiceSettingValue)`, not nullable.
    pub choice_setting_collection_value: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationChoiceSettingValue>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingCollectionInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            choice_setting_collection_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingCollectionInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
        "choiceSettingCollectionValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
        ",\"choiceSettingCollectionValue\": ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstance\"";
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
            "choice_setting_collection_value",
            &self.choice_setting_collection_value,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationChoiceSettingCollectionInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            2usize => self.choice_setting_collection_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
        w.field(2usize, &self.choice_setting_collection_value);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingCollectionInstance {
    with_setting_definition_id setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference;
    with_choice_setting_collection_value choice_setting_collection_value :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationChoiceSettingValue >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Choice Setting Collection Instance Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstanceTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate {
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
    /// Choice Setting Collection Value Template
    ///
    /// CSDL: property `choiceSettingCollectionValueTemplate`: `Collection(microsoft.graph.deviceManagementConfigurationChoiceSettingValueTemplate)`, not nullable.
    pub choice_setting_collection_value_template: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationChoiceSettingValueTemplate,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_id: rt::Field::Absent,
            allow_unmanaged_values: rt::Field::Absent,
            choice_setting_collection_value_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstanceTemplate";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "settingDefinitionId",
        "settingInstanceTemplateId",
        "allowUnmanagedValues",
        "choiceSettingCollectionValueTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateId\":    ",
        ",\"allowUnmanagedValues\":         ",
        ",\"choiceSettingCollectionValueTemplate\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionInstanceTemplate\"";
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
            "choice_setting_collection_value_template",
            &self.choice_setting_collection_value_template,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.setting_definition_id.read_from(r),
            2usize => self.setting_instance_template_id.read_from(r),
            3usize => self.allow_unmanaged_values.read_from(r),
            4usize => self.choice_setting_collection_value_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.setting_definition_id);
        w.field(2usize, &self.setting_instance_template_id);
        w.field(3usize, &self.allow_unmanaged_values);
        w.field(4usize, &self.choice_setting_collection_value_template);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate {
    with_is_required is_required : bool; with_setting_definition_id setting_definition_id
    : ::std::string::String; with_setting_instance_template_id
    setting_instance_template_id : ::std::string::String; with_allow_unmanaged_values
    allow_unmanaged_values : bool; with_choice_setting_collection_value_template
    choice_setting_collection_value_template : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationChoiceSettingValueTemplate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingCollectionInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition`, entity type, derived from `microsoft.graph.deviceManagementConfigurationSettingDefinition`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationSettingDefinitionPath`](requests/trait.DeviceManagementConfigurationSettingDefinitionPath.html), what a path to one (`EntityPath<AnyDeviceManagementConfigurationChoiceSettingDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingDefinition {
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
    /// Default option for choice setting
    ///
    /// CSDL: property `defaultOptionId`: `Edm.String`, nullable.
    pub default_option_id: rt::Field<::std::string::String>,
    /// Options for the setting that can be selected
    ///
    /// CSDL: property `options`: `Collection(microsoft.graph.deviceManagementConfigurationOptionDefinition)`, nullable.
    pub options: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationOptionDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationChoiceSettingDefinition {
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
            default_option_id: rt::Field::Absent,
            options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition";
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
        "defaultOptionId",
        "options",
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
        ",\"defaultOptionId\":              ",
        ",\"options\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition\"";
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
        v.field(19usize, "default_option_id", &self.default_option_id);
        v.field(20usize, "options", &self.options);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationChoiceSettingDefinition {
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
            19usize => self.default_option_id.read_from(r),
            20usize => self.options.read_from(r),
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
        w.field(19usize, &self.default_option_id);
        w.field(20usize, &self.options);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingDefinition { with_id id :
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
    ::beta::DeviceManagementConfigurationSettingVisibility >; with_default_option_id
    default_option_id : ::std::string::String; with_options options : ::std::vec::Vec <
    crate ::beta::DeviceManagementConfigurationOptionDefinition >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationChoiceSettingDefinition {
    DeviceManagementConfigurationChoiceSettingDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
        >,
    ),
    DeviceManagementConfigurationChoiceSettingCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AnyDeviceManagementConfigurationChoiceSettingDefinition {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationChoiceSettingDefinition(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
> for AnyDeviceManagementConfigurationChoiceSettingDefinition {
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
    crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
> for AnyDeviceManagementConfigurationChoiceSettingDefinition {
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
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationChoiceSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationChoiceSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyDeviceManagementConfigurationChoiceSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationChoiceSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationChoiceSettingDefinition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationChoiceSettingDefinition {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition";
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
            _ => {
                Self::DeviceManagementConfigurationChoiceSettingDefinition(
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &**v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &**v
            }
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut **v,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut **v
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationChoiceSettingDefinition {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.id,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.id
            }
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut v.id,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.access_types
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.access_types
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.applicability
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.applicability
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.applicability
            }
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.base_uri,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.base_uri
            }
        }
    }
    /// `baseUri` of any variant.
    #[inline]
    pub fn base_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.base_uri
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.base_uri
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.category_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.category_id
            }
        }
    }
    /// `categoryId` of any variant.
    #[inline]
    pub fn category_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.category_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.category_id
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.description
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.description
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.description
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.description
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.display_name
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.display_name
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.display_name
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.display_name
            }
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.help_text,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.help_text
            }
        }
    }
    /// `helpText` of any variant.
    #[inline]
    pub fn help_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.help_text
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.help_text
            }
        }
    }
    /// `infoUrls` of any variant.
    #[inline]
    pub fn info_urls(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.info_urls,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.info_urls
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.info_urls
            }
        }
    }
    /// `keywords` of any variant.
    #[inline]
    pub fn keywords(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.keywords,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.keywords
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.keywords
            }
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.name,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.name
            }
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut v.name,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.occurrence
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.occurrence
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.occurrence
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.offset_uri
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.offset_uri
            }
        }
    }
    /// `offsetUri` of any variant.
    #[inline]
    pub fn offset_uri_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.offset_uri
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.referred_setting_information_list
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.referred_setting_information_list
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.root_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.root_definition_id
            }
        }
    }
    /// `rootDefinitionId` of any variant.
    #[inline]
    pub fn root_definition_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.root_definition_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.setting_usage
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.setting_usage
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.ux_behavior
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.ux_behavior
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.ux_behavior
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.version,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.version
            }
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.version
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.visibility
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
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
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.visibility
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.visibility
            }
        }
    }
    /// `defaultOptionId` of any variant.
    #[inline]
    pub fn default_option_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &v.default_option_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.default_option_id
            }
        }
    }
    /// `defaultOptionId` of any variant.
    #[inline]
    pub fn default_option_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.default_option_id
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.default_option_id
            }
        }
    }
    /// `options` of any variant.
    #[inline]
    pub fn options(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationOptionDefinition>,
    > {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.options,
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.options
            }
        }
    }
    /// `options` of any variant.
    #[inline]
    pub fn options_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationOptionDefinition>,
    > {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                &mut v.options
            }
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.options
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyDeviceManagementConfigurationChoiceSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationChoiceSettingDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting instance within policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingInstance {
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
    /// Choice setting value
    ///
    /// CSDL: property `choiceSettingValue`: `microsoft.graph.deviceManagementConfigurationChoiceSettingValue`, not nullable.
    pub choice_setting_value: rt::Field<
        crate::beta::DeviceManagementConfigurationChoiceSettingValue,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationChoiceSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            choice_setting_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
        "choiceSettingValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
        ",\"choiceSettingValue\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            1usize,
            "setting_instance_template_reference",
            &self.setting_instance_template_reference,
        );
        v.field(2usize, "choice_setting_value", &self.choice_setting_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationChoiceSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            2usize => self.choice_setting_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
        w.field(2usize, &self.choice_setting_value);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingInstance { with_setting_definition_id
    setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference;
    with_choice_setting_value choice_setting_value : crate
    ::beta::DeviceManagementConfigurationChoiceSettingValue; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Choice Setting Instance Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingInstanceTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingInstanceTemplate {
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
    /// Choice Setting Value Template
    ///
    /// CSDL: property `choiceSettingValueTemplate`: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueTemplate`, not nullable.
    pub choice_setting_value_template: rt::Field<
        crate::beta::DeviceManagementConfigurationChoiceSettingValueTemplate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_id: rt::Field::Absent,
            choice_setting_value_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingInstanceTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingInstanceTemplate";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "settingDefinitionId",
        "settingInstanceTemplateId",
        "choiceSettingValueTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateId\":    ",
        ",\"choiceSettingValueTemplate\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingInstanceTemplate\"";
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
            "choice_setting_value_template",
            &self.choice_setting_value_template,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationChoiceSettingInstanceTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.setting_definition_id.read_from(r),
            2usize => self.setting_instance_template_id.read_from(r),
            3usize => self.choice_setting_value_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.setting_definition_id);
        w.field(2usize, &self.setting_instance_template_id);
        w.field(3usize, &self.choice_setting_value_template);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingInstanceTemplate { with_is_required
    is_required : bool; with_setting_definition_id setting_definition_id :
    ::std::string::String; with_setting_instance_template_id setting_instance_template_id
    : ::std::string::String; with_choice_setting_value_template
    choice_setting_value_template : crate
    ::beta::DeviceManagementConfigurationChoiceSettingValueTemplate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Setting value
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingValue`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingValue`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingValue {
    /// Setting value template reference
    ///
    /// CSDL: property `settingValueTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, nullable.
    pub setting_value_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    >,
    /// Child settings.
    ///
    /// CSDL: property `children`: `Collection(microsoft.graph.deviceManagementConfigurationSettingInstance)`, nullable.
    pub children: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConfigurationSettingInstance>,
    >,
    /// Choice setting value: an OptionDefinition ItemId.
    ///
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationChoiceSettingValue {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_reference: rt::Field::Absent,
            children: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingValue";
    const KEYS: &'static [&'static str] = &[
        "settingValueTemplateReference",
        "children",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateReference\":",
        ",\"children\":                     ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "setting_value_template_reference",
            &self.setting_value_template_reference,
        );
        v.field(1usize, "children", &self.children);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationChoiceSettingValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_reference.read_from(r),
            1usize => self.children.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_reference);
        w.field(1usize, &self.children);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementConfigurationChoiceSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingValue {
    with_setting_value_template_reference setting_value_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingValueTemplateReference; with_children
    children : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingInstance >; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// Choice Setting Value Constant Default Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefaultTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate {
    /// Option Children
    ///
    /// CSDL: property `children`: `Collection(microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate)`, nullable.
    pub children: rt::Field<
        ::std::vec::Vec<
            crate::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate,
        >,
    >,
    /// Default Constant Value
    ///
    /// CSDL: property `settingDefinitionOptionId`: `Edm.String`, nullable.
    pub setting_definition_option_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            children: rt::Field::Absent,
            setting_definition_option_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object
for DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate";
    const KEYS: &'static [&'static str] = &["children", "settingDefinitionOptionId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"children\":                     ",
        ",\"settingDefinitionOptionId\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "children", &self.children);
        v.field(
            1usize,
            "setting_definition_option_id",
            &self.setting_definition_option_id,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.children.read_from(r),
            1usize => self.setting_definition_option_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.children);
        w.field(1usize, &self.setting_definition_option_id);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate {
    with_children children : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate >;
    with_setting_definition_option_id setting_definition_option_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Choice Setting Value Default Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefaultTemplate`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefaultTemplate";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefaultTemplate\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefaultTemplate` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    DeviceManagementConfigurationChoiceSettingValueDefaultTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate,
        >,
    ),
    DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate,
> for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate,
> for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin
for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefaultTemplate";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate(
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
            Self::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate(v) => {
                &**v
            }
            Self::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate(
                v,
            ) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationChoiceSettingValueDefaultTemplate(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationChoiceSettingValueConstantDefaultTemplate(
                v,
            ) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate {
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
rt::impl_poly!(AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Choice Setting Value Definition Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefinitionTemplate`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate {
    /// Choice Setting Allowed Options
    ///
    /// CSDL: property `allowedOptions`: `Collection(microsoft.graph.deviceManagementConfigurationOptionDefinitionTemplate)`, not nullable.
    pub allowed_options: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationOptionDefinitionTemplate,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefinitionTemplate";
    const KEYS: &'static [&'static str] = &["allowedOptions"];
    const KEYS_JSON: &'static [&'static str] = &[",\"allowedOptions\":               "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefinitionTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_options", &self.allowed_options);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_options);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate {
    with_allowed_options allowed_options : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationOptionDefinitionTemplate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Choice Setting Value Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueTemplate`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationChoiceSettingValueTemplate {
    /// Choice Setting Value Default Template.
    ///
    /// CSDL: property `defaultValue`: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefaultTemplate`, nullable.
    pub default_value: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate,
    >,
    /// Recommended definition override.
    ///
    /// CSDL: property `recommendedValueDefinition`: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefinitionTemplate`, nullable.
    pub recommended_value_definition: rt::Field<
        crate::beta::DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate,
    >,
    /// Required definition override.
    ///
    /// CSDL: property `requiredValueDefinition`: `microsoft.graph.deviceManagementConfigurationChoiceSettingValueDefinitionTemplate`, nullable.
    pub required_value_definition: rt::Field<
        crate::beta::DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate,
    >,
    /// Setting Value Template Id
    ///
    /// CSDL: property `settingValueTemplateId`: `Edm.String`, not nullable.
    pub setting_value_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationChoiceSettingValueTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            default_value: rt::Field::Absent,
            recommended_value_definition: rt::Field::Absent,
            required_value_definition: rt::Field::Absent,
            setting_value_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationChoiceSettingValueTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationChoiceSettingValueTemplate";
    const KEYS: &'static [&'static str] = &[
        "defaultValue",
        "recommendedValueDefinition",
        "requiredValueDefinition",
        "settingValueTemplateId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultValue\":                 ",
        ",\"recommendedValueDefinition\":   ",
        ",\"requiredValueDefinition\":      ",
        ",\"settingValueTemplateId\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationChoiceSettingValueTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_value", &self.default_value);
        v.field(
            1usize,
            "recommended_value_definition",
            &self.recommended_value_definition,
        );
        v.field(2usize, "required_value_definition", &self.required_value_definition);
        v.field(3usize, "setting_value_template_id", &self.setting_value_template_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationChoiceSettingValueTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_value.read_from(r),
            1usize => self.recommended_value_definition.read_from(r),
            2usize => self.required_value_definition.read_from(r),
            3usize => self.setting_value_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_value);
        w.field(1usize, &self.recommended_value_definition);
        w.field(2usize, &self.required_value_definition);
        w.field(3usize, &self.setting_value_template_id);
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
rt::impl_object!(DeviceManagementConfigurationChoiceSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationChoiceSettingValueTemplate { with_default_value
    default_value : crate
    ::beta::AnyDeviceManagementConfigurationChoiceSettingValueDefaultTemplate;
    with_recommended_value_definition recommended_value_definition : crate
    ::beta::DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate;
    with_required_value_definition required_value_definition : crate
    ::beta::DeviceManagementConfigurationChoiceSettingValueDefinitionTemplate;
    with_setting_value_template_id setting_value_template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationChoiceSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationControlType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationControlType {
    /// `default` (value 0).
    Default,
    /// `dropdown` (value 1).
    Dropdown,
    /// `smallTextBox` (value 2).
    SmallTextBox,
    /// `largeTextBox` (value 3).
    LargeTextBox,
    /// `toggle` (value 4).
    Toggle,
    /// `multiheaderGrid` (value 5).
    MultiheaderGrid,
    /// `contextPane` (value 6).
    ContextPane,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationControlType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationControlType";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "dropdown",
        "smallTextBox",
        "largeTextBox",
        "toggle",
        "multiheaderGrid",
        "contextPane",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "dropdown" => Self::Dropdown,
                "smallTextBox" => Self::SmallTextBox,
                "largeTextBox" => Self::LargeTextBox,
                "toggle" => Self::Toggle,
                "multiheaderGrid" => Self::MultiheaderGrid,
                "contextPane" => Self::ContextPane,
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
            Self::Dropdown => "dropdown",
            Self::SmallTextBox => "smallTextBox",
            Self::LargeTextBox => "largeTextBox",
            Self::Toggle => "toggle",
            Self::MultiheaderGrid => "multiheaderGrid",
            Self::ContextPane => "contextPane",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationControlType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationControlType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationDependentOn`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationDependentOn {
    /// Identifier of parent setting/ parent setting option dependent on
    ///
    /// CSDL: property `dependentOn`: `Edm.String`, nullable.
    pub dependent_on: rt::Field<::std::string::String>,
    /// Identifier of parent setting/ parent setting id dependent on
    ///
    /// CSDL: property `parentSettingId`: `Edm.String`, nullable.
    pub parent_setting_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationDependentOn {
    #[inline]
    fn default() -> Self {
        Self {
            dependent_on: rt::Field::Absent,
            parent_setting_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationDependentOn {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationDependentOn";
    const KEYS: &'static [&'static str] = &["dependentOn", "parentSettingId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dependentOn\":                  ",
        ",\"parentSettingId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationDependentOn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dependent_on", &self.dependent_on);
        v.field(1usize, "parent_setting_id", &self.parent_setting_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationDependentOn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dependent_on.read_from(r),
            1usize => self.parent_setting_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dependent_on);
        w.field(1usize, &self.parent_setting_id);
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
rt::impl_object!(DeviceManagementConfigurationDependentOn);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationDependentOn { with_dependent_on dependent_on :
    ::std::string::String; with_parent_setting_id parent_setting_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationDependentOn);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationDeviceMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementConfigurationDeviceMode {
    /// `none` (value 0).
    None,
    /// `kiosk` (value 1).
    Kiosk,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementConfigurationDeviceMode {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationDeviceMode";
    const MEMBERS: &'static [&'static str] = &["none", "kiosk"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "kiosk" => Self::Kiosk,
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
            Self::Kiosk => "kiosk",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementConfigurationDeviceMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationDeviceMode);
#[cfg(msgraph_beta_device_management_or_search)]
/// Instance of a GroupSettingCollection
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationGroupSettingCollectionInstance {
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
    /// A collection of GroupSetting values
    ///
    /// CSDL: property `groupSettingCollectionValue`: `Collection(microsoft.graph.deviceManagementConfigurationGroupSettingValue)`, not nullable.
    pub group_setting_collection_value: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationGroupSettingValue>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationGroupSettingCollectionInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            group_setting_collection_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationGroupSettingCollectionInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
        "groupSettingCollectionValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
        ",\"groupSettingCollectionValue\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance\"";
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
            "group_setting_collection_value",
            &self.group_setting_collection_value,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationGroupSettingCollectionInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            2usize => self.group_setting_collection_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
        w.field(2usize, &self.group_setting_collection_value);
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
rt::impl_object!(DeviceManagementConfigurationGroupSettingCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationGroupSettingCollectionInstance {
    with_setting_definition_id setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference;
    with_group_setting_collection_value group_setting_collection_value : ::std::vec::Vec
    < crate ::beta::DeviceManagementConfigurationGroupSettingValue >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationGroupSettingCollectionInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Group Setting Collection Instance Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstanceTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate {
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
    /// Group Setting Collection Value Template
    ///
    /// CSDL: property `groupSettingCollectionValueTemplate`: `Collection(microsoft.graph.deviceManagementConfigurationGroupSettingValueTemplate)`, not nullable.
    pub group_setting_collection_value_template: rt::Field<
        ::std::vec::Vec<
            crate::beta::DeviceManagementConfigurationGroupSettingValueTemplate,
        >,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_id: rt::Field::Absent,
            allow_unmanaged_values: rt::Field::Absent,
            group_setting_collection_value_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstanceTemplate";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "settingDefinitionId",
        "settingInstanceTemplateId",
        "allowUnmanagedValues",
        "groupSettingCollectionValueTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateId\":    ",
        ",\"allowUnmanagedValues\":         ",
        ",\"groupSettingCollectionValueTemplate\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstanceTemplate\"";
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
            "group_setting_collection_value_template",
            &self.group_setting_collection_value_template,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.setting_definition_id.read_from(r),
            2usize => self.setting_instance_template_id.read_from(r),
            3usize => self.allow_unmanaged_values.read_from(r),
            4usize => self.group_setting_collection_value_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.setting_definition_id);
        w.field(2usize, &self.setting_instance_template_id);
        w.field(3usize, &self.allow_unmanaged_values);
        w.field(4usize, &self.group_setting_collection_value_template);
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
rt::impl_object!(DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate {
    with_is_required is_required : bool; with_setting_definition_id setting_definition_id
    : ::std::string::String; with_setting_instance_template_id
    setting_instance_template_id : ::std::string::String; with_allow_unmanaged_values
    allow_unmanaged_values : bool; with_group_setting_collection_value_template
    group_setting_collection_value_template : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationGroupSettingValueTemplate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationGroupSettingCollectionInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Instance of a GroupSetting
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationGroupSettingInstance`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstance`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationGroupSettingInstance {
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
    /// GroupSetting value
    ///
    /// CSDL: property `groupSettingValue`: `microsoft.graph.deviceManagementConfigurationGroupSettingValue`, not nullable.
    pub group_setting_value: rt::Field<
        crate::beta::DeviceManagementConfigurationGroupSettingValue,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationGroupSettingInstance {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_reference: rt::Field::Absent,
            group_setting_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationGroupSettingInstance {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationGroupSettingInstance";
    const KEYS: &'static [&'static str] = &[
        "settingDefinitionId",
        "settingInstanceTemplateReference",
        "groupSettingValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateReference\":",
        ",\"groupSettingValue\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationGroupSettingInstance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
        v.field(
            1usize,
            "setting_instance_template_reference",
            &self.setting_instance_template_reference,
        );
        v.field(2usize, "group_setting_value", &self.group_setting_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationGroupSettingInstance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            1usize => self.setting_instance_template_reference.read_from(r),
            2usize => self.group_setting_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
        w.field(1usize, &self.setting_instance_template_reference);
        w.field(2usize, &self.group_setting_value);
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
rt::impl_object!(DeviceManagementConfigurationGroupSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationGroupSettingInstance { with_setting_definition_id
    setting_definition_id : ::std::string::String;
    with_setting_instance_template_reference setting_instance_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingInstanceTemplateReference;
    with_group_setting_value group_setting_value : crate
    ::beta::DeviceManagementConfigurationGroupSettingValue; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationGroupSettingInstance);
#[cfg(msgraph_beta_device_management_or_search)]
/// Group Setting Instance Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationGroupSettingInstanceTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationGroupSettingInstanceTemplate {
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
    /// Group Setting Value Template
    ///
    /// CSDL: property `groupSettingValueTemplate`: `microsoft.graph.deviceManagementConfigurationGroupSettingValueTemplate`, not nullable.
    pub group_setting_value_template: rt::Field<
        crate::beta::DeviceManagementConfigurationGroupSettingValueTemplate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationGroupSettingInstanceTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance_template_id: rt::Field::Absent,
            group_setting_value_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationGroupSettingInstanceTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationGroupSettingInstanceTemplate";
    const KEYS: &'static [&'static str] = &[
        "isRequired",
        "settingDefinitionId",
        "settingInstanceTemplateId",
        "groupSettingValueTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstanceTemplateId\":    ",
        ",\"groupSettingValueTemplate\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationGroupSettingInstanceTemplate\"";
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
            "group_setting_value_template",
            &self.group_setting_value_template,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationGroupSettingInstanceTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.setting_definition_id.read_from(r),
            2usize => self.setting_instance_template_id.read_from(r),
            3usize => self.group_setting_value_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.setting_definition_id);
        w.field(2usize, &self.setting_instance_template_id);
        w.field(3usize, &self.group_setting_value_template);
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
rt::impl_object!(DeviceManagementConfigurationGroupSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationGroupSettingInstanceTemplate { with_is_required
    is_required : bool; with_setting_definition_id setting_definition_id :
    ::std::string::String; with_setting_instance_template_id setting_instance_template_id
    : ::std::string::String; with_group_setting_value_template
    group_setting_value_template : crate
    ::beta::DeviceManagementConfigurationGroupSettingValueTemplate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationGroupSettingInstanceTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Value of the GroupSetting
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationGroupSettingValue`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingValue`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationGroupSettingValue {
    /// Setting value template reference
    ///
    /// CSDL: property `settingValueTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, nullable.
    pub setting_value_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    >,
    /// Collection of child setting instances contained within this GroupSetting
    ///
    /// CSDL: property `children`: `Collection(microsoft.graph.deviceManagementConfigurationSettingInstance)`, nullable.
    pub children: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceManagementConfigurationSettingInstance>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationGroupSettingValue {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_reference: rt::Field::Absent,
            children: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationGroupSettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationGroupSettingValue";
    const KEYS: &'static [&'static str] = &["settingValueTemplateReference", "children"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateReference\":",
        ",\"children\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationGroupSettingValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "setting_value_template_reference",
            &self.setting_value_template_reference,
        );
        v.field(1usize, "children", &self.children);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationGroupSettingValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_reference.read_from(r),
            1usize => self.children.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_reference);
        w.field(1usize, &self.children);
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
rt::impl_object!(DeviceManagementConfigurationGroupSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationGroupSettingValue {
    with_setting_value_template_reference setting_value_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingValueTemplateReference; with_children
    children : ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingInstance >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationGroupSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// Group Setting Value Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationGroupSettingValueTemplate`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationGroupSettingValueTemplate {
    /// Group setting value children
    ///
    /// CSDL: property `children`: `Collection(microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate)`, not nullable.
    pub children: rt::Field<
        ::std::vec::Vec<
            crate::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate,
        >,
    >,
    /// Setting Value Template Id
    ///
    /// CSDL: property `settingValueTemplateId`: `Edm.String`, not nullable.
    pub setting_value_template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationGroupSettingValueTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            children: rt::Field::Absent,
            setting_value_template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationGroupSettingValueTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationGroupSettingValueTemplate";
    const KEYS: &'static [&'static str] = &["children", "settingValueTemplateId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"children\":                     ",
        ",\"settingValueTemplateId\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationGroupSettingValueTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "children", &self.children);
        v.field(1usize, "setting_value_template_id", &self.setting_value_template_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationGroupSettingValueTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.children.read_from(r),
            1usize => self.setting_value_template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.children);
        w.field(1usize, &self.setting_value_template_id);
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
rt::impl_object!(DeviceManagementConfigurationGroupSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationGroupSettingValueTemplate { with_children children :
    ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate >;
    with_setting_value_template_id setting_value_template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationGroupSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Simple setting value
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationIntegerSettingValue`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSimpleSettingValue`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationIntegerSettingValue {
    /// Setting value template reference
    ///
    /// CSDL: property `settingValueTemplateReference`: `microsoft.graph.deviceManagementConfigurationSettingValueTemplateReference`, nullable.
    pub setting_value_template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationSettingValueTemplateReference,
    >,
    /// Value of the integer setting.
    ///
    /// CSDL: property `value`: `Edm.Int32`, not nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationIntegerSettingValue {
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
impl rt::Object for DeviceManagementConfigurationIntegerSettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationIntegerSettingValue";
    const KEYS: &'static [&'static str] = &["settingValueTemplateReference", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateReference\":",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValue\"";
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
impl rt::object::Members for DeviceManagementConfigurationIntegerSettingValue {
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
rt::impl_object!(DeviceManagementConfigurationIntegerSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationIntegerSettingValue {
    with_setting_value_template_reference setting_value_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingValueTemplateReference; with_value value
    : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationIntegerSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// Integer Setting Value Constant Default Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefaultTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate {
    /// Default Constant Value. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `constantValue`: `Edm.Int32`, not nullable.
    pub constant_value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate {
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
for DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate";
    const KEYS: &'static [&'static str] = &["constantValue"];
    const KEYS_JSON: &'static [&'static str] = &[",\"constantValue\":                "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "constant_value", &self.constant_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate {
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
rt::impl_object!(
    DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate
);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate {
    with_constant_value constant_value : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Integer Setting Value Default Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefaultTemplate`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefaultTemplate";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefaultTemplate\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
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
rt::impl_object!(DeviceManagementConfigurationIntegerSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationIntegerSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefaultTemplate` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    DeviceManagementConfigurationIntegerSettingValueDefaultTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate,
        >,
    ),
    DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate,
        >,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate(
            ::std::default::Default::default(),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate,
> for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate,
> for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate,
    ) -> Self {
        Self::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send
for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync
for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin
for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe
for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe
for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate,
    >();
    rt::object::auto_traits::<
        crate::beta::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefaultTemplate";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate",
            ) => {
                Self::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate(
                    rt::object::new_boxed(),
                )
            }
            _ => {
                Self::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate(
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
            Self::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate(v) => {
                &**v
            }
            Self::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate(
                v,
            ) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementConfigurationIntegerSettingValueDefaultTemplate(v) => {
                &mut **v
            }
            Self::DeviceManagementConfigurationIntegerSettingValueConstantDefaultTemplate(
                v,
            ) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate {
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
rt::impl_poly!(AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinition`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSettingValueDefinition`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationIntegerSettingValueDefinition {
    /// Maximum allowed value of the integer
    ///
    /// CSDL: property `maximumValue`: `Edm.Int64`, nullable.
    pub maximum_value: rt::Field<i64>,
    /// Minimum allowed value of the integer
    ///
    /// CSDL: property `minimumValue`: `Edm.Int64`, nullable.
    pub minimum_value: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationIntegerSettingValueDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_value: rt::Field::Absent,
            minimum_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationIntegerSettingValueDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinition";
    const KEYS: &'static [&'static str] = &["maximumValue", "minimumValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumValue\":                 ",
        ",\"minimumValue\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "maximum_value", &self.maximum_value);
        v.field(1usize, "minimum_value", &self.minimum_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationIntegerSettingValueDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_value.read_from(r),
            1usize => self.minimum_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_value);
        w.field(1usize, &self.minimum_value);
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
rt::impl_object!(DeviceManagementConfigurationIntegerSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationIntegerSettingValueDefinition { with_maximum_value
    maximum_value : i64; with_minimum_value minimum_value : i64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationIntegerSettingValueDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Integer Setting Value Definition Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinitionTemplate`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate {
    /// Integer Setting Maximum Value. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `maxValue`: `Edm.Int32`, not nullable.
    pub max_value: rt::Field<i32>,
    /// Integer Setting Minimum Value. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `minValue`: `Edm.Int32`, not nullable.
    pub min_value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            max_value: rt::Field::Absent,
            min_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinitionTemplate";
    const KEYS: &'static [&'static str] = &["maxValue", "minValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maxValue\":                     ",
        ",\"minValue\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinitionTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "max_value", &self.max_value);
        v.field(1usize, "min_value", &self.min_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members
for DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.max_value.read_from(r),
            1usize => self.min_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.max_value);
        w.field(1usize, &self.min_value);
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
rt::impl_object!(DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate { with_max_value
    max_value : i32; with_min_value min_value : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Integer Setting Value Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueTemplate`, complex type, derived from `microsoft.graph.deviceManagementConfigurationSimpleSettingValueTemplate`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationIntegerSettingValueTemplate {
    /// Setting Value Template Id
    ///
    /// CSDL: property `settingValueTemplateId`: `Edm.String`, not nullable.
    pub setting_value_template_id: rt::Field<::std::string::String>,
    /// Integer Setting Value Default Template.
    ///
    /// CSDL: property `defaultValue`: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefaultTemplate`, nullable.
    pub default_value: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate,
    >,
    /// Recommended value definition.
    ///
    /// CSDL: property `recommendedValueDefinition`: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinitionTemplate`, nullable.
    pub recommended_value_definition: rt::Field<
        crate::beta::DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate,
    >,
    /// Required value definition.
    ///
    /// CSDL: property `requiredValueDefinition`: `microsoft.graph.deviceManagementConfigurationIntegerSettingValueDefinitionTemplate`, nullable.
    pub required_value_definition: rt::Field<
        crate::beta::DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationIntegerSettingValueTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_id: rt::Field::Absent,
            default_value: rt::Field::Absent,
            recommended_value_definition: rt::Field::Absent,
            required_value_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationIntegerSettingValueTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationIntegerSettingValueTemplate";
    const KEYS: &'static [&'static str] = &[
        "settingValueTemplateId",
        "defaultValue",
        "recommendedValueDefinition",
        "requiredValueDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateId\":       ",
        ",\"defaultValue\":                 ",
        ",\"recommendedValueDefinition\":   ",
        ",\"requiredValueDefinition\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationIntegerSettingValueTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_value_template_id", &self.setting_value_template_id);
        v.field(1usize, "default_value", &self.default_value);
        v.field(
            2usize,
            "recommended_value_definition",
            &self.recommended_value_definition,
        );
        v.field(3usize, "required_value_definition", &self.required_value_definition);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationIntegerSettingValueTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_id.read_from(r),
            1usize => self.default_value.read_from(r),
            2usize => self.recommended_value_definition.read_from(r),
            3usize => self.required_value_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_id);
        w.field(1usize, &self.default_value);
        w.field(2usize, &self.recommended_value_definition);
        w.field(3usize, &self.required_value_definition);
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
rt::impl_object!(DeviceManagementConfigurationIntegerSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationIntegerSettingValueTemplate {
    with_setting_value_template_id setting_value_template_id : ::std::string::String;
    with_default_value default_value : crate
    ::beta::AnyDeviceManagementConfigurationIntegerSettingValueDefaultTemplate;
    with_recommended_value_definition recommended_value_definition : crate
    ::beta::DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate;
    with_required_value_definition required_value_definition : crate
    ::beta::DeviceManagementConfigurationIntegerSettingValueDefinitionTemplate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationIntegerSettingValueTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementConfigurationOptionDefinition`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationOptionDefinition {
    /// List of Settings that depends on this option
    ///
    /// CSDL: property `dependedOnBy`: `Collection(microsoft.graph.deviceManagementConfigurationSettingDependedOnBy)`, nullable.
    pub depended_on_by: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingDependedOnBy>,
    >,
    /// List of dependent settings for this option
    ///
    /// CSDL: property `dependentOn`: `Collection(microsoft.graph.deviceManagementConfigurationDependentOn)`, nullable.
    pub dependent_on: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationDependentOn>,
    >,
    /// Description of the option
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Friendly name of the option
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Help text of the option
    ///
    /// CSDL: property `helpText`: `Edm.String`, nullable.
    pub help_text: rt::Field<::std::string::String>,
    /// Identifier of option
    ///
    /// CSDL: property `itemId`: `Edm.String`, nullable.
    pub item_id: rt::Field<::std::string::String>,
    /// Name of the option
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Value of the option
    ///
    /// CSDL: property `optionValue`: `microsoft.graph.deviceManagementConfigurationSettingValue`, nullable.
    pub option_value: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingValue,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationOptionDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            depended_on_by: rt::Field::Absent,
            dependent_on: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            help_text: rt::Field::Absent,
            item_id: rt::Field::Absent,
            name: rt::Field::Absent,
            option_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationOptionDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationOptionDefinition";
    const KEYS: &'static [&'static str] = &[
        "dependedOnBy",
        "dependentOn",
        "description",
        "displayName",
        "helpText",
        "itemId",
        "name",
        "optionValue",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dependedOnBy\":                 ",
        ",\"dependentOn\":                  ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"helpText\":                     ",
        ",\"itemId\":                       ",
        ",\"name\":                         ",
        ",\"optionValue\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationOptionDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "depended_on_by", &self.depended_on_by);
        v.field(1usize, "dependent_on", &self.dependent_on);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "help_text", &self.help_text);
        v.field(5usize, "item_id", &self.item_id);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "option_value", &self.option_value);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationOptionDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.depended_on_by.read_from(r),
            1usize => self.dependent_on.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.help_text.read_from(r),
            5usize => self.item_id.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.option_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.depended_on_by);
        w.field(1usize, &self.dependent_on);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.help_text);
        w.field(5usize, &self.item_id);
        w.field(6usize, &self.name);
        w.field(7usize, &self.option_value);
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
rt::impl_object!(DeviceManagementConfigurationOptionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationOptionDefinition { with_depended_on_by depended_on_by :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationSettingDependedOnBy >;
    with_dependent_on dependent_on : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationDependentOn >; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_help_text help_text : ::std::string::String; with_item_id item_id :
    ::std::string::String; with_name name : ::std::string::String; with_option_value
    option_value : crate ::beta::AnyDeviceManagementConfigurationSettingValue; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationOptionDefinition);
#[cfg(msgraph_beta_device_management_or_search)]
/// Option Definition Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationOptionDefinitionTemplate`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationOptionDefinitionTemplate {
    /// Option Children
    ///
    /// CSDL: property `children`: `Collection(microsoft.graph.deviceManagementConfigurationSettingInstanceTemplate)`, nullable.
    pub children: rt::Field<
        ::std::vec::Vec<
            crate::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate,
        >,
    >,
    /// Option ItemId
    ///
    /// CSDL: property `itemId`: `Edm.String`, nullable.
    pub item_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationOptionDefinitionTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            children: rt::Field::Absent,
            item_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationOptionDefinitionTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationOptionDefinitionTemplate";
    const KEYS: &'static [&'static str] = &["children", "itemId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"children\":                     ",
        ",\"itemId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationOptionDefinitionTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "children", &self.children);
        v.field(1usize, "item_id", &self.item_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationOptionDefinitionTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.children.read_from(r),
            1usize => self.item_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.children);
        w.field(1usize, &self.item_id);
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
rt::impl_object!(DeviceManagementConfigurationOptionDefinitionTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationOptionDefinitionTemplate { with_children children :
    ::std::vec::Vec < crate
    ::beta::AnyDeviceManagementConfigurationSettingInstanceTemplate >; with_item_id
    item_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationOptionDefinitionTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Management Configuration Policy
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationPolicyPath`](requests/trait.DeviceManagementConfigurationPolicyPath.html), what a path to one (`EntityPath<DeviceManagementConfigurationPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Policy creation date and time. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Policy creation source
    ///
    /// CSDL: property `creationSource`: `Edm.String`, nullable.
    pub creation_source: rt::Field<::std::string::String>,
    /// Policy description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy assignment status. This property is read-only.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// Policy last modification date and time. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Policy name
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Platforms for this policy
    ///
    /// CSDL: property `platforms`: `microsoft.graph.deviceManagementConfigurationPlatforms`, not nullable.
    pub platforms: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>,
    >,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Number of settings. This property is read-only.
    ///
    /// CSDL: property `settingCount`: `Edm.Int32`, not nullable.
    pub setting_count: rt::Field<i32>,
    /// Technologies for this policy
    ///
    /// CSDL: property `technologies`: `microsoft.graph.deviceManagementConfigurationTechnologies`, not nullable.
    pub technologies: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>,
    >,
    /// Template reference information
    ///
    /// CSDL: property `templateReference`: `microsoft.graph.deviceManagementConfigurationPolicyTemplateReference`, nullable.
    pub template_reference: rt::Field<
        crate::beta::DeviceManagementConfigurationPolicyTemplateReference,
    >,
    /// Policy assignments
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceManagementConfigurationPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationPolicyAssignment>,
    >,
    /// Policy settings
    ///
    /// CSDL: containment navigation property `settings`: `Collection(microsoft.graph.deviceManagementConfigurationSetting)`, not nullable.
    pub settings: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSetting>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_source: rt::Field::Absent,
            description: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            platforms: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            setting_count: rt::Field::Absent,
            technologies: rt::Field::Absent,
            template_reference: rt::Field::Absent,
            assignments: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "creationSource",
        "description",
        "isAssigned",
        "lastModifiedDateTime",
        "name",
        "platforms",
        "roleScopeTagIds",
        "settingCount",
        "technologies",
        "templateReference",
        "assignments",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"creationSource\":               ",
        ",\"description\":                  ",
        ",\"isAssigned\":                   ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"platforms\":                    ",
        ",\"roleScopeTagIds\":              ",
        ",\"settingCount\":                 ",
        ",\"technologies\":                 ",
        ",\"templateReference\":            ",
        ",\"assignments\":                  ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "creation_source", &self.creation_source);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "is_assigned", &self.is_assigned);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "platforms", &self.platforms);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "setting_count", &self.setting_count);
        v.field(10usize, "technologies", &self.technologies);
        v.field(11usize, "template_reference", &self.template_reference);
        v.field(12usize, "assignments", &self.assignments);
        v.field(13usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.creation_source.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.is_assigned.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.platforms.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.setting_count.read_from(r),
            10usize => self.technologies.read_from(r),
            11usize => self.template_reference.read_from(r),
            12usize => self.assignments.read_from(r),
            13usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.creation_source);
        w.field(3usize, &self.description);
        w.field(4usize, &self.is_assigned);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.name);
        w.field(7usize, &self.platforms);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.setting_count);
        w.field(10usize, &self.technologies);
        w.field(11usize, &self.template_reference);
        w.field(12usize, &self.assignments);
        w.field(13usize, &self.settings);
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
rt::impl_object!(DeviceManagementConfigurationPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationPolicy { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_creation_source creation_source : ::std::string::String; with_description
    description : ::std::string::String; with_is_assigned is_assigned : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_name name : ::std::string::String; with_platforms platforms : rt::Flags < crate
    ::beta::DeviceManagementConfigurationPlatforms >; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_setting_count
    setting_count : i32; with_technologies technologies : rt::Flags < crate
    ::beta::DeviceManagementConfigurationTechnologies >; with_template_reference
    template_reference : crate
    ::beta::DeviceManagementConfigurationPolicyTemplateReference; with_assignments
    assignments : ::std::vec::Vec < crate
    ::beta::DeviceManagementConfigurationPolicyAssignment >; with_settings settings :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationSetting >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// The DeviceManagementConfigurationPolicyAssignment entity assigns a specific DeviceManagementConfigurationPolicy to an AAD group.
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationPolicyAssignmentPath`](requests/trait.DeviceManagementConfigurationPolicyAssignmentPath.html), what a path to one (`EntityPath<DeviceManagementConfigurationPolicyAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationPolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The assignment target for the DeviceManagementConfigurationPolicy.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationPolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationPolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationPolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationPolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationPolicyAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
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
rt::impl_object!(DeviceManagementConfigurationPolicyAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationPolicyAssignment { with_id id : ::std::string::String;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationPolicyAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Management Configuration Policy Template
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationPolicyTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementConfigurationPolicyTemplatePath`](requests/trait.DeviceManagementConfigurationPolicyTemplatePath.html), what a path to one (`EntityPath<DeviceManagementConfigurationPolicyTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationPolicyTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Allow unmanaged setting templates
    ///
    /// CSDL: property `allowUnmanagedSettings`: `Edm.Boolean`, not nullable.
    pub allow_unmanaged_settings: rt::Field<bool>,
    /// Template base identifier
    ///
    /// CSDL: property `baseId`: `Edm.String`, nullable.
    pub base_id: rt::Field<::std::string::String>,
    /// Template description
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Template display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Description of template version
    ///
    /// CSDL: property `displayVersion`: `Edm.String`, nullable.
    pub display_version: rt::Field<::std::string::String>,
    /// Indicate current lifecycle state of template
    ///
    /// CSDL: property `lifecycleState`: `microsoft.graph.deviceManagementTemplateLifecycleState`, not nullable.
    pub lifecycle_state: rt::Field<crate::beta::DeviceManagementTemplateLifecycleState>,
    /// Platforms for this template
    ///
    /// CSDL: property `platforms`: `microsoft.graph.deviceManagementConfigurationPlatforms`, not nullable.
    pub platforms: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationPlatforms>,
    >,
    /// Number of setting templates. Valid values 0 to 2147483647. This property is read-only.
    ///
    /// CSDL: property `settingTemplateCount`: `Edm.Int32`, not nullable.
    pub setting_template_count: rt::Field<i32>,
    /// Technologies for this template
    ///
    /// CSDL: property `technologies`: `microsoft.graph.deviceManagementConfigurationTechnologies`, not nullable.
    pub technologies: rt::Field<
        rt::Flags<crate::beta::DeviceManagementConfigurationTechnologies>,
    >,
    /// TemplateFamily for this template
    ///
    /// CSDL: property `templateFamily`: `microsoft.graph.deviceManagementConfigurationTemplateFamily`, not nullable.
    pub template_family: rt::Field<
        crate::beta::DeviceManagementConfigurationTemplateFamily,
    >,
    /// Template version. Valid values 1 to 2147483647. This property is read-only.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// Setting templates
    ///
    /// CSDL: containment navigation property `settingTemplates`: `Collection(microsoft.graph.deviceManagementConfigurationSettingTemplate)`, not nullable.
    pub setting_templates: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationSettingTemplate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationPolicyTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_unmanaged_settings: rt::Field::Absent,
            base_id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            display_version: rt::Field::Absent,
            lifecycle_state: rt::Field::Absent,
            platforms: rt::Field::Absent,
            setting_template_count: rt::Field::Absent,
            technologies: rt::Field::Absent,
            template_family: rt::Field::Absent,
            version: rt::Field::Absent,
            setting_templates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationPolicyTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationPolicyTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowUnmanagedSettings",
        "baseId",
        "description",
        "displayName",
        "displayVersion",
        "lifecycleState",
        "platforms",
        "settingTemplateCount",
        "technologies",
        "templateFamily",
        "version",
        "settingTemplates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowUnmanagedSettings\":       ",
        ",\"baseId\":                       ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"displayVersion\":               ",
        ",\"lifecycleState\":               ",
        ",\"platforms\":                    ",
        ",\"settingTemplateCount\":         ",
        ",\"technologies\":                 ",
        ",\"templateFamily\":               ",
        ",\"version\":                      ",
        ",\"settingTemplates\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationPolicyTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allow_unmanaged_settings", &self.allow_unmanaged_settings);
        v.field(2usize, "base_id", &self.base_id);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "display_version", &self.display_version);
        v.field(6usize, "lifecycle_state", &self.lifecycle_state);
        v.field(7usize, "platforms", &self.platforms);
        v.field(8usize, "setting_template_count", &self.setting_template_count);
        v.field(9usize, "technologies", &self.technologies);
        v.field(10usize, "template_family", &self.template_family);
        v.field(11usize, "version", &self.version);
        v.field(12usize, "setting_templates", &self.setting_templates);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationPolicyTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_unmanaged_settings.read_from(r),
            2usize => self.base_id.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.display_version.read_from(r),
            6usize => self.lifecycle_state.read_from(r),
            7usize => self.platforms.read_from(r),
            8usize => self.setting_template_count.read_from(r),
            9usize => self.technologies.read_from(r),
            10usize => self.template_family.read_from(r),
            11usize => self.version.read_from(r),
            12usize => self.setting_templates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_unmanaged_settings);
        w.field(2usize, &self.base_id);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.display_version);
        w.field(6usize, &self.lifecycle_state);
        w.field(7usize, &self.platforms);
        w.field(8usize, &self.setting_template_count);
        w.field(9usize, &self.technologies);
        w.field(10usize, &self.template_family);
        w.field(11usize, &self.version);
        w.field(12usize, &self.setting_templates);
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
rt::impl_object!(DeviceManagementConfigurationPolicyTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationPolicyTemplate { with_id id : ::std::string::String;
    with_allow_unmanaged_settings allow_unmanaged_settings : bool; with_base_id base_id :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_display_version
    display_version : ::std::string::String; with_lifecycle_state lifecycle_state : crate
    ::beta::DeviceManagementTemplateLifecycleState; with_platforms platforms : rt::Flags
    < crate ::beta::DeviceManagementConfigurationPlatforms >; with_setting_template_count
    setting_template_count : i32; with_technologies technologies : rt::Flags < crate
    ::beta::DeviceManagementConfigurationTechnologies >; with_template_family
    template_family : crate ::beta::DeviceManagementConfigurationTemplateFamily;
    with_version version : i32; with_setting_templates setting_templates :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationSettingTemplate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationPolicyTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// Policy template reference information
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationPolicyTemplateReference`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationPolicyTemplateReference {
    /// Template Display Name of the referenced template. This property is read-only.
    ///
    /// CSDL: property `templateDisplayName`: `Edm.String`, nullable.
    pub template_display_name: rt::Field<::std::string::String>,
    /// Template Display Version of the referenced Template. This property is read-only.
    ///
    /// CSDL: property `templateDisplayVersion`: `Edm.String`, nullable.
    pub template_display_version: rt::Field<::std::string::String>,
    /// Template Family of the referenced Template. This property is read-only.
    ///
    /// CSDL: property `templateFamily`: `microsoft.graph.deviceManagementConfigurationTemplateFamily`, not nullable.
    pub template_family: rt::Field<
        crate::beta::DeviceManagementConfigurationTemplateFamily,
    >,
    /// Template id
    ///
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationPolicyTemplateReference {
    #[inline]
    fn default() -> Self {
        Self {
            template_display_name: rt::Field::Absent,
            template_display_version: rt::Field::Absent,
            template_family: rt::Field::Absent,
            template_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationPolicyTemplateReference {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationPolicyTemplateReference";
    const KEYS: &'static [&'static str] = &[
        "templateDisplayName",
        "templateDisplayVersion",
        "templateFamily",
        "templateId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"templateDisplayName\":          ",
        ",\"templateDisplayVersion\":       ",
        ",\"templateFamily\":               ",
        ",\"templateId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationPolicyTemplateReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "template_display_name", &self.template_display_name);
        v.field(1usize, "template_display_version", &self.template_display_version);
        v.field(2usize, "template_family", &self.template_family);
        v.field(3usize, "template_id", &self.template_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationPolicyTemplateReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.template_display_name.read_from(r),
            1usize => self.template_display_version.read_from(r),
            2usize => self.template_family.read_from(r),
            3usize => self.template_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.template_display_name);
        w.field(1usize, &self.template_display_version);
        w.field(2usize, &self.template_family);
        w.field(3usize, &self.template_id);
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
rt::impl_object!(DeviceManagementConfigurationPolicyTemplateReference);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationPolicyTemplateReference { with_template_display_name
    template_display_name : ::std::string::String; with_template_display_version
    template_display_version : ::std::string::String; with_template_family
    template_family : crate ::beta::DeviceManagementConfigurationTemplateFamily;
    with_template_id template_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationPolicyTemplateReference);
#[cfg(msgraph_beta_device_management_or_search)]
/// Model for ReferenceSettingValue
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationReferenceSettingValue`, complex type, derived from `microsoft.graph.deviceManagementConfigurationStringSettingValue`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationReferenceSettingValue {
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
    /// A note that admin can use to put some contextual information
    ///
    /// CSDL: property `note`: `Edm.String`, nullable.
    pub note: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementConfigurationReferenceSettingValue {
    #[inline]
    fn default() -> Self {
        Self {
            setting_value_template_reference: rt::Field::Absent,
            value: rt::Field::Absent,
            note: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationReferenceSettingValue {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationReferenceSettingValue";
    const KEYS: &'static [&'static str] = &[
        "settingValueTemplateReference",
        "value",
        "note",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settingValueTemplateReference\":",
        ",\"value\":                        ",
        ",\"note\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationReferenceSettingValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "setting_value_template_reference",
            &self.setting_value_template_reference,
        );
        v.field(1usize, "value", &self.value);
        v.field(2usize, "note", &self.note);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationReferenceSettingValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_value_template_reference.read_from(r),
            1usize => self.value.read_from(r),
            2usize => self.note.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_value_template_reference);
        w.field(1usize, &self.value);
        w.field(2usize, &self.note);
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
rt::impl_object!(DeviceManagementConfigurationReferenceSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationReferenceSettingValue {
    with_setting_value_template_reference setting_value_template_reference : crate
    ::beta::DeviceManagementConfigurationSettingValueTemplateReference; with_value value
    : ::std::string::String; with_note note : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationReferenceSettingValue);
#[cfg(msgraph_beta_device_management_or_search)]
/// Referred setting information about reusable setting
///
/// CSDL: `microsoft.graph.deviceManagementConfigurationReferredSettingInformation`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementConfigurationReferredSettingInformation {
    /// Setting definition id that is being referred to a setting. Applicable for reusable setting
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for DeviceManagementConfigurationReferredSettingInformation {
    #[inline]
    fn default() -> Self {
        Self {
            setting_definition_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementConfigurationReferredSettingInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementConfigurationReferredSettingInformation";
    const KEYS: &'static [&'static str] = &["settingDefinitionId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"settingDefinitionId\":          "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementConfigurationReferredSettingInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "setting_definition_id", &self.setting_definition_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementConfigurationReferredSettingInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.setting_definition_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.setting_definition_id);
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
rt::impl_object!(DeviceManagementConfigurationReferredSettingInformation);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementConfigurationReferredSettingInformation { with_setting_definition_id
    setting_definition_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementConfigurationReferredSettingInformation);
