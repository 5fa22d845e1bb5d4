//! Types of `microsoft.graph` by the first letters of their names (`b`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.b2bIdentityProvidersType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum B2bIdentityProvidersType {
    /// `azureActiveDirectory` (value 1).
    AzureActiveDirectory,
    /// `externalFederation` (value 2).
    ExternalFederation,
    /// `socialIdentityProviders` (value 3).
    SocialIdentityProviders,
    /// `emailOneTimePasscode` (value 4).
    EmailOneTimePasscode,
    /// `microsoftAccount` (value 5).
    MicrosoftAccount,
    /// `defaultConfiguredIdp` (value 6).
    DefaultConfiguredIdp,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for B2bIdentityProvidersType {
    const TYPE_NAME: &'static str = "microsoft.graph.b2bIdentityProvidersType";
    const MEMBERS: &'static [&'static str] = &[
        "azureActiveDirectory",
        "externalFederation",
        "socialIdentityProviders",
        "emailOneTimePasscode",
        "microsoftAccount",
        "defaultConfiguredIdp",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "azureActiveDirectory" => Self::AzureActiveDirectory,
                "externalFederation" => Self::ExternalFederation,
                "socialIdentityProviders" => Self::SocialIdentityProviders,
                "emailOneTimePasscode" => Self::EmailOneTimePasscode,
                "microsoftAccount" => Self::MicrosoftAccount,
                "defaultConfiguredIdp" => Self::DefaultConfiguredIdp,
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
            Self::AzureActiveDirectory => "azureActiveDirectory",
            Self::ExternalFederation => "externalFederation",
            Self::SocialIdentityProviders => "socialIdentityProviders",
            Self::EmailOneTimePasscode => "emailOneTimePasscode",
            Self::MicrosoftAccount => "microsoftAccount",
            Self::DefaultConfiguredIdp => "defaultConfiguredIdp",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(B2bIdentityProvidersType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(B2bIdentityProvidersType);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.b2xIdentityUserFlow`, entity type, derived from `microsoft.graph.identityUserFlow`, key `id`.
///
/// Request builders: [`B2xIdentityUserFlowPath`](requests/trait.B2xIdentityUserFlowPath.html), what a path to one (`EntityPath<B2xIdentityUserFlow, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct B2xIdentityUserFlow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `userFlowType`: `microsoft.graph.userFlowType`, not nullable.
    pub user_flow_type: rt::Field<crate::v1::UserFlowType>,
    /// CSDL: property `userFlowTypeVersion`: `Edm.Single`, not nullable.
    pub user_flow_type_version: rt::Field<f64>,
    /// CSDL: property `apiConnectorConfiguration`: `microsoft.graph.userFlowApiConnectorConfiguration`, nullable.
    pub api_connector_configuration: rt::Field<
        crate::v1::UserFlowApiConnectorConfiguration,
    >,
    /// CSDL: navigation property `identityProviders`: `Collection(microsoft.graph.identityProvider)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_identity_providers_or_search)]
    pub identity_providers: rt::Field<::std::vec::Vec<crate::v1::IdentityProvider>>,
    /// CSDL: containment navigation property `languages`: `Collection(microsoft.graph.userFlowLanguageConfiguration)`, not nullable.
    pub languages: rt::Field<::std::vec::Vec<crate::v1::UserFlowLanguageConfiguration>>,
    /// CSDL: containment navigation property `userAttributeAssignments`: `Collection(microsoft.graph.identityUserFlowAttributeAssignment)`, not nullable.
    pub user_attribute_assignments: rt::Field<
        ::std::vec::Vec<crate::v1::IdentityUserFlowAttributeAssignment>,
    >,
    /// CSDL: navigation property `userFlowIdentityProviders`: `Collection(microsoft.graph.identityProviderBase)`, not nullable.
    pub user_flow_identity_providers: rt::Field<
        ::std::vec::Vec<crate::v1::AnyIdentityProviderBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for B2xIdentityUserFlow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_flow_type: rt::Field::Absent,
            user_flow_type_version: rt::Field::Absent,
            api_connector_configuration: rt::Field::Absent,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            identity_providers: rt::Field::Absent,
            languages: rt::Field::Absent,
            user_attribute_assignments: rt::Field::Absent,
            user_flow_identity_providers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for B2xIdentityUserFlow {
    const TYPE_NAME: &'static str = "microsoft.graph.b2xIdentityUserFlow";
    const KEYS: &'static [&'static str] = &[
        "id",
        "userFlowType",
        "userFlowTypeVersion",
        "apiConnectorConfiguration",
        "identityProviders",
        "languages",
        "userAttributeAssignments",
        "userFlowIdentityProviders",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userFlowType\":                 ",
        ",\"userFlowTypeVersion\":          ",
        ",\"apiConnectorConfiguration\":    ",
        ",\"identityProviders\":            ",
        ",\"languages\":                    ",
        ",\"userAttributeAssignments\":     ",
        ",\"userFlowIdentityProviders\":    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.b2xIdentityUserFlow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_flow_type", &self.user_flow_type);
        v.field(2usize, "user_flow_type_version", &self.user_flow_type_version);
        v.field(
            3usize,
            "api_connector_configuration",
            &self.api_connector_configuration,
        );
        #[cfg(msgraph_v1_identity_providers_or_search)]
        v.field(4usize, "identity_providers", &self.identity_providers);
        v.field(5usize, "languages", &self.languages);
        v.field(6usize, "user_attribute_assignments", &self.user_attribute_assignments);
        v.field(
            7usize,
            "user_flow_identity_providers",
            &self.user_flow_identity_providers,
        );
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for B2xIdentityUserFlow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_flow_type.read_from(r),
            2usize => self.user_flow_type_version.read_from(r),
            3usize => self.api_connector_configuration.read_from(r),
            #[cfg(msgraph_v1_identity_providers_or_search)]
            4usize => self.identity_providers.read_from(r),
            5usize => self.languages.read_from(r),
            6usize => self.user_attribute_assignments.read_from(r),
            7usize => self.user_flow_identity_providers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_flow_type);
        w.field(2usize, &self.user_flow_type_version);
        w.field(3usize, &self.api_connector_configuration);
        #[cfg(msgraph_v1_identity_providers_or_search)]
        w.field(4usize, &self.identity_providers);
        w.field(5usize, &self.languages);
        w.field(6usize, &self.user_attribute_assignments);
        w.field(7usize, &self.user_flow_identity_providers);
    }
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
rt::impl_object!(B2xIdentityUserFlow);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    B2xIdentityUserFlow { with_id id : ::std::string::String; with_user_flow_type
    user_flow_type : crate ::v1::UserFlowType; with_user_flow_type_version
    user_flow_type_version : f64; with_api_connector_configuration
    api_connector_configuration : crate ::v1::UserFlowApiConnectorConfiguration;
    #[cfg(msgraph_v1_identity_providers_or_search)] with_identity_providers
    identity_providers : ::std::vec::Vec < crate ::v1::IdentityProvider >; with_languages
    languages : ::std::vec::Vec < crate ::v1::UserFlowLanguageConfiguration >;
    with_user_attribute_assignments user_attribute_assignments : ::std::vec::Vec < crate
    ::v1::IdentityUserFlowAttributeAssignment >; with_user_flow_identity_providers
    user_flow_identity_providers : ::std::vec::Vec < crate ::v1::AnyIdentityProviderBase
    >; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(B2xIdentityUserFlow);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.baseAuthenticationMethod`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BaseAuthenticationMethod {
    /// `password` (value 1).
    Password,
    /// `voice` (value 2).
    Voice,
    /// `hardwareOath` (value 3).
    HardwareOath,
    /// `softwareOath` (value 4).
    SoftwareOath,
    /// `sms` (value 5).
    Sms,
    /// `fido2` (value 6).
    Fido2,
    /// `windowsHelloForBusiness` (value 7).
    WindowsHelloForBusiness,
    /// `microsoftAuthenticator` (value 8).
    MicrosoftAuthenticator,
    /// `temporaryAccessPass` (value 9).
    TemporaryAccessPass,
    /// `email` (value 10).
    Email,
    /// `x509Certificate` (value 11).
    X509Certificate,
    /// `federation` (value 12).
    Federation,
    /// `unknownFutureValue` (value 13).
    UnknownFutureValue,
    /// `qrCodePin` (value 14).
    QrCodePin,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::StrEnum for BaseAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.baseAuthenticationMethod";
    const MEMBERS: &'static [&'static str] = &[
        "password",
        "voice",
        "hardwareOath",
        "softwareOath",
        "sms",
        "fido2",
        "windowsHelloForBusiness",
        "microsoftAuthenticator",
        "temporaryAccessPass",
        "email",
        "x509Certificate",
        "federation",
        "unknownFutureValue",
        "qrCodePin",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "password" => Self::Password,
                "voice" => Self::Voice,
                "hardwareOath" => Self::HardwareOath,
                "softwareOath" => Self::SoftwareOath,
                "sms" => Self::Sms,
                "fido2" => Self::Fido2,
                "windowsHelloForBusiness" => Self::WindowsHelloForBusiness,
                "microsoftAuthenticator" => Self::MicrosoftAuthenticator,
                "temporaryAccessPass" => Self::TemporaryAccessPass,
                "email" => Self::Email,
                "x509Certificate" => Self::X509Certificate,
                "federation" => Self::Federation,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "qrCodePin" => Self::QrCodePin,
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
            Self::Password => "password",
            Self::Voice => "voice",
            Self::HardwareOath => "hardwareOath",
            Self::SoftwareOath => "softwareOath",
            Self::Sms => "sms",
            Self::Fido2 => "fido2",
            Self::WindowsHelloForBusiness => "windowsHelloForBusiness",
            Self::MicrosoftAuthenticator => "microsoftAuthenticator",
            Self::TemporaryAccessPass => "temporaryAccessPass",
            Self::Email => "email",
            Self::X509Certificate => "x509Certificate",
            Self::Federation => "federation",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::QrCodePin => "qrCodePin",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_enum!(BaseAuthenticationMethod);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseAuthenticationMethod);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.baseEndUserNotification`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct BaseEndUserNotification {
    /// CSDL: property `defaultLanguage`: `Edm.String`, nullable.
    pub default_language: rt::Field<::std::string::String>,
    /// CSDL: navigation property `endUserNotification`: `microsoft.graph.endUserNotification`, nullable.
    pub end_user_notification: rt::Field<crate::v1::EndUserNotification>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for BaseEndUserNotification {
    #[inline]
    fn default() -> Self {
        Self {
            default_language: rt::Field::Absent,
            end_user_notification: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for BaseEndUserNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.baseEndUserNotification";
    const KEYS: &'static [&'static str] = &["defaultLanguage", "endUserNotification"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultLanguage\":              ",
        ",\"endUserNotification\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseEndUserNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_language", &self.default_language);
        v.field(1usize, "end_user_notification", &self.end_user_notification);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for BaseEndUserNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_language.read_from(r),
            1usize => self.end_user_notification.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_language);
        w.field(1usize, &self.end_user_notification);
    }
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
rt::impl_object!(BaseEndUserNotification);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    BaseEndUserNotification { with_default_language default_language :
    ::std::string::String; with_end_user_notification end_user_notification : crate
    ::v1::EndUserNotification; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseEndUserNotification);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.baseEndUserNotification` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBaseEndUserNotification {
    BaseEndUserNotification(::std::boxed::Box<crate::v1::BaseEndUserNotification>),
    PositiveReinforcementNotification(
        ::std::boxed::Box<crate::v1::PositiveReinforcementNotification>,
    ),
    SimulationNotification(::std::boxed::Box<crate::v1::SimulationNotification>),
    TrainingReminderNotification(
        ::std::boxed::Box<crate::v1::TrainingReminderNotification>,
    ),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyBaseEndUserNotification {
    #[inline]
    fn default() -> Self {
        Self::BaseEndUserNotification(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseEndUserNotification>
for AnyBaseEndUserNotification {
    #[inline]
    fn from(v: crate::v1::BaseEndUserNotification) -> Self {
        Self::BaseEndUserNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PositiveReinforcementNotification>
for AnyBaseEndUserNotification {
    #[inline]
    fn from(v: crate::v1::PositiveReinforcementNotification) -> Self {
        Self::PositiveReinforcementNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SimulationNotification>
for AnyBaseEndUserNotification {
    #[inline]
    fn from(v: crate::v1::SimulationNotification) -> Self {
        Self::SimulationNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TrainingReminderNotification>
for AnyBaseEndUserNotification {
    #[inline]
    fn from(v: crate::v1::TrainingReminderNotification) -> Self {
        Self::TrainingReminderNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyBaseEndUserNotification {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyBaseEndUserNotification {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyBaseEndUserNotification {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyBaseEndUserNotification {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyBaseEndUserNotification {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BaseEndUserNotification>();
    rt::object::auto_traits::<crate::v1::PositiveReinforcementNotification>();
    rt::object::auto_traits::<crate::v1::SimulationNotification>();
    rt::object::auto_traits::<crate::v1::TrainingReminderNotification>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyBaseEndUserNotification {
    const BASE_NAME: &'static str = "microsoft.graph.baseEndUserNotification";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.positiveReinforcementNotification",
            ) => Self::PositiveReinforcementNotification(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.simulationNotification") => {
                Self::SimulationNotification(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.trainingReminderNotification",
            ) => Self::TrainingReminderNotification(rt::object::new_boxed()),
            _ => Self::BaseEndUserNotification(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BaseEndUserNotification(v) => &**v,
            Self::PositiveReinforcementNotification(v) => &**v,
            Self::SimulationNotification(v) => &**v,
            Self::TrainingReminderNotification(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BaseEndUserNotification(v) => &mut **v,
            Self::PositiveReinforcementNotification(v) => &mut **v,
            Self::SimulationNotification(v) => &mut **v,
            Self::TrainingReminderNotification(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyBaseEndUserNotification {
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
    /// `defaultLanguage` of any variant.
    #[inline]
    pub fn default_language(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseEndUserNotification(v) => &v.default_language,
            Self::PositiveReinforcementNotification(v) => &v.default_language,
            Self::SimulationNotification(v) => &v.default_language,
            Self::TrainingReminderNotification(v) => &v.default_language,
        }
    }
    /// `defaultLanguage` of any variant.
    #[inline]
    pub fn default_language_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseEndUserNotification(v) => &mut v.default_language,
            Self::PositiveReinforcementNotification(v) => &mut v.default_language,
            Self::SimulationNotification(v) => &mut v.default_language,
            Self::TrainingReminderNotification(v) => &mut v.default_language,
        }
    }
    /// `endUserNotification` of any variant.
    #[inline]
    pub fn end_user_notification(&self) -> &rt::Field<crate::v1::EndUserNotification> {
        match self {
            Self::BaseEndUserNotification(v) => &v.end_user_notification,
            Self::PositiveReinforcementNotification(v) => &v.end_user_notification,
            Self::SimulationNotification(v) => &v.end_user_notification,
            Self::TrainingReminderNotification(v) => &v.end_user_notification,
        }
    }
    /// `endUserNotification` of any variant.
    #[inline]
    pub fn end_user_notification_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::EndUserNotification> {
        match self {
            Self::BaseEndUserNotification(v) => &mut v.end_user_notification,
            Self::PositiveReinforcementNotification(v) => &mut v.end_user_notification,
            Self::SimulationNotification(v) => &mut v.end_user_notification,
            Self::TrainingReminderNotification(v) => &mut v.end_user_notification,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyBaseEndUserNotification);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBaseEndUserNotification);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.baseMapFeature`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct BaseMapFeature {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.String`, nullable.
    pub properties: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for BaseMapFeature {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for BaseMapFeature {
    const TYPE_NAME: &'static str = "microsoft.graph.baseMapFeature";
    const KEYS: &'static [&'static str] = &["id", "properties"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseMapFeature\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for BaseMapFeature {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(BaseMapFeature);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    BaseMapFeature { with_id id : ::std::string::String; with_properties properties :
    ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseMapFeature);
#[cfg(msgraph_v1_places_or_search)]
/// `microsoft.graph.baseMapFeature` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBaseMapFeature {
    BaseMapFeature(::std::boxed::Box<crate::v1::BaseMapFeature>),
    BuildingMap(::std::boxed::Box<crate::v1::BuildingMap>),
    FixtureMap(::std::boxed::Box<crate::v1::FixtureMap>),
    FootprintMap(::std::boxed::Box<crate::v1::FootprintMap>),
    LevelMap(::std::boxed::Box<crate::v1::LevelMap>),
    SectionMap(::std::boxed::Box<crate::v1::SectionMap>),
    UnitMap(::std::boxed::Box<crate::v1::UnitMap>),
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for AnyBaseMapFeature {
    #[inline]
    fn default() -> Self {
        Self::BaseMapFeature(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseMapFeature> for AnyBaseMapFeature {
    #[inline]
    fn from(v: crate::v1::BaseMapFeature) -> Self {
        Self::BaseMapFeature(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BuildingMap> for AnyBaseMapFeature {
    #[inline]
    fn from(v: crate::v1::BuildingMap) -> Self {
        Self::BuildingMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FixtureMap> for AnyBaseMapFeature {
    #[inline]
    fn from(v: crate::v1::FixtureMap) -> Self {
        Self::FixtureMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FootprintMap> for AnyBaseMapFeature {
    #[inline]
    fn from(v: crate::v1::FootprintMap) -> Self {
        Self::FootprintMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LevelMap> for AnyBaseMapFeature {
    #[inline]
    fn from(v: crate::v1::LevelMap) -> Self {
        Self::LevelMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SectionMap> for AnyBaseMapFeature {
    #[inline]
    fn from(v: crate::v1::SectionMap) -> Self {
        Self::SectionMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnitMap> for AnyBaseMapFeature {
    #[inline]
    fn from(v: crate::v1::UnitMap) -> Self {
        Self::UnitMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_places_or_search)]
unsafe impl ::std::marker::Send for AnyBaseMapFeature {}
#[cfg(msgraph_v1_places_or_search)]
unsafe impl ::std::marker::Sync for AnyBaseMapFeature {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::marker::Unpin for AnyBaseMapFeature {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::panic::UnwindSafe for AnyBaseMapFeature {}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::panic::RefUnwindSafe for AnyBaseMapFeature {}
#[cfg(msgraph_v1_places_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BaseMapFeature>();
    rt::object::auto_traits::<crate::v1::BuildingMap>();
    rt::object::auto_traits::<crate::v1::FixtureMap>();
    rt::object::auto_traits::<crate::v1::FootprintMap>();
    rt::object::auto_traits::<crate::v1::LevelMap>();
    rt::object::auto_traits::<crate::v1::SectionMap>();
    rt::object::auto_traits::<crate::v1::UnitMap>();
};
#[cfg(msgraph_v1_places_or_search)]
impl rt::Poly for AnyBaseMapFeature {
    const BASE_NAME: &'static str = "microsoft.graph.baseMapFeature";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.buildingMap") => {
                Self::BuildingMap(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.fixtureMap") => {
                Self::FixtureMap(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.footprintMap") => {
                Self::FootprintMap(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.levelMap") => {
                Self::LevelMap(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sectionMap") => {
                Self::SectionMap(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.unitMap") => {
                Self::UnitMap(rt::object::new_boxed())
            }
            _ => Self::BaseMapFeature(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BaseMapFeature(v) => &**v,
            Self::BuildingMap(v) => &**v,
            Self::FixtureMap(v) => &**v,
            Self::FootprintMap(v) => &**v,
            Self::LevelMap(v) => &**v,
            Self::SectionMap(v) => &**v,
            Self::UnitMap(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BaseMapFeature(v) => &mut **v,
            Self::BuildingMap(v) => &mut **v,
            Self::FixtureMap(v) => &mut **v,
            Self::FootprintMap(v) => &mut **v,
            Self::LevelMap(v) => &mut **v,
            Self::SectionMap(v) => &mut **v,
            Self::UnitMap(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl AnyBaseMapFeature {
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
            Self::BaseMapFeature(v) => &v.id,
            Self::BuildingMap(v) => &v.id,
            Self::FixtureMap(v) => &v.id,
            Self::FootprintMap(v) => &v.id,
            Self::LevelMap(v) => &v.id,
            Self::SectionMap(v) => &v.id,
            Self::UnitMap(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseMapFeature(v) => &mut v.id,
            Self::BuildingMap(v) => &mut v.id,
            Self::FixtureMap(v) => &mut v.id,
            Self::FootprintMap(v) => &mut v.id,
            Self::LevelMap(v) => &mut v.id,
            Self::SectionMap(v) => &mut v.id,
            Self::UnitMap(v) => &mut v.id,
        }
    }
    /// `properties` of any variant.
    #[inline]
    pub fn properties(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BaseMapFeature(v) => &v.properties,
            Self::BuildingMap(v) => &v.properties,
            Self::FixtureMap(v) => &v.properties,
            Self::FootprintMap(v) => &v.properties,
            Self::LevelMap(v) => &v.properties,
            Self::SectionMap(v) => &v.properties,
            Self::UnitMap(v) => &v.properties,
        }
    }
    /// `properties` of any variant.
    #[inline]
    pub fn properties_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseMapFeature(v) => &mut v.properties,
            Self::BuildingMap(v) => &mut v.properties,
            Self::FixtureMap(v) => &mut v.properties,
            Self::FootprintMap(v) => &mut v.properties,
            Self::LevelMap(v) => &mut v.properties,
            Self::SectionMap(v) => &mut v.properties,
            Self::UnitMap(v) => &mut v.properties,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_poly!(AnyBaseMapFeature);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBaseMapFeature);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.baselineParameter`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BaselineParameter {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `parameterType`: `microsoft.graph.baselineParameterType`, not nullable.
    pub parameter_type: rt::Field<crate::v1::BaselineParameterType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BaselineParameter {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            parameter_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BaselineParameter {
    const TYPE_NAME: &'static str = "microsoft.graph.baselineParameter";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "parameterType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"parameterType\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baselineParameter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "parameter_type", &self.parameter_type);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BaselineParameter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.parameter_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.parameter_type);
    }
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
rt::impl_object!(BaselineParameter);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BaselineParameter { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_parameter_type
    parameter_type : crate ::v1::BaselineParameterType; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaselineParameter);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.baselineParameterType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BaselineParameterType {
    /// `string` (value 0).
    String,
    /// `integer` (value 1).
    Integer,
    /// `boolean` (value 2).
    Boolean,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BaselineParameterType {
    const TYPE_NAME: &'static str = "microsoft.graph.baselineParameterType";
    const MEMBERS: &'static [&'static str] = &[
        "string",
        "integer",
        "boolean",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "string" => Self::String,
                "integer" => Self::Integer,
                "boolean" => Self::Boolean,
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
            Self::String => "string",
            Self::Integer => "integer",
            Self::Boolean => "boolean",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BaselineParameterType);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaselineParameterType);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.baselineResource`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BaselineResource {
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `microsoft.graph.openComplexDictionaryType`, not nullable.
    pub properties: rt::Field<crate::v1::OpenComplexDictionaryType>,
    /// CSDL: property `resourceType`: `Edm.String`, not nullable.
    pub resource_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BaselineResource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            properties: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BaselineResource {
    const TYPE_NAME: &'static str = "microsoft.graph.baselineResource";
    const KEYS: &'static [&'static str] = &["displayName", "properties", "resourceType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"properties\":                   ",
        ",\"resourceType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baselineResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "resource_type", &self.resource_type);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BaselineResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.resource_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.properties);
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
rt::impl_object!(BaselineResource);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BaselineResource { with_display_name display_name : ::std::string::String;
    with_properties properties : crate ::v1::OpenComplexDictionaryType;
    with_resource_type resource_type : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaselineResource);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.basicAuthentication`, complex type, derived from `microsoft.graph.apiAuthenticationConfigurationBase`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct BasicAuthentication {
    /// CSDL: property `password`: `Edm.String`, nullable.
    pub password: rt::Field<::std::string::String>,
    /// CSDL: property `username`: `Edm.String`, nullable.
    pub username: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for BasicAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            password: rt::Field::Absent,
            username: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for BasicAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.basicAuthentication";
    const KEYS: &'static [&'static str] = &["password", "username"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"password\":                     ",
        ",\"username\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.basicAuthentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "password", &self.password);
        v.field(1usize, "username", &self.username);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for BasicAuthentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.password.read_from(r),
            1usize => self.username.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.password);
        w.field(1usize, &self.username);
    }
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
rt::impl_object!(BasicAuthentication);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    BasicAuthentication { with_password password : ::std::string::String; with_username
    username : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BasicAuthentication);
#[cfg(msgraph_v1_connections_or_external_or_search)]
/// CSDL: `microsoft.graph.binaryOperator`, enum type.
///
/// Features: `v1`, or one of `v1-connections`, `v1-external`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BinaryOperator {
    /// `or` (value 0).
    Or,
    /// `and` (value 1).
    And,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl rt::StrEnum for BinaryOperator {
    const TYPE_NAME: &'static str = "microsoft.graph.binaryOperator";
    const MEMBERS: &'static [&'static str] = &["or", "and"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "or" => Self::Or,
                "and" => Self::And,
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
            Self::Or => "or",
            Self::And => "and",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
rt::impl_enum!(BinaryOperator);
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BinaryOperator);
#[cfg(msgraph_v1_device_management_or_search)]
/// BitLockerEncryptionMethod types
///
/// CSDL: `microsoft.graph.bitLockerEncryptionMethod`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BitLockerEncryptionMethod {
    /// AES-CBC 128-bit.
    ///
    /// `aesCbc128` (value 3).
    AesCbc128,
    /// AES-CBC 256-bit.
    ///
    /// `aesCbc256` (value 4).
    AesCbc256,
    /// XTS-AES 128-bit.
    ///
    /// `xtsAes128` (value 6).
    XtsAes128,
    /// XTS-AES 256-bit.
    ///
    /// `xtsAes256` (value 7).
    XtsAes256,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for BitLockerEncryptionMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerEncryptionMethod";
    const MEMBERS: &'static [&'static str] = &[
        "aesCbc128",
        "aesCbc256",
        "xtsAes128",
        "xtsAes256",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aesCbc128" => Self::AesCbc128,
                "aesCbc256" => Self::AesCbc256,
                "xtsAes128" => Self::XtsAes128,
                "xtsAes256" => Self::XtsAes256,
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
            Self::AesCbc128 => "aesCbc128",
            Self::AesCbc256 => "aesCbc256",
            Self::XtsAes128 => "xtsAes128",
            Self::XtsAes256 => "xtsAes256",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(BitLockerEncryptionMethod);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerEncryptionMethod);
#[cfg(msgraph_v1_device_management_or_search)]
/// BitLocker Removable Drive Policies.
///
/// CSDL: `microsoft.graph.bitLockerRemovableDrivePolicy`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct BitLockerRemovableDrivePolicy {
    /// This policy setting determines whether BitLocker protection is required for removable data drives to be writable on a computer.
    ///
    /// CSDL: property `blockCrossOrganizationWriteAccess`: `Edm.Boolean`, not nullable.
    pub block_cross_organization_write_access: rt::Field<bool>,
    /// Select the encryption method for removable  drives.
    ///
    /// CSDL: property `encryptionMethod`: `microsoft.graph.bitLockerEncryptionMethod`, nullable.
    pub encryption_method: rt::Field<crate::v1::BitLockerEncryptionMethod>,
    /// Indicates whether to block write access to devices configured in another organization.  If requireEncryptionForWriteAccess is false, this value does not affect.
    ///
    /// CSDL: property `requireEncryptionForWriteAccess`: `Edm.Boolean`, not nullable.
    pub require_encryption_for_write_access: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for BitLockerRemovableDrivePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            block_cross_organization_write_access: rt::Field::Absent,
            encryption_method: rt::Field::Absent,
            require_encryption_for_write_access: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for BitLockerRemovableDrivePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerRemovableDrivePolicy";
    const KEYS: &'static [&'static str] = &[
        "blockCrossOrganizationWriteAccess",
        "encryptionMethod",
        "requireEncryptionForWriteAccess",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"blockCrossOrganizationWriteAccess\":",
        ",\"encryptionMethod\":             ",
        ",\"requireEncryptionForWriteAccess\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitLockerRemovableDrivePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "block_cross_organization_write_access",
            &self.block_cross_organization_write_access,
        );
        v.field(1usize, "encryption_method", &self.encryption_method);
        v.field(
            2usize,
            "require_encryption_for_write_access",
            &self.require_encryption_for_write_access,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for BitLockerRemovableDrivePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.block_cross_organization_write_access.read_from(r),
            1usize => self.encryption_method.read_from(r),
            2usize => self.require_encryption_for_write_access.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.block_cross_organization_write_access);
        w.field(1usize, &self.encryption_method);
        w.field(2usize, &self.require_encryption_for_write_access);
    }
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
rt::impl_object!(BitLockerRemovableDrivePolicy);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    BitLockerRemovableDrivePolicy { with_block_cross_organization_write_access
    block_cross_organization_write_access : bool; with_encryption_method
    encryption_method : crate ::v1::BitLockerEncryptionMethod;
    with_require_encryption_for_write_access require_encryption_for_write_access : bool;
    }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerRemovableDrivePolicy);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.bitlocker`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BitlockerPath`](requests/trait.BitlockerPath.html), what a path to one (`EntityPath<Bitlocker, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct Bitlocker {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `recoveryKeys`: `Collection(microsoft.graph.bitlockerRecoveryKey)`, not nullable.
    pub recovery_keys: rt::Field<::std::vec::Vec<crate::v1::BitlockerRecoveryKey>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for Bitlocker {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            recovery_keys: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for Bitlocker {
    const TYPE_NAME: &'static str = "microsoft.graph.bitlocker";
    const KEYS: &'static [&'static str] = &["id", "recoveryKeys"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"recoveryKeys\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitlocker\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "recovery_keys", &self.recovery_keys);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for Bitlocker {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.recovery_keys.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.recovery_keys);
    }
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
rt::impl_object!(Bitlocker);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    Bitlocker { with_id id : ::std::string::String; with_recovery_keys recovery_keys :
    ::std::vec::Vec < crate ::v1::BitlockerRecoveryKey >; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Bitlocker);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.bitlockerRecoveryKey`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct BitlockerRecoveryKey {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `key`: `Edm.String`, not nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `volumeType`: `microsoft.graph.volumeType`, nullable.
    pub volume_type: rt::Field<crate::v1::VolumeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for BitlockerRecoveryKey {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_id: rt::Field::Absent,
            key: rt::Field::Absent,
            volume_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for BitlockerRecoveryKey {
    const TYPE_NAME: &'static str = "microsoft.graph.bitlockerRecoveryKey";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "deviceId",
        "key",
        "volumeType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"deviceId\":                     ",
        ",\"key\":                          ",
        ",\"volumeType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitlockerRecoveryKey\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "device_id", &self.device_id);
        v.field(3usize, "key", &self.key);
        v.field(4usize, "volume_type", &self.volume_type);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for BitlockerRecoveryKey {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.device_id.read_from(r),
            3usize => self.key.read_from(r),
            4usize => self.volume_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.device_id);
        w.field(3usize, &self.key);
        w.field(4usize, &self.volume_type);
    }
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
rt::impl_object!(BitlockerRecoveryKey);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    BitlockerRecoveryKey { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_device_id device_id :
    ::std::string::String; with_key key : ::std::string::String; with_volume_type
    volume_type : crate ::v1::VolumeType; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitlockerRecoveryKey);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.bookingType`, enum type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingType {
    /// `unknown` (value 0).
    Unknown,
    /// `standard` (value 1).
    Standard,
    /// `reserved` (value 2).
    Reserved,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::StrEnum for BookingType {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingType";
    const MEMBERS: &'static [&'static str] = &["unknown", "standard", "reserved"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "standard" => Self::Standard,
                "reserved" => Self::Reserved,
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
            Self::Standard => "standard",
            Self::Reserved => "reserved",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_enum!(BookingType);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingsAvailabilityStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingsAvailabilityStatus {
    /// `available` (value 0).
    Available,
    /// `busy` (value 1).
    Busy,
    /// `slotsAvailable` (value 2).
    SlotsAvailable,
    /// `outOfOffice` (value 3).
    OutOfOffice,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BookingsAvailabilityStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingsAvailabilityStatus";
    const MEMBERS: &'static [&'static str] = &[
        "available",
        "busy",
        "slotsAvailable",
        "outOfOffice",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "available" => Self::Available,
                "busy" => Self::Busy,
                "slotsAvailable" => Self::SlotsAvailable,
                "outOfOffice" => Self::OutOfOffice,
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
            Self::Available => "available",
            Self::Busy => "busy",
            Self::SlotsAvailable => "slotsAvailable",
            Self::OutOfOffice => "outOfOffice",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BookingsAvailabilityStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingsAvailabilityStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.browsableResourceType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowsableResourceType {
    /// `none` (value 0).
    None,
    /// `site` (value 1).
    Site,
    /// `documentLibrary` (value 2).
    DocumentLibrary,
    /// `folder` (value 3).
    Folder,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BrowsableResourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.browsableResourceType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "site",
        "documentLibrary",
        "folder",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "site" => Self::Site,
                "documentLibrary" => Self::DocumentLibrary,
                "folder" => Self::Folder,
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
            Self::Site => "site",
            Self::DocumentLibrary => "documentLibrary",
            Self::Folder => "folder",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BrowsableResourceType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowsableResourceType);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSharedCookie`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BrowserSharedCookiePath`](requests/trait.BrowserSharedCookiePath.html), what a path to one (`EntityPath<BrowserSharedCookie, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BrowserSharedCookie {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The comment of the cookie
    ///
    /// CSDL: property `comment`: `Edm.String`, not nullable.
    pub comment: rt::Field<::std::string::String>,
    /// The datetime that the admin created the cookie
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The datetime that the admin deleted the cookie
    ///
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The name of the cookie
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The history of the cookie
    ///
    /// CSDL: property `history`: `Collection(microsoft.graph.browserSharedCookieHistory)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::BrowserSharedCookieHistory>>,
    /// Boolean attribute that determines whether a cookie is  a host-only or domain cookie
    ///
    /// CSDL: property `hostOnly`: `Edm.Boolean`, not nullable.
    pub host_only: rt::Field<bool>,
    /// The URL of the cookie
    ///
    /// CSDL: property `hostOrDomain`: `Edm.String`, not nullable.
    pub host_or_domain: rt::Field<::std::string::String>,
    /// The identity of the admin who last updated the cookie
    ///
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// The datetime that the admin last updated the cookie
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The path of the cookie
    ///
    /// CSDL: property `path`: `Edm.String`, not nullable.
    pub path: rt::Field<::std::string::String>,
    /// Specifies how the cookies are shared between Microsoft Edge and Internet Explorer
    ///
    /// CSDL: property `sourceEnvironment`: `microsoft.graph.browserSharedCookieSourceEnvironment`, not nullable.
    pub source_environment: rt::Field<crate::v1::BrowserSharedCookieSourceEnvironment>,
    /// The status of the cookie
    ///
    /// CSDL: property `status`: `microsoft.graph.browserSharedCookieStatus`, not nullable.
    pub status: rt::Field<crate::v1::BrowserSharedCookieStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BrowserSharedCookie {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            comment: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            history: rt::Field::Absent,
            host_only: rt::Field::Absent,
            host_or_domain: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            path: rt::Field::Absent,
            source_environment: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BrowserSharedCookie {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSharedCookie";
    const KEYS: &'static [&'static str] = &[
        "id",
        "comment",
        "createdDateTime",
        "deletedDateTime",
        "displayName",
        "history",
        "hostOnly",
        "hostOrDomain",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "path",
        "sourceEnvironment",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"comment\":                      ",
        ",\"createdDateTime\":              ",
        ",\"deletedDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"history\":                      ",
        ",\"hostOnly\":                     ",
        ",\"hostOrDomain\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"path\":                         ",
        ",\"sourceEnvironment\":            ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browserSharedCookie\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "comment", &self.comment);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "deleted_date_time", &self.deleted_date_time);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "history", &self.history);
        v.field(6usize, "host_only", &self.host_only);
        v.field(7usize, "host_or_domain", &self.host_or_domain);
        v.field(8usize, "last_modified_by", &self.last_modified_by);
        v.field(9usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(10usize, "path", &self.path);
        v.field(11usize, "source_environment", &self.source_environment);
        v.field(12usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BrowserSharedCookie {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.comment.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.deleted_date_time.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.history.read_from(r),
            6usize => self.host_only.read_from(r),
            7usize => self.host_or_domain.read_from(r),
            8usize => self.last_modified_by.read_from(r),
            9usize => self.last_modified_date_time.read_from(r),
            10usize => self.path.read_from(r),
            11usize => self.source_environment.read_from(r),
            12usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.comment);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.deleted_date_time);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.history);
        w.field(6usize, &self.host_only);
        w.field(7usize, &self.host_or_domain);
        w.field(8usize, &self.last_modified_by);
        w.field(9usize, &self.last_modified_date_time);
        w.field(10usize, &self.path);
        w.field(11usize, &self.source_environment);
        w.field(12usize, &self.status);
    }
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
rt::impl_object!(BrowserSharedCookie);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BrowserSharedCookie { with_id id : ::std::string::String; with_comment comment :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_deleted_date_time deleted_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_history history : ::std::vec::Vec < crate ::v1::BrowserSharedCookieHistory >;
    with_host_only host_only : bool; with_host_or_domain host_or_domain :
    ::std::string::String; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_path path : ::std::string::String;
    with_source_environment source_environment : crate
    ::v1::BrowserSharedCookieSourceEnvironment; with_status status : crate
    ::v1::BrowserSharedCookieStatus; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSharedCookie);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSharedCookieHistory`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BrowserSharedCookieHistory {
    /// The comment of the cookie
    ///
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// The name of the cookie
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Boolean attribute that determines whether a cookie is  a host-only or domain cookie
    ///
    /// CSDL: property `hostOnly`: `Edm.Boolean`, not nullable.
    pub host_only: rt::Field<bool>,
    /// The URL of the cookie
    ///
    /// CSDL: property `hostOrDomain`: `Edm.String`, nullable.
    pub host_or_domain: rt::Field<::std::string::String>,
    /// The identity of the admin who last updated the cookie
    ///
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// The path of the cookie
    ///
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// The time the cookie was published
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Specifies how the cookies are shared between Microsoft Edge and Internet Explorer
    ///
    /// CSDL: property `sourceEnvironment`: `microsoft.graph.browserSharedCookieSourceEnvironment`, nullable.
    pub source_environment: rt::Field<crate::v1::BrowserSharedCookieSourceEnvironment>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BrowserSharedCookieHistory {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            display_name: rt::Field::Absent,
            host_only: rt::Field::Absent,
            host_or_domain: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            path: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            source_environment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BrowserSharedCookieHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSharedCookieHistory";
    const KEYS: &'static [&'static str] = &[
        "comment",
        "displayName",
        "hostOnly",
        "hostOrDomain",
        "lastModifiedBy",
        "path",
        "publishedDateTime",
        "sourceEnvironment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"comment\":                      ",
        ",\"displayName\":                  ",
        ",\"hostOnly\":                     ",
        ",\"hostOrDomain\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"path\":                         ",
        ",\"publishedDateTime\":            ",
        ",\"sourceEnvironment\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browserSharedCookieHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "host_only", &self.host_only);
        v.field(3usize, "host_or_domain", &self.host_or_domain);
        v.field(4usize, "last_modified_by", &self.last_modified_by);
        v.field(5usize, "path", &self.path);
        v.field(6usize, "published_date_time", &self.published_date_time);
        v.field(7usize, "source_environment", &self.source_environment);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BrowserSharedCookieHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.host_only.read_from(r),
            3usize => self.host_or_domain.read_from(r),
            4usize => self.last_modified_by.read_from(r),
            5usize => self.path.read_from(r),
            6usize => self.published_date_time.read_from(r),
            7usize => self.source_environment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.host_only);
        w.field(3usize, &self.host_or_domain);
        w.field(4usize, &self.last_modified_by);
        w.field(5usize, &self.path);
        w.field(6usize, &self.published_date_time);
        w.field(7usize, &self.source_environment);
    }
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
rt::impl_object!(BrowserSharedCookieHistory);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BrowserSharedCookieHistory { with_comment comment : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_host_only host_only :
    bool; with_host_or_domain host_or_domain : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet; with_path path :
    ::std::string::String; with_published_date_time published_date_time :
    rt::edm::DateTimeOffset; with_source_environment source_environment : crate
    ::v1::BrowserSharedCookieSourceEnvironment; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSharedCookieHistory);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSharedCookieSourceEnvironment`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSharedCookieSourceEnvironment {
    /// Share session cookies from Microsoft Edge to Internet Explorer.
    ///
    /// `microsoftEdge` (value 0).
    MicrosoftEdge,
    /// Share session cookies from Internet Explorer to Microsoft Edge.
    ///
    /// `internetExplorer11` (value 1).
    InternetExplorer11,
    /// Share session cookies to and from Microsoft Edge and Internet Explorer.
    ///
    /// `both` (value 2).
    Both,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it shouldn't be necessary.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BrowserSharedCookieSourceEnvironment {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSharedCookieSourceEnvironment";
    const MEMBERS: &'static [&'static str] = &[
        "microsoftEdge",
        "internetExplorer11",
        "both",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "microsoftEdge" => Self::MicrosoftEdge,
                "internetExplorer11" => Self::InternetExplorer11,
                "both" => Self::Both,
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
            Self::MicrosoftEdge => "microsoftEdge",
            Self::InternetExplorer11 => "internetExplorer11",
            Self::Both => "both",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BrowserSharedCookieSourceEnvironment);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSharedCookieSourceEnvironment);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSharedCookieStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSharedCookieStatus {
    /// A sharedcookie that has been published
    ///
    /// `published` (value 0).
    Published,
    /// A sharedcookie that has been added pending publish
    ///
    /// `pendingAdd` (value 1).
    PendingAdd,
    /// A sharedcookie that has been edited pending publish
    ///
    /// `pendingEdit` (value 2).
    PendingEdit,
    /// A sharedcookie that has been deleted pending publish
    ///
    /// `pendingDelete` (value 3).
    PendingDelete,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it shouldn't be necessary.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BrowserSharedCookieStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSharedCookieStatus";
    const MEMBERS: &'static [&'static str] = &[
        "published",
        "pendingAdd",
        "pendingEdit",
        "pendingDelete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "published" => Self::Published,
                "pendingAdd" => Self::PendingAdd,
                "pendingEdit" => Self::PendingEdit,
                "pendingDelete" => Self::PendingDelete,
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
            Self::Published => "published",
            Self::PendingAdd => "pendingAdd",
            Self::PendingEdit => "pendingEdit",
            Self::PendingDelete => "pendingDelete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BrowserSharedCookieStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSharedCookieStatus);
#[cfg(msgraph_v1_admin_or_search)]
/// Singleton entity which is used to specify IE mode site metadata
///
/// CSDL: `microsoft.graph.browserSite`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BrowserSitePath`](requests/trait.BrowserSitePath.html), what a path to one (`EntityPath<BrowserSite, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BrowserSite {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Boolean attribute that controls the behavior of redirected sites
    ///
    /// CSDL: property `allowRedirect`: `Edm.Boolean`, not nullable.
    pub allow_redirect: rt::Field<bool>,
    /// The comment for the site
    ///
    /// CSDL: property `comment`: `Edm.String`, not nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Controls what compatibility setting is used for specific sites or domains
    ///
    /// CSDL: property `compatibilityMode`: `microsoft.graph.browserSiteCompatibilityMode`, not nullable.
    pub compatibility_mode: rt::Field<crate::v1::BrowserSiteCompatibilityMode>,
    /// The datetime that the site is created
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The datetime that the admin deleted the site
    ///
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The collection stores site revision metadata and audit logs.
    ///
    /// CSDL: property `history`: `Collection(microsoft.graph.browserSiteHistory)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::BrowserSiteHistory>>,
    /// The admin who made the last update on the site.
    ///
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// The datetime that the admin updated the site.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The merge type of the site
    ///
    /// CSDL: property `mergeType`: `microsoft.graph.browserSiteMergeType`, not nullable.
    pub merge_type: rt::Field<crate::v1::BrowserSiteMergeType>,
    /// Status of the site.
    ///
    /// CSDL: property `status`: `microsoft.graph.browserSiteStatus`, not nullable.
    pub status: rt::Field<crate::v1::BrowserSiteStatus>,
    /// The target environment that the site should open in.
    ///
    /// CSDL: property `targetEnvironment`: `microsoft.graph.browserSiteTargetEnvironment`, not nullable.
    pub target_environment: rt::Field<crate::v1::BrowserSiteTargetEnvironment>,
    /// The URL of the site
    ///
    /// CSDL: property `webUrl`: `Edm.String`, not nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BrowserSite {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_redirect: rt::Field::Absent,
            comment: rt::Field::Absent,
            compatibility_mode: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            history: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            merge_type: rt::Field::Absent,
            status: rt::Field::Absent,
            target_environment: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BrowserSite {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSite";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowRedirect",
        "comment",
        "compatibilityMode",
        "createdDateTime",
        "deletedDateTime",
        "history",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "mergeType",
        "status",
        "targetEnvironment",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowRedirect\":                ",
        ",\"comment\":                      ",
        ",\"compatibilityMode\":            ",
        ",\"createdDateTime\":              ",
        ",\"deletedDateTime\":              ",
        ",\"history\":                      ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"mergeType\":                    ",
        ",\"status\":                       ",
        ",\"targetEnvironment\":            ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browserSite\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allow_redirect", &self.allow_redirect);
        v.field(2usize, "comment", &self.comment);
        v.field(3usize, "compatibility_mode", &self.compatibility_mode);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "deleted_date_time", &self.deleted_date_time);
        v.field(6usize, "history", &self.history);
        v.field(7usize, "last_modified_by", &self.last_modified_by);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "merge_type", &self.merge_type);
        v.field(10usize, "status", &self.status);
        v.field(11usize, "target_environment", &self.target_environment);
        v.field(12usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BrowserSite {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_redirect.read_from(r),
            2usize => self.comment.read_from(r),
            3usize => self.compatibility_mode.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.deleted_date_time.read_from(r),
            6usize => self.history.read_from(r),
            7usize => self.last_modified_by.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.merge_type.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.target_environment.read_from(r),
            12usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_redirect);
        w.field(2usize, &self.comment);
        w.field(3usize, &self.compatibility_mode);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.deleted_date_time);
        w.field(6usize, &self.history);
        w.field(7usize, &self.last_modified_by);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.merge_type);
        w.field(10usize, &self.status);
        w.field(11usize, &self.target_environment);
        w.field(12usize, &self.web_url);
    }
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
rt::impl_object!(BrowserSite);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BrowserSite { with_id id : ::std::string::String; with_allow_redirect allow_redirect
    : bool; with_comment comment : ::std::string::String; with_compatibility_mode
    compatibility_mode : crate ::v1::BrowserSiteCompatibilityMode; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_deleted_date_time deleted_date_time
    : rt::edm::DateTimeOffset; with_history history : ::std::vec::Vec < crate
    ::v1::BrowserSiteHistory >; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_merge_type merge_type : crate
    ::v1::BrowserSiteMergeType; with_status status : crate ::v1::BrowserSiteStatus;
    with_target_environment target_environment : crate
    ::v1::BrowserSiteTargetEnvironment; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSite);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSiteCompatibilityMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSiteCompatibilityMode {
    /// Loads the site using default compatibility mode.
    ///
    /// `default` (value 0).
    Default,
    /// Loads the site in internetExplorer8 Enterprise Mode
    ///
    /// `internetExplorer8Enterprise` (value 1).
    InternetExplorer8Enterprise,
    /// Loads the site in internetExplorer7 Enterprise Mode
    ///
    /// `internetExplorer7Enterprise` (value 2).
    InternetExplorer7Enterprise,
    /// Loads the site in internetExplorer11
    ///
    /// `internetExplorer11` (value 3).
    InternetExplorer11,
    /// Loads the site in internetExplorer10
    ///
    /// `internetExplorer10` (value 4).
    InternetExplorer10,
    /// Loads the site in internetExplorer9
    ///
    /// `internetExplorer9` (value 5).
    InternetExplorer9,
    /// Loads the site in internetExplorer8
    ///
    /// `internetExplorer8` (value 6).
    InternetExplorer8,
    /// Loads the site in internetExplorer7
    ///
    /// `internetExplorer7` (value 7).
    InternetExplorer7,
    /// Loads the site in internetExplorer5
    ///
    /// `internetExplorer5` (value 8).
    InternetExplorer5,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it shouldn't be necessary.
    ///
    /// `unknownFutureValue` (value 9).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BrowserSiteCompatibilityMode {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSiteCompatibilityMode";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "internetExplorer8Enterprise",
        "internetExplorer7Enterprise",
        "internetExplorer11",
        "internetExplorer10",
        "internetExplorer9",
        "internetExplorer8",
        "internetExplorer7",
        "internetExplorer5",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "internetExplorer8Enterprise" => Self::InternetExplorer8Enterprise,
                "internetExplorer7Enterprise" => Self::InternetExplorer7Enterprise,
                "internetExplorer11" => Self::InternetExplorer11,
                "internetExplorer10" => Self::InternetExplorer10,
                "internetExplorer9" => Self::InternetExplorer9,
                "internetExplorer8" => Self::InternetExplorer8,
                "internetExplorer7" => Self::InternetExplorer7,
                "internetExplorer5" => Self::InternetExplorer5,
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
            Self::Default => "default",
            Self::InternetExplorer8Enterprise => "internetExplorer8Enterprise",
            Self::InternetExplorer7Enterprise => "internetExplorer7Enterprise",
            Self::InternetExplorer11 => "internetExplorer11",
            Self::InternetExplorer10 => "internetExplorer10",
            Self::InternetExplorer9 => "internetExplorer9",
            Self::InternetExplorer8 => "internetExplorer8",
            Self::InternetExplorer7 => "internetExplorer7",
            Self::InternetExplorer5 => "internetExplorer5",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BrowserSiteCompatibilityMode);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteCompatibilityMode);
#[cfg(msgraph_v1_admin_or_search)]
/// The history for the site modifications
///
/// CSDL: `microsoft.graph.browserSiteHistory`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BrowserSiteHistory {
    /// Boolean attribute that controls the behavior of redirected sites
    ///
    /// CSDL: property `allowRedirect`: `Edm.Boolean`, nullable.
    pub allow_redirect: rt::Field<bool>,
    /// The content for the site
    ///
    /// CSDL: property `comment`: `Edm.String`, not nullable.
    pub comment: rt::Field<::std::string::String>,
    /// Controls what compatibility setting is used for specific sites or domains
    ///
    /// CSDL: property `compatibilityMode`: `microsoft.graph.browserSiteCompatibilityMode`, nullable.
    pub compatibility_mode: rt::Field<crate::v1::BrowserSiteCompatibilityMode>,
    /// The user who modified the site
    ///
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// The merge type of the site
    ///
    /// CSDL: property `mergeType`: `microsoft.graph.browserSiteMergeType`, nullable.
    pub merge_type: rt::Field<crate::v1::BrowserSiteMergeType>,
    /// The time the site was last published
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The render mode in Edge client that the site is supposed to open in
    ///
    /// CSDL: property `targetEnvironment`: `microsoft.graph.browserSiteTargetEnvironment`, nullable.
    pub target_environment: rt::Field<crate::v1::BrowserSiteTargetEnvironment>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BrowserSiteHistory {
    #[inline]
    fn default() -> Self {
        Self {
            allow_redirect: rt::Field::Absent,
            comment: rt::Field::Absent,
            compatibility_mode: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            merge_type: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            target_environment: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BrowserSiteHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSiteHistory";
    const KEYS: &'static [&'static str] = &[
        "allowRedirect",
        "comment",
        "compatibilityMode",
        "lastModifiedBy",
        "mergeType",
        "publishedDateTime",
        "targetEnvironment",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowRedirect\":                ",
        ",\"comment\":                      ",
        ",\"compatibilityMode\":            ",
        ",\"lastModifiedBy\":               ",
        ",\"mergeType\":                    ",
        ",\"publishedDateTime\":            ",
        ",\"targetEnvironment\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browserSiteHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_redirect", &self.allow_redirect);
        v.field(1usize, "comment", &self.comment);
        v.field(2usize, "compatibility_mode", &self.compatibility_mode);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "merge_type", &self.merge_type);
        v.field(5usize, "published_date_time", &self.published_date_time);
        v.field(6usize, "target_environment", &self.target_environment);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BrowserSiteHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_redirect.read_from(r),
            1usize => self.comment.read_from(r),
            2usize => self.compatibility_mode.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.merge_type.read_from(r),
            5usize => self.published_date_time.read_from(r),
            6usize => self.target_environment.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_redirect);
        w.field(1usize, &self.comment);
        w.field(2usize, &self.compatibility_mode);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.merge_type);
        w.field(5usize, &self.published_date_time);
        w.field(6usize, &self.target_environment);
    }
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
rt::impl_object!(BrowserSiteHistory);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BrowserSiteHistory { with_allow_redirect allow_redirect : bool; with_comment comment
    : ::std::string::String; with_compatibility_mode compatibility_mode : crate
    ::v1::BrowserSiteCompatibilityMode; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_merge_type merge_type : crate ::v1::BrowserSiteMergeType;
    with_published_date_time published_date_time : rt::edm::DateTimeOffset;
    with_target_environment target_environment : crate
    ::v1::BrowserSiteTargetEnvironment; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteHistory);
#[cfg(msgraph_v1_admin_or_search)]
/// A singleton entity which is used to specify IE mode site list metadata
///
/// CSDL: `microsoft.graph.browserSiteList`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BrowserSiteListPath`](requests/trait.BrowserSiteListPath.html), what a path to one (`EntityPath<BrowserSiteList, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct BrowserSiteList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Description for the site list
    ///
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of this site list
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Name of the admin who made the last update on the site list
    ///
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// The datetime that the admin last updated the site list.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Name of the admin who published the site list
    ///
    /// CSDL: property `publishedBy`: `microsoft.graph.identitySet`, nullable.
    pub published_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// The datetime that admin published the site list to users in their organization.
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin can have multiple revisions of the site list and the revision is generated whenever admin create/update the site list.
    ///
    /// CSDL: property `revision`: `Edm.String`, not nullable.
    pub revision: rt::Field<::std::string::String>,
    /// Status of the site list. Can be either "draft", "pending", or "published"
    ///
    /// CSDL: property `status`: `microsoft.graph.browserSiteListStatus`, not nullable.
    pub status: rt::Field<crate::v1::BrowserSiteListStatus>,
    /// CSDL: containment navigation property `sharedCookies`: `Collection(microsoft.graph.browserSharedCookie)`, not nullable.
    pub shared_cookies: rt::Field<::std::vec::Vec<crate::v1::BrowserSharedCookie>>,
    /// CSDL: containment navigation property `sites`: `Collection(microsoft.graph.browserSite)`, not nullable.
    pub sites: rt::Field<::std::vec::Vec<crate::v1::BrowserSite>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for BrowserSiteList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            published_by: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            revision: rt::Field::Absent,
            status: rt::Field::Absent,
            shared_cookies: rt::Field::Absent,
            sites: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for BrowserSiteList {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSiteList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publishedBy",
        "publishedDateTime",
        "revision",
        "status",
        "sharedCookies",
        "sites",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publishedBy\":                  ",
        ",\"publishedDateTime\":            ",
        ",\"revision\":                     ",
        ",\"status\":                       ",
        ",\"sharedCookies\":                ",
        ",\"sites\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browserSiteList\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "published_by", &self.published_by);
        v.field(6usize, "published_date_time", &self.published_date_time);
        v.field(7usize, "revision", &self.revision);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "shared_cookies", &self.shared_cookies);
        v.field(10usize, "sites", &self.sites);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for BrowserSiteList {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.published_by.read_from(r),
            6usize => self.published_date_time.read_from(r),
            7usize => self.revision.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.shared_cookies.read_from(r),
            10usize => self.sites.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.published_by);
        w.field(6usize, &self.published_date_time);
        w.field(7usize, &self.revision);
        w.field(8usize, &self.status);
        w.field(9usize, &self.shared_cookies);
        w.field(10usize, &self.sites);
    }
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
rt::impl_object!(BrowserSiteList);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    BrowserSiteList { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_published_by published_by : crate ::v1::AnyIdentitySet; with_published_date_time
    published_date_time : rt::edm::DateTimeOffset; with_revision revision :
    ::std::string::String; with_status status : crate ::v1::BrowserSiteListStatus;
    with_shared_cookies shared_cookies : ::std::vec::Vec < crate
    ::v1::BrowserSharedCookie >; with_sites sites : ::std::vec::Vec < crate
    ::v1::BrowserSite >; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteList);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSiteListStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSiteListStatus {
    /// A site list that has not yet been published
    ///
    /// `draft` (value 0).
    Draft,
    /// A site list that has been published with no pending changes.
    ///
    /// `published` (value 1).
    Published,
    /// A site that has pending changes
    ///
    /// `pending` (value 2).
    Pending,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it shoudn't be necessary.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BrowserSiteListStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSiteListStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "published",
        "pending",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "published" => Self::Published,
                "pending" => Self::Pending,
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
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Pending => "pending",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BrowserSiteListStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteListStatus);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSiteMergeType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSiteMergeType {
    /// No merge type
    ///
    /// `noMerge` (value 0).
    NoMerge,
    /// Default merge type
    ///
    /// `default` (value 1).
    Default,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it shouldn't be necessary.
    ///
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BrowserSiteMergeType {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSiteMergeType";
    const MEMBERS: &'static [&'static str] = &[
        "noMerge",
        "default",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noMerge" => Self::NoMerge,
                "default" => Self::Default,
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
            Self::NoMerge => "noMerge",
            Self::Default => "default",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BrowserSiteMergeType);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteMergeType);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSiteStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSiteStatus {
    /// A site that has been published
    ///
    /// `published` (value 0).
    Published,
    /// A site that has been added pending publish
    ///
    /// `pendingAdd` (value 1).
    PendingAdd,
    /// A site that has been edited pending publish
    ///
    /// `pendingEdit` (value 2).
    PendingEdit,
    /// A site that has been deleted pending publish
    ///
    /// `pendingDelete` (value 3).
    PendingDelete,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it shouldn't be necessary.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BrowserSiteStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSiteStatus";
    const MEMBERS: &'static [&'static str] = &[
        "published",
        "pendingAdd",
        "pendingEdit",
        "pendingDelete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "published" => Self::Published,
                "pendingAdd" => Self::PendingAdd,
                "pendingEdit" => Self::PendingEdit,
                "pendingDelete" => Self::PendingDelete,
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
            Self::Published => "published",
            Self::PendingAdd => "pendingAdd",
            Self::PendingEdit => "pendingEdit",
            Self::PendingDelete => "pendingDelete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BrowserSiteStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteStatus);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.browserSiteTargetEnvironment`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowserSiteTargetEnvironment {
    /// Open in Internet Explorer Mode
    ///
    /// `internetExplorerMode` (value 0).
    InternetExplorerMode,
    /// Open in standalone Internet Explorer 11
    ///
    /// `internetExplorer11` (value 1).
    InternetExplorer11,
    /// Open in Microsoft Edge
    ///
    /// `microsoftEdge` (value 2).
    MicrosoftEdge,
    /// Configurable type
    ///
    /// `configurable` (value 3).
    Configurable,
    /// Open in the browser the employee chooses.
    ///
    /// `none` (value 4).
    None,
    /// Placeholder for evolvable enum, but this enum is never returned to the caller, so it shouldn't be necessary.
    ///
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for BrowserSiteTargetEnvironment {
    const TYPE_NAME: &'static str = "microsoft.graph.browserSiteTargetEnvironment";
    const MEMBERS: &'static [&'static str] = &[
        "internetExplorerMode",
        "internetExplorer11",
        "microsoftEdge",
        "configurable",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "internetExplorerMode" => Self::InternetExplorerMode,
                "internetExplorer11" => Self::InternetExplorer11,
                "microsoftEdge" => Self::MicrosoftEdge,
                "configurable" => Self::Configurable,
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
            Self::InternetExplorerMode => "internetExplorerMode",
            Self::InternetExplorer11 => "internetExplorer11",
            Self::MicrosoftEdge => "microsoftEdge",
            Self::Configurable => "configurable",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(BrowserSiteTargetEnvironment);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowserSiteTargetEnvironment);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.bucketAggregationDefinition`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct BucketAggregationDefinition {
    /// CSDL: property `isDescending`: `Edm.Boolean`, nullable.
    pub is_descending: rt::Field<bool>,
    /// CSDL: property `minimumCount`: `Edm.Int32`, nullable.
    pub minimum_count: rt::Field<i32>,
    /// CSDL: property `prefixFilter`: `Edm.String`, nullable.
    pub prefix_filter: rt::Field<::std::string::String>,
    /// CSDL: property `ranges`: `Collection(microsoft.graph.bucketAggregationRange)`, nullable.
    pub ranges: rt::Field<::std::vec::Vec<crate::v1::BucketAggregationRange>>,
    /// CSDL: property `sortBy`: `microsoft.graph.bucketAggregationSortProperty`, not nullable.
    pub sort_by: rt::Field<crate::v1::BucketAggregationSortProperty>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for BucketAggregationDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            is_descending: rt::Field::Absent,
            minimum_count: rt::Field::Absent,
            prefix_filter: rt::Field::Absent,
            ranges: rt::Field::Absent,
            sort_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for BucketAggregationDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.bucketAggregationDefinition";
    const KEYS: &'static [&'static str] = &[
        "isDescending",
        "minimumCount",
        "prefixFilter",
        "ranges",
        "sortBy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDescending\":                 ",
        ",\"minimumCount\":                 ",
        ",\"prefixFilter\":                 ",
        ",\"ranges\":                       ",
        ",\"sortBy\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bucketAggregationDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_descending", &self.is_descending);
        v.field(1usize, "minimum_count", &self.minimum_count);
        v.field(2usize, "prefix_filter", &self.prefix_filter);
        v.field(3usize, "ranges", &self.ranges);
        v.field(4usize, "sort_by", &self.sort_by);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for BucketAggregationDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_descending.read_from(r),
            1usize => self.minimum_count.read_from(r),
            2usize => self.prefix_filter.read_from(r),
            3usize => self.ranges.read_from(r),
            4usize => self.sort_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_descending);
        w.field(1usize, &self.minimum_count);
        w.field(2usize, &self.prefix_filter);
        w.field(3usize, &self.ranges);
        w.field(4usize, &self.sort_by);
    }
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
rt::impl_object!(BucketAggregationDefinition);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    BucketAggregationDefinition { with_is_descending is_descending : bool;
    with_minimum_count minimum_count : i32; with_prefix_filter prefix_filter :
    ::std::string::String; with_ranges ranges : ::std::vec::Vec < crate
    ::v1::BucketAggregationRange >; with_sort_by sort_by : crate
    ::v1::BucketAggregationSortProperty; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BucketAggregationDefinition);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.bucketAggregationRange`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct BucketAggregationRange {
    /// CSDL: property `from`: `Edm.String`, not nullable.
    pub from: rt::Field<::std::string::String>,
    /// CSDL: property `to`: `Edm.String`, not nullable.
    pub to: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for BucketAggregationRange {
    #[inline]
    fn default() -> Self {
        Self {
            from: rt::Field::Absent,
            to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for BucketAggregationRange {
    const TYPE_NAME: &'static str = "microsoft.graph.bucketAggregationRange";
    const KEYS: &'static [&'static str] = &["from", "to"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"from\":                         ",
        ",\"to\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bucketAggregationRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "from", &self.from);
        v.field(1usize, "to", &self.to);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for BucketAggregationRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.from.read_from(r),
            1usize => self.to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.from);
        w.field(1usize, &self.to);
    }
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
rt::impl_object!(BucketAggregationRange);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    BucketAggregationRange { with_from from : ::std::string::String; with_to to :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BucketAggregationRange);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.bucketAggregationSortProperty`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BucketAggregationSortProperty {
    /// `count` (value 0).
    Count,
    /// `keyAsString` (value 1).
    KeyAsString,
    /// `keyAsNumber` (value 2).
    KeyAsNumber,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for BucketAggregationSortProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.bucketAggregationSortProperty";
    const MEMBERS: &'static [&'static str] = &[
        "count",
        "keyAsString",
        "keyAsNumber",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "count" => Self::Count,
                "keyAsString" => Self::KeyAsString,
                "keyAsNumber" => Self::KeyAsNumber,
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
            Self::Count => "count",
            Self::KeyAsString => "keyAsString",
            Self::KeyAsNumber => "keyAsNumber",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(BucketAggregationSortProperty);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BucketAggregationSortProperty);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.building`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`BuildingPath`](requests/trait.BuildingPath.html), what a path to one (`EntityPath<Building, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct Building {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `checkIns`: `Collection(microsoft.graph.checkInClaim)`, not nullable.
    pub check_ins: rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>>,
    /// CSDL: property `resourceLinks`: `Collection(microsoft.graph.resourceLink)`, not nullable.
    pub resource_links: rt::Field<::std::vec::Vec<crate::v1::ResourceLink>>,
    /// CSDL: property `wifiState`: `microsoft.graph.placeFeatureEnablement`, not nullable.
    pub wifi_state: rt::Field<crate::v1::PlaceFeatureEnablement>,
    /// CSDL: containment navigation property `map`: `microsoft.graph.buildingMap`, nullable.
    pub map: rt::Field<crate::v1::BuildingMap>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for Building {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            phone: rt::Field::Absent,
            place_id: rt::Field::Absent,
            tags: rt::Field::Absent,
            check_ins: rt::Field::Absent,
            resource_links: rt::Field::Absent,
            wifi_state: rt::Field::Absent,
            map: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for Building {
    const TYPE_NAME: &'static str = "microsoft.graph.building";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "isWheelChairAccessible",
        "label",
        "parentId",
        "phone",
        "placeId",
        "tags",
        "checkIns",
        "resourceLinks",
        "wifiState",
        "map",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"parentId\":                     ",
        ",\"phone\":                        ",
        ",\"placeId\":                      ",
        ",\"tags\":                         ",
        ",\"checkIns\":                     ",
        ",\"resourceLinks\":                ",
        ",\"wifiState\":                    ",
        ",\"map\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.building\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "parent_id", &self.parent_id);
        v.field(7usize, "phone", &self.phone);
        v.field(8usize, "place_id", &self.place_id);
        v.field(9usize, "tags", &self.tags);
        v.field(10usize, "check_ins", &self.check_ins);
        v.field(11usize, "resource_links", &self.resource_links);
        v.field(12usize, "wifi_state", &self.wifi_state);
        v.field(13usize, "map", &self.map);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for Building {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.is_wheel_chair_accessible.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.parent_id.read_from(r),
            7usize => self.phone.read_from(r),
            8usize => self.place_id.read_from(r),
            9usize => self.tags.read_from(r),
            10usize => self.check_ins.read_from(r),
            11usize => self.resource_links.read_from(r),
            12usize => self.wifi_state.read_from(r),
            13usize => self.map.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.is_wheel_chair_accessible);
        w.field(5usize, &self.label);
        w.field(6usize, &self.parent_id);
        w.field(7usize, &self.phone);
        w.field(8usize, &self.place_id);
        w.field(9usize, &self.tags);
        w.field(10usize, &self.check_ins);
        w.field(11usize, &self.resource_links);
        w.field(12usize, &self.wifi_state);
        w.field(13usize, &self.map);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(Building);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    Building { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::v1::OutlookGeoCoordinates;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_parent_id parent_id : ::std::string::String; with_phone
    phone : ::std::string::String; with_place_id place_id : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_check_ins check_ins
    : ::std::vec::Vec < crate ::v1::CheckInClaim >; with_resource_links resource_links :
    ::std::vec::Vec < crate ::v1::ResourceLink >; with_wifi_state wifi_state : crate
    ::v1::PlaceFeatureEnablement; with_map map : crate ::v1::BuildingMap; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Building);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.buildingMap`, entity type, derived from `microsoft.graph.baseMapFeature`, key `id`.
///
/// Request builders: [`BuildingMapPath`](requests/trait.BuildingMapPath.html), what a path to one (`EntityPath<BuildingMap, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct BuildingMap {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.String`, nullable.
    pub properties: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `footprints`: `Collection(microsoft.graph.footprintMap)`, not nullable.
    pub footprints: rt::Field<::std::vec::Vec<crate::v1::FootprintMap>>,
    /// CSDL: containment navigation property `levels`: `Collection(microsoft.graph.levelMap)`, not nullable.
    pub levels: rt::Field<::std::vec::Vec<crate::v1::LevelMap>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for BuildingMap {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            place_id: rt::Field::Absent,
            footprints: rt::Field::Absent,
            levels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for BuildingMap {
    const TYPE_NAME: &'static str = "microsoft.graph.buildingMap";
    const KEYS: &'static [&'static str] = &[
        "id",
        "properties",
        "placeId",
        "footprints",
        "levels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
        ",\"placeId\":                      ",
        ",\"footprints\":                   ",
        ",\"levels\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.buildingMap\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "place_id", &self.place_id);
        v.field(3usize, "footprints", &self.footprints);
        v.field(4usize, "levels", &self.levels);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for BuildingMap {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.place_id.read_from(r),
            3usize => self.footprints.read_from(r),
            4usize => self.levels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
        w.field(2usize, &self.place_id);
        w.field(3usize, &self.footprints);
        w.field(4usize, &self.levels);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(BuildingMap);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    BuildingMap { with_id id : ::std::string::String; with_properties properties :
    ::std::string::String; with_place_id place_id : ::std::string::String;
    with_footprints footprints : ::std::vec::Vec < crate ::v1::FootprintMap >;
    with_levels levels : ::std::vec::Vec < crate ::v1::LevelMap >; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BuildingMap);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.builtInIdentityProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct BuiltInIdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `identityProviderType`: `Edm.String`, nullable.
    pub identity_provider_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for BuiltInIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            identity_provider_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for BuiltInIdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.builtInIdentityProvider";
    const KEYS: &'static [&'static str] = &["id", "displayName", "identityProviderType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"identityProviderType\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.builtInIdentityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "identity_provider_type", &self.identity_provider_type);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for BuiltInIdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.identity_provider_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.identity_provider_type);
    }
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
rt::impl_object!(BuiltInIdentityProvider);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    BuiltInIdentityProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_identity_provider_type
    identity_provider_type : ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BuiltInIdentityProvider);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.bulkUpload`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`BulkUploadPath`](requests/trait.BulkUploadPath.html), what a path to one (`EntityPath<BulkUpload, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BulkUpload {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for BulkUpload {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for BulkUpload {
    const TYPE_NAME: &'static str = "microsoft.graph.bulkUpload";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.bulkUpload\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for BulkUpload {
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
rt::impl_object!(BulkUpload);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(BulkUpload { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(BulkUpload);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.bundle`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Bundle {
    /// CSDL: property `album`: `microsoft.graph.album`, nullable.
    pub album: rt::Field<crate::v1::Album>,
    /// CSDL: property `childCount`: `Edm.Int32`, nullable.
    pub child_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Bundle {
    #[inline]
    fn default() -> Self {
        Self {
            album: rt::Field::Absent,
            child_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Bundle {
    const TYPE_NAME: &'static str = "microsoft.graph.bundle";
    const KEYS: &'static [&'static str] = &["album", "childCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"album\":                        ",
        ",\"childCount\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bundle\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "album", &self.album);
        v.field(1usize, "child_count", &self.child_count);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Bundle {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.album.read_from(r),
            1usize => self.child_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.album);
        w.field(1usize, &self.child_count);
    }
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
rt::impl_object!(Bundle);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Bundle { with_album album : crate ::v1::Album; with_child_count child_count : i32; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Bundle);
