//! Types of `microsoft.graph` by the first letters of their names (`co_cu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.ComplexExtensionValue`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ComplexExtensionValue {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ComplexExtensionValue {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ComplexExtensionValue {
    const TYPE_NAME: &'static str = "microsoft.graph.ComplexExtensionValue";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.ComplexExtensionValue\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ComplexExtensionValue {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ComplexExtensionValue);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplexExtensionValue);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.CopyNotebookModel`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CopyNotebookModel {
    /// CSDL: property `createdBy`: `Edm.String`, nullable.
    pub created_by: rt::Field<::std::string::String>,
    /// CSDL: property `createdByIdentity`: `microsoft.graph.identitySet`, nullable.
    pub created_by_identity: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdTime`: `Edm.DateTimeOffset`, nullable.
    pub created_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `Edm.String`, nullable.
    pub last_modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedByIdentity`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by_identity: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `links`: `microsoft.graph.notebookLinks`, nullable.
    pub links: rt::Field<crate::beta::NotebookLinks>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `sectionGroupsUrl`: `Edm.String`, nullable.
    pub section_groups_url: rt::Field<::std::string::String>,
    /// CSDL: property `sectionsUrl`: `Edm.String`, nullable.
    pub sections_url: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `userRole`: `microsoft.graph.onenoteUserRole`, nullable.
    pub user_role: rt::Field<crate::beta::OnenoteUserRole>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for CopyNotebookModel {
    #[inline]
    fn default() -> Self {
        Self {
            created_by: rt::Field::Absent,
            created_by_identity: rt::Field::Absent,
            created_time: rt::Field::Absent,
            id: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_by_identity: rt::Field::Absent,
            last_modified_time: rt::Field::Absent,
            links: rt::Field::Absent,
            name: rt::Field::Absent,
            section_groups_url: rt::Field::Absent,
            sections_url: rt::Field::Absent,
            self_: rt::Field::Absent,
            user_role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for CopyNotebookModel {
    const TYPE_NAME: &'static str = "microsoft.graph.CopyNotebookModel";
    const KEYS: &'static [&'static str] = &[
        "createdBy",
        "createdByIdentity",
        "createdTime",
        "id",
        "isDefault",
        "isShared",
        "lastModifiedBy",
        "lastModifiedByIdentity",
        "lastModifiedTime",
        "links",
        "name",
        "sectionGroupsUrl",
        "sectionsUrl",
        "self",
        "userRole",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdBy\":                    ",
        ",\"createdByIdentity\":            ",
        ",\"createdTime\":                  ",
        ",\"id\":                           ",
        ",\"isDefault\":                    ",
        ",\"isShared\":                     ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedByIdentity\":       ",
        ",\"lastModifiedTime\":             ",
        ",\"links\":                        ",
        ",\"name\":                         ",
        ",\"sectionGroupsUrl\":             ",
        ",\"sectionsUrl\":                  ",
        ",\"self\":                         ",
        ",\"userRole\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.CopyNotebookModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_by", &self.created_by);
        v.field(1usize, "created_by_identity", &self.created_by_identity);
        v.field(2usize, "created_time", &self.created_time);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "is_default", &self.is_default);
        v.field(5usize, "is_shared", &self.is_shared);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_by_identity", &self.last_modified_by_identity);
        v.field(8usize, "last_modified_time", &self.last_modified_time);
        v.field(9usize, "links", &self.links);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "section_groups_url", &self.section_groups_url);
        v.field(12usize, "sections_url", &self.sections_url);
        v.field(13usize, "self_", &self.self_);
        v.field(14usize, "user_role", &self.user_role);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for CopyNotebookModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_by.read_from(r),
            1usize => self.created_by_identity.read_from(r),
            2usize => self.created_time.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.is_default.read_from(r),
            5usize => self.is_shared.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_by_identity.read_from(r),
            8usize => self.last_modified_time.read_from(r),
            9usize => self.links.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.section_groups_url.read_from(r),
            12usize => self.sections_url.read_from(r),
            13usize => self.self_.read_from(r),
            14usize => self.user_role.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_by);
        w.field(1usize, &self.created_by_identity);
        w.field(2usize, &self.created_time);
        w.field(3usize, &self.id);
        w.field(4usize, &self.is_default);
        w.field(5usize, &self.is_shared);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_by_identity);
        w.field(8usize, &self.last_modified_time);
        w.field(9usize, &self.links);
        w.field(10usize, &self.name);
        w.field(11usize, &self.section_groups_url);
        w.field(12usize, &self.sections_url);
        w.field(13usize, &self.self_);
        w.field(14usize, &self.user_role);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(CopyNotebookModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    CopyNotebookModel { with_created_by created_by : ::std::string::String;
    with_created_by_identity created_by_identity : crate ::beta::IdentitySet;
    with_created_time created_time : rt::edm::DateTimeOffset; with_id id :
    ::std::string::String; with_is_default is_default : bool; with_is_shared is_shared :
    bool; with_last_modified_by last_modified_by : ::std::string::String;
    with_last_modified_by_identity last_modified_by_identity : crate ::beta::IdentitySet;
    with_last_modified_time last_modified_time : rt::edm::DateTimeOffset; with_links
    links : crate ::beta::NotebookLinks; with_name name : ::std::string::String;
    with_section_groups_url section_groups_url : ::std::string::String; with_sections_url
    sections_url : ::std::string::String; with_self self_ : ::std::string::String;
    with_user_role user_role : crate ::beta::OnenoteUserRole; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(CopyNotebookModel);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.code`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Code {
    /// `none` (value 0).
    None,
    /// `jsonFileInvalid` (value 1).
    JsonFileInvalid,
    /// `jsonFileMissing` (value 2).
    JsonFileMissing,
    /// `jsonFileTooLarge` (value 3).
    JsonFileTooLarge,
    /// `rulesMissing` (value 4).
    RulesMissing,
    /// `duplicateRules` (value 5).
    DuplicateRules,
    /// `tooManyRulesSpecified` (value 6).
    TooManyRulesSpecified,
    /// `operatorMissing` (value 7).
    OperatorMissing,
    /// `operatorNotSupported` (value 8).
    OperatorNotSupported,
    /// `datatypeMissing` (value 9).
    DatatypeMissing,
    /// `datatypeNotSupported` (value 10).
    DatatypeNotSupported,
    /// `operatorDataTypeCombinationNotSupported` (value 11).
    OperatorDataTypeCombinationNotSupported,
    /// `moreInfoUriMissing` (value 12).
    MoreInfoUriMissing,
    /// `moreInfoUriInvalid` (value 13).
    MoreInfoUriInvalid,
    /// `moreInfoUriTooLarge` (value 14).
    MoreInfoUriTooLarge,
    /// `descriptionMissing` (value 15).
    DescriptionMissing,
    /// `descriptionInvalid` (value 16).
    DescriptionInvalid,
    /// `descriptionTooLarge` (value 17).
    DescriptionTooLarge,
    /// `titleMissing` (value 18).
    TitleMissing,
    /// `titleInvalid` (value 19).
    TitleInvalid,
    /// `titleTooLarge` (value 20).
    TitleTooLarge,
    /// `operandMissing` (value 21).
    OperandMissing,
    /// `operandInvalid` (value 22).
    OperandInvalid,
    /// `operandTooLarge` (value 23).
    OperandTooLarge,
    /// `settingNameMissing` (value 24).
    SettingNameMissing,
    /// `settingNameInvalid` (value 25).
    SettingNameInvalid,
    /// `settingNameTooLarge` (value 26).
    SettingNameTooLarge,
    /// `englishLocaleMissing` (value 27).
    EnglishLocaleMissing,
    /// `duplicateLocales` (value 28).
    DuplicateLocales,
    /// `unrecognizedLocale` (value 29).
    UnrecognizedLocale,
    /// `unknown` (value 30).
    Unknown,
    /// `remediationStringsMissing` (value 31).
    RemediationStringsMissing,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Code {
    const TYPE_NAME: &'static str = "microsoft.graph.code";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "jsonFileInvalid",
        "jsonFileMissing",
        "jsonFileTooLarge",
        "rulesMissing",
        "duplicateRules",
        "tooManyRulesSpecified",
        "operatorMissing",
        "operatorNotSupported",
        "datatypeMissing",
        "datatypeNotSupported",
        "operatorDataTypeCombinationNotSupported",
        "moreInfoUriMissing",
        "moreInfoUriInvalid",
        "moreInfoUriTooLarge",
        "descriptionMissing",
        "descriptionInvalid",
        "descriptionTooLarge",
        "titleMissing",
        "titleInvalid",
        "titleTooLarge",
        "operandMissing",
        "operandInvalid",
        "operandTooLarge",
        "settingNameMissing",
        "settingNameInvalid",
        "settingNameTooLarge",
        "englishLocaleMissing",
        "duplicateLocales",
        "unrecognizedLocale",
        "unknown",
        "remediationStringsMissing",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "jsonFileInvalid" => Self::JsonFileInvalid,
                "jsonFileMissing" => Self::JsonFileMissing,
                "jsonFileTooLarge" => Self::JsonFileTooLarge,
                "rulesMissing" => Self::RulesMissing,
                "duplicateRules" => Self::DuplicateRules,
                "tooManyRulesSpecified" => Self::TooManyRulesSpecified,
                "operatorMissing" => Self::OperatorMissing,
                "operatorNotSupported" => Self::OperatorNotSupported,
                "datatypeMissing" => Self::DatatypeMissing,
                "datatypeNotSupported" => Self::DatatypeNotSupported,
                "operatorDataTypeCombinationNotSupported" => {
                    Self::OperatorDataTypeCombinationNotSupported
                }
                "moreInfoUriMissing" => Self::MoreInfoUriMissing,
                "moreInfoUriInvalid" => Self::MoreInfoUriInvalid,
                "moreInfoUriTooLarge" => Self::MoreInfoUriTooLarge,
                "descriptionMissing" => Self::DescriptionMissing,
                "descriptionInvalid" => Self::DescriptionInvalid,
                "descriptionTooLarge" => Self::DescriptionTooLarge,
                "titleMissing" => Self::TitleMissing,
                "titleInvalid" => Self::TitleInvalid,
                "titleTooLarge" => Self::TitleTooLarge,
                "operandMissing" => Self::OperandMissing,
                "operandInvalid" => Self::OperandInvalid,
                "operandTooLarge" => Self::OperandTooLarge,
                "settingNameMissing" => Self::SettingNameMissing,
                "settingNameInvalid" => Self::SettingNameInvalid,
                "settingNameTooLarge" => Self::SettingNameTooLarge,
                "englishLocaleMissing" => Self::EnglishLocaleMissing,
                "duplicateLocales" => Self::DuplicateLocales,
                "unrecognizedLocale" => Self::UnrecognizedLocale,
                "unknown" => Self::Unknown,
                "remediationStringsMissing" => Self::RemediationStringsMissing,
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
            Self::JsonFileInvalid => "jsonFileInvalid",
            Self::JsonFileMissing => "jsonFileMissing",
            Self::JsonFileTooLarge => "jsonFileTooLarge",
            Self::RulesMissing => "rulesMissing",
            Self::DuplicateRules => "duplicateRules",
            Self::TooManyRulesSpecified => "tooManyRulesSpecified",
            Self::OperatorMissing => "operatorMissing",
            Self::OperatorNotSupported => "operatorNotSupported",
            Self::DatatypeMissing => "datatypeMissing",
            Self::DatatypeNotSupported => "datatypeNotSupported",
            Self::OperatorDataTypeCombinationNotSupported => {
                "operatorDataTypeCombinationNotSupported"
            }
            Self::MoreInfoUriMissing => "moreInfoUriMissing",
            Self::MoreInfoUriInvalid => "moreInfoUriInvalid",
            Self::MoreInfoUriTooLarge => "moreInfoUriTooLarge",
            Self::DescriptionMissing => "descriptionMissing",
            Self::DescriptionInvalid => "descriptionInvalid",
            Self::DescriptionTooLarge => "descriptionTooLarge",
            Self::TitleMissing => "titleMissing",
            Self::TitleInvalid => "titleInvalid",
            Self::TitleTooLarge => "titleTooLarge",
            Self::OperandMissing => "operandMissing",
            Self::OperandInvalid => "operandInvalid",
            Self::OperandTooLarge => "operandTooLarge",
            Self::SettingNameMissing => "settingNameMissing",
            Self::SettingNameInvalid => "settingNameInvalid",
            Self::SettingNameTooLarge => "settingNameTooLarge",
            Self::EnglishLocaleMissing => "englishLocaleMissing",
            Self::DuplicateLocales => "duplicateLocales",
            Self::UnrecognizedLocale => "unrecognizedLocale",
            Self::Unknown => "unknown",
            Self::RemediationStringsMissing => "remediationStringsMissing",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Code);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Code);
#[cfg(msgraph_beta_device_management_or_search)]
/// Summary data for co managed devices
///
/// CSDL: `microsoft.graph.comanagedDevicesSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ComanagedDevicesSummary {
    /// Number of devices with CompliancePolicy swung-over. This property is read-only.
    ///
    /// CSDL: property `compliancePolicyCount`: `Edm.Int32`, not nullable.
    pub compliance_policy_count: rt::Field<i32>,
    /// Number of devices with ConfigurationSettings swung-over. This property is read-only.
    ///
    /// CSDL: property `configurationSettingsCount`: `Edm.Int32`, not nullable.
    pub configuration_settings_count: rt::Field<i32>,
    /// Number of devices with EndpointProtection swung-over. This property is read-only.
    ///
    /// CSDL: property `endpointProtectionCount`: `Edm.Int32`, not nullable.
    pub endpoint_protection_count: rt::Field<i32>,
    /// Number of devices with Inventory swung-over. This property is read-only.
    ///
    /// CSDL: property `inventoryCount`: `Edm.Int32`, not nullable.
    pub inventory_count: rt::Field<i32>,
    /// Number of devices with ModernApps swung-over. This property is read-only.
    ///
    /// CSDL: property `modernAppsCount`: `Edm.Int32`, not nullable.
    pub modern_apps_count: rt::Field<i32>,
    /// Number of devices with OfficeApps swung-over. This property is read-only.
    ///
    /// CSDL: property `officeAppsCount`: `Edm.Int32`, not nullable.
    pub office_apps_count: rt::Field<i32>,
    /// Number of devices with ResourceAccess swung-over. This property is read-only.
    ///
    /// CSDL: property `resourceAccessCount`: `Edm.Int32`, not nullable.
    pub resource_access_count: rt::Field<i32>,
    /// Number of Co-Managed Devices. This property is read-only.
    ///
    /// CSDL: property `totalComanagedCount`: `Edm.Int32`, not nullable.
    pub total_comanaged_count: rt::Field<i32>,
    /// Number of devices with WindowsUpdateForBusiness swung-over. This property is read-only.
    ///
    /// CSDL: property `windowsUpdateForBusinessCount`: `Edm.Int32`, not nullable.
    pub windows_update_for_business_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ComanagedDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            compliance_policy_count: rt::Field::Absent,
            configuration_settings_count: rt::Field::Absent,
            endpoint_protection_count: rt::Field::Absent,
            inventory_count: rt::Field::Absent,
            modern_apps_count: rt::Field::Absent,
            office_apps_count: rt::Field::Absent,
            resource_access_count: rt::Field::Absent,
            total_comanaged_count: rt::Field::Absent,
            windows_update_for_business_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ComanagedDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.comanagedDevicesSummary";
    const KEYS: &'static [&'static str] = &[
        "compliancePolicyCount",
        "configurationSettingsCount",
        "endpointProtectionCount",
        "inventoryCount",
        "modernAppsCount",
        "officeAppsCount",
        "resourceAccessCount",
        "totalComanagedCount",
        "windowsUpdateForBusinessCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compliancePolicyCount\":        ",
        ",\"configurationSettingsCount\":   ",
        ",\"endpointProtectionCount\":      ",
        ",\"inventoryCount\":               ",
        ",\"modernAppsCount\":              ",
        ",\"officeAppsCount\":              ",
        ",\"resourceAccessCount\":          ",
        ",\"totalComanagedCount\":          ",
        ",\"windowsUpdateForBusinessCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.comanagedDevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance_policy_count", &self.compliance_policy_count);
        v.field(
            1usize,
            "configuration_settings_count",
            &self.configuration_settings_count,
        );
        v.field(2usize, "endpoint_protection_count", &self.endpoint_protection_count);
        v.field(3usize, "inventory_count", &self.inventory_count);
        v.field(4usize, "modern_apps_count", &self.modern_apps_count);
        v.field(5usize, "office_apps_count", &self.office_apps_count);
        v.field(6usize, "resource_access_count", &self.resource_access_count);
        v.field(7usize, "total_comanaged_count", &self.total_comanaged_count);
        v.field(
            8usize,
            "windows_update_for_business_count",
            &self.windows_update_for_business_count,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ComanagedDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance_policy_count.read_from(r),
            1usize => self.configuration_settings_count.read_from(r),
            2usize => self.endpoint_protection_count.read_from(r),
            3usize => self.inventory_count.read_from(r),
            4usize => self.modern_apps_count.read_from(r),
            5usize => self.office_apps_count.read_from(r),
            6usize => self.resource_access_count.read_from(r),
            7usize => self.total_comanaged_count.read_from(r),
            8usize => self.windows_update_for_business_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance_policy_count);
        w.field(1usize, &self.configuration_settings_count);
        w.field(2usize, &self.endpoint_protection_count);
        w.field(3usize, &self.inventory_count);
        w.field(4usize, &self.modern_apps_count);
        w.field(5usize, &self.office_apps_count);
        w.field(6usize, &self.resource_access_count);
        w.field(7usize, &self.total_comanaged_count);
        w.field(8usize, &self.windows_update_for_business_count);
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
rt::impl_object!(ComanagedDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ComanagedDevicesSummary { with_compliance_policy_count compliance_policy_count : i32;
    with_configuration_settings_count configuration_settings_count : i32;
    with_endpoint_protection_count endpoint_protection_count : i32; with_inventory_count
    inventory_count : i32; with_modern_apps_count modern_apps_count : i32;
    with_office_apps_count office_apps_count : i32; with_resource_access_count
    resource_access_count : i32; with_total_comanaged_count total_comanaged_count : i32;
    with_windows_update_for_business_count windows_update_for_business_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComanagedDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Co-Management eligibility state
///
/// CSDL: `microsoft.graph.comanagementEligibleDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ComanagementEligibleDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// ClientRegistrationStatus
    ///
    /// CSDL: property `clientRegistrationStatus`: `microsoft.graph.deviceRegistrationState`, not nullable.
    pub client_registration_status: rt::Field<crate::beta::DeviceRegistrationState>,
    /// DeviceName
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// DeviceType
    ///
    /// CSDL: property `deviceType`: `microsoft.graph.deviceType`, not nullable.
    pub device_type: rt::Field<crate::beta::DeviceType>,
    /// EntitySource
    ///
    /// CSDL: property `entitySource`: `Edm.Int32`, not nullable.
    pub entity_source: rt::Field<i32>,
    /// ManagementAgents
    ///
    /// CSDL: property `managementAgents`: `microsoft.graph.managementAgentType`, not nullable.
    pub management_agents: rt::Field<crate::beta::ManagementAgentType>,
    /// ManagementState
    ///
    /// CSDL: property `managementState`: `microsoft.graph.managementState`, not nullable.
    pub management_state: rt::Field<crate::beta::ManagementState>,
    /// Manufacturer
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// MDMStatus
    ///
    /// CSDL: property `mdmStatus`: `Edm.String`, nullable.
    pub mdm_status: rt::Field<::std::string::String>,
    /// Model
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// OSDescription
    ///
    /// CSDL: property `osDescription`: `Edm.String`, nullable.
    pub os_description: rt::Field<::std::string::String>,
    /// OSVersion
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// OwnerType
    ///
    /// CSDL: property `ownerType`: `microsoft.graph.ownerType`, not nullable.
    pub owner_type: rt::Field<crate::beta::OwnerType>,
    /// ReferenceId
    ///
    /// CSDL: property `referenceId`: `Edm.String`, nullable.
    pub reference_id: rt::Field<::std::string::String>,
    /// SerialNumber
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// ComanagementEligibleStatus
    ///
    /// CSDL: property `status`: `microsoft.graph.comanagementEligibleType`, not nullable.
    pub status: rt::Field<crate::beta::ComanagementEligibleType>,
    /// UPN
    ///
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// UserEmail
    ///
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// UserId
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// UserName
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ComanagementEligibleDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_registration_status: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_type: rt::Field::Absent,
            entity_source: rt::Field::Absent,
            management_agents: rt::Field::Absent,
            management_state: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            mdm_status: rt::Field::Absent,
            model: rt::Field::Absent,
            os_description: rt::Field::Absent,
            os_version: rt::Field::Absent,
            owner_type: rt::Field::Absent,
            reference_id: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            status: rt::Field::Absent,
            upn: rt::Field::Absent,
            user_email: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ComanagementEligibleDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.comanagementEligibleDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientRegistrationStatus",
        "deviceName",
        "deviceType",
        "entitySource",
        "managementAgents",
        "managementState",
        "manufacturer",
        "mdmStatus",
        "model",
        "osDescription",
        "osVersion",
        "ownerType",
        "referenceId",
        "serialNumber",
        "status",
        "upn",
        "userEmail",
        "userId",
        "userName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientRegistrationStatus\":     ",
        ",\"deviceName\":                   ",
        ",\"deviceType\":                   ",
        ",\"entitySource\":                 ",
        ",\"managementAgents\":             ",
        ",\"managementState\":              ",
        ",\"manufacturer\":                 ",
        ",\"mdmStatus\":                    ",
        ",\"model\":                        ",
        ",\"osDescription\":                ",
        ",\"osVersion\":                    ",
        ",\"ownerType\":                    ",
        ",\"referenceId\":                  ",
        ",\"serialNumber\":                 ",
        ",\"status\":                       ",
        ",\"upn\":                          ",
        ",\"userEmail\":                    ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.comanagementEligibleDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_registration_status", &self.client_registration_status);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "device_type", &self.device_type);
        v.field(4usize, "entity_source", &self.entity_source);
        v.field(5usize, "management_agents", &self.management_agents);
        v.field(6usize, "management_state", &self.management_state);
        v.field(7usize, "manufacturer", &self.manufacturer);
        v.field(8usize, "mdm_status", &self.mdm_status);
        v.field(9usize, "model", &self.model);
        v.field(10usize, "os_description", &self.os_description);
        v.field(11usize, "os_version", &self.os_version);
        v.field(12usize, "owner_type", &self.owner_type);
        v.field(13usize, "reference_id", &self.reference_id);
        v.field(14usize, "serial_number", &self.serial_number);
        v.field(15usize, "status", &self.status);
        v.field(16usize, "upn", &self.upn);
        v.field(17usize, "user_email", &self.user_email);
        v.field(18usize, "user_id", &self.user_id);
        v.field(19usize, "user_name", &self.user_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ComanagementEligibleDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_registration_status.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.device_type.read_from(r),
            4usize => self.entity_source.read_from(r),
            5usize => self.management_agents.read_from(r),
            6usize => self.management_state.read_from(r),
            7usize => self.manufacturer.read_from(r),
            8usize => self.mdm_status.read_from(r),
            9usize => self.model.read_from(r),
            10usize => self.os_description.read_from(r),
            11usize => self.os_version.read_from(r),
            12usize => self.owner_type.read_from(r),
            13usize => self.reference_id.read_from(r),
            14usize => self.serial_number.read_from(r),
            15usize => self.status.read_from(r),
            16usize => self.upn.read_from(r),
            17usize => self.user_email.read_from(r),
            18usize => self.user_id.read_from(r),
            19usize => self.user_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_registration_status);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.device_type);
        w.field(4usize, &self.entity_source);
        w.field(5usize, &self.management_agents);
        w.field(6usize, &self.management_state);
        w.field(7usize, &self.manufacturer);
        w.field(8usize, &self.mdm_status);
        w.field(9usize, &self.model);
        w.field(10usize, &self.os_description);
        w.field(11usize, &self.os_version);
        w.field(12usize, &self.owner_type);
        w.field(13usize, &self.reference_id);
        w.field(14usize, &self.serial_number);
        w.field(15usize, &self.status);
        w.field(16usize, &self.upn);
        w.field(17usize, &self.user_email);
        w.field(18usize, &self.user_id);
        w.field(19usize, &self.user_name);
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
rt::impl_object!(ComanagementEligibleDevice);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ComanagementEligibleDevice { with_id id : ::std::string::String;
    with_client_registration_status client_registration_status : crate
    ::beta::DeviceRegistrationState; with_device_name device_name :
    ::std::string::String; with_device_type device_type : crate ::beta::DeviceType;
    with_entity_source entity_source : i32; with_management_agents management_agents :
    crate ::beta::ManagementAgentType; with_management_state management_state : crate
    ::beta::ManagementState; with_manufacturer manufacturer : ::std::string::String;
    with_mdm_status mdm_status : ::std::string::String; with_model model :
    ::std::string::String; with_os_description os_description : ::std::string::String;
    with_os_version os_version : ::std::string::String; with_owner_type owner_type :
    crate ::beta::OwnerType; with_reference_id reference_id : ::std::string::String;
    with_serial_number serial_number : ::std::string::String; with_status status : crate
    ::beta::ComanagementEligibleType; with_upn upn : ::std::string::String;
    with_user_email user_email : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_name user_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComanagementEligibleDevice);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.comanagementEligibleType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ComanagementEligibleType {
    /// `comanaged` (value 1).
    Comanaged,
    /// `eligible` (value 2).
    Eligible,
    /// `eligibleButNotAzureAdJoined` (value 3).
    EligibleButNotAzureAdJoined,
    /// `needsOsUpdate` (value 4).
    NeedsOsUpdate,
    /// `ineligible` (value 5).
    Ineligible,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ComanagementEligibleType {
    const TYPE_NAME: &'static str = "microsoft.graph.comanagementEligibleType";
    const MEMBERS: &'static [&'static str] = &[
        "comanaged",
        "eligible",
        "eligibleButNotAzureAdJoined",
        "needsOsUpdate",
        "ineligible",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "comanaged" => Self::Comanaged,
                "eligible" => Self::Eligible,
                "eligibleButNotAzureAdJoined" => Self::EligibleButNotAzureAdJoined,
                "needsOsUpdate" => Self::NeedsOsUpdate,
                "ineligible" => Self::Ineligible,
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
            Self::Comanaged => "comanaged",
            Self::Eligible => "eligible",
            Self::EligibleButNotAzureAdJoined => "eligibleButNotAzureAdJoined",
            Self::NeedsOsUpdate => "needsOsUpdate",
            Self::Ineligible => "ineligible",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ComanagementEligibleType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComanagementEligibleType);
#[cfg(msgraph_beta_app)]
/// CSDL: `microsoft.graph.commsApplication`, entity type.
///
/// Request builders: [`CommsApplicationPath`](requests/trait.CommsApplicationPath.html), what a path to one (`EntityPath<CommsApplication, C>`) dereferences to.
///
/// Features: `beta` or `beta-app`.
#[derive(Clone)]
pub struct CommsApplication {
    /// CSDL: containment navigation property `calls`: `Collection(microsoft.graph.call)`, not nullable.
    pub calls: rt::Field<::std::vec::Vec<crate::beta::Call>>,
    /// CSDL: containment navigation property `onlineMeetings`: `Collection(microsoft.graph.onlineMeeting)`, not nullable.
    pub online_meetings: rt::Field<::std::vec::Vec<crate::beta::OnlineMeeting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app)]
impl ::std::default::Default for CommsApplication {
    #[inline]
    fn default() -> Self {
        Self {
            calls: rt::Field::Absent,
            online_meetings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app)]
impl rt::Object for CommsApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.commsApplication";
    const KEYS: &'static [&'static str] = &["calls", "onlineMeetings"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"calls\":                        ",
        ",\"onlineMeetings\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.commsApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "calls", &self.calls);
        v.field(1usize, "online_meetings", &self.online_meetings);
    }
}
#[cfg(msgraph_beta_app)]
impl rt::object::Members for CommsApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.calls.read_from(r),
            1usize => self.online_meetings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.calls);
        w.field(1usize, &self.online_meetings);
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
#[cfg(msgraph_beta_app)]
rt::impl_object!(CommsApplication);
#[cfg(msgraph_beta_app)]
rt::impl_setters!(
    CommsApplication { with_calls calls : ::std::vec::Vec < crate ::beta::Call >;
    with_online_meetings online_meetings : ::std::vec::Vec < crate ::beta::OnlineMeeting
    >; }
);
#[cfg(msgraph_beta_app)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommsApplication);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.commsNotification`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct CommsNotification {
    /// CSDL: property `changeType`: `microsoft.graph.changeType`, not nullable.
    pub change_type: rt::Field<crate::beta::ChangeType>,
    /// CSDL: property `resourceUrl`: `Edm.String`, not nullable.
    pub resource_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for CommsNotification {
    #[inline]
    fn default() -> Self {
        Self {
            change_type: rt::Field::Absent,
            resource_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for CommsNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.commsNotification";
    const KEYS: &'static [&'static str] = &["changeType", "resourceUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"changeType\":                   ",
        ",\"resourceUrl\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.commsNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "change_type", &self.change_type);
        v.field(1usize, "resource_url", &self.resource_url);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for CommsNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.change_type.read_from(r),
            1usize => self.resource_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.change_type);
        w.field(1usize, &self.resource_url);
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
rt::impl_object!(CommsNotification);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    CommsNotification { with_change_type change_type : crate ::beta::ChangeType;
    with_resource_url resource_url : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommsNotification);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.commsNotifications`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct CommsNotifications {
    /// CSDL: property `value`: `Collection(microsoft.graph.commsNotification)`, nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::CommsNotification>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for CommsNotifications {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for CommsNotifications {
    const TYPE_NAME: &'static str = "microsoft.graph.commsNotifications";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.commsNotifications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for CommsNotifications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
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
rt::impl_object!(CommsNotifications);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    CommsNotifications { with_value value : ::std::vec::Vec < crate
    ::beta::CommsNotification >; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommsNotifications);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.commsOperation`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<AnyCommsOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct CommsOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::beta::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::beta::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for CommsOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for CommsOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.commsOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.commsOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for CommsOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(CommsOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    CommsOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::beta::ResultInfo; with_status status : crate ::beta::OperationStatus; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommsOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// `microsoft.graph.commsOperation` or any type derived from it, selected by `@odata.type` (10 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyCommsOperation {
    CommsOperation(::std::boxed::Box<crate::beta::CommsOperation>),
    CancelMediaProcessingOperation(
        ::std::boxed::Box<crate::beta::CancelMediaProcessingOperation>,
    ),
    InviteParticipantsOperation(
        ::std::boxed::Box<crate::beta::InviteParticipantsOperation>,
    ),
    MuteParticipantOperation(::std::boxed::Box<crate::beta::MuteParticipantOperation>),
    MuteParticipantsOperation(::std::boxed::Box<crate::beta::MuteParticipantsOperation>),
    PlayPromptOperation(::std::boxed::Box<crate::beta::PlayPromptOperation>),
    RecordOperation(::std::boxed::Box<crate::beta::RecordOperation>),
    SubscribeToToneOperation(::std::boxed::Box<crate::beta::SubscribeToToneOperation>),
    UnmuteParticipantOperation(
        ::std::boxed::Box<crate::beta::UnmuteParticipantOperation>,
    ),
    UpdateRecordingStatusOperation(
        ::std::boxed::Box<crate::beta::UpdateRecordingStatusOperation>,
    ),
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for AnyCommsOperation {
    #[inline]
    fn default() -> Self {
        Self::CommsOperation(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CommsOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::CommsOperation) -> Self {
        Self::CommsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CancelMediaProcessingOperation>
for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::CancelMediaProcessingOperation) -> Self {
        Self::CancelMediaProcessingOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InviteParticipantsOperation>
for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::InviteParticipantsOperation) -> Self {
        Self::InviteParticipantsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MuteParticipantOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::MuteParticipantOperation) -> Self {
        Self::MuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MuteParticipantsOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::MuteParticipantsOperation) -> Self {
        Self::MuteParticipantsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PlayPromptOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::PlayPromptOperation) -> Self {
        Self::PlayPromptOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RecordOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::RecordOperation) -> Self {
        Self::RecordOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SubscribeToToneOperation> for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::SubscribeToToneOperation) -> Self {
        Self::SubscribeToToneOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnmuteParticipantOperation>
for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::UnmuteParticipantOperation) -> Self {
        Self::UnmuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UpdateRecordingStatusOperation>
for AnyCommsOperation {
    #[inline]
    fn from(v: crate::beta::UpdateRecordingStatusOperation) -> Self {
        Self::UpdateRecordingStatusOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Send for AnyCommsOperation {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyCommsOperation {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::marker::Unpin for AnyCommsOperation {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyCommsOperation {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyCommsOperation {}
#[cfg(msgraph_beta_app_or_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::CommsOperation>();
    rt::object::auto_traits::<crate::beta::CancelMediaProcessingOperation>();
    rt::object::auto_traits::<crate::beta::InviteParticipantsOperation>();
    rt::object::auto_traits::<crate::beta::MuteParticipantOperation>();
    rt::object::auto_traits::<crate::beta::MuteParticipantsOperation>();
    rt::object::auto_traits::<crate::beta::PlayPromptOperation>();
    rt::object::auto_traits::<crate::beta::RecordOperation>();
    rt::object::auto_traits::<crate::beta::SubscribeToToneOperation>();
    rt::object::auto_traits::<crate::beta::UnmuteParticipantOperation>();
    rt::object::auto_traits::<crate::beta::UpdateRecordingStatusOperation>();
};
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Poly for AnyCommsOperation {
    const BASE_NAME: &'static str = "microsoft.graph.commsOperation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.cancelMediaProcessingOperation",
            ) => Self::CancelMediaProcessingOperation(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.inviteParticipantsOperation",
            ) => Self::InviteParticipantsOperation(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.muteParticipantOperation") => {
                Self::MuteParticipantOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.muteParticipantsOperation") => {
                Self::MuteParticipantsOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.playPromptOperation") => {
                Self::PlayPromptOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.recordOperation") => {
                Self::RecordOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.subscribeToToneOperation") => {
                Self::SubscribeToToneOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.unmuteParticipantOperation") => {
                Self::UnmuteParticipantOperation(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.updateRecordingStatusOperation",
            ) => Self::UpdateRecordingStatusOperation(rt::object::new_boxed()),
            _ => Self::CommsOperation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::CommsOperation(v) => &**v,
            Self::CancelMediaProcessingOperation(v) => &**v,
            Self::InviteParticipantsOperation(v) => &**v,
            Self::MuteParticipantOperation(v) => &**v,
            Self::MuteParticipantsOperation(v) => &**v,
            Self::PlayPromptOperation(v) => &**v,
            Self::RecordOperation(v) => &**v,
            Self::SubscribeToToneOperation(v) => &**v,
            Self::UnmuteParticipantOperation(v) => &**v,
            Self::UpdateRecordingStatusOperation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::CommsOperation(v) => &mut **v,
            Self::CancelMediaProcessingOperation(v) => &mut **v,
            Self::InviteParticipantsOperation(v) => &mut **v,
            Self::MuteParticipantOperation(v) => &mut **v,
            Self::MuteParticipantsOperation(v) => &mut **v,
            Self::PlayPromptOperation(v) => &mut **v,
            Self::RecordOperation(v) => &mut **v,
            Self::SubscribeToToneOperation(v) => &mut **v,
            Self::UnmuteParticipantOperation(v) => &mut **v,
            Self::UpdateRecordingStatusOperation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl AnyCommsOperation {
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
            Self::CommsOperation(v) => &v.id,
            Self::CancelMediaProcessingOperation(v) => &v.id,
            Self::InviteParticipantsOperation(v) => &v.id,
            Self::MuteParticipantOperation(v) => &v.id,
            Self::MuteParticipantsOperation(v) => &v.id,
            Self::PlayPromptOperation(v) => &v.id,
            Self::RecordOperation(v) => &v.id,
            Self::SubscribeToToneOperation(v) => &v.id,
            Self::UnmuteParticipantOperation(v) => &v.id,
            Self::UpdateRecordingStatusOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CommsOperation(v) => &mut v.id,
            Self::CancelMediaProcessingOperation(v) => &mut v.id,
            Self::InviteParticipantsOperation(v) => &mut v.id,
            Self::MuteParticipantOperation(v) => &mut v.id,
            Self::MuteParticipantsOperation(v) => &mut v.id,
            Self::PlayPromptOperation(v) => &mut v.id,
            Self::RecordOperation(v) => &mut v.id,
            Self::SubscribeToToneOperation(v) => &mut v.id,
            Self::UnmuteParticipantOperation(v) => &mut v.id,
            Self::UpdateRecordingStatusOperation(v) => &mut v.id,
        }
    }
    /// `clientContext` of any variant.
    #[inline]
    pub fn client_context(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::CommsOperation(v) => &v.client_context,
            Self::CancelMediaProcessingOperation(v) => &v.client_context,
            Self::InviteParticipantsOperation(v) => &v.client_context,
            Self::MuteParticipantOperation(v) => &v.client_context,
            Self::MuteParticipantsOperation(v) => &v.client_context,
            Self::PlayPromptOperation(v) => &v.client_context,
            Self::RecordOperation(v) => &v.client_context,
            Self::SubscribeToToneOperation(v) => &v.client_context,
            Self::UnmuteParticipantOperation(v) => &v.client_context,
            Self::UpdateRecordingStatusOperation(v) => &v.client_context,
        }
    }
    /// `clientContext` of any variant.
    #[inline]
    pub fn client_context_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::CommsOperation(v) => &mut v.client_context,
            Self::CancelMediaProcessingOperation(v) => &mut v.client_context,
            Self::InviteParticipantsOperation(v) => &mut v.client_context,
            Self::MuteParticipantOperation(v) => &mut v.client_context,
            Self::MuteParticipantsOperation(v) => &mut v.client_context,
            Self::PlayPromptOperation(v) => &mut v.client_context,
            Self::RecordOperation(v) => &mut v.client_context,
            Self::SubscribeToToneOperation(v) => &mut v.client_context,
            Self::UnmuteParticipantOperation(v) => &mut v.client_context,
            Self::UpdateRecordingStatusOperation(v) => &mut v.client_context,
        }
    }
    /// `resultInfo` of any variant.
    #[inline]
    pub fn result_info(&self) -> &rt::Field<crate::beta::ResultInfo> {
        match self {
            Self::CommsOperation(v) => &v.result_info,
            Self::CancelMediaProcessingOperation(v) => &v.result_info,
            Self::InviteParticipantsOperation(v) => &v.result_info,
            Self::MuteParticipantOperation(v) => &v.result_info,
            Self::MuteParticipantsOperation(v) => &v.result_info,
            Self::PlayPromptOperation(v) => &v.result_info,
            Self::RecordOperation(v) => &v.result_info,
            Self::SubscribeToToneOperation(v) => &v.result_info,
            Self::UnmuteParticipantOperation(v) => &v.result_info,
            Self::UpdateRecordingStatusOperation(v) => &v.result_info,
        }
    }
    /// `resultInfo` of any variant.
    #[inline]
    pub fn result_info_mut(&mut self) -> &mut rt::Field<crate::beta::ResultInfo> {
        match self {
            Self::CommsOperation(v) => &mut v.result_info,
            Self::CancelMediaProcessingOperation(v) => &mut v.result_info,
            Self::InviteParticipantsOperation(v) => &mut v.result_info,
            Self::MuteParticipantOperation(v) => &mut v.result_info,
            Self::MuteParticipantsOperation(v) => &mut v.result_info,
            Self::PlayPromptOperation(v) => &mut v.result_info,
            Self::RecordOperation(v) => &mut v.result_info,
            Self::SubscribeToToneOperation(v) => &mut v.result_info,
            Self::UnmuteParticipantOperation(v) => &mut v.result_info,
            Self::UpdateRecordingStatusOperation(v) => &mut v.result_info,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::OperationStatus> {
        match self {
            Self::CommsOperation(v) => &v.status,
            Self::CancelMediaProcessingOperation(v) => &v.status,
            Self::InviteParticipantsOperation(v) => &v.status,
            Self::MuteParticipantOperation(v) => &v.status,
            Self::MuteParticipantsOperation(v) => &v.status,
            Self::PlayPromptOperation(v) => &v.status,
            Self::RecordOperation(v) => &v.status,
            Self::SubscribeToToneOperation(v) => &v.status,
            Self::UnmuteParticipantOperation(v) => &v.status,
            Self::UpdateRecordingStatusOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::OperationStatus> {
        match self {
            Self::CommsOperation(v) => &mut v.status,
            Self::CancelMediaProcessingOperation(v) => &mut v.status,
            Self::InviteParticipantsOperation(v) => &mut v.status,
            Self::MuteParticipantOperation(v) => &mut v.status,
            Self::MuteParticipantsOperation(v) => &mut v.status,
            Self::PlayPromptOperation(v) => &mut v.status,
            Self::RecordOperation(v) => &mut v.status,
            Self::SubscribeToToneOperation(v) => &mut v.status,
            Self::UnmuteParticipantOperation(v) => &mut v.status,
            Self::UpdateRecordingStatusOperation(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_poly!(AnyCommsOperation);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyCommsOperation);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.company`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CompanyPath`](requests/trait.CompanyPath.html), what a path to one (`EntityPath<Company, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Company {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `businessProfileId`: `Edm.String`, nullable.
    pub business_profile_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `systemVersion`: `Edm.String`, nullable.
    pub system_version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `accounts`: `Collection(microsoft.graph.account)`, not nullable.
    pub accounts: rt::Field<::std::vec::Vec<crate::beta::Account>>,
    /// CSDL: containment navigation property `agedAccountsPayable`: `Collection(microsoft.graph.agedAccountsPayable)`, not nullable.
    pub aged_accounts_payable: rt::Field<
        ::std::vec::Vec<crate::beta::AgedAccountsPayable>,
    >,
    /// CSDL: containment navigation property `agedAccountsReceivable`: `Collection(microsoft.graph.agedAccountsReceivable)`, not nullable.
    pub aged_accounts_receivable: rt::Field<
        ::std::vec::Vec<crate::beta::AgedAccountsReceivable>,
    >,
    /// CSDL: containment navigation property `companyInformation`: `Collection(microsoft.graph.companyInformation)`, not nullable.
    pub company_information: rt::Field<::std::vec::Vec<crate::beta::CompanyInformation>>,
    /// CSDL: containment navigation property `countriesRegions`: `Collection(microsoft.graph.countryRegion)`, not nullable.
    pub countries_regions: rt::Field<::std::vec::Vec<crate::beta::CountryRegion>>,
    /// CSDL: containment navigation property `currencies`: `Collection(microsoft.graph.currency)`, not nullable.
    pub currencies: rt::Field<::std::vec::Vec<crate::beta::Currency>>,
    /// CSDL: containment navigation property `customerPaymentJournals`: `Collection(microsoft.graph.customerPaymentJournal)`, not nullable.
    pub customer_payment_journals: rt::Field<
        ::std::vec::Vec<crate::beta::CustomerPaymentJournal>,
    >,
    /// CSDL: containment navigation property `customerPayments`: `Collection(microsoft.graph.customerPayment)`, not nullable.
    pub customer_payments: rt::Field<::std::vec::Vec<crate::beta::CustomerPayment>>,
    /// CSDL: containment navigation property `customers`: `Collection(microsoft.graph.customer)`, not nullable.
    pub customers: rt::Field<::std::vec::Vec<crate::beta::Customer>>,
    /// CSDL: containment navigation property `dimensions`: `Collection(microsoft.graph.dimension)`, not nullable.
    pub dimensions: rt::Field<::std::vec::Vec<crate::beta::Dimension>>,
    /// CSDL: containment navigation property `dimensionValues`: `Collection(microsoft.graph.dimensionValue)`, not nullable.
    pub dimension_values: rt::Field<::std::vec::Vec<crate::beta::DimensionValue>>,
    /// CSDL: containment navigation property `employees`: `Collection(microsoft.graph.employee)`, not nullable.
    pub employees: rt::Field<::std::vec::Vec<crate::beta::Employee>>,
    /// CSDL: containment navigation property `generalLedgerEntries`: `Collection(microsoft.graph.generalLedgerEntry)`, not nullable.
    pub general_ledger_entries: rt::Field<
        ::std::vec::Vec<crate::beta::GeneralLedgerEntry>,
    >,
    /// CSDL: containment navigation property `itemCategories`: `Collection(microsoft.graph.itemCategory)`, not nullable.
    pub item_categories: rt::Field<::std::vec::Vec<crate::beta::ItemCategory>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.item)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::beta::Item>>,
    /// CSDL: containment navigation property `journalLines`: `Collection(microsoft.graph.journalLine)`, not nullable.
    pub journal_lines: rt::Field<::std::vec::Vec<crate::beta::JournalLine>>,
    /// CSDL: containment navigation property `journals`: `Collection(microsoft.graph.journal)`, not nullable.
    pub journals: rt::Field<::std::vec::Vec<crate::beta::Journal>>,
    /// CSDL: containment navigation property `paymentMethods`: `Collection(microsoft.graph.paymentMethod)`, not nullable.
    pub payment_methods: rt::Field<::std::vec::Vec<crate::beta::PaymentMethod>>,
    /// CSDL: containment navigation property `paymentTerms`: `Collection(microsoft.graph.paymentTerm)`, not nullable.
    pub payment_terms: rt::Field<::std::vec::Vec<crate::beta::PaymentTerm>>,
    /// CSDL: containment navigation property `picture`: `Collection(microsoft.graph.picture)`, not nullable.
    pub picture: rt::Field<::std::vec::Vec<crate::beta::Picture>>,
    /// CSDL: containment navigation property `purchaseInvoiceLines`: `Collection(microsoft.graph.purchaseInvoiceLine)`, not nullable.
    pub purchase_invoice_lines: rt::Field<
        ::std::vec::Vec<crate::beta::PurchaseInvoiceLine>,
    >,
    /// CSDL: containment navigation property `purchaseInvoices`: `Collection(microsoft.graph.purchaseInvoice)`, not nullable.
    pub purchase_invoices: rt::Field<::std::vec::Vec<crate::beta::PurchaseInvoice>>,
    /// CSDL: containment navigation property `salesCreditMemoLines`: `Collection(microsoft.graph.salesCreditMemoLine)`, not nullable.
    pub sales_credit_memo_lines: rt::Field<
        ::std::vec::Vec<crate::beta::SalesCreditMemoLine>,
    >,
    /// CSDL: containment navigation property `salesCreditMemos`: `Collection(microsoft.graph.salesCreditMemo)`, not nullable.
    pub sales_credit_memos: rt::Field<::std::vec::Vec<crate::beta::SalesCreditMemo>>,
    /// CSDL: containment navigation property `salesInvoiceLines`: `Collection(microsoft.graph.salesInvoiceLine)`, not nullable.
    pub sales_invoice_lines: rt::Field<::std::vec::Vec<crate::beta::SalesInvoiceLine>>,
    /// CSDL: containment navigation property `salesInvoices`: `Collection(microsoft.graph.salesInvoice)`, not nullable.
    pub sales_invoices: rt::Field<::std::vec::Vec<crate::beta::SalesInvoice>>,
    /// CSDL: containment navigation property `salesOrderLines`: `Collection(microsoft.graph.salesOrderLine)`, not nullable.
    pub sales_order_lines: rt::Field<::std::vec::Vec<crate::beta::SalesOrderLine>>,
    /// CSDL: containment navigation property `salesOrders`: `Collection(microsoft.graph.salesOrder)`, not nullable.
    pub sales_orders: rt::Field<::std::vec::Vec<crate::beta::SalesOrder>>,
    /// CSDL: containment navigation property `salesQuoteLines`: `Collection(microsoft.graph.salesQuoteLine)`, not nullable.
    pub sales_quote_lines: rt::Field<::std::vec::Vec<crate::beta::SalesQuoteLine>>,
    /// CSDL: containment navigation property `salesQuotes`: `Collection(microsoft.graph.salesQuote)`, not nullable.
    pub sales_quotes: rt::Field<::std::vec::Vec<crate::beta::SalesQuote>>,
    /// CSDL: containment navigation property `shipmentMethods`: `Collection(microsoft.graph.shipmentMethod)`, not nullable.
    pub shipment_methods: rt::Field<::std::vec::Vec<crate::beta::ShipmentMethod>>,
    /// CSDL: containment navigation property `taxAreas`: `Collection(microsoft.graph.taxArea)`, not nullable.
    pub tax_areas: rt::Field<::std::vec::Vec<crate::beta::TaxArea>>,
    /// CSDL: containment navigation property `taxGroups`: `Collection(microsoft.graph.taxGroup)`, not nullable.
    pub tax_groups: rt::Field<::std::vec::Vec<crate::beta::TaxGroup>>,
    /// CSDL: containment navigation property `unitsOfMeasure`: `Collection(microsoft.graph.unitOfMeasure)`, not nullable.
    pub units_of_measure: rt::Field<::std::vec::Vec<crate::beta::UnitOfMeasure>>,
    /// CSDL: containment navigation property `vendors`: `Collection(microsoft.graph.vendor)`, not nullable.
    pub vendors: rt::Field<::std::vec::Vec<crate::beta::Vendor>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Company {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            business_profile_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            name: rt::Field::Absent,
            system_version: rt::Field::Absent,
            accounts: rt::Field::Absent,
            aged_accounts_payable: rt::Field::Absent,
            aged_accounts_receivable: rt::Field::Absent,
            company_information: rt::Field::Absent,
            countries_regions: rt::Field::Absent,
            currencies: rt::Field::Absent,
            customer_payment_journals: rt::Field::Absent,
            customer_payments: rt::Field::Absent,
            customers: rt::Field::Absent,
            dimensions: rt::Field::Absent,
            dimension_values: rt::Field::Absent,
            employees: rt::Field::Absent,
            general_ledger_entries: rt::Field::Absent,
            item_categories: rt::Field::Absent,
            items: rt::Field::Absent,
            journal_lines: rt::Field::Absent,
            journals: rt::Field::Absent,
            payment_methods: rt::Field::Absent,
            payment_terms: rt::Field::Absent,
            picture: rt::Field::Absent,
            purchase_invoice_lines: rt::Field::Absent,
            purchase_invoices: rt::Field::Absent,
            sales_credit_memo_lines: rt::Field::Absent,
            sales_credit_memos: rt::Field::Absent,
            sales_invoice_lines: rt::Field::Absent,
            sales_invoices: rt::Field::Absent,
            sales_order_lines: rt::Field::Absent,
            sales_orders: rt::Field::Absent,
            sales_quote_lines: rt::Field::Absent,
            sales_quotes: rt::Field::Absent,
            shipment_methods: rt::Field::Absent,
            tax_areas: rt::Field::Absent,
            tax_groups: rt::Field::Absent,
            units_of_measure: rt::Field::Absent,
            vendors: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Company {
    const TYPE_NAME: &'static str = "microsoft.graph.company";
    const KEYS: &'static [&'static str] = &[
        "id",
        "businessProfileId",
        "displayName",
        "name",
        "systemVersion",
        "accounts",
        "agedAccountsPayable",
        "agedAccountsReceivable",
        "companyInformation",
        "countriesRegions",
        "currencies",
        "customerPaymentJournals",
        "customerPayments",
        "customers",
        "dimensions",
        "dimensionValues",
        "employees",
        "generalLedgerEntries",
        "itemCategories",
        "items",
        "journalLines",
        "journals",
        "paymentMethods",
        "paymentTerms",
        "picture",
        "purchaseInvoiceLines",
        "purchaseInvoices",
        "salesCreditMemoLines",
        "salesCreditMemos",
        "salesInvoiceLines",
        "salesInvoices",
        "salesOrderLines",
        "salesOrders",
        "salesQuoteLines",
        "salesQuotes",
        "shipmentMethods",
        "taxAreas",
        "taxGroups",
        "unitsOfMeasure",
        "vendors",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"businessProfileId\":            ",
        ",\"displayName\":                  ",
        ",\"name\":                         ",
        ",\"systemVersion\":                ",
        ",\"accounts\":                     ",
        ",\"agedAccountsPayable\":          ",
        ",\"agedAccountsReceivable\":       ",
        ",\"companyInformation\":           ",
        ",\"countriesRegions\":             ",
        ",\"currencies\":                   ",
        ",\"customerPaymentJournals\":      ",
        ",\"customerPayments\":             ",
        ",\"customers\":                    ",
        ",\"dimensions\":                   ",
        ",\"dimensionValues\":              ",
        ",\"employees\":                    ",
        ",\"generalLedgerEntries\":         ",
        ",\"itemCategories\":               ",
        ",\"items\":                        ",
        ",\"journalLines\":                 ",
        ",\"journals\":                     ",
        ",\"paymentMethods\":               ",
        ",\"paymentTerms\":                 ",
        ",\"picture\":                      ",
        ",\"purchaseInvoiceLines\":         ",
        ",\"purchaseInvoices\":             ",
        ",\"salesCreditMemoLines\":         ",
        ",\"salesCreditMemos\":             ",
        ",\"salesInvoiceLines\":            ",
        ",\"salesInvoices\":                ",
        ",\"salesOrderLines\":              ",
        ",\"salesOrders\":                  ",
        ",\"salesQuoteLines\":              ",
        ",\"salesQuotes\":                  ",
        ",\"shipmentMethods\":              ",
        ",\"taxAreas\":                     ",
        ",\"taxGroups\":                    ",
        ",\"unitsOfMeasure\":               ",
        ",\"vendors\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.company\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "business_profile_id", &self.business_profile_id);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "system_version", &self.system_version);
        v.field(5usize, "accounts", &self.accounts);
        v.field(6usize, "aged_accounts_payable", &self.aged_accounts_payable);
        v.field(7usize, "aged_accounts_receivable", &self.aged_accounts_receivable);
        v.field(8usize, "company_information", &self.company_information);
        v.field(9usize, "countries_regions", &self.countries_regions);
        v.field(10usize, "currencies", &self.currencies);
        v.field(11usize, "customer_payment_journals", &self.customer_payment_journals);
        v.field(12usize, "customer_payments", &self.customer_payments);
        v.field(13usize, "customers", &self.customers);
        v.field(14usize, "dimensions", &self.dimensions);
        v.field(15usize, "dimension_values", &self.dimension_values);
        v.field(16usize, "employees", &self.employees);
        v.field(17usize, "general_ledger_entries", &self.general_ledger_entries);
        v.field(18usize, "item_categories", &self.item_categories);
        v.field(19usize, "items", &self.items);
        v.field(20usize, "journal_lines", &self.journal_lines);
        v.field(21usize, "journals", &self.journals);
        v.field(22usize, "payment_methods", &self.payment_methods);
        v.field(23usize, "payment_terms", &self.payment_terms);
        v.field(24usize, "picture", &self.picture);
        v.field(25usize, "purchase_invoice_lines", &self.purchase_invoice_lines);
        v.field(26usize, "purchase_invoices", &self.purchase_invoices);
        v.field(27usize, "sales_credit_memo_lines", &self.sales_credit_memo_lines);
        v.field(28usize, "sales_credit_memos", &self.sales_credit_memos);
        v.field(29usize, "sales_invoice_lines", &self.sales_invoice_lines);
        v.field(30usize, "sales_invoices", &self.sales_invoices);
        v.field(31usize, "sales_order_lines", &self.sales_order_lines);
        v.field(32usize, "sales_orders", &self.sales_orders);
        v.field(33usize, "sales_quote_lines", &self.sales_quote_lines);
        v.field(34usize, "sales_quotes", &self.sales_quotes);
        v.field(35usize, "shipment_methods", &self.shipment_methods);
        v.field(36usize, "tax_areas", &self.tax_areas);
        v.field(37usize, "tax_groups", &self.tax_groups);
        v.field(38usize, "units_of_measure", &self.units_of_measure);
        v.field(39usize, "vendors", &self.vendors);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Company {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.business_profile_id.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.system_version.read_from(r),
            5usize => self.accounts.read_from(r),
            6usize => self.aged_accounts_payable.read_from(r),
            7usize => self.aged_accounts_receivable.read_from(r),
            8usize => self.company_information.read_from(r),
            9usize => self.countries_regions.read_from(r),
            10usize => self.currencies.read_from(r),
            11usize => self.customer_payment_journals.read_from(r),
            12usize => self.customer_payments.read_from(r),
            13usize => self.customers.read_from(r),
            14usize => self.dimensions.read_from(r),
            15usize => self.dimension_values.read_from(r),
            16usize => self.employees.read_from(r),
            17usize => self.general_ledger_entries.read_from(r),
            18usize => self.item_categories.read_from(r),
            19usize => self.items.read_from(r),
            20usize => self.journal_lines.read_from(r),
            21usize => self.journals.read_from(r),
            22usize => self.payment_methods.read_from(r),
            23usize => self.payment_terms.read_from(r),
            24usize => self.picture.read_from(r),
            25usize => self.purchase_invoice_lines.read_from(r),
            26usize => self.purchase_invoices.read_from(r),
            27usize => self.sales_credit_memo_lines.read_from(r),
            28usize => self.sales_credit_memos.read_from(r),
            29usize => self.sales_invoice_lines.read_from(r),
            30usize => self.sales_invoices.read_from(r),
            31usize => self.sales_order_lines.read_from(r),
            32usize => self.sales_orders.read_from(r),
            33usize => self.sales_quote_lines.read_from(r),
            34usize => self.sales_quotes.read_from(r),
            35usize => self.shipment_methods.read_from(r),
            36usize => self.tax_areas.read_from(r),
            37usize => self.tax_groups.read_from(r),
            38usize => self.units_of_measure.read_from(r),
            39usize => self.vendors.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.business_profile_id);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.name);
        w.field(4usize, &self.system_version);
        w.field(5usize, &self.accounts);
        w.field(6usize, &self.aged_accounts_payable);
        w.field(7usize, &self.aged_accounts_receivable);
        w.field(8usize, &self.company_information);
        w.field(9usize, &self.countries_regions);
        w.field(10usize, &self.currencies);
        w.field(11usize, &self.customer_payment_journals);
        w.field(12usize, &self.customer_payments);
        w.field(13usize, &self.customers);
        w.field(14usize, &self.dimensions);
        w.field(15usize, &self.dimension_values);
        w.field(16usize, &self.employees);
        w.field(17usize, &self.general_ledger_entries);
        w.field(18usize, &self.item_categories);
        w.field(19usize, &self.items);
        w.field(20usize, &self.journal_lines);
        w.field(21usize, &self.journals);
        w.field(22usize, &self.payment_methods);
        w.field(23usize, &self.payment_terms);
        w.field(24usize, &self.picture);
        w.field(25usize, &self.purchase_invoice_lines);
        w.field(26usize, &self.purchase_invoices);
        w.field(27usize, &self.sales_credit_memo_lines);
        w.field(28usize, &self.sales_credit_memos);
        w.field(29usize, &self.sales_invoice_lines);
        w.field(30usize, &self.sales_invoices);
        w.field(31usize, &self.sales_order_lines);
        w.field(32usize, &self.sales_orders);
        w.field(33usize, &self.sales_quote_lines);
        w.field(34usize, &self.sales_quotes);
        w.field(35usize, &self.shipment_methods);
        w.field(36usize, &self.tax_areas);
        w.field(37usize, &self.tax_groups);
        w.field(38usize, &self.units_of_measure);
        w.field(39usize, &self.vendors);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(Company);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Company { with_id id : ::std::string::String; with_business_profile_id
    business_profile_id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_name name : ::std::string::String; with_system_version
    system_version : ::std::string::String; with_accounts accounts : ::std::vec::Vec <
    crate ::beta::Account >; with_aged_accounts_payable aged_accounts_payable :
    ::std::vec::Vec < crate ::beta::AgedAccountsPayable >; with_aged_accounts_receivable
    aged_accounts_receivable : ::std::vec::Vec < crate ::beta::AgedAccountsReceivable >;
    with_company_information company_information : ::std::vec::Vec < crate
    ::beta::CompanyInformation >; with_countries_regions countries_regions :
    ::std::vec::Vec < crate ::beta::CountryRegion >; with_currencies currencies :
    ::std::vec::Vec < crate ::beta::Currency >; with_customer_payment_journals
    customer_payment_journals : ::std::vec::Vec < crate ::beta::CustomerPaymentJournal >;
    with_customer_payments customer_payments : ::std::vec::Vec < crate
    ::beta::CustomerPayment >; with_customers customers : ::std::vec::Vec < crate
    ::beta::Customer >; with_dimensions dimensions : ::std::vec::Vec < crate
    ::beta::Dimension >; with_dimension_values dimension_values : ::std::vec::Vec < crate
    ::beta::DimensionValue >; with_employees employees : ::std::vec::Vec < crate
    ::beta::Employee >; with_general_ledger_entries general_ledger_entries :
    ::std::vec::Vec < crate ::beta::GeneralLedgerEntry >; with_item_categories
    item_categories : ::std::vec::Vec < crate ::beta::ItemCategory >; with_items items :
    ::std::vec::Vec < crate ::beta::Item >; with_journal_lines journal_lines :
    ::std::vec::Vec < crate ::beta::JournalLine >; with_journals journals :
    ::std::vec::Vec < crate ::beta::Journal >; with_payment_methods payment_methods :
    ::std::vec::Vec < crate ::beta::PaymentMethod >; with_payment_terms payment_terms :
    ::std::vec::Vec < crate ::beta::PaymentTerm >; with_picture picture : ::std::vec::Vec
    < crate ::beta::Picture >; with_purchase_invoice_lines purchase_invoice_lines :
    ::std::vec::Vec < crate ::beta::PurchaseInvoiceLine >; with_purchase_invoices
    purchase_invoices : ::std::vec::Vec < crate ::beta::PurchaseInvoice >;
    with_sales_credit_memo_lines sales_credit_memo_lines : ::std::vec::Vec < crate
    ::beta::SalesCreditMemoLine >; with_sales_credit_memos sales_credit_memos :
    ::std::vec::Vec < crate ::beta::SalesCreditMemo >; with_sales_invoice_lines
    sales_invoice_lines : ::std::vec::Vec < crate ::beta::SalesInvoiceLine >;
    with_sales_invoices sales_invoices : ::std::vec::Vec < crate ::beta::SalesInvoice >;
    with_sales_order_lines sales_order_lines : ::std::vec::Vec < crate
    ::beta::SalesOrderLine >; with_sales_orders sales_orders : ::std::vec::Vec < crate
    ::beta::SalesOrder >; with_sales_quote_lines sales_quote_lines : ::std::vec::Vec <
    crate ::beta::SalesQuoteLine >; with_sales_quotes sales_quotes : ::std::vec::Vec <
    crate ::beta::SalesQuote >; with_shipment_methods shipment_methods : ::std::vec::Vec
    < crate ::beta::ShipmentMethod >; with_tax_areas tax_areas : ::std::vec::Vec < crate
    ::beta::TaxArea >; with_tax_groups tax_groups : ::std::vec::Vec < crate
    ::beta::TaxGroup >; with_units_of_measure units_of_measure : ::std::vec::Vec < crate
    ::beta::UnitOfMeasure >; with_vendors vendors : ::std::vec::Vec < crate
    ::beta::Vendor >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Company);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.companyDetail`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CompanyDetail {
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::beta::PhysicalAddress>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `pronunciation`: `Edm.String`, nullable.
    pub pronunciation: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CompanyDetail {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            office_location: rt::Field::Absent,
            pronunciation: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CompanyDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.companyDetail";
    const KEYS: &'static [&'static str] = &[
        "address",
        "department",
        "displayName",
        "officeLocation",
        "pronunciation",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"officeLocation\":               ",
        ",\"pronunciation\":                ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.companyDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "department", &self.department);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "office_location", &self.office_location);
        v.field(4usize, "pronunciation", &self.pronunciation);
        v.field(5usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CompanyDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.department.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.office_location.read_from(r),
            4usize => self.pronunciation.read_from(r),
            5usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.department);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.office_location);
        w.field(4usize, &self.pronunciation);
        w.field(5usize, &self.web_url);
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
rt::impl_object!(CompanyDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CompanyDetail { with_address address : crate ::beta::PhysicalAddress; with_department
    department : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_office_location office_location : ::std::string::String;
    with_pronunciation pronunciation : ::std::string::String; with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CompanyDetail);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.companyInformation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CompanyInformationPath`](requests/trait.CompanyInformationPath.html), what a path to one (`EntityPath<CompanyInformation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct CompanyInformation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.postalAddressType`, nullable.
    pub address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currentFiscalYearStartDate`: `Edm.Date`, nullable.
    pub current_fiscal_year_start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `faxNumber`: `Edm.String`, nullable.
    pub fax_number: rt::Field<::std::string::String>,
    /// CSDL: property `industry`: `Edm.String`, nullable.
    pub industry: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `picture`: `Edm.Stream`, nullable.
    pub picture: rt::Field<rt::RawJson>,
    /// CSDL: property `taxRegistrationNumber`: `Edm.String`, nullable.
    pub tax_registration_number: rt::Field<::std::string::String>,
    /// CSDL: property `website`: `Edm.String`, nullable.
    pub website: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for CompanyInformation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            current_fiscal_year_start_date: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            fax_number: rt::Field::Absent,
            industry: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            picture: rt::Field::Absent,
            tax_registration_number: rt::Field::Absent,
            website: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for CompanyInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.companyInformation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "currencyCode",
        "currentFiscalYearStartDate",
        "displayName",
        "email",
        "faxNumber",
        "industry",
        "lastModifiedDateTime",
        "phoneNumber",
        "picture",
        "taxRegistrationNumber",
        "website",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"currencyCode\":                 ",
        ",\"currentFiscalYearStartDate\":   ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"faxNumber\":                    ",
        ",\"industry\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"phoneNumber\":                  ",
        ",\"picture\":                      ",
        ",\"taxRegistrationNumber\":        ",
        ",\"website\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.companyInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "currency_code", &self.currency_code);
        v.field(
            3usize,
            "current_fiscal_year_start_date",
            &self.current_fiscal_year_start_date,
        );
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "email", &self.email);
        v.field(6usize, "fax_number", &self.fax_number);
        v.field(7usize, "industry", &self.industry);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "phone_number", &self.phone_number);
        v.field(10usize, "picture", &self.picture);
        v.field(11usize, "tax_registration_number", &self.tax_registration_number);
        v.field(12usize, "website", &self.website);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for CompanyInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.currency_code.read_from(r),
            3usize => self.current_fiscal_year_start_date.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.email.read_from(r),
            6usize => self.fax_number.read_from(r),
            7usize => self.industry.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.phone_number.read_from(r),
            10usize => self.picture.read_from(r),
            11usize => self.tax_registration_number.read_from(r),
            12usize => self.website.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.currency_code);
        w.field(3usize, &self.current_fiscal_year_start_date);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.email);
        w.field(6usize, &self.fax_number);
        w.field(7usize, &self.industry);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.phone_number);
        w.field(10usize, &self.picture);
        w.field(11usize, &self.tax_registration_number);
        w.field(12usize, &self.website);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(CompanyInformation);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    CompanyInformation { with_id id : ::std::string::String; with_address address : crate
    ::beta::PostalAddressType; with_currency_code currency_code : ::std::string::String;
    with_current_fiscal_year_start_date current_fiscal_year_start_date : rt::edm::Date;
    with_display_name display_name : ::std::string::String; with_email email :
    ::std::string::String; with_fax_number fax_number : ::std::string::String;
    with_industry industry : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_phone_number phone_number :
    ::std::string::String; with_picture picture : rt::RawJson;
    with_tax_registration_number tax_registration_number : ::std::string::String;
    with_website website : ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CompanyInformation);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.complianceInformation`, complex type, open.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct ComplianceInformation {
    /// CSDL: property `certificationControls`: `Collection(microsoft.graph.certificationControl)`, nullable.
    pub certification_controls: rt::Field<
        ::std::vec::Vec<crate::beta::CertificationControl>,
    >,
    /// CSDL: property `certificationName`: `Edm.String`, nullable.
    pub certification_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for ComplianceInformation {
    #[inline]
    fn default() -> Self {
        Self {
            certification_controls: rt::Field::Absent,
            certification_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for ComplianceInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceInformation";
    const KEYS: &'static [&'static str] = &[
        "certificationControls",
        "certificationName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificationControls\":        ",
        ",\"certificationName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.complianceInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certification_controls", &self.certification_controls);
        v.field(1usize, "certification_name", &self.certification_name);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for ComplianceInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certification_controls.read_from(r),
            1usize => self.certification_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certification_controls);
        w.field(1usize, &self.certification_name);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(ComplianceInformation);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    ComplianceInformation { with_certification_controls certification_controls :
    ::std::vec::Vec < crate ::beta::CertificationControl >; with_certification_name
    certification_name : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceInformation);
#[cfg(msgraph_beta_device_management_or_search)]
/// Compliance management partner for all platforms
///
/// CSDL: `microsoft.graph.complianceManagementPartner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ComplianceManagementPartner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// User groups which enroll Android devices through partner.
    ///
    /// CSDL: property `androidEnrollmentAssignments`: `Collection(microsoft.graph.complianceManagementPartnerAssignment)`, nullable.
    pub android_enrollment_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ComplianceManagementPartnerAssignment>,
    >,
    /// Partner onboarded for Android devices.
    ///
    /// CSDL: property `androidOnboarded`: `Edm.Boolean`, not nullable.
    pub android_onboarded: rt::Field<bool>,
    /// Partner display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// User groups which enroll ios devices through partner.
    ///
    /// CSDL: property `iosEnrollmentAssignments`: `Collection(microsoft.graph.complianceManagementPartnerAssignment)`, nullable.
    pub ios_enrollment_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ComplianceManagementPartnerAssignment>,
    >,
    /// Partner onboarded for ios devices.
    ///
    /// CSDL: property `iosOnboarded`: `Edm.Boolean`, not nullable.
    pub ios_onboarded: rt::Field<bool>,
    /// Timestamp of last heartbeat after admin onboarded to the compliance management partner
    ///
    /// CSDL: property `lastHeartbeatDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_heartbeat_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// User groups which enroll Mac devices through partner.
    ///
    /// CSDL: property `macOsEnrollmentAssignments`: `Collection(microsoft.graph.complianceManagementPartnerAssignment)`, nullable.
    pub mac_os_enrollment_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ComplianceManagementPartnerAssignment>,
    >,
    /// Partner onboarded for Mac devices.
    ///
    /// CSDL: property `macOsOnboarded`: `Edm.Boolean`, not nullable.
    pub mac_os_onboarded: rt::Field<bool>,
    /// Partner state of this tenant
    ///
    /// CSDL: property `partnerState`: `microsoft.graph.deviceManagementPartnerTenantState`, not nullable.
    pub partner_state: rt::Field<crate::beta::DeviceManagementPartnerTenantState>,
    /// User groups which enroll Windows devices through partner.
    ///
    /// CSDL: property `windowsEnrollmentAssignments`: `Collection(microsoft.graph.complianceManagementPartnerAssignment)`, nullable.
    pub windows_enrollment_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ComplianceManagementPartnerAssignment>,
    >,
    /// Partner onboarded for Windows devices.
    ///
    /// CSDL: property `windowsOnboarded`: `Edm.Boolean`, not nullable.
    pub windows_onboarded: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ComplianceManagementPartner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_enrollment_assignments: rt::Field::Absent,
            android_onboarded: rt::Field::Absent,
            display_name: rt::Field::Absent,
            ios_enrollment_assignments: rt::Field::Absent,
            ios_onboarded: rt::Field::Absent,
            last_heartbeat_date_time: rt::Field::Absent,
            mac_os_enrollment_assignments: rt::Field::Absent,
            mac_os_onboarded: rt::Field::Absent,
            partner_state: rt::Field::Absent,
            windows_enrollment_assignments: rt::Field::Absent,
            windows_onboarded: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ComplianceManagementPartner {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceManagementPartner";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidEnrollmentAssignments",
        "androidOnboarded",
        "displayName",
        "iosEnrollmentAssignments",
        "iosOnboarded",
        "lastHeartbeatDateTime",
        "macOsEnrollmentAssignments",
        "macOsOnboarded",
        "partnerState",
        "windowsEnrollmentAssignments",
        "windowsOnboarded",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidEnrollmentAssignments\": ",
        ",\"androidOnboarded\":             ",
        ",\"displayName\":                  ",
        ",\"iosEnrollmentAssignments\":     ",
        ",\"iosOnboarded\":                 ",
        ",\"lastHeartbeatDateTime\":        ",
        ",\"macOsEnrollmentAssignments\":   ",
        ",\"macOsOnboarded\":               ",
        ",\"partnerState\":                 ",
        ",\"windowsEnrollmentAssignments\": ",
        ",\"windowsOnboarded\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.complianceManagementPartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "android_enrollment_assignments",
            &self.android_enrollment_assignments,
        );
        v.field(2usize, "android_onboarded", &self.android_onboarded);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "ios_enrollment_assignments", &self.ios_enrollment_assignments);
        v.field(5usize, "ios_onboarded", &self.ios_onboarded);
        v.field(6usize, "last_heartbeat_date_time", &self.last_heartbeat_date_time);
        v.field(
            7usize,
            "mac_os_enrollment_assignments",
            &self.mac_os_enrollment_assignments,
        );
        v.field(8usize, "mac_os_onboarded", &self.mac_os_onboarded);
        v.field(9usize, "partner_state", &self.partner_state);
        v.field(
            10usize,
            "windows_enrollment_assignments",
            &self.windows_enrollment_assignments,
        );
        v.field(11usize, "windows_onboarded", &self.windows_onboarded);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ComplianceManagementPartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_enrollment_assignments.read_from(r),
            2usize => self.android_onboarded.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.ios_enrollment_assignments.read_from(r),
            5usize => self.ios_onboarded.read_from(r),
            6usize => self.last_heartbeat_date_time.read_from(r),
            7usize => self.mac_os_enrollment_assignments.read_from(r),
            8usize => self.mac_os_onboarded.read_from(r),
            9usize => self.partner_state.read_from(r),
            10usize => self.windows_enrollment_assignments.read_from(r),
            11usize => self.windows_onboarded.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_enrollment_assignments);
        w.field(2usize, &self.android_onboarded);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.ios_enrollment_assignments);
        w.field(5usize, &self.ios_onboarded);
        w.field(6usize, &self.last_heartbeat_date_time);
        w.field(7usize, &self.mac_os_enrollment_assignments);
        w.field(8usize, &self.mac_os_onboarded);
        w.field(9usize, &self.partner_state);
        w.field(10usize, &self.windows_enrollment_assignments);
        w.field(11usize, &self.windows_onboarded);
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
rt::impl_object!(ComplianceManagementPartner);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ComplianceManagementPartner { with_id id : ::std::string::String;
    with_android_enrollment_assignments android_enrollment_assignments : ::std::vec::Vec
    < crate ::beta::ComplianceManagementPartnerAssignment >; with_android_onboarded
    android_onboarded : bool; with_display_name display_name : ::std::string::String;
    with_ios_enrollment_assignments ios_enrollment_assignments : ::std::vec::Vec < crate
    ::beta::ComplianceManagementPartnerAssignment >; with_ios_onboarded ios_onboarded :
    bool; with_last_heartbeat_date_time last_heartbeat_date_time :
    rt::edm::DateTimeOffset; with_mac_os_enrollment_assignments
    mac_os_enrollment_assignments : ::std::vec::Vec < crate
    ::beta::ComplianceManagementPartnerAssignment >; with_mac_os_onboarded
    mac_os_onboarded : bool; with_partner_state partner_state : crate
    ::beta::DeviceManagementPartnerTenantState; with_windows_enrollment_assignments
    windows_enrollment_assignments : ::std::vec::Vec < crate
    ::beta::ComplianceManagementPartnerAssignment >; with_windows_onboarded
    windows_onboarded : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceManagementPartner);
#[cfg(msgraph_beta_device_management_or_search)]
/// User group targeting for Compliance Management Partner
///
/// CSDL: `microsoft.graph.complianceManagementPartnerAssignment`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ComplianceManagementPartnerAssignment {
    /// Group assignment target.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ComplianceManagementPartnerAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ComplianceManagementPartnerAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceManagementPartnerAssignment";
    const KEYS: &'static [&'static str] = &["target"];
    const KEYS_JSON: &'static [&'static str] = &[",\"target\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.complianceManagementPartnerAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ComplianceManagementPartnerAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target);
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
rt::impl_object!(ComplianceManagementPartnerAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ComplianceManagementPartnerAssignment { with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceManagementPartnerAssignment);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.complianceState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ComplianceState {
    /// `unknown` (value 0).
    Unknown,
    /// `compliant` (value 1).
    Compliant,
    /// `noncompliant` (value 2).
    Noncompliant,
    /// `conflict` (value 3).
    Conflict,
    /// `error` (value 4).
    Error,
    /// `inGracePeriod` (value 254).
    InGracePeriod,
    /// `configManager` (value 255).
    ConfigManager,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ComplianceState {
    const TYPE_NAME: &'static str = "microsoft.graph.complianceState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "compliant",
        "noncompliant",
        "conflict",
        "error",
        "inGracePeriod",
        "configManager",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "compliant" => Self::Compliant,
                "noncompliant" => Self::Noncompliant,
                "conflict" => Self::Conflict,
                "error" => Self::Error,
                "inGracePeriod" => Self::InGracePeriod,
                "configManager" => Self::ConfigManager,
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
            Self::Compliant => "compliant",
            Self::Noncompliant => "noncompliant",
            Self::Conflict => "conflict",
            Self::Error => "error",
            Self::InGracePeriod => "inGracePeriod",
            Self::ConfigManager => "configManager",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ComplianceState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComplianceState);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessConditions`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessConditions {
    /// `none` (value 0).
    None,
    /// `application` (value 1).
    Application,
    /// `users` (value 2).
    Users,
    /// `devicePlatform` (value 4).
    DevicePlatform,
    /// `location` (value 8).
    Location,
    /// `clientType` (value 16).
    ClientType,
    /// `signInRisk` (value 32).
    SignInRisk,
    /// `userRisk` (value 64).
    UserRisk,
    /// `time` (value 128).
    Time,
    /// `deviceState` (value 256).
    DeviceState,
    /// `client` (value 512).
    Client,
    /// `ipAddressSeenByAzureAD` (value 1024).
    IpAddressSeenByAzureAd,
    /// `ipAddressSeenByResourceProvider` (value 2048).
    IpAddressSeenByResourceProvider,
    /// `unknownFutureValue` (value 4096).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for ConditionalAccessConditions {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessConditions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "application",
        "users",
        "devicePlatform",
        "location",
        "clientType",
        "signInRisk",
        "userRisk",
        "time",
        "deviceState",
        "client",
        "ipAddressSeenByAzureAD",
        "ipAddressSeenByResourceProvider",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "application" => Self::Application,
                "users" => Self::Users,
                "devicePlatform" => Self::DevicePlatform,
                "location" => Self::Location,
                "clientType" => Self::ClientType,
                "signInRisk" => Self::SignInRisk,
                "userRisk" => Self::UserRisk,
                "time" => Self::Time,
                "deviceState" => Self::DeviceState,
                "client" => Self::Client,
                "ipAddressSeenByAzureAD" => Self::IpAddressSeenByAzureAd,
                "ipAddressSeenByResourceProvider" => {
                    Self::IpAddressSeenByResourceProvider
                }
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
            Self::Application => "application",
            Self::Users => "users",
            Self::DevicePlatform => "devicePlatform",
            Self::Location => "location",
            Self::ClientType => "clientType",
            Self::SignInRisk => "signInRisk",
            Self::UserRisk => "userRisk",
            Self::Time => "time",
            Self::DeviceState => "deviceState",
            Self::Client => "client",
            Self::IpAddressSeenByAzureAd => "ipAddressSeenByAzureAD",
            Self::IpAddressSeenByResourceProvider => "ipAddressSeenByResourceProvider",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(ConditionalAccessConditions);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessConditions);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessRule`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessRule {
    /// `allApps` (value 0).
    AllApps,
    /// `firstPartyApps` (value 1).
    FirstPartyApps,
    /// `office365` (value 2).
    Office365,
    /// `appId` (value 3).
    AppId,
    /// `acr` (value 4).
    Acr,
    /// `appFilter` (value 5).
    AppFilter,
    /// `allUsers` (value 6).
    AllUsers,
    /// `guest` (value 7).
    Guest,
    /// `groupId` (value 8).
    GroupId,
    /// `roleId` (value 9).
    RoleId,
    /// `userId` (value 10).
    UserId,
    /// `allDevicePlatforms` (value 11).
    AllDevicePlatforms,
    /// `devicePlatform` (value 12).
    DevicePlatform,
    /// `allLocations` (value 13).
    AllLocations,
    /// `insideCorpnet` (value 14).
    InsideCorpnet,
    /// `allTrustedLocations` (value 15).
    AllTrustedLocations,
    /// `locationId` (value 16).
    LocationId,
    /// `allDevices` (value 17).
    AllDevices,
    /// `deviceFilter` (value 18).
    DeviceFilter,
    /// `deviceState` (value 19).
    DeviceState,
    /// `unknownFutureValue` (value 20).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for ConditionalAccessRule {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessRule";
    const MEMBERS: &'static [&'static str] = &[
        "allApps",
        "firstPartyApps",
        "office365",
        "appId",
        "acr",
        "appFilter",
        "allUsers",
        "guest",
        "groupId",
        "roleId",
        "userId",
        "allDevicePlatforms",
        "devicePlatform",
        "allLocations",
        "insideCorpnet",
        "allTrustedLocations",
        "locationId",
        "allDevices",
        "deviceFilter",
        "deviceState",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allApps" => Self::AllApps,
                "firstPartyApps" => Self::FirstPartyApps,
                "office365" => Self::Office365,
                "appId" => Self::AppId,
                "acr" => Self::Acr,
                "appFilter" => Self::AppFilter,
                "allUsers" => Self::AllUsers,
                "guest" => Self::Guest,
                "groupId" => Self::GroupId,
                "roleId" => Self::RoleId,
                "userId" => Self::UserId,
                "allDevicePlatforms" => Self::AllDevicePlatforms,
                "devicePlatform" => Self::DevicePlatform,
                "allLocations" => Self::AllLocations,
                "insideCorpnet" => Self::InsideCorpnet,
                "allTrustedLocations" => Self::AllTrustedLocations,
                "locationId" => Self::LocationId,
                "allDevices" => Self::AllDevices,
                "deviceFilter" => Self::DeviceFilter,
                "deviceState" => Self::DeviceState,
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
            Self::AllApps => "allApps",
            Self::FirstPartyApps => "firstPartyApps",
            Self::Office365 => "office365",
            Self::AppId => "appId",
            Self::Acr => "acr",
            Self::AppFilter => "appFilter",
            Self::AllUsers => "allUsers",
            Self::Guest => "guest",
            Self::GroupId => "groupId",
            Self::RoleId => "roleId",
            Self::UserId => "userId",
            Self::AllDevicePlatforms => "allDevicePlatforms",
            Self::DevicePlatform => "devicePlatform",
            Self::AllLocations => "allLocations",
            Self::InsideCorpnet => "insideCorpnet",
            Self::AllTrustedLocations => "allTrustedLocations",
            Self::LocationId => "locationId",
            Self::AllDevices => "allDevices",
            Self::DeviceFilter => "deviceFilter",
            Self::DeviceState => "deviceState",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(ConditionalAccessRule);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessRule);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessRuleSatisfied`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessRuleSatisfied {
    /// CSDL: property `conditionalAccessCondition`: `microsoft.graph.conditionalAccessConditions`, nullable.
    pub conditional_access_condition: rt::Field<
        rt::Flags<crate::beta::ConditionalAccessConditions>,
    >,
    /// CSDL: property `ruleSatisfied`: `microsoft.graph.conditionalAccessRule`, nullable.
    pub rule_satisfied: rt::Field<crate::beta::ConditionalAccessRule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for ConditionalAccessRuleSatisfied {
    #[inline]
    fn default() -> Self {
        Self {
            conditional_access_condition: rt::Field::Absent,
            rule_satisfied: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for ConditionalAccessRuleSatisfied {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessRuleSatisfied";
    const KEYS: &'static [&'static str] = &[
        "conditionalAccessCondition",
        "ruleSatisfied",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conditionalAccessCondition\":   ",
        ",\"ruleSatisfied\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessRuleSatisfied\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "conditional_access_condition",
            &self.conditional_access_condition,
        );
        v.field(1usize, "rule_satisfied", &self.rule_satisfied);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for ConditionalAccessRuleSatisfied {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conditional_access_condition.read_from(r),
            1usize => self.rule_satisfied.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conditional_access_condition);
        w.field(1usize, &self.rule_satisfied);
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
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(ConditionalAccessRuleSatisfied);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    ConditionalAccessRuleSatisfied { with_conditional_access_condition
    conditional_access_condition : rt::Flags < crate ::beta::ConditionalAccessConditions
    >; with_rule_satisfied rule_satisfied : crate ::beta::ConditionalAccessRule; }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessRuleSatisfied);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessStatus`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessStatus {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `notApplied` (value 2).
    NotApplied,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for ConditionalAccessStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessStatus";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "notApplied",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "notApplied" => Self::NotApplied,
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
            Self::Success => "success",
            Self::Failure => "failure",
            Self::NotApplied => "notApplied",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(ConditionalAccessStatus);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// A ConfigManager policy summary.
///
/// CSDL: `microsoft.graph.configManagerPolicySummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ConfigManagerPolicySummary {
    /// The number of devices evaluated to be compliant by the policy.
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// The number of devices that have have been remediated by the policy.
    ///
    /// CSDL: property `enforcedDeviceCount`: `Edm.Int32`, not nullable.
    pub enforced_device_count: rt::Field<i32>,
    /// The number of devices that failed to be evaluated by the policy.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// The number of devices evaluated to be noncompliant by the policy.
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// The number of devices that have acknowledged the policy but are pending evaluation.
    ///
    /// CSDL: property `pendingDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_device_count: rt::Field<i32>,
    /// The number of devices targeted by the policy.
    ///
    /// CSDL: property `targetedDeviceCount`: `Edm.Int32`, not nullable.
    pub targeted_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ConfigManagerPolicySummary {
    #[inline]
    fn default() -> Self {
        Self {
            compliant_device_count: rt::Field::Absent,
            enforced_device_count: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            pending_device_count: rt::Field::Absent,
            targeted_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ConfigManagerPolicySummary {
    const TYPE_NAME: &'static str = "microsoft.graph.configManagerPolicySummary";
    const KEYS: &'static [&'static str] = &[
        "compliantDeviceCount",
        "enforcedDeviceCount",
        "failedDeviceCount",
        "nonCompliantDeviceCount",
        "pendingDeviceCount",
        "targetedDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compliantDeviceCount\":         ",
        ",\"enforcedDeviceCount\":          ",
        ",\"failedDeviceCount\":            ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"pendingDeviceCount\":           ",
        ",\"targetedDeviceCount\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configManagerPolicySummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliant_device_count", &self.compliant_device_count);
        v.field(1usize, "enforced_device_count", &self.enforced_device_count);
        v.field(2usize, "failed_device_count", &self.failed_device_count);
        v.field(3usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(4usize, "pending_device_count", &self.pending_device_count);
        v.field(5usize, "targeted_device_count", &self.targeted_device_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ConfigManagerPolicySummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliant_device_count.read_from(r),
            1usize => self.enforced_device_count.read_from(r),
            2usize => self.failed_device_count.read_from(r),
            3usize => self.non_compliant_device_count.read_from(r),
            4usize => self.pending_device_count.read_from(r),
            5usize => self.targeted_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliant_device_count);
        w.field(1usize, &self.enforced_device_count);
        w.field(2usize, &self.failed_device_count);
        w.field(3usize, &self.non_compliant_device_count);
        w.field(4usize, &self.pending_device_count);
        w.field(5usize, &self.targeted_device_count);
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
rt::impl_object!(ConfigManagerPolicySummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ConfigManagerPolicySummary { with_compliant_device_count compliant_device_count :
    i32; with_enforced_device_count enforced_device_count : i32; with_failed_device_count
    failed_device_count : i32; with_non_compliant_device_count non_compliant_device_count
    : i32; with_pending_device_count pending_device_count : i32;
    with_targeted_device_count targeted_device_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigManagerPolicySummary);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.configurationManagerActionDeliveryStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConfigurationManagerActionDeliveryStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `pendingDelivery` (value 1).
    PendingDelivery,
    /// `deliveredToConnectorService` (value 2).
    DeliveredToConnectorService,
    /// `failedToDeliverToConnectorService` (value 3).
    FailedToDeliverToConnectorService,
    /// `deliveredToOnPremisesServer` (value 4).
    DeliveredToOnPremisesServer,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ConfigurationManagerActionDeliveryStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerActionDeliveryStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "pendingDelivery",
        "deliveredToConnectorService",
        "failedToDeliverToConnectorService",
        "deliveredToOnPremisesServer",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "pendingDelivery" => Self::PendingDelivery,
                "deliveredToConnectorService" => Self::DeliveredToConnectorService,
                "failedToDeliverToConnectorService" => {
                    Self::FailedToDeliverToConnectorService
                }
                "deliveredToOnPremisesServer" => Self::DeliveredToOnPremisesServer,
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
            Self::PendingDelivery => "pendingDelivery",
            Self::DeliveredToConnectorService => "deliveredToConnectorService",
            Self::FailedToDeliverToConnectorService => {
                "failedToDeliverToConnectorService"
            }
            Self::DeliveredToOnPremisesServer => "deliveredToOnPremisesServer",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ConfigurationManagerActionDeliveryStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerActionDeliveryStatus);
#[cfg(msgraph_beta_core)]
/// Result of the ConfigurationManager action
///
/// CSDL: `microsoft.graph.configurationManagerActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// State of the action being delivered to on-prem server
    ///
    /// CSDL: property `actionDeliveryStatus`: `microsoft.graph.configurationManagerActionDeliveryStatus`, not nullable.
    pub action_delivery_status: rt::Field<
        crate::beta::ConfigurationManagerActionDeliveryStatus,
    >,
    /// Error code of Configuration Manager action from client
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConfigurationManagerActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            action_delivery_status: rt::Field::Absent,
            error_code: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConfigurationManagerActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "actionDeliveryStatus",
        "errorCode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"actionDeliveryStatus\":         ",
        ",\"errorCode\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "action_delivery_status", &self.action_delivery_status);
        v.field(5usize, "error_code", &self.error_code);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConfigurationManagerActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.action_delivery_status.read_from(r),
            5usize => self.error_code.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.action_delivery_status);
        w.field(5usize, &self.error_code);
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
rt::impl_object!(ConfigurationManagerActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConfigurationManagerActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_action_delivery_status action_delivery_status : crate
    ::beta::ConfigurationManagerActionDeliveryStatus; with_error_code error_code : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerActionResult);
#[cfg(msgraph_beta_core)]
/// Configuration Manager client information synced from SCCM
///
/// CSDL: `microsoft.graph.configurationManagerClientInformation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerClientInformation {
    /// Configuration Manager Client Id from SCCM
    ///
    /// CSDL: property `clientIdentifier`: `Edm.String`, nullable.
    pub client_identifier: rt::Field<::std::string::String>,
    /// Configuration Manager Client blocked status from SCCM
    ///
    /// CSDL: property `isBlocked`: `Edm.Boolean`, not nullable.
    pub is_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConfigurationManagerClientInformation {
    #[inline]
    fn default() -> Self {
        Self {
            client_identifier: rt::Field::Absent,
            is_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConfigurationManagerClientInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerClientInformation";
    const KEYS: &'static [&'static str] = &["clientIdentifier", "isBlocked"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clientIdentifier\":             ",
        ",\"isBlocked\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerClientInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_identifier", &self.client_identifier);
        v.field(1usize, "is_blocked", &self.is_blocked);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConfigurationManagerClientInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_identifier.read_from(r),
            1usize => self.is_blocked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_identifier);
        w.field(1usize, &self.is_blocked);
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
rt::impl_object!(ConfigurationManagerClientInformation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConfigurationManagerClientInformation { with_client_identifier client_identifier :
    ::std::string::String; with_is_blocked is_blocked : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerClientInformation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.configurationUsage`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConfigurationUsage {
    /// `blocked` (value 0).
    Blocked,
    /// `required` (value 1).
    Required,
    /// `allowed` (value 2).
    Allowed,
    /// `notConfigured` (value 3).
    NotConfigured,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ConfigurationUsage {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationUsage";
    const MEMBERS: &'static [&'static str] = &[
        "blocked",
        "required",
        "allowed",
        "notConfigured",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "blocked" => Self::Blocked,
                "required" => Self::Required,
                "allowed" => Self::Allowed,
                "notConfigured" => Self::NotConfigured,
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
            Self::Blocked => "blocked",
            Self::Required => "required",
            Self::Allowed => "allowed",
            Self::NotConfigured => "notConfigured",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ConfigurationUsage);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationUsage);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.confirmedBy`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConfirmedBy {
    /// `none` (value 0).
    None,
    /// `user` (value 1).
    User,
    /// `manager` (value 2).
    Manager,
    /// `unknownFutureValue` (value 1024).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ConfirmedBy {
    const TYPE_NAME: &'static str = "microsoft.graph.confirmedBy";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "user",
        "manager",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "user" => Self::User,
                "manager" => Self::Manager,
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
            Self::User => "user",
            Self::Manager => "manager",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ConfirmedBy);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfirmedBy);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.connectionDirection`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectionDirection {
    /// `unknown` (value 0).
    Unknown,
    /// `inbound` (value 1).
    Inbound,
    /// `outbound` (value 2).
    Outbound,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for ConnectionDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionDirection";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inbound",
        "outbound",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inbound" => Self::Inbound,
                "outbound" => Self::Outbound,
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
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(ConnectionDirection);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionDirection);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.connectionStatus`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectionStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `attempted` (value 1).
    Attempted,
    /// `succeeded` (value 2).
    Succeeded,
    /// `blocked` (value 3).
    Blocked,
    /// `failed` (value 4).
    Failed,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for ConnectionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "attempted",
        "succeeded",
        "blocked",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "attempted" => Self::Attempted,
                "succeeded" => Self::Succeeded,
                "blocked" => Self::Blocked,
                "failed" => Self::Failed,
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
            Self::Attempted => "attempted",
            Self::Succeeded => "succeeded",
            Self::Blocked => "blocked",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(ConnectionStatus);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionStatus);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.connectorGroupRegion`, enum type.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectorGroupRegion {
    /// `nam` (value 0).
    Nam,
    /// `eur` (value 1).
    Eur,
    /// `aus` (value 2).
    Aus,
    /// `asia` (value 3).
    Asia,
    /// `ind` (value 4).
    Ind,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::StrEnum for ConnectorGroupRegion {
    const TYPE_NAME: &'static str = "microsoft.graph.connectorGroupRegion";
    const MEMBERS: &'static [&'static str] = &[
        "nam",
        "eur",
        "aus",
        "asia",
        "ind",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "nam" => Self::Nam,
                "eur" => Self::Eur,
                "aus" => Self::Aus,
                "asia" => Self::Asia,
                "ind" => Self::Ind,
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
            Self::Nam => "nam",
            Self::Eur => "eur",
            Self::Aus => "aus",
            Self::Asia => "asia",
            Self::Ind => "ind",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_enum!(ConnectorGroupRegion);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectorGroupRegion);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.connectorStatus`, enum type.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectorStatus {
    /// `active` (value 0).
    Active,
    /// `inactive` (value 1).
    Inactive,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::StrEnum for ConnectorStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.connectorStatus";
    const MEMBERS: &'static [&'static str] = &["active", "inactive"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_enum!(ConnectorStatus);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectorStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.contact`, entity type, derived from `microsoft.graph.outlookItem`, open, key `id`.
///
/// Request builders: [`ContactPath`](requests/trait.ContactPath.html), what a path to one (`EntityPath<Contact, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Contact {
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
    /// CSDL: property `assistantName`: `Edm.String`, nullable.
    pub assistant_name: rt::Field<::std::string::String>,
    /// CSDL: property `birthday`: `Edm.DateTimeOffset`, nullable.
    pub birthday: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `children`: `Collection(Edm.String)`, nullable.
    pub children: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `companyName`: `Edm.String`, nullable.
    pub company_name: rt::Field<::std::string::String>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `emailAddresses`: `Collection(microsoft.graph.typedEmailAddress)`, nullable.
    pub email_addresses: rt::Field<::std::vec::Vec<crate::beta::TypedEmailAddress>>,
    /// CSDL: property `fileAs`: `Edm.String`, nullable.
    pub file_as: rt::Field<::std::string::String>,
    /// CSDL: property `flag`: `microsoft.graph.followupFlag`, nullable.
    pub flag: rt::Field<crate::beta::FollowupFlag>,
    /// CSDL: property `gender`: `Edm.String`, nullable.
    pub gender: rt::Field<::std::string::String>,
    /// CSDL: property `generation`: `Edm.String`, nullable.
    pub generation: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `imAddresses`: `Collection(Edm.String)`, nullable.
    pub im_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `initials`: `Edm.String`, nullable.
    pub initials: rt::Field<::std::string::String>,
    /// CSDL: property `isFavorite`: `Edm.Boolean`, nullable.
    pub is_favorite: rt::Field<bool>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `manager`: `Edm.String`, nullable.
    pub manager: rt::Field<::std::string::String>,
    /// CSDL: property `middleName`: `Edm.String`, nullable.
    pub middle_name: rt::Field<::std::string::String>,
    /// CSDL: property `nickName`: `Edm.String`, nullable.
    pub nick_name: rt::Field<::std::string::String>,
    /// CSDL: property `officeLocation`: `Edm.String`, nullable.
    pub office_location: rt::Field<::std::string::String>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `personalNotes`: `Edm.String`, nullable.
    pub personal_notes: rt::Field<::std::string::String>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::beta::Phone>>,
    /// CSDL: property `postalAddresses`: `Collection(microsoft.graph.physicalAddress)`, nullable.
    pub postal_addresses: rt::Field<::std::vec::Vec<crate::beta::PhysicalAddress>>,
    /// CSDL: property `profession`: `Edm.String`, nullable.
    pub profession: rt::Field<::std::string::String>,
    /// CSDL: property `spouseName`: `Edm.String`, nullable.
    pub spouse_name: rt::Field<::std::string::String>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `websites`: `Collection(microsoft.graph.website)`, nullable.
    pub websites: rt::Field<::std::vec::Vec<crate::beta::Website>>,
    /// CSDL: property `weddingAnniversary`: `Edm.Date`, nullable.
    pub wedding_anniversary: rt::Field<rt::edm::Date>,
    /// CSDL: property `yomiCompanyName`: `Edm.String`, nullable.
    pub yomi_company_name: rt::Field<::std::string::String>,
    /// CSDL: property `yomiGivenName`: `Edm.String`, nullable.
    pub yomi_given_name: rt::Field<::std::string::String>,
    /// CSDL: property `yomiSurname`: `Edm.String`, nullable.
    pub yomi_surname: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::beta::ProfilePhoto>,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Contact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assistant_name: rt::Field::Absent,
            birthday: rt::Field::Absent,
            children: rt::Field::Absent,
            company_name: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_addresses: rt::Field::Absent,
            file_as: rt::Field::Absent,
            flag: rt::Field::Absent,
            gender: rt::Field::Absent,
            generation: rt::Field::Absent,
            given_name: rt::Field::Absent,
            im_addresses: rt::Field::Absent,
            initials: rt::Field::Absent,
            is_favorite: rt::Field::Absent,
            job_title: rt::Field::Absent,
            manager: rt::Field::Absent,
            middle_name: rt::Field::Absent,
            nick_name: rt::Field::Absent,
            office_location: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            personal_notes: rt::Field::Absent,
            phones: rt::Field::Absent,
            postal_addresses: rt::Field::Absent,
            profession: rt::Field::Absent,
            spouse_name: rt::Field::Absent,
            surname: rt::Field::Absent,
            title: rt::Field::Absent,
            websites: rt::Field::Absent,
            wedding_anniversary: rt::Field::Absent,
            yomi_company_name: rt::Field::Absent,
            yomi_given_name: rt::Field::Absent,
            yomi_surname: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            photo: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Contact {
    const TYPE_NAME: &'static str = "microsoft.graph.contact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "assistantName",
        "birthday",
        "children",
        "companyName",
        "department",
        "displayName",
        "emailAddresses",
        "fileAs",
        "flag",
        "gender",
        "generation",
        "givenName",
        "imAddresses",
        "initials",
        "isFavorite",
        "jobTitle",
        "manager",
        "middleName",
        "nickName",
        "officeLocation",
        "parentFolderId",
        "personalNotes",
        "phones",
        "postalAddresses",
        "profession",
        "spouseName",
        "surname",
        "title",
        "websites",
        "weddingAnniversary",
        "yomiCompanyName",
        "yomiGivenName",
        "yomiSurname",
        "extensions",
        "multiValueExtendedProperties",
        "photo",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assistantName\":                ",
        ",\"birthday\":                     ",
        ",\"children\":                     ",
        ",\"companyName\":                  ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"emailAddresses\":               ",
        ",\"fileAs\":                       ",
        ",\"flag\":                         ",
        ",\"gender\":                       ",
        ",\"generation\":                   ",
        ",\"givenName\":                    ",
        ",\"imAddresses\":                  ",
        ",\"initials\":                     ",
        ",\"isFavorite\":                   ",
        ",\"jobTitle\":                     ",
        ",\"manager\":                      ",
        ",\"middleName\":                   ",
        ",\"nickName\":                     ",
        ",\"officeLocation\":               ",
        ",\"parentFolderId\":               ",
        ",\"personalNotes\":                ",
        ",\"phones\":                       ",
        ",\"postalAddresses\":              ",
        ",\"profession\":                   ",
        ",\"spouseName\":                   ",
        ",\"surname\":                      ",
        ",\"title\":                        ",
        ",\"websites\":                     ",
        ",\"weddingAnniversary\":           ",
        ",\"yomiCompanyName\":              ",
        ",\"yomiGivenName\":                ",
        ",\"yomiSurname\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"photo\":                        ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assistant_name", &self.assistant_name);
        v.field(6usize, "birthday", &self.birthday);
        v.field(7usize, "children", &self.children);
        v.field(8usize, "company_name", &self.company_name);
        v.field(9usize, "department", &self.department);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "email_addresses", &self.email_addresses);
        v.field(12usize, "file_as", &self.file_as);
        v.field(13usize, "flag", &self.flag);
        v.field(14usize, "gender", &self.gender);
        v.field(15usize, "generation", &self.generation);
        v.field(16usize, "given_name", &self.given_name);
        v.field(17usize, "im_addresses", &self.im_addresses);
        v.field(18usize, "initials", &self.initials);
        v.field(19usize, "is_favorite", &self.is_favorite);
        v.field(20usize, "job_title", &self.job_title);
        v.field(21usize, "manager", &self.manager);
        v.field(22usize, "middle_name", &self.middle_name);
        v.field(23usize, "nick_name", &self.nick_name);
        v.field(24usize, "office_location", &self.office_location);
        v.field(25usize, "parent_folder_id", &self.parent_folder_id);
        v.field(26usize, "personal_notes", &self.personal_notes);
        v.field(27usize, "phones", &self.phones);
        v.field(28usize, "postal_addresses", &self.postal_addresses);
        v.field(29usize, "profession", &self.profession);
        v.field(30usize, "spouse_name", &self.spouse_name);
        v.field(31usize, "surname", &self.surname);
        v.field(32usize, "title", &self.title);
        v.field(33usize, "websites", &self.websites);
        v.field(34usize, "wedding_anniversary", &self.wedding_anniversary);
        v.field(35usize, "yomi_company_name", &self.yomi_company_name);
        v.field(36usize, "yomi_given_name", &self.yomi_given_name);
        v.field(37usize, "yomi_surname", &self.yomi_surname);
        v.field(38usize, "extensions", &self.extensions);
        v.field(
            39usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(40usize, "photo", &self.photo);
        v.field(
            41usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Contact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assistant_name.read_from(r),
            6usize => self.birthday.read_from(r),
            7usize => self.children.read_from(r),
            8usize => self.company_name.read_from(r),
            9usize => self.department.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.email_addresses.read_from(r),
            12usize => self.file_as.read_from(r),
            13usize => self.flag.read_from(r),
            14usize => self.gender.read_from(r),
            15usize => self.generation.read_from(r),
            16usize => self.given_name.read_from(r),
            17usize => self.im_addresses.read_from(r),
            18usize => self.initials.read_from(r),
            19usize => self.is_favorite.read_from(r),
            20usize => self.job_title.read_from(r),
            21usize => self.manager.read_from(r),
            22usize => self.middle_name.read_from(r),
            23usize => self.nick_name.read_from(r),
            24usize => self.office_location.read_from(r),
            25usize => self.parent_folder_id.read_from(r),
            26usize => self.personal_notes.read_from(r),
            27usize => self.phones.read_from(r),
            28usize => self.postal_addresses.read_from(r),
            29usize => self.profession.read_from(r),
            30usize => self.spouse_name.read_from(r),
            31usize => self.surname.read_from(r),
            32usize => self.title.read_from(r),
            33usize => self.websites.read_from(r),
            34usize => self.wedding_anniversary.read_from(r),
            35usize => self.yomi_company_name.read_from(r),
            36usize => self.yomi_given_name.read_from(r),
            37usize => self.yomi_surname.read_from(r),
            38usize => self.extensions.read_from(r),
            39usize => self.multi_value_extended_properties.read_from(r),
            40usize => self.photo.read_from(r),
            41usize => self.single_value_extended_properties.read_from(r),
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
        w.field(5usize, &self.assistant_name);
        w.field(6usize, &self.birthday);
        w.field(7usize, &self.children);
        w.field(8usize, &self.company_name);
        w.field(9usize, &self.department);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.email_addresses);
        w.field(12usize, &self.file_as);
        w.field(13usize, &self.flag);
        w.field(14usize, &self.gender);
        w.field(15usize, &self.generation);
        w.field(16usize, &self.given_name);
        w.field(17usize, &self.im_addresses);
        w.field(18usize, &self.initials);
        w.field(19usize, &self.is_favorite);
        w.field(20usize, &self.job_title);
        w.field(21usize, &self.manager);
        w.field(22usize, &self.middle_name);
        w.field(23usize, &self.nick_name);
        w.field(24usize, &self.office_location);
        w.field(25usize, &self.parent_folder_id);
        w.field(26usize, &self.personal_notes);
        w.field(27usize, &self.phones);
        w.field(28usize, &self.postal_addresses);
        w.field(29usize, &self.profession);
        w.field(30usize, &self.spouse_name);
        w.field(31usize, &self.surname);
        w.field(32usize, &self.title);
        w.field(33usize, &self.websites);
        w.field(34usize, &self.wedding_anniversary);
        w.field(35usize, &self.yomi_company_name);
        w.field(36usize, &self.yomi_given_name);
        w.field(37usize, &self.yomi_surname);
        w.field(38usize, &self.extensions);
        w.field(39usize, &self.multi_value_extended_properties);
        w.field(40usize, &self.photo);
        w.field(41usize, &self.single_value_extended_properties);
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
rt::impl_object!(Contact);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Contact { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assistant_name assistant_name : ::std::string::String;
    with_birthday birthday : rt::edm::DateTimeOffset; with_children children :
    ::std::vec::Vec < ::std::string::String >; with_company_name company_name :
    ::std::string::String; with_department department : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_email_addresses
    email_addresses : ::std::vec::Vec < crate ::beta::TypedEmailAddress >; with_file_as
    file_as : ::std::string::String; with_flag flag : crate ::beta::FollowupFlag;
    with_gender gender : ::std::string::String; with_generation generation :
    ::std::string::String; with_given_name given_name : ::std::string::String;
    with_im_addresses im_addresses : ::std::vec::Vec < ::std::string::String >;
    with_initials initials : ::std::string::String; with_is_favorite is_favorite : bool;
    with_job_title job_title : ::std::string::String; with_manager manager :
    ::std::string::String; with_middle_name middle_name : ::std::string::String;
    with_nick_name nick_name : ::std::string::String; with_office_location
    office_location : ::std::string::String; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_personal_notes personal_notes : ::std::string::String;
    with_phones phones : ::std::vec::Vec < crate ::beta::Phone >; with_postal_addresses
    postal_addresses : ::std::vec::Vec < crate ::beta::PhysicalAddress >; with_profession
    profession : ::std::string::String; with_spouse_name spouse_name :
    ::std::string::String; with_surname surname : ::std::string::String; with_title title
    : ::std::string::String; with_websites websites : ::std::vec::Vec < crate
    ::beta::Website >; with_wedding_anniversary wedding_anniversary : rt::edm::Date;
    with_yomi_company_name yomi_company_name : ::std::string::String;
    with_yomi_given_name yomi_given_name : ::std::string::String; with_yomi_surname
    yomi_surname : ::std::string::String; with_extensions extensions : ::std::vec::Vec <
    crate ::beta::AnyExtension >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_photo photo : crate
    ::beta::ProfilePhoto; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Contact);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.contactFolder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ContactFolderPath`](requests/trait.ContactFolderPath.html), what a path to one (`EntityPath<ContactFolder, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContactFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `wellKnownName`: `Edm.String`, nullable.
    pub well_known_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `childFolders`: `Collection(microsoft.graph.contactFolder)`, not nullable.
    pub child_folders: rt::Field<::std::vec::Vec<crate::beta::ContactFolder>>,
    /// CSDL: containment navigation property `contacts`: `Collection(microsoft.graph.contact)`, not nullable.
    pub contacts: rt::Field<::std::vec::Vec<crate::beta::Contact>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ContactFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            well_known_name: rt::Field::Absent,
            child_folders: rt::Field::Absent,
            contacts: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ContactFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.contactFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "parentFolderId",
        "wellKnownName",
        "childFolders",
        "contacts",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"parentFolderId\":               ",
        ",\"wellKnownName\":                ",
        ",\"childFolders\":                 ",
        ",\"contacts\":                     ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contactFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "parent_folder_id", &self.parent_folder_id);
        v.field(3usize, "well_known_name", &self.well_known_name);
        v.field(4usize, "child_folders", &self.child_folders);
        v.field(5usize, "contacts", &self.contacts);
        v.field(
            6usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            7usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ContactFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.parent_folder_id.read_from(r),
            3usize => self.well_known_name.read_from(r),
            4usize => self.child_folders.read_from(r),
            5usize => self.contacts.read_from(r),
            6usize => self.multi_value_extended_properties.read_from(r),
            7usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.parent_folder_id);
        w.field(3usize, &self.well_known_name);
        w.field(4usize, &self.child_folders);
        w.field(5usize, &self.contacts);
        w.field(6usize, &self.multi_value_extended_properties);
        w.field(7usize, &self.single_value_extended_properties);
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
rt::impl_object!(ContactFolder);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ContactFolder { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_parent_folder_id parent_folder_id :
    ::std::string::String; with_well_known_name well_known_name : ::std::string::String;
    with_child_folders child_folders : ::std::vec::Vec < crate ::beta::ContactFolder >;
    with_contacts contacts : ::std::vec::Vec < crate ::beta::Contact >;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::beta::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContactFolder);
#[cfg(msgraph_beta_education_or_search)]
/// CSDL: `microsoft.graph.contactRelationship`, enum type.
///
/// Features: `beta`, or one of `beta-education`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContactRelationship {
    /// `parent` (value 0).
    Parent,
    /// `relative` (value 1).
    Relative,
    /// `aide` (value 2).
    Aide,
    /// `doctor` (value 3).
    Doctor,
    /// `guardian` (value 4).
    Guardian,
    /// `child` (value 5).
    Child,
    /// `other` (value 6).
    Other,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_education_or_search)]
impl rt::StrEnum for ContactRelationship {
    const TYPE_NAME: &'static str = "microsoft.graph.contactRelationship";
    const MEMBERS: &'static [&'static str] = &[
        "parent",
        "relative",
        "aide",
        "doctor",
        "guardian",
        "child",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "parent" => Self::Parent,
                "relative" => Self::Relative,
                "aide" => Self::Aide,
                "doctor" => Self::Doctor,
                "guardian" => Self::Guardian,
                "child" => Self::Child,
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
            Self::Parent => "parent",
            Self::Relative => "relative",
            Self::Aide => "aide",
            Self::Doctor => "doctor",
            Self::Guardian => "guardian",
            Self::Child => "child",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_education_or_search)]
rt::impl_enum!(ContactRelationship);
#[cfg(msgraph_beta_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContactRelationship);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.contentFormat`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContentFormat {
    /// `default` (value 0).
    Default,
    /// `email` (value 1).
    Email,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ContentFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.contentFormat";
    const MEMBERS: &'static [&'static str] = &["default", "email"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "email" => Self::Email,
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
            Self::Email => "email",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ContentFormat);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentFormat);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.contentInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentInfo {
    /// CSDL: property `format`: `microsoft.graph.contentFormat`, not nullable.
    pub format: rt::Field<crate::beta::ContentFormat>,
    /// CSDL: property `identifier`: `Edm.String`, nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// CSDL: property `state`: `microsoft.graph.contentState`, not nullable.
    pub state: rt::Field<crate::beta::ContentState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ContentInfo {
    #[inline]
    fn default() -> Self {
        Self {
            format: rt::Field::Absent,
            identifier: rt::Field::Absent,
            metadata: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ContentInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.contentInfo";
    const KEYS: &'static [&'static str] = &["format", "identifier", "metadata", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"format\":                       ",
        ",\"identifier\":                   ",
        ",\"metadata\":                     ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "format", &self.format);
        v.field(1usize, "identifier", &self.identifier);
        v.field(2usize, "metadata", &self.metadata);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ContentInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.format.read_from(r),
            1usize => self.identifier.read_from(r),
            2usize => self.metadata.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.format);
        w.field(1usize, &self.identifier);
        w.field(2usize, &self.metadata);
        w.field(3usize, &self.state);
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
rt::impl_object!(ContentInfo);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    ContentInfo { with_format format : crate ::beta::ContentFormat; with_identifier
    identifier : ::std::string::String; with_metadata metadata : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_state state : crate ::beta::ContentState; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentInfo);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.contentMetadata`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ContentMetadata {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ContentMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ContentMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.contentMetadata";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.contentMetadata\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ContentMetadata {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(ContentMetadata);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentMetadata);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.contentProperties`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ContentProperties {
    /// CSDL: property `extensions`: `Collection(Edm.String)`, nullable.
    pub extensions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `lastModifiedBy`: `Edm.String`, nullable.
    pub last_modified_by: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `metadata`: `microsoft.graph.contentMetadata`, nullable.
    pub metadata: rt::Field<crate::beta::ContentMetadata>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ContentProperties {
    #[inline]
    fn default() -> Self {
        Self {
            extensions: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ContentProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.contentProperties";
    const KEYS: &'static [&'static str] = &[
        "extensions",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "metadata",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"extensions\":                   ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"metadata\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "extensions", &self.extensions);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "metadata", &self.metadata);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ContentProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.extensions.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.extensions);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.metadata);
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
rt::impl_object!(ContentProperties);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ContentProperties { with_extensions extensions : ::std::vec::Vec <
    ::std::string::String >; with_last_modified_by last_modified_by :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_metadata metadata : crate ::beta::ContentMetadata; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentProperties);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.contentState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContentState {
    /// `rest` (value 0).
    Rest,
    /// `motion` (value 1).
    Motion,
    /// `use` (value 2).
    Use,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ContentState {
    const TYPE_NAME: &'static str = "microsoft.graph.contentState";
    const MEMBERS: &'static [&'static str] = &["rest", "motion", "use"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "rest" => Self::Rest,
                "motion" => Self::Motion,
                "use" => Self::Use,
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
            Self::Rest => "rest",
            Self::Motion => "motion",
            Self::Use => "use",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ContentState);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.contract`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<Contract, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Contract {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `contractType`: `Edm.String`, nullable.
    pub contract_type: rt::Field<::std::string::String>,
    /// CSDL: property `customerId`: `Edm.Guid`, nullable.
    pub customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `defaultDomainName`: `Edm.String`, nullable.
    pub default_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Contract {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            contract_type: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            default_domain_name: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Contract {
    const TYPE_NAME: &'static str = "microsoft.graph.contract";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "contractType",
        "customerId",
        "defaultDomainName",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"contractType\":                 ",
        ",\"customerId\":                   ",
        ",\"defaultDomainName\":            ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contract\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "contract_type", &self.contract_type);
        v.field(3usize, "customer_id", &self.customer_id);
        v.field(4usize, "default_domain_name", &self.default_domain_name);
        v.field(5usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Contract {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.contract_type.read_from(r),
            3usize => self.customer_id.read_from(r),
            4usize => self.default_domain_name.read_from(r),
            5usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.contract_type);
        w.field(3usize, &self.customer_id);
        w.field(4usize, &self.default_domain_name);
        w.field(5usize, &self.display_name);
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
rt::impl_object!(Contract);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Contract { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_contract_type contract_type :
    ::std::string::String; with_customer_id customer_id : rt::edm::Guid;
    with_default_domain_name default_domain_name : ::std::string::String;
    with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Contract);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.controlScore`, complex type, open.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct ControlScore {
    /// CSDL: property `controlCategory`: `Edm.String`, nullable.
    pub control_category: rt::Field<::std::string::String>,
    /// CSDL: property `controlName`: `Edm.String`, nullable.
    pub control_name: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `score`: `Edm.Double`, nullable.
    pub score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for ControlScore {
    #[inline]
    fn default() -> Self {
        Self {
            control_category: rt::Field::Absent,
            control_name: rt::Field::Absent,
            description: rt::Field::Absent,
            score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for ControlScore {
    const TYPE_NAME: &'static str = "microsoft.graph.controlScore";
    const KEYS: &'static [&'static str] = &[
        "controlCategory",
        "controlName",
        "description",
        "score",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"controlCategory\":              ",
        ",\"controlName\":                  ",
        ",\"description\":                  ",
        ",\"score\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.controlScore\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "control_category", &self.control_category);
        v.field(1usize, "control_name", &self.control_name);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "score", &self.score);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for ControlScore {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.control_category.read_from(r),
            1usize => self.control_name.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.control_category);
        w.field(1usize, &self.control_name);
        w.field(2usize, &self.description);
        w.field(3usize, &self.score);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(ControlScore);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    ControlScore { with_control_category control_category : ::std::string::String;
    with_control_name control_name : ::std::string::String; with_description description
    : ::std::string::String; with_score score : f64; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ControlScore);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.conversation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConversationPath`](requests/trait.ConversationPath.html), what a path to one (`EntityPath<Conversation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Conversation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, not nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `lastDeliveredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_delivered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `preview`: `Edm.String`, not nullable.
    pub preview: rt::Field<::std::string::String>,
    /// CSDL: property `topic`: `Edm.String`, not nullable.
    pub topic: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueSenders`: `Collection(Edm.String)`, not nullable.
    pub unique_senders: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `threads`: `Collection(microsoft.graph.conversationThread)`, not nullable.
    pub threads: rt::Field<::std::vec::Vec<crate::beta::ConversationThread>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Conversation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            last_delivered_date_time: rt::Field::Absent,
            preview: rt::Field::Absent,
            topic: rt::Field::Absent,
            unique_senders: rt::Field::Absent,
            threads: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Conversation {
    const TYPE_NAME: &'static str = "microsoft.graph.conversation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "hasAttachments",
        "lastDeliveredDateTime",
        "preview",
        "topic",
        "uniqueSenders",
        "threads",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"hasAttachments\":               ",
        ",\"lastDeliveredDateTime\":        ",
        ",\"preview\":                      ",
        ",\"topic\":                        ",
        ",\"uniqueSenders\":                ",
        ",\"threads\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "has_attachments", &self.has_attachments);
        v.field(2usize, "last_delivered_date_time", &self.last_delivered_date_time);
        v.field(3usize, "preview", &self.preview);
        v.field(4usize, "topic", &self.topic);
        v.field(5usize, "unique_senders", &self.unique_senders);
        v.field(6usize, "threads", &self.threads);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Conversation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.has_attachments.read_from(r),
            2usize => self.last_delivered_date_time.read_from(r),
            3usize => self.preview.read_from(r),
            4usize => self.topic.read_from(r),
            5usize => self.unique_senders.read_from(r),
            6usize => self.threads.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.has_attachments);
        w.field(2usize, &self.last_delivered_date_time);
        w.field(3usize, &self.preview);
        w.field(4usize, &self.topic);
        w.field(5usize, &self.unique_senders);
        w.field(6usize, &self.threads);
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
rt::impl_object!(Conversation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Conversation { with_id id : ::std::string::String; with_has_attachments
    has_attachments : bool; with_last_delivered_date_time last_delivered_date_time :
    rt::edm::DateTimeOffset; with_preview preview : ::std::string::String; with_topic
    topic : ::std::string::String; with_unique_senders unique_senders : ::std::vec::Vec <
    ::std::string::String >; with_threads threads : ::std::vec::Vec < crate
    ::beta::ConversationThread >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Conversation);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.conversationIdentityType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConversationIdentityType {
    /// `team` (value 0).
    Team,
    /// `channel` (value 1).
    Channel,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for ConversationIdentityType {
    const TYPE_NAME: &'static str = "microsoft.graph.conversationIdentityType";
    const MEMBERS: &'static [&'static str] = &["team", "channel"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "team" => Self::Team,
                "channel" => Self::Channel,
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
            Self::Team => "team",
            Self::Channel => "channel",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(ConversationIdentityType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationIdentityType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationMemberRoleUpdatedEventMessageDetail {
    /// CSDL: property `conversationMemberId`: `Edm.String`, nullable.
    pub conversation_member_id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationMemberRoles`: `Collection(Edm.String)`, nullable.
    pub conversation_member_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConversationMemberRoleUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            conversation_member_id: rt::Field::Absent,
            conversation_member_roles: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConversationMemberRoleUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "conversationMemberId",
        "conversationMemberRoles",
        "initiator",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conversationMemberId\":         ",
        ",\"conversationMemberRoles\":      ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversationMemberRoleUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conversation_member_id", &self.conversation_member_id);
        v.field(1usize, "conversation_member_roles", &self.conversation_member_roles);
        v.field(2usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConversationMemberRoleUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conversation_member_id.read_from(r),
            1usize => self.conversation_member_roles.read_from(r),
            2usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conversation_member_id);
        w.field(1usize, &self.conversation_member_roles);
        w.field(2usize, &self.initiator);
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
rt::impl_object!(ConversationMemberRoleUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConversationMemberRoleUpdatedEventMessageDetail { with_conversation_member_id
    conversation_member_id : ::std::string::String; with_conversation_member_roles
    conversation_member_roles : ::std::vec::Vec < ::std::string::String >; with_initiator
    initiator : crate ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationMemberRoleUpdatedEventMessageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.conversationThread`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConversationThreadPath`](requests/trait.ConversationThreadPath.html), what a path to one (`EntityPath<ConversationThread, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConversationThread {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `ccRecipients`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, not nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `isLocked`: `Edm.Boolean`, not nullable.
    pub is_locked: rt::Field<bool>,
    /// CSDL: property `lastDeliveredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_delivered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `preview`: `Edm.String`, not nullable.
    pub preview: rt::Field<::std::string::String>,
    /// CSDL: property `topic`: `Edm.String`, not nullable.
    pub topic: rt::Field<::std::string::String>,
    /// CSDL: property `toRecipients`: `Collection(microsoft.graph.recipient)`, not nullable.
    pub to_recipients: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `uniqueSenders`: `Collection(Edm.String)`, not nullable.
    pub unique_senders: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `posts`: `Collection(microsoft.graph.post)`, not nullable.
    pub posts: rt::Field<::std::vec::Vec<crate::beta::Post>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConversationThread {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cc_recipients: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            is_locked: rt::Field::Absent,
            last_delivered_date_time: rt::Field::Absent,
            preview: rt::Field::Absent,
            topic: rt::Field::Absent,
            to_recipients: rt::Field::Absent,
            unique_senders: rt::Field::Absent,
            posts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConversationThread {
    const TYPE_NAME: &'static str = "microsoft.graph.conversationThread";
    const KEYS: &'static [&'static str] = &[
        "id",
        "ccRecipients",
        "hasAttachments",
        "isLocked",
        "lastDeliveredDateTime",
        "preview",
        "topic",
        "toRecipients",
        "uniqueSenders",
        "posts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"ccRecipients\":                 ",
        ",\"hasAttachments\":               ",
        ",\"isLocked\":                     ",
        ",\"lastDeliveredDateTime\":        ",
        ",\"preview\":                      ",
        ",\"topic\":                        ",
        ",\"toRecipients\":                 ",
        ",\"uniqueSenders\":                ",
        ",\"posts\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conversationThread\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cc_recipients", &self.cc_recipients);
        v.field(2usize, "has_attachments", &self.has_attachments);
        v.field(3usize, "is_locked", &self.is_locked);
        v.field(4usize, "last_delivered_date_time", &self.last_delivered_date_time);
        v.field(5usize, "preview", &self.preview);
        v.field(6usize, "topic", &self.topic);
        v.field(7usize, "to_recipients", &self.to_recipients);
        v.field(8usize, "unique_senders", &self.unique_senders);
        v.field(9usize, "posts", &self.posts);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConversationThread {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cc_recipients.read_from(r),
            2usize => self.has_attachments.read_from(r),
            3usize => self.is_locked.read_from(r),
            4usize => self.last_delivered_date_time.read_from(r),
            5usize => self.preview.read_from(r),
            6usize => self.topic.read_from(r),
            7usize => self.to_recipients.read_from(r),
            8usize => self.unique_senders.read_from(r),
            9usize => self.posts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cc_recipients);
        w.field(2usize, &self.has_attachments);
        w.field(3usize, &self.is_locked);
        w.field(4usize, &self.last_delivered_date_time);
        w.field(5usize, &self.preview);
        w.field(6usize, &self.topic);
        w.field(7usize, &self.to_recipients);
        w.field(8usize, &self.unique_senders);
        w.field(9usize, &self.posts);
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
rt::impl_object!(ConversationThread);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConversationThread { with_id id : ::std::string::String; with_cc_recipients
    cc_recipients : ::std::vec::Vec < crate ::beta::AnyRecipient >; with_has_attachments
    has_attachments : bool; with_is_locked is_locked : bool;
    with_last_delivered_date_time last_delivered_date_time : rt::edm::DateTimeOffset;
    with_preview preview : ::std::string::String; with_topic topic :
    ::std::string::String; with_to_recipients to_recipients : ::std::vec::Vec < crate
    ::beta::AnyRecipient >; with_unique_senders unique_senders : ::std::vec::Vec <
    ::std::string::String >; with_posts posts : ::std::vec::Vec < crate ::beta::Post >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConversationThread);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.convertIdResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConvertIdResult {
    /// CSDL: property `errorDetails`: `microsoft.graph.genericError`, nullable.
    pub error_details: rt::Field<crate::beta::GenericError>,
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetId`: `Edm.String`, nullable.
    pub target_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConvertIdResult {
    #[inline]
    fn default() -> Self {
        Self {
            error_details: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConvertIdResult {
    const TYPE_NAME: &'static str = "microsoft.graph.convertIdResult";
    const KEYS: &'static [&'static str] = &["errorDetails", "sourceId", "targetId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errorDetails\":                 ",
        ",\"sourceId\":                     ",
        ",\"targetId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.convertIdResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_details", &self.error_details);
        v.field(1usize, "source_id", &self.source_id);
        v.field(2usize, "target_id", &self.target_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConvertIdResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_details.read_from(r),
            1usize => self.source_id.read_from(r),
            2usize => self.target_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_details);
        w.field(1usize, &self.source_id);
        w.field(2usize, &self.target_id);
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
rt::impl_object!(ConvertIdResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConvertIdResult { with_error_details error_details : crate ::beta::GenericError;
    with_source_id source_id : ::std::string::String; with_target_id target_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConvertIdResult);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.countryRegion`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct CountryRegion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addressFormat`: `Edm.String`, nullable.
    pub address_format: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for CountryRegion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address_format: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for CountryRegion {
    const TYPE_NAME: &'static str = "microsoft.graph.countryRegion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addressFormat",
        "code",
        "displayName",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addressFormat\":                ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.countryRegion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address_format", &self.address_format);
        v.field(2usize, "code", &self.code);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for CountryRegion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address_format.read_from(r),
            2usize => self.code.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address_format);
        w.field(2usize, &self.code);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(CountryRegion);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    CountryRegion { with_id id : ::std::string::String; with_address_format
    address_format : ::std::string::String; with_code code : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CountryRegion);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.credential`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Credential {
    /// CSDL: property `fieldId`: `Edm.String`, nullable.
    pub field_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Credential {
    #[inline]
    fn default() -> Self {
        Self {
            field_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Credential {
    const TYPE_NAME: &'static str = "microsoft.graph.credential";
    const KEYS: &'static [&'static str] = &["fieldId", "type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fieldId\":                      ",
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.credential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "field_id", &self.field_id);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Credential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.field_id.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.field_id);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(Credential);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Credential { with_field_id field_id : ::std::string::String; with_type type_ :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Credential);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a Credential-type Single Sign-On extension profile.
///
/// CSDL: `microsoft.graph.credentialSingleSignOnExtension`, complex type, derived from `microsoft.graph.singleSignOnExtension`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CredentialSingleSignOnExtension {
    /// Gets or sets a list of typed key-value pairs used to configure Credential-type profiles. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `configurations`: `Collection(microsoft.graph.keyTypedValuePair)`, nullable.
    pub configurations: rt::Field<::std::vec::Vec<crate::beta::AnyKeyTypedValuePair>>,
    /// Gets or sets a list of hosts or domain names for which the app extension performs SSO.
    ///
    /// CSDL: property `domains`: `Collection(Edm.String)`, nullable.
    pub domains: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Gets or sets the bundle ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `extensionIdentifier`: `Edm.String`, not nullable.
    pub extension_identifier: rt::Field<::std::string::String>,
    /// Gets or sets the case-sensitive realm name for this profile.
    ///
    /// CSDL: property `realm`: `Edm.String`, not nullable.
    pub realm: rt::Field<::std::string::String>,
    /// Gets or sets the team ID of the app extension that performs SSO for the specified URLs.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CredentialSingleSignOnExtension {
    #[inline]
    fn default() -> Self {
        Self {
            configurations: rt::Field::Absent,
            domains: rt::Field::Absent,
            extension_identifier: rt::Field::Absent,
            realm: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CredentialSingleSignOnExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.credentialSingleSignOnExtension";
    const KEYS: &'static [&'static str] = &[
        "configurations",
        "domains",
        "extensionIdentifier",
        "realm",
        "teamIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurations\":               ",
        ",\"domains\":                      ",
        ",\"extensionIdentifier\":          ",
        ",\"realm\":                        ",
        ",\"teamIdentifier\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.credentialSingleSignOnExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "configurations", &self.configurations);
        v.field(1usize, "domains", &self.domains);
        v.field(2usize, "extension_identifier", &self.extension_identifier);
        v.field(3usize, "realm", &self.realm);
        v.field(4usize, "team_identifier", &self.team_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CredentialSingleSignOnExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configurations.read_from(r),
            1usize => self.domains.read_from(r),
            2usize => self.extension_identifier.read_from(r),
            3usize => self.realm.read_from(r),
            4usize => self.team_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configurations);
        w.field(1usize, &self.domains);
        w.field(2usize, &self.extension_identifier);
        w.field(3usize, &self.realm);
        w.field(4usize, &self.team_identifier);
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
rt::impl_object!(CredentialSingleSignOnExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CredentialSingleSignOnExtension { with_configurations configurations :
    ::std::vec::Vec < crate ::beta::AnyKeyTypedValuePair >; with_domains domains :
    ::std::vec::Vec < ::std::string::String >; with_extension_identifier
    extension_identifier : ::std::string::String; with_realm realm :
    ::std::string::String; with_team_identifier team_identifier : ::std::string::String;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CredentialSingleSignOnExtension);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.credentialUsageSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct CredentialUsageSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authMethod`: `microsoft.graph.usageAuthMethod`, not nullable.
    pub auth_method: rt::Field<crate::beta::UsageAuthMethod>,
    /// CSDL: property `failureActivityCount`: `Edm.Int64`, not nullable.
    pub failure_activity_count: rt::Field<i64>,
    /// CSDL: property `feature`: `microsoft.graph.featureType`, not nullable.
    pub feature: rt::Field<crate::beta::FeatureType>,
    /// CSDL: property `successfulActivityCount`: `Edm.Int64`, not nullable.
    pub successful_activity_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for CredentialUsageSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            auth_method: rt::Field::Absent,
            failure_activity_count: rt::Field::Absent,
            feature: rt::Field::Absent,
            successful_activity_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for CredentialUsageSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.credentialUsageSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authMethod",
        "failureActivityCount",
        "feature",
        "successfulActivityCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authMethod\":                   ",
        ",\"failureActivityCount\":         ",
        ",\"feature\":                      ",
        ",\"successfulActivityCount\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.credentialUsageSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "auth_method", &self.auth_method);
        v.field(2usize, "failure_activity_count", &self.failure_activity_count);
        v.field(3usize, "feature", &self.feature);
        v.field(4usize, "successful_activity_count", &self.successful_activity_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for CredentialUsageSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.auth_method.read_from(r),
            2usize => self.failure_activity_count.read_from(r),
            3usize => self.feature.read_from(r),
            4usize => self.successful_activity_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.auth_method);
        w.field(2usize, &self.failure_activity_count);
        w.field(3usize, &self.feature);
        w.field(4usize, &self.successful_activity_count);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(CredentialUsageSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    CredentialUsageSummary { with_id id : ::std::string::String; with_auth_method
    auth_method : crate ::beta::UsageAuthMethod; with_failure_activity_count
    failure_activity_count : i64; with_feature feature : crate ::beta::FeatureType;
    with_successful_activity_count successful_activity_count : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CredentialUsageSummary);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.currency`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Currency {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `amountDecimalPlaces`: `Edm.String`, nullable.
    pub amount_decimal_places: rt::Field<::std::string::String>,
    /// CSDL: property `amountRoundingPrecision`: `Edm.Decimal`, nullable.
    pub amount_rounding_precision: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `symbol`: `Edm.String`, nullable.
    pub symbol: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Currency {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            amount_decimal_places: rt::Field::Absent,
            amount_rounding_precision: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            symbol: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Currency {
    const TYPE_NAME: &'static str = "microsoft.graph.currency";
    const KEYS: &'static [&'static str] = &[
        "id",
        "amountDecimalPlaces",
        "amountRoundingPrecision",
        "code",
        "displayName",
        "lastModifiedDateTime",
        "symbol",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"amountDecimalPlaces\":          ",
        ",\"amountRoundingPrecision\":      ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"symbol\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.currency\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "amount_decimal_places", &self.amount_decimal_places);
        v.field(2usize, "amount_rounding_precision", &self.amount_rounding_precision);
        v.field(3usize, "code", &self.code);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "symbol", &self.symbol);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Currency {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.amount_decimal_places.read_from(r),
            2usize => self.amount_rounding_precision.read_from(r),
            3usize => self.code.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.symbol.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.amount_decimal_places);
        w.field(2usize, &self.amount_rounding_precision);
        w.field(3usize, &self.code);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.symbol);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(Currency);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Currency { with_id id : ::std::string::String; with_amount_decimal_places
    amount_decimal_places : ::std::string::String; with_amount_rounding_precision
    amount_rounding_precision : rt::edm::Decimal; with_code code : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_symbol symbol :
    ::std::string::String; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Currency);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.currentLabel`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct CurrentLabel {
    /// CSDL: property `applicationMode`: `microsoft.graph.applicationMode`, nullable.
    pub application_mode: rt::Field<crate::beta::ApplicationMode>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for CurrentLabel {
    #[inline]
    fn default() -> Self {
        Self {
            application_mode: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for CurrentLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.currentLabel";
    const KEYS: &'static [&'static str] = &["applicationMode", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationMode\":              ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.currentLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_mode", &self.application_mode);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for CurrentLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_mode.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_mode);
        w.field(1usize, &self.id);
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
rt::impl_object!(CurrentLabel);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    CurrentLabel { with_application_mode application_mode : crate
    ::beta::ApplicationMode; with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(CurrentLabel);
#[cfg(msgraph_beta_device_management_or_search)]
/// Custom Subject Alternative Name definition
///
/// CSDL: `microsoft.graph.customSubjectAlternativeName`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CustomSubjectAlternativeName {
    /// Custom SAN Name
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Custom SAN Type.
    ///
    /// CSDL: property `sanType`: `microsoft.graph.subjectAlternativeNameType`, not nullable.
    pub san_type: rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CustomSubjectAlternativeName {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            san_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CustomSubjectAlternativeName {
    const TYPE_NAME: &'static str = "microsoft.graph.customSubjectAlternativeName";
    const KEYS: &'static [&'static str] = &["name", "sanType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"sanType\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customSubjectAlternativeName\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "san_type", &self.san_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CustomSubjectAlternativeName {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.san_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.san_type);
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
rt::impl_object!(CustomSubjectAlternativeName);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CustomSubjectAlternativeName { with_name name : ::std::string::String; with_san_type
    san_type : rt::Flags < crate ::beta::SubjectAlternativeNameType >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomSubjectAlternativeName);
#[cfg(msgraph_beta_device_management_or_search)]
/// Custom update time window
///
/// CSDL: `microsoft.graph.customUpdateTimeWindow`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CustomUpdateTimeWindow {
    /// End day of the time window
    ///
    /// CSDL: property `endDay`: `microsoft.graph.dayOfWeek`, not nullable.
    pub end_day: rt::Field<crate::beta::DayOfWeek>,
    /// End time of the time window
    ///
    /// CSDL: property `endTime`: `Edm.TimeOfDay`, not nullable.
    pub end_time: rt::Field<rt::edm::TimeOfDay>,
    /// Start day of the time window
    ///
    /// CSDL: property `startDay`: `microsoft.graph.dayOfWeek`, not nullable.
    pub start_day: rt::Field<crate::beta::DayOfWeek>,
    /// Start time of the time window
    ///
    /// CSDL: property `startTime`: `Edm.TimeOfDay`, not nullable.
    pub start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CustomUpdateTimeWindow {
    #[inline]
    fn default() -> Self {
        Self {
            end_day: rt::Field::Absent,
            end_time: rt::Field::Absent,
            start_day: rt::Field::Absent,
            start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CustomUpdateTimeWindow {
    const TYPE_NAME: &'static str = "microsoft.graph.customUpdateTimeWindow";
    const KEYS: &'static [&'static str] = &[
        "endDay",
        "endTime",
        "startDay",
        "startTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDay\":                       ",
        ",\"endTime\":                      ",
        ",\"startDay\":                     ",
        ",\"startTime\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customUpdateTimeWindow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_day", &self.end_day);
        v.field(1usize, "end_time", &self.end_time);
        v.field(2usize, "start_day", &self.start_day);
        v.field(3usize, "start_time", &self.start_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CustomUpdateTimeWindow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_day.read_from(r),
            1usize => self.end_time.read_from(r),
            2usize => self.start_day.read_from(r),
            3usize => self.start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_day);
        w.field(1usize, &self.end_time);
        w.field(2usize, &self.start_day);
        w.field(3usize, &self.start_time);
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
rt::impl_object!(CustomUpdateTimeWindow);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CustomUpdateTimeWindow { with_end_day end_day : crate ::beta::DayOfWeek;
    with_end_time end_time : rt::edm::TimeOfDay; with_start_day start_day : crate
    ::beta::DayOfWeek; with_start_time start_time : rt::edm::TimeOfDay; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomUpdateTimeWindow);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.customer`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CustomerPath`](requests/trait.CustomerPath.html), what a path to one (`EntityPath<Customer, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct Customer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.postalAddressType`, nullable.
    pub address: rt::Field<crate::beta::PostalAddressType>,
    /// CSDL: property `blocked`: `Edm.String`, nullable.
    pub blocked: rt::Field<::std::string::String>,
    /// CSDL: property `currencyCode`: `Edm.String`, nullable.
    pub currency_code: rt::Field<::std::string::String>,
    /// CSDL: property `currencyId`: `Edm.Guid`, nullable.
    pub currency_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `paymentMethodId`: `Edm.Guid`, nullable.
    pub payment_method_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `paymentTermsId`: `Edm.Guid`, nullable.
    pub payment_terms_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// CSDL: property `shipmentMethodId`: `Edm.Guid`, nullable.
    pub shipment_method_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `taxAreaDisplayName`: `Edm.String`, nullable.
    pub tax_area_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `taxAreaId`: `Edm.Guid`, nullable.
    pub tax_area_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `taxLiable`: `Edm.Boolean`, nullable.
    pub tax_liable: rt::Field<bool>,
    /// CSDL: property `taxRegistrationNumber`: `Edm.String`, nullable.
    pub tax_registration_number: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `website`: `Edm.String`, nullable.
    pub website: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `currency`: `microsoft.graph.currency`, nullable.
    pub currency: rt::Field<crate::beta::Currency>,
    /// CSDL: containment navigation property `paymentMethod`: `microsoft.graph.paymentMethod`, nullable.
    pub payment_method: rt::Field<crate::beta::PaymentMethod>,
    /// CSDL: containment navigation property `paymentTerm`: `microsoft.graph.paymentTerm`, nullable.
    pub payment_term: rt::Field<crate::beta::PaymentTerm>,
    /// CSDL: containment navigation property `picture`: `Collection(microsoft.graph.picture)`, not nullable.
    pub picture: rt::Field<::std::vec::Vec<crate::beta::Picture>>,
    /// CSDL: containment navigation property `shipmentMethod`: `microsoft.graph.shipmentMethod`, nullable.
    pub shipment_method: rt::Field<crate::beta::ShipmentMethod>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for Customer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            blocked: rt::Field::Absent,
            currency_code: rt::Field::Absent,
            currency_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            number: rt::Field::Absent,
            payment_method_id: rt::Field::Absent,
            payment_terms_id: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            shipment_method_id: rt::Field::Absent,
            tax_area_display_name: rt::Field::Absent,
            tax_area_id: rt::Field::Absent,
            tax_liable: rt::Field::Absent,
            tax_registration_number: rt::Field::Absent,
            type_: rt::Field::Absent,
            website: rt::Field::Absent,
            currency: rt::Field::Absent,
            payment_method: rt::Field::Absent,
            payment_term: rt::Field::Absent,
            picture: rt::Field::Absent,
            shipment_method: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for Customer {
    const TYPE_NAME: &'static str = "microsoft.graph.customer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "blocked",
        "currencyCode",
        "currencyId",
        "displayName",
        "email",
        "lastModifiedDateTime",
        "number",
        "paymentMethodId",
        "paymentTermsId",
        "phoneNumber",
        "shipmentMethodId",
        "taxAreaDisplayName",
        "taxAreaId",
        "taxLiable",
        "taxRegistrationNumber",
        "type",
        "website",
        "currency",
        "paymentMethod",
        "paymentTerm",
        "picture",
        "shipmentMethod",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"blocked\":                      ",
        ",\"currencyCode\":                 ",
        ",\"currencyId\":                   ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"lastModifiedDateTime\":         ",
        ",\"number\":                       ",
        ",\"paymentMethodId\":              ",
        ",\"paymentTermsId\":               ",
        ",\"phoneNumber\":                  ",
        ",\"shipmentMethodId\":             ",
        ",\"taxAreaDisplayName\":           ",
        ",\"taxAreaId\":                    ",
        ",\"taxLiable\":                    ",
        ",\"taxRegistrationNumber\":        ",
        ",\"type\":                         ",
        ",\"website\":                      ",
        ",\"currency\":                     ",
        ",\"paymentMethod\":                ",
        ",\"paymentTerm\":                  ",
        ",\"picture\":                      ",
        ",\"shipmentMethod\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "blocked", &self.blocked);
        v.field(3usize, "currency_code", &self.currency_code);
        v.field(4usize, "currency_id", &self.currency_id);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "email", &self.email);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "number", &self.number);
        v.field(9usize, "payment_method_id", &self.payment_method_id);
        v.field(10usize, "payment_terms_id", &self.payment_terms_id);
        v.field(11usize, "phone_number", &self.phone_number);
        v.field(12usize, "shipment_method_id", &self.shipment_method_id);
        v.field(13usize, "tax_area_display_name", &self.tax_area_display_name);
        v.field(14usize, "tax_area_id", &self.tax_area_id);
        v.field(15usize, "tax_liable", &self.tax_liable);
        v.field(16usize, "tax_registration_number", &self.tax_registration_number);
        v.field(17usize, "type_", &self.type_);
        v.field(18usize, "website", &self.website);
        v.field(19usize, "currency", &self.currency);
        v.field(20usize, "payment_method", &self.payment_method);
        v.field(21usize, "payment_term", &self.payment_term);
        v.field(22usize, "picture", &self.picture);
        v.field(23usize, "shipment_method", &self.shipment_method);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for Customer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.blocked.read_from(r),
            3usize => self.currency_code.read_from(r),
            4usize => self.currency_id.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.email.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.number.read_from(r),
            9usize => self.payment_method_id.read_from(r),
            10usize => self.payment_terms_id.read_from(r),
            11usize => self.phone_number.read_from(r),
            12usize => self.shipment_method_id.read_from(r),
            13usize => self.tax_area_display_name.read_from(r),
            14usize => self.tax_area_id.read_from(r),
            15usize => self.tax_liable.read_from(r),
            16usize => self.tax_registration_number.read_from(r),
            17usize => self.type_.read_from(r),
            18usize => self.website.read_from(r),
            19usize => self.currency.read_from(r),
            20usize => self.payment_method.read_from(r),
            21usize => self.payment_term.read_from(r),
            22usize => self.picture.read_from(r),
            23usize => self.shipment_method.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.blocked);
        w.field(3usize, &self.currency_code);
        w.field(4usize, &self.currency_id);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.email);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.number);
        w.field(9usize, &self.payment_method_id);
        w.field(10usize, &self.payment_terms_id);
        w.field(11usize, &self.phone_number);
        w.field(12usize, &self.shipment_method_id);
        w.field(13usize, &self.tax_area_display_name);
        w.field(14usize, &self.tax_area_id);
        w.field(15usize, &self.tax_liable);
        w.field(16usize, &self.tax_registration_number);
        w.field(17usize, &self.type_);
        w.field(18usize, &self.website);
        w.field(19usize, &self.currency);
        w.field(20usize, &self.payment_method);
        w.field(21usize, &self.payment_term);
        w.field(22usize, &self.picture);
        w.field(23usize, &self.shipment_method);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(Customer);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    Customer { with_id id : ::std::string::String; with_address address : crate
    ::beta::PostalAddressType; with_blocked blocked : ::std::string::String;
    with_currency_code currency_code : ::std::string::String; with_currency_id
    currency_id : rt::edm::Guid; with_display_name display_name : ::std::string::String;
    with_email email : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_number number :
    ::std::string::String; with_payment_method_id payment_method_id : rt::edm::Guid;
    with_payment_terms_id payment_terms_id : rt::edm::Guid; with_phone_number
    phone_number : ::std::string::String; with_shipment_method_id shipment_method_id :
    rt::edm::Guid; with_tax_area_display_name tax_area_display_name :
    ::std::string::String; with_tax_area_id tax_area_id : rt::edm::Guid; with_tax_liable
    tax_liable : bool; with_tax_registration_number tax_registration_number :
    ::std::string::String; with_type type_ : ::std::string::String; with_website website
    : ::std::string::String; with_currency currency : crate ::beta::Currency;
    with_payment_method payment_method : crate ::beta::PaymentMethod; with_payment_term
    payment_term : crate ::beta::PaymentTerm; with_picture picture : ::std::vec::Vec <
    crate ::beta::Picture >; with_shipment_method shipment_method : crate
    ::beta::ShipmentMethod; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Customer);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.customerPayment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CustomerPaymentPath`](requests/trait.CustomerPaymentPath.html), what a path to one (`EntityPath<CustomerPayment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct CustomerPayment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `amount`: `Edm.Decimal`, nullable.
    pub amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `appliesToInvoiceId`: `Edm.Guid`, nullable.
    pub applies_to_invoice_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `appliesToInvoiceNumber`: `Edm.String`, nullable.
    pub applies_to_invoice_number: rt::Field<::std::string::String>,
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `contactId`: `Edm.String`, nullable.
    pub contact_id: rt::Field<::std::string::String>,
    /// CSDL: property `customerId`: `Edm.Guid`, nullable.
    pub customer_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `customerNumber`: `Edm.String`, nullable.
    pub customer_number: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `documentNumber`: `Edm.String`, nullable.
    pub document_number: rt::Field<::std::string::String>,
    /// CSDL: property `externalDocumentNumber`: `Edm.String`, nullable.
    pub external_document_number: rt::Field<::std::string::String>,
    /// CSDL: property `journalDisplayName`: `Edm.String`, nullable.
    pub journal_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lineNumber`: `Edm.Int32`, nullable.
    pub line_number: rt::Field<i32>,
    /// CSDL: property `postingDate`: `Edm.Date`, nullable.
    pub posting_date: rt::Field<rt::edm::Date>,
    /// CSDL: containment navigation property `customer`: `microsoft.graph.customer`, nullable.
    pub customer: rt::Field<crate::beta::Customer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for CustomerPayment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            amount: rt::Field::Absent,
            applies_to_invoice_id: rt::Field::Absent,
            applies_to_invoice_number: rt::Field::Absent,
            comment: rt::Field::Absent,
            contact_id: rt::Field::Absent,
            customer_id: rt::Field::Absent,
            customer_number: rt::Field::Absent,
            description: rt::Field::Absent,
            document_number: rt::Field::Absent,
            external_document_number: rt::Field::Absent,
            journal_display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            line_number: rt::Field::Absent,
            posting_date: rt::Field::Absent,
            customer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for CustomerPayment {
    const TYPE_NAME: &'static str = "microsoft.graph.customerPayment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "amount",
        "appliesToInvoiceId",
        "appliesToInvoiceNumber",
        "comment",
        "contactId",
        "customerId",
        "customerNumber",
        "description",
        "documentNumber",
        "externalDocumentNumber",
        "journalDisplayName",
        "lastModifiedDateTime",
        "lineNumber",
        "postingDate",
        "customer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"amount\":                       ",
        ",\"appliesToInvoiceId\":           ",
        ",\"appliesToInvoiceNumber\":       ",
        ",\"comment\":                      ",
        ",\"contactId\":                    ",
        ",\"customerId\":                   ",
        ",\"customerNumber\":               ",
        ",\"description\":                  ",
        ",\"documentNumber\":               ",
        ",\"externalDocumentNumber\":       ",
        ",\"journalDisplayName\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"lineNumber\":                   ",
        ",\"postingDate\":                  ",
        ",\"customer\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customerPayment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "amount", &self.amount);
        v.field(2usize, "applies_to_invoice_id", &self.applies_to_invoice_id);
        v.field(3usize, "applies_to_invoice_number", &self.applies_to_invoice_number);
        v.field(4usize, "comment", &self.comment);
        v.field(5usize, "contact_id", &self.contact_id);
        v.field(6usize, "customer_id", &self.customer_id);
        v.field(7usize, "customer_number", &self.customer_number);
        v.field(8usize, "description", &self.description);
        v.field(9usize, "document_number", &self.document_number);
        v.field(10usize, "external_document_number", &self.external_document_number);
        v.field(11usize, "journal_display_name", &self.journal_display_name);
        v.field(12usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(13usize, "line_number", &self.line_number);
        v.field(14usize, "posting_date", &self.posting_date);
        v.field(15usize, "customer", &self.customer);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for CustomerPayment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.amount.read_from(r),
            2usize => self.applies_to_invoice_id.read_from(r),
            3usize => self.applies_to_invoice_number.read_from(r),
            4usize => self.comment.read_from(r),
            5usize => self.contact_id.read_from(r),
            6usize => self.customer_id.read_from(r),
            7usize => self.customer_number.read_from(r),
            8usize => self.description.read_from(r),
            9usize => self.document_number.read_from(r),
            10usize => self.external_document_number.read_from(r),
            11usize => self.journal_display_name.read_from(r),
            12usize => self.last_modified_date_time.read_from(r),
            13usize => self.line_number.read_from(r),
            14usize => self.posting_date.read_from(r),
            15usize => self.customer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.amount);
        w.field(2usize, &self.applies_to_invoice_id);
        w.field(3usize, &self.applies_to_invoice_number);
        w.field(4usize, &self.comment);
        w.field(5usize, &self.contact_id);
        w.field(6usize, &self.customer_id);
        w.field(7usize, &self.customer_number);
        w.field(8usize, &self.description);
        w.field(9usize, &self.document_number);
        w.field(10usize, &self.external_document_number);
        w.field(11usize, &self.journal_display_name);
        w.field(12usize, &self.last_modified_date_time);
        w.field(13usize, &self.line_number);
        w.field(14usize, &self.posting_date);
        w.field(15usize, &self.customer);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(CustomerPayment);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    CustomerPayment { with_id id : ::std::string::String; with_amount amount :
    rt::edm::Decimal; with_applies_to_invoice_id applies_to_invoice_id : rt::edm::Guid;
    with_applies_to_invoice_number applies_to_invoice_number : ::std::string::String;
    with_comment comment : ::std::string::String; with_contact_id contact_id :
    ::std::string::String; with_customer_id customer_id : rt::edm::Guid;
    with_customer_number customer_number : ::std::string::String; with_description
    description : ::std::string::String; with_document_number document_number :
    ::std::string::String; with_external_document_number external_document_number :
    ::std::string::String; with_journal_display_name journal_display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_line_number line_number : i32; with_posting_date
    posting_date : rt::edm::Date; with_customer customer : crate ::beta::Customer; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomerPayment);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.customerPaymentJournal`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CustomerPaymentJournalPath`](requests/trait.CustomerPaymentJournalPath.html), what a path to one (`EntityPath<CustomerPaymentJournal, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct CustomerPaymentJournal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `balancingAccountId`: `Edm.Guid`, nullable.
    pub balancing_account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `balancingAccountNumber`: `Edm.String`, nullable.
    pub balancing_account_number: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// CSDL: containment navigation property `customerPayments`: `Collection(microsoft.graph.customerPayment)`, not nullable.
    pub customer_payments: rt::Field<::std::vec::Vec<crate::beta::CustomerPayment>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for CustomerPaymentJournal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            balancing_account_id: rt::Field::Absent,
            balancing_account_number: rt::Field::Absent,
            code: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            account: rt::Field::Absent,
            customer_payments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for CustomerPaymentJournal {
    const TYPE_NAME: &'static str = "microsoft.graph.customerPaymentJournal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "balancingAccountId",
        "balancingAccountNumber",
        "code",
        "displayName",
        "lastModifiedDateTime",
        "account",
        "customerPayments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"balancingAccountId\":           ",
        ",\"balancingAccountNumber\":       ",
        ",\"code\":                         ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"account\":                      ",
        ",\"customerPayments\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customerPaymentJournal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "balancing_account_id", &self.balancing_account_id);
        v.field(2usize, "balancing_account_number", &self.balancing_account_number);
        v.field(3usize, "code", &self.code);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "account", &self.account);
        v.field(7usize, "customer_payments", &self.customer_payments);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for CustomerPaymentJournal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.balancing_account_id.read_from(r),
            2usize => self.balancing_account_number.read_from(r),
            3usize => self.code.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.account.read_from(r),
            7usize => self.customer_payments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.balancing_account_id);
        w.field(2usize, &self.balancing_account_number);
        w.field(3usize, &self.code);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.account);
        w.field(7usize, &self.customer_payments);
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
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(CustomerPaymentJournal);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    CustomerPaymentJournal { with_id id : ::std::string::String;
    with_balancing_account_id balancing_account_id : rt::edm::Guid;
    with_balancing_account_number balancing_account_number : ::std::string::String;
    with_code code : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_account account : crate ::beta::Account;
    with_customer_payments customer_payments : ::std::vec::Vec < crate
    ::beta::CustomerPayment >; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomerPaymentJournal);
