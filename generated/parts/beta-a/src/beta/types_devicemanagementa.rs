//! Types of `microsoft.graph` by the first letters of their names (`devicemanagementa`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementApplicabilityRuleOsEdition {
    /// Name for object.
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Applicability rule OS edition type.
    ///
    /// CSDL: property `osEditionTypes`: `Collection(microsoft.graph.windows10EditionType)`, not nullable.
    pub os_edition_types: rt::Field<::std::vec::Vec<crate::beta::Windows10EditionType>>,
    /// Applicability Rule type.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.deviceManagementApplicabilityRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::DeviceManagementApplicabilityRuleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementApplicabilityRuleOsEdition {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            os_edition_types: rt::Field::Absent,
            rule_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementApplicabilityRuleOsEdition {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementApplicabilityRuleOsEdition";
    const KEYS: &'static [&'static str] = &["name", "osEditionTypes", "ruleType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"osEditionTypes\":               ",
        ",\"ruleType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementApplicabilityRuleOsEdition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "os_edition_types", &self.os_edition_types);
        v.field(2usize, "rule_type", &self.rule_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementApplicabilityRuleOsEdition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.os_edition_types.read_from(r),
            2usize => self.rule_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.os_edition_types);
        w.field(2usize, &self.rule_type);
    }
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
rt::impl_object!(DeviceManagementApplicabilityRuleOsEdition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementApplicabilityRuleOsEdition { with_name name : ::std::string::String;
    with_os_edition_types os_edition_types : ::std::vec::Vec < crate
    ::beta::Windows10EditionType >; with_rule_type rule_type : crate
    ::beta::DeviceManagementApplicabilityRuleType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementApplicabilityRuleOsEdition);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementApplicabilityRuleOsVersion {
    /// Max OS version for Applicability Rule.
    ///
    /// CSDL: property `maxOSVersion`: `Edm.String`, nullable.
    pub max_os_version: rt::Field<::std::string::String>,
    /// Min OS version for Applicability Rule.
    ///
    /// CSDL: property `minOSVersion`: `Edm.String`, nullable.
    pub min_os_version: rt::Field<::std::string::String>,
    /// Name for object.
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Applicability Rule type.
    ///
    /// CSDL: property `ruleType`: `microsoft.graph.deviceManagementApplicabilityRuleType`, not nullable.
    pub rule_type: rt::Field<crate::beta::DeviceManagementApplicabilityRuleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementApplicabilityRuleOsVersion {
    #[inline]
    fn default() -> Self {
        Self {
            max_os_version: rt::Field::Absent,
            min_os_version: rt::Field::Absent,
            name: rt::Field::Absent,
            rule_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementApplicabilityRuleOsVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementApplicabilityRuleOsVersion";
    const KEYS: &'static [&'static str] = &[
        "maxOSVersion",
        "minOSVersion",
        "name",
        "ruleType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maxOSVersion\":                 ",
        ",\"minOSVersion\":                 ",
        ",\"name\":                         ",
        ",\"ruleType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementApplicabilityRuleOsVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "max_os_version", &self.max_os_version);
        v.field(1usize, "min_os_version", &self.min_os_version);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "rule_type", &self.rule_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementApplicabilityRuleOsVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.max_os_version.read_from(r),
            1usize => self.min_os_version.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.rule_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.max_os_version);
        w.field(1usize, &self.min_os_version);
        w.field(2usize, &self.name);
        w.field(3usize, &self.rule_type);
    }
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
rt::impl_object!(DeviceManagementApplicabilityRuleOsVersion);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementApplicabilityRuleOsVersion { with_max_os_version max_os_version :
    ::std::string::String; with_min_os_version min_os_version : ::std::string::String;
    with_name name : ::std::string::String; with_rule_type rule_type : crate
    ::beta::DeviceManagementApplicabilityRuleType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementApplicabilityRuleOsVersion);
