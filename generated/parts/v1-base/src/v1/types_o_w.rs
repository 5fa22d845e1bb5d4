//! Types of `microsoft.graph` by the first letters of their names (`o_w`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.onlineMeetingContentSharingDisabledReason`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingContentSharingDisabledReason {
    /// `watermarkProtection` (value 1).
    WatermarkProtection,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for OnlineMeetingContentSharingDisabledReason {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingContentSharingDisabledReason";
    const MEMBERS: &'static [&'static str] = &[
        "watermarkProtection",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "watermarkProtection" => Self::WatermarkProtection,
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
            Self::WatermarkProtection => "watermarkProtection",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(OnlineMeetingContentSharingDisabledReason);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingContentSharingDisabledReason);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.onlineMeetingRestricted`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct OnlineMeetingRestricted {
    /// CSDL: property `contentSharingDisabled`: `microsoft.graph.onlineMeetingContentSharingDisabledReason`, nullable.
    pub content_sharing_disabled: rt::Field<
        rt::Flags<crate::v1::OnlineMeetingContentSharingDisabledReason>,
    >,
    /// CSDL: property `videoDisabled`: `microsoft.graph.onlineMeetingVideoDisabledReason`, nullable.
    pub video_disabled: rt::Field<
        rt::Flags<crate::v1::OnlineMeetingVideoDisabledReason>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for OnlineMeetingRestricted {
    #[inline]
    fn default() -> Self {
        Self {
            content_sharing_disabled: rt::Field::Absent,
            video_disabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for OnlineMeetingRestricted {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingRestricted";
    const KEYS: &'static [&'static str] = &["contentSharingDisabled", "videoDisabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentSharingDisabled\":       ",
        ",\"videoDisabled\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeetingRestricted\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_sharing_disabled", &self.content_sharing_disabled);
        v.field(1usize, "video_disabled", &self.video_disabled);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for OnlineMeetingRestricted {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_sharing_disabled.read_from(r),
            1usize => self.video_disabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_sharing_disabled);
        w.field(1usize, &self.video_disabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(OnlineMeetingRestricted);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    OnlineMeetingRestricted { with_content_sharing_disabled content_sharing_disabled :
    rt::Flags < crate ::v1::OnlineMeetingContentSharingDisabledReason >;
    with_video_disabled video_disabled : rt::Flags < crate
    ::v1::OnlineMeetingVideoDisabledReason >; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingRestricted);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.onlineMeetingVideoDisabledReason`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingVideoDisabledReason {
    /// `watermarkProtection` (value 1).
    WatermarkProtection,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for OnlineMeetingVideoDisabledReason {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingVideoDisabledReason";
    const MEMBERS: &'static [&'static str] = &[
        "watermarkProtection",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "watermarkProtection" => Self::WatermarkProtection,
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
            Self::WatermarkProtection => "watermarkProtection",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(OnlineMeetingVideoDisabledReason);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingVideoDisabledReason);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.openComplexDictionaryType`, complex type, derived from `microsoft.graph.Dictionary`, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct OpenComplexDictionaryType {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for OpenComplexDictionaryType {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for OpenComplexDictionaryType {
    const TYPE_NAME: &'static str = "microsoft.graph.openComplexDictionaryType";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.openComplexDictionaryType\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for OpenComplexDictionaryType {
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
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(OpenComplexDictionaryType);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenComplexDictionaryType);
#[cfg(msgraph_v1_core_or_communications_or_sites)]
/// CSDL: `microsoft.graph.operationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OperationStatus {
    /// `NotStarted` (value 0).
    NotStarted,
    /// `Running` (value 1).
    Running,
    /// `Completed` (value 2).
    Completed,
    /// `Failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_sites)]
impl rt::StrEnum for OperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.operationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "NotStarted",
        "Running",
        "Completed",
        "Failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "NotStarted" => Self::NotStarted,
                "Running" => Self::Running,
                "Completed" => Self::Completed,
                "Failed" => Self::Failed,
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
            Self::NotStarted => "NotStarted",
            Self::Running => "Running",
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_sites)]
rt::impl_enum!(OperationStatus);
#[cfg(msgraph_v1_core_or_communications_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperationStatus);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.organizationalBranding`, entity type, derived from `microsoft.graph.organizationalBrandingProperties`, key `id`.
///
/// Request builders: [`OrganizationalBrandingPath`](requests/trait.OrganizationalBrandingPath.html), what a path to one (`EntityPath<OrganizationalBranding, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationalBranding {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundImage`: `Edm.Stream`, nullable.
    pub background_image: rt::Field<rt::RawJson>,
    /// CSDL: property `backgroundImageRelativeUrl`: `Edm.String`, nullable.
    pub background_image_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `bannerLogo`: `Edm.Stream`, nullable.
    pub banner_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `bannerLogoRelativeUrl`: `Edm.String`, nullable.
    pub banner_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `cdnList`: `Collection(Edm.String)`, nullable.
    pub cdn_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `contentCustomization`: `microsoft.graph.contentCustomization`, nullable.
    pub content_customization: rt::Field<crate::v1::ContentCustomization>,
    /// CSDL: property `customAccountResetCredentialsUrl`: `Edm.String`, nullable.
    pub custom_account_reset_credentials_url: rt::Field<::std::string::String>,
    /// CSDL: property `customCannotAccessYourAccountText`: `Edm.String`, nullable.
    pub custom_cannot_access_your_account_text: rt::Field<::std::string::String>,
    /// CSDL: property `customCannotAccessYourAccountUrl`: `Edm.String`, nullable.
    pub custom_cannot_access_your_account_url: rt::Field<::std::string::String>,
    /// CSDL: property `customCSS`: `Edm.Stream`, nullable.
    pub custom_css: rt::Field<rt::RawJson>,
    /// CSDL: property `customCSSRelativeUrl`: `Edm.String`, nullable.
    pub custom_css_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `customForgotMyPasswordText`: `Edm.String`, nullable.
    pub custom_forgot_my_password_text: rt::Field<::std::string::String>,
    /// CSDL: property `customPrivacyAndCookiesText`: `Edm.String`, nullable.
    pub custom_privacy_and_cookies_text: rt::Field<::std::string::String>,
    /// CSDL: property `customPrivacyAndCookiesUrl`: `Edm.String`, nullable.
    pub custom_privacy_and_cookies_url: rt::Field<::std::string::String>,
    /// CSDL: property `customResetItNowText`: `Edm.String`, nullable.
    pub custom_reset_it_now_text: rt::Field<::std::string::String>,
    /// CSDL: property `customTermsOfUseText`: `Edm.String`, nullable.
    pub custom_terms_of_use_text: rt::Field<::std::string::String>,
    /// CSDL: property `customTermsOfUseUrl`: `Edm.String`, nullable.
    pub custom_terms_of_use_url: rt::Field<::std::string::String>,
    /// CSDL: property `favicon`: `Edm.Stream`, nullable.
    pub favicon: rt::Field<rt::RawJson>,
    /// CSDL: property `faviconRelativeUrl`: `Edm.String`, nullable.
    pub favicon_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `headerBackgroundColor`: `Edm.String`, nullable.
    pub header_background_color: rt::Field<::std::string::String>,
    /// CSDL: property `headerLogo`: `Edm.Stream`, nullable.
    pub header_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `headerLogoRelativeUrl`: `Edm.String`, nullable.
    pub header_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `loginPageLayoutConfiguration`: `microsoft.graph.loginPageLayoutConfiguration`, nullable.
    pub login_page_layout_configuration: rt::Field<
        crate::v1::LoginPageLayoutConfiguration,
    >,
    /// CSDL: property `loginPageTextVisibilitySettings`: `microsoft.graph.loginPageTextVisibilitySettings`, nullable.
    pub login_page_text_visibility_settings: rt::Field<
        crate::v1::LoginPageTextVisibilitySettings,
    >,
    /// CSDL: property `signInPageText`: `Edm.String`, nullable.
    pub sign_in_page_text: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogo`: `Edm.Stream`, nullable.
    pub square_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `squareLogoDark`: `Edm.Stream`, nullable.
    pub square_logo_dark: rt::Field<rt::RawJson>,
    /// CSDL: property `squareLogoDarkRelativeUrl`: `Edm.String`, nullable.
    pub square_logo_dark_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogoRelativeUrl`: `Edm.String`, nullable.
    pub square_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `usernameHintText`: `Edm.String`, nullable.
    pub username_hint_text: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `localizations`: `Collection(microsoft.graph.organizationalBrandingLocalization)`, not nullable.
    pub localizations: rt::Field<
        ::std::vec::Vec<crate::v1::OrganizationalBrandingLocalization>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OrganizationalBranding {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            background_color: rt::Field::Absent,
            background_image: rt::Field::Absent,
            background_image_relative_url: rt::Field::Absent,
            banner_logo: rt::Field::Absent,
            banner_logo_relative_url: rt::Field::Absent,
            cdn_list: rt::Field::Absent,
            content_customization: rt::Field::Absent,
            custom_account_reset_credentials_url: rt::Field::Absent,
            custom_cannot_access_your_account_text: rt::Field::Absent,
            custom_cannot_access_your_account_url: rt::Field::Absent,
            custom_css: rt::Field::Absent,
            custom_css_relative_url: rt::Field::Absent,
            custom_forgot_my_password_text: rt::Field::Absent,
            custom_privacy_and_cookies_text: rt::Field::Absent,
            custom_privacy_and_cookies_url: rt::Field::Absent,
            custom_reset_it_now_text: rt::Field::Absent,
            custom_terms_of_use_text: rt::Field::Absent,
            custom_terms_of_use_url: rt::Field::Absent,
            favicon: rt::Field::Absent,
            favicon_relative_url: rt::Field::Absent,
            header_background_color: rt::Field::Absent,
            header_logo: rt::Field::Absent,
            header_logo_relative_url: rt::Field::Absent,
            login_page_layout_configuration: rt::Field::Absent,
            login_page_text_visibility_settings: rt::Field::Absent,
            sign_in_page_text: rt::Field::Absent,
            square_logo: rt::Field::Absent,
            square_logo_dark: rt::Field::Absent,
            square_logo_dark_relative_url: rt::Field::Absent,
            square_logo_relative_url: rt::Field::Absent,
            username_hint_text: rt::Field::Absent,
            localizations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OrganizationalBranding {
    const TYPE_NAME: &'static str = "microsoft.graph.organizationalBranding";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backgroundColor",
        "backgroundImage",
        "backgroundImageRelativeUrl",
        "bannerLogo",
        "bannerLogoRelativeUrl",
        "cdnList",
        "contentCustomization",
        "customAccountResetCredentialsUrl",
        "customCannotAccessYourAccountText",
        "customCannotAccessYourAccountUrl",
        "customCSS",
        "customCSSRelativeUrl",
        "customForgotMyPasswordText",
        "customPrivacyAndCookiesText",
        "customPrivacyAndCookiesUrl",
        "customResetItNowText",
        "customTermsOfUseText",
        "customTermsOfUseUrl",
        "favicon",
        "faviconRelativeUrl",
        "headerBackgroundColor",
        "headerLogo",
        "headerLogoRelativeUrl",
        "loginPageLayoutConfiguration",
        "loginPageTextVisibilitySettings",
        "signInPageText",
        "squareLogo",
        "squareLogoDark",
        "squareLogoDarkRelativeUrl",
        "squareLogoRelativeUrl",
        "usernameHintText",
        "localizations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backgroundColor\":              ",
        ",\"backgroundImage\":              ",
        ",\"backgroundImageRelativeUrl\":   ",
        ",\"bannerLogo\":                   ",
        ",\"bannerLogoRelativeUrl\":        ",
        ",\"cdnList\":                      ",
        ",\"contentCustomization\":         ",
        ",\"customAccountResetCredentialsUrl\":",
        ",\"customCannotAccessYourAccountText\":",
        ",\"customCannotAccessYourAccountUrl\":",
        ",\"customCSS\":                    ",
        ",\"customCSSRelativeUrl\":         ",
        ",\"customForgotMyPasswordText\":   ",
        ",\"customPrivacyAndCookiesText\":  ",
        ",\"customPrivacyAndCookiesUrl\":   ",
        ",\"customResetItNowText\":         ",
        ",\"customTermsOfUseText\":         ",
        ",\"customTermsOfUseUrl\":          ",
        ",\"favicon\":                      ",
        ",\"faviconRelativeUrl\":           ",
        ",\"headerBackgroundColor\":        ",
        ",\"headerLogo\":                   ",
        ",\"headerLogoRelativeUrl\":        ",
        ",\"loginPageLayoutConfiguration\": ",
        ",\"loginPageTextVisibilitySettings\":",
        ",\"signInPageText\":               ",
        ",\"squareLogo\":                   ",
        ",\"squareLogoDark\":               ",
        ",\"squareLogoDarkRelativeUrl\":    ",
        ",\"squareLogoRelativeUrl\":        ",
        ",\"usernameHintText\":             ",
        ",\"localizations\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizationalBranding\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "background_image", &self.background_image);
        v.field(
            3usize,
            "background_image_relative_url",
            &self.background_image_relative_url,
        );
        v.field(4usize, "banner_logo", &self.banner_logo);
        v.field(5usize, "banner_logo_relative_url", &self.banner_logo_relative_url);
        v.field(6usize, "cdn_list", &self.cdn_list);
        v.field(7usize, "content_customization", &self.content_customization);
        v.field(
            8usize,
            "custom_account_reset_credentials_url",
            &self.custom_account_reset_credentials_url,
        );
        v.field(
            9usize,
            "custom_cannot_access_your_account_text",
            &self.custom_cannot_access_your_account_text,
        );
        v.field(
            10usize,
            "custom_cannot_access_your_account_url",
            &self.custom_cannot_access_your_account_url,
        );
        v.field(11usize, "custom_css", &self.custom_css);
        v.field(12usize, "custom_css_relative_url", &self.custom_css_relative_url);
        v.field(
            13usize,
            "custom_forgot_my_password_text",
            &self.custom_forgot_my_password_text,
        );
        v.field(
            14usize,
            "custom_privacy_and_cookies_text",
            &self.custom_privacy_and_cookies_text,
        );
        v.field(
            15usize,
            "custom_privacy_and_cookies_url",
            &self.custom_privacy_and_cookies_url,
        );
        v.field(16usize, "custom_reset_it_now_text", &self.custom_reset_it_now_text);
        v.field(17usize, "custom_terms_of_use_text", &self.custom_terms_of_use_text);
        v.field(18usize, "custom_terms_of_use_url", &self.custom_terms_of_use_url);
        v.field(19usize, "favicon", &self.favicon);
        v.field(20usize, "favicon_relative_url", &self.favicon_relative_url);
        v.field(21usize, "header_background_color", &self.header_background_color);
        v.field(22usize, "header_logo", &self.header_logo);
        v.field(23usize, "header_logo_relative_url", &self.header_logo_relative_url);
        v.field(
            24usize,
            "login_page_layout_configuration",
            &self.login_page_layout_configuration,
        );
        v.field(
            25usize,
            "login_page_text_visibility_settings",
            &self.login_page_text_visibility_settings,
        );
        v.field(26usize, "sign_in_page_text", &self.sign_in_page_text);
        v.field(27usize, "square_logo", &self.square_logo);
        v.field(28usize, "square_logo_dark", &self.square_logo_dark);
        v.field(
            29usize,
            "square_logo_dark_relative_url",
            &self.square_logo_dark_relative_url,
        );
        v.field(30usize, "square_logo_relative_url", &self.square_logo_relative_url);
        v.field(31usize, "username_hint_text", &self.username_hint_text);
        v.field(32usize, "localizations", &self.localizations);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OrganizationalBranding {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.background_image.read_from(r),
            3usize => self.background_image_relative_url.read_from(r),
            4usize => self.banner_logo.read_from(r),
            5usize => self.banner_logo_relative_url.read_from(r),
            6usize => self.cdn_list.read_from(r),
            7usize => self.content_customization.read_from(r),
            8usize => self.custom_account_reset_credentials_url.read_from(r),
            9usize => self.custom_cannot_access_your_account_text.read_from(r),
            10usize => self.custom_cannot_access_your_account_url.read_from(r),
            11usize => self.custom_css.read_from(r),
            12usize => self.custom_css_relative_url.read_from(r),
            13usize => self.custom_forgot_my_password_text.read_from(r),
            14usize => self.custom_privacy_and_cookies_text.read_from(r),
            15usize => self.custom_privacy_and_cookies_url.read_from(r),
            16usize => self.custom_reset_it_now_text.read_from(r),
            17usize => self.custom_terms_of_use_text.read_from(r),
            18usize => self.custom_terms_of_use_url.read_from(r),
            19usize => self.favicon.read_from(r),
            20usize => self.favicon_relative_url.read_from(r),
            21usize => self.header_background_color.read_from(r),
            22usize => self.header_logo.read_from(r),
            23usize => self.header_logo_relative_url.read_from(r),
            24usize => self.login_page_layout_configuration.read_from(r),
            25usize => self.login_page_text_visibility_settings.read_from(r),
            26usize => self.sign_in_page_text.read_from(r),
            27usize => self.square_logo.read_from(r),
            28usize => self.square_logo_dark.read_from(r),
            29usize => self.square_logo_dark_relative_url.read_from(r),
            30usize => self.square_logo_relative_url.read_from(r),
            31usize => self.username_hint_text.read_from(r),
            32usize => self.localizations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.background_image);
        w.field(3usize, &self.background_image_relative_url);
        w.field(4usize, &self.banner_logo);
        w.field(5usize, &self.banner_logo_relative_url);
        w.field(6usize, &self.cdn_list);
        w.field(7usize, &self.content_customization);
        w.field(8usize, &self.custom_account_reset_credentials_url);
        w.field(9usize, &self.custom_cannot_access_your_account_text);
        w.field(10usize, &self.custom_cannot_access_your_account_url);
        w.field(11usize, &self.custom_css);
        w.field(12usize, &self.custom_css_relative_url);
        w.field(13usize, &self.custom_forgot_my_password_text);
        w.field(14usize, &self.custom_privacy_and_cookies_text);
        w.field(15usize, &self.custom_privacy_and_cookies_url);
        w.field(16usize, &self.custom_reset_it_now_text);
        w.field(17usize, &self.custom_terms_of_use_text);
        w.field(18usize, &self.custom_terms_of_use_url);
        w.field(19usize, &self.favicon);
        w.field(20usize, &self.favicon_relative_url);
        w.field(21usize, &self.header_background_color);
        w.field(22usize, &self.header_logo);
        w.field(23usize, &self.header_logo_relative_url);
        w.field(24usize, &self.login_page_layout_configuration);
        w.field(25usize, &self.login_page_text_visibility_settings);
        w.field(26usize, &self.sign_in_page_text);
        w.field(27usize, &self.square_logo);
        w.field(28usize, &self.square_logo_dark);
        w.field(29usize, &self.square_logo_dark_relative_url);
        w.field(30usize, &self.square_logo_relative_url);
        w.field(31usize, &self.username_hint_text);
        w.field(32usize, &self.localizations);
    }
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
rt::impl_object!(OrganizationalBranding);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OrganizationalBranding { with_id id : ::std::string::String; with_background_color
    background_color : ::std::string::String; with_background_image background_image :
    rt::RawJson; with_background_image_relative_url background_image_relative_url :
    ::std::string::String; with_banner_logo banner_logo : rt::RawJson;
    with_banner_logo_relative_url banner_logo_relative_url : ::std::string::String;
    with_cdn_list cdn_list : ::std::vec::Vec < ::std::string::String >;
    with_content_customization content_customization : crate ::v1::ContentCustomization;
    with_custom_account_reset_credentials_url custom_account_reset_credentials_url :
    ::std::string::String; with_custom_cannot_access_your_account_text
    custom_cannot_access_your_account_text : ::std::string::String;
    with_custom_cannot_access_your_account_url custom_cannot_access_your_account_url :
    ::std::string::String; with_custom_css custom_css : rt::RawJson;
    with_custom_css_relative_url custom_css_relative_url : ::std::string::String;
    with_custom_forgot_my_password_text custom_forgot_my_password_text :
    ::std::string::String; with_custom_privacy_and_cookies_text
    custom_privacy_and_cookies_text : ::std::string::String;
    with_custom_privacy_and_cookies_url custom_privacy_and_cookies_url :
    ::std::string::String; with_custom_reset_it_now_text custom_reset_it_now_text :
    ::std::string::String; with_custom_terms_of_use_text custom_terms_of_use_text :
    ::std::string::String; with_custom_terms_of_use_url custom_terms_of_use_url :
    ::std::string::String; with_favicon favicon : rt::RawJson; with_favicon_relative_url
    favicon_relative_url : ::std::string::String; with_header_background_color
    header_background_color : ::std::string::String; with_header_logo header_logo :
    rt::RawJson; with_header_logo_relative_url header_logo_relative_url :
    ::std::string::String; with_login_page_layout_configuration
    login_page_layout_configuration : crate ::v1::LoginPageLayoutConfiguration;
    with_login_page_text_visibility_settings login_page_text_visibility_settings : crate
    ::v1::LoginPageTextVisibilitySettings; with_sign_in_page_text sign_in_page_text :
    ::std::string::String; with_square_logo square_logo : rt::RawJson;
    with_square_logo_dark square_logo_dark : rt::RawJson;
    with_square_logo_dark_relative_url square_logo_dark_relative_url :
    ::std::string::String; with_square_logo_relative_url square_logo_relative_url :
    ::std::string::String; with_username_hint_text username_hint_text :
    ::std::string::String; with_localizations localizations : ::std::vec::Vec < crate
    ::v1::OrganizationalBrandingLocalization >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationalBranding);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.organizationalBrandingLocalization`, entity type, derived from `microsoft.graph.organizationalBrandingProperties`, key `id`.
///
/// Request builders: [`OrganizationalBrandingPropertiesPath`](requests/trait.OrganizationalBrandingPropertiesPath.html), what a path to one (`EntityPath<OrganizationalBrandingLocalization, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationalBrandingLocalization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundImage`: `Edm.Stream`, nullable.
    pub background_image: rt::Field<rt::RawJson>,
    /// CSDL: property `backgroundImageRelativeUrl`: `Edm.String`, nullable.
    pub background_image_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `bannerLogo`: `Edm.Stream`, nullable.
    pub banner_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `bannerLogoRelativeUrl`: `Edm.String`, nullable.
    pub banner_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `cdnList`: `Collection(Edm.String)`, nullable.
    pub cdn_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `contentCustomization`: `microsoft.graph.contentCustomization`, nullable.
    pub content_customization: rt::Field<crate::v1::ContentCustomization>,
    /// CSDL: property `customAccountResetCredentialsUrl`: `Edm.String`, nullable.
    pub custom_account_reset_credentials_url: rt::Field<::std::string::String>,
    /// CSDL: property `customCannotAccessYourAccountText`: `Edm.String`, nullable.
    pub custom_cannot_access_your_account_text: rt::Field<::std::string::String>,
    /// CSDL: property `customCannotAccessYourAccountUrl`: `Edm.String`, nullable.
    pub custom_cannot_access_your_account_url: rt::Field<::std::string::String>,
    /// CSDL: property `customCSS`: `Edm.Stream`, nullable.
    pub custom_css: rt::Field<rt::RawJson>,
    /// CSDL: property `customCSSRelativeUrl`: `Edm.String`, nullable.
    pub custom_css_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `customForgotMyPasswordText`: `Edm.String`, nullable.
    pub custom_forgot_my_password_text: rt::Field<::std::string::String>,
    /// CSDL: property `customPrivacyAndCookiesText`: `Edm.String`, nullable.
    pub custom_privacy_and_cookies_text: rt::Field<::std::string::String>,
    /// CSDL: property `customPrivacyAndCookiesUrl`: `Edm.String`, nullable.
    pub custom_privacy_and_cookies_url: rt::Field<::std::string::String>,
    /// CSDL: property `customResetItNowText`: `Edm.String`, nullable.
    pub custom_reset_it_now_text: rt::Field<::std::string::String>,
    /// CSDL: property `customTermsOfUseText`: `Edm.String`, nullable.
    pub custom_terms_of_use_text: rt::Field<::std::string::String>,
    /// CSDL: property `customTermsOfUseUrl`: `Edm.String`, nullable.
    pub custom_terms_of_use_url: rt::Field<::std::string::String>,
    /// CSDL: property `favicon`: `Edm.Stream`, nullable.
    pub favicon: rt::Field<rt::RawJson>,
    /// CSDL: property `faviconRelativeUrl`: `Edm.String`, nullable.
    pub favicon_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `headerBackgroundColor`: `Edm.String`, nullable.
    pub header_background_color: rt::Field<::std::string::String>,
    /// CSDL: property `headerLogo`: `Edm.Stream`, nullable.
    pub header_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `headerLogoRelativeUrl`: `Edm.String`, nullable.
    pub header_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `loginPageLayoutConfiguration`: `microsoft.graph.loginPageLayoutConfiguration`, nullable.
    pub login_page_layout_configuration: rt::Field<
        crate::v1::LoginPageLayoutConfiguration,
    >,
    /// CSDL: property `loginPageTextVisibilitySettings`: `microsoft.graph.loginPageTextVisibilitySettings`, nullable.
    pub login_page_text_visibility_settings: rt::Field<
        crate::v1::LoginPageTextVisibilitySettings,
    >,
    /// CSDL: property `signInPageText`: `Edm.String`, nullable.
    pub sign_in_page_text: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogo`: `Edm.Stream`, nullable.
    pub square_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `squareLogoDark`: `Edm.Stream`, nullable.
    pub square_logo_dark: rt::Field<rt::RawJson>,
    /// CSDL: property `squareLogoDarkRelativeUrl`: `Edm.String`, nullable.
    pub square_logo_dark_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogoRelativeUrl`: `Edm.String`, nullable.
    pub square_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `usernameHintText`: `Edm.String`, nullable.
    pub username_hint_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OrganizationalBrandingLocalization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            background_color: rt::Field::Absent,
            background_image: rt::Field::Absent,
            background_image_relative_url: rt::Field::Absent,
            banner_logo: rt::Field::Absent,
            banner_logo_relative_url: rt::Field::Absent,
            cdn_list: rt::Field::Absent,
            content_customization: rt::Field::Absent,
            custom_account_reset_credentials_url: rt::Field::Absent,
            custom_cannot_access_your_account_text: rt::Field::Absent,
            custom_cannot_access_your_account_url: rt::Field::Absent,
            custom_css: rt::Field::Absent,
            custom_css_relative_url: rt::Field::Absent,
            custom_forgot_my_password_text: rt::Field::Absent,
            custom_privacy_and_cookies_text: rt::Field::Absent,
            custom_privacy_and_cookies_url: rt::Field::Absent,
            custom_reset_it_now_text: rt::Field::Absent,
            custom_terms_of_use_text: rt::Field::Absent,
            custom_terms_of_use_url: rt::Field::Absent,
            favicon: rt::Field::Absent,
            favicon_relative_url: rt::Field::Absent,
            header_background_color: rt::Field::Absent,
            header_logo: rt::Field::Absent,
            header_logo_relative_url: rt::Field::Absent,
            login_page_layout_configuration: rt::Field::Absent,
            login_page_text_visibility_settings: rt::Field::Absent,
            sign_in_page_text: rt::Field::Absent,
            square_logo: rt::Field::Absent,
            square_logo_dark: rt::Field::Absent,
            square_logo_dark_relative_url: rt::Field::Absent,
            square_logo_relative_url: rt::Field::Absent,
            username_hint_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OrganizationalBrandingLocalization {
    const TYPE_NAME: &'static str = "microsoft.graph.organizationalBrandingLocalization";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backgroundColor",
        "backgroundImage",
        "backgroundImageRelativeUrl",
        "bannerLogo",
        "bannerLogoRelativeUrl",
        "cdnList",
        "contentCustomization",
        "customAccountResetCredentialsUrl",
        "customCannotAccessYourAccountText",
        "customCannotAccessYourAccountUrl",
        "customCSS",
        "customCSSRelativeUrl",
        "customForgotMyPasswordText",
        "customPrivacyAndCookiesText",
        "customPrivacyAndCookiesUrl",
        "customResetItNowText",
        "customTermsOfUseText",
        "customTermsOfUseUrl",
        "favicon",
        "faviconRelativeUrl",
        "headerBackgroundColor",
        "headerLogo",
        "headerLogoRelativeUrl",
        "loginPageLayoutConfiguration",
        "loginPageTextVisibilitySettings",
        "signInPageText",
        "squareLogo",
        "squareLogoDark",
        "squareLogoDarkRelativeUrl",
        "squareLogoRelativeUrl",
        "usernameHintText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backgroundColor\":              ",
        ",\"backgroundImage\":              ",
        ",\"backgroundImageRelativeUrl\":   ",
        ",\"bannerLogo\":                   ",
        ",\"bannerLogoRelativeUrl\":        ",
        ",\"cdnList\":                      ",
        ",\"contentCustomization\":         ",
        ",\"customAccountResetCredentialsUrl\":",
        ",\"customCannotAccessYourAccountText\":",
        ",\"customCannotAccessYourAccountUrl\":",
        ",\"customCSS\":                    ",
        ",\"customCSSRelativeUrl\":         ",
        ",\"customForgotMyPasswordText\":   ",
        ",\"customPrivacyAndCookiesText\":  ",
        ",\"customPrivacyAndCookiesUrl\":   ",
        ",\"customResetItNowText\":         ",
        ",\"customTermsOfUseText\":         ",
        ",\"customTermsOfUseUrl\":          ",
        ",\"favicon\":                      ",
        ",\"faviconRelativeUrl\":           ",
        ",\"headerBackgroundColor\":        ",
        ",\"headerLogo\":                   ",
        ",\"headerLogoRelativeUrl\":        ",
        ",\"loginPageLayoutConfiguration\": ",
        ",\"loginPageTextVisibilitySettings\":",
        ",\"signInPageText\":               ",
        ",\"squareLogo\":                   ",
        ",\"squareLogoDark\":               ",
        ",\"squareLogoDarkRelativeUrl\":    ",
        ",\"squareLogoRelativeUrl\":        ",
        ",\"usernameHintText\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizationalBrandingLocalization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "background_image", &self.background_image);
        v.field(
            3usize,
            "background_image_relative_url",
            &self.background_image_relative_url,
        );
        v.field(4usize, "banner_logo", &self.banner_logo);
        v.field(5usize, "banner_logo_relative_url", &self.banner_logo_relative_url);
        v.field(6usize, "cdn_list", &self.cdn_list);
        v.field(7usize, "content_customization", &self.content_customization);
        v.field(
            8usize,
            "custom_account_reset_credentials_url",
            &self.custom_account_reset_credentials_url,
        );
        v.field(
            9usize,
            "custom_cannot_access_your_account_text",
            &self.custom_cannot_access_your_account_text,
        );
        v.field(
            10usize,
            "custom_cannot_access_your_account_url",
            &self.custom_cannot_access_your_account_url,
        );
        v.field(11usize, "custom_css", &self.custom_css);
        v.field(12usize, "custom_css_relative_url", &self.custom_css_relative_url);
        v.field(
            13usize,
            "custom_forgot_my_password_text",
            &self.custom_forgot_my_password_text,
        );
        v.field(
            14usize,
            "custom_privacy_and_cookies_text",
            &self.custom_privacy_and_cookies_text,
        );
        v.field(
            15usize,
            "custom_privacy_and_cookies_url",
            &self.custom_privacy_and_cookies_url,
        );
        v.field(16usize, "custom_reset_it_now_text", &self.custom_reset_it_now_text);
        v.field(17usize, "custom_terms_of_use_text", &self.custom_terms_of_use_text);
        v.field(18usize, "custom_terms_of_use_url", &self.custom_terms_of_use_url);
        v.field(19usize, "favicon", &self.favicon);
        v.field(20usize, "favicon_relative_url", &self.favicon_relative_url);
        v.field(21usize, "header_background_color", &self.header_background_color);
        v.field(22usize, "header_logo", &self.header_logo);
        v.field(23usize, "header_logo_relative_url", &self.header_logo_relative_url);
        v.field(
            24usize,
            "login_page_layout_configuration",
            &self.login_page_layout_configuration,
        );
        v.field(
            25usize,
            "login_page_text_visibility_settings",
            &self.login_page_text_visibility_settings,
        );
        v.field(26usize, "sign_in_page_text", &self.sign_in_page_text);
        v.field(27usize, "square_logo", &self.square_logo);
        v.field(28usize, "square_logo_dark", &self.square_logo_dark);
        v.field(
            29usize,
            "square_logo_dark_relative_url",
            &self.square_logo_dark_relative_url,
        );
        v.field(30usize, "square_logo_relative_url", &self.square_logo_relative_url);
        v.field(31usize, "username_hint_text", &self.username_hint_text);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OrganizationalBrandingLocalization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.background_image.read_from(r),
            3usize => self.background_image_relative_url.read_from(r),
            4usize => self.banner_logo.read_from(r),
            5usize => self.banner_logo_relative_url.read_from(r),
            6usize => self.cdn_list.read_from(r),
            7usize => self.content_customization.read_from(r),
            8usize => self.custom_account_reset_credentials_url.read_from(r),
            9usize => self.custom_cannot_access_your_account_text.read_from(r),
            10usize => self.custom_cannot_access_your_account_url.read_from(r),
            11usize => self.custom_css.read_from(r),
            12usize => self.custom_css_relative_url.read_from(r),
            13usize => self.custom_forgot_my_password_text.read_from(r),
            14usize => self.custom_privacy_and_cookies_text.read_from(r),
            15usize => self.custom_privacy_and_cookies_url.read_from(r),
            16usize => self.custom_reset_it_now_text.read_from(r),
            17usize => self.custom_terms_of_use_text.read_from(r),
            18usize => self.custom_terms_of_use_url.read_from(r),
            19usize => self.favicon.read_from(r),
            20usize => self.favicon_relative_url.read_from(r),
            21usize => self.header_background_color.read_from(r),
            22usize => self.header_logo.read_from(r),
            23usize => self.header_logo_relative_url.read_from(r),
            24usize => self.login_page_layout_configuration.read_from(r),
            25usize => self.login_page_text_visibility_settings.read_from(r),
            26usize => self.sign_in_page_text.read_from(r),
            27usize => self.square_logo.read_from(r),
            28usize => self.square_logo_dark.read_from(r),
            29usize => self.square_logo_dark_relative_url.read_from(r),
            30usize => self.square_logo_relative_url.read_from(r),
            31usize => self.username_hint_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.background_image);
        w.field(3usize, &self.background_image_relative_url);
        w.field(4usize, &self.banner_logo);
        w.field(5usize, &self.banner_logo_relative_url);
        w.field(6usize, &self.cdn_list);
        w.field(7usize, &self.content_customization);
        w.field(8usize, &self.custom_account_reset_credentials_url);
        w.field(9usize, &self.custom_cannot_access_your_account_text);
        w.field(10usize, &self.custom_cannot_access_your_account_url);
        w.field(11usize, &self.custom_css);
        w.field(12usize, &self.custom_css_relative_url);
        w.field(13usize, &self.custom_forgot_my_password_text);
        w.field(14usize, &self.custom_privacy_and_cookies_text);
        w.field(15usize, &self.custom_privacy_and_cookies_url);
        w.field(16usize, &self.custom_reset_it_now_text);
        w.field(17usize, &self.custom_terms_of_use_text);
        w.field(18usize, &self.custom_terms_of_use_url);
        w.field(19usize, &self.favicon);
        w.field(20usize, &self.favicon_relative_url);
        w.field(21usize, &self.header_background_color);
        w.field(22usize, &self.header_logo);
        w.field(23usize, &self.header_logo_relative_url);
        w.field(24usize, &self.login_page_layout_configuration);
        w.field(25usize, &self.login_page_text_visibility_settings);
        w.field(26usize, &self.sign_in_page_text);
        w.field(27usize, &self.square_logo);
        w.field(28usize, &self.square_logo_dark);
        w.field(29usize, &self.square_logo_dark_relative_url);
        w.field(30usize, &self.square_logo_relative_url);
        w.field(31usize, &self.username_hint_text);
    }
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
rt::impl_object!(OrganizationalBrandingLocalization);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OrganizationalBrandingLocalization { with_id id : ::std::string::String;
    with_background_color background_color : ::std::string::String; with_background_image
    background_image : rt::RawJson; with_background_image_relative_url
    background_image_relative_url : ::std::string::String; with_banner_logo banner_logo :
    rt::RawJson; with_banner_logo_relative_url banner_logo_relative_url :
    ::std::string::String; with_cdn_list cdn_list : ::std::vec::Vec <
    ::std::string::String >; with_content_customization content_customization : crate
    ::v1::ContentCustomization; with_custom_account_reset_credentials_url
    custom_account_reset_credentials_url : ::std::string::String;
    with_custom_cannot_access_your_account_text custom_cannot_access_your_account_text :
    ::std::string::String; with_custom_cannot_access_your_account_url
    custom_cannot_access_your_account_url : ::std::string::String; with_custom_css
    custom_css : rt::RawJson; with_custom_css_relative_url custom_css_relative_url :
    ::std::string::String; with_custom_forgot_my_password_text
    custom_forgot_my_password_text : ::std::string::String;
    with_custom_privacy_and_cookies_text custom_privacy_and_cookies_text :
    ::std::string::String; with_custom_privacy_and_cookies_url
    custom_privacy_and_cookies_url : ::std::string::String; with_custom_reset_it_now_text
    custom_reset_it_now_text : ::std::string::String; with_custom_terms_of_use_text
    custom_terms_of_use_text : ::std::string::String; with_custom_terms_of_use_url
    custom_terms_of_use_url : ::std::string::String; with_favicon favicon : rt::RawJson;
    with_favicon_relative_url favicon_relative_url : ::std::string::String;
    with_header_background_color header_background_color : ::std::string::String;
    with_header_logo header_logo : rt::RawJson; with_header_logo_relative_url
    header_logo_relative_url : ::std::string::String;
    with_login_page_layout_configuration login_page_layout_configuration : crate
    ::v1::LoginPageLayoutConfiguration; with_login_page_text_visibility_settings
    login_page_text_visibility_settings : crate ::v1::LoginPageTextVisibilitySettings;
    with_sign_in_page_text sign_in_page_text : ::std::string::String; with_square_logo
    square_logo : rt::RawJson; with_square_logo_dark square_logo_dark : rt::RawJson;
    with_square_logo_dark_relative_url square_logo_dark_relative_url :
    ::std::string::String; with_square_logo_relative_url square_logo_relative_url :
    ::std::string::String; with_username_hint_text username_hint_text :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationalBrandingLocalization);
#[cfg(msgraph_v1_core_or_places_or_solutions)]
/// CSDL: `microsoft.graph.outlookGeoCoordinates`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookGeoCoordinates {
    /// CSDL: property `accuracy`: `Edm.Double`, nullable.
    pub accuracy: rt::Field<f64>,
    /// CSDL: property `altitude`: `Edm.Double`, nullable.
    pub altitude: rt::Field<f64>,
    /// CSDL: property `altitudeAccuracy`: `Edm.Double`, nullable.
    pub altitude_accuracy: rt::Field<f64>,
    /// CSDL: property `latitude`: `Edm.Double`, nullable.
    pub latitude: rt::Field<f64>,
    /// CSDL: property `longitude`: `Edm.Double`, nullable.
    pub longitude: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_places_or_solutions)]
impl ::std::default::Default for OutlookGeoCoordinates {
    #[inline]
    fn default() -> Self {
        Self {
            accuracy: rt::Field::Absent,
            altitude: rt::Field::Absent,
            altitude_accuracy: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_places_or_solutions)]
impl rt::Object for OutlookGeoCoordinates {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookGeoCoordinates";
    const KEYS: &'static [&'static str] = &[
        "accuracy",
        "altitude",
        "altitudeAccuracy",
        "latitude",
        "longitude",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accuracy\":                     ",
        ",\"altitude\":                     ",
        ",\"altitudeAccuracy\":             ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookGeoCoordinates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "accuracy", &self.accuracy);
        v.field(1usize, "altitude", &self.altitude);
        v.field(2usize, "altitude_accuracy", &self.altitude_accuracy);
        v.field(3usize, "latitude", &self.latitude);
        v.field(4usize, "longitude", &self.longitude);
    }
}
#[cfg(msgraph_v1_core_or_places_or_solutions)]
impl rt::object::Members for OutlookGeoCoordinates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.accuracy.read_from(r),
            1usize => self.altitude.read_from(r),
            2usize => self.altitude_accuracy.read_from(r),
            3usize => self.latitude.read_from(r),
            4usize => self.longitude.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.accuracy);
        w.field(1usize, &self.altitude);
        w.field(2usize, &self.altitude_accuracy);
        w.field(3usize, &self.latitude);
        w.field(4usize, &self.longitude);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_places_or_solutions)]
rt::impl_object!(OutlookGeoCoordinates);
#[cfg(msgraph_v1_core_or_places_or_solutions)]
rt::impl_setters!(
    OutlookGeoCoordinates { with_accuracy accuracy : f64; with_altitude altitude : f64;
    with_altitude_accuracy altitude_accuracy : f64; with_latitude latitude : f64;
    with_longitude longitude : f64; }
);
#[cfg(msgraph_v1_core_or_places_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookGeoCoordinates);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.participant`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ParticipantPath`](requests/trait.ParticipantPath.html), what a path to one (`EntityPath<Participant, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct Participant {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `info`: `microsoft.graph.participantInfo`, not nullable.
    pub info: rt::Field<crate::v1::ParticipantInfo>,
    /// CSDL: property `isInLobby`: `Edm.Boolean`, not nullable.
    pub is_in_lobby: rt::Field<bool>,
    /// CSDL: property `isMuted`: `Edm.Boolean`, not nullable.
    pub is_muted: rt::Field<bool>,
    /// CSDL: property `mediaStreams`: `Collection(microsoft.graph.mediaStream)`, nullable.
    pub media_streams: rt::Field<::std::vec::Vec<crate::v1::MediaStream>>,
    /// CSDL: property `metadata`: `Edm.String`, nullable.
    pub metadata: rt::Field<::std::string::String>,
    /// CSDL: property `recordingInfo`: `microsoft.graph.recordingInfo`, nullable.
    pub recording_info: rt::Field<crate::v1::RecordingInfo>,
    /// CSDL: property `removedState`: `microsoft.graph.removedState`, nullable.
    pub removed_state: rt::Field<crate::v1::RemovedState>,
    /// CSDL: property `restrictedExperience`: `microsoft.graph.onlineMeetingRestricted`, nullable.
    pub restricted_experience: rt::Field<crate::v1::OnlineMeetingRestricted>,
    /// CSDL: property `rosterSequenceNumber`: `Edm.Int64`, nullable.
    pub roster_sequence_number: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for Participant {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            info: rt::Field::Absent,
            is_in_lobby: rt::Field::Absent,
            is_muted: rt::Field::Absent,
            media_streams: rt::Field::Absent,
            metadata: rt::Field::Absent,
            recording_info: rt::Field::Absent,
            removed_state: rt::Field::Absent,
            restricted_experience: rt::Field::Absent,
            roster_sequence_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for Participant {
    const TYPE_NAME: &'static str = "microsoft.graph.participant";
    const KEYS: &'static [&'static str] = &[
        "id",
        "info",
        "isInLobby",
        "isMuted",
        "mediaStreams",
        "metadata",
        "recordingInfo",
        "removedState",
        "restrictedExperience",
        "rosterSequenceNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"info\":                         ",
        ",\"isInLobby\":                    ",
        ",\"isMuted\":                      ",
        ",\"mediaStreams\":                 ",
        ",\"metadata\":                     ",
        ",\"recordingInfo\":                ",
        ",\"removedState\":                 ",
        ",\"restrictedExperience\":         ",
        ",\"rosterSequenceNumber\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "info", &self.info);
        v.field(2usize, "is_in_lobby", &self.is_in_lobby);
        v.field(3usize, "is_muted", &self.is_muted);
        v.field(4usize, "media_streams", &self.media_streams);
        v.field(5usize, "metadata", &self.metadata);
        v.field(6usize, "recording_info", &self.recording_info);
        v.field(7usize, "removed_state", &self.removed_state);
        v.field(8usize, "restricted_experience", &self.restricted_experience);
        v.field(9usize, "roster_sequence_number", &self.roster_sequence_number);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for Participant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.info.read_from(r),
            2usize => self.is_in_lobby.read_from(r),
            3usize => self.is_muted.read_from(r),
            4usize => self.media_streams.read_from(r),
            5usize => self.metadata.read_from(r),
            6usize => self.recording_info.read_from(r),
            7usize => self.removed_state.read_from(r),
            8usize => self.restricted_experience.read_from(r),
            9usize => self.roster_sequence_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.info);
        w.field(2usize, &self.is_in_lobby);
        w.field(3usize, &self.is_muted);
        w.field(4usize, &self.media_streams);
        w.field(5usize, &self.metadata);
        w.field(6usize, &self.recording_info);
        w.field(7usize, &self.removed_state);
        w.field(8usize, &self.restricted_experience);
        w.field(9usize, &self.roster_sequence_number);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(Participant);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    Participant { with_id id : ::std::string::String; with_info info : crate
    ::v1::ParticipantInfo; with_is_in_lobby is_in_lobby : bool; with_is_muted is_muted :
    bool; with_media_streams media_streams : ::std::vec::Vec < crate ::v1::MediaStream >;
    with_metadata metadata : ::std::string::String; with_recording_info recording_info :
    crate ::v1::RecordingInfo; with_removed_state removed_state : crate
    ::v1::RemovedState; with_restricted_experience restricted_experience : crate
    ::v1::OnlineMeetingRestricted; with_roster_sequence_number roster_sequence_number :
    i64; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Participant);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.participantInfo`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct ParticipantInfo {
    /// CSDL: property `countryCode`: `Edm.String`, nullable.
    pub country_code: rt::Field<::std::string::String>,
    /// CSDL: property `endpointType`: `microsoft.graph.endpointType`, nullable.
    pub endpoint_type: rt::Field<crate::v1::EndpointType>,
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, not nullable.
    pub identity: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `languageId`: `Edm.String`, nullable.
    pub language_id: rt::Field<::std::string::String>,
    /// CSDL: property `participantId`: `Edm.String`, nullable.
    pub participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for ParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            country_code: rt::Field::Absent,
            endpoint_type: rt::Field::Absent,
            identity: rt::Field::Absent,
            language_id: rt::Field::Absent,
            participant_id: rt::Field::Absent,
            region: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for ParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.participantInfo";
    const KEYS: &'static [&'static str] = &[
        "countryCode",
        "endpointType",
        "identity",
        "languageId",
        "participantId",
        "region",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"countryCode\":                  ",
        ",\"endpointType\":                 ",
        ",\"identity\":                     ",
        ",\"languageId\":                   ",
        ",\"participantId\":                ",
        ",\"region\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.participantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "country_code", &self.country_code);
        v.field(1usize, "endpoint_type", &self.endpoint_type);
        v.field(2usize, "identity", &self.identity);
        v.field(3usize, "language_id", &self.language_id);
        v.field(4usize, "participant_id", &self.participant_id);
        v.field(5usize, "region", &self.region);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for ParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.country_code.read_from(r),
            1usize => self.endpoint_type.read_from(r),
            2usize => self.identity.read_from(r),
            3usize => self.language_id.read_from(r),
            4usize => self.participant_id.read_from(r),
            5usize => self.region.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.country_code);
        w.field(1usize, &self.endpoint_type);
        w.field(2usize, &self.identity);
        w.field(3usize, &self.language_id);
        w.field(4usize, &self.participant_id);
        w.field(5usize, &self.region);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(ParticipantInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    ParticipantInfo { with_country_code country_code : ::std::string::String;
    with_endpoint_type endpoint_type : crate ::v1::EndpointType; with_identity identity :
    crate ::v1::AnyIdentitySet; with_language_id language_id : ::std::string::String;
    with_participant_id participant_id : ::std::string::String; with_region region :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ParticipantInfo);
#[cfg(msgraph_v1_core_or_role_management)]
/// CSDL: `microsoft.graph.patternedRecurrence`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PatternedRecurrence {
    /// CSDL: property `pattern`: `microsoft.graph.recurrencePattern`, nullable.
    pub pattern: rt::Field<crate::v1::RecurrencePattern>,
    /// CSDL: property `range`: `microsoft.graph.recurrenceRange`, nullable.
    pub range: rt::Field<crate::v1::RecurrenceRange>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_role_management)]
impl ::std::default::Default for PatternedRecurrence {
    #[inline]
    fn default() -> Self {
        Self {
            pattern: rt::Field::Absent,
            range: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::Object for PatternedRecurrence {
    const TYPE_NAME: &'static str = "microsoft.graph.patternedRecurrence";
    const KEYS: &'static [&'static str] = &["pattern", "range"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"pattern\":                      ",
        ",\"range\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.patternedRecurrence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "pattern", &self.pattern);
        v.field(1usize, "range", &self.range);
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::object::Members for PatternedRecurrence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.pattern.read_from(r),
            1usize => self.range.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.pattern);
        w.field(1usize, &self.range);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_object!(PatternedRecurrence);
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_setters!(
    PatternedRecurrence { with_pattern pattern : crate ::v1::RecurrencePattern;
    with_range range : crate ::v1::RecurrenceRange; }
);
#[cfg(msgraph_v1_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(PatternedRecurrence);
#[cfg(msgraph_v1_core_or_solutions)]
/// CSDL: `microsoft.graph.phone`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Phone {
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: property `number`: `Edm.String`, nullable.
    pub number: rt::Field<::std::string::String>,
    /// CSDL: property `region`: `Edm.String`, nullable.
    pub region: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.phoneType`, nullable.
    pub type_: rt::Field<crate::v1::PhoneType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_solutions)]
impl ::std::default::Default for Phone {
    #[inline]
    fn default() -> Self {
        Self {
            language: rt::Field::Absent,
            number: rt::Field::Absent,
            region: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::Object for Phone {
    const TYPE_NAME: &'static str = "microsoft.graph.phone";
    const KEYS: &'static [&'static str] = &["language", "number", "region", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"language\":                     ",
        ",\"number\":                       ",
        ",\"region\":                       ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.phone\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "language", &self.language);
        v.field(1usize, "number", &self.number);
        v.field(2usize, "region", &self.region);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::object::Members for Phone {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.language.read_from(r),
            1usize => self.number.read_from(r),
            2usize => self.region.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.language);
        w.field(1usize, &self.number);
        w.field(2usize, &self.region);
        w.field(3usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_object!(Phone);
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_setters!(
    Phone { with_language language : ::std::string::String; with_number number :
    ::std::string::String; with_region region : ::std::string::String; with_type type_ :
    crate ::v1::PhoneType; }
);
#[cfg(msgraph_v1_core_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(Phone);
#[cfg(msgraph_v1_core_or_solutions)]
/// CSDL: `microsoft.graph.phoneType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PhoneType {
    /// `home` (value 0).
    Home,
    /// `business` (value 1).
    Business,
    /// `mobile` (value 2).
    Mobile,
    /// `other` (value 3).
    Other,
    /// `assistant` (value 4).
    Assistant,
    /// `homeFax` (value 5).
    HomeFax,
    /// `businessFax` (value 6).
    BusinessFax,
    /// `otherFax` (value 7).
    OtherFax,
    /// `pager` (value 8).
    Pager,
    /// `radio` (value 9).
    Radio,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_solutions)]
impl rt::StrEnum for PhoneType {
    const TYPE_NAME: &'static str = "microsoft.graph.phoneType";
    const MEMBERS: &'static [&'static str] = &[
        "home",
        "business",
        "mobile",
        "other",
        "assistant",
        "homeFax",
        "businessFax",
        "otherFax",
        "pager",
        "radio",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "home" => Self::Home,
                "business" => Self::Business,
                "mobile" => Self::Mobile,
                "other" => Self::Other,
                "assistant" => Self::Assistant,
                "homeFax" => Self::HomeFax,
                "businessFax" => Self::BusinessFax,
                "otherFax" => Self::OtherFax,
                "pager" => Self::Pager,
                "radio" => Self::Radio,
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
            Self::Home => "home",
            Self::Business => "business",
            Self::Mobile => "mobile",
            Self::Other => "other",
            Self::Assistant => "assistant",
            Self::HomeFax => "homeFax",
            Self::BusinessFax => "businessFax",
            Self::OtherFax => "otherFax",
            Self::Pager => "pager",
            Self::Radio => "radio",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_solutions)]
rt::impl_enum!(PhoneType);
#[cfg(msgraph_v1_core_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhoneType);
#[cfg(msgraph_v1_core_or_education_or_places_or_security_or_solutions)]
/// CSDL: `microsoft.graph.physicalAddress`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-education`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PhysicalAddress {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `postalCode`: `Edm.String`, nullable.
    pub postal_code: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `street`: `Edm.String`, nullable.
    pub street: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_education_or_places_or_security_or_solutions)]
impl ::std::default::Default for PhysicalAddress {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            postal_code: rt::Field::Absent,
            state: rt::Field::Absent,
            street: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_education_or_places_or_security_or_solutions)]
impl rt::Object for PhysicalAddress {
    const TYPE_NAME: &'static str = "microsoft.graph.physicalAddress";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryOrRegion",
        "postalCode",
        "state",
        "street",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryOrRegion\":              ",
        ",\"postalCode\":                   ",
        ",\"state\":                        ",
        ",\"street\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.physicalAddress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_or_region", &self.country_or_region);
        v.field(2usize, "postal_code", &self.postal_code);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "street", &self.street);
    }
}
#[cfg(msgraph_v1_core_or_education_or_places_or_security_or_solutions)]
impl rt::object::Members for PhysicalAddress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_or_region.read_from(r),
            2usize => self.postal_code.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.street.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_or_region);
        w.field(2usize, &self.postal_code);
        w.field(3usize, &self.state);
        w.field(4usize, &self.street);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_education_or_places_or_security_or_solutions)]
rt::impl_object!(PhysicalAddress);
#[cfg(msgraph_v1_core_or_education_or_places_or_security_or_solutions)]
rt::impl_setters!(
    PhysicalAddress { with_city city : ::std::string::String; with_country_or_region
    country_or_region : ::std::string::String; with_postal_code postal_code :
    ::std::string::String; with_state state : ::std::string::String; with_street street :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_education_or_places_or_security_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhysicalAddress);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionSource`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProtectionSource {
    /// `none` (value 0).
    None,
    /// `manual` (value 1).
    Manual,
    /// `dynamicRule` (value 2).
    DynamicRule,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for ProtectionSource {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionSource";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "manual",
        "dynamicRule",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "manual" => Self::Manual,
                "dynamicRule" => Self::DynamicRule,
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
            Self::DynamicRule => "dynamicRule",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(ProtectionSource);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionSource);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionUnitBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ProtectionUnitBasePath`](requests/trait.ProtectionUnitBasePath.html), what a path to one (`EntityPath<AnyProtectionUnitBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct ProtectionUnitBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `offboardRequestedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub offboard_requested_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `policyId`: `Edm.String`, nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `protectionSources`: `microsoft.graph.protectionSource`, not nullable.
    pub protection_sources: rt::Field<rt::Flags<crate::v1::ProtectionSource>>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for ProtectionUnitBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            offboard_requested_date_time: rt::Field::Absent,
            policy_id: rt::Field::Absent,
            protection_sources: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for ProtectionUnitBase {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionUnitBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "offboardRequestedDateTime",
        "policyId",
        "protectionSources",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"offboardRequestedDateTime\":    ",
        ",\"policyId\":                     ",
        ",\"protectionSources\":            ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.protectionUnitBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_modified_by", &self.last_modified_by);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            6usize,
            "offboard_requested_date_time",
            &self.offboard_requested_date_time,
        );
        v.field(7usize, "policy_id", &self.policy_id);
        v.field(8usize, "protection_sources", &self.protection_sources);
        v.field(9usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for ProtectionUnitBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_modified_by.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.offboard_requested_date_time.read_from(r),
            7usize => self.policy_id.read_from(r),
            8usize => self.protection_sources.read_from(r),
            9usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_modified_by);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.offboard_requested_date_time);
        w.field(7usize, &self.policy_id);
        w.field(8usize, &self.protection_sources);
        w.field(9usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(ProtectionUnitBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    ProtectionUnitBase { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_offboard_requested_date_time offboard_requested_date_time :
    rt::edm::DateTimeOffset; with_policy_id policy_id : ::std::string::String;
    with_protection_sources protection_sources : rt::Flags < crate ::v1::ProtectionSource
    >; with_status status : crate ::v1::ProtectionUnitStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionUnitBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.protectionUnitBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyProtectionUnitBase {
    ProtectionUnitBase(::std::boxed::Box<crate::v1::ProtectionUnitBase>),
    DriveProtectionUnit(::std::boxed::Box<crate::v1::DriveProtectionUnit>),
    MailboxProtectionUnit(::std::boxed::Box<crate::v1::MailboxProtectionUnit>),
    SiteProtectionUnit(::std::boxed::Box<crate::v1::SiteProtectionUnit>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyProtectionUnitBase {
    #[inline]
    fn default() -> Self {
        Self::ProtectionUnitBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionUnitBase> for AnyProtectionUnitBase {
    #[inline]
    fn from(v: crate::v1::ProtectionUnitBase) -> Self {
        Self::ProtectionUnitBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveProtectionUnit> for AnyProtectionUnitBase {
    #[inline]
    fn from(v: crate::v1::DriveProtectionUnit) -> Self {
        Self::DriveProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxProtectionUnit> for AnyProtectionUnitBase {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionUnit) -> Self {
        Self::MailboxProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteProtectionUnit> for AnyProtectionUnitBase {
    #[inline]
    fn from(v: crate::v1::SiteProtectionUnit) -> Self {
        Self::SiteProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyProtectionUnitBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyProtectionUnitBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyProtectionUnitBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyProtectionUnitBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyProtectionUnitBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ProtectionUnitBase>();
    rt::object::auto_traits::<crate::v1::DriveProtectionUnit>();
    rt::object::auto_traits::<crate::v1::MailboxProtectionUnit>();
    rt::object::auto_traits::<crate::v1::SiteProtectionUnit>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyProtectionUnitBase {
    const BASE_NAME: &'static str = "microsoft.graph.protectionUnitBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.driveProtectionUnit") => {
                Self::DriveProtectionUnit(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.mailboxProtectionUnit") => {
                Self::MailboxProtectionUnit(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.siteProtectionUnit") => {
                Self::SiteProtectionUnit(rt::object::new_boxed())
            }
            _ => Self::ProtectionUnitBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ProtectionUnitBase(v) => &**v,
            Self::DriveProtectionUnit(v) => &**v,
            Self::MailboxProtectionUnit(v) => &**v,
            Self::SiteProtectionUnit(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ProtectionUnitBase(v) => &mut **v,
            Self::DriveProtectionUnit(v) => &mut **v,
            Self::MailboxProtectionUnit(v) => &mut **v,
            Self::SiteProtectionUnit(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyProtectionUnitBase {
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
            Self::ProtectionUnitBase(v) => &v.id,
            Self::DriveProtectionUnit(v) => &v.id,
            Self::MailboxProtectionUnit(v) => &v.id,
            Self::SiteProtectionUnit(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.id,
            Self::DriveProtectionUnit(v) => &mut v.id,
            Self::MailboxProtectionUnit(v) => &mut v.id,
            Self::SiteProtectionUnit(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitBase(v) => &v.created_by,
            Self::DriveProtectionUnit(v) => &v.created_by,
            Self::MailboxProtectionUnit(v) => &v.created_by,
            Self::SiteProtectionUnit(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.created_by,
            Self::DriveProtectionUnit(v) => &mut v.created_by,
            Self::MailboxProtectionUnit(v) => &mut v.created_by,
            Self::SiteProtectionUnit(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitBase(v) => &v.created_date_time,
            Self::DriveProtectionUnit(v) => &v.created_date_time,
            Self::MailboxProtectionUnit(v) => &v.created_date_time,
            Self::SiteProtectionUnit(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.created_date_time,
            Self::DriveProtectionUnit(v) => &mut v.created_date_time,
            Self::MailboxProtectionUnit(v) => &mut v.created_date_time,
            Self::SiteProtectionUnit(v) => &mut v.created_date_time,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::ProtectionUnitBase(v) => &v.error,
            Self::DriveProtectionUnit(v) => &v.error,
            Self::MailboxProtectionUnit(v) => &v.error,
            Self::SiteProtectionUnit(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.error,
            Self::DriveProtectionUnit(v) => &mut v.error,
            Self::MailboxProtectionUnit(v) => &mut v.error,
            Self::SiteProtectionUnit(v) => &mut v.error,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitBase(v) => &v.last_modified_by,
            Self::DriveProtectionUnit(v) => &v.last_modified_by,
            Self::MailboxProtectionUnit(v) => &v.last_modified_by,
            Self::SiteProtectionUnit(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.last_modified_by,
            Self::DriveProtectionUnit(v) => &mut v.last_modified_by,
            Self::MailboxProtectionUnit(v) => &mut v.last_modified_by,
            Self::SiteProtectionUnit(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitBase(v) => &v.last_modified_date_time,
            Self::DriveProtectionUnit(v) => &v.last_modified_date_time,
            Self::MailboxProtectionUnit(v) => &v.last_modified_date_time,
            Self::SiteProtectionUnit(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.last_modified_date_time,
            Self::DriveProtectionUnit(v) => &mut v.last_modified_date_time,
            Self::MailboxProtectionUnit(v) => &mut v.last_modified_date_time,
            Self::SiteProtectionUnit(v) => &mut v.last_modified_date_time,
        }
    }
    /// `offboardRequestedDateTime` of any variant.
    #[inline]
    pub fn offboard_requested_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitBase(v) => &v.offboard_requested_date_time,
            Self::DriveProtectionUnit(v) => &v.offboard_requested_date_time,
            Self::MailboxProtectionUnit(v) => &v.offboard_requested_date_time,
            Self::SiteProtectionUnit(v) => &v.offboard_requested_date_time,
        }
    }
    /// `offboardRequestedDateTime` of any variant.
    #[inline]
    pub fn offboard_requested_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.offboard_requested_date_time,
            Self::DriveProtectionUnit(v) => &mut v.offboard_requested_date_time,
            Self::MailboxProtectionUnit(v) => &mut v.offboard_requested_date_time,
            Self::SiteProtectionUnit(v) => &mut v.offboard_requested_date_time,
        }
    }
    /// `policyId` of any variant.
    #[inline]
    pub fn policy_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ProtectionUnitBase(v) => &v.policy_id,
            Self::DriveProtectionUnit(v) => &v.policy_id,
            Self::MailboxProtectionUnit(v) => &v.policy_id,
            Self::SiteProtectionUnit(v) => &v.policy_id,
        }
    }
    /// `policyId` of any variant.
    #[inline]
    pub fn policy_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.policy_id,
            Self::DriveProtectionUnit(v) => &mut v.policy_id,
            Self::MailboxProtectionUnit(v) => &mut v.policy_id,
            Self::SiteProtectionUnit(v) => &mut v.policy_id,
        }
    }
    /// `protectionSources` of any variant.
    #[inline]
    pub fn protection_sources(
        &self,
    ) -> &rt::Field<rt::Flags<crate::v1::ProtectionSource>> {
        match self {
            Self::ProtectionUnitBase(v) => &v.protection_sources,
            Self::DriveProtectionUnit(v) => &v.protection_sources,
            Self::MailboxProtectionUnit(v) => &v.protection_sources,
            Self::SiteProtectionUnit(v) => &v.protection_sources,
        }
    }
    /// `protectionSources` of any variant.
    #[inline]
    pub fn protection_sources_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::v1::ProtectionSource>> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.protection_sources,
            Self::DriveProtectionUnit(v) => &mut v.protection_sources,
            Self::MailboxProtectionUnit(v) => &mut v.protection_sources,
            Self::SiteProtectionUnit(v) => &mut v.protection_sources,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ProtectionUnitStatus> {
        match self {
            Self::ProtectionUnitBase(v) => &v.status,
            Self::DriveProtectionUnit(v) => &v.status,
            Self::MailboxProtectionUnit(v) => &v.status,
            Self::SiteProtectionUnit(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::ProtectionUnitStatus> {
        match self {
            Self::ProtectionUnitBase(v) => &mut v.status,
            Self::DriveProtectionUnit(v) => &mut v.status,
            Self::MailboxProtectionUnit(v) => &mut v.status,
            Self::SiteProtectionUnit(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyProtectionUnitBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyProtectionUnitBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.protectionUnitStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProtectionUnitStatus {
    /// `protectRequested` (value 0).
    ProtectRequested,
    /// `protected` (value 1).
    Protected,
    /// `unprotectRequested` (value 2).
    UnprotectRequested,
    /// `unprotected` (value 3).
    Unprotected,
    /// `removeRequested` (value 4).
    RemoveRequested,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `offboardRequested` (value 6).
    OffboardRequested,
    /// `offboarded` (value 7).
    Offboarded,
    /// `cancelOffboardRequested` (value 8).
    CancelOffboardRequested,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for ProtectionUnitStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.protectionUnitStatus";
    const MEMBERS: &'static [&'static str] = &[
        "protectRequested",
        "protected",
        "unprotectRequested",
        "unprotected",
        "removeRequested",
        "unknownFutureValue",
        "offboardRequested",
        "offboarded",
        "cancelOffboardRequested",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "protectRequested" => Self::ProtectRequested,
                "protected" => Self::Protected,
                "unprotectRequested" => Self::UnprotectRequested,
                "unprotected" => Self::Unprotected,
                "removeRequested" => Self::RemoveRequested,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "offboardRequested" => Self::OffboardRequested,
                "offboarded" => Self::Offboarded,
                "cancelOffboardRequested" => Self::CancelOffboardRequested,
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
            Self::ProtectRequested => "protectRequested",
            Self::Protected => "protected",
            Self::UnprotectRequested => "unprotectRequested",
            Self::Unprotected => "unprotected",
            Self::RemoveRequested => "removeRequested",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::OffboardRequested => "offboardRequested",
            Self::Offboarded => "offboarded",
            Self::CancelOffboardRequested => "cancelOffboardRequested",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(ProtectionUnitStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtectionUnitStatus);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.provisionedIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ProvisionedIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `microsoft.graph.detailsInfo`, nullable.
    pub details: rt::Field<crate::v1::DetailsInfo>,
    /// CSDL: property `identityType`: `Edm.String`, nullable.
    pub identity_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ProvisionedIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            details: rt::Field::Absent,
            identity_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ProvisionedIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.provisionedIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "details",
        "identityType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"details\":                      ",
        ",\"identityType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisionedIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "details", &self.details);
        v.field(3usize, "identity_type", &self.identity_type);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ProvisionedIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.details.read_from(r),
            3usize => self.identity_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.details);
        w.field(3usize, &self.identity_type);
    }
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
rt::impl_object!(ProvisionedIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ProvisionedIdentity { with_display_name display_name : ::std::string::String; with_id
    id : ::std::string::String; with_details details : crate ::v1::DetailsInfo;
    with_identity_type identity_type : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisionedIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.provisioningServicePrincipal`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ProvisioningServicePrincipal {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ProvisioningServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ProvisioningServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningServicePrincipal";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningServicePrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ProvisioningServicePrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ProvisioningServicePrincipal);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ProvisioningServicePrincipal { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningServicePrincipal);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.provisioningSystem`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ProvisioningSystem {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `microsoft.graph.detailsInfo`, nullable.
    pub details: rt::Field<crate::v1::DetailsInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ProvisioningSystem {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ProvisioningSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.provisioningSystem";
    const KEYS: &'static [&'static str] = &["displayName", "id", "details"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"details\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.provisioningSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "details", &self.details);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ProvisioningSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.details);
    }
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
rt::impl_object!(ProvisioningSystem);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ProvisioningSystem { with_display_name display_name : ::std::string::String; with_id
    id : ::std::string::String; with_details details : crate ::v1::DetailsInfo; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProvisioningSystem);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.publicError`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct PublicError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.publicErrorDetail)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::PublicErrorDetail>>,
    /// CSDL: property `innerError`: `microsoft.graph.publicInnerError`, nullable.
    pub inner_error: rt::Field<crate::v1::PublicInnerError>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for PublicError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            details: rt::Field::Absent,
            inner_error: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for PublicError {
    const TYPE_NAME: &'static str = "microsoft.graph.publicError";
    const KEYS: &'static [&'static str] = &[
        "code",
        "details",
        "innerError",
        "message",
        "target",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"details\":                      ",
        ",\"innerError\":                   ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "inner_error", &self.inner_error);
        v.field(3usize, "message", &self.message);
        v.field(4usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for PublicError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.inner_error.read_from(r),
            3usize => self.message.read_from(r),
            4usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.details);
        w.field(2usize, &self.inner_error);
        w.field(3usize, &self.message);
        w.field(4usize, &self.target);
    }
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
rt::impl_object!(PublicError);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    PublicError { with_code code : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::v1::PublicErrorDetail >; with_inner_error inner_error :
    crate ::v1::PublicInnerError; with_message message : ::std::string::String;
    with_target target : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicError);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.publicErrorDetail`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct PublicErrorDetail {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for PublicErrorDetail {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for PublicErrorDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.publicErrorDetail";
    const KEYS: &'static [&'static str] = &["code", "message", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicErrorDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for PublicErrorDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
        w.field(2usize, &self.target);
    }
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
rt::impl_object!(PublicErrorDetail);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    PublicErrorDetail { with_code code : ::std::string::String; with_message message :
    ::std::string::String; with_target target : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicErrorDetail);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.publicInnerError`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct PublicInnerError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `details`: `Collection(microsoft.graph.publicErrorDetail)`, nullable.
    pub details: rt::Field<::std::vec::Vec<crate::v1::PublicErrorDetail>>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `target`: `Edm.String`, nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for PublicInnerError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            details: rt::Field::Absent,
            message: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for PublicInnerError {
    const TYPE_NAME: &'static str = "microsoft.graph.publicInnerError";
    const KEYS: &'static [&'static str] = &["code", "details", "message", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"details\":                      ",
        ",\"message\":                      ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.publicInnerError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "details", &self.details);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for PublicInnerError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.details.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.details);
        w.field(2usize, &self.message);
        w.field(3usize, &self.target);
    }
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
rt::impl_object!(PublicInnerError);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    PublicInnerError { with_code code : ::std::string::String; with_details details :
    ::std::vec::Vec < crate ::v1::PublicErrorDetail >; with_message message :
    ::std::string::String; with_target target : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicInnerError);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.recordingInfo`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct RecordingInfo {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `recordingStatus`: `microsoft.graph.recordingStatus`, not nullable.
    pub recording_status: rt::Field<crate::v1::RecordingStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for RecordingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            recording_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for RecordingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.recordingInfo";
    const KEYS: &'static [&'static str] = &["initiator", "recordingStatus"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"recordingStatus\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recordingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "recording_status", &self.recording_status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for RecordingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.recording_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.recording_status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(RecordingInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    RecordingInfo { with_initiator initiator : crate ::v1::AnyIdentitySet;
    with_recording_status recording_status : crate ::v1::RecordingStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordingInfo);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.recordingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecordingStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `notRecording` (value 1).
    NotRecording,
    /// `recording` (value 2).
    Recording,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for RecordingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.recordingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "notRecording",
        "recording",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "notRecording" => Self::NotRecording,
                "recording" => Self::Recording,
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
            Self::NotRecording => "notRecording",
            Self::Recording => "recording",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(RecordingStatus);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordingStatus);
#[cfg(msgraph_v1_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrencePattern`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecurrencePattern {
    /// CSDL: property `dayOfMonth`: `Edm.Int32`, not nullable.
    pub day_of_month: rt::Field<i32>,
    /// CSDL: property `daysOfWeek`: `Collection(microsoft.graph.dayOfWeek)`, nullable.
    pub days_of_week: rt::Field<::std::vec::Vec<crate::v1::DayOfWeek>>,
    /// CSDL: property `firstDayOfWeek`: `microsoft.graph.dayOfWeek`, nullable.
    pub first_day_of_week: rt::Field<crate::v1::DayOfWeek>,
    /// CSDL: property `index`: `microsoft.graph.weekIndex`, nullable.
    pub index: rt::Field<crate::v1::WeekIndex>,
    /// CSDL: property `interval`: `Edm.Int32`, not nullable.
    pub interval: rt::Field<i32>,
    /// CSDL: property `month`: `Edm.Int32`, not nullable.
    pub month: rt::Field<i32>,
    /// CSDL: property `type`: `microsoft.graph.recurrencePatternType`, nullable.
    pub type_: rt::Field<crate::v1::RecurrencePatternType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_role_management)]
impl ::std::default::Default for RecurrencePattern {
    #[inline]
    fn default() -> Self {
        Self {
            day_of_month: rt::Field::Absent,
            days_of_week: rt::Field::Absent,
            first_day_of_week: rt::Field::Absent,
            index: rt::Field::Absent,
            interval: rt::Field::Absent,
            month: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::Object for RecurrencePattern {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrencePattern";
    const KEYS: &'static [&'static str] = &[
        "dayOfMonth",
        "daysOfWeek",
        "firstDayOfWeek",
        "index",
        "interval",
        "month",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dayOfMonth\":                   ",
        ",\"daysOfWeek\":                   ",
        ",\"firstDayOfWeek\":               ",
        ",\"index\":                        ",
        ",\"interval\":                     ",
        ",\"month\":                        ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recurrencePattern\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "day_of_month", &self.day_of_month);
        v.field(1usize, "days_of_week", &self.days_of_week);
        v.field(2usize, "first_day_of_week", &self.first_day_of_week);
        v.field(3usize, "index", &self.index);
        v.field(4usize, "interval", &self.interval);
        v.field(5usize, "month", &self.month);
        v.field(6usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::object::Members for RecurrencePattern {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.day_of_month.read_from(r),
            1usize => self.days_of_week.read_from(r),
            2usize => self.first_day_of_week.read_from(r),
            3usize => self.index.read_from(r),
            4usize => self.interval.read_from(r),
            5usize => self.month.read_from(r),
            6usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.day_of_month);
        w.field(1usize, &self.days_of_week);
        w.field(2usize, &self.first_day_of_week);
        w.field(3usize, &self.index);
        w.field(4usize, &self.interval);
        w.field(5usize, &self.month);
        w.field(6usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_object!(RecurrencePattern);
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_setters!(
    RecurrencePattern { with_day_of_month day_of_month : i32; with_days_of_week
    days_of_week : ::std::vec::Vec < crate ::v1::DayOfWeek >; with_first_day_of_week
    first_day_of_week : crate ::v1::DayOfWeek; with_index index : crate ::v1::WeekIndex;
    with_interval interval : i32; with_month month : i32; with_type type_ : crate
    ::v1::RecurrencePatternType; }
);
#[cfg(msgraph_v1_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrencePattern);
#[cfg(msgraph_v1_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrencePatternType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecurrencePatternType {
    /// `daily` (value 0).
    Daily,
    /// `weekly` (value 1).
    Weekly,
    /// `absoluteMonthly` (value 2).
    AbsoluteMonthly,
    /// `relativeMonthly` (value 3).
    RelativeMonthly,
    /// `absoluteYearly` (value 4).
    AbsoluteYearly,
    /// `relativeYearly` (value 5).
    RelativeYearly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::StrEnum for RecurrencePatternType {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrencePatternType";
    const MEMBERS: &'static [&'static str] = &[
        "daily",
        "weekly",
        "absoluteMonthly",
        "relativeMonthly",
        "absoluteYearly",
        "relativeYearly",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "daily" => Self::Daily,
                "weekly" => Self::Weekly,
                "absoluteMonthly" => Self::AbsoluteMonthly,
                "relativeMonthly" => Self::RelativeMonthly,
                "absoluteYearly" => Self::AbsoluteYearly,
                "relativeYearly" => Self::RelativeYearly,
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
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::AbsoluteMonthly => "absoluteMonthly",
            Self::RelativeMonthly => "relativeMonthly",
            Self::AbsoluteYearly => "absoluteYearly",
            Self::RelativeYearly => "relativeYearly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_enum!(RecurrencePatternType);
#[cfg(msgraph_v1_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrencePatternType);
#[cfg(msgraph_v1_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrenceRange`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecurrenceRange {
    /// CSDL: property `endDate`: `Edm.Date`, nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `numberOfOccurrences`: `Edm.Int32`, not nullable.
    pub number_of_occurrences: rt::Field<i32>,
    /// CSDL: property `recurrenceTimeZone`: `Edm.String`, nullable.
    pub recurrence_time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `startDate`: `Edm.Date`, nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `type`: `microsoft.graph.recurrenceRangeType`, nullable.
    pub type_: rt::Field<crate::v1::RecurrenceRangeType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_role_management)]
impl ::std::default::Default for RecurrenceRange {
    #[inline]
    fn default() -> Self {
        Self {
            end_date: rt::Field::Absent,
            number_of_occurrences: rt::Field::Absent,
            recurrence_time_zone: rt::Field::Absent,
            start_date: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::Object for RecurrenceRange {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrenceRange";
    const KEYS: &'static [&'static str] = &[
        "endDate",
        "numberOfOccurrences",
        "recurrenceTimeZone",
        "startDate",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDate\":                      ",
        ",\"numberOfOccurrences\":          ",
        ",\"recurrenceTimeZone\":           ",
        ",\"startDate\":                    ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recurrenceRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date", &self.end_date);
        v.field(1usize, "number_of_occurrences", &self.number_of_occurrences);
        v.field(2usize, "recurrence_time_zone", &self.recurrence_time_zone);
        v.field(3usize, "start_date", &self.start_date);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::object::Members for RecurrenceRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date.read_from(r),
            1usize => self.number_of_occurrences.read_from(r),
            2usize => self.recurrence_time_zone.read_from(r),
            3usize => self.start_date.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date);
        w.field(1usize, &self.number_of_occurrences);
        w.field(2usize, &self.recurrence_time_zone);
        w.field(3usize, &self.start_date);
        w.field(4usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_object!(RecurrenceRange);
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_setters!(
    RecurrenceRange { with_end_date end_date : rt::edm::Date; with_number_of_occurrences
    number_of_occurrences : i32; with_recurrence_time_zone recurrence_time_zone :
    ::std::string::String; with_start_date start_date : rt::edm::Date; with_type type_ :
    crate ::v1::RecurrenceRangeType; }
);
#[cfg(msgraph_v1_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrenceRange);
#[cfg(msgraph_v1_core_or_role_management)]
/// CSDL: `microsoft.graph.recurrenceRangeType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RecurrenceRangeType {
    /// `endDate` (value 0).
    EndDate,
    /// `noEnd` (value 1).
    NoEnd,
    /// `numbered` (value 2).
    Numbered,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::StrEnum for RecurrenceRangeType {
    const TYPE_NAME: &'static str = "microsoft.graph.recurrenceRangeType";
    const MEMBERS: &'static [&'static str] = &["endDate", "noEnd", "numbered"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "endDate" => Self::EndDate,
                "noEnd" => Self::NoEnd,
                "numbered" => Self::Numbered,
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
            Self::EndDate => "endDate",
            Self::NoEnd => "noEnd",
            Self::Numbered => "numbered",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_enum!(RecurrenceRangeType);
#[cfg(msgraph_v1_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecurrenceRangeType);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.removedState`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct RemovedState {
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for RemovedState {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for RemovedState {
    const TYPE_NAME: &'static str = "microsoft.graph.removedState";
    const KEYS: &'static [&'static str] = &["reason"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reason\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.removedState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for RemovedState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reason);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(RemovedState);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(RemovedState { with_reason reason : ::std::string::String; });
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemovedState);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.responseStatus`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResponseStatus {
    /// CSDL: property `response`: `microsoft.graph.responseType`, nullable.
    pub response: rt::Field<crate::v1::ResponseType>,
    /// CSDL: property `time`: `Edm.DateTimeOffset`, nullable.
    pub time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for ResponseStatus {
    #[inline]
    fn default() -> Self {
        Self {
            response: rt::Field::Absent,
            time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Object for ResponseStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.responseStatus";
    const KEYS: &'static [&'static str] = &["response", "time"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"response\":                     ",
        ",\"time\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.responseStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "response", &self.response);
        v.field(1usize, "time", &self.time);
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::object::Members for ResponseStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.response.read_from(r),
            1usize => self.time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.response);
        w.field(1usize, &self.time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_object!(ResponseStatus);
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_setters!(
    ResponseStatus { with_response response : crate ::v1::ResponseType; with_time time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponseStatus);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.responseType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResponseType {
    /// `none` (value 0).
    None,
    /// `organizer` (value 1).
    Organizer,
    /// `tentativelyAccepted` (value 2).
    TentativelyAccepted,
    /// `accepted` (value 3).
    Accepted,
    /// `declined` (value 4).
    Declined,
    /// `notResponded` (value 5).
    NotResponded,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::StrEnum for ResponseType {
    const TYPE_NAME: &'static str = "microsoft.graph.responseType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "organizer",
        "tentativelyAccepted",
        "accepted",
        "declined",
        "notResponded",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "organizer" => Self::Organizer,
                "tentativelyAccepted" => Self::TentativelyAccepted,
                "accepted" => Self::Accepted,
                "declined" => Self::Declined,
                "notResponded" => Self::NotResponded,
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
            Self::Organizer => "organizer",
            Self::TentativelyAccepted => "tentativelyAccepted",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::NotResponded => "notResponded",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_enum!(ResponseType);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResponseType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restorePoint`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RestorePointPath`](requests/trait.RestorePointPath.html), what a path to one (`EntityPath<RestorePoint, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestorePoint {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub protection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `tags`: `microsoft.graph.restorePointTags`, nullable.
    pub tags: rt::Field<rt::Flags<crate::v1::RestorePointTags>>,
    /// CSDL: navigation property `protectionUnit`: `microsoft.graph.protectionUnitBase`, nullable.
    pub protection_unit: rt::Field<crate::v1::AnyProtectionUnitBase>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestorePoint {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            protection_date_time: rt::Field::Absent,
            tags: rt::Field::Absent,
            protection_unit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestorePoint {
    const TYPE_NAME: &'static str = "microsoft.graph.restorePoint";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "protectionDateTime",
        "tags",
        "protectionUnit",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"protectionDateTime\":           ",
        ",\"tags\":                         ",
        ",\"protectionUnit\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restorePoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "protection_date_time", &self.protection_date_time);
        v.field(3usize, "tags", &self.tags);
        v.field(4usize, "protection_unit", &self.protection_unit);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestorePoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.protection_date_time.read_from(r),
            3usize => self.tags.read_from(r),
            4usize => self.protection_unit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.protection_date_time);
        w.field(3usize, &self.tags);
        w.field(4usize, &self.protection_unit);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(RestorePoint);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestorePoint { with_id id : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_protection_date_time
    protection_date_time : rt::edm::DateTimeOffset; with_tags tags : rt::Flags < crate
    ::v1::RestorePointTags >; with_protection_unit protection_unit : crate
    ::v1::AnyProtectionUnitBase; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorePoint);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restorePointTags`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestorePointTags {
    /// `none` (value 0).
    None,
    /// `fastRestore` (value 1).
    FastRestore,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for RestorePointTags {
    const TYPE_NAME: &'static str = "microsoft.graph.restorePointTags";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "fastRestore",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "fastRestore" => Self::FastRestore,
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
            Self::FastRestore => "fastRestore",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(RestorePointTags);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorePointTags);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.restrictAccessAction`, complex type, derived from `microsoft.graph.restrictAccessActionBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RestrictAccessAction {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::v1::DlpAction>,
    /// CSDL: property `restrictionAction`: `microsoft.graph.restrictionAction`, nullable.
    pub restriction_action: rt::Field<crate::v1::RestrictionAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for RestrictAccessAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            restriction_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for RestrictAccessAction {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictAccessAction";
    const KEYS: &'static [&'static str] = &["action", "restrictionAction"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"restrictionAction\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restrictAccessAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "restriction_action", &self.restriction_action);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for RestrictAccessAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.restriction_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.restriction_action);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(RestrictAccessAction);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    RestrictAccessAction { with_action action : crate ::v1::DlpAction;
    with_restriction_action restriction_action : crate ::v1::RestrictionAction; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictAccessAction);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.restrictAccessActionBase`, complex type, derived from `microsoft.graph.dlpActionInfo`, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RestrictAccessActionBase {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::v1::DlpAction>,
    /// CSDL: property `restrictionAction`: `microsoft.graph.restrictionAction`, nullable.
    pub restriction_action: rt::Field<crate::v1::RestrictionAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for RestrictAccessActionBase {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            restriction_action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for RestrictAccessActionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictAccessActionBase";
    const KEYS: &'static [&'static str] = &["action", "restrictionAction"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"restrictionAction\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restrictAccessActionBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "restriction_action", &self.restriction_action);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for RestrictAccessActionBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.restriction_action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.restriction_action);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(RestrictAccessActionBase);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    RestrictAccessActionBase { with_action action : crate ::v1::DlpAction;
    with_restriction_action restriction_action : crate ::v1::RestrictionAction; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictAccessActionBase);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.restrictAccessActionBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRestrictAccessActionBase {
    RestrictAccessActionBase(::std::boxed::Box<crate::v1::RestrictAccessActionBase>),
    RestrictAccessAction(::std::boxed::Box<crate::v1::RestrictAccessAction>),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyRestrictAccessActionBase {
    #[inline]
    fn default() -> Self {
        Self::RestrictAccessActionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestrictAccessActionBase>
for AnyRestrictAccessActionBase {
    #[inline]
    fn from(v: crate::v1::RestrictAccessActionBase) -> Self {
        Self::RestrictAccessActionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestrictAccessAction>
for AnyRestrictAccessActionBase {
    #[inline]
    fn from(v: crate::v1::RestrictAccessAction) -> Self {
        Self::RestrictAccessAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyRestrictAccessActionBase {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyRestrictAccessActionBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyRestrictAccessActionBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyRestrictAccessActionBase {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyRestrictAccessActionBase {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RestrictAccessActionBase>();
    rt::object::auto_traits::<crate::v1::RestrictAccessAction>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyRestrictAccessActionBase {
    const BASE_NAME: &'static str = "microsoft.graph.restrictAccessActionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.restrictAccessAction") => {
                Self::RestrictAccessAction(rt::object::new_boxed())
            }
            _ => Self::RestrictAccessActionBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RestrictAccessActionBase(v) => &**v,
            Self::RestrictAccessAction(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RestrictAccessActionBase(v) => &mut **v,
            Self::RestrictAccessAction(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyRestrictAccessActionBase {
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
    /// `action` of any variant.
    #[inline]
    pub fn action(&self) -> &rt::Field<crate::v1::DlpAction> {
        match self {
            Self::RestrictAccessActionBase(v) => &v.action,
            Self::RestrictAccessAction(v) => &v.action,
        }
    }
    /// `action` of any variant.
    #[inline]
    pub fn action_mut(&mut self) -> &mut rt::Field<crate::v1::DlpAction> {
        match self {
            Self::RestrictAccessActionBase(v) => &mut v.action,
            Self::RestrictAccessAction(v) => &mut v.action,
        }
    }
    /// `restrictionAction` of any variant.
    #[inline]
    pub fn restriction_action(&self) -> &rt::Field<crate::v1::RestrictionAction> {
        match self {
            Self::RestrictAccessActionBase(v) => &v.restriction_action,
            Self::RestrictAccessAction(v) => &v.restriction_action,
        }
    }
    /// `restrictionAction` of any variant.
    #[inline]
    pub fn restriction_action_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::RestrictionAction> {
        match self {
            Self::RestrictAccessActionBase(v) => &mut v.restriction_action,
            Self::RestrictAccessAction(v) => &mut v.restriction_action,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyRestrictAccessActionBase);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRestrictAccessActionBase);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.restrictionAction`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestrictionAction {
    /// `warn` (value 0).
    Warn,
    /// `audit` (value 1).
    Audit,
    /// `block` (value 2).
    Block,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for RestrictionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.restrictionAction";
    const MEMBERS: &'static [&'static str] = &["warn", "audit", "block"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "warn" => Self::Warn,
                "audit" => Self::Audit,
                "block" => Self::Block,
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
            Self::Warn => "warn",
            Self::Audit => "audit",
            Self::Block => "block",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(RestrictionAction);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictionAction);
#[cfg(msgraph_v1_communications_or_search_or_security)]
/// CSDL: `microsoft.graph.resultInfo`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ResultInfo {
    /// CSDL: property `code`: `Edm.Int32`, not nullable.
    pub code: rt::Field<i32>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `subcode`: `Edm.Int32`, not nullable.
    pub subcode: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search_or_security)]
impl ::std::default::Default for ResultInfo {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            subcode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search_or_security)]
impl rt::Object for ResultInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.resultInfo";
    const KEYS: &'static [&'static str] = &["code", "message", "subcode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
        ",\"subcode\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resultInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "subcode", &self.subcode);
    }
}
#[cfg(msgraph_v1_communications_or_search_or_security)]
impl rt::object::Members for ResultInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.subcode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
        w.field(2usize, &self.subcode);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search_or_security)]
rt::impl_object!(ResultInfo);
#[cfg(msgraph_v1_communications_or_search_or_security)]
rt::impl_setters!(
    ResultInfo { with_code code : i32; with_message message : ::std::string::String;
    with_subcode subcode : i32; }
);
#[cfg(msgraph_v1_communications_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultInfo);
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskDetail`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskDetail {
    /// `none` (value 0).
    None,
    /// `adminGeneratedTemporaryPassword` (value 1).
    AdminGeneratedTemporaryPassword,
    /// `userPerformedSecuredPasswordChange` (value 2).
    UserPerformedSecuredPasswordChange,
    /// `userPerformedSecuredPasswordReset` (value 3).
    UserPerformedSecuredPasswordReset,
    /// `adminConfirmedSigninSafe` (value 4).
    AdminConfirmedSigninSafe,
    /// `aiConfirmedSigninSafe` (value 5).
    AiConfirmedSigninSafe,
    /// `userPassedMFADrivenByRiskBasedPolicy` (value 6).
    UserPassedMfaDrivenByRiskBasedPolicy,
    /// `adminDismissedAllRiskForUser` (value 7).
    AdminDismissedAllRiskForUser,
    /// `adminConfirmedSigninCompromised` (value 8).
    AdminConfirmedSigninCompromised,
    /// `hidden` (value 9).
    Hidden,
    /// `adminConfirmedUserCompromised` (value 10).
    AdminConfirmedUserCompromised,
    /// `unknownFutureValue` (value 11).
    UnknownFutureValue,
    /// `m365DAdminDismissedDetection` (value 12).
    M365DAdminDismissedDetection,
    /// `adminConfirmedServicePrincipalCompromised` (value 13).
    AdminConfirmedServicePrincipalCompromised,
    /// `adminDismissedAllRiskForServicePrincipal` (value 14).
    AdminDismissedAllRiskForServicePrincipal,
    /// `userChangedPasswordOnPremises` (value 15).
    UserChangedPasswordOnPremises,
    /// `adminDismissedRiskForSignIn` (value 16).
    AdminDismissedRiskForSignIn,
    /// `adminConfirmedAccountSafe` (value 17).
    AdminConfirmedAccountSafe,
    /// `microsoftRevokedSessions` (value 18).
    MicrosoftRevokedSessions,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
impl rt::StrEnum for RiskDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.riskDetail";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "adminGeneratedTemporaryPassword",
        "userPerformedSecuredPasswordChange",
        "userPerformedSecuredPasswordReset",
        "adminConfirmedSigninSafe",
        "aiConfirmedSigninSafe",
        "userPassedMFADrivenByRiskBasedPolicy",
        "adminDismissedAllRiskForUser",
        "adminConfirmedSigninCompromised",
        "hidden",
        "adminConfirmedUserCompromised",
        "unknownFutureValue",
        "m365DAdminDismissedDetection",
        "adminConfirmedServicePrincipalCompromised",
        "adminDismissedAllRiskForServicePrincipal",
        "userChangedPasswordOnPremises",
        "adminDismissedRiskForSignIn",
        "adminConfirmedAccountSafe",
        "microsoftRevokedSessions",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "adminGeneratedTemporaryPassword" => {
                    Self::AdminGeneratedTemporaryPassword
                }
                "userPerformedSecuredPasswordChange" => {
                    Self::UserPerformedSecuredPasswordChange
                }
                "userPerformedSecuredPasswordReset" => {
                    Self::UserPerformedSecuredPasswordReset
                }
                "adminConfirmedSigninSafe" => Self::AdminConfirmedSigninSafe,
                "aiConfirmedSigninSafe" => Self::AiConfirmedSigninSafe,
                "userPassedMFADrivenByRiskBasedPolicy" => {
                    Self::UserPassedMfaDrivenByRiskBasedPolicy
                }
                "adminDismissedAllRiskForUser" => Self::AdminDismissedAllRiskForUser,
                "adminConfirmedSigninCompromised" => {
                    Self::AdminConfirmedSigninCompromised
                }
                "hidden" => Self::Hidden,
                "adminConfirmedUserCompromised" => Self::AdminConfirmedUserCompromised,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "m365DAdminDismissedDetection" => Self::M365DAdminDismissedDetection,
                "adminConfirmedServicePrincipalCompromised" => {
                    Self::AdminConfirmedServicePrincipalCompromised
                }
                "adminDismissedAllRiskForServicePrincipal" => {
                    Self::AdminDismissedAllRiskForServicePrincipal
                }
                "userChangedPasswordOnPremises" => Self::UserChangedPasswordOnPremises,
                "adminDismissedRiskForSignIn" => Self::AdminDismissedRiskForSignIn,
                "adminConfirmedAccountSafe" => Self::AdminConfirmedAccountSafe,
                "microsoftRevokedSessions" => Self::MicrosoftRevokedSessions,
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
            Self::AdminGeneratedTemporaryPassword => "adminGeneratedTemporaryPassword",
            Self::UserPerformedSecuredPasswordChange => {
                "userPerformedSecuredPasswordChange"
            }
            Self::UserPerformedSecuredPasswordReset => {
                "userPerformedSecuredPasswordReset"
            }
            Self::AdminConfirmedSigninSafe => "adminConfirmedSigninSafe",
            Self::AiConfirmedSigninSafe => "aiConfirmedSigninSafe",
            Self::UserPassedMfaDrivenByRiskBasedPolicy => {
                "userPassedMFADrivenByRiskBasedPolicy"
            }
            Self::AdminDismissedAllRiskForUser => "adminDismissedAllRiskForUser",
            Self::AdminConfirmedSigninCompromised => "adminConfirmedSigninCompromised",
            Self::Hidden => "hidden",
            Self::AdminConfirmedUserCompromised => "adminConfirmedUserCompromised",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::M365DAdminDismissedDetection => "m365DAdminDismissedDetection",
            Self::AdminConfirmedServicePrincipalCompromised => {
                "adminConfirmedServicePrincipalCompromised"
            }
            Self::AdminDismissedAllRiskForServicePrincipal => {
                "adminDismissedAllRiskForServicePrincipal"
            }
            Self::UserChangedPasswordOnPremises => "userChangedPasswordOnPremises",
            Self::AdminDismissedRiskForSignIn => "adminDismissedRiskForSignIn",
            Self::AdminConfirmedAccountSafe => "adminConfirmedAccountSafe",
            Self::MicrosoftRevokedSessions => "microsoftRevokedSessions",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
rt::impl_enum!(RiskDetail);
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskDetail);
#[cfg(msgraph_v1_audit_logs_or_identity_or_identity_protection_and_2_more)]
/// CSDL: `microsoft.graph.riskLevel`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-identity`, `v1-identity-protection`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskLevel {
    /// `low` (value 0).
    Low,
    /// `medium` (value 1).
    Medium,
    /// `high` (value 2).
    High,
    /// `hidden` (value 3).
    Hidden,
    /// `none` (value 4).
    None,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_identity_or_identity_protection_and_2_more)]
impl rt::StrEnum for RiskLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.riskLevel";
    const MEMBERS: &'static [&'static str] = &[
        "low",
        "medium",
        "high",
        "hidden",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "hidden" => Self::Hidden,
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
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Hidden => "hidden",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_identity_or_identity_protection_and_2_more)]
rt::impl_enum!(RiskLevel);
#[cfg(msgraph_v1_audit_logs_or_identity_or_identity_protection_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskLevel);
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskState`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskState {
    /// `none` (value 0).
    None,
    /// `confirmedSafe` (value 1).
    ConfirmedSafe,
    /// `remediated` (value 2).
    Remediated,
    /// `dismissed` (value 3).
    Dismissed,
    /// `atRisk` (value 4).
    AtRisk,
    /// `confirmedCompromised` (value 5).
    ConfirmedCompromised,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
impl rt::StrEnum for RiskState {
    const TYPE_NAME: &'static str = "microsoft.graph.riskState";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "confirmedSafe",
        "remediated",
        "dismissed",
        "atRisk",
        "confirmedCompromised",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "confirmedSafe" => Self::ConfirmedSafe,
                "remediated" => Self::Remediated,
                "dismissed" => Self::Dismissed,
                "atRisk" => Self::AtRisk,
                "confirmedCompromised" => Self::ConfirmedCompromised,
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
            Self::ConfirmedSafe => "confirmedSafe",
            Self::Remediated => "remediated",
            Self::Dismissed => "dismissed",
            Self::AtRisk => "atRisk",
            Self::ConfirmedCompromised => "confirmedCompromised",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
rt::impl_enum!(RiskState);
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskState);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.securityVendorInformation`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityVendorInformation {
    /// CSDL: property `provider`: `Edm.String`, nullable.
    pub provider: rt::Field<::std::string::String>,
    /// CSDL: property `providerVersion`: `Edm.String`, nullable.
    pub provider_version: rt::Field<::std::string::String>,
    /// CSDL: property `subProvider`: `Edm.String`, nullable.
    pub sub_provider: rt::Field<::std::string::String>,
    /// CSDL: property `vendor`: `Edm.String`, nullable.
    pub vendor: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityVendorInformation {
    #[inline]
    fn default() -> Self {
        Self {
            provider: rt::Field::Absent,
            provider_version: rt::Field::Absent,
            sub_provider: rt::Field::Absent,
            vendor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityVendorInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.securityVendorInformation";
    const KEYS: &'static [&'static str] = &[
        "provider",
        "providerVersion",
        "subProvider",
        "vendor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"provider\":                     ",
        ",\"providerVersion\":              ",
        ",\"subProvider\":                  ",
        ",\"vendor\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.securityVendorInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "provider", &self.provider);
        v.field(1usize, "provider_version", &self.provider_version);
        v.field(2usize, "sub_provider", &self.sub_provider);
        v.field(3usize, "vendor", &self.vendor);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityVendorInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.provider.read_from(r),
            1usize => self.provider_version.read_from(r),
            2usize => self.sub_provider.read_from(r),
            3usize => self.vendor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.provider);
        w.field(1usize, &self.provider_version);
        w.field(2usize, &self.sub_provider);
        w.field(3usize, &self.vendor);
    }
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
rt::impl_object!(SecurityVendorInformation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityVendorInformation { with_provider provider : ::std::string::String;
    with_provider_version provider_version : ::std::string::String; with_sub_provider
    sub_provider : ::std::string::String; with_vendor vendor : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityVendorInformation);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.sensitivityLabel`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SensitivityLabelPath`](requests/trait.SensitivityLabelPath.html), what a path to one (`EntityPath<SensitivityLabel, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SensitivityLabel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actionSource`: `microsoft.graph.labelActionSource`, nullable.
    pub action_source: rt::Field<crate::v1::LabelActionSource>,
    /// CSDL: property `autoTooltip`: `Edm.String`, nullable.
    pub auto_tooltip: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `hasProtection`: `Edm.Boolean`, nullable.
    pub has_protection: rt::Field<bool>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isEndpointProtectionEnabled`: `Edm.Boolean`, nullable.
    pub is_endpoint_protection_enabled: rt::Field<bool>,
    /// CSDL: property `isScopedToUser`: `Edm.Boolean`, nullable.
    pub is_scoped_to_user: rt::Field<bool>,
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `priority`: `Edm.Int32`, nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `toolTip`: `Edm.String`, nullable.
    pub tool_tip: rt::Field<::std::string::String>,
    /// CSDL: navigation property `rights`: `microsoft.graph.usageRightsIncluded`, nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    pub rights: rt::Field<crate::v1::UsageRightsIncluded>,
    /// CSDL: containment navigation property `sublabels`: `Collection(microsoft.graph.sensitivityLabel)`, not nullable.
    pub sublabels: rt::Field<::std::vec::Vec<crate::v1::SensitivityLabel>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for SensitivityLabel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_source: rt::Field::Absent,
            auto_tooltip: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            has_protection: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_endpoint_protection_enabled: rt::Field::Absent,
            is_scoped_to_user: rt::Field::Absent,
            locale: rt::Field::Absent,
            name: rt::Field::Absent,
            priority: rt::Field::Absent,
            tool_tip: rt::Field::Absent,
            #[cfg(msgraph_v1_search)]
            rights: rt::Field::Absent,
            sublabels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for SensitivityLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.sensitivityLabel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionSource",
        "autoTooltip",
        "description",
        "displayName",
        "hasProtection",
        "isDefault",
        "isEndpointProtectionEnabled",
        "isScopedToUser",
        "locale",
        "name",
        "priority",
        "toolTip",
        "rights",
        "sublabels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionSource\":                 ",
        ",\"autoTooltip\":                  ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"hasProtection\":                ",
        ",\"isDefault\":                    ",
        ",\"isEndpointProtectionEnabled\":  ",
        ",\"isScopedToUser\":               ",
        ",\"locale\":                       ",
        ",\"name\":                         ",
        ",\"priority\":                     ",
        ",\"toolTip\":                      ",
        ",\"rights\":                       ",
        ",\"sublabels\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sensitivityLabel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_source", &self.action_source);
        v.field(2usize, "auto_tooltip", &self.auto_tooltip);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "has_protection", &self.has_protection);
        v.field(6usize, "is_default", &self.is_default);
        v.field(
            7usize,
            "is_endpoint_protection_enabled",
            &self.is_endpoint_protection_enabled,
        );
        v.field(8usize, "is_scoped_to_user", &self.is_scoped_to_user);
        v.field(9usize, "locale", &self.locale);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "priority", &self.priority);
        v.field(12usize, "tool_tip", &self.tool_tip);
        #[cfg(msgraph_v1_search)] v.field(13usize, "rights", &self.rights);
        v.field(14usize, "sublabels", &self.sublabels);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for SensitivityLabel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_source.read_from(r),
            2usize => self.auto_tooltip.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.has_protection.read_from(r),
            6usize => self.is_default.read_from(r),
            7usize => self.is_endpoint_protection_enabled.read_from(r),
            8usize => self.is_scoped_to_user.read_from(r),
            9usize => self.locale.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.priority.read_from(r),
            12usize => self.tool_tip.read_from(r),
            #[cfg(msgraph_v1_search)]
            13usize => self.rights.read_from(r),
            14usize => self.sublabels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_source);
        w.field(2usize, &self.auto_tooltip);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.has_protection);
        w.field(6usize, &self.is_default);
        w.field(7usize, &self.is_endpoint_protection_enabled);
        w.field(8usize, &self.is_scoped_to_user);
        w.field(9usize, &self.locale);
        w.field(10usize, &self.name);
        w.field(11usize, &self.priority);
        w.field(12usize, &self.tool_tip);
        #[cfg(msgraph_v1_search)] w.field(13usize, &self.rights);
        w.field(14usize, &self.sublabels);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(SensitivityLabel);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    SensitivityLabel { with_id id : ::std::string::String; with_action_source
    action_source : crate ::v1::LabelActionSource; with_auto_tooltip auto_tooltip :
    ::std::string::String; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_has_protection
    has_protection : bool; with_is_default is_default : bool;
    with_is_endpoint_protection_enabled is_endpoint_protection_enabled : bool;
    with_is_scoped_to_user is_scoped_to_user : bool; with_locale locale :
    ::std::string::String; with_name name : ::std::string::String; with_priority priority
    : i32; with_tool_tip tool_tip : ::std::string::String; #[cfg(msgraph_v1_search)]
    with_rights rights : crate ::v1::UsageRightsIncluded; with_sublabels sublabels :
    ::std::vec::Vec < crate ::v1::SensitivityLabel >; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabel);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.serverProcessedContent`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServerProcessedContent {
    /// CSDL: property `htmlStrings`: `Collection(microsoft.graph.metaDataKeyStringPair)`, nullable.
    pub html_strings: rt::Field<::std::vec::Vec<crate::v1::MetaDataKeyStringPair>>,
    /// CSDL: property `imageSources`: `Collection(microsoft.graph.metaDataKeyStringPair)`, nullable.
    pub image_sources: rt::Field<::std::vec::Vec<crate::v1::MetaDataKeyStringPair>>,
    /// CSDL: property `links`: `Collection(microsoft.graph.metaDataKeyStringPair)`, nullable.
    pub links: rt::Field<::std::vec::Vec<crate::v1::MetaDataKeyStringPair>>,
    /// CSDL: property `searchablePlainTexts`: `Collection(microsoft.graph.metaDataKeyStringPair)`, nullable.
    pub searchable_plain_texts: rt::Field<
        ::std::vec::Vec<crate::v1::MetaDataKeyStringPair>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for ServerProcessedContent {
    #[inline]
    fn default() -> Self {
        Self {
            html_strings: rt::Field::Absent,
            image_sources: rt::Field::Absent,
            links: rt::Field::Absent,
            searchable_plain_texts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for ServerProcessedContent {
    const TYPE_NAME: &'static str = "microsoft.graph.serverProcessedContent";
    const KEYS: &'static [&'static str] = &[
        "htmlStrings",
        "imageSources",
        "links",
        "searchablePlainTexts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"htmlStrings\":                  ",
        ",\"imageSources\":                 ",
        ",\"links\":                        ",
        ",\"searchablePlainTexts\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.serverProcessedContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "html_strings", &self.html_strings);
        v.field(1usize, "image_sources", &self.image_sources);
        v.field(2usize, "links", &self.links);
        v.field(3usize, "searchable_plain_texts", &self.searchable_plain_texts);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for ServerProcessedContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.html_strings.read_from(r),
            1usize => self.image_sources.read_from(r),
            2usize => self.links.read_from(r),
            3usize => self.searchable_plain_texts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.html_strings);
        w.field(1usize, &self.image_sources);
        w.field(2usize, &self.links);
        w.field(3usize, &self.searchable_plain_texts);
    }
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
rt::impl_object!(ServerProcessedContent);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    ServerProcessedContent { with_html_strings html_strings : ::std::vec::Vec < crate
    ::v1::MetaDataKeyStringPair >; with_image_sources image_sources : ::std::vec::Vec <
    crate ::v1::MetaDataKeyStringPair >; with_links links : ::std::vec::Vec < crate
    ::v1::MetaDataKeyStringPair >; with_searchable_plain_texts searchable_plain_texts :
    ::std::vec::Vec < crate ::v1::MetaDataKeyStringPair >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServerProcessedContent);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.servicePrincipalIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ServicePrincipalIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ServicePrincipalIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ServicePrincipalIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePrincipalIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "appId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"appId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.servicePrincipalIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "app_id", &self.app_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ServicePrincipalIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.app_id);
    }
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
rt::impl_object!(ServicePrincipalIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ServicePrincipalIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_app_id app_id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.sharePointGroupIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct SharePointGroupIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for SharePointGroupIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for SharePointGroupIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointGroupIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "principalId", "title"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"principalId\":                  ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointGroupIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "principal_id", &self.principal_id);
        v.field(3usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for SharePointGroupIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.principal_id.read_from(r),
            3usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.principal_id);
        w.field(3usize, &self.title);
    }
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
rt::impl_object!(SharePointGroupIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    SharePointGroupIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_principal_id principal_id :
    ::std::string::String; with_title title : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointGroupIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.sharePointIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct SharePointIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `loginName`: `Edm.String`, nullable.
    pub login_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for SharePointIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            login_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for SharePointIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "loginName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"loginName\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "login_name", &self.login_name);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for SharePointIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.login_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.login_name);
    }
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
rt::impl_object!(SharePointIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    SharePointIdentity { with_display_name display_name : ::std::string::String; with_id
    id : ::std::string::String; with_login_name login_name : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.sharePointIdentitySet`, complex type, derived from `microsoft.graph.identitySet`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct SharePointIdentitySet {
    /// CSDL: property `application`: `microsoft.graph.identity`, nullable.
    pub application: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `device`: `microsoft.graph.identity`, nullable.
    pub device: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `user`: `microsoft.graph.identity`, nullable.
    pub user: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `group`: `microsoft.graph.identity`, nullable.
    pub group: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `sharePointGroup`: `microsoft.graph.sharePointGroupIdentity`, nullable.
    pub share_point_group: rt::Field<crate::v1::SharePointGroupIdentity>,
    /// CSDL: property `siteGroup`: `microsoft.graph.sharePointIdentity`, nullable.
    pub site_group: rt::Field<crate::v1::SharePointIdentity>,
    /// CSDL: property `siteUser`: `microsoft.graph.sharePointIdentity`, nullable.
    pub site_user: rt::Field<crate::v1::SharePointIdentity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for SharePointIdentitySet {
    #[inline]
    fn default() -> Self {
        Self {
            application: rt::Field::Absent,
            device: rt::Field::Absent,
            user: rt::Field::Absent,
            group: rt::Field::Absent,
            share_point_group: rt::Field::Absent,
            site_group: rt::Field::Absent,
            site_user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for SharePointIdentitySet {
    const TYPE_NAME: &'static str = "microsoft.graph.sharePointIdentitySet";
    const KEYS: &'static [&'static str] = &[
        "application",
        "device",
        "user",
        "group",
        "sharePointGroup",
        "siteGroup",
        "siteUser",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"application\":                  ",
        ",\"device\":                       ",
        ",\"user\":                         ",
        ",\"group\":                        ",
        ",\"sharePointGroup\":              ",
        ",\"siteGroup\":                    ",
        ",\"siteUser\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharePointIdentitySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application", &self.application);
        v.field(1usize, "device", &self.device);
        v.field(2usize, "user", &self.user);
        v.field(3usize, "group", &self.group);
        v.field(4usize, "share_point_group", &self.share_point_group);
        v.field(5usize, "site_group", &self.site_group);
        v.field(6usize, "site_user", &self.site_user);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for SharePointIdentitySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application.read_from(r),
            1usize => self.device.read_from(r),
            2usize => self.user.read_from(r),
            3usize => self.group.read_from(r),
            4usize => self.share_point_group.read_from(r),
            5usize => self.site_group.read_from(r),
            6usize => self.site_user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application);
        w.field(1usize, &self.device);
        w.field(2usize, &self.user);
        w.field(3usize, &self.group);
        w.field(4usize, &self.share_point_group);
        w.field(5usize, &self.site_group);
        w.field(6usize, &self.site_user);
    }
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
rt::impl_object!(SharePointIdentitySet);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    SharePointIdentitySet { with_application application : crate ::v1::AnyIdentity;
    with_device device : crate ::v1::AnyIdentity; with_user user : crate
    ::v1::AnyIdentity; with_group group : crate ::v1::AnyIdentity; with_share_point_group
    share_point_group : crate ::v1::SharePointGroupIdentity; with_site_group site_group :
    crate ::v1::SharePointIdentity; with_site_user site_user : crate
    ::v1::SharePointIdentity; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointIdentitySet);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.sharepointIds`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharepointIds {
    /// CSDL: property `listId`: `Edm.String`, nullable.
    pub list_id: rt::Field<::std::string::String>,
    /// CSDL: property `listItemId`: `Edm.String`, nullable.
    pub list_item_id: rt::Field<::std::string::String>,
    /// CSDL: property `listItemUniqueId`: `Edm.String`, nullable.
    pub list_item_unique_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteUrl`: `Edm.String`, nullable.
    pub site_url: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `webId`: `Edm.String`, nullable.
    pub web_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for SharepointIds {
    #[inline]
    fn default() -> Self {
        Self {
            list_id: rt::Field::Absent,
            list_item_id: rt::Field::Absent,
            list_item_unique_id: rt::Field::Absent,
            site_id: rt::Field::Absent,
            site_url: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            web_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for SharepointIds {
    const TYPE_NAME: &'static str = "microsoft.graph.sharepointIds";
    const KEYS: &'static [&'static str] = &[
        "listId",
        "listItemId",
        "listItemUniqueId",
        "siteId",
        "siteUrl",
        "tenantId",
        "webId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"listId\":                       ",
        ",\"listItemId\":                   ",
        ",\"listItemUniqueId\":             ",
        ",\"siteId\":                       ",
        ",\"siteUrl\":                      ",
        ",\"tenantId\":                     ",
        ",\"webId\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharepointIds\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "list_id", &self.list_id);
        v.field(1usize, "list_item_id", &self.list_item_id);
        v.field(2usize, "list_item_unique_id", &self.list_item_unique_id);
        v.field(3usize, "site_id", &self.site_id);
        v.field(4usize, "site_url", &self.site_url);
        v.field(5usize, "tenant_id", &self.tenant_id);
        v.field(6usize, "web_id", &self.web_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for SharepointIds {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.list_id.read_from(r),
            1usize => self.list_item_id.read_from(r),
            2usize => self.list_item_unique_id.read_from(r),
            3usize => self.site_id.read_from(r),
            4usize => self.site_url.read_from(r),
            5usize => self.tenant_id.read_from(r),
            6usize => self.web_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.list_id);
        w.field(1usize, &self.list_item_id);
        w.field(2usize, &self.list_item_unique_id);
        w.field(3usize, &self.site_id);
        w.field(4usize, &self.site_url);
        w.field(5usize, &self.tenant_id);
        w.field(6usize, &self.web_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(SharepointIds);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    SharepointIds { with_list_id list_id : ::std::string::String; with_list_item_id
    list_item_id : ::std::string::String; with_list_item_unique_id list_item_unique_id :
    ::std::string::String; with_site_id site_id : ::std::string::String; with_site_url
    site_url : ::std::string::String; with_tenant_id tenant_id : ::std::string::String;
    with_web_id web_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharepointIds);
#[cfg(msgraph_v1_admin_or_search_or_storage)]
/// CSDL: `microsoft.graph.sharingCapabilities`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SharingCapabilities {
    /// `disabled` (value 0).
    Disabled,
    /// `externalUserSharingOnly` (value 1).
    ExternalUserSharingOnly,
    /// `externalUserAndGuestSharing` (value 2).
    ExternalUserAndGuestSharing,
    /// `existingExternalUserSharingOnly` (value 3).
    ExistingExternalUserSharingOnly,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search_or_storage)]
impl rt::StrEnum for SharingCapabilities {
    const TYPE_NAME: &'static str = "microsoft.graph.sharingCapabilities";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "externalUserSharingOnly",
        "externalUserAndGuestSharing",
        "existingExternalUserSharingOnly",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "externalUserSharingOnly" => Self::ExternalUserSharingOnly,
                "externalUserAndGuestSharing" => Self::ExternalUserAndGuestSharing,
                "existingExternalUserSharingOnly" => {
                    Self::ExistingExternalUserSharingOnly
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
            Self::Disabled => "disabled",
            Self::ExternalUserSharingOnly => "externalUserSharingOnly",
            Self::ExternalUserAndGuestSharing => "externalUserAndGuestSharing",
            Self::ExistingExternalUserSharingOnly => "existingExternalUserSharingOnly",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search_or_storage)]
rt::impl_enum!(SharingCapabilities);
#[cfg(msgraph_v1_admin_or_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharingCapabilities);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.shiftAvailability`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftAvailability {
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `timeSlots`: `Collection(microsoft.graph.timeRange)`, nullable.
    pub time_slots: rt::Field<::std::vec::Vec<crate::v1::TimeRange>>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ShiftAvailability {
    #[inline]
    fn default() -> Self {
        Self {
            recurrence: rt::Field::Absent,
            time_slots: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ShiftAvailability {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftAvailability";
    const KEYS: &'static [&'static str] = &["recurrence", "timeSlots", "timeZone"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"recurrence\":                   ",
        ",\"timeSlots\":                    ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftAvailability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recurrence", &self.recurrence);
        v.field(1usize, "time_slots", &self.time_slots);
        v.field(2usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ShiftAvailability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recurrence.read_from(r),
            1usize => self.time_slots.read_from(r),
            2usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recurrence);
        w.field(1usize, &self.time_slots);
        w.field(2usize, &self.time_zone);
    }
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
rt::impl_object!(ShiftAvailability);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ShiftAvailability { with_recurrence recurrence : crate ::v1::PatternedRecurrence;
    with_time_slots time_slots : ::std::vec::Vec < crate ::v1::TimeRange >;
    with_time_zone time_zone : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftAvailability);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.shiftPreferences`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`ChangeTrackedEntityPath`](requests/trait.ChangeTrackedEntityPath.html), what a path to one (`EntityPath<ShiftPreferences, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ShiftPreferences {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `availability`: `Collection(microsoft.graph.shiftAvailability)`, nullable.
    pub availability: rt::Field<::std::vec::Vec<crate::v1::ShiftAvailability>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ShiftPreferences {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            availability: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ShiftPreferences {
    const TYPE_NAME: &'static str = "microsoft.graph.shiftPreferences";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "availability",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"availability\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.shiftPreferences\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "availability", &self.availability);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ShiftPreferences {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.availability.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.availability);
    }
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
rt::impl_object!(ShiftPreferences);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ShiftPreferences { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_availability availability : ::std::vec::Vec < crate
    ::v1::ShiftAvailability >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ShiftPreferences);
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
/// CSDL: `microsoft.graph.signInLocation`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct SignInLocation {
    /// CSDL: property `city`: `Edm.String`, nullable.
    pub city: rt::Field<::std::string::String>,
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.geoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::GeoCoordinates>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
impl ::std::default::Default for SignInLocation {
    #[inline]
    fn default() -> Self {
        Self {
            city: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
impl rt::Object for SignInLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.signInLocation";
    const KEYS: &'static [&'static str] = &[
        "city",
        "countryOrRegion",
        "geoCoordinates",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"city\":                         ",
        ",\"countryOrRegion\":              ",
        ",\"geoCoordinates\":               ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "city", &self.city);
        v.field(1usize, "country_or_region", &self.country_or_region);
        v.field(2usize, "geo_coordinates", &self.geo_coordinates);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
impl rt::object::Members for SignInLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.city.read_from(r),
            1usize => self.country_or_region.read_from(r),
            2usize => self.geo_coordinates.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.city);
        w.field(1usize, &self.country_or_region);
        w.field(2usize, &self.geo_coordinates);
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
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
rt::impl_object!(SignInLocation);
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
rt::impl_setters!(
    SignInLocation { with_city city : ::std::string::String; with_country_or_region
    country_or_region : ::std::string::String; with_geo_coordinates geo_coordinates :
    crate ::v1::GeoCoordinates; with_state state : ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInLocation);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.siteProtectionUnit`, entity type, derived from `microsoft.graph.protectionUnitBase`, key `id`.
///
/// Request builders: [`ProtectionUnitBasePath`](requests/trait.ProtectionUnitBasePath.html), what a path to one (`EntityPath<SiteProtectionUnit, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SiteProtectionUnit {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `offboardRequestedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub offboard_requested_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `policyId`: `Edm.String`, nullable.
    pub policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `protectionSources`: `microsoft.graph.protectionSource`, not nullable.
    pub protection_sources: rt::Field<rt::Flags<crate::v1::ProtectionSource>>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitStatus>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// CSDL: property `siteName`: `Edm.String`, nullable.
    pub site_name: rt::Field<::std::string::String>,
    /// CSDL: property `siteWebUrl`: `Edm.String`, nullable.
    pub site_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SiteProtectionUnit {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            offboard_requested_date_time: rt::Field::Absent,
            policy_id: rt::Field::Absent,
            protection_sources: rt::Field::Absent,
            status: rt::Field::Absent,
            site_id: rt::Field::Absent,
            site_name: rt::Field::Absent,
            site_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SiteProtectionUnit {
    const TYPE_NAME: &'static str = "microsoft.graph.siteProtectionUnit";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "offboardRequestedDateTime",
        "policyId",
        "protectionSources",
        "status",
        "siteId",
        "siteName",
        "siteWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"offboardRequestedDateTime\":    ",
        ",\"policyId\":                     ",
        ",\"protectionSources\":            ",
        ",\"status\":                       ",
        ",\"siteId\":                       ",
        ",\"siteName\":                     ",
        ",\"siteWebUrl\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteProtectionUnit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_modified_by", &self.last_modified_by);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            6usize,
            "offboard_requested_date_time",
            &self.offboard_requested_date_time,
        );
        v.field(7usize, "policy_id", &self.policy_id);
        v.field(8usize, "protection_sources", &self.protection_sources);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "site_id", &self.site_id);
        v.field(11usize, "site_name", &self.site_name);
        v.field(12usize, "site_web_url", &self.site_web_url);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SiteProtectionUnit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_modified_by.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.offboard_requested_date_time.read_from(r),
            7usize => self.policy_id.read_from(r),
            8usize => self.protection_sources.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.site_id.read_from(r),
            11usize => self.site_name.read_from(r),
            12usize => self.site_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_modified_by);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.offboard_requested_date_time);
        w.field(7usize, &self.policy_id);
        w.field(8usize, &self.protection_sources);
        w.field(9usize, &self.status);
        w.field(10usize, &self.site_id);
        w.field(11usize, &self.site_name);
        w.field(12usize, &self.site_web_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SiteProtectionUnit);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SiteProtectionUnit { with_id id : ::std::string::String; with_created_by created_by :
    crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_offboard_requested_date_time offboard_requested_date_time :
    rt::edm::DateTimeOffset; with_policy_id policy_id : ::std::string::String;
    with_protection_sources protection_sources : rt::Flags < crate ::v1::ProtectionSource
    >; with_status status : crate ::v1::ProtectionUnitStatus; with_site_id site_id :
    ::std::string::String; with_site_name site_name : ::std::string::String;
    with_site_web_url site_web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteProtectionUnit);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.siteRestoreArtifact`, entity type, derived from `microsoft.graph.restoreArtifactBase`, key `id`.
///
/// Request builders: [`RestoreArtifactBasePath`](requests/trait.RestoreArtifactBasePath.html), what a path to one (`EntityPath<SiteRestoreArtifact, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct SiteRestoreArtifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: navigation property `restorePoint`: `microsoft.graph.restorePoint`, nullable.
    pub restore_point: rt::Field<crate::v1::RestorePoint>,
    /// CSDL: property `restoredSiteId`: `Edm.String`, nullable.
    pub restored_site_id: rt::Field<::std::string::String>,
    /// CSDL: property `restoredSiteName`: `Edm.String`, nullable.
    pub restored_site_name: rt::Field<::std::string::String>,
    /// CSDL: property `restoredSiteWebUrl`: `Edm.String`, nullable.
    pub restored_site_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for SiteRestoreArtifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            error: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            restore_point: rt::Field::Absent,
            restored_site_id: rt::Field::Absent,
            restored_site_name: rt::Field::Absent,
            restored_site_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for SiteRestoreArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.siteRestoreArtifact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completionDateTime",
        "destinationType",
        "error",
        "startDateTime",
        "status",
        "restorePoint",
        "restoredSiteId",
        "restoredSiteName",
        "restoredSiteWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completionDateTime\":           ",
        ",\"destinationType\":              ",
        ",\"error\":                        ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"restorePoint\":                 ",
        ",\"restoredSiteId\":               ",
        ",\"restoredSiteName\":             ",
        ",\"restoredSiteWebUrl\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteRestoreArtifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completion_date_time", &self.completion_date_time);
        v.field(2usize, "destination_type", &self.destination_type);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "start_date_time", &self.start_date_time);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "restore_point", &self.restore_point);
        v.field(7usize, "restored_site_id", &self.restored_site_id);
        v.field(8usize, "restored_site_name", &self.restored_site_name);
        v.field(9usize, "restored_site_web_url", &self.restored_site_web_url);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for SiteRestoreArtifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completion_date_time.read_from(r),
            2usize => self.destination_type.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.start_date_time.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.restore_point.read_from(r),
            7usize => self.restored_site_id.read_from(r),
            8usize => self.restored_site_name.read_from(r),
            9usize => self.restored_site_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completion_date_time);
        w.field(2usize, &self.destination_type);
        w.field(3usize, &self.error);
        w.field(4usize, &self.start_date_time);
        w.field(5usize, &self.status);
        w.field(6usize, &self.restore_point);
        w.field(7usize, &self.restored_site_id);
        w.field(8usize, &self.restored_site_name);
        w.field(9usize, &self.restored_site_web_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(SiteRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    SiteRestoreArtifact { with_id id : ::std::string::String; with_completion_date_time
    completion_date_time : rt::edm::DateTimeOffset; with_destination_type
    destination_type : crate ::v1::DestinationType; with_error error : crate
    ::v1::PublicError; with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::ArtifactRestoreStatus; with_restore_point
    restore_point : crate ::v1::RestorePoint; with_restored_site_id restored_site_id :
    ::std::string::String; with_restored_site_name restored_site_name :
    ::std::string::String; with_restored_site_web_url restored_site_web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteRestoreArtifact);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.stringKeyAttributeMappingSourceValuePair`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyAttributeMappingSourceValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `microsoft.graph.attributeMappingSource`, nullable.
    pub value: rt::Field<crate::v1::AttributeMappingSource>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for StringKeyAttributeMappingSourceValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for StringKeyAttributeMappingSourceValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyAttributeMappingSourceValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyAttributeMappingSourceValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for StringKeyAttributeMappingSourceValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(StringKeyAttributeMappingSourceValuePair);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    StringKeyAttributeMappingSourceValuePair { with_key key : ::std::string::String;
    with_value value : crate ::v1::AttributeMappingSource; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyAttributeMappingSourceValuePair);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamworkApplicationIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TeamworkApplicationIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationIdentityType`: `microsoft.graph.teamworkApplicationIdentityType`, nullable.
    pub application_identity_type: rt::Field<crate::v1::TeamworkApplicationIdentityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TeamworkApplicationIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            application_identity_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TeamworkApplicationIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkApplicationIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "applicationIdentityType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"applicationIdentityType\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkApplicationIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "application_identity_type", &self.application_identity_type);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TeamworkApplicationIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.application_identity_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.application_identity_type);
    }
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
rt::impl_object!(TeamworkApplicationIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    TeamworkApplicationIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_application_identity_type
    application_identity_type : crate ::v1::TeamworkApplicationIdentityType; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkApplicationIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamworkApplicationIdentityType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkApplicationIdentityType {
    /// `aadApplication` (value 0).
    AadApplication,
    /// `bot` (value 1).
    Bot,
    /// `tenantBot` (value 2).
    TenantBot,
    /// `office365Connector` (value 3).
    Office365Connector,
    /// `outgoingWebhook` (value 4).
    OutgoingWebhook,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for TeamworkApplicationIdentityType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkApplicationIdentityType";
    const MEMBERS: &'static [&'static str] = &[
        "aadApplication",
        "bot",
        "tenantBot",
        "office365Connector",
        "outgoingWebhook",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aadApplication" => Self::AadApplication,
                "bot" => Self::Bot,
                "tenantBot" => Self::TenantBot,
                "office365Connector" => Self::Office365Connector,
                "outgoingWebhook" => Self::OutgoingWebhook,
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
            Self::AadApplication => "aadApplication",
            Self::Bot => "bot",
            Self::TenantBot => "tenantBot",
            Self::Office365Connector => "office365Connector",
            Self::OutgoingWebhook => "outgoingWebhook",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(TeamworkApplicationIdentityType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkApplicationIdentityType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamworkConversationIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TeamworkConversationIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `conversationIdentityType`: `microsoft.graph.teamworkConversationIdentityType`, nullable.
    pub conversation_identity_type: rt::Field<
        crate::v1::TeamworkConversationIdentityType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TeamworkConversationIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            conversation_identity_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TeamworkConversationIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkConversationIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "conversationIdentityType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"conversationIdentityType\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkConversationIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "conversation_identity_type", &self.conversation_identity_type);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TeamworkConversationIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.conversation_identity_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.conversation_identity_type);
    }
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
rt::impl_object!(TeamworkConversationIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    TeamworkConversationIdentity { with_display_name display_name :
    ::std::string::String; with_id id : ::std::string::String;
    with_conversation_identity_type conversation_identity_type : crate
    ::v1::TeamworkConversationIdentityType; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkConversationIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamworkConversationIdentityType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkConversationIdentityType {
    /// `team` (value 0).
    Team,
    /// `channel` (value 1).
    Channel,
    /// `chat` (value 2).
    Chat,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for TeamworkConversationIdentityType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkConversationIdentityType";
    const MEMBERS: &'static [&'static str] = &[
        "team",
        "channel",
        "chat",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "team" => Self::Team,
                "channel" => Self::Channel,
                "chat" => Self::Chat,
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
            Self::Team => "team",
            Self::Channel => "channel",
            Self::Chat => "chat",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(TeamworkConversationIdentityType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkConversationIdentityType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamworkTagIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TeamworkTagIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TeamworkTagIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TeamworkTagIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkTagIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkTagIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TeamworkTagIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(TeamworkTagIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    TeamworkTagIdentity { with_display_name display_name : ::std::string::String; with_id
    id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkTagIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamworkUserIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct TeamworkUserIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `userIdentityType`: `microsoft.graph.teamworkUserIdentityType`, nullable.
    pub user_identity_type: rt::Field<crate::v1::TeamworkUserIdentityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for TeamworkUserIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            user_identity_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for TeamworkUserIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkUserIdentity";
    const KEYS: &'static [&'static str] = &["displayName", "id", "userIdentityType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"userIdentityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkUserIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "user_identity_type", &self.user_identity_type);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for TeamworkUserIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.user_identity_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.user_identity_type);
    }
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
rt::impl_object!(TeamworkUserIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    TeamworkUserIdentity { with_display_name display_name : ::std::string::String;
    with_id id : ::std::string::String; with_user_identity_type user_identity_type :
    crate ::v1::TeamworkUserIdentityType; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkUserIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.teamworkUserIdentityType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkUserIdentityType {
    /// `aadUser` (value 0).
    AadUser,
    /// `onPremiseAadUser` (value 1).
    OnPremiseAadUser,
    /// `anonymousGuest` (value 2).
    AnonymousGuest,
    /// `federatedUser` (value 3).
    FederatedUser,
    /// `personalMicrosoftAccountUser` (value 4).
    PersonalMicrosoftAccountUser,
    /// `skypeUser` (value 5).
    SkypeUser,
    /// `phoneUser` (value 6).
    PhoneUser,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// `emailUser` (value 8).
    EmailUser,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for TeamworkUserIdentityType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkUserIdentityType";
    const MEMBERS: &'static [&'static str] = &[
        "aadUser",
        "onPremiseAadUser",
        "anonymousGuest",
        "federatedUser",
        "personalMicrosoftAccountUser",
        "skypeUser",
        "phoneUser",
        "unknownFutureValue",
        "emailUser",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aadUser" => Self::AadUser,
                "onPremiseAadUser" => Self::OnPremiseAadUser,
                "anonymousGuest" => Self::AnonymousGuest,
                "federatedUser" => Self::FederatedUser,
                "personalMicrosoftAccountUser" => Self::PersonalMicrosoftAccountUser,
                "skypeUser" => Self::SkypeUser,
                "phoneUser" => Self::PhoneUser,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "emailUser" => Self::EmailUser,
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
            Self::AadUser => "aadUser",
            Self::OnPremiseAadUser => "onPremiseAadUser",
            Self::AnonymousGuest => "anonymousGuest",
            Self::FederatedUser => "federatedUser",
            Self::PersonalMicrosoftAccountUser => "personalMicrosoftAccountUser",
            Self::SkypeUser => "skypeUser",
            Self::PhoneUser => "phoneUser",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::EmailUser => "emailUser",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(TeamworkUserIdentityType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkUserIdentityType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.timeRange`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeRange {
    /// CSDL: property `endTime`: `Edm.TimeOfDay`, nullable.
    pub end_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `startTime`: `Edm.TimeOfDay`, nullable.
    pub start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for TimeRange {
    #[inline]
    fn default() -> Self {
        Self {
            end_time: rt::Field::Absent,
            start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for TimeRange {
    const TYPE_NAME: &'static str = "microsoft.graph.timeRange";
    const KEYS: &'static [&'static str] = &["endTime", "startTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endTime\":                      ",
        ",\"startTime\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_time", &self.end_time);
        v.field(1usize, "start_time", &self.start_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for TimeRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_time.read_from(r),
            1usize => self.start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_time);
        w.field(1usize, &self.start_time);
    }
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
rt::impl_object!(TimeRange);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    TimeRange { with_end_time end_time : rt::edm::TimeOfDay; with_start_time start_time :
    rt::edm::TimeOfDay; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeRange);
#[cfg(msgraph_v1_core_or_invitations)]
/// CSDL: `microsoft.graph.timeSlot`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeSlot {
    /// CSDL: property `end`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `start`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_invitations)]
impl ::std::default::Default for TimeSlot {
    #[inline]
    fn default() -> Self {
        Self {
            end: rt::Field::Absent,
            start: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::Object for TimeSlot {
    const TYPE_NAME: &'static str = "microsoft.graph.timeSlot";
    const KEYS: &'static [&'static str] = &["end", "start"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"end\":                          ",
        ",\"start\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeSlot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end", &self.end);
        v.field(1usize, "start", &self.start);
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
impl rt::object::Members for TimeSlot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end.read_from(r),
            1usize => self.start.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end);
        w.field(1usize, &self.start);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_object!(TimeSlot);
#[cfg(msgraph_v1_core_or_invitations)]
rt::impl_setters!(
    TimeSlot { with_end end : crate ::v1::DateTimeTimeZone; with_start start : crate
    ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_core_or_invitations)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeSlot);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.usageRights`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UsageRights {
    /// `unknown` (value 1).
    Unknown,
    /// `docEdit` (value 2).
    DocEdit,
    /// `edit` (value 4).
    Edit,
    /// `comment` (value 8).
    Comment,
    /// `export` (value 16).
    Export,
    /// `forward` (value 32).
    Forward,
    /// `owner` (value 64).
    Owner,
    /// `print` (value 128).
    Print,
    /// `reply` (value 256).
    Reply,
    /// `replyAll` (value 512).
    ReplyAll,
    /// `view` (value 1024).
    View,
    /// `extract` (value 2048).
    Extract,
    /// `viewRightsData` (value 4096).
    ViewRightsData,
    /// `editRightsData` (value 8192).
    EditRightsData,
    /// `objModel` (value 16384).
    ObjModel,
    /// `accessDenied` (value 32768).
    AccessDenied,
    /// `userDefinedProtectionTypeNotSupportedException` (value 65536).
    UserDefinedProtectionTypeNotSupportedException,
    /// `encryptedProtectionTypeNotSupportedException` (value 131072).
    EncryptedProtectionTypeNotSupportedException,
    /// `purviewClaimsChallengeNotSupportedException` (value 262144).
    PurviewClaimsChallengeNotSupportedException,
    /// `exception` (value 524288).
    Exception,
    /// `labelNotFoundException` (value 1048576).
    LabelNotFoundException,
    /// `unknownFutureValue` (value 2097152).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for UsageRights {
    const TYPE_NAME: &'static str = "microsoft.graph.usageRights";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "docEdit",
        "edit",
        "comment",
        "export",
        "forward",
        "owner",
        "print",
        "reply",
        "replyAll",
        "view",
        "extract",
        "viewRightsData",
        "editRightsData",
        "objModel",
        "accessDenied",
        "userDefinedProtectionTypeNotSupportedException",
        "encryptedProtectionTypeNotSupportedException",
        "purviewClaimsChallengeNotSupportedException",
        "exception",
        "labelNotFoundException",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "docEdit" => Self::DocEdit,
                "edit" => Self::Edit,
                "comment" => Self::Comment,
                "export" => Self::Export,
                "forward" => Self::Forward,
                "owner" => Self::Owner,
                "print" => Self::Print,
                "reply" => Self::Reply,
                "replyAll" => Self::ReplyAll,
                "view" => Self::View,
                "extract" => Self::Extract,
                "viewRightsData" => Self::ViewRightsData,
                "editRightsData" => Self::EditRightsData,
                "objModel" => Self::ObjModel,
                "accessDenied" => Self::AccessDenied,
                "userDefinedProtectionTypeNotSupportedException" => {
                    Self::UserDefinedProtectionTypeNotSupportedException
                }
                "encryptedProtectionTypeNotSupportedException" => {
                    Self::EncryptedProtectionTypeNotSupportedException
                }
                "purviewClaimsChallengeNotSupportedException" => {
                    Self::PurviewClaimsChallengeNotSupportedException
                }
                "exception" => Self::Exception,
                "labelNotFoundException" => Self::LabelNotFoundException,
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
            Self::DocEdit => "docEdit",
            Self::Edit => "edit",
            Self::Comment => "comment",
            Self::Export => "export",
            Self::Forward => "forward",
            Self::Owner => "owner",
            Self::Print => "print",
            Self::Reply => "reply",
            Self::ReplyAll => "replyAll",
            Self::View => "view",
            Self::Extract => "extract",
            Self::ViewRightsData => "viewRightsData",
            Self::EditRightsData => "editRightsData",
            Self::ObjModel => "objModel",
            Self::AccessDenied => "accessDenied",
            Self::UserDefinedProtectionTypeNotSupportedException => {
                "userDefinedProtectionTypeNotSupportedException"
            }
            Self::EncryptedProtectionTypeNotSupportedException => {
                "encryptedProtectionTypeNotSupportedException"
            }
            Self::PurviewClaimsChallengeNotSupportedException => {
                "purviewClaimsChallengeNotSupportedException"
            }
            Self::Exception => "exception",
            Self::LabelNotFoundException => "labelNotFoundException",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(UsageRights);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsageRights);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.usageRightsIncluded`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct UsageRightsIncluded {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `ownerEmail`: `Edm.String`, nullable.
    pub owner_email: rt::Field<::std::string::String>,
    /// CSDL: property `userEmail`: `Edm.String`, nullable.
    pub user_email: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `microsoft.graph.usageRights`, not nullable.
    pub value: rt::Field<rt::Flags<crate::v1::UsageRights>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for UsageRightsIncluded {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            owner_email: rt::Field::Absent,
            user_email: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for UsageRightsIncluded {
    const TYPE_NAME: &'static str = "microsoft.graph.usageRightsIncluded";
    const KEYS: &'static [&'static str] = &["id", "ownerEmail", "userEmail", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"ownerEmail\":                   ",
        ",\"userEmail\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.usageRightsIncluded\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "owner_email", &self.owner_email);
        v.field(2usize, "user_email", &self.user_email);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for UsageRightsIncluded {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.owner_email.read_from(r),
            2usize => self.user_email.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.owner_email);
        w.field(2usize, &self.user_email);
        w.field(3usize, &self.value);
    }
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
rt::impl_object!(UsageRightsIncluded);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    UsageRightsIncluded { with_id id : ::std::string::String; with_owner_email
    owner_email : ::std::string::String; with_user_email user_email :
    ::std::string::String; with_value value : rt::Flags < crate ::v1::UsageRights >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsageRightsIncluded);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.userExperienceAnalyticsHealthState`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsHealthState {
    /// Indicates that the health state is unknown.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Indicates that the health state is insufficient data.
    ///
    /// `insufficientData` (value 1).
    InsufficientData,
    /// Indicates that the health state needs attention.
    ///
    /// `needsAttention` (value 2).
    NeedsAttention,
    /// Indicates that the health state is meeting goals.
    ///
    /// `meetingGoals` (value 3).
    MeetingGoals,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsHealthState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "insufficientData",
        "needsAttention",
        "meetingGoals",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "insufficientData" => Self::InsufficientData,
                "needsAttention" => Self::NeedsAttention,
                "meetingGoals" => Self::MeetingGoals,
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
            Self::InsufficientData => "insufficientData",
            Self::NeedsAttention => "needsAttention",
            Self::MeetingGoals => "meetingGoals",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsHealthState);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsHealthState);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.userIdentity`, complex type, derived from `microsoft.graph.identity`, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct UserIdentity {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for UserIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for UserIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.userIdentity";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "id",
        "ipAddress",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"ipAddress\":                    ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "id", &self.id);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for UserIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.id.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.id);
        w.field(2usize, &self.ip_address);
        w.field(3usize, &self.user_principal_name);
    }
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
rt::impl_object!(UserIdentity);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    UserIdentity { with_display_name display_name : ::std::string::String; with_id id :
    ::std::string::String; with_ip_address ip_address : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserIdentity);
#[cfg(msgraph_v1_core_or_role_management)]
/// CSDL: `microsoft.graph.weekIndex`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WeekIndex {
    /// `first` (value 0).
    First,
    /// `second` (value 1).
    Second,
    /// `third` (value 2).
    Third,
    /// `fourth` (value 3).
    Fourth,
    /// `last` (value 4).
    Last,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_role_management)]
impl rt::StrEnum for WeekIndex {
    const TYPE_NAME: &'static str = "microsoft.graph.weekIndex";
    const MEMBERS: &'static [&'static str] = &[
        "first",
        "second",
        "third",
        "fourth",
        "last",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "first" => Self::First,
                "second" => Self::Second,
                "third" => Self::Third,
                "fourth" => Self::Fourth,
                "last" => Self::Last,
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
            Self::First => "first",
            Self::Second => "second",
            Self::Third => "third",
            Self::Fourth => "fourth",
            Self::Last => "last",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_role_management)]
rt::impl_enum!(WeekIndex);
#[cfg(msgraph_v1_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WeekIndex);
#[cfg(msgraph_v1_core_or_device_management)]
/// Malware category id
///
/// CSDL: `microsoft.graph.windowsMalwareCategory`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareCategory {
    /// Invalid
    ///
    /// `invalid` (value 0).
    Invalid,
    /// Adware
    ///
    /// `adware` (value 1).
    Adware,
    /// Spyware
    ///
    /// `spyware` (value 2).
    Spyware,
    /// Password stealer
    ///
    /// `passwordStealer` (value 3).
    PasswordStealer,
    /// Trojan downloader
    ///
    /// `trojanDownloader` (value 4).
    TrojanDownloader,
    /// Worm
    ///
    /// `worm` (value 5).
    Worm,
    /// Backdoor
    ///
    /// `backdoor` (value 6).
    Backdoor,
    /// Remote access Trojan
    ///
    /// `remoteAccessTrojan` (value 7).
    RemoteAccessTrojan,
    /// Trojan
    ///
    /// `trojan` (value 8).
    Trojan,
    /// Email flooder
    ///
    /// `emailFlooder` (value 9).
    EmailFlooder,
    /// Keylogger
    ///
    /// `keylogger` (value 10).
    Keylogger,
    /// Dialer
    ///
    /// `dialer` (value 11).
    Dialer,
    /// Monitoring software
    ///
    /// `monitoringSoftware` (value 12).
    MonitoringSoftware,
    /// Browser modifier
    ///
    /// `browserModifier` (value 13).
    BrowserModifier,
    /// Cookie
    ///
    /// `cookie` (value 14).
    Cookie,
    /// Browser plugin
    ///
    /// `browserPlugin` (value 15).
    BrowserPlugin,
    /// AOL exploit
    ///
    /// `aolExploit` (value 16).
    AolExploit,
    /// Nuker
    ///
    /// `nuker` (value 17).
    Nuker,
    /// Security disabler
    ///
    /// `securityDisabler` (value 18).
    SecurityDisabler,
    /// Joke program
    ///
    /// `jokeProgram` (value 19).
    JokeProgram,
    /// Hostile ActiveX control
    ///
    /// `hostileActiveXControl` (value 20).
    HostileActiveXControl,
    /// Software bundler
    ///
    /// `softwareBundler` (value 21).
    SoftwareBundler,
    /// Stealth modifier
    ///
    /// `stealthNotifier` (value 22).
    StealthNotifier,
    /// Settings modifier
    ///
    /// `settingsModifier` (value 23).
    SettingsModifier,
    /// Toolbar
    ///
    /// `toolBar` (value 24).
    ToolBar,
    /// Remote control software
    ///
    /// `remoteControlSoftware` (value 25).
    RemoteControlSoftware,
    /// Trojan FTP
    ///
    /// `trojanFtp` (value 26).
    TrojanFtp,
    /// Potential unwanted software
    ///
    /// `potentialUnwantedSoftware` (value 27).
    PotentialUnwantedSoftware,
    /// ICQ exploit
    ///
    /// `icqExploit` (value 28).
    IcqExploit,
    /// Trojan telnet
    ///
    /// `trojanTelnet` (value 29).
    TrojanTelnet,
    /// Exploit
    ///
    /// `exploit` (value 30).
    Exploit,
    /// File sharing program
    ///
    /// `filesharingProgram` (value 31).
    FilesharingProgram,
    /// Malware creation tool
    ///
    /// `malwareCreationTool` (value 32).
    MalwareCreationTool,
    /// Remote control software
    ///
    /// `remote_Control_Software` (value 33).
    RemoteControlSoftware_2,
    /// Tool
    ///
    /// `tool` (value 34).
    Tool,
    /// Trojan denial of service
    ///
    /// `trojanDenialOfService` (value 36).
    TrojanDenialOfService,
    /// Trojan dropper
    ///
    /// `trojanDropper` (value 37).
    TrojanDropper,
    /// Trojan mass mailer
    ///
    /// `trojanMassMailer` (value 38).
    TrojanMassMailer,
    /// Trojan monitoring software
    ///
    /// `trojanMonitoringSoftware` (value 39).
    TrojanMonitoringSoftware,
    /// Trojan proxy server
    ///
    /// `trojanProxyServer` (value 40).
    TrojanProxyServer,
    /// Virus
    ///
    /// `virus` (value 42).
    Virus,
    /// Known
    ///
    /// `known` (value 43).
    Known,
    /// Unknown
    ///
    /// `unknown` (value 44).
    Unknown,
    /// SPP
    ///
    /// `spp` (value 45).
    Spp,
    /// Behavior
    ///
    /// `behavior` (value 46).
    Behavior,
    /// Vulnerability
    ///
    /// `vulnerability` (value 47).
    Vulnerability,
    /// Policy
    ///
    /// `policy` (value 48).
    Policy,
    /// Enterprise Unwanted Software
    ///
    /// `enterpriseUnwantedSoftware` (value 49).
    EnterpriseUnwantedSoftware,
    /// Ransom
    ///
    /// `ransom` (value 50).
    Ransom,
    /// HIPS Rule
    ///
    /// `hipsRule` (value 51).
    HipsRule,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for WindowsMalwareCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareCategory";
    const MEMBERS: &'static [&'static str] = &[
        "invalid",
        "adware",
        "spyware",
        "passwordStealer",
        "trojanDownloader",
        "worm",
        "backdoor",
        "remoteAccessTrojan",
        "trojan",
        "emailFlooder",
        "keylogger",
        "dialer",
        "monitoringSoftware",
        "browserModifier",
        "cookie",
        "browserPlugin",
        "aolExploit",
        "nuker",
        "securityDisabler",
        "jokeProgram",
        "hostileActiveXControl",
        "softwareBundler",
        "stealthNotifier",
        "settingsModifier",
        "toolBar",
        "remoteControlSoftware",
        "trojanFtp",
        "potentialUnwantedSoftware",
        "icqExploit",
        "trojanTelnet",
        "exploit",
        "filesharingProgram",
        "malwareCreationTool",
        "remote_Control_Software",
        "tool",
        "trojanDenialOfService",
        "trojanDropper",
        "trojanMassMailer",
        "trojanMonitoringSoftware",
        "trojanProxyServer",
        "virus",
        "known",
        "unknown",
        "spp",
        "behavior",
        "vulnerability",
        "policy",
        "enterpriseUnwantedSoftware",
        "ransom",
        "hipsRule",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "adware" => Self::Adware,
                "spyware" => Self::Spyware,
                "passwordStealer" => Self::PasswordStealer,
                "trojanDownloader" => Self::TrojanDownloader,
                "worm" => Self::Worm,
                "backdoor" => Self::Backdoor,
                "remoteAccessTrojan" => Self::RemoteAccessTrojan,
                "trojan" => Self::Trojan,
                "emailFlooder" => Self::EmailFlooder,
                "keylogger" => Self::Keylogger,
                "dialer" => Self::Dialer,
                "monitoringSoftware" => Self::MonitoringSoftware,
                "browserModifier" => Self::BrowserModifier,
                "cookie" => Self::Cookie,
                "browserPlugin" => Self::BrowserPlugin,
                "aolExploit" => Self::AolExploit,
                "nuker" => Self::Nuker,
                "securityDisabler" => Self::SecurityDisabler,
                "jokeProgram" => Self::JokeProgram,
                "hostileActiveXControl" => Self::HostileActiveXControl,
                "softwareBundler" => Self::SoftwareBundler,
                "stealthNotifier" => Self::StealthNotifier,
                "settingsModifier" => Self::SettingsModifier,
                "toolBar" => Self::ToolBar,
                "remoteControlSoftware" => Self::RemoteControlSoftware,
                "trojanFtp" => Self::TrojanFtp,
                "potentialUnwantedSoftware" => Self::PotentialUnwantedSoftware,
                "icqExploit" => Self::IcqExploit,
                "trojanTelnet" => Self::TrojanTelnet,
                "exploit" => Self::Exploit,
                "filesharingProgram" => Self::FilesharingProgram,
                "malwareCreationTool" => Self::MalwareCreationTool,
                "remote_Control_Software" => Self::RemoteControlSoftware_2,
                "tool" => Self::Tool,
                "trojanDenialOfService" => Self::TrojanDenialOfService,
                "trojanDropper" => Self::TrojanDropper,
                "trojanMassMailer" => Self::TrojanMassMailer,
                "trojanMonitoringSoftware" => Self::TrojanMonitoringSoftware,
                "trojanProxyServer" => Self::TrojanProxyServer,
                "virus" => Self::Virus,
                "known" => Self::Known,
                "unknown" => Self::Unknown,
                "spp" => Self::Spp,
                "behavior" => Self::Behavior,
                "vulnerability" => Self::Vulnerability,
                "policy" => Self::Policy,
                "enterpriseUnwantedSoftware" => Self::EnterpriseUnwantedSoftware,
                "ransom" => Self::Ransom,
                "hipsRule" => Self::HipsRule,
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
            Self::Adware => "adware",
            Self::Spyware => "spyware",
            Self::PasswordStealer => "passwordStealer",
            Self::TrojanDownloader => "trojanDownloader",
            Self::Worm => "worm",
            Self::Backdoor => "backdoor",
            Self::RemoteAccessTrojan => "remoteAccessTrojan",
            Self::Trojan => "trojan",
            Self::EmailFlooder => "emailFlooder",
            Self::Keylogger => "keylogger",
            Self::Dialer => "dialer",
            Self::MonitoringSoftware => "monitoringSoftware",
            Self::BrowserModifier => "browserModifier",
            Self::Cookie => "cookie",
            Self::BrowserPlugin => "browserPlugin",
            Self::AolExploit => "aolExploit",
            Self::Nuker => "nuker",
            Self::SecurityDisabler => "securityDisabler",
            Self::JokeProgram => "jokeProgram",
            Self::HostileActiveXControl => "hostileActiveXControl",
            Self::SoftwareBundler => "softwareBundler",
            Self::StealthNotifier => "stealthNotifier",
            Self::SettingsModifier => "settingsModifier",
            Self::ToolBar => "toolBar",
            Self::RemoteControlSoftware => "remoteControlSoftware",
            Self::TrojanFtp => "trojanFtp",
            Self::PotentialUnwantedSoftware => "potentialUnwantedSoftware",
            Self::IcqExploit => "icqExploit",
            Self::TrojanTelnet => "trojanTelnet",
            Self::Exploit => "exploit",
            Self::FilesharingProgram => "filesharingProgram",
            Self::MalwareCreationTool => "malwareCreationTool",
            Self::RemoteControlSoftware_2 => "remote_Control_Software",
            Self::Tool => "tool",
            Self::TrojanDenialOfService => "trojanDenialOfService",
            Self::TrojanDropper => "trojanDropper",
            Self::TrojanMassMailer => "trojanMassMailer",
            Self::TrojanMonitoringSoftware => "trojanMonitoringSoftware",
            Self::TrojanProxyServer => "trojanProxyServer",
            Self::Virus => "virus",
            Self::Known => "known",
            Self::Unknown => "unknown",
            Self::Spp => "spp",
            Self::Behavior => "behavior",
            Self::Vulnerability => "vulnerability",
            Self::Policy => "policy",
            Self::EnterpriseUnwantedSoftware => "enterpriseUnwantedSoftware",
            Self::Ransom => "ransom",
            Self::HipsRule => "hipsRule",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(WindowsMalwareCategory);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareCategory);
#[cfg(msgraph_v1_core_or_device_management)]
/// Malware execution status
///
/// CSDL: `microsoft.graph.windowsMalwareExecutionState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareExecutionState {
    /// Unknown
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Blocked
    ///
    /// `blocked` (value 1).
    Blocked,
    /// Allowed
    ///
    /// `allowed` (value 2).
    Allowed,
    /// Running
    ///
    /// `running` (value 3).
    Running,
    /// Not running
    ///
    /// `notRunning` (value 4).
    NotRunning,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for WindowsMalwareExecutionState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareExecutionState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "blocked",
        "allowed",
        "running",
        "notRunning",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "blocked" => Self::Blocked,
                "allowed" => Self::Allowed,
                "running" => Self::Running,
                "notRunning" => Self::NotRunning,
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
            Self::Blocked => "blocked",
            Self::Allowed => "allowed",
            Self::Running => "running",
            Self::NotRunning => "notRunning",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(WindowsMalwareExecutionState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareExecutionState);
#[cfg(msgraph_v1_core_or_device_management)]
/// Malware severity
///
/// CSDL: `microsoft.graph.windowsMalwareSeverity`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareSeverity {
    /// Unknown
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Low
    ///
    /// `low` (value 1).
    Low,
    /// Moderate
    ///
    /// `moderate` (value 2).
    Moderate,
    /// High
    ///
    /// `high` (value 4).
    High,
    /// Severe
    ///
    /// `severe` (value 5).
    Severe,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for WindowsMalwareSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "low",
        "moderate",
        "high",
        "severe",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "low" => Self::Low,
                "moderate" => Self::Moderate,
                "high" => Self::High,
                "severe" => Self::Severe,
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
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::High => "high",
            Self::Severe => "severe",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(WindowsMalwareSeverity);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareSeverity);
#[cfg(msgraph_v1_core_or_device_management)]
/// Malware threat status
///
/// CSDL: `microsoft.graph.windowsMalwareThreatState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WindowsMalwareThreatState {
    /// Active
    ///
    /// `active` (value 0).
    Active,
    /// Action failed
    ///
    /// `actionFailed` (value 1).
    ActionFailed,
    /// Manual steps required
    ///
    /// `manualStepsRequired` (value 2).
    ManualStepsRequired,
    /// Full scan required
    ///
    /// `fullScanRequired` (value 3).
    FullScanRequired,
    /// Reboot required
    ///
    /// `rebootRequired` (value 4).
    RebootRequired,
    /// Remediated with non critical failures
    ///
    /// `remediatedWithNonCriticalFailures` (value 5).
    RemediatedWithNonCriticalFailures,
    /// Quarantined
    ///
    /// `quarantined` (value 6).
    Quarantined,
    /// Removed
    ///
    /// `removed` (value 7).
    Removed,
    /// Cleaned
    ///
    /// `cleaned` (value 8).
    Cleaned,
    /// Allowed
    ///
    /// `allowed` (value 9).
    Allowed,
    /// No status cleared
    ///
    /// `noStatusCleared` (value 10).
    NoStatusCleared,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for WindowsMalwareThreatState {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsMalwareThreatState";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "actionFailed",
        "manualStepsRequired",
        "fullScanRequired",
        "rebootRequired",
        "remediatedWithNonCriticalFailures",
        "quarantined",
        "removed",
        "cleaned",
        "allowed",
        "noStatusCleared",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "actionFailed" => Self::ActionFailed,
                "manualStepsRequired" => Self::ManualStepsRequired,
                "fullScanRequired" => Self::FullScanRequired,
                "rebootRequired" => Self::RebootRequired,
                "remediatedWithNonCriticalFailures" => {
                    Self::RemediatedWithNonCriticalFailures
                }
                "quarantined" => Self::Quarantined,
                "removed" => Self::Removed,
                "cleaned" => Self::Cleaned,
                "allowed" => Self::Allowed,
                "noStatusCleared" => Self::NoStatusCleared,
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
            Self::ActionFailed => "actionFailed",
            Self::ManualStepsRequired => "manualStepsRequired",
            Self::FullScanRequired => "fullScanRequired",
            Self::RebootRequired => "rebootRequired",
            Self::RemediatedWithNonCriticalFailures => {
                "remediatedWithNonCriticalFailures"
            }
            Self::Quarantined => "quarantined",
            Self::Removed => "removed",
            Self::Cleaned => "cleaned",
            Self::Allowed => "allowed",
            Self::NoStatusCleared => "noStatusCleared",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(WindowsMalwareThreatState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsMalwareThreatState);
