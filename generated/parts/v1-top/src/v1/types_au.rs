//! Types of `microsoft.graph` by the first letters of their names (`au`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authentication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuthenticationPath`](requests/trait.AuthenticationPath.html), what a path to one (`EntityPath<Authentication, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Authentication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `emailMethods`: `Collection(microsoft.graph.emailAuthenticationMethod)`, not nullable.
    pub email_methods: rt::Field<::std::vec::Vec<crate::v1::EmailAuthenticationMethod>>,
    /// CSDL: containment navigation property `externalAuthenticationMethods`: `Collection(microsoft.graph.externalAuthenticationMethod)`, not nullable.
    pub external_authentication_methods: rt::Field<
        ::std::vec::Vec<crate::v1::ExternalAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `fido2Methods`: `Collection(microsoft.graph.fido2AuthenticationMethod)`, not nullable.
    pub fido2_methods: rt::Field<::std::vec::Vec<crate::v1::Fido2AuthenticationMethod>>,
    /// CSDL: containment navigation property `methods`: `Collection(microsoft.graph.authenticationMethod)`, not nullable.
    pub methods: rt::Field<::std::vec::Vec<crate::v1::AnyAuthenticationMethod>>,
    /// CSDL: containment navigation property `microsoftAuthenticatorMethods`: `Collection(microsoft.graph.microsoftAuthenticatorAuthenticationMethod)`, not nullable.
    pub microsoft_authenticator_methods: rt::Field<
        ::std::vec::Vec<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.longRunningOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::v1::AnyLongRunningOperation>>,
    /// CSDL: containment navigation property `passwordMethods`: `Collection(microsoft.graph.passwordAuthenticationMethod)`, not nullable.
    pub password_methods: rt::Field<
        ::std::vec::Vec<crate::v1::PasswordAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `phoneMethods`: `Collection(microsoft.graph.phoneAuthenticationMethod)`, not nullable.
    pub phone_methods: rt::Field<::std::vec::Vec<crate::v1::PhoneAuthenticationMethod>>,
    /// CSDL: containment navigation property `platformCredentialMethods`: `Collection(microsoft.graph.platformCredentialAuthenticationMethod)`, not nullable.
    pub platform_credential_methods: rt::Field<
        ::std::vec::Vec<crate::v1::PlatformCredentialAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `softwareOathMethods`: `Collection(microsoft.graph.softwareOathAuthenticationMethod)`, not nullable.
    pub software_oath_methods: rt::Field<
        ::std::vec::Vec<crate::v1::SoftwareOathAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `temporaryAccessPassMethods`: `Collection(microsoft.graph.temporaryAccessPassAuthenticationMethod)`, not nullable.
    pub temporary_access_pass_methods: rt::Field<
        ::std::vec::Vec<crate::v1::TemporaryAccessPassAuthenticationMethod>,
    >,
    /// CSDL: containment navigation property `windowsHelloForBusinessMethods`: `Collection(microsoft.graph.windowsHelloForBusinessAuthenticationMethod)`, not nullable.
    pub windows_hello_for_business_methods: rt::Field<
        ::std::vec::Vec<crate::v1::WindowsHelloForBusinessAuthenticationMethod>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Authentication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email_methods: rt::Field::Absent,
            external_authentication_methods: rt::Field::Absent,
            fido2_methods: rt::Field::Absent,
            methods: rt::Field::Absent,
            microsoft_authenticator_methods: rt::Field::Absent,
            operations: rt::Field::Absent,
            password_methods: rt::Field::Absent,
            phone_methods: rt::Field::Absent,
            platform_credential_methods: rt::Field::Absent,
            software_oath_methods: rt::Field::Absent,
            temporary_access_pass_methods: rt::Field::Absent,
            windows_hello_for_business_methods: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Authentication {
    const TYPE_NAME: &'static str = "microsoft.graph.authentication";
    const KEYS: &'static [&'static str] = &[
        "id",
        "emailMethods",
        "externalAuthenticationMethods",
        "fido2Methods",
        "methods",
        "microsoftAuthenticatorMethods",
        "operations",
        "passwordMethods",
        "phoneMethods",
        "platformCredentialMethods",
        "softwareOathMethods",
        "temporaryAccessPassMethods",
        "windowsHelloForBusinessMethods",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emailMethods\":                 ",
        ",\"externalAuthenticationMethods\":",
        ",\"fido2Methods\":                 ",
        ",\"methods\":                      ",
        ",\"microsoftAuthenticatorMethods\":",
        ",\"operations\":                   ",
        ",\"passwordMethods\":              ",
        ",\"phoneMethods\":                 ",
        ",\"platformCredentialMethods\":    ",
        ",\"softwareOathMethods\":          ",
        ",\"temporaryAccessPassMethods\":   ",
        ",\"windowsHelloForBusinessMethods\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "email_methods", &self.email_methods);
        v.field(
            2usize,
            "external_authentication_methods",
            &self.external_authentication_methods,
        );
        v.field(3usize, "fido2_methods", &self.fido2_methods);
        v.field(4usize, "methods", &self.methods);
        v.field(
            5usize,
            "microsoft_authenticator_methods",
            &self.microsoft_authenticator_methods,
        );
        v.field(6usize, "operations", &self.operations);
        v.field(7usize, "password_methods", &self.password_methods);
        v.field(8usize, "phone_methods", &self.phone_methods);
        v.field(
            9usize,
            "platform_credential_methods",
            &self.platform_credential_methods,
        );
        v.field(10usize, "software_oath_methods", &self.software_oath_methods);
        v.field(
            11usize,
            "temporary_access_pass_methods",
            &self.temporary_access_pass_methods,
        );
        v.field(
            12usize,
            "windows_hello_for_business_methods",
            &self.windows_hello_for_business_methods,
        );
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Authentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email_methods.read_from(r),
            2usize => self.external_authentication_methods.read_from(r),
            3usize => self.fido2_methods.read_from(r),
            4usize => self.methods.read_from(r),
            5usize => self.microsoft_authenticator_methods.read_from(r),
            6usize => self.operations.read_from(r),
            7usize => self.password_methods.read_from(r),
            8usize => self.phone_methods.read_from(r),
            9usize => self.platform_credential_methods.read_from(r),
            10usize => self.software_oath_methods.read_from(r),
            11usize => self.temporary_access_pass_methods.read_from(r),
            12usize => self.windows_hello_for_business_methods.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email_methods);
        w.field(2usize, &self.external_authentication_methods);
        w.field(3usize, &self.fido2_methods);
        w.field(4usize, &self.methods);
        w.field(5usize, &self.microsoft_authenticator_methods);
        w.field(6usize, &self.operations);
        w.field(7usize, &self.password_methods);
        w.field(8usize, &self.phone_methods);
        w.field(9usize, &self.platform_credential_methods);
        w.field(10usize, &self.software_oath_methods);
        w.field(11usize, &self.temporary_access_pass_methods);
        w.field(12usize, &self.windows_hello_for_business_methods);
    }
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
rt::impl_object!(Authentication);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Authentication { with_id id : ::std::string::String; with_email_methods email_methods
    : ::std::vec::Vec < crate ::v1::EmailAuthenticationMethod >;
    with_external_authentication_methods external_authentication_methods :
    ::std::vec::Vec < crate ::v1::ExternalAuthenticationMethod >; with_fido2_methods
    fido2_methods : ::std::vec::Vec < crate ::v1::Fido2AuthenticationMethod >;
    with_methods methods : ::std::vec::Vec < crate ::v1::AnyAuthenticationMethod >;
    with_microsoft_authenticator_methods microsoft_authenticator_methods :
    ::std::vec::Vec < crate ::v1::MicrosoftAuthenticatorAuthenticationMethod >;
    with_operations operations : ::std::vec::Vec < crate ::v1::AnyLongRunningOperation >;
    with_password_methods password_methods : ::std::vec::Vec < crate
    ::v1::PasswordAuthenticationMethod >; with_phone_methods phone_methods :
    ::std::vec::Vec < crate ::v1::PhoneAuthenticationMethod >;
    with_platform_credential_methods platform_credential_methods : ::std::vec::Vec <
    crate ::v1::PlatformCredentialAuthenticationMethod >; with_software_oath_methods
    software_oath_methods : ::std::vec::Vec < crate
    ::v1::SoftwareOathAuthenticationMethod >; with_temporary_access_pass_methods
    temporary_access_pass_methods : ::std::vec::Vec < crate
    ::v1::TemporaryAccessPassAuthenticationMethod >;
    with_windows_hello_for_business_methods windows_hello_for_business_methods :
    ::std::vec::Vec < crate ::v1::WindowsHelloForBusinessAuthenticationMethod >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Authentication);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.authenticationMethod`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<AnyAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct AuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for AuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.authenticationMethod";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.authenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for AuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
    }
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
rt::impl_object!(AuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    AuthenticationMethod { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuthenticationMethod);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.authenticationMethod` or any type derived from it, selected by `@odata.type` (12 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuthenticationMethod {
    AuthenticationMethod(::std::boxed::Box<crate::v1::AuthenticationMethod>),
    EmailAuthenticationMethod(::std::boxed::Box<crate::v1::EmailAuthenticationMethod>),
    ExternalAuthenticationMethod(
        ::std::boxed::Box<crate::v1::ExternalAuthenticationMethod>,
    ),
    Fido2AuthenticationMethod(::std::boxed::Box<crate::v1::Fido2AuthenticationMethod>),
    MicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>,
    ),
    PasswordAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PasswordAuthenticationMethod>,
    ),
    PhoneAuthenticationMethod(::std::boxed::Box<crate::v1::PhoneAuthenticationMethod>),
    PlatformCredentialAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PlatformCredentialAuthenticationMethod>,
    ),
    QrCodePinAuthenticationMethod(
        ::std::boxed::Box<crate::v1::QrCodePinAuthenticationMethod>,
    ),
    SoftwareOathAuthenticationMethod(
        ::std::boxed::Box<crate::v1::SoftwareOathAuthenticationMethod>,
    ),
    TemporaryAccessPassAuthenticationMethod(
        ::std::boxed::Box<crate::v1::TemporaryAccessPassAuthenticationMethod>,
    ),
    WindowsHelloForBusinessAuthenticationMethod(
        ::std::boxed::Box<crate::v1::WindowsHelloForBusinessAuthenticationMethod>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self::AuthenticationMethod(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethod> for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethod) -> Self {
        Self::AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::EmailAuthenticationMethod) -> Self {
        Self::EmailAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::ExternalAuthenticationMethod) -> Self {
        Self::ExternalAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Fido2AuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::Fido2AuthenticationMethod) -> Self {
        Self::Fido2AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::MicrosoftAuthenticatorAuthenticationMethod) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PasswordAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::PasswordAuthenticationMethod) -> Self {
        Self::PasswordAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PhoneAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::PhoneAuthenticationMethod) -> Self {
        Self::PhoneAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlatformCredentialAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::PlatformCredentialAuthenticationMethod) -> Self {
        Self::PlatformCredentialAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::QrCodePinAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::QrCodePinAuthenticationMethod) -> Self {
        Self::QrCodePinAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SoftwareOathAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::SoftwareOathAuthenticationMethod) -> Self {
        Self::SoftwareOathAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TemporaryAccessPassAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::TemporaryAccessPassAuthenticationMethod) -> Self {
        Self::TemporaryAccessPassAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsHelloForBusinessAuthenticationMethod>
for AnyAuthenticationMethod {
    #[inline]
    fn from(v: crate::v1::WindowsHelloForBusinessAuthenticationMethod) -> Self {
        Self::WindowsHelloForBusinessAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyAuthenticationMethod {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyAuthenticationMethod {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyAuthenticationMethod {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyAuthenticationMethod {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyAuthenticationMethod {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::AuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::EmailAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::ExternalAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::Fido2AuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::PasswordAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::PhoneAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::PlatformCredentialAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::QrCodePinAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::SoftwareOathAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::TemporaryAccessPassAuthenticationMethod>();
    rt::object::auto_traits::<crate::v1::WindowsHelloForBusinessAuthenticationMethod>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyAuthenticationMethod {
    const BASE_NAME: &'static str = "microsoft.graph.authenticationMethod";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.emailAuthenticationMethod") => {
                Self::EmailAuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.externalAuthenticationMethod",
            ) => Self::ExternalAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.fido2AuthenticationMethod") => {
                Self::Fido2AuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.passwordAuthenticationMethod",
            ) => Self::PasswordAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.phoneAuthenticationMethod") => {
                Self::PhoneAuthenticationMethod(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.platformCredentialAuthenticationMethod",
            ) => Self::PlatformCredentialAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.qrCodePinAuthenticationMethod",
            ) => Self::QrCodePinAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.softwareOathAuthenticationMethod",
            ) => Self::SoftwareOathAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethod",
            ) => Self::TemporaryAccessPassAuthenticationMethod(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
            ) => {
                Self::WindowsHelloForBusinessAuthenticationMethod(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::AuthenticationMethod(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuthenticationMethod(v) => &**v,
            Self::EmailAuthenticationMethod(v) => &**v,
            Self::ExternalAuthenticationMethod(v) => &**v,
            Self::Fido2AuthenticationMethod(v) => &**v,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &**v,
            Self::PasswordAuthenticationMethod(v) => &**v,
            Self::PhoneAuthenticationMethod(v) => &**v,
            Self::PlatformCredentialAuthenticationMethod(v) => &**v,
            Self::QrCodePinAuthenticationMethod(v) => &**v,
            Self::SoftwareOathAuthenticationMethod(v) => &**v,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &**v,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuthenticationMethod(v) => &mut **v,
            Self::EmailAuthenticationMethod(v) => &mut **v,
            Self::ExternalAuthenticationMethod(v) => &mut **v,
            Self::Fido2AuthenticationMethod(v) => &mut **v,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut **v,
            Self::PasswordAuthenticationMethod(v) => &mut **v,
            Self::PhoneAuthenticationMethod(v) => &mut **v,
            Self::PlatformCredentialAuthenticationMethod(v) => &mut **v,
            Self::QrCodePinAuthenticationMethod(v) => &mut **v,
            Self::SoftwareOathAuthenticationMethod(v) => &mut **v,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut **v,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyAuthenticationMethod {
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
            Self::AuthenticationMethod(v) => &v.id,
            Self::EmailAuthenticationMethod(v) => &v.id,
            Self::ExternalAuthenticationMethod(v) => &v.id,
            Self::Fido2AuthenticationMethod(v) => &v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            Self::PasswordAuthenticationMethod(v) => &v.id,
            Self::PhoneAuthenticationMethod(v) => &v.id,
            Self::PlatformCredentialAuthenticationMethod(v) => &v.id,
            Self::QrCodePinAuthenticationMethod(v) => &v.id,
            Self::SoftwareOathAuthenticationMethod(v) => &v.id,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.id,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AuthenticationMethod(v) => &mut v.id,
            Self::EmailAuthenticationMethod(v) => &mut v.id,
            Self::ExternalAuthenticationMethod(v) => &mut v.id,
            Self::Fido2AuthenticationMethod(v) => &mut v.id,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            Self::PasswordAuthenticationMethod(v) => &mut v.id,
            Self::PhoneAuthenticationMethod(v) => &mut v.id,
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.id,
            Self::QrCodePinAuthenticationMethod(v) => &mut v.id,
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.id,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.id,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AuthenticationMethod(v) => &v.created_date_time,
            Self::EmailAuthenticationMethod(v) => &v.created_date_time,
            Self::ExternalAuthenticationMethod(v) => &v.created_date_time,
            Self::Fido2AuthenticationMethod(v) => &v.created_date_time,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.created_date_time,
            Self::PasswordAuthenticationMethod(v) => &v.created_date_time,
            Self::PhoneAuthenticationMethod(v) => &v.created_date_time,
            Self::PlatformCredentialAuthenticationMethod(v) => &v.created_date_time,
            Self::QrCodePinAuthenticationMethod(v) => &v.created_date_time,
            Self::SoftwareOathAuthenticationMethod(v) => &v.created_date_time,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.created_date_time,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AuthenticationMethod(v) => &mut v.created_date_time,
            Self::EmailAuthenticationMethod(v) => &mut v.created_date_time,
            Self::ExternalAuthenticationMethod(v) => &mut v.created_date_time,
            Self::Fido2AuthenticationMethod(v) => &mut v.created_date_time,
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => {
                &mut v.created_date_time
            }
            Self::PasswordAuthenticationMethod(v) => &mut v.created_date_time,
            Self::PhoneAuthenticationMethod(v) => &mut v.created_date_time,
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.created_date_time,
            Self::QrCodePinAuthenticationMethod(v) => &mut v.created_date_time,
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.created_date_time,
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.created_date_time,
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => {
                &mut v.created_date_time
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyAuthenticationMethod);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuthenticationMethod);
