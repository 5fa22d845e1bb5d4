//! Types of `microsoft.graph` by the first letters of their names (`devicemanagemente_devicemanagementu`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementExchangeAccessLevel`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeAccessLevel {
    /// `none` (value 0).
    None,
    /// `allow` (value 1).
    Allow,
    /// `block` (value 2).
    Block,
    /// `quarantine` (value 3).
    Quarantine,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeAccessLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeAccessLevel";
    const MEMBERS: &'static [&'static str] = &["none", "allow", "block", "quarantine"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "allow" => Self::Allow,
                "block" => Self::Block,
                "quarantine" => Self::Quarantine,
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
            Self::Allow => "allow",
            Self::Block => "block",
            Self::Quarantine => "quarantine",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeAccessLevel);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeAccessLevel);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Access Rules in Exchange.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeAccessRule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementExchangeAccessRule {
    /// Access Level for Exchange granted by this rule.
    ///
    /// CSDL: property `accessLevel`: `microsoft.graph.deviceManagementExchangeAccessLevel`, not nullable.
    pub access_level: rt::Field<crate::beta::DeviceManagementExchangeAccessLevel>,
    /// Device Class which will be impacted by this rule.
    ///
    /// CSDL: property `deviceClass`: `microsoft.graph.deviceManagementExchangeDeviceClass`, nullable.
    pub device_class: rt::Field<crate::beta::DeviceManagementExchangeDeviceClass>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExchangeAccessRule {
    #[inline]
    fn default() -> Self {
        Self {
            access_level: rt::Field::Absent,
            device_class: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementExchangeAccessRule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeAccessRule";
    const KEYS: &'static [&'static str] = &["accessLevel", "deviceClass"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessLevel\":                  ",
        ",\"deviceClass\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementExchangeAccessRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_level", &self.access_level);
        v.field(1usize, "device_class", &self.device_class);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementExchangeAccessRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_level.read_from(r),
            1usize => self.device_class.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_level);
        w.field(1usize, &self.device_class);
    }
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
rt::impl_object!(DeviceManagementExchangeAccessRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeAccessRule { with_access_level access_level : crate
    ::beta::DeviceManagementExchangeAccessLevel; with_device_class device_class : crate
    ::beta::DeviceManagementExchangeDeviceClass; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeAccessRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementExchangeAccessRuleType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeAccessRuleType {
    /// `family` (value 0).
    Family,
    /// `model` (value 1).
    Model,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeAccessRuleType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeAccessRuleType";
    const MEMBERS: &'static [&'static str] = &["family", "model"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "family" => Self::Family,
                "model" => Self::Model,
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
            Self::Family => "family",
            Self::Model => "model",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeAccessRuleType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeAccessRuleType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceManagementExchangeAccessState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeAccessState {
    /// `none` (value 0).
    None,
    /// `unknown` (value 1).
    Unknown,
    /// `allowed` (value 2).
    Allowed,
    /// `blocked` (value 3).
    Blocked,
    /// `quarantined` (value 4).
    Quarantined,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceManagementExchangeAccessState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeAccessState";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "unknown",
        "allowed",
        "blocked",
        "quarantined",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "unknown" => Self::Unknown,
                "allowed" => Self::Allowed,
                "blocked" => Self::Blocked,
                "quarantined" => Self::Quarantined,
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
            Self::Unknown => "unknown",
            Self::Allowed => "allowed",
            Self::Blocked => "blocked",
            Self::Quarantined => "quarantined",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceManagementExchangeAccessState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeAccessState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.deviceManagementExchangeAccessStateReason`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeAccessStateReason {
    /// `none` (value 0).
    None,
    /// `unknown` (value 1).
    Unknown,
    /// `exchangeGlobalRule` (value 2).
    ExchangeGlobalRule,
    /// `exchangeIndividualRule` (value 3).
    ExchangeIndividualRule,
    /// `exchangeDeviceRule` (value 4).
    ExchangeDeviceRule,
    /// `exchangeUpgrade` (value 5).
    ExchangeUpgrade,
    /// `exchangeMailboxPolicy` (value 6).
    ExchangeMailboxPolicy,
    /// `other` (value 7).
    Other,
    /// `compliant` (value 8).
    Compliant,
    /// `notCompliant` (value 9).
    NotCompliant,
    /// `notEnrolled` (value 10).
    NotEnrolled,
    /// `unknownLocation` (value 12).
    UnknownLocation,
    /// `mfaRequired` (value 13).
    MfaRequired,
    /// `azureADBlockDueToAccessPolicy` (value 14).
    AzureAdBlockDueToAccessPolicy,
    /// `compromisedPassword` (value 15).
    CompromisedPassword,
    /// `deviceNotKnownWithManagedApp` (value 16).
    DeviceNotKnownWithManagedApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for DeviceManagementExchangeAccessStateReason {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeAccessStateReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "unknown",
        "exchangeGlobalRule",
        "exchangeIndividualRule",
        "exchangeDeviceRule",
        "exchangeUpgrade",
        "exchangeMailboxPolicy",
        "other",
        "compliant",
        "notCompliant",
        "notEnrolled",
        "unknownLocation",
        "mfaRequired",
        "azureADBlockDueToAccessPolicy",
        "compromisedPassword",
        "deviceNotKnownWithManagedApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "unknown" => Self::Unknown,
                "exchangeGlobalRule" => Self::ExchangeGlobalRule,
                "exchangeIndividualRule" => Self::ExchangeIndividualRule,
                "exchangeDeviceRule" => Self::ExchangeDeviceRule,
                "exchangeUpgrade" => Self::ExchangeUpgrade,
                "exchangeMailboxPolicy" => Self::ExchangeMailboxPolicy,
                "other" => Self::Other,
                "compliant" => Self::Compliant,
                "notCompliant" => Self::NotCompliant,
                "notEnrolled" => Self::NotEnrolled,
                "unknownLocation" => Self::UnknownLocation,
                "mfaRequired" => Self::MfaRequired,
                "azureADBlockDueToAccessPolicy" => Self::AzureAdBlockDueToAccessPolicy,
                "compromisedPassword" => Self::CompromisedPassword,
                "deviceNotKnownWithManagedApp" => Self::DeviceNotKnownWithManagedApp,
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
            Self::Unknown => "unknown",
            Self::ExchangeGlobalRule => "exchangeGlobalRule",
            Self::ExchangeIndividualRule => "exchangeIndividualRule",
            Self::ExchangeDeviceRule => "exchangeDeviceRule",
            Self::ExchangeUpgrade => "exchangeUpgrade",
            Self::ExchangeMailboxPolicy => "exchangeMailboxPolicy",
            Self::Other => "other",
            Self::Compliant => "compliant",
            Self::NotCompliant => "notCompliant",
            Self::NotEnrolled => "notEnrolled",
            Self::UnknownLocation => "unknownLocation",
            Self::MfaRequired => "mfaRequired",
            Self::AzureAdBlockDueToAccessPolicy => "azureADBlockDueToAccessPolicy",
            Self::CompromisedPassword => "compromisedPassword",
            Self::DeviceNotKnownWithManagedApp => "deviceNotKnownWithManagedApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(DeviceManagementExchangeAccessStateReason);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeAccessStateReason);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementExchangeConnectorSyncType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExchangeConnectorSyncType {
    /// `fullSync` (value 0).
    FullSync,
    /// `deltaSync` (value 1).
    DeltaSync,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExchangeConnectorSyncType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeConnectorSyncType";
    const MEMBERS: &'static [&'static str] = &["fullSync", "deltaSync"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "fullSync" => Self::FullSync,
                "deltaSync" => Self::DeltaSync,
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
            Self::FullSync => "fullSync",
            Self::DeltaSync => "deltaSync",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementExchangeConnectorSyncType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeConnectorSyncType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Class in Exchange.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeDeviceClass`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementExchangeDeviceClass {
    /// Name of the device class which will be impacted by this rule.
    ///
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Type of device which is impacted by this rule e.g. Model, Family
    ///
    /// CSDL: property `type`: `microsoft.graph.deviceManagementExchangeAccessRuleType`, not nullable.
    pub type_: rt::Field<crate::beta::DeviceManagementExchangeAccessRuleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExchangeDeviceClass {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementExchangeDeviceClass {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeDeviceClass";
    const KEYS: &'static [&'static str] = &["name", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementExchangeDeviceClass\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementExchangeDeviceClass {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementExchangeDeviceClass);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeDeviceClass { with_name name : ::std::string::String;
    with_type type_ : crate ::beta::DeviceManagementExchangeAccessRuleType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeDeviceClass);
#[cfg(msgraph_beta_device_management_or_search)]
/// Singleton entity which represents the Exchange OnPremises policy configured for a tenant.
///
/// CSDL: `microsoft.graph.deviceManagementExchangeOnPremisesPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementExchangeOnPremisesPolicyPath`](requests/trait.DeviceManagementExchangeOnPremisesPolicyPath.html), what a path to one (`EntityPath<DeviceManagementExchangeOnPremisesPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementExchangeOnPremisesPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The list of device access rules in Exchange. The access rules apply globally to the entire Exchange organization
    ///
    /// CSDL: property `accessRules`: `Collection(microsoft.graph.deviceManagementExchangeAccessRule)`, nullable.
    pub access_rules: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementExchangeAccessRule>,
    >,
    /// Default access state in Exchange. This rule applies globally to the entire Exchange organization
    ///
    /// CSDL: property `defaultAccessLevel`: `microsoft.graph.deviceManagementExchangeAccessLevel`, not nullable.
    pub default_access_level: rt::Field<
        crate::beta::DeviceManagementExchangeAccessLevel,
    >,
    /// The list of device classes known to Exchange
    ///
    /// CSDL: property `knownDeviceClasses`: `Collection(microsoft.graph.deviceManagementExchangeDeviceClass)`, nullable.
    pub known_device_classes: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementExchangeDeviceClass>,
    >,
    /// Notification text that will be sent to users quarantined by this policy. This is UTF8 encoded byte array HTML.
    ///
    /// CSDL: property `notificationContent`: `Edm.Binary`, nullable.
    pub notification_content: rt::Field<rt::edm::Binary>,
    /// The Exchange on premises conditional access settings. On premises conditional access will require devices to be both enrolled and compliant for mail access
    ///
    /// CSDL: containment navigation property `conditionalAccessSettings`: `microsoft.graph.onPremisesConditionalAccessSettings`, nullable.
    pub conditional_access_settings: rt::Field<
        crate::beta::OnPremisesConditionalAccessSettings,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExchangeOnPremisesPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_rules: rt::Field::Absent,
            default_access_level: rt::Field::Absent,
            known_device_classes: rt::Field::Absent,
            notification_content: rt::Field::Absent,
            conditional_access_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementExchangeOnPremisesPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExchangeOnPremisesPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessRules",
        "defaultAccessLevel",
        "knownDeviceClasses",
        "notificationContent",
        "conditionalAccessSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessRules\":                  ",
        ",\"defaultAccessLevel\":           ",
        ",\"knownDeviceClasses\":           ",
        ",\"notificationContent\":          ",
        ",\"conditionalAccessSettings\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementExchangeOnPremisesPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_rules", &self.access_rules);
        v.field(2usize, "default_access_level", &self.default_access_level);
        v.field(3usize, "known_device_classes", &self.known_device_classes);
        v.field(4usize, "notification_content", &self.notification_content);
        v.field(
            5usize,
            "conditional_access_settings",
            &self.conditional_access_settings,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementExchangeOnPremisesPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_rules.read_from(r),
            2usize => self.default_access_level.read_from(r),
            3usize => self.known_device_classes.read_from(r),
            4usize => self.notification_content.read_from(r),
            5usize => self.conditional_access_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_rules);
        w.field(2usize, &self.default_access_level);
        w.field(3usize, &self.known_device_classes);
        w.field(4usize, &self.notification_content);
        w.field(5usize, &self.conditional_access_settings);
    }
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
rt::impl_object!(DeviceManagementExchangeOnPremisesPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExchangeOnPremisesPolicy { with_id id : ::std::string::String;
    with_access_rules access_rules : ::std::vec::Vec < crate
    ::beta::DeviceManagementExchangeAccessRule >; with_default_access_level
    default_access_level : crate ::beta::DeviceManagementExchangeAccessLevel;
    with_known_device_classes known_device_classes : ::std::vec::Vec < crate
    ::beta::DeviceManagementExchangeDeviceClass >; with_notification_content
    notification_content : rt::edm::Binary; with_conditional_access_settings
    conditional_access_settings : crate ::beta::OnPremisesConditionalAccessSettings; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExchangeOnPremisesPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing a job to export a report
///
/// CSDL: `microsoft.graph.deviceManagementExportJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementExportJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Time that the exported report expires
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Filters applied on the report
    ///
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Format of the exported report
    ///
    /// CSDL: property `format`: `microsoft.graph.deviceManagementReportFileFormat`, not nullable.
    pub format: rt::Field<crate::beta::DeviceManagementReportFileFormat>,
    /// Configures how the requested export job is localized
    ///
    /// CSDL: property `localizationType`: `microsoft.graph.deviceManagementExportJobLocalizationType`, not nullable.
    pub localization_type: rt::Field<
        crate::beta::DeviceManagementExportJobLocalizationType,
    >,
    /// Name of the report
    ///
    /// CSDL: property `reportName`: `Edm.String`, not nullable.
    pub report_name: rt::Field<::std::string::String>,
    /// Time that the exported report was requested
    ///
    /// CSDL: property `requestDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub request_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Columns selected from the report
    ///
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// A snapshot is an identifiable subset of the dataset represented by the ReportName. A sessionId or CachedReportConfiguration id can be used here. If a sessionId is specified, Filter, Select, and OrderBy are applied to the data represented by the sessionId. Filter, Select, and OrderBy cannot be specified together with a CachedReportConfiguration id.
    ///
    /// CSDL: property `snapshotId`: `Edm.String`, nullable.
    pub snapshot_id: rt::Field<::std::string::String>,
    /// Status of the export job
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceManagementReportStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceManagementReportStatus>,
    /// Temporary location of the exported report
    ///
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementExportJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            filter: rt::Field::Absent,
            format: rt::Field::Absent,
            localization_type: rt::Field::Absent,
            report_name: rt::Field::Absent,
            request_date_time: rt::Field::Absent,
            select: rt::Field::Absent,
            snapshot_id: rt::Field::Absent,
            status: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementExportJob {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExportJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "filter",
        "format",
        "localizationType",
        "reportName",
        "requestDateTime",
        "select",
        "snapshotId",
        "status",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"filter\":                       ",
        ",\"format\":                       ",
        ",\"localizationType\":             ",
        ",\"reportName\":                   ",
        ",\"requestDateTime\":              ",
        ",\"select\":                       ",
        ",\"snapshotId\":                   ",
        ",\"status\":                       ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementExportJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "filter", &self.filter);
        v.field(3usize, "format", &self.format);
        v.field(4usize, "localization_type", &self.localization_type);
        v.field(5usize, "report_name", &self.report_name);
        v.field(6usize, "request_date_time", &self.request_date_time);
        v.field(7usize, "select", &self.select);
        v.field(8usize, "snapshot_id", &self.snapshot_id);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementExportJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.filter.read_from(r),
            3usize => self.format.read_from(r),
            4usize => self.localization_type.read_from(r),
            5usize => self.report_name.read_from(r),
            6usize => self.request_date_time.read_from(r),
            7usize => self.select.read_from(r),
            8usize => self.snapshot_id.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.filter);
        w.field(3usize, &self.format);
        w.field(4usize, &self.localization_type);
        w.field(5usize, &self.report_name);
        w.field(6usize, &self.request_date_time);
        w.field(7usize, &self.select);
        w.field(8usize, &self.snapshot_id);
        w.field(9usize, &self.status);
        w.field(10usize, &self.url);
    }
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
rt::impl_object!(DeviceManagementExportJob);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementExportJob { with_id id : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset; with_filter
    filter : ::std::string::String; with_format format : crate
    ::beta::DeviceManagementReportFileFormat; with_localization_type localization_type :
    crate ::beta::DeviceManagementExportJobLocalizationType; with_report_name report_name
    : ::std::string::String; with_request_date_time request_date_time :
    rt::edm::DateTimeOffset; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_snapshot_id snapshot_id : ::std::string::String; with_status status : crate
    ::beta::DeviceManagementReportStatus; with_url url : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExportJob);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementExportJobLocalizationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementExportJobLocalizationType {
    /// `localizedValuesAsAdditionalColumn` (value 0).
    LocalizedValuesAsAdditionalColumn,
    /// `replaceLocalizableValues` (value 1).
    ReplaceLocalizableValues,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementExportJobLocalizationType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementExportJobLocalizationType";
    const MEMBERS: &'static [&'static str] = &[
        "localizedValuesAsAdditionalColumn",
        "replaceLocalizableValues",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "localizedValuesAsAdditionalColumn" => {
                    Self::LocalizedValuesAsAdditionalColumn
                }
                "replaceLocalizableValues" => Self::ReplaceLocalizableValues,
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
            Self::LocalizedValuesAsAdditionalColumn => {
                "localizedValuesAsAdditionalColumn"
            }
            Self::ReplaceLocalizableValues => "replaceLocalizableValues",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementExportJobLocalizationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementExportJobLocalizationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity which represents a connection to device management partner.
///
/// CSDL: `microsoft.graph.deviceManagementPartner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementPartner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Partner display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// User groups that specifies whether enrollment is through partner.
    ///
    /// CSDL: property `groupsRequiringPartnerEnrollment`: `Collection(microsoft.graph.deviceManagementPartnerAssignment)`, nullable.
    pub groups_requiring_partner_enrollment: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementPartnerAssignment>,
    >,
    /// Whether device management partner is configured or not
    ///
    /// CSDL: property `isConfigured`: `Edm.Boolean`, not nullable.
    pub is_configured: rt::Field<bool>,
    /// Timestamp of last heartbeat after admin enabled option Connect to Device management Partner
    ///
    /// CSDL: property `lastHeartbeatDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_heartbeat_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Partner App type
    ///
    /// CSDL: property `partnerAppType`: `microsoft.graph.deviceManagementPartnerAppType`, not nullable.
    pub partner_app_type: rt::Field<crate::beta::DeviceManagementPartnerAppType>,
    /// Partner state of this tenant
    ///
    /// CSDL: property `partnerState`: `microsoft.graph.deviceManagementPartnerTenantState`, not nullable.
    pub partner_state: rt::Field<crate::beta::DeviceManagementPartnerTenantState>,
    /// Partner Single tenant App id
    ///
    /// CSDL: property `singleTenantAppId`: `Edm.String`, nullable.
    pub single_tenant_app_id: rt::Field<::std::string::String>,
    /// DateTime in UTC when PartnerDevices will be marked as NonCompliant. This will become obselete soon.
    ///
    /// CSDL: property `whenPartnerDevicesWillBeMarkedAsNonCompliant`: `Edm.DateTimeOffset`, nullable.
    pub when_partner_devices_will_be_marked_as_non_compliant: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// DateTime in UTC when PartnerDevices will be marked as NonCompliant
    ///
    /// CSDL: property `whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime`: `Edm.DateTimeOffset`, nullable.
    pub when_partner_devices_will_be_marked_as_non_compliant_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// DateTime in UTC when PartnerDevices will be removed. This will become obselete soon.
    ///
    /// CSDL: property `whenPartnerDevicesWillBeRemoved`: `Edm.DateTimeOffset`, nullable.
    pub when_partner_devices_will_be_removed: rt::Field<rt::edm::DateTimeOffset>,
    /// DateTime in UTC when PartnerDevices will be removed
    ///
    /// CSDL: property `whenPartnerDevicesWillBeRemovedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub when_partner_devices_will_be_removed_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementPartner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            groups_requiring_partner_enrollment: rt::Field::Absent,
            is_configured: rt::Field::Absent,
            last_heartbeat_date_time: rt::Field::Absent,
            partner_app_type: rt::Field::Absent,
            partner_state: rt::Field::Absent,
            single_tenant_app_id: rt::Field::Absent,
            when_partner_devices_will_be_marked_as_non_compliant: rt::Field::Absent,
            when_partner_devices_will_be_marked_as_non_compliant_date_time: rt::Field::Absent,
            when_partner_devices_will_be_removed: rt::Field::Absent,
            when_partner_devices_will_be_removed_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementPartner {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartner";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "groupsRequiringPartnerEnrollment",
        "isConfigured",
        "lastHeartbeatDateTime",
        "partnerAppType",
        "partnerState",
        "singleTenantAppId",
        "whenPartnerDevicesWillBeMarkedAsNonCompliant",
        "whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime",
        "whenPartnerDevicesWillBeRemoved",
        "whenPartnerDevicesWillBeRemovedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"groupsRequiringPartnerEnrollment\":",
        ",\"isConfigured\":                 ",
        ",\"lastHeartbeatDateTime\":        ",
        ",\"partnerAppType\":               ",
        ",\"partnerState\":                 ",
        ",\"singleTenantAppId\":            ",
        ",\"whenPartnerDevicesWillBeMarkedAsNonCompliant\":",
        ",\"whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime\":",
        ",\"whenPartnerDevicesWillBeRemoved\":",
        ",\"whenPartnerDevicesWillBeRemovedDateTime\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementPartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(
            2usize,
            "groups_requiring_partner_enrollment",
            &self.groups_requiring_partner_enrollment,
        );
        v.field(3usize, "is_configured", &self.is_configured);
        v.field(4usize, "last_heartbeat_date_time", &self.last_heartbeat_date_time);
        v.field(5usize, "partner_app_type", &self.partner_app_type);
        v.field(6usize, "partner_state", &self.partner_state);
        v.field(7usize, "single_tenant_app_id", &self.single_tenant_app_id);
        v.field(
            8usize,
            "when_partner_devices_will_be_marked_as_non_compliant",
            &self.when_partner_devices_will_be_marked_as_non_compliant,
        );
        v.field(
            9usize,
            "when_partner_devices_will_be_marked_as_non_compliant_date_time",
            &self.when_partner_devices_will_be_marked_as_non_compliant_date_time,
        );
        v.field(
            10usize,
            "when_partner_devices_will_be_removed",
            &self.when_partner_devices_will_be_removed,
        );
        v.field(
            11usize,
            "when_partner_devices_will_be_removed_date_time",
            &self.when_partner_devices_will_be_removed_date_time,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementPartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.groups_requiring_partner_enrollment.read_from(r),
            3usize => self.is_configured.read_from(r),
            4usize => self.last_heartbeat_date_time.read_from(r),
            5usize => self.partner_app_type.read_from(r),
            6usize => self.partner_state.read_from(r),
            7usize => self.single_tenant_app_id.read_from(r),
            8usize => {
                self.when_partner_devices_will_be_marked_as_non_compliant.read_from(r)
            }
            9usize => {
                self.when_partner_devices_will_be_marked_as_non_compliant_date_time
                    .read_from(r)
            }
            10usize => self.when_partner_devices_will_be_removed.read_from(r),
            11usize => self.when_partner_devices_will_be_removed_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.groups_requiring_partner_enrollment);
        w.field(3usize, &self.is_configured);
        w.field(4usize, &self.last_heartbeat_date_time);
        w.field(5usize, &self.partner_app_type);
        w.field(6usize, &self.partner_state);
        w.field(7usize, &self.single_tenant_app_id);
        w.field(8usize, &self.when_partner_devices_will_be_marked_as_non_compliant);
        w.field(
            9usize,
            &self.when_partner_devices_will_be_marked_as_non_compliant_date_time,
        );
        w.field(10usize, &self.when_partner_devices_will_be_removed);
        w.field(11usize, &self.when_partner_devices_will_be_removed_date_time);
    }
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
rt::impl_object!(DeviceManagementPartner);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementPartner { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_groups_requiring_partner_enrollment
    groups_requiring_partner_enrollment : ::std::vec::Vec < crate
    ::beta::DeviceManagementPartnerAssignment >; with_is_configured is_configured : bool;
    with_last_heartbeat_date_time last_heartbeat_date_time : rt::edm::DateTimeOffset;
    with_partner_app_type partner_app_type : crate
    ::beta::DeviceManagementPartnerAppType; with_partner_state partner_state : crate
    ::beta::DeviceManagementPartnerTenantState; with_single_tenant_app_id
    single_tenant_app_id : ::std::string::String;
    with_when_partner_devices_will_be_marked_as_non_compliant
    when_partner_devices_will_be_marked_as_non_compliant : rt::edm::DateTimeOffset;
    with_when_partner_devices_will_be_marked_as_non_compliant_date_time
    when_partner_devices_will_be_marked_as_non_compliant_date_time :
    rt::edm::DateTimeOffset; with_when_partner_devices_will_be_removed
    when_partner_devices_will_be_removed : rt::edm::DateTimeOffset;
    with_when_partner_devices_will_be_removed_date_time
    when_partner_devices_will_be_removed_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartner);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementPartnerAppType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementPartnerAppType {
    /// `unknown` (value 0).
    Unknown,
    /// `singleTenantApp` (value 1).
    SingleTenantApp,
    /// `multiTenantApp` (value 2).
    MultiTenantApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementPartnerAppType {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartnerAppType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "singleTenantApp",
        "multiTenantApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "singleTenantApp" => Self::SingleTenantApp,
                "multiTenantApp" => Self::MultiTenantApp,
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
            Self::SingleTenantApp => "singleTenantApp",
            Self::MultiTenantApp => "multiTenantApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementPartnerAppType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartnerAppType);
#[cfg(msgraph_beta_device_management_or_search)]
/// User group targeting for Device Management Partner
///
/// CSDL: `microsoft.graph.deviceManagementPartnerAssignment`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementPartnerAssignment {
    /// User groups targeting for devices to be enrolled through partner.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementPartnerAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementPartnerAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementPartnerAssignment";
    const KEYS: &'static [&'static str] = &["target"];
    const KEYS_JSON: &'static [&'static str] = &[",\"target\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementPartnerAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementPartnerAssignment {
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
rt::impl_object!(DeviceManagementPartnerAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementPartnerAssignment { with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementPartnerAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementReportFileFormat`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementReportFileFormat {
    /// `csv` (value 0).
    Csv,
    /// `pdf` (value 1).
    Pdf,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementReportFileFormat {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReportFileFormat";
    const MEMBERS: &'static [&'static str] = &["csv", "pdf"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "csv" => Self::Csv,
                "pdf" => Self::Pdf,
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
            Self::Csv => "csv",
            Self::Pdf => "pdf",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementReportFileFormat);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportFileFormat);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing a schedule for which reports are delivered
///
/// CSDL: `microsoft.graph.deviceManagementReportSchedule`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReportSchedule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Emails to which the scheduled reports are delivered
    ///
    /// CSDL: property `emails`: `Collection(Edm.String)`, nullable.
    pub emails: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Time that the delivery of the scheduled reports ends
    ///
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Filters applied on the report
    ///
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Format of the scheduled report
    ///
    /// CSDL: property `format`: `microsoft.graph.deviceManagementReportFileFormat`, not nullable.
    pub format: rt::Field<crate::beta::DeviceManagementReportFileFormat>,
    /// Ordering of columns in the report
    ///
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Frequency of scheduled report delivery
    ///
    /// CSDL: property `recurrence`: `microsoft.graph.deviceManagementScheduledReportRecurrence`, not nullable.
    pub recurrence: rt::Field<crate::beta::DeviceManagementScheduledReportRecurrence>,
    /// Name of the report
    ///
    /// CSDL: property `reportName`: `Edm.String`, not nullable.
    pub report_name: rt::Field<::std::string::String>,
    /// Name of the schedule
    ///
    /// CSDL: property `reportScheduleName`: `Edm.String`, not nullable.
    pub report_schedule_name: rt::Field<::std::string::String>,
    /// Columns selected from the report
    ///
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Time that the delivery of the scheduled reports starts
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Subject of the scheduled reports that are delivered
    ///
    /// CSDL: property `subject`: `Edm.String`, not nullable.
    pub subject: rt::Field<::std::string::String>,
    /// The Id of the User who created the report
    ///
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReportSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            emails: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            filter: rt::Field::Absent,
            format: rt::Field::Absent,
            order_by: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            report_name: rt::Field::Absent,
            report_schedule_name: rt::Field::Absent,
            select: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReportSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReportSchedule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "emails",
        "endDateTime",
        "filter",
        "format",
        "orderBy",
        "recurrence",
        "reportName",
        "reportScheduleName",
        "select",
        "startDateTime",
        "subject",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emails\":                       ",
        ",\"endDateTime\":                  ",
        ",\"filter\":                       ",
        ",\"format\":                       ",
        ",\"orderBy\":                      ",
        ",\"recurrence\":                   ",
        ",\"reportName\":                   ",
        ",\"reportScheduleName\":           ",
        ",\"select\":                       ",
        ",\"startDateTime\":                ",
        ",\"subject\":                      ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementReportSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "emails", &self.emails);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "filter", &self.filter);
        v.field(4usize, "format", &self.format);
        v.field(5usize, "order_by", &self.order_by);
        v.field(6usize, "recurrence", &self.recurrence);
        v.field(7usize, "report_name", &self.report_name);
        v.field(8usize, "report_schedule_name", &self.report_schedule_name);
        v.field(9usize, "select", &self.select);
        v.field(10usize, "start_date_time", &self.start_date_time);
        v.field(11usize, "subject", &self.subject);
        v.field(12usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReportSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.emails.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.filter.read_from(r),
            4usize => self.format.read_from(r),
            5usize => self.order_by.read_from(r),
            6usize => self.recurrence.read_from(r),
            7usize => self.report_name.read_from(r),
            8usize => self.report_schedule_name.read_from(r),
            9usize => self.select.read_from(r),
            10usize => self.start_date_time.read_from(r),
            11usize => self.subject.read_from(r),
            12usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.emails);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.filter);
        w.field(4usize, &self.format);
        w.field(5usize, &self.order_by);
        w.field(6usize, &self.recurrence);
        w.field(7usize, &self.report_name);
        w.field(8usize, &self.report_schedule_name);
        w.field(9usize, &self.select);
        w.field(10usize, &self.start_date_time);
        w.field(11usize, &self.subject);
        w.field(12usize, &self.user_id);
    }
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
rt::impl_object!(DeviceManagementReportSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReportSchedule { with_id id : ::std::string::String; with_emails
    emails : ::std::vec::Vec < ::std::string::String >; with_end_date_time end_date_time
    : rt::edm::DateTimeOffset; with_filter filter : ::std::string::String; with_format
    format : crate ::beta::DeviceManagementReportFileFormat; with_order_by order_by :
    ::std::vec::Vec < ::std::string::String >; with_recurrence recurrence : crate
    ::beta::DeviceManagementScheduledReportRecurrence; with_report_name report_name :
    ::std::string::String; with_report_schedule_name report_schedule_name :
    ::std::string::String; with_select select : ::std::vec::Vec < ::std::string::String
    >; with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_subject
    subject : ::std::string::String; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportSchedule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementReportStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementReportStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notStarted` (value 1).
    NotStarted,
    /// `inProgress` (value 2).
    InProgress,
    /// `completed` (value 3).
    Completed,
    /// `failed` (value 4).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementReportStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReportStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notStarted",
        "inProgress",
        "completed",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notStarted" => Self::NotStarted,
                "inProgress" => Self::InProgress,
                "completed" => Self::Completed,
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
            Self::Unknown => "unknown",
            Self::NotStarted => "notStarted",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementReportStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReportStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// Singleton entity that acts as a container for all reports functionality.
///
/// CSDL: `microsoft.graph.deviceManagementReports`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementReportsPath`](requests/trait.DeviceManagementReportsPath.html), what a path to one (`EntityPath<DeviceManagementReports, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReports {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Entity representing the configuration of a cached report
    ///
    /// CSDL: containment navigation property `cachedReportConfigurations`: `Collection(microsoft.graph.deviceManagementCachedReportConfiguration)`, not nullable.
    pub cached_report_configurations: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementCachedReportConfiguration>,
    >,
    /// Entity representing a job to export a report
    ///
    /// CSDL: containment navigation property `exportJobs`: `Collection(microsoft.graph.deviceManagementExportJob)`, not nullable.
    pub export_jobs: rt::Field<::std::vec::Vec<crate::beta::DeviceManagementExportJob>>,
    /// Entity representing a schedule for which reports are delivered
    ///
    /// CSDL: containment navigation property `reportSchedules`: `Collection(microsoft.graph.deviceManagementReportSchedule)`, not nullable.
    pub report_schedules: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementReportSchedule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReports {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cached_report_configurations: rt::Field::Absent,
            export_jobs: rt::Field::Absent,
            report_schedules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReports {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReports";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cachedReportConfigurations",
        "exportJobs",
        "reportSchedules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cachedReportConfigurations\":   ",
        ",\"exportJobs\":                   ",
        ",\"reportSchedules\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementReports\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "cached_report_configurations",
            &self.cached_report_configurations,
        );
        v.field(2usize, "export_jobs", &self.export_jobs);
        v.field(3usize, "report_schedules", &self.report_schedules);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReports {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cached_report_configurations.read_from(r),
            2usize => self.export_jobs.read_from(r),
            3usize => self.report_schedules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cached_report_configurations);
        w.field(2usize, &self.export_jobs);
        w.field(3usize, &self.report_schedules);
    }
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
rt::impl_object!(DeviceManagementReports);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReports { with_id id : ::std::string::String;
    with_cached_report_configurations cached_report_configurations : ::std::vec::Vec <
    crate ::beta::DeviceManagementCachedReportConfiguration >; with_export_jobs
    export_jobs : ::std::vec::Vec < crate ::beta::DeviceManagementExportJob >;
    with_report_schedules report_schedules : ::std::vec::Vec < crate
    ::beta::DeviceManagementReportSchedule >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReports);
#[cfg(msgraph_beta_device_management_or_search)]
/// Graph model for a reusable setting
///
/// CSDL: `microsoft.graph.deviceManagementReusablePolicySetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementReusablePolicySettingPath`](requests/trait.DeviceManagementReusablePolicySettingPath.html), what a path to one (`EntityPath<DeviceManagementReusablePolicySetting, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementReusablePolicySetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// reusable setting creation date and time. This property is read-only.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// reusable setting description supplied by user.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// reusable setting display name supplied by user.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// date and time when reusable setting was last modified. This property is read-only.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// count of configuration policies referencing the current reusable setting. Valid values 0 to 2147483647. This property is read-only.
    ///
    /// CSDL: property `referencingConfigurationPolicyCount`: `Edm.Int32`, not nullable.
    pub referencing_configuration_policy_count: rt::Field<i32>,
    /// setting definition id associated with this reusable setting.
    ///
    /// CSDL: property `settingDefinitionId`: `Edm.String`, nullable.
    pub setting_definition_id: rt::Field<::std::string::String>,
    /// reusable setting configuration instance
    ///
    /// CSDL: property `settingInstance`: `microsoft.graph.deviceManagementConfigurationSettingInstance`, nullable.
    pub setting_instance: rt::Field<
        crate::beta::AnyDeviceManagementConfigurationSettingInstance,
    >,
    /// version number for reusable setting. Valid values 0 to 2147483647. This property is read-only.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// configuration policies referencing the current reusable setting
    ///
    /// CSDL: containment navigation property `referencingConfigurationPolicies`: `Collection(microsoft.graph.deviceManagementConfigurationPolicy)`, not nullable.
    pub referencing_configuration_policies: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementConfigurationPolicy>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementReusablePolicySetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            referencing_configuration_policy_count: rt::Field::Absent,
            setting_definition_id: rt::Field::Absent,
            setting_instance: rt::Field::Absent,
            version: rt::Field::Absent,
            referencing_configuration_policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementReusablePolicySetting {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementReusablePolicySetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "referencingConfigurationPolicyCount",
        "settingDefinitionId",
        "settingInstance",
        "version",
        "referencingConfigurationPolicies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"referencingConfigurationPolicyCount\":",
        ",\"settingDefinitionId\":          ",
        ",\"settingInstance\":              ",
        ",\"version\":                      ",
        ",\"referencingConfigurationPolicies\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementReusablePolicySetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            5usize,
            "referencing_configuration_policy_count",
            &self.referencing_configuration_policy_count,
        );
        v.field(6usize, "setting_definition_id", &self.setting_definition_id);
        v.field(7usize, "setting_instance", &self.setting_instance);
        v.field(8usize, "version", &self.version);
        v.field(
            9usize,
            "referencing_configuration_policies",
            &self.referencing_configuration_policies,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementReusablePolicySetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.referencing_configuration_policy_count.read_from(r),
            6usize => self.setting_definition_id.read_from(r),
            7usize => self.setting_instance.read_from(r),
            8usize => self.version.read_from(r),
            9usize => self.referencing_configuration_policies.read_from(r),
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
        w.field(5usize, &self.referencing_configuration_policy_count);
        w.field(6usize, &self.setting_definition_id);
        w.field(7usize, &self.setting_instance);
        w.field(8usize, &self.version);
        w.field(9usize, &self.referencing_configuration_policies);
    }
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
rt::impl_object!(DeviceManagementReusablePolicySetting);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementReusablePolicySetting { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_referencing_configuration_policy_count
    referencing_configuration_policy_count : i32; with_setting_definition_id
    setting_definition_id : ::std::string::String; with_setting_instance setting_instance
    : crate ::beta::AnyDeviceManagementConfigurationSettingInstance; with_version version
    : i32; with_referencing_configuration_policies referencing_configuration_policies :
    ::std::vec::Vec < crate ::beta::DeviceManagementConfigurationPolicy >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementReusablePolicySetting);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementScheduledReportRecurrence`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementScheduledReportRecurrence {
    /// `none` (value 0).
    None,
    /// `daily` (value 1).
    Daily,
    /// `weekly` (value 2).
    Weekly,
    /// `monthly` (value 3).
    Monthly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementScheduledReportRecurrence {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScheduledReportRecurrence";
    const MEMBERS: &'static [&'static str] = &["none", "daily", "weekly", "monthly"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "daily" => Self::Daily,
                "weekly" => Self::Weekly,
                "monthly" => Self::Monthly,
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
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Monthly => "monthly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementScheduledReportRecurrence);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScheduledReportRecurrence);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for device management script PolicySetItem.
///
/// CSDL: `microsoft.graph.deviceManagementScriptPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementScriptPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for DeviceManagementScriptPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for DeviceManagementScriptPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementScriptPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementScriptPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for DeviceManagementScriptPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(DeviceManagementScriptPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    DeviceManagementScriptPolicySetItem { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_error_code error_code : crate
    ::beta::ErrorCode; with_guided_deployment_tags guided_deployment_tags :
    ::std::vec::Vec < ::std::string::String >; with_item_type item_type :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_payload_id payload_id : ::std::string::String;
    with_status status : crate ::beta::PolicySetStatus; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementScriptPolicySetItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing setting comparison result
///
/// CSDL: `microsoft.graph.deviceManagementSettingComparison`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettingComparison {
    /// Setting comparison result
    ///
    /// CSDL: property `comparisonResult`: `microsoft.graph.deviceManagementComparisonResult`, not nullable.
    pub comparison_result: rt::Field<crate::beta::DeviceManagementComparisonResult>,
    /// JSON representation of current intent (or) template setting's value
    ///
    /// CSDL: property `currentValueJson`: `Edm.String`, nullable.
    pub current_value_json: rt::Field<::std::string::String>,
    /// The ID of the setting definition for this instance
    ///
    /// CSDL: property `definitionId`: `Edm.String`, nullable.
    pub definition_id: rt::Field<::std::string::String>,
    /// The setting's display name
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The setting ID
    ///
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// JSON representation of new template setting's value
    ///
    /// CSDL: property `newValueJson`: `Edm.String`, nullable.
    pub new_value_json: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettingComparison {
    #[inline]
    fn default() -> Self {
        Self {
            comparison_result: rt::Field::Absent,
            current_value_json: rt::Field::Absent,
            definition_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            new_value_json: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettingComparison {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettingComparison";
    const KEYS: &'static [&'static str] = &[
        "comparisonResult",
        "currentValueJson",
        "definitionId",
        "displayName",
        "id",
        "newValueJson",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"comparisonResult\":             ",
        ",\"currentValueJson\":             ",
        ",\"definitionId\":                 ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"newValueJson\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettingComparison\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comparison_result", &self.comparison_result);
        v.field(1usize, "current_value_json", &self.current_value_json);
        v.field(2usize, "definition_id", &self.definition_id);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "id", &self.id);
        v.field(5usize, "new_value_json", &self.new_value_json);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettingComparison {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comparison_result.read_from(r),
            1usize => self.current_value_json.read_from(r),
            2usize => self.definition_id.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.id.read_from(r),
            5usize => self.new_value_json.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comparison_result);
        w.field(1usize, &self.current_value_json);
        w.field(2usize, &self.definition_id);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.id);
        w.field(5usize, &self.new_value_json);
    }
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
rt::impl_object!(DeviceManagementSettingComparison);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettingComparison { with_comparison_result comparison_result : crate
    ::beta::DeviceManagementComparisonResult; with_current_value_json current_value_json
    : ::std::string::String; with_definition_id definition_id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_new_value_json new_value_json : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettingComparison);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementSettings {
    /// The property to determine if Android device administrator enrollment is enabled for this account.
    ///
    /// CSDL: property `androidDeviceAdministratorEnrollmentEnabled`: `Edm.Boolean`, not nullable.
    pub android_device_administrator_enrollment_enabled: rt::Field<bool>,
    /// The Derived Credential Provider to use for this account.
    ///
    /// CSDL: property `derivedCredentialProvider`: `microsoft.graph.derivedCredentialProviderType`, not nullable.
    pub derived_credential_provider: rt::Field<
        crate::beta::DerivedCredentialProviderType,
    >,
    /// The Derived Credential Provider self-service URI.
    ///
    /// CSDL: property `derivedCredentialUrl`: `Edm.String`, nullable.
    pub derived_credential_url: rt::Field<::std::string::String>,
    /// The number of days a device is allowed to go without checking in to remain compliant.
    ///
    /// CSDL: property `deviceComplianceCheckinThresholdDays`: `Edm.Int32`, not nullable.
    pub device_compliance_checkin_threshold_days: rt::Field<i32>,
    /// When the device does not check in for specified number of days, the company data might be removed and the device will not be under management. Valid values 30 to 270
    ///
    /// CSDL: property `deviceInactivityBeforeRetirementInDay`: `Edm.Int32`, not nullable.
    pub device_inactivity_before_retirement_in_day: rt::Field<i32>,
    /// Determines whether the log collection feature should be available for use.
    ///
    /// CSDL: property `enableLogCollection`: `Edm.Boolean`, not nullable.
    pub enable_log_collection: rt::Field<bool>,
    /// Is feature enabled or not for enhanced jailbreak detection.
    ///
    /// CSDL: property `enhancedJailBreak`: `Edm.Boolean`, not nullable.
    pub enhanced_jail_break: rt::Field<bool>,
    /// The property to determine whether to ignore unsupported compliance settings on certian models of devices.
    ///
    /// CSDL: property `ignoreDevicesForUnsupportedSettingsEnabled`: `Edm.Boolean`, not nullable.
    pub ignore_devices_for_unsupported_settings_enabled: rt::Field<bool>,
    /// Is feature enabled or not for scheduled action for rule.
    ///
    /// CSDL: property `isScheduledActionEnabled`: `Edm.Boolean`, not nullable.
    pub is_scheduled_action_enabled: rt::Field<bool>,
    /// Device should be noncompliant when there is no compliance policy targeted when this is true
    ///
    /// CSDL: property `secureByDefault`: `Edm.Boolean`, not nullable.
    pub secure_by_default: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementSettings {
    #[inline]
    fn default() -> Self {
        Self {
            android_device_administrator_enrollment_enabled: rt::Field::Absent,
            derived_credential_provider: rt::Field::Absent,
            derived_credential_url: rt::Field::Absent,
            device_compliance_checkin_threshold_days: rt::Field::Absent,
            device_inactivity_before_retirement_in_day: rt::Field::Absent,
            enable_log_collection: rt::Field::Absent,
            enhanced_jail_break: rt::Field::Absent,
            ignore_devices_for_unsupported_settings_enabled: rt::Field::Absent,
            is_scheduled_action_enabled: rt::Field::Absent,
            secure_by_default: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSettings";
    const KEYS: &'static [&'static str] = &[
        "androidDeviceAdministratorEnrollmentEnabled",
        "derivedCredentialProvider",
        "derivedCredentialUrl",
        "deviceComplianceCheckinThresholdDays",
        "deviceInactivityBeforeRetirementInDay",
        "enableLogCollection",
        "enhancedJailBreak",
        "ignoreDevicesForUnsupportedSettingsEnabled",
        "isScheduledActionEnabled",
        "secureByDefault",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"androidDeviceAdministratorEnrollmentEnabled\":",
        ",\"derivedCredentialProvider\":    ",
        ",\"derivedCredentialUrl\":         ",
        ",\"deviceComplianceCheckinThresholdDays\":",
        ",\"deviceInactivityBeforeRetirementInDay\":",
        ",\"enableLogCollection\":          ",
        ",\"enhancedJailBreak\":            ",
        ",\"ignoreDevicesForUnsupportedSettingsEnabled\":",
        ",\"isScheduledActionEnabled\":     ",
        ",\"secureByDefault\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "android_device_administrator_enrollment_enabled",
            &self.android_device_administrator_enrollment_enabled,
        );
        v.field(
            1usize,
            "derived_credential_provider",
            &self.derived_credential_provider,
        );
        v.field(2usize, "derived_credential_url", &self.derived_credential_url);
        v.field(
            3usize,
            "device_compliance_checkin_threshold_days",
            &self.device_compliance_checkin_threshold_days,
        );
        v.field(
            4usize,
            "device_inactivity_before_retirement_in_day",
            &self.device_inactivity_before_retirement_in_day,
        );
        v.field(5usize, "enable_log_collection", &self.enable_log_collection);
        v.field(6usize, "enhanced_jail_break", &self.enhanced_jail_break);
        v.field(
            7usize,
            "ignore_devices_for_unsupported_settings_enabled",
            &self.ignore_devices_for_unsupported_settings_enabled,
        );
        v.field(
            8usize,
            "is_scheduled_action_enabled",
            &self.is_scheduled_action_enabled,
        );
        v.field(9usize, "secure_by_default", &self.secure_by_default);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.android_device_administrator_enrollment_enabled.read_from(r),
            1usize => self.derived_credential_provider.read_from(r),
            2usize => self.derived_credential_url.read_from(r),
            3usize => self.device_compliance_checkin_threshold_days.read_from(r),
            4usize => self.device_inactivity_before_retirement_in_day.read_from(r),
            5usize => self.enable_log_collection.read_from(r),
            6usize => self.enhanced_jail_break.read_from(r),
            7usize => self.ignore_devices_for_unsupported_settings_enabled.read_from(r),
            8usize => self.is_scheduled_action_enabled.read_from(r),
            9usize => self.secure_by_default.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.android_device_administrator_enrollment_enabled);
        w.field(1usize, &self.derived_credential_provider);
        w.field(2usize, &self.derived_credential_url);
        w.field(3usize, &self.device_compliance_checkin_threshold_days);
        w.field(4usize, &self.device_inactivity_before_retirement_in_day);
        w.field(5usize, &self.enable_log_collection);
        w.field(6usize, &self.enhanced_jail_break);
        w.field(7usize, &self.ignore_devices_for_unsupported_settings_enabled);
        w.field(8usize, &self.is_scheduled_action_enabled);
        w.field(9usize, &self.secure_by_default);
    }
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
rt::impl_object!(DeviceManagementSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementSettings { with_android_device_administrator_enrollment_enabled
    android_device_administrator_enrollment_enabled : bool;
    with_derived_credential_provider derived_credential_provider : crate
    ::beta::DerivedCredentialProviderType; with_derived_credential_url
    derived_credential_url : ::std::string::String;
    with_device_compliance_checkin_threshold_days
    device_compliance_checkin_threshold_days : i32;
    with_device_inactivity_before_retirement_in_day
    device_inactivity_before_retirement_in_day : i32; with_enable_log_collection
    enable_log_collection : bool; with_enhanced_jail_break enhanced_jail_break : bool;
    with_ignore_devices_for_unsupported_settings_enabled
    ignore_devices_for_unsupported_settings_enabled : bool;
    with_is_scheduled_action_enabled is_scheduled_action_enabled : bool;
    with_secure_by_default secure_by_default : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementSubscriptionState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementSubscriptionState {
    /// `pending` (value 0).
    Pending,
    /// `active` (value 1).
    Active,
    /// `warning` (value 2).
    Warning,
    /// `disabled` (value 3).
    Disabled,
    /// `deleted` (value 4).
    Deleted,
    /// `blocked` (value 5).
    Blocked,
    /// `lockedOut` (value 8).
    LockedOut,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementSubscriptionState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementSubscriptionState";
    const MEMBERS: &'static [&'static str] = &[
        "pending",
        "active",
        "warning",
        "disabled",
        "deleted",
        "blocked",
        "lockedOut",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "active" => Self::Active,
                "warning" => Self::Warning,
                "disabled" => Self::Disabled,
                "deleted" => Self::Deleted,
                "blocked" => Self::Blocked,
                "lockedOut" => Self::LockedOut,
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
            Self::Pending => "pending",
            Self::Active => "active",
            Self::Warning => "warning",
            Self::Disabled => "disabled",
            Self::Deleted => "deleted",
            Self::Blocked => "blocked",
            Self::LockedOut => "lockedOut",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementSubscriptionState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementSubscriptionState);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementTemplateLifecycleState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementTemplateLifecycleState {
    /// `invalid` (value 0).
    Invalid,
    /// `draft` (value 10).
    Draft,
    /// `active` (value 20).
    Active,
    /// `superseded` (value 30).
    Superseded,
    /// `deprecated` (value 40).
    Deprecated,
    /// `retired` (value 50).
    Retired,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementTemplateLifecycleState {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTemplateLifecycleState";
    const MEMBERS: &'static [&'static str] = &[
        "invalid",
        "draft",
        "active",
        "superseded",
        "deprecated",
        "retired",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "draft" => Self::Draft,
                "active" => Self::Active,
                "superseded" => Self::Superseded,
                "deprecated" => Self::Deprecated,
                "retired" => Self::Retired,
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
            Self::Invalid => "invalid",
            Self::Draft => "draft",
            Self::Active => "active",
            Self::Superseded => "superseded",
            Self::Deprecated => "deprecated",
            Self::Retired => "retired",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementTemplateLifecycleState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTemplateLifecycleState);
#[cfg(msgraph_beta_core)]
/// Object containing detailed information about the error and its remediation.
///
/// CSDL: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceManagementTroubleshootingErrorDetails {
    /// CSDL: property `context`: `Edm.String`, nullable.
    pub context: rt::Field<::std::string::String>,
    /// CSDL: property `failure`: `Edm.String`, nullable.
    pub failure: rt::Field<::std::string::String>,
    /// The detailed description of what went wrong.
    ///
    /// CSDL: property `failureDetails`: `Edm.String`, nullable.
    pub failure_details: rt::Field<::std::string::String>,
    /// The detailed description of how to remediate this issue.
    ///
    /// CSDL: property `remediation`: `Edm.String`, nullable.
    pub remediation: rt::Field<::std::string::String>,
    /// Links to helpful documentation about this failure.
    ///
    /// CSDL: property `resources`: `Collection(microsoft.graph.deviceManagementTroubleshootingErrorResource)`, nullable.
    pub resources: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementTroubleshootingErrorResource>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceManagementTroubleshootingErrorDetails {
    #[inline]
    fn default() -> Self {
        Self {
            context: rt::Field::Absent,
            failure: rt::Field::Absent,
            failure_details: rt::Field::Absent,
            remediation: rt::Field::Absent,
            resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceManagementTroubleshootingErrorDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTroubleshootingErrorDetails";
    const KEYS: &'static [&'static str] = &[
        "context",
        "failure",
        "failureDetails",
        "remediation",
        "resources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"context\":                      ",
        ",\"failure\":                      ",
        ",\"failureDetails\":               ",
        ",\"remediation\":                  ",
        ",\"resources\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementTroubleshootingErrorDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "context", &self.context);
        v.field(1usize, "failure", &self.failure);
        v.field(2usize, "failure_details", &self.failure_details);
        v.field(3usize, "remediation", &self.remediation);
        v.field(4usize, "resources", &self.resources);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceManagementTroubleshootingErrorDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.context.read_from(r),
            1usize => self.failure.read_from(r),
            2usize => self.failure_details.read_from(r),
            3usize => self.remediation.read_from(r),
            4usize => self.resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.context);
        w.field(1usize, &self.failure);
        w.field(2usize, &self.failure_details);
        w.field(3usize, &self.remediation);
        w.field(4usize, &self.resources);
    }
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
rt::impl_object!(DeviceManagementTroubleshootingErrorDetails);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceManagementTroubleshootingErrorDetails { with_context context :
    ::std::string::String; with_failure failure : ::std::string::String;
    with_failure_details failure_details : ::std::string::String; with_remediation
    remediation : ::std::string::String; with_resources resources : ::std::vec::Vec <
    crate ::beta::DeviceManagementTroubleshootingErrorResource >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTroubleshootingErrorDetails);
#[cfg(msgraph_beta_core)]
/// Object representing a link to troubleshooting information, the link could be to the Azure Portal or a Microsoft doc.
///
/// CSDL: `microsoft.graph.deviceManagementTroubleshootingErrorResource`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceManagementTroubleshootingErrorResource {
    /// The link to the web resource. Can contain any of the following formatters: {{UPN}}, {{DeviceGUID}}, {{UserGUID}}
    ///
    /// CSDL: property `link`: `Edm.String`, nullable.
    pub link: rt::Field<::std::string::String>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceManagementTroubleshootingErrorResource {
    #[inline]
    fn default() -> Self {
        Self {
            link: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceManagementTroubleshootingErrorResource {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTroubleshootingErrorResource";
    const KEYS: &'static [&'static str] = &["link", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"link\":                         ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementTroubleshootingErrorResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "link", &self.link);
        v.field(1usize, "text", &self.text);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceManagementTroubleshootingErrorResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.link.read_from(r),
            1usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.link);
        w.field(1usize, &self.text);
    }
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
rt::impl_object!(DeviceManagementTroubleshootingErrorResource);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceManagementTroubleshootingErrorResource { with_link link :
    ::std::string::String; with_text text : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTroubleshootingErrorResource);
#[cfg(msgraph_beta_core)]
/// Event representing an general failure.
///
/// CSDL: `microsoft.graph.deviceManagementTroubleshootingEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceManagementTroubleshootingEventPath`](requests/trait.DeviceManagementTroubleshootingEventPath.html), what a path to one (`EntityPath<AnyDeviceManagementTroubleshootingEvent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct DeviceManagementTroubleshootingEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs which provides additional information on the Troubleshooting event
    ///
    /// CSDL: property `additionalInformation`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub additional_information: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Id used for tracing the failure in the service.
    ///
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// Time when the event occurred .
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Event Name corresponding to the Troubleshooting Event. It is an Optional field
    ///
    /// CSDL: property `eventName`: `Edm.String`, nullable.
    pub event_name: rt::Field<::std::string::String>,
    /// Object containing detailed information about the error and its remediation.
    ///
    /// CSDL: property `troubleshootingErrorDetails`: `microsoft.graph.deviceManagementTroubleshootingErrorDetails`, nullable.
    pub troubleshooting_error_details: rt::Field<
        crate::beta::DeviceManagementTroubleshootingErrorDetails,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for DeviceManagementTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            event_name: rt::Field::Absent,
            troubleshooting_error_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for DeviceManagementTroubleshootingEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementTroubleshootingEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "correlationId",
        "eventDateTime",
        "eventName",
        "troubleshootingErrorDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"correlationId\":                ",
        ",\"eventDateTime\":                ",
        ",\"eventName\":                    ",
        ",\"troubleshootingErrorDetails\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementTroubleshootingEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "correlation_id", &self.correlation_id);
        v.field(3usize, "event_date_time", &self.event_date_time);
        v.field(4usize, "event_name", &self.event_name);
        v.field(
            5usize,
            "troubleshooting_error_details",
            &self.troubleshooting_error_details,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for DeviceManagementTroubleshootingEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.correlation_id.read_from(r),
            3usize => self.event_date_time.read_from(r),
            4usize => self.event_name.read_from(r),
            5usize => self.troubleshooting_error_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.correlation_id);
        w.field(3usize, &self.event_date_time);
        w.field(4usize, &self.event_name);
        w.field(5usize, &self.troubleshooting_error_details);
    }
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
rt::impl_object!(DeviceManagementTroubleshootingEvent);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    DeviceManagementTroubleshootingEvent { with_id id : ::std::string::String;
    with_additional_information additional_information : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_correlation_id correlation_id : ::std::string::String;
    with_event_date_time event_date_time : rt::edm::DateTimeOffset; with_event_name
    event_name : ::std::string::String; with_troubleshooting_error_details
    troubleshooting_error_details : crate
    ::beta::DeviceManagementTroubleshootingErrorDetails; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementTroubleshootingEvent);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.deviceManagementTroubleshootingEvent` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyDeviceManagementTroubleshootingEvent {
    DeviceManagementTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::DeviceManagementTroubleshootingEvent>,
    ),
    AppleVppTokenTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::AppleVppTokenTroubleshootingEvent>,
    ),
    EnrollmentTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::EnrollmentTroubleshootingEvent>,
    ),
    MobileAppTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingEvent>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self::DeviceManagementTroubleshootingEvent(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementTroubleshootingEvent>
for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn from(v: crate::beta::DeviceManagementTroubleshootingEvent) -> Self {
        Self::DeviceManagementTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleVppTokenTroubleshootingEvent>
for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn from(v: crate::beta::AppleVppTokenTroubleshootingEvent) -> Self {
        Self::AppleVppTokenTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnrollmentTroubleshootingEvent>
for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn from(v: crate::beta::EnrollmentTroubleshootingEvent) -> Self {
        Self::EnrollmentTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MobileAppTroubleshootingEvent>
for AnyDeviceManagementTroubleshootingEvent {
    #[inline]
    fn from(v: crate::beta::MobileAppTroubleshootingEvent) -> Self {
        Self::MobileAppTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyDeviceManagementTroubleshootingEvent {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::DeviceManagementTroubleshootingEvent>();
    rt::object::auto_traits::<crate::beta::AppleVppTokenTroubleshootingEvent>();
    rt::object::auto_traits::<crate::beta::EnrollmentTroubleshootingEvent>();
    rt::object::auto_traits::<crate::beta::MobileAppTroubleshootingEvent>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyDeviceManagementTroubleshootingEvent {
    const BASE_NAME: &'static str = "microsoft.graph.deviceManagementTroubleshootingEvent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.appleVppTokenTroubleshootingEvent",
            ) => Self::AppleVppTokenTroubleshootingEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentTroubleshootingEvent",
            ) => Self::EnrollmentTroubleshootingEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingEvent",
            ) => Self::MobileAppTroubleshootingEvent(rt::object::new_boxed()),
            _ => Self::DeviceManagementTroubleshootingEvent(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &**v,
            Self::AppleVppTokenTroubleshootingEvent(v) => &**v,
            Self::EnrollmentTroubleshootingEvent(v) => &**v,
            Self::MobileAppTroubleshootingEvent(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut **v,
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut **v,
            Self::EnrollmentTroubleshootingEvent(v) => &mut **v,
            Self::MobileAppTroubleshootingEvent(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyDeviceManagementTroubleshootingEvent {
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
            Self::DeviceManagementTroubleshootingEvent(v) => &v.id,
            Self::AppleVppTokenTroubleshootingEvent(v) => &v.id,
            Self::EnrollmentTroubleshootingEvent(v) => &v.id,
            Self::MobileAppTroubleshootingEvent(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.id,
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut v.id,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.id,
            Self::MobileAppTroubleshootingEvent(v) => &mut v.id,
        }
    }
    /// `additionalInformation` of any variant.
    #[inline]
    pub fn additional_information(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &v.additional_information,
            Self::AppleVppTokenTroubleshootingEvent(v) => &v.additional_information,
            Self::EnrollmentTroubleshootingEvent(v) => &v.additional_information,
            Self::MobileAppTroubleshootingEvent(v) => &v.additional_information,
        }
    }
    /// `additionalInformation` of any variant.
    #[inline]
    pub fn additional_information_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => {
                &mut v.additional_information
            }
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut v.additional_information,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.additional_information,
            Self::MobileAppTroubleshootingEvent(v) => &mut v.additional_information,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &v.correlation_id,
            Self::AppleVppTokenTroubleshootingEvent(v) => &v.correlation_id,
            Self::EnrollmentTroubleshootingEvent(v) => &v.correlation_id,
            Self::MobileAppTroubleshootingEvent(v) => &v.correlation_id,
        }
    }
    /// `correlationId` of any variant.
    #[inline]
    pub fn correlation_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.correlation_id,
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut v.correlation_id,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.correlation_id,
            Self::MobileAppTroubleshootingEvent(v) => &mut v.correlation_id,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &v.event_date_time,
            Self::AppleVppTokenTroubleshootingEvent(v) => &v.event_date_time,
            Self::EnrollmentTroubleshootingEvent(v) => &v.event_date_time,
            Self::MobileAppTroubleshootingEvent(v) => &v.event_date_time,
        }
    }
    /// `eventDateTime` of any variant.
    #[inline]
    pub fn event_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.event_date_time,
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut v.event_date_time,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.event_date_time,
            Self::MobileAppTroubleshootingEvent(v) => &mut v.event_date_time,
        }
    }
    /// `eventName` of any variant.
    #[inline]
    pub fn event_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &v.event_name,
            Self::AppleVppTokenTroubleshootingEvent(v) => &v.event_name,
            Self::EnrollmentTroubleshootingEvent(v) => &v.event_name,
            Self::MobileAppTroubleshootingEvent(v) => &v.event_name,
        }
    }
    /// `eventName` of any variant.
    #[inline]
    pub fn event_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.event_name,
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut v.event_name,
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.event_name,
            Self::MobileAppTroubleshootingEvent(v) => &mut v.event_name,
        }
    }
    /// `troubleshootingErrorDetails` of any variant.
    #[inline]
    pub fn troubleshooting_error_details(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementTroubleshootingErrorDetails> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => {
                &v.troubleshooting_error_details
            }
            Self::AppleVppTokenTroubleshootingEvent(v) => {
                &v.troubleshooting_error_details
            }
            Self::EnrollmentTroubleshootingEvent(v) => &v.troubleshooting_error_details,
            Self::MobileAppTroubleshootingEvent(v) => &v.troubleshooting_error_details,
        }
    }
    /// `troubleshootingErrorDetails` of any variant.
    #[inline]
    pub fn troubleshooting_error_details_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementTroubleshootingErrorDetails> {
        match self {
            Self::DeviceManagementTroubleshootingEvent(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::AppleVppTokenTroubleshootingEvent(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::EnrollmentTroubleshootingEvent(v) => {
                &mut v.troubleshooting_error_details
            }
            Self::MobileAppTroubleshootingEvent(v) => {
                &mut v.troubleshooting_error_details
            }
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyDeviceManagementTroubleshootingEvent);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyDeviceManagementTroubleshootingEvent);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents information for a local user or group used for user rights setting.
///
/// CSDL: `microsoft.graph.deviceManagementUserRightsLocalUserOrGroup`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementUserRightsLocalUserOrGroup {
    /// Admin’s description of this local user or group.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The name of this local user or group.
    ///
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// The security identifier of this local user or group (e.g. *S-1-5-32-544).
    ///
    /// CSDL: property `securityIdentifier`: `Edm.String`, nullable.
    pub security_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementUserRightsLocalUserOrGroup {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            name: rt::Field::Absent,
            security_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementUserRightsLocalUserOrGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementUserRightsLocalUserOrGroup";
    const KEYS: &'static [&'static str] = &["description", "name", "securityIdentifier"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"name\":                         ",
        ",\"securityIdentifier\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementUserRightsLocalUserOrGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "security_identifier", &self.security_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementUserRightsLocalUserOrGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.security_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.name);
        w.field(2usize, &self.security_identifier);
    }
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
rt::impl_object!(DeviceManagementUserRightsLocalUserOrGroup);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementUserRightsLocalUserOrGroup { with_description description :
    ::std::string::String; with_name name : ::std::string::String;
    with_security_identifier security_identifier : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementUserRightsLocalUserOrGroup);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a user rights setting.
///
/// CSDL: `microsoft.graph.deviceManagementUserRightsSetting`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementUserRightsSetting {
    /// Representing a collection of local users or groups which will be set on device if the state of this setting is Allowed. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `localUsersOrGroups`: `Collection(microsoft.graph.deviceManagementUserRightsLocalUserOrGroup)`, nullable.
    pub local_users_or_groups: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceManagementUserRightsLocalUserOrGroup>,
    >,
    /// Representing the current state of this user rights setting
    ///
    /// CSDL: property `state`: `microsoft.graph.stateManagementSetting`, not nullable.
    pub state: rt::Field<crate::beta::StateManagementSetting>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementUserRightsSetting {
    #[inline]
    fn default() -> Self {
        Self {
            local_users_or_groups: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementUserRightsSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementUserRightsSetting";
    const KEYS: &'static [&'static str] = &["localUsersOrGroups", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"localUsersOrGroups\":           ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementUserRightsSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "local_users_or_groups", &self.local_users_or_groups);
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementUserRightsSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.local_users_or_groups.read_from(r),
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.local_users_or_groups);
        w.field(1usize, &self.state);
    }
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
rt::impl_object!(DeviceManagementUserRightsSetting);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementUserRightsSetting { with_local_users_or_groups local_users_or_groups
    : ::std::vec::Vec < crate ::beta::DeviceManagementUserRightsLocalUserOrGroup >;
    with_state state : crate ::beta::StateManagementSetting; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementUserRightsSetting);
