//! Types of `microsoft.graph` by the first letters of their names (`q_r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.qrCode`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`QrCodePath`](requests/trait.QrCodePath.html), what a path to one (`EntityPath<QrCode, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct QrCode {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expireDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expire_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `image`: `microsoft.graph.qrCodeImageDetails`, nullable.
    pub image: rt::Field<crate::v1::QrCodeImageDetails>,
    /// CSDL: property `lastUsedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_used_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for QrCode {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expire_date_time: rt::Field::Absent,
            image: rt::Field::Absent,
            last_used_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for QrCode {
    const TYPE_NAME: &'static str = "microsoft.graph.qrCode";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "expireDateTime",
        "image",
        "lastUsedDateTime",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"expireDateTime\":               ",
        ",\"image\":                        ",
        ",\"lastUsedDateTime\":             ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.qrCode\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "expire_date_time", &self.expire_date_time);
        v.field(3usize, "image", &self.image);
        v.field(4usize, "last_used_date_time", &self.last_used_date_time);
        v.field(5usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for QrCode {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.expire_date_time.read_from(r),
            3usize => self.image.read_from(r),
            4usize => self.last_used_date_time.read_from(r),
            5usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.expire_date_time);
        w.field(3usize, &self.image);
        w.field(4usize, &self.last_used_date_time);
        w.field(5usize, &self.start_date_time);
    }
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
rt::impl_object!(QrCode);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    QrCode { with_id id : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_expire_date_time expire_date_time :
    rt::edm::DateTimeOffset; with_image image : crate ::v1::QrCodeImageDetails;
    with_last_used_date_time last_used_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(QrCode);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.qrCodeImageDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct QrCodeImageDetails {
    /// CSDL: property `binaryValue`: `Edm.Binary`, nullable.
    pub binary_value: rt::Field<rt::edm::Binary>,
    /// CSDL: property `errorCorrectionLevel`: `microsoft.graph.errorCorrectionLevel`, nullable.
    pub error_correction_level: rt::Field<crate::v1::ErrorCorrectionLevel>,
    /// CSDL: property `rawContent`: `Edm.Binary`, nullable.
    pub raw_content: rt::Field<rt::edm::Binary>,
    /// CSDL: property `version`: `Edm.Int32`, nullable.
    pub version: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for QrCodeImageDetails {
    #[inline]
    fn default() -> Self {
        Self {
            binary_value: rt::Field::Absent,
            error_correction_level: rt::Field::Absent,
            raw_content: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for QrCodeImageDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.qrCodeImageDetails";
    const KEYS: &'static [&'static str] = &[
        "binaryValue",
        "errorCorrectionLevel",
        "rawContent",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"binaryValue\":                  ",
        ",\"errorCorrectionLevel\":         ",
        ",\"rawContent\":                   ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.qrCodeImageDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "binary_value", &self.binary_value);
        v.field(1usize, "error_correction_level", &self.error_correction_level);
        v.field(2usize, "raw_content", &self.raw_content);
        v.field(3usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for QrCodeImageDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.binary_value.read_from(r),
            1usize => self.error_correction_level.read_from(r),
            2usize => self.raw_content.read_from(r),
            3usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.binary_value);
        w.field(1usize, &self.error_correction_level);
        w.field(2usize, &self.raw_content);
        w.field(3usize, &self.version);
    }
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
rt::impl_object!(QrCodeImageDetails);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    QrCodeImageDetails { with_binary_value binary_value : rt::edm::Binary;
    with_error_correction_level error_correction_level : crate
    ::v1::ErrorCorrectionLevel; with_raw_content raw_content : rt::edm::Binary;
    with_version version : i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(QrCodeImageDetails);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.qrCodePinAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`QrCodePinAuthenticationMethodPath`](requests/trait.QrCodePinAuthenticationMethodPath.html), what a path to one (`EntityPath<QrCodePinAuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct QrCodePinAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `pin`: `microsoft.graph.qrPin`, nullable.
    pub pin: rt::Field<crate::v1::QrPin>,
    /// CSDL: containment navigation property `standardQRCode`: `microsoft.graph.qrCode`, nullable.
    pub standard_qr_code: rt::Field<crate::v1::QrCode>,
    /// CSDL: containment navigation property `temporaryQRCode`: `microsoft.graph.qrCode`, nullable.
    pub temporary_qr_code: rt::Field<crate::v1::QrCode>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for QrCodePinAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            pin: rt::Field::Absent,
            standard_qr_code: rt::Field::Absent,
            temporary_qr_code: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for QrCodePinAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.qrCodePinAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "pin",
        "standardQRCode",
        "temporaryQRCode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"pin\":                          ",
        ",\"standardQRCode\":               ",
        ",\"temporaryQRCode\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.qrCodePinAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "pin", &self.pin);
        v.field(3usize, "standard_qr_code", &self.standard_qr_code);
        v.field(4usize, "temporary_qr_code", &self.temporary_qr_code);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for QrCodePinAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.pin.read_from(r),
            3usize => self.standard_qr_code.read_from(r),
            4usize => self.temporary_qr_code.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.pin);
        w.field(3usize, &self.standard_qr_code);
        w.field(4usize, &self.temporary_qr_code);
    }
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
rt::impl_object!(QrCodePinAuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    QrCodePinAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_pin pin :
    crate ::v1::QrPin; with_standard_qr_code standard_qr_code : crate ::v1::QrCode;
    with_temporary_qr_code temporary_qr_code : crate ::v1::QrCode; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(QrCodePinAuthenticationMethod);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.qrCodePinAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`QrCodePinAuthenticationMethodConfigurationPath`](requests/trait.QrCodePinAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<QrCodePinAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct QrCodePinAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `pinLength`: `Edm.Int32`, nullable.
    pub pin_length: rt::Field<i32>,
    /// CSDL: property `standardQRCodeLifetimeInDays`: `Edm.Int32`, nullable.
    pub standard_qr_code_lifetime_in_days: rt::Field<i32>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for QrCodePinAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            pin_length: rt::Field::Absent,
            standard_qr_code_lifetime_in_days: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for QrCodePinAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.qrCodePinAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "pinLength",
        "standardQRCodeLifetimeInDays",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"pinLength\":                    ",
        ",\"standardQRCodeLifetimeInDays\": ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.qrCodePinAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "pin_length", &self.pin_length);
        v.field(
            4usize,
            "standard_qr_code_lifetime_in_days",
            &self.standard_qr_code_lifetime_in_days,
        );
        v.field(5usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for QrCodePinAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.pin_length.read_from(r),
            4usize => self.standard_qr_code_lifetime_in_days.read_from(r),
            5usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.pin_length);
        w.field(4usize, &self.standard_qr_code_lifetime_in_days);
        w.field(5usize, &self.include_targets);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(QrCodePinAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    QrCodePinAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState; with_pin_length pin_length
    : i32; with_standard_qr_code_lifetime_in_days standard_qr_code_lifetime_in_days :
    i32; with_include_targets include_targets : ::std::vec::Vec < crate
    ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(QrCodePinAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.qrPin`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct QrPin {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `code`: `Edm.String`, not nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `forceChangePinNextSignIn`: `Edm.Boolean`, nullable.
    pub force_change_pin_next_sign_in: rt::Field<bool>,
    /// CSDL: property `updatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for QrPin {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            code: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            force_change_pin_next_sign_in: rt::Field::Absent,
            updated_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for QrPin {
    const TYPE_NAME: &'static str = "microsoft.graph.qrPin";
    const KEYS: &'static [&'static str] = &[
        "id",
        "code",
        "createdDateTime",
        "forceChangePinNextSignIn",
        "updatedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"code\":                         ",
        ",\"createdDateTime\":              ",
        ",\"forceChangePinNextSignIn\":     ",
        ",\"updatedDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.qrPin\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "code", &self.code);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(
            3usize,
            "force_change_pin_next_sign_in",
            &self.force_change_pin_next_sign_in,
        );
        v.field(4usize, "updated_date_time", &self.updated_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for QrPin {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.code.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.force_change_pin_next_sign_in.read_from(r),
            4usize => self.updated_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.code);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.force_change_pin_next_sign_in);
        w.field(4usize, &self.updated_date_time);
    }
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
rt::impl_object!(QrPin);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    QrPin { with_id id : ::std::string::String; with_code code : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_force_change_pin_next_sign_in force_change_pin_next_sign_in : bool;
    with_updated_date_time updated_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(QrPin);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.quota`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Quota {
    /// CSDL: property `deleted`: `Edm.Int64`, nullable.
    pub deleted: rt::Field<i64>,
    /// CSDL: property `remaining`: `Edm.Int64`, nullable.
    pub remaining: rt::Field<i64>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// CSDL: property `storagePlanInformation`: `microsoft.graph.storagePlanInformation`, nullable.
    pub storage_plan_information: rt::Field<crate::v1::StoragePlanInformation>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// CSDL: property `used`: `Edm.Int64`, nullable.
    pub used: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Quota {
    #[inline]
    fn default() -> Self {
        Self {
            deleted: rt::Field::Absent,
            remaining: rt::Field::Absent,
            state: rt::Field::Absent,
            storage_plan_information: rt::Field::Absent,
            total: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Quota {
    const TYPE_NAME: &'static str = "microsoft.graph.quota";
    const KEYS: &'static [&'static str] = &[
        "deleted",
        "remaining",
        "state",
        "storagePlanInformation",
        "total",
        "used",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deleted\":                      ",
        ",\"remaining\":                    ",
        ",\"state\":                        ",
        ",\"storagePlanInformation\":       ",
        ",\"total\":                        ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.quota\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "deleted", &self.deleted);
        v.field(1usize, "remaining", &self.remaining);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "storage_plan_information", &self.storage_plan_information);
        v.field(4usize, "total", &self.total);
        v.field(5usize, "used", &self.used);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Quota {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.deleted.read_from(r),
            1usize => self.remaining.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.storage_plan_information.read_from(r),
            4usize => self.total.read_from(r),
            5usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.deleted);
        w.field(1usize, &self.remaining);
        w.field(2usize, &self.state);
        w.field(3usize, &self.storage_plan_information);
        w.field(4usize, &self.total);
        w.field(5usize, &self.used);
    }
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
rt::impl_object!(Quota);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Quota { with_deleted deleted : i64; with_remaining remaining : i64; with_state state
    : ::std::string::String; with_storage_plan_information storage_plan_information :
    crate ::v1::StoragePlanInformation; with_total total : i64; with_used used : i64; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Quota);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.recentNotebook`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecentNotebook {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastAccessedTime`: `Edm.DateTimeOffset`, nullable.
    pub last_accessed_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `links`: `microsoft.graph.recentNotebookLinks`, nullable.
    pub links: rt::Field<crate::v1::RecentNotebookLinks>,
    /// CSDL: property `sourceService`: `microsoft.graph.onenoteSourceService`, nullable.
    pub source_service: rt::Field<crate::v1::OnenoteSourceService>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for RecentNotebook {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            last_accessed_time: rt::Field::Absent,
            links: rt::Field::Absent,
            source_service: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for RecentNotebook {
    const TYPE_NAME: &'static str = "microsoft.graph.recentNotebook";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "lastAccessedTime",
        "links",
        "sourceService",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"lastAccessedTime\":             ",
        ",\"links\":                        ",
        ",\"sourceService\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recentNotebook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "last_accessed_time", &self.last_accessed_time);
        v.field(2usize, "links", &self.links);
        v.field(3usize, "source_service", &self.source_service);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for RecentNotebook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.last_accessed_time.read_from(r),
            2usize => self.links.read_from(r),
            3usize => self.source_service.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.last_accessed_time);
        w.field(2usize, &self.links);
        w.field(3usize, &self.source_service);
    }
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
rt::impl_object!(RecentNotebook);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    RecentNotebook { with_display_name display_name : ::std::string::String;
    with_last_accessed_time last_accessed_time : rt::edm::DateTimeOffset; with_links
    links : crate ::v1::RecentNotebookLinks; with_source_service source_service : crate
    ::v1::OnenoteSourceService; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecentNotebook);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.recentNotebookLinks`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RecentNotebookLinks {
    /// CSDL: property `oneNoteClientUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_client_url: rt::Field<crate::v1::ExternalLink>,
    /// CSDL: property `oneNoteWebUrl`: `microsoft.graph.externalLink`, nullable.
    pub one_note_web_url: rt::Field<crate::v1::ExternalLink>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for RecentNotebookLinks {
    #[inline]
    fn default() -> Self {
        Self {
            one_note_client_url: rt::Field::Absent,
            one_note_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for RecentNotebookLinks {
    const TYPE_NAME: &'static str = "microsoft.graph.recentNotebookLinks";
    const KEYS: &'static [&'static str] = &["oneNoteClientUrl", "oneNoteWebUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"oneNoteClientUrl\":             ",
        ",\"oneNoteWebUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recentNotebookLinks\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "one_note_client_url", &self.one_note_client_url);
        v.field(1usize, "one_note_web_url", &self.one_note_web_url);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for RecentNotebookLinks {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.one_note_client_url.read_from(r),
            1usize => self.one_note_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.one_note_client_url);
        w.field(1usize, &self.one_note_web_url);
    }
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
rt::impl_object!(RecentNotebookLinks);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    RecentNotebookLinks { with_one_note_client_url one_note_client_url : crate
    ::v1::ExternalLink; with_one_note_web_url one_note_web_url : crate
    ::v1::ExternalLink; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecentNotebookLinks);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.recordOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<RecordOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct RecordOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// CSDL: property `recordingAccessToken`: `Edm.String`, nullable.
    pub recording_access_token: rt::Field<::std::string::String>,
    /// CSDL: property `recordingLocation`: `Edm.String`, nullable.
    pub recording_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for RecordOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            recording_access_token: rt::Field::Absent,
            recording_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for RecordOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.recordOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
        "recordingAccessToken",
        "recordingLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
        ",\"recordingAccessToken\":         ",
        ",\"recordingLocation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.recordOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "recording_access_token", &self.recording_access_token);
        v.field(5usize, "recording_location", &self.recording_location);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for RecordOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.recording_access_token.read_from(r),
            5usize => self.recording_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
        w.field(4usize, &self.recording_access_token);
        w.field(5usize, &self.recording_location);
    }
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
rt::impl_object!(RecordOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    RecordOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus;
    with_recording_access_token recording_access_token : ::std::string::String;
    with_recording_location recording_location : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordOperation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.redirectUriSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RedirectUriSettings {
    /// CSDL: property `index`: `Edm.Int32`, nullable.
    pub index: rt::Field<i32>,
    /// CSDL: property `uri`: `Edm.String`, nullable.
    pub uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for RedirectUriSettings {
    #[inline]
    fn default() -> Self {
        Self {
            index: rt::Field::Absent,
            uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for RedirectUriSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.redirectUriSettings";
    const KEYS: &'static [&'static str] = &["index", "uri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"index\":                        ",
        ",\"uri\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.redirectUriSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "index", &self.index);
        v.field(1usize, "uri", &self.uri);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for RedirectUriSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.index.read_from(r),
            1usize => self.uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.index);
        w.field(1usize, &self.uri);
    }
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
rt::impl_object!(RedirectUriSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    RedirectUriSettings { with_index index : i32; with_uri uri : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RedirectUriSettings);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
/// CSDL: `microsoft.graph.registrationEnforcement`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct RegistrationEnforcement {
    /// CSDL: property `authenticationMethodsRegistrationCampaign`: `microsoft.graph.authenticationMethodsRegistrationCampaign`, nullable.
    pub authentication_methods_registration_campaign: rt::Field<
        crate::v1::AuthenticationMethodsRegistrationCampaign,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl ::std::default::Default for RegistrationEnforcement {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_methods_registration_campaign: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::Object for RegistrationEnforcement {
    const TYPE_NAME: &'static str = "microsoft.graph.registrationEnforcement";
    const KEYS: &'static [&'static str] = &["authenticationMethodsRegistrationCampaign"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationMethodsRegistrationCampaign\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.registrationEnforcement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "authentication_methods_registration_campaign",
            &self.authentication_methods_registration_campaign,
        );
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
impl rt::object::Members for RegistrationEnforcement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_methods_registration_campaign.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_methods_registration_campaign);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_object!(RegistrationEnforcement);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
rt::impl_setters!(
    RegistrationEnforcement { with_authentication_methods_registration_campaign
    authentication_methods_registration_campaign : crate
    ::v1::AuthenticationMethodsRegistrationCampaign; }
);
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistrationEnforcement);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.registryHive`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistryHive {
    /// `unknown` (value 0).
    Unknown,
    /// `currentConfig` (value 1).
    CurrentConfig,
    /// `currentUser` (value 2).
    CurrentUser,
    /// `localMachineSam` (value 3).
    LocalMachineSam,
    /// `localMachineSecurity` (value 4).
    LocalMachineSecurity,
    /// `localMachineSoftware` (value 5).
    LocalMachineSoftware,
    /// `localMachineSystem` (value 6).
    LocalMachineSystem,
    /// `usersDefault` (value 7).
    UsersDefault,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for RegistryHive {
    const TYPE_NAME: &'static str = "microsoft.graph.registryHive";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "currentConfig",
        "currentUser",
        "localMachineSam",
        "localMachineSecurity",
        "localMachineSoftware",
        "localMachineSystem",
        "usersDefault",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "currentConfig" => Self::CurrentConfig,
                "currentUser" => Self::CurrentUser,
                "localMachineSam" => Self::LocalMachineSam,
                "localMachineSecurity" => Self::LocalMachineSecurity,
                "localMachineSoftware" => Self::LocalMachineSoftware,
                "localMachineSystem" => Self::LocalMachineSystem,
                "usersDefault" => Self::UsersDefault,
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
            Self::CurrentConfig => "currentConfig",
            Self::CurrentUser => "currentUser",
            Self::LocalMachineSam => "localMachineSam",
            Self::LocalMachineSecurity => "localMachineSecurity",
            Self::LocalMachineSoftware => "localMachineSoftware",
            Self::LocalMachineSystem => "localMachineSystem",
            Self::UsersDefault => "usersDefault",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(RegistryHive);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryHive);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.registryKeyState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RegistryKeyState {
    /// CSDL: property `hive`: `microsoft.graph.registryHive`, nullable.
    pub hive: rt::Field<crate::v1::RegistryHive>,
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `oldKey`: `Edm.String`, nullable.
    pub old_key: rt::Field<::std::string::String>,
    /// CSDL: property `oldValueData`: `Edm.String`, nullable.
    pub old_value_data: rt::Field<::std::string::String>,
    /// CSDL: property `oldValueName`: `Edm.String`, nullable.
    pub old_value_name: rt::Field<::std::string::String>,
    /// CSDL: property `operation`: `microsoft.graph.registryOperation`, nullable.
    pub operation: rt::Field<crate::v1::RegistryOperation>,
    /// CSDL: property `processId`: `Edm.Int32`, nullable.
    pub process_id: rt::Field<i32>,
    /// CSDL: property `valueData`: `Edm.String`, nullable.
    pub value_data: rt::Field<::std::string::String>,
    /// CSDL: property `valueName`: `Edm.String`, nullable.
    pub value_name: rt::Field<::std::string::String>,
    /// CSDL: property `valueType`: `microsoft.graph.registryValueType`, nullable.
    pub value_type: rt::Field<crate::v1::RegistryValueType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RegistryKeyState {
    #[inline]
    fn default() -> Self {
        Self {
            hive: rt::Field::Absent,
            key: rt::Field::Absent,
            old_key: rt::Field::Absent,
            old_value_data: rt::Field::Absent,
            old_value_name: rt::Field::Absent,
            operation: rt::Field::Absent,
            process_id: rt::Field::Absent,
            value_data: rt::Field::Absent,
            value_name: rt::Field::Absent,
            value_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RegistryKeyState {
    const TYPE_NAME: &'static str = "microsoft.graph.registryKeyState";
    const KEYS: &'static [&'static str] = &[
        "hive",
        "key",
        "oldKey",
        "oldValueData",
        "oldValueName",
        "operation",
        "processId",
        "valueData",
        "valueName",
        "valueType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hive\":                         ",
        ",\"key\":                          ",
        ",\"oldKey\":                       ",
        ",\"oldValueData\":                 ",
        ",\"oldValueName\":                 ",
        ",\"operation\":                    ",
        ",\"processId\":                    ",
        ",\"valueData\":                    ",
        ",\"valueName\":                    ",
        ",\"valueType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.registryKeyState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hive", &self.hive);
        v.field(1usize, "key", &self.key);
        v.field(2usize, "old_key", &self.old_key);
        v.field(3usize, "old_value_data", &self.old_value_data);
        v.field(4usize, "old_value_name", &self.old_value_name);
        v.field(5usize, "operation", &self.operation);
        v.field(6usize, "process_id", &self.process_id);
        v.field(7usize, "value_data", &self.value_data);
        v.field(8usize, "value_name", &self.value_name);
        v.field(9usize, "value_type", &self.value_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RegistryKeyState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hive.read_from(r),
            1usize => self.key.read_from(r),
            2usize => self.old_key.read_from(r),
            3usize => self.old_value_data.read_from(r),
            4usize => self.old_value_name.read_from(r),
            5usize => self.operation.read_from(r),
            6usize => self.process_id.read_from(r),
            7usize => self.value_data.read_from(r),
            8usize => self.value_name.read_from(r),
            9usize => self.value_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hive);
        w.field(1usize, &self.key);
        w.field(2usize, &self.old_key);
        w.field(3usize, &self.old_value_data);
        w.field(4usize, &self.old_value_name);
        w.field(5usize, &self.operation);
        w.field(6usize, &self.process_id);
        w.field(7usize, &self.value_data);
        w.field(8usize, &self.value_name);
        w.field(9usize, &self.value_type);
    }
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
rt::impl_object!(RegistryKeyState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RegistryKeyState { with_hive hive : crate ::v1::RegistryHive; with_key key :
    ::std::string::String; with_old_key old_key : ::std::string::String;
    with_old_value_data old_value_data : ::std::string::String; with_old_value_name
    old_value_name : ::std::string::String; with_operation operation : crate
    ::v1::RegistryOperation; with_process_id process_id : i32; with_value_data value_data
    : ::std::string::String; with_value_name value_name : ::std::string::String;
    with_value_type value_type : crate ::v1::RegistryValueType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryKeyState);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.registryOperation`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistryOperation {
    /// `unknown` (value 0).
    Unknown,
    /// `create` (value 1).
    Create,
    /// `modify` (value 2).
    Modify,
    /// `delete` (value 3).
    Delete,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for RegistryOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.registryOperation";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "create",
        "modify",
        "delete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "create" => Self::Create,
                "modify" => Self::Modify,
                "delete" => Self::Delete,
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
            Self::Create => "create",
            Self::Modify => "modify",
            Self::Delete => "delete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(RegistryOperation);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryOperation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.registryValueType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RegistryValueType {
    /// `unknown` (value 0).
    Unknown,
    /// `binary` (value 1).
    Binary,
    /// `dword` (value 2).
    Dword,
    /// `dwordLittleEndian` (value 3).
    DwordLittleEndian,
    /// `dwordBigEndian` (value 4).
    DwordBigEndian,
    /// `expandSz` (value 5).
    ExpandSz,
    /// `link` (value 6).
    Link,
    /// `multiSz` (value 7).
    MultiSz,
    /// `none` (value 8).
    None,
    /// `qword` (value 9).
    Qword,
    /// `qwordlittleEndian` (value 10).
    QwordlittleEndian,
    /// `sz` (value 11).
    Sz,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for RegistryValueType {
    const TYPE_NAME: &'static str = "microsoft.graph.registryValueType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "binary",
        "dword",
        "dwordLittleEndian",
        "dwordBigEndian",
        "expandSz",
        "link",
        "multiSz",
        "none",
        "qword",
        "qwordlittleEndian",
        "sz",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "binary" => Self::Binary,
                "dword" => Self::Dword,
                "dwordLittleEndian" => Self::DwordLittleEndian,
                "dwordBigEndian" => Self::DwordBigEndian,
                "expandSz" => Self::ExpandSz,
                "link" => Self::Link,
                "multiSz" => Self::MultiSz,
                "none" => Self::None,
                "qword" => Self::Qword,
                "qwordlittleEndian" => Self::QwordlittleEndian,
                "sz" => Self::Sz,
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
            Self::Binary => "binary",
            Self::Dword => "dword",
            Self::DwordLittleEndian => "dwordLittleEndian",
            Self::DwordBigEndian => "dwordBigEndian",
            Self::ExpandSz => "expandSz",
            Self::Link => "link",
            Self::MultiSz => "multiSz",
            Self::None => "none",
            Self::Qword => "qword",
            Self::QwordlittleEndian => "qwordlittleEndian",
            Self::Sz => "sz",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(RegistryValueType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryValueType);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.rejectJoinResponse`, complex type, derived from `microsoft.graph.participantJoiningResponse`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct RejectJoinResponse {
    /// CSDL: property `reason`: `microsoft.graph.rejectReason`, not nullable.
    pub reason: rt::Field<crate::v1::RejectReason>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for RejectJoinResponse {
    #[inline]
    fn default() -> Self {
        Self {
            reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for RejectJoinResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.rejectJoinResponse";
    const KEYS: &'static [&'static str] = &["reason"];
    const KEYS_JSON: &'static [&'static str] = &[",\"reason\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.rejectJoinResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reason", &self.reason);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for RejectJoinResponse {
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(RejectJoinResponse);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(RejectJoinResponse { with_reason reason : crate ::v1::RejectReason; });
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(RejectJoinResponse);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.rejectReason`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RejectReason {
    /// `none` (value 0).
    None,
    /// `busy` (value 1).
    Busy,
    /// `forbidden` (value 2).
    Forbidden,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for RejectReason {
    const TYPE_NAME: &'static str = "microsoft.graph.rejectReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "busy",
        "forbidden",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "busy" => Self::Busy,
                "forbidden" => Self::Forbidden,
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
            Self::Busy => "busy",
            Self::Forbidden => "forbidden",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(RejectReason);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(RejectReason);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.remindBeforeTimeInMinutesType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RemindBeforeTimeInMinutesType {
    /// `mins15` (value 0).
    Mins15,
    /// `unknownFutureValue` (value 100).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::StrEnum for RemindBeforeTimeInMinutesType {
    const TYPE_NAME: &'static str = "microsoft.graph.remindBeforeTimeInMinutesType";
    const MEMBERS: &'static [&'static str] = &["mins15", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mins15" => Self::Mins15,
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
            Self::Mins15 => "mins15",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_enum!(RemindBeforeTimeInMinutesType);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemindBeforeTimeInMinutesType);
#[cfg(msgraph_v1_device_management_or_search)]
/// The current TeamViewer connector status
///
/// CSDL: `microsoft.graph.remoteAssistanceOnboardingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RemoteAssistanceOnboardingStatus {
    /// The status reported when there is no active TeamViewer connector configured or active
    ///
    /// `notOnboarded` (value 0).
    NotOnboarded,
    /// The status reported when the system has initiated a TeamViewer connection, but the service has not yet completed the confirmation of a connector
    ///
    /// `onboarding` (value 1).
    Onboarding,
    /// The status reported when the system has successfully exchanged account information with TeamViewer and can now initiate remote assistance sessions with clients
    ///
    /// `onboarded` (value 2).
    Onboarded,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for RemoteAssistanceOnboardingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistanceOnboardingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notOnboarded",
        "onboarding",
        "onboarded",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notOnboarded" => Self::NotOnboarded,
                "onboarding" => Self::Onboarding,
                "onboarded" => Self::Onboarded,
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
            Self::NotOnboarded => "notOnboarded",
            Self::Onboarding => "onboarding",
            Self::Onboarded => "onboarded",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(RemoteAssistanceOnboardingStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteAssistanceOnboardingStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// RemoteAssistPartner resources represent the metadata and status of a given Remote Assistance partner service.
///
/// CSDL: `microsoft.graph.remoteAssistancePartner`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RemoteAssistancePartnerPath`](requests/trait.RemoteAssistancePartnerPath.html), what a path to one (`EntityPath<RemoteAssistancePartner, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct RemoteAssistancePartner {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Display name of the partner.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Timestamp of the last request sent to Intune by the TEM partner.
    ///
    /// CSDL: property `lastConnectionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_connection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// A friendly description of the current TeamViewer connector status
    ///
    /// CSDL: property `onboardingStatus`: `microsoft.graph.remoteAssistanceOnboardingStatus`, not nullable.
    pub onboarding_status: rt::Field<crate::v1::RemoteAssistanceOnboardingStatus>,
    /// URL of the partner's onboarding portal, where an administrator can configure their Remote Assistance service.
    ///
    /// CSDL: property `onboardingUrl`: `Edm.String`, nullable.
    pub onboarding_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for RemoteAssistancePartner {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_connection_date_time: rt::Field::Absent,
            onboarding_status: rt::Field::Absent,
            onboarding_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for RemoteAssistancePartner {
    const TYPE_NAME: &'static str = "microsoft.graph.remoteAssistancePartner";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastConnectionDateTime",
        "onboardingStatus",
        "onboardingUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastConnectionDateTime\":       ",
        ",\"onboardingStatus\":             ",
        ",\"onboardingUrl\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.remoteAssistancePartner\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_connection_date_time", &self.last_connection_date_time);
        v.field(3usize, "onboarding_status", &self.onboarding_status);
        v.field(4usize, "onboarding_url", &self.onboarding_url);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for RemoteAssistancePartner {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_connection_date_time.read_from(r),
            3usize => self.onboarding_status.read_from(r),
            4usize => self.onboarding_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_connection_date_time);
        w.field(3usize, &self.onboarding_status);
        w.field(4usize, &self.onboarding_url);
    }
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
rt::impl_object!(RemoteAssistancePartner);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    RemoteAssistancePartner { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_connection_date_time
    last_connection_date_time : rt::edm::DateTimeOffset; with_onboarding_status
    onboarding_status : crate ::v1::RemoteAssistanceOnboardingStatus; with_onboarding_url
    onboarding_url : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoteAssistancePartner);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.removeAccessApplyAction`, complex type, derived from `microsoft.graph.accessReviewApplyAction`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct RemoveAccessApplyAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for RemoveAccessApplyAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for RemoveAccessApplyAction {
    const TYPE_NAME: &'static str = "microsoft.graph.removeAccessApplyAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.removeAccessApplyAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for RemoveAccessApplyAction {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(RemoveAccessApplyAction);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RemoveAccessApplyAction);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.renameAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct RenameAction {
    /// CSDL: property `newName`: `Edm.String`, nullable.
    pub new_name: rt::Field<::std::string::String>,
    /// CSDL: property `oldName`: `Edm.String`, nullable.
    pub old_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for RenameAction {
    #[inline]
    fn default() -> Self {
        Self {
            new_name: rt::Field::Absent,
            old_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for RenameAction {
    const TYPE_NAME: &'static str = "microsoft.graph.renameAction";
    const KEYS: &'static [&'static str] = &["newName", "oldName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"newName\":                      ",
        ",\"oldName\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.renameAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_name", &self.new_name);
        v.field(1usize, "old_name", &self.old_name);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for RenameAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_name.read_from(r),
            1usize => self.old_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_name);
        w.field(1usize, &self.old_name);
    }
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
rt::impl_object!(RenameAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    RenameAction { with_new_name new_name : ::std::string::String; with_old_name old_name
    : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(RenameAction);
#[cfg(msgraph_v1_reports)]
/// CSDL: `microsoft.graph.reportRoot`, entity type.
///
/// Request builders: [`ReportRootPath`](requests/trait.ReportRootPath.html), what a path to one (`EntityPath<ReportRoot, C>`) dereferences to.
///
/// Features: `v1` or `v1-reports`.
#[derive(Clone)]
pub struct ReportRoot {
    /// CSDL: containment navigation property `authenticationMethods`: `microsoft.graph.authenticationMethodsRoot`, nullable.
    pub authentication_methods: rt::Field<crate::v1::AuthenticationMethodsRoot>,
    /// CSDL: containment navigation property `dailyPrintUsageByPrinter`: `Collection(microsoft.graph.printUsageByPrinter)`, not nullable.
    pub daily_print_usage_by_printer: rt::Field<
        ::std::vec::Vec<crate::v1::PrintUsageByPrinter>,
    >,
    /// CSDL: containment navigation property `dailyPrintUsageByUser`: `Collection(microsoft.graph.printUsageByUser)`, not nullable.
    pub daily_print_usage_by_user: rt::Field<
        ::std::vec::Vec<crate::v1::PrintUsageByUser>,
    >,
    /// CSDL: containment navigation property `monthlyPrintUsageByPrinter`: `Collection(microsoft.graph.printUsageByPrinter)`, not nullable.
    pub monthly_print_usage_by_printer: rt::Field<
        ::std::vec::Vec<crate::v1::PrintUsageByPrinter>,
    >,
    /// CSDL: containment navigation property `monthlyPrintUsageByUser`: `Collection(microsoft.graph.printUsageByUser)`, not nullable.
    pub monthly_print_usage_by_user: rt::Field<
        ::std::vec::Vec<crate::v1::PrintUsageByUser>,
    >,
    /// CSDL: containment navigation property `partners`: `microsoft.graph.partners`, nullable.
    pub partners: rt::Field<crate::v1::Partners>,
    /// CSDL: containment navigation property `security`: `microsoft.graph.securityReportsRoot`, nullable.
    pub security: rt::Field<crate::v1::SecurityReportsRoot>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_reports)]
impl ::std::default::Default for ReportRoot {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_methods: rt::Field::Absent,
            daily_print_usage_by_printer: rt::Field::Absent,
            daily_print_usage_by_user: rt::Field::Absent,
            monthly_print_usage_by_printer: rt::Field::Absent,
            monthly_print_usage_by_user: rt::Field::Absent,
            partners: rt::Field::Absent,
            security: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_reports)]
impl rt::Object for ReportRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.reportRoot";
    const KEYS: &'static [&'static str] = &[
        "authenticationMethods",
        "dailyPrintUsageByPrinter",
        "dailyPrintUsageByUser",
        "monthlyPrintUsageByPrinter",
        "monthlyPrintUsageByUser",
        "partners",
        "security",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationMethods\":        ",
        ",\"dailyPrintUsageByPrinter\":     ",
        ",\"dailyPrintUsageByUser\":        ",
        ",\"monthlyPrintUsageByPrinter\":   ",
        ",\"monthlyPrintUsageByUser\":      ",
        ",\"partners\":                     ",
        ",\"security\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.reportRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "authentication_methods", &self.authentication_methods);
        v.field(
            1usize,
            "daily_print_usage_by_printer",
            &self.daily_print_usage_by_printer,
        );
        v.field(2usize, "daily_print_usage_by_user", &self.daily_print_usage_by_user);
        v.field(
            3usize,
            "monthly_print_usage_by_printer",
            &self.monthly_print_usage_by_printer,
        );
        v.field(
            4usize,
            "monthly_print_usage_by_user",
            &self.monthly_print_usage_by_user,
        );
        v.field(5usize, "partners", &self.partners);
        v.field(6usize, "security", &self.security);
    }
}
#[cfg(msgraph_v1_reports)]
impl rt::object::Members for ReportRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_methods.read_from(r),
            1usize => self.daily_print_usage_by_printer.read_from(r),
            2usize => self.daily_print_usage_by_user.read_from(r),
            3usize => self.monthly_print_usage_by_printer.read_from(r),
            4usize => self.monthly_print_usage_by_user.read_from(r),
            5usize => self.partners.read_from(r),
            6usize => self.security.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_methods);
        w.field(1usize, &self.daily_print_usage_by_printer);
        w.field(2usize, &self.daily_print_usage_by_user);
        w.field(3usize, &self.monthly_print_usage_by_printer);
        w.field(4usize, &self.monthly_print_usage_by_user);
        w.field(5usize, &self.partners);
        w.field(6usize, &self.security);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_reports)]
rt::impl_object!(ReportRoot);
#[cfg(msgraph_v1_reports)]
rt::impl_setters!(
    ReportRoot { with_authentication_methods authentication_methods : crate
    ::v1::AuthenticationMethodsRoot; with_daily_print_usage_by_printer
    daily_print_usage_by_printer : ::std::vec::Vec < crate ::v1::PrintUsageByPrinter >;
    with_daily_print_usage_by_user daily_print_usage_by_user : ::std::vec::Vec < crate
    ::v1::PrintUsageByUser >; with_monthly_print_usage_by_printer
    monthly_print_usage_by_printer : ::std::vec::Vec < crate ::v1::PrintUsageByPrinter >;
    with_monthly_print_usage_by_user monthly_print_usage_by_user : ::std::vec::Vec <
    crate ::v1::PrintUsageByUser >; with_partners partners : crate ::v1::Partners;
    with_security security : crate ::v1::SecurityReportsRoot; }
);
#[cfg(msgraph_v1_reports)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReportRoot);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// CSDL: `microsoft.graph.requestSchedule`, complex type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
#[derive(Clone)]
pub struct RequestSchedule {
    /// CSDL: property `expiration`: `microsoft.graph.expirationPattern`, nullable.
    pub expiration: rt::Field<crate::v1::ExpirationPattern>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::v1::PatternedRecurrence>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl ::std::default::Default for RequestSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            expiration: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::Object for RequestSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.requestSchedule";
    const KEYS: &'static [&'static str] = &["expiration", "recurrence", "startDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expiration\":                   ",
        ",\"recurrence\":                   ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.requestSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration", &self.expiration);
        v.field(1usize, "recurrence", &self.recurrence);
        v.field(2usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl rt::object::Members for RequestSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration.read_from(r),
            1usize => self.recurrence.read_from(r),
            2usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration);
        w.field(1usize, &self.recurrence);
        w.field(2usize, &self.start_date_time);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_object!(RequestSchedule);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
rt::impl_setters!(
    RequestSchedule { with_expiration expiration : crate ::v1::ExpirationPattern;
    with_recurrence recurrence : crate ::v1::PatternedRecurrence; with_start_date_time
    start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequestSchedule);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.requestorManager`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct RequestorManager {
    /// CSDL: property `managerLevel`: `Edm.Int32`, nullable.
    pub manager_level: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for RequestorManager {
    #[inline]
    fn default() -> Self {
        Self {
            manager_level: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for RequestorManager {
    const TYPE_NAME: &'static str = "microsoft.graph.requestorManager";
    const KEYS: &'static [&'static str] = &["managerLevel"];
    const KEYS_JSON: &'static [&'static str] = &[",\"managerLevel\":                 "];
    const TAG: &'static str = "\"#microsoft.graph.requestorManager\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "manager_level", &self.manager_level);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for RequestorManager {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.manager_level.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.manager_level);
    }
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
rt::impl_object!(RequestorManager);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(RequestorManager { with_manager_level manager_level : i32; });
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequestorManager);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.requiredResourceAccess`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RequiredResourceAccess {
    /// CSDL: property `resourceAccess`: `Collection(microsoft.graph.resourceAccess)`, not nullable.
    pub resource_access: rt::Field<::std::vec::Vec<crate::v1::ResourceAccess>>,
    /// CSDL: property `resourceAppId`: `Edm.String`, not nullable.
    pub resource_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for RequiredResourceAccess {
    #[inline]
    fn default() -> Self {
        Self {
            resource_access: rt::Field::Absent,
            resource_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for RequiredResourceAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.requiredResourceAccess";
    const KEYS: &'static [&'static str] = &["resourceAccess", "resourceAppId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"resourceAccess\":               ",
        ",\"resourceAppId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.requiredResourceAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource_access", &self.resource_access);
        v.field(1usize, "resource_app_id", &self.resource_app_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for RequiredResourceAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_access.read_from(r),
            1usize => self.resource_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_access);
        w.field(1usize, &self.resource_app_id);
    }
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
rt::impl_object!(RequiredResourceAccess);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    RequiredResourceAccess { with_resource_access resource_access : ::std::vec::Vec <
    crate ::v1::ResourceAccess >; with_resource_app_id resource_app_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RequiredResourceAccess);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.resourceAccess`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceAccess {
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ResourceAccess {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ResourceAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceAccess";
    const KEYS: &'static [&'static str] = &["id", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ResourceAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(ResourceAccess);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ResourceAccess { with_id id : rt::edm::Guid; with_type type_ : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAccess);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.resourceAccessDetail`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceAccessDetail {
    /// CSDL: property `accessType`: `microsoft.graph.resourceAccessType`, not nullable.
    pub access_type: rt::Field<rt::Flags<crate::v1::ResourceAccessType>>,
    /// CSDL: property `identifier`: `Edm.String`, not nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `isCrossPromptInjectionDetected`: `Edm.Boolean`, not nullable.
    pub is_cross_prompt_injection_detected: rt::Field<bool>,
    /// CSDL: property `labelId`: `Edm.String`, nullable.
    pub label_id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.resourceAccessStatus`, not nullable.
    pub status: rt::Field<crate::v1::ResourceAccessStatus>,
    /// CSDL: property `storageId`: `Edm.String`, nullable.
    pub storage_id: rt::Field<::std::string::String>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for ResourceAccessDetail {
    #[inline]
    fn default() -> Self {
        Self {
            access_type: rt::Field::Absent,
            identifier: rt::Field::Absent,
            is_cross_prompt_injection_detected: rt::Field::Absent,
            label_id: rt::Field::Absent,
            name: rt::Field::Absent,
            status: rt::Field::Absent,
            storage_id: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for ResourceAccessDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceAccessDetail";
    const KEYS: &'static [&'static str] = &[
        "accessType",
        "identifier",
        "isCrossPromptInjectionDetected",
        "labelId",
        "name",
        "status",
        "storageId",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessType\":                   ",
        ",\"identifier\":                   ",
        ",\"isCrossPromptInjectionDetected\":",
        ",\"labelId\":                      ",
        ",\"name\":                         ",
        ",\"status\":                       ",
        ",\"storageId\":                    ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceAccessDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_type", &self.access_type);
        v.field(1usize, "identifier", &self.identifier);
        v.field(
            2usize,
            "is_cross_prompt_injection_detected",
            &self.is_cross_prompt_injection_detected,
        );
        v.field(3usize, "label_id", &self.label_id);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "storage_id", &self.storage_id);
        v.field(7usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for ResourceAccessDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_type.read_from(r),
            1usize => self.identifier.read_from(r),
            2usize => self.is_cross_prompt_injection_detected.read_from(r),
            3usize => self.label_id.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.storage_id.read_from(r),
            7usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_type);
        w.field(1usize, &self.identifier);
        w.field(2usize, &self.is_cross_prompt_injection_detected);
        w.field(3usize, &self.label_id);
        w.field(4usize, &self.name);
        w.field(5usize, &self.status);
        w.field(6usize, &self.storage_id);
        w.field(7usize, &self.url);
    }
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
rt::impl_object!(ResourceAccessDetail);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    ResourceAccessDetail { with_access_type access_type : rt::Flags < crate
    ::v1::ResourceAccessType >; with_identifier identifier : ::std::string::String;
    with_is_cross_prompt_injection_detected is_cross_prompt_injection_detected : bool;
    with_label_id label_id : ::std::string::String; with_name name :
    ::std::string::String; with_status status : crate ::v1::ResourceAccessStatus;
    with_storage_id storage_id : ::std::string::String; with_url url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAccessDetail);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.resourceAccessStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResourceAccessStatus {
    /// `none` (value 0).
    None,
    /// `failure` (value 1).
    Failure,
    /// `success` (value 2).
    Success,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for ResourceAccessStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceAccessStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "failure",
        "success",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "failure" => Self::Failure,
                "success" => Self::Success,
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
            Self::Failure => "failure",
            Self::Success => "success",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(ResourceAccessStatus);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAccessStatus);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.resourceAccessType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ResourceAccessType {
    /// `none` (value 0).
    None,
    /// `read` (value 1).
    Read,
    /// `write` (value 2).
    Write,
    /// `create` (value 4).
    Create,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::StrEnum for ResourceAccessType {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceAccessType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "read",
        "write",
        "create",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "read" => Self::Read,
                "write" => Self::Write,
                "create" => Self::Create,
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
            Self::Read => "read",
            Self::Write => "write",
            Self::Create => "create",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_enum!(ResourceAccessType);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAccessType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Describes the resourceOperation resource (entity) of the Microsoft Graph API (REST), which supports Intune workflows related to role-based access control (RBAC).
///
/// CSDL: `microsoft.graph.resourceOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct ResourceOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Type of action this operation is going to perform. The actionName should be concise and limited to as few words as possible.
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// Description of the resource operation. The description is used in mouse-over text for the operation when shown in the Azure Portal.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the Resource this operation is performed on.
    ///
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for ResourceOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            action_name: rt::Field::Absent,
            description: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for ResourceOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actionName",
        "description",
        "resourceName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actionName\":                   ",
        ",\"description\":                  ",
        ",\"resourceName\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "action_name", &self.action_name);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "resource_name", &self.resource_name);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for ResourceOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.action_name.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.resource_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.action_name);
        w.field(2usize, &self.description);
        w.field(3usize, &self.resource_name);
    }
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
rt::impl_object!(ResourceOperation);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ResourceOperation { with_id id : ::std::string::String; with_action_name action_name
    : ::std::string::String; with_description description : ::std::string::String;
    with_resource_name resource_name : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceOperation);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.resourcePermission`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct ResourcePermission {
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for ResourcePermission {
    #[inline]
    fn default() -> Self {
        Self {
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for ResourcePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.resourcePermission";
    const KEYS: &'static [&'static str] = &["type", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourcePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "type_", &self.type_);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for ResourcePermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.type_.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.type_);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(ResourcePermission);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    ResourcePermission { with_type type_ : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourcePermission);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.resourceReference`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceReference {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ResourceReference {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            type_: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ResourceReference {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceReference";
    const KEYS: &'static [&'static str] = &["id", "type", "webUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"type\":                         ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceReference\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "type_", &self.type_);
        v.field(2usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ResourceReference {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.type_.read_from(r),
            2usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.type_);
        w.field(2usize, &self.web_url);
    }
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
rt::impl_object!(ResourceReference);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ResourceReference { with_id id : ::std::string::String; with_type type_ :
    ::std::string::String; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceReference);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.resourceSpecificPermission`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceSpecificPermission {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.Guid`, not nullable.
    pub id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ResourceSpecificPermission {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ResourceSpecificPermission {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceSpecificPermission";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "id",
        "isEnabled",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceSpecificPermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ResourceSpecificPermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.value);
    }
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
rt::impl_object!(ResourceSpecificPermission);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ResourceSpecificPermission { with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_id id : rt::edm::Guid;
    with_is_enabled is_enabled : bool; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceSpecificPermission);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.resourceSpecificPermissionGrant`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<ResourceSpecificPermissionGrant, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceSpecificPermissionGrant {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `clientAppId`: `Edm.String`, nullable.
    pub client_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `permission`: `Edm.String`, nullable.
    pub permission: rt::Field<::std::string::String>,
    /// CSDL: property `permissionType`: `Edm.String`, nullable.
    pub permission_type: rt::Field<::std::string::String>,
    /// CSDL: property `resourceAppId`: `Edm.String`, nullable.
    pub resource_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ResourceSpecificPermissionGrant {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            client_app_id: rt::Field::Absent,
            client_id: rt::Field::Absent,
            permission: rt::Field::Absent,
            permission_type: rt::Field::Absent,
            resource_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ResourceSpecificPermissionGrant {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "clientAppId",
        "clientId",
        "permission",
        "permissionType",
        "resourceAppId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"clientAppId\":                  ",
        ",\"clientId\":                     ",
        ",\"permission\":                   ",
        ",\"permissionType\":               ",
        ",\"resourceAppId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceSpecificPermissionGrant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "client_app_id", &self.client_app_id);
        v.field(3usize, "client_id", &self.client_id);
        v.field(4usize, "permission", &self.permission);
        v.field(5usize, "permission_type", &self.permission_type);
        v.field(6usize, "resource_app_id", &self.resource_app_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ResourceSpecificPermissionGrant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.client_app_id.read_from(r),
            3usize => self.client_id.read_from(r),
            4usize => self.permission.read_from(r),
            5usize => self.permission_type.read_from(r),
            6usize => self.resource_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.client_app_id);
        w.field(3usize, &self.client_id);
        w.field(4usize, &self.permission);
        w.field(5usize, &self.permission_type);
        w.field(6usize, &self.resource_app_id);
    }
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
rt::impl_object!(ResourceSpecificPermissionGrant);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ResourceSpecificPermissionGrant { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_client_app_id client_app_id : ::std::string::String; with_client_id client_id :
    ::std::string::String; with_permission permission : ::std::string::String;
    with_permission_type permission_type : ::std::string::String; with_resource_app_id
    resource_app_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceSpecificPermissionGrant);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.resourceVisualization`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ResourceVisualization {
    /// CSDL: property `containerDisplayName`: `Edm.String`, nullable.
    pub container_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `containerType`: `Edm.String`, nullable.
    pub container_type: rt::Field<::std::string::String>,
    /// CSDL: property `containerWebUrl`: `Edm.String`, nullable.
    pub container_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `mediaType`: `Edm.String`, nullable.
    pub media_type: rt::Field<::std::string::String>,
    /// CSDL: property `previewImageUrl`: `Edm.String`, nullable.
    pub preview_image_url: rt::Field<::std::string::String>,
    /// CSDL: property `previewText`: `Edm.String`, nullable.
    pub preview_text: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ResourceVisualization {
    #[inline]
    fn default() -> Self {
        Self {
            container_display_name: rt::Field::Absent,
            container_type: rt::Field::Absent,
            container_web_url: rt::Field::Absent,
            media_type: rt::Field::Absent,
            preview_image_url: rt::Field::Absent,
            preview_text: rt::Field::Absent,
            title: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ResourceVisualization {
    const TYPE_NAME: &'static str = "microsoft.graph.resourceVisualization";
    const KEYS: &'static [&'static str] = &[
        "containerDisplayName",
        "containerType",
        "containerWebUrl",
        "mediaType",
        "previewImageUrl",
        "previewText",
        "title",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"containerDisplayName\":         ",
        ",\"containerType\":                ",
        ",\"containerWebUrl\":              ",
        ",\"mediaType\":                    ",
        ",\"previewImageUrl\":              ",
        ",\"previewText\":                  ",
        ",\"title\":                        ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.resourceVisualization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "container_display_name", &self.container_display_name);
        v.field(1usize, "container_type", &self.container_type);
        v.field(2usize, "container_web_url", &self.container_web_url);
        v.field(3usize, "media_type", &self.media_type);
        v.field(4usize, "preview_image_url", &self.preview_image_url);
        v.field(5usize, "preview_text", &self.preview_text);
        v.field(6usize, "title", &self.title);
        v.field(7usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ResourceVisualization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.container_display_name.read_from(r),
            1usize => self.container_type.read_from(r),
            2usize => self.container_web_url.read_from(r),
            3usize => self.media_type.read_from(r),
            4usize => self.preview_image_url.read_from(r),
            5usize => self.preview_text.read_from(r),
            6usize => self.title.read_from(r),
            7usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.container_display_name);
        w.field(1usize, &self.container_type);
        w.field(2usize, &self.container_web_url);
        w.field(3usize, &self.media_type);
        w.field(4usize, &self.preview_image_url);
        w.field(5usize, &self.preview_text);
        w.field(6usize, &self.title);
        w.field(7usize, &self.type_);
    }
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
rt::impl_object!(ResourceVisualization);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ResourceVisualization { with_container_display_name container_display_name :
    ::std::string::String; with_container_type container_type : ::std::string::String;
    with_container_web_url container_web_url : ::std::string::String; with_media_type
    media_type : ::std::string::String; with_preview_image_url preview_image_url :
    ::std::string::String; with_preview_text preview_text : ::std::string::String;
    with_title title : ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceVisualization);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.restEncryptionType`, enum type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestEncryptionType {
    /// `none` (value 0).
    None,
    /// `aes` (value 1).
    Aes,
    /// `bitlocker` (value 2).
    Bitlocker,
    /// `blowfish` (value 3).
    Blowfish,
    /// `des` (value 4).
    Des,
    /// `rc4` (value 5).
    Rc4,
    /// `rsa` (value 6).
    Rsa,
    /// `notSupported` (value 7).
    NotSupported,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for RestEncryptionType {
    const TYPE_NAME: &'static str = "microsoft.graph.restEncryptionType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "aes",
        "bitlocker",
        "blowfish",
        "des",
        "rc4",
        "rsa",
        "notSupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "aes" => Self::Aes,
                "bitlocker" => Self::Bitlocker,
                "blowfish" => Self::Blowfish,
                "des" => Self::Des,
                "rc4" => Self::Rc4,
                "rsa" => Self::Rsa,
                "notSupported" => Self::NotSupported,
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
            Self::Aes => "aes",
            Self::Bitlocker => "bitlocker",
            Self::Blowfish => "blowfish",
            Self::Des => "des",
            Self::Rc4 => "rc4",
            Self::Rsa => "rsa",
            Self::NotSupported => "notSupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(RestEncryptionType);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestEncryptionType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restorableArtifact`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestorableArtifact {
    /// `message` (value 0).
    Message,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for RestorableArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.restorableArtifact";
    const MEMBERS: &'static [&'static str] = &["message", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "message" => Self::Message,
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
            Self::Message => "message",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(RestorableArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorableArtifact);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.restoreAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct RestoreAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for RestoreAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for RestoreAction {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.restoreAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for RestoreAction {
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
rt::impl_object!(RestoreAction);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreAction);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restoreArtifactsBulkRequestBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RestoreArtifactsBulkRequestBasePath`](requests/trait.RestoreArtifactsBulkRequestBasePath.html), what a path to one (`EntityPath<AnyRestoreArtifactsBulkRequestBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestoreArtifactsBulkRequestBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionTimePeriod`: `microsoft.graph.timePeriod`, nullable.
    pub protection_time_period: rt::Field<crate::v1::TimePeriod>,
    /// CSDL: property `protectionUnitIds`: `Collection(Edm.String)`, nullable.
    pub protection_unit_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `restorePointPreference`: `microsoft.graph.restorePointPreference`, nullable.
    pub restore_point_preference: rt::Field<crate::v1::RestorePointPreference>,
    /// CSDL: property `status`: `microsoft.graph.restoreArtifactsBulkRequestStatus`, not nullable.
    pub status: rt::Field<crate::v1::RestoreArtifactsBulkRequestStatus>,
    /// CSDL: property `tags`: `microsoft.graph.restorePointTags`, nullable.
    pub tags: rt::Field<rt::Flags<crate::v1::RestorePointTags>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestoreArtifactsBulkRequestBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_time_period: rt::Field::Absent,
            protection_unit_ids: rt::Field::Absent,
            restore_point_preference: rt::Field::Absent,
            status: rt::Field::Absent,
            tags: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestoreArtifactsBulkRequestBase {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreArtifactsBulkRequestBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "destinationType",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionTimePeriod",
        "protectionUnitIds",
        "restorePointPreference",
        "status",
        "tags",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"destinationType\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionTimePeriod\":         ",
        ",\"protectionUnitIds\":            ",
        ",\"restorePointPreference\":       ",
        ",\"status\":                       ",
        ",\"tags\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restoreArtifactsBulkRequestBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "destination_type", &self.destination_type);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "error", &self.error);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "protection_time_period", &self.protection_time_period);
        v.field(9usize, "protection_unit_ids", &self.protection_unit_ids);
        v.field(10usize, "restore_point_preference", &self.restore_point_preference);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "tags", &self.tags);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestoreArtifactsBulkRequestBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.destination_type.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.error.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.protection_time_period.read_from(r),
            9usize => self.protection_unit_ids.read_from(r),
            10usize => self.restore_point_preference.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.tags.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.destination_type);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.error);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.protection_time_period);
        w.field(9usize, &self.protection_unit_ids);
        w.field(10usize, &self.restore_point_preference);
        w.field(11usize, &self.status);
        w.field(12usize, &self.tags);
    }
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
rt::impl_object!(RestoreArtifactsBulkRequestBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestoreArtifactsBulkRequestBase { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_destination_type destination_type : crate
    ::v1::DestinationType; with_display_name display_name : ::std::string::String;
    with_error error : crate ::v1::PublicError; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_protection_time_period protection_time_period : crate
    ::v1::TimePeriod; with_protection_unit_ids protection_unit_ids : ::std::vec::Vec <
    ::std::string::String >; with_restore_point_preference restore_point_preference :
    crate ::v1::RestorePointPreference; with_status status : crate
    ::v1::RestoreArtifactsBulkRequestStatus; with_tags tags : rt::Flags < crate
    ::v1::RestorePointTags >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreArtifactsBulkRequestBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.restoreArtifactsBulkRequestBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRestoreArtifactsBulkRequestBase {
    RestoreArtifactsBulkRequestBase(
        ::std::boxed::Box<crate::v1::RestoreArtifactsBulkRequestBase>,
    ),
    DriveRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>,
    ),
    MailboxRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>,
    ),
    SiteRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyRestoreArtifactsBulkRequestBase {
    #[inline]
    fn default() -> Self {
        Self::RestoreArtifactsBulkRequestBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestoreArtifactsBulkRequestBase>
for AnyRestoreArtifactsBulkRequestBase {
    #[inline]
    fn from(v: crate::v1::RestoreArtifactsBulkRequestBase) -> Self {
        Self::RestoreArtifactsBulkRequestBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>
for AnyRestoreArtifactsBulkRequestBase {
    #[inline]
    fn from(v: crate::v1::DriveRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::DriveRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>
for AnyRestoreArtifactsBulkRequestBase {
    #[inline]
    fn from(v: crate::v1::MailboxRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::MailboxRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>
for AnyRestoreArtifactsBulkRequestBase {
    #[inline]
    fn from(v: crate::v1::SiteRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::SiteRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyRestoreArtifactsBulkRequestBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyRestoreArtifactsBulkRequestBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyRestoreArtifactsBulkRequestBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyRestoreArtifactsBulkRequestBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyRestoreArtifactsBulkRequestBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RestoreArtifactsBulkRequestBase>();
    rt::object::auto_traits::<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>();
    rt::object::auto_traits::<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>();
    rt::object::auto_traits::<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyRestoreArtifactsBulkRequestBase {
    const BASE_NAME: &'static str = "microsoft.graph.restoreArtifactsBulkRequestBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest",
            ) => Self::DriveRestoreArtifactsBulkAdditionRequest(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest",
            ) => {
                Self::MailboxRestoreArtifactsBulkAdditionRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest",
            ) => Self::SiteRestoreArtifactsBulkAdditionRequest(rt::object::new_boxed()),
            _ => Self::RestoreArtifactsBulkRequestBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &**v,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &**v,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &**v,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut **v,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut **v,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut **v,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyRestoreArtifactsBulkRequestBase {
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
            Self::RestoreArtifactsBulkRequestBase(v) => &v.id,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.id,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.created_by,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.created_by,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.created_by,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.created_by,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.created_by,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.created_by,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.created_date_time,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.created_date_time,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.created_date_time,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.created_date_time,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.created_date_time,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.created_date_time
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.created_date_time,
        }
    }
    /// `destinationType` of any variant.
    #[inline]
    pub fn destination_type(&self) -> &rt::Field<crate::v1::DestinationType> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.destination_type,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.destination_type,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.destination_type,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.destination_type,
        }
    }
    /// `destinationType` of any variant.
    #[inline]
    pub fn destination_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DestinationType> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.destination_type,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.destination_type,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.destination_type
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.destination_type,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.display_name,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.display_name,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.display_name,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.display_name,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.display_name,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.display_name,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.display_name,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.error,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.error,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.error,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.error,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.error,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.error,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.error,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.last_modified_by,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.last_modified_by,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.last_modified_by,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.last_modified_by,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.last_modified_by,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.last_modified_by
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.last_modified_date_time,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                &v.last_modified_date_time
            }
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &v.last_modified_date_time
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => {
                &v.last_modified_date_time
            }
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.last_modified_date_time,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.last_modified_date_time
            }
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.last_modified_date_time
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `protectionTimePeriod` of any variant.
    #[inline]
    pub fn protection_time_period(&self) -> &rt::Field<crate::v1::TimePeriod> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.protection_time_period,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                &v.protection_time_period
            }
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &v.protection_time_period
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.protection_time_period,
        }
    }
    /// `protectionTimePeriod` of any variant.
    #[inline]
    pub fn protection_time_period_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::TimePeriod> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.protection_time_period,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.protection_time_period
            }
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.protection_time_period
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.protection_time_period
            }
        }
    }
    /// `protectionUnitIds` of any variant.
    #[inline]
    pub fn protection_unit_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.protection_unit_ids,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.protection_unit_ids,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.protection_unit_ids,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.protection_unit_ids,
        }
    }
    /// `protectionUnitIds` of any variant.
    #[inline]
    pub fn protection_unit_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.protection_unit_ids,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.protection_unit_ids
            }
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.protection_unit_ids
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.protection_unit_ids
            }
        }
    }
    /// `restorePointPreference` of any variant.
    #[inline]
    pub fn restore_point_preference(
        &self,
    ) -> &rt::Field<crate::v1::RestorePointPreference> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.restore_point_preference,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                &v.restore_point_preference
            }
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &v.restore_point_preference
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => {
                &v.restore_point_preference
            }
        }
    }
    /// `restorePointPreference` of any variant.
    #[inline]
    pub fn restore_point_preference_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::RestorePointPreference> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.restore_point_preference,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.restore_point_preference
            }
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.restore_point_preference
            }
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => {
                &mut v.restore_point_preference
            }
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::RestoreArtifactsBulkRequestStatus> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.status,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.status,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.status,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::RestoreArtifactsBulkRequestStatus> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.status,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.status,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.status,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.status,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags(&self) -> &rt::Field<rt::Flags<crate::v1::RestorePointTags>> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &v.tags,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.tags,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.tags,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.tags,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::v1::RestorePointTags>> {
        match self {
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.tags,
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.tags,
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.tags,
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.tags,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyRestoreArtifactsBulkRequestBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRestoreArtifactsBulkRequestBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restoreArtifactsBulkRequestStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestoreArtifactsBulkRequestStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `active` (value 1).
    Active,
    /// `completed` (value 2).
    Completed,
    /// `completedWithErrors` (value 3).
    CompletedWithErrors,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for RestoreArtifactsBulkRequestStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreArtifactsBulkRequestStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "active",
        "completed",
        "completedWithErrors",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "active" => Self::Active,
                "completed" => Self::Completed,
                "completedWithErrors" => Self::CompletedWithErrors,
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
            Self::Active => "active",
            Self::Completed => "completed",
            Self::CompletedWithErrors => "completedWithErrors",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(RestoreArtifactsBulkRequestStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreArtifactsBulkRequestStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restoreJobType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestoreJobType {
    /// `standard` (value 0).
    Standard,
    /// `bulk` (value 1).
    Bulk,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `granular` (value 3).
    Granular,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for RestoreJobType {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreJobType";
    const MEMBERS: &'static [&'static str] = &[
        "standard",
        "bulk",
        "unknownFutureValue",
        "granular",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
                "bulk" => Self::Bulk,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "granular" => Self::Granular,
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
            Self::Standard => "standard",
            Self::Bulk => "bulk",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Granular => "granular",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(RestoreJobType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreJobType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restorePointPreference`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestorePointPreference {
    /// `latest` (value 0).
    Latest,
    /// `oldest` (value 1).
    Oldest,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for RestorePointPreference {
    const TYPE_NAME: &'static str = "microsoft.graph.restorePointPreference";
    const MEMBERS: &'static [&'static str] = &["latest", "oldest", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "latest" => Self::Latest,
                "oldest" => Self::Oldest,
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
            Self::Latest => "latest",
            Self::Oldest => "oldest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(RestorePointPreference);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestorePointPreference);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restoreSessionArtifactCount`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestoreSessionArtifactCount {
    /// CSDL: property `completed`: `Edm.Int32`, nullable.
    pub completed: rt::Field<i32>,
    /// CSDL: property `failed`: `Edm.Int32`, nullable.
    pub failed: rt::Field<i32>,
    /// CSDL: property `inProgress`: `Edm.Int32`, nullable.
    pub in_progress: rt::Field<i32>,
    /// CSDL: property `total`: `Edm.Int32`, nullable.
    pub total: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestoreSessionArtifactCount {
    #[inline]
    fn default() -> Self {
        Self {
            completed: rt::Field::Absent,
            failed: rt::Field::Absent,
            in_progress: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestoreSessionArtifactCount {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreSessionArtifactCount";
    const KEYS: &'static [&'static str] = &[
        "completed",
        "failed",
        "inProgress",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completed\":                    ",
        ",\"failed\":                       ",
        ",\"inProgress\":                   ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restoreSessionArtifactCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed", &self.completed);
        v.field(1usize, "failed", &self.failed);
        v.field(2usize, "in_progress", &self.in_progress);
        v.field(3usize, "total", &self.total);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestoreSessionArtifactCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed.read_from(r),
            1usize => self.failed.read_from(r),
            2usize => self.in_progress.read_from(r),
            3usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed);
        w.field(1usize, &self.failed);
        w.field(2usize, &self.in_progress);
        w.field(3usize, &self.total);
    }
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
rt::impl_object!(RestoreSessionArtifactCount);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestoreSessionArtifactCount { with_completed completed : i32; with_failed failed :
    i32; with_in_progress in_progress : i32; with_total total : i32; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreSessionArtifactCount);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restoreSessionBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RestoreSessionBasePath`](requests/trait.RestoreSessionBasePath.html), what a path to one (`EntityPath<AnyRestoreSessionBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RestoreSessionBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
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
    /// CSDL: property `restoreJobType`: `microsoft.graph.restoreJobType`, nullable.
    pub restore_job_type: rt::Field<crate::v1::RestoreJobType>,
    /// CSDL: property `restoreSessionArtifactCount`: `microsoft.graph.restoreSessionArtifactCount`, nullable.
    pub restore_session_artifact_count: rt::Field<
        crate::v1::RestoreSessionArtifactCount,
    >,
    /// CSDL: property `status`: `microsoft.graph.restoreSessionStatus`, nullable.
    pub status: rt::Field<crate::v1::RestoreSessionStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RestoreSessionBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            restore_job_type: rt::Field::Absent,
            restore_session_artifact_count: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RestoreSessionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreSessionBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "restoreJobType",
        "restoreSessionArtifactCount",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"restoreJobType\":               ",
        ",\"restoreSessionArtifactCount\":  ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.restoreSessionBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "restore_job_type", &self.restore_job_type);
        v.field(
            8usize,
            "restore_session_artifact_count",
            &self.restore_session_artifact_count,
        );
        v.field(9usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RestoreSessionBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.restore_job_type.read_from(r),
            8usize => self.restore_session_artifact_count.read_from(r),
            9usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.restore_job_type);
        w.field(8usize, &self.restore_session_artifact_count);
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
rt::impl_object!(RestoreSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RestoreSessionBase { with_id id : ::std::string::String; with_completed_date_time
    completed_date_time : rt::edm::DateTimeOffset; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_restore_job_type restore_job_type : crate ::v1::RestoreJobType;
    with_restore_session_artifact_count restore_session_artifact_count : crate
    ::v1::RestoreSessionArtifactCount; with_status status : crate
    ::v1::RestoreSessionStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.restoreSessionBase` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRestoreSessionBase {
    RestoreSessionBase(::std::boxed::Box<crate::v1::RestoreSessionBase>),
    ExchangeRestoreSession(::std::boxed::Box<crate::v1::ExchangeRestoreSession>),
    OneDriveForBusinessRestoreSession(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessRestoreSession>,
    ),
    SharePointRestoreSession(::std::boxed::Box<crate::v1::SharePointRestoreSession>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyRestoreSessionBase {
    #[inline]
    fn default() -> Self {
        Self::RestoreSessionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestoreSessionBase> for AnyRestoreSessionBase {
    #[inline]
    fn from(v: crate::v1::RestoreSessionBase) -> Self {
        Self::RestoreSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeRestoreSession> for AnyRestoreSessionBase {
    #[inline]
    fn from(v: crate::v1::ExchangeRestoreSession) -> Self {
        Self::ExchangeRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessRestoreSession>
for AnyRestoreSessionBase {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessRestoreSession) -> Self {
        Self::OneDriveForBusinessRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointRestoreSession>
for AnyRestoreSessionBase {
    #[inline]
    fn from(v: crate::v1::SharePointRestoreSession) -> Self {
        Self::SharePointRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyRestoreSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyRestoreSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyRestoreSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyRestoreSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyRestoreSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RestoreSessionBase>();
    rt::object::auto_traits::<crate::v1::ExchangeRestoreSession>();
    rt::object::auto_traits::<crate::v1::OneDriveForBusinessRestoreSession>();
    rt::object::auto_traits::<crate::v1::SharePointRestoreSession>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyRestoreSessionBase {
    const BASE_NAME: &'static str = "microsoft.graph.restoreSessionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.exchangeRestoreSession") => {
                Self::ExchangeRestoreSession(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessRestoreSession",
            ) => Self::OneDriveForBusinessRestoreSession(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.sharePointRestoreSession") => {
                Self::SharePointRestoreSession(rt::object::new_boxed())
            }
            _ => Self::RestoreSessionBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RestoreSessionBase(v) => &**v,
            Self::ExchangeRestoreSession(v) => &**v,
            Self::OneDriveForBusinessRestoreSession(v) => &**v,
            Self::SharePointRestoreSession(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RestoreSessionBase(v) => &mut **v,
            Self::ExchangeRestoreSession(v) => &mut **v,
            Self::OneDriveForBusinessRestoreSession(v) => &mut **v,
            Self::SharePointRestoreSession(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyRestoreSessionBase {
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
            Self::RestoreSessionBase(v) => &v.id,
            Self::ExchangeRestoreSession(v) => &v.id,
            Self::OneDriveForBusinessRestoreSession(v) => &v.id,
            Self::SharePointRestoreSession(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.id,
            Self::ExchangeRestoreSession(v) => &mut v.id,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.id,
            Self::SharePointRestoreSession(v) => &mut v.id,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreSessionBase(v) => &v.completed_date_time,
            Self::ExchangeRestoreSession(v) => &v.completed_date_time,
            Self::OneDriveForBusinessRestoreSession(v) => &v.completed_date_time,
            Self::SharePointRestoreSession(v) => &v.completed_date_time,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.completed_date_time,
            Self::ExchangeRestoreSession(v) => &mut v.completed_date_time,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.completed_date_time,
            Self::SharePointRestoreSession(v) => &mut v.completed_date_time,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreSessionBase(v) => &v.created_by,
            Self::ExchangeRestoreSession(v) => &v.created_by,
            Self::OneDriveForBusinessRestoreSession(v) => &v.created_by,
            Self::SharePointRestoreSession(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.created_by,
            Self::ExchangeRestoreSession(v) => &mut v.created_by,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.created_by,
            Self::SharePointRestoreSession(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreSessionBase(v) => &v.created_date_time,
            Self::ExchangeRestoreSession(v) => &v.created_date_time,
            Self::OneDriveForBusinessRestoreSession(v) => &v.created_date_time,
            Self::SharePointRestoreSession(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.created_date_time,
            Self::ExchangeRestoreSession(v) => &mut v.created_date_time,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.created_date_time,
            Self::SharePointRestoreSession(v) => &mut v.created_date_time,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::RestoreSessionBase(v) => &v.error,
            Self::ExchangeRestoreSession(v) => &v.error,
            Self::OneDriveForBusinessRestoreSession(v) => &v.error,
            Self::SharePointRestoreSession(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.error,
            Self::ExchangeRestoreSession(v) => &mut v.error,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.error,
            Self::SharePointRestoreSession(v) => &mut v.error,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreSessionBase(v) => &v.last_modified_by,
            Self::ExchangeRestoreSession(v) => &v.last_modified_by,
            Self::OneDriveForBusinessRestoreSession(v) => &v.last_modified_by,
            Self::SharePointRestoreSession(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.last_modified_by,
            Self::ExchangeRestoreSession(v) => &mut v.last_modified_by,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.last_modified_by,
            Self::SharePointRestoreSession(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreSessionBase(v) => &v.last_modified_date_time,
            Self::ExchangeRestoreSession(v) => &v.last_modified_date_time,
            Self::OneDriveForBusinessRestoreSession(v) => &v.last_modified_date_time,
            Self::SharePointRestoreSession(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.last_modified_date_time,
            Self::ExchangeRestoreSession(v) => &mut v.last_modified_date_time,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.last_modified_date_time,
            Self::SharePointRestoreSession(v) => &mut v.last_modified_date_time,
        }
    }
    /// `restoreJobType` of any variant.
    #[inline]
    pub fn restore_job_type(&self) -> &rt::Field<crate::v1::RestoreJobType> {
        match self {
            Self::RestoreSessionBase(v) => &v.restore_job_type,
            Self::ExchangeRestoreSession(v) => &v.restore_job_type,
            Self::OneDriveForBusinessRestoreSession(v) => &v.restore_job_type,
            Self::SharePointRestoreSession(v) => &v.restore_job_type,
        }
    }
    /// `restoreJobType` of any variant.
    #[inline]
    pub fn restore_job_type_mut(&mut self) -> &mut rt::Field<crate::v1::RestoreJobType> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.restore_job_type,
            Self::ExchangeRestoreSession(v) => &mut v.restore_job_type,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.restore_job_type,
            Self::SharePointRestoreSession(v) => &mut v.restore_job_type,
        }
    }
    /// `restoreSessionArtifactCount` of any variant.
    #[inline]
    pub fn restore_session_artifact_count(
        &self,
    ) -> &rt::Field<crate::v1::RestoreSessionArtifactCount> {
        match self {
            Self::RestoreSessionBase(v) => &v.restore_session_artifact_count,
            Self::ExchangeRestoreSession(v) => &v.restore_session_artifact_count,
            Self::OneDriveForBusinessRestoreSession(v) => {
                &v.restore_session_artifact_count
            }
            Self::SharePointRestoreSession(v) => &v.restore_session_artifact_count,
        }
    }
    /// `restoreSessionArtifactCount` of any variant.
    #[inline]
    pub fn restore_session_artifact_count_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::RestoreSessionArtifactCount> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.restore_session_artifact_count,
            Self::ExchangeRestoreSession(v) => &mut v.restore_session_artifact_count,
            Self::OneDriveForBusinessRestoreSession(v) => {
                &mut v.restore_session_artifact_count
            }
            Self::SharePointRestoreSession(v) => &mut v.restore_session_artifact_count,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::RestoreSessionStatus> {
        match self {
            Self::RestoreSessionBase(v) => &v.status,
            Self::ExchangeRestoreSession(v) => &v.status,
            Self::OneDriveForBusinessRestoreSession(v) => &v.status,
            Self::SharePointRestoreSession(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::RestoreSessionStatus> {
        match self {
            Self::RestoreSessionBase(v) => &mut v.status,
            Self::ExchangeRestoreSession(v) => &mut v.status,
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.status,
            Self::SharePointRestoreSession(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyRestoreSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRestoreSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.restoreSessionStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RestoreSessionStatus {
    /// `draft` (value 0).
    Draft,
    /// `activating` (value 1).
    Activating,
    /// `active` (value 2).
    Active,
    /// `completedWithError` (value 3).
    CompletedWithError,
    /// `completed` (value 4).
    Completed,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `failed` (value 6).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for RestoreSessionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.restoreSessionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "activating",
        "active",
        "completedWithError",
        "completed",
        "unknownFutureValue",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "activating" => Self::Activating,
                "active" => Self::Active,
                "completedWithError" => Self::CompletedWithError,
                "completed" => Self::Completed,
                "unknownFutureValue" => Self::UnknownFutureValue,
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
            Self::Draft => "draft",
            Self::Activating => "activating",
            Self::Active => "active",
            Self::CompletedWithError => "completedWithError",
            Self::Completed => "completed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(RestoreSessionStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestoreSessionStatus);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.resultTemplateDictionary`, complex type, derived from `microsoft.graph.Dictionary`, open.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct ResultTemplateDictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for ResultTemplateDictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for ResultTemplateDictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.resultTemplateDictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.resultTemplateDictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for ResultTemplateDictionary {
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(ResultTemplateDictionary);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResultTemplateDictionary);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.retentionSetting`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct RetentionSetting {
    /// CSDL: property `interval`: `Edm.String`, nullable.
    pub interval: rt::Field<::std::string::String>,
    /// CSDL: property `period`: `Edm.Duration`, nullable.
    pub period: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for RetentionSetting {
    #[inline]
    fn default() -> Self {
        Self {
            interval: rt::Field::Absent,
            period: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for RetentionSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.retentionSetting";
    const KEYS: &'static [&'static str] = &["interval", "period"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"interval\":                     ",
        ",\"period\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retentionSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "interval", &self.interval);
        v.field(1usize, "period", &self.period);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for RetentionSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.interval.read_from(r),
            1usize => self.period.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.interval);
        w.field(1usize, &self.period);
    }
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
rt::impl_object!(RetentionSetting);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    RetentionSetting { with_interval interval : ::std::string::String; with_period period
    : rt::edm::Duration; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetentionSetting);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.retrievalEntityType`, enum type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RetrievalEntityType {
    /// `site` (value 0).
    Site,
    /// `list` (value 1).
    List,
    /// `listItem` (value 2).
    ListItem,
    /// `drive` (value 3).
    Drive,
    /// `driveItem` (value 4).
    DriveItem,
    /// `externalItem` (value 5).
    ExternalItem,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_copilot)]
impl rt::StrEnum for RetrievalEntityType {
    const TYPE_NAME: &'static str = "microsoft.graph.retrievalEntityType";
    const MEMBERS: &'static [&'static str] = &[
        "site",
        "list",
        "listItem",
        "drive",
        "driveItem",
        "externalItem",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "site" => Self::Site,
                "list" => Self::List,
                "listItem" => Self::ListItem,
                "drive" => Self::Drive,
                "driveItem" => Self::DriveItem,
                "externalItem" => Self::ExternalItem,
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
            Self::Site => "site",
            Self::List => "list",
            Self::ListItem => "listItem",
            Self::Drive => "drive",
            Self::DriveItem => "driveItem",
            Self::ExternalItem => "externalItem",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_copilot)]
rt::impl_enum!(RetrievalEntityType);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetrievalEntityType);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.retrievalExtract`, complex type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct RetrievalExtract {
    /// CSDL: property `relevanceScore`: `Edm.Double`, nullable.
    pub relevance_score: rt::Field<f64>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for RetrievalExtract {
    #[inline]
    fn default() -> Self {
        Self {
            relevance_score: rt::Field::Absent,
            text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for RetrievalExtract {
    const TYPE_NAME: &'static str = "microsoft.graph.retrievalExtract";
    const KEYS: &'static [&'static str] = &["relevanceScore", "text"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"relevanceScore\":               ",
        ",\"text\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retrievalExtract\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "relevance_score", &self.relevance_score);
        v.field(1usize, "text", &self.text);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for RetrievalExtract {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.relevance_score.read_from(r),
            1usize => self.text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.relevance_score);
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
#[cfg(msgraph_v1_copilot)]
rt::impl_object!(RetrievalExtract);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    RetrievalExtract { with_relevance_score relevance_score : f64; with_text text :
    ::std::string::String; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetrievalExtract);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.retrievalHit`, complex type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct RetrievalHit {
    /// CSDL: property `extracts`: `Collection(microsoft.graph.retrievalExtract)`, not nullable.
    pub extracts: rt::Field<::std::vec::Vec<crate::v1::RetrievalExtract>>,
    /// CSDL: property `resourceMetadata`: `microsoft.graph.searchResourceMetadataDictionary`, nullable.
    pub resource_metadata: rt::Field<crate::v1::SearchResourceMetadataDictionary>,
    /// CSDL: property `resourceType`: `microsoft.graph.retrievalEntityType`, nullable.
    pub resource_type: rt::Field<crate::v1::RetrievalEntityType>,
    /// CSDL: property `sensitivityLabel`: `microsoft.graph.sensitivityLabelInfo`, nullable.
    pub sensitivity_label: rt::Field<crate::v1::SensitivityLabelInfo>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for RetrievalHit {
    #[inline]
    fn default() -> Self {
        Self {
            extracts: rt::Field::Absent,
            resource_metadata: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            sensitivity_label: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for RetrievalHit {
    const TYPE_NAME: &'static str = "microsoft.graph.retrievalHit";
    const KEYS: &'static [&'static str] = &[
        "extracts",
        "resourceMetadata",
        "resourceType",
        "sensitivityLabel",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"extracts\":                     ",
        ",\"resourceMetadata\":             ",
        ",\"resourceType\":                 ",
        ",\"sensitivityLabel\":             ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.retrievalHit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "extracts", &self.extracts);
        v.field(1usize, "resource_metadata", &self.resource_metadata);
        v.field(2usize, "resource_type", &self.resource_type);
        v.field(3usize, "sensitivity_label", &self.sensitivity_label);
        v.field(4usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for RetrievalHit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.extracts.read_from(r),
            1usize => self.resource_metadata.read_from(r),
            2usize => self.resource_type.read_from(r),
            3usize => self.sensitivity_label.read_from(r),
            4usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.extracts);
        w.field(1usize, &self.resource_metadata);
        w.field(2usize, &self.resource_type);
        w.field(3usize, &self.sensitivity_label);
        w.field(4usize, &self.web_url);
    }
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
rt::impl_object!(RetrievalHit);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    RetrievalHit { with_extracts extracts : ::std::vec::Vec < crate
    ::v1::RetrievalExtract >; with_resource_metadata resource_metadata : crate
    ::v1::SearchResourceMetadataDictionary; with_resource_type resource_type : crate
    ::v1::RetrievalEntityType; with_sensitivity_label sensitivity_label : crate
    ::v1::SensitivityLabelInfo; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetrievalHit);
#[cfg(msgraph_v1_copilot)]
/// CSDL: `microsoft.graph.retrievalResponse`, complex type.
///
/// Features: `v1` or `v1-copilot`.
#[derive(Clone)]
pub struct RetrievalResponse {
    /// CSDL: property `retrievalHits`: `Collection(microsoft.graph.retrievalHit)`, not nullable.
    pub retrieval_hits: rt::Field<::std::vec::Vec<crate::v1::RetrievalHit>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot)]
impl ::std::default::Default for RetrievalResponse {
    #[inline]
    fn default() -> Self {
        Self {
            retrieval_hits: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::Object for RetrievalResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.retrievalResponse";
    const KEYS: &'static [&'static str] = &["retrievalHits"];
    const KEYS_JSON: &'static [&'static str] = &[",\"retrievalHits\":                "];
    const TAG: &'static str = "\"#microsoft.graph.retrievalResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "retrieval_hits", &self.retrieval_hits);
    }
}
#[cfg(msgraph_v1_copilot)]
impl rt::object::Members for RetrievalResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.retrieval_hits.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.retrieval_hits);
    }
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
rt::impl_object!(RetrievalResponse);
#[cfg(msgraph_v1_copilot)]
rt::impl_setters!(
    RetrievalResponse { with_retrieval_hits retrieval_hits : ::std::vec::Vec < crate
    ::v1::RetrievalHit >; }
);
#[cfg(msgraph_v1_copilot)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetrievalResponse);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.richLongRunningOperation`, entity type, derived from `microsoft.graph.longRunningOperation`, key `id`.
///
/// Request builders: [`RichLongRunningOperationPath`](requests/trait.RichLongRunningOperationPath.html), what a path to one (`EntityPath<RichLongRunningOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct RichLongRunningOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.longRunningOperationStatus`, nullable.
    pub status: rt::Field<crate::v1::LongRunningOperationStatus>,
    /// CSDL: property `statusDetail`: `Edm.String`, nullable.
    pub status_detail: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `percentageComplete`: `Edm.Int32`, nullable.
    pub percentage_complete: rt::Field<i32>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for RichLongRunningOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            status: rt::Field::Absent,
            status_detail: rt::Field::Absent,
            error: rt::Field::Absent,
            percentage_complete: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for RichLongRunningOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.richLongRunningOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "resourceLocation",
        "status",
        "statusDetail",
        "error",
        "percentageComplete",
        "resourceId",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"resourceLocation\":             ",
        ",\"status\":                       ",
        ",\"statusDetail\":                 ",
        ",\"error\":                        ",
        ",\"percentageComplete\":           ",
        ",\"resourceId\":                   ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.richLongRunningOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "resource_location", &self.resource_location);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "status_detail", &self.status_detail);
        v.field(6usize, "error", &self.error);
        v.field(7usize, "percentage_complete", &self.percentage_complete);
        v.field(8usize, "resource_id", &self.resource_id);
        v.field(9usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for RichLongRunningOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.resource_location.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.status_detail.read_from(r),
            6usize => self.error.read_from(r),
            7usize => self.percentage_complete.read_from(r),
            8usize => self.resource_id.read_from(r),
            9usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.resource_location);
        w.field(4usize, &self.status);
        w.field(5usize, &self.status_detail);
        w.field(6usize, &self.error);
        w.field(7usize, &self.percentage_complete);
        w.field(8usize, &self.resource_id);
        w.field(9usize, &self.type_);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(RichLongRunningOperation);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    RichLongRunningOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_resource_location
    resource_location : ::std::string::String; with_status status : crate
    ::v1::LongRunningOperationStatus; with_status_detail status_detail :
    ::std::string::String; with_error error : crate ::v1::PublicError;
    with_percentage_complete percentage_complete : i32; with_resource_id resource_id :
    ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(RichLongRunningOperation);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskDetection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RiskDetectionPath`](requests/trait.RiskDetectionPath.html), what a path to one (`EntityPath<RiskDetection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskDetection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.activityType`, nullable.
    pub activity: rt::Field<crate::v1::ActivityType>,
    /// CSDL: property `activityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `additionalInfo`: `Edm.String`, nullable.
    pub additional_info: rt::Field<::std::string::String>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `detectedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub detected_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detectionTimingType`: `microsoft.graph.riskDetectionTimingType`, nullable.
    pub detection_timing_type: rt::Field<crate::v1::RiskDetectionTimingType>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `location`: `microsoft.graph.signInLocation`, nullable.
    pub location: rt::Field<crate::v1::SignInLocation>,
    /// CSDL: property `requestId`: `Edm.String`, nullable.
    pub request_id: rt::Field<::std::string::String>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskEventType`: `Edm.String`, nullable.
    pub risk_event_type: rt::Field<::std::string::String>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::v1::RiskState>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// CSDL: property `tokenIssuerType`: `microsoft.graph.tokenIssuerType`, nullable.
    pub token_issuer_type: rt::Field<crate::v1::TokenIssuerType>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskDetection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            activity_date_time: rt::Field::Absent,
            additional_info: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            detected_date_time: rt::Field::Absent,
            detection_timing_type: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            location: rt::Field::Absent,
            request_id: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_event_type: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            source: rt::Field::Absent,
            token_issuer_type: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskDetection {
    const TYPE_NAME: &'static str = "microsoft.graph.riskDetection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "activityDateTime",
        "additionalInfo",
        "correlationId",
        "detectedDateTime",
        "detectionTimingType",
        "ipAddress",
        "lastUpdatedDateTime",
        "location",
        "requestId",
        "riskDetail",
        "riskEventType",
        "riskLevel",
        "riskState",
        "source",
        "tokenIssuerType",
        "userDisplayName",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"activityDateTime\":             ",
        ",\"additionalInfo\":               ",
        ",\"correlationId\":                ",
        ",\"detectedDateTime\":             ",
        ",\"detectionTimingType\":          ",
        ",\"ipAddress\":                    ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"location\":                     ",
        ",\"requestId\":                    ",
        ",\"riskDetail\":                   ",
        ",\"riskEventType\":                ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"source\":                       ",
        ",\"tokenIssuerType\":              ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskDetection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "activity_date_time", &self.activity_date_time);
        v.field(3usize, "additional_info", &self.additional_info);
        v.field(4usize, "correlation_id", &self.correlation_id);
        v.field(5usize, "detected_date_time", &self.detected_date_time);
        v.field(6usize, "detection_timing_type", &self.detection_timing_type);
        v.field(7usize, "ip_address", &self.ip_address);
        v.field(8usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(9usize, "location", &self.location);
        v.field(10usize, "request_id", &self.request_id);
        v.field(11usize, "risk_detail", &self.risk_detail);
        v.field(12usize, "risk_event_type", &self.risk_event_type);
        v.field(13usize, "risk_level", &self.risk_level);
        v.field(14usize, "risk_state", &self.risk_state);
        v.field(15usize, "source", &self.source);
        v.field(16usize, "token_issuer_type", &self.token_issuer_type);
        v.field(17usize, "user_display_name", &self.user_display_name);
        v.field(18usize, "user_id", &self.user_id);
        v.field(19usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskDetection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.activity_date_time.read_from(r),
            3usize => self.additional_info.read_from(r),
            4usize => self.correlation_id.read_from(r),
            5usize => self.detected_date_time.read_from(r),
            6usize => self.detection_timing_type.read_from(r),
            7usize => self.ip_address.read_from(r),
            8usize => self.last_updated_date_time.read_from(r),
            9usize => self.location.read_from(r),
            10usize => self.request_id.read_from(r),
            11usize => self.risk_detail.read_from(r),
            12usize => self.risk_event_type.read_from(r),
            13usize => self.risk_level.read_from(r),
            14usize => self.risk_state.read_from(r),
            15usize => self.source.read_from(r),
            16usize => self.token_issuer_type.read_from(r),
            17usize => self.user_display_name.read_from(r),
            18usize => self.user_id.read_from(r),
            19usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.activity_date_time);
        w.field(3usize, &self.additional_info);
        w.field(4usize, &self.correlation_id);
        w.field(5usize, &self.detected_date_time);
        w.field(6usize, &self.detection_timing_type);
        w.field(7usize, &self.ip_address);
        w.field(8usize, &self.last_updated_date_time);
        w.field(9usize, &self.location);
        w.field(10usize, &self.request_id);
        w.field(11usize, &self.risk_detail);
        w.field(12usize, &self.risk_event_type);
        w.field(13usize, &self.risk_level);
        w.field(14usize, &self.risk_state);
        w.field(15usize, &self.source);
        w.field(16usize, &self.token_issuer_type);
        w.field(17usize, &self.user_display_name);
        w.field(18usize, &self.user_id);
        w.field(19usize, &self.user_principal_name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskDetection);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskDetection { with_id id : ::std::string::String; with_activity activity : crate
    ::v1::ActivityType; with_activity_date_time activity_date_time :
    rt::edm::DateTimeOffset; with_additional_info additional_info :
    ::std::string::String; with_correlation_id correlation_id : ::std::string::String;
    with_detected_date_time detected_date_time : rt::edm::DateTimeOffset;
    with_detection_timing_type detection_timing_type : crate
    ::v1::RiskDetectionTimingType; with_ip_address ip_address : ::std::string::String;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_location location : crate ::v1::SignInLocation; with_request_id request_id :
    ::std::string::String; with_risk_detail risk_detail : crate ::v1::RiskDetail;
    with_risk_event_type risk_event_type : ::std::string::String; with_risk_level
    risk_level : crate ::v1::RiskLevel; with_risk_state risk_state : crate
    ::v1::RiskState; with_source source : ::std::string::String; with_token_issuer_type
    token_issuer_type : crate ::v1::TokenIssuerType; with_user_display_name
    user_display_name : ::std::string::String; with_user_id user_id :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskDetection);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskDetectionTimingType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RiskDetectionTimingType {
    /// `notDefined` (value 0).
    NotDefined,
    /// `realtime` (value 1).
    Realtime,
    /// `nearRealtime` (value 2).
    NearRealtime,
    /// `offline` (value 3).
    Offline,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::StrEnum for RiskDetectionTimingType {
    const TYPE_NAME: &'static str = "microsoft.graph.riskDetectionTimingType";
    const MEMBERS: &'static [&'static str] = &[
        "notDefined",
        "realtime",
        "nearRealtime",
        "offline",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notDefined" => Self::NotDefined,
                "realtime" => Self::Realtime,
                "nearRealtime" => Self::NearRealtime,
                "offline" => Self::Offline,
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
            Self::NotDefined => "notDefined",
            Self::Realtime => "realtime",
            Self::NearRealtime => "nearRealtime",
            Self::Offline => "offline",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_enum!(RiskDetectionTimingType);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskDetectionTimingType);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskServicePrincipalActivity`, complex type.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskServicePrincipalActivity {
    /// CSDL: property `detail`: `microsoft.graph.riskDetail`, nullable.
    pub detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskEventTypes`: `Collection(Edm.String)`, nullable.
    pub risk_event_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskServicePrincipalActivity {
    #[inline]
    fn default() -> Self {
        Self {
            detail: rt::Field::Absent,
            risk_event_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskServicePrincipalActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.riskServicePrincipalActivity";
    const KEYS: &'static [&'static str] = &["detail", "riskEventTypes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detail\":                       ",
        ",\"riskEventTypes\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskServicePrincipalActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detail", &self.detail);
        v.field(1usize, "risk_event_types", &self.risk_event_types);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskServicePrincipalActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detail.read_from(r),
            1usize => self.risk_event_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detail);
        w.field(1usize, &self.risk_event_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskServicePrincipalActivity);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskServicePrincipalActivity { with_detail detail : crate ::v1::RiskDetail;
    with_risk_event_types risk_event_types : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskServicePrincipalActivity);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskUserActivity`, complex type.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskUserActivity {
    /// CSDL: property `detail`: `microsoft.graph.riskDetail`, nullable.
    pub detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskEventTypes`: `Collection(Edm.String)`, nullable.
    pub risk_event_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskUserActivity {
    #[inline]
    fn default() -> Self {
        Self {
            detail: rt::Field::Absent,
            risk_event_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskUserActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.riskUserActivity";
    const KEYS: &'static [&'static str] = &["detail", "riskEventTypes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detail\":                       ",
        ",\"riskEventTypes\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskUserActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detail", &self.detail);
        v.field(1usize, "risk_event_types", &self.risk_event_types);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskUserActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detail.read_from(r),
            1usize => self.risk_event_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detail);
        w.field(1usize, &self.risk_event_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskUserActivity);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskUserActivity { with_detail detail : crate ::v1::RiskDetail; with_risk_event_types
    risk_event_types : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskUserActivity);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskyServicePrincipal`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RiskyServicePrincipalPath`](requests/trait.RiskyServicePrincipalPath.html), what a path to one (`EntityPath<AnyRiskyServicePrincipal, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyServicePrincipal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `isProcessing`: `Edm.Boolean`, nullable.
    pub is_processing: rt::Field<bool>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub risk_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::v1::RiskState>,
    /// CSDL: property `servicePrincipalType`: `Edm.String`, nullable.
    pub service_principal_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `history`: `Collection(microsoft.graph.riskyServicePrincipalHistoryItem)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::RiskyServicePrincipalHistoryItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            is_processing: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_last_updated_date_time: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            service_principal_type: rt::Field::Absent,
            history: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.riskyServicePrincipal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appId",
        "displayName",
        "isEnabled",
        "isProcessing",
        "riskDetail",
        "riskLastUpdatedDateTime",
        "riskLevel",
        "riskState",
        "servicePrincipalType",
        "history",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appId\":                        ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"isProcessing\":                 ",
        ",\"riskDetail\":                   ",
        ",\"riskLastUpdatedDateTime\":      ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"servicePrincipalType\":         ",
        ",\"history\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskyServicePrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_id", &self.app_id);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "is_processing", &self.is_processing);
        v.field(5usize, "risk_detail", &self.risk_detail);
        v.field(
            6usize,
            "risk_last_updated_date_time",
            &self.risk_last_updated_date_time,
        );
        v.field(7usize, "risk_level", &self.risk_level);
        v.field(8usize, "risk_state", &self.risk_state);
        v.field(9usize, "service_principal_type", &self.service_principal_type);
        v.field(10usize, "history", &self.history);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyServicePrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_id.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.is_processing.read_from(r),
            5usize => self.risk_detail.read_from(r),
            6usize => self.risk_last_updated_date_time.read_from(r),
            7usize => self.risk_level.read_from(r),
            8usize => self.risk_state.read_from(r),
            9usize => self.service_principal_type.read_from(r),
            10usize => self.history.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_id);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.is_processing);
        w.field(5usize, &self.risk_detail);
        w.field(6usize, &self.risk_last_updated_date_time);
        w.field(7usize, &self.risk_level);
        w.field(8usize, &self.risk_state);
        w.field(9usize, &self.service_principal_type);
        w.field(10usize, &self.history);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyServicePrincipal);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyServicePrincipal { with_id id : ::std::string::String; with_app_id app_id :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_is_enabled is_enabled : bool; with_is_processing is_processing : bool;
    with_risk_detail risk_detail : crate ::v1::RiskDetail;
    with_risk_last_updated_date_time risk_last_updated_date_time :
    rt::edm::DateTimeOffset; with_risk_level risk_level : crate ::v1::RiskLevel;
    with_risk_state risk_state : crate ::v1::RiskState; with_service_principal_type
    service_principal_type : ::std::string::String; with_history history :
    ::std::vec::Vec < crate ::v1::RiskyServicePrincipalHistoryItem >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyServicePrincipal);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// `microsoft.graph.riskyServicePrincipal` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRiskyServicePrincipal {
    RiskyServicePrincipal(::std::boxed::Box<crate::v1::RiskyServicePrincipal>),
    RiskyServicePrincipalHistoryItem(
        ::std::boxed::Box<crate::v1::RiskyServicePrincipalHistoryItem>,
    ),
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for AnyRiskyServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self::RiskyServicePrincipal(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyServicePrincipal>
for AnyRiskyServicePrincipal {
    #[inline]
    fn from(v: crate::v1::RiskyServicePrincipal) -> Self {
        Self::RiskyServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyServicePrincipalHistoryItem>
for AnyRiskyServicePrincipal {
    #[inline]
    fn from(v: crate::v1::RiskyServicePrincipalHistoryItem) -> Self {
        Self::RiskyServicePrincipalHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
unsafe impl ::std::marker::Send for AnyRiskyServicePrincipal {}
#[cfg(msgraph_v1_identity_protection_or_search)]
unsafe impl ::std::marker::Sync for AnyRiskyServicePrincipal {}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::marker::Unpin for AnyRiskyServicePrincipal {}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::panic::UnwindSafe for AnyRiskyServicePrincipal {}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRiskyServicePrincipal {}
#[cfg(msgraph_v1_identity_protection_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RiskyServicePrincipal>();
    rt::object::auto_traits::<crate::v1::RiskyServicePrincipalHistoryItem>();
};
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Poly for AnyRiskyServicePrincipal {
    const BASE_NAME: &'static str = "microsoft.graph.riskyServicePrincipal";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.riskyServicePrincipalHistoryItem",
            ) => Self::RiskyServicePrincipalHistoryItem(rt::object::new_boxed()),
            _ => Self::RiskyServicePrincipal(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RiskyServicePrincipal(v) => &**v,
            Self::RiskyServicePrincipalHistoryItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RiskyServicePrincipal(v) => &mut **v,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl AnyRiskyServicePrincipal {
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
            Self::RiskyServicePrincipal(v) => &v.id,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.id,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.app_id,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.app_id,
        }
    }
    /// `appId` of any variant.
    #[inline]
    pub fn app_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.app_id,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.app_id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.display_name,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.display_name,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.display_name,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.is_enabled,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.is_enabled,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.is_enabled,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.is_enabled,
        }
    }
    /// `isProcessing` of any variant.
    #[inline]
    pub fn is_processing(&self) -> &rt::Field<bool> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.is_processing,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.is_processing,
        }
    }
    /// `isProcessing` of any variant.
    #[inline]
    pub fn is_processing_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.is_processing,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.is_processing,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail(&self) -> &rt::Field<crate::v1::RiskDetail> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.risk_detail,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.risk_detail,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail_mut(&mut self) -> &mut rt::Field<crate::v1::RiskDetail> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.risk_detail,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.risk_detail,
        }
    }
    /// `riskLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn risk_last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.risk_last_updated_date_time,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.risk_last_updated_date_time,
        }
    }
    /// `riskLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn risk_last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.risk_last_updated_date_time,
            Self::RiskyServicePrincipalHistoryItem(v) => {
                &mut v.risk_last_updated_date_time
            }
        }
    }
    /// `riskLevel` of any variant.
    #[inline]
    pub fn risk_level(&self) -> &rt::Field<crate::v1::RiskLevel> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.risk_level,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.risk_level,
        }
    }
    /// `riskLevel` of any variant.
    #[inline]
    pub fn risk_level_mut(&mut self) -> &mut rt::Field<crate::v1::RiskLevel> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.risk_level,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.risk_level,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state(&self) -> &rt::Field<crate::v1::RiskState> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.risk_state,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.risk_state,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state_mut(&mut self) -> &mut rt::Field<crate::v1::RiskState> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.risk_state,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.risk_state,
        }
    }
    /// `servicePrincipalType` of any variant.
    #[inline]
    pub fn service_principal_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.service_principal_type,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.service_principal_type,
        }
    }
    /// `servicePrincipalType` of any variant.
    #[inline]
    pub fn service_principal_type_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.service_principal_type,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.service_principal_type,
        }
    }
    /// `history` of any variant.
    #[inline]
    pub fn history(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::RiskyServicePrincipalHistoryItem>> {
        match self {
            Self::RiskyServicePrincipal(v) => &v.history,
            Self::RiskyServicePrincipalHistoryItem(v) => &v.history,
        }
    }
    /// `history` of any variant.
    #[inline]
    pub fn history_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::RiskyServicePrincipalHistoryItem>> {
        match self {
            Self::RiskyServicePrincipal(v) => &mut v.history,
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.history,
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_poly!(AnyRiskyServicePrincipal);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRiskyServicePrincipal);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskyServicePrincipalHistoryItem`, entity type, derived from `microsoft.graph.riskyServicePrincipal`, key `id`.
///
/// Request builders: [`RiskyServicePrincipalHistoryItemPath`](requests/trait.RiskyServicePrincipalHistoryItemPath.html), what a path to one (`EntityPath<RiskyServicePrincipalHistoryItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyServicePrincipalHistoryItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `isProcessing`: `Edm.Boolean`, nullable.
    pub is_processing: rt::Field<bool>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub risk_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::v1::RiskState>,
    /// CSDL: property `servicePrincipalType`: `Edm.String`, nullable.
    pub service_principal_type: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `history`: `Collection(microsoft.graph.riskyServicePrincipalHistoryItem)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::RiskyServicePrincipalHistoryItem>>,
    /// CSDL: property `activity`: `microsoft.graph.riskServicePrincipalActivity`, nullable.
    pub activity: rt::Field<crate::v1::RiskServicePrincipalActivity>,
    /// CSDL: property `initiatedBy`: `Edm.String`, nullable.
    pub initiated_by: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyServicePrincipalHistoryItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            is_processing: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_last_updated_date_time: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            service_principal_type: rt::Field::Absent,
            history: rt::Field::Absent,
            activity: rt::Field::Absent,
            initiated_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyServicePrincipalHistoryItem {
    const TYPE_NAME: &'static str = "microsoft.graph.riskyServicePrincipalHistoryItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appId",
        "displayName",
        "isEnabled",
        "isProcessing",
        "riskDetail",
        "riskLastUpdatedDateTime",
        "riskLevel",
        "riskState",
        "servicePrincipalType",
        "history",
        "activity",
        "initiatedBy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appId\":                        ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"isProcessing\":                 ",
        ",\"riskDetail\":                   ",
        ",\"riskLastUpdatedDateTime\":      ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"servicePrincipalType\":         ",
        ",\"history\":                      ",
        ",\"activity\":                     ",
        ",\"initiatedBy\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskyServicePrincipalHistoryItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_id", &self.app_id);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "is_processing", &self.is_processing);
        v.field(5usize, "risk_detail", &self.risk_detail);
        v.field(
            6usize,
            "risk_last_updated_date_time",
            &self.risk_last_updated_date_time,
        );
        v.field(7usize, "risk_level", &self.risk_level);
        v.field(8usize, "risk_state", &self.risk_state);
        v.field(9usize, "service_principal_type", &self.service_principal_type);
        v.field(10usize, "history", &self.history);
        v.field(11usize, "activity", &self.activity);
        v.field(12usize, "initiated_by", &self.initiated_by);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyServicePrincipalHistoryItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_id.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.is_processing.read_from(r),
            5usize => self.risk_detail.read_from(r),
            6usize => self.risk_last_updated_date_time.read_from(r),
            7usize => self.risk_level.read_from(r),
            8usize => self.risk_state.read_from(r),
            9usize => self.service_principal_type.read_from(r),
            10usize => self.history.read_from(r),
            11usize => self.activity.read_from(r),
            12usize => self.initiated_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_id);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.is_processing);
        w.field(5usize, &self.risk_detail);
        w.field(6usize, &self.risk_last_updated_date_time);
        w.field(7usize, &self.risk_level);
        w.field(8usize, &self.risk_state);
        w.field(9usize, &self.service_principal_type);
        w.field(10usize, &self.history);
        w.field(11usize, &self.activity);
        w.field(12usize, &self.initiated_by);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyServicePrincipalHistoryItem);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyServicePrincipalHistoryItem { with_id id : ::std::string::String; with_app_id
    app_id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_enabled is_enabled : bool; with_is_processing
    is_processing : bool; with_risk_detail risk_detail : crate ::v1::RiskDetail;
    with_risk_last_updated_date_time risk_last_updated_date_time :
    rt::edm::DateTimeOffset; with_risk_level risk_level : crate ::v1::RiskLevel;
    with_risk_state risk_state : crate ::v1::RiskState; with_service_principal_type
    service_principal_type : ::std::string::String; with_history history :
    ::std::vec::Vec < crate ::v1::RiskyServicePrincipalHistoryItem >; with_activity
    activity : crate ::v1::RiskServicePrincipalActivity; with_initiated_by initiated_by :
    ::std::string::String; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyServicePrincipalHistoryItem);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskyUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RiskyUserPath`](requests/trait.RiskyUserPath.html), what a path to one (`EntityPath<AnyRiskyUser, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `isProcessing`: `Edm.Boolean`, nullable.
    pub is_processing: rt::Field<bool>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub risk_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::v1::RiskState>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `history`: `Collection(microsoft.graph.riskyUserHistoryItem)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::RiskyUserHistoryItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_processing: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_last_updated_date_time: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            history: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUser {
    const TYPE_NAME: &'static str = "microsoft.graph.riskyUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isDeleted",
        "isProcessing",
        "riskDetail",
        "riskLastUpdatedDateTime",
        "riskLevel",
        "riskState",
        "userDisplayName",
        "userPrincipalName",
        "history",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isDeleted\":                    ",
        ",\"isProcessing\":                 ",
        ",\"riskDetail\":                   ",
        ",\"riskLastUpdatedDateTime\":      ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
        ",\"history\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskyUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_deleted", &self.is_deleted);
        v.field(2usize, "is_processing", &self.is_processing);
        v.field(3usize, "risk_detail", &self.risk_detail);
        v.field(
            4usize,
            "risk_last_updated_date_time",
            &self.risk_last_updated_date_time,
        );
        v.field(5usize, "risk_level", &self.risk_level);
        v.field(6usize, "risk_state", &self.risk_state);
        v.field(7usize, "user_display_name", &self.user_display_name);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
        v.field(9usize, "history", &self.history);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_deleted.read_from(r),
            2usize => self.is_processing.read_from(r),
            3usize => self.risk_detail.read_from(r),
            4usize => self.risk_last_updated_date_time.read_from(r),
            5usize => self.risk_level.read_from(r),
            6usize => self.risk_state.read_from(r),
            7usize => self.user_display_name.read_from(r),
            8usize => self.user_principal_name.read_from(r),
            9usize => self.history.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_deleted);
        w.field(2usize, &self.is_processing);
        w.field(3usize, &self.risk_detail);
        w.field(4usize, &self.risk_last_updated_date_time);
        w.field(5usize, &self.risk_level);
        w.field(6usize, &self.risk_state);
        w.field(7usize, &self.user_display_name);
        w.field(8usize, &self.user_principal_name);
        w.field(9usize, &self.history);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUser);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUser { with_id id : ::std::string::String; with_is_deleted is_deleted : bool;
    with_is_processing is_processing : bool; with_risk_detail risk_detail : crate
    ::v1::RiskDetail; with_risk_last_updated_date_time risk_last_updated_date_time :
    rt::edm::DateTimeOffset; with_risk_level risk_level : crate ::v1::RiskLevel;
    with_risk_state risk_state : crate ::v1::RiskState; with_user_display_name
    user_display_name : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_history history : ::std::vec::Vec <
    crate ::v1::RiskyUserHistoryItem >; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUser);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// `microsoft.graph.riskyUser` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRiskyUser {
    RiskyUser(::std::boxed::Box<crate::v1::RiskyUser>),
    RiskyUserHistoryItem(::std::boxed::Box<crate::v1::RiskyUserHistoryItem>),
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for AnyRiskyUser {
    #[inline]
    fn default() -> Self {
        Self::RiskyUser(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyUser> for AnyRiskyUser {
    #[inline]
    fn from(v: crate::v1::RiskyUser) -> Self {
        Self::RiskyUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyUserHistoryItem> for AnyRiskyUser {
    #[inline]
    fn from(v: crate::v1::RiskyUserHistoryItem) -> Self {
        Self::RiskyUserHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
unsafe impl ::std::marker::Send for AnyRiskyUser {}
#[cfg(msgraph_v1_identity_protection_or_search)]
unsafe impl ::std::marker::Sync for AnyRiskyUser {}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::marker::Unpin for AnyRiskyUser {}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::panic::UnwindSafe for AnyRiskyUser {}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::panic::RefUnwindSafe for AnyRiskyUser {}
#[cfg(msgraph_v1_identity_protection_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::RiskyUser>();
    rt::object::auto_traits::<crate::v1::RiskyUserHistoryItem>();
};
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Poly for AnyRiskyUser {
    const BASE_NAME: &'static str = "microsoft.graph.riskyUser";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.riskyUserHistoryItem") => {
                Self::RiskyUserHistoryItem(rt::object::new_boxed())
            }
            _ => Self::RiskyUser(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::RiskyUser(v) => &**v,
            Self::RiskyUserHistoryItem(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::RiskyUser(v) => &mut **v,
            Self::RiskyUserHistoryItem(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl AnyRiskyUser {
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
            Self::RiskyUser(v) => &v.id,
            Self::RiskyUserHistoryItem(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &mut v.id,
            Self::RiskyUserHistoryItem(v) => &mut v.id,
        }
    }
    /// `isDeleted` of any variant.
    #[inline]
    pub fn is_deleted(&self) -> &rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &v.is_deleted,
            Self::RiskyUserHistoryItem(v) => &v.is_deleted,
        }
    }
    /// `isDeleted` of any variant.
    #[inline]
    pub fn is_deleted_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &mut v.is_deleted,
            Self::RiskyUserHistoryItem(v) => &mut v.is_deleted,
        }
    }
    /// `isProcessing` of any variant.
    #[inline]
    pub fn is_processing(&self) -> &rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &v.is_processing,
            Self::RiskyUserHistoryItem(v) => &v.is_processing,
        }
    }
    /// `isProcessing` of any variant.
    #[inline]
    pub fn is_processing_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::RiskyUser(v) => &mut v.is_processing,
            Self::RiskyUserHistoryItem(v) => &mut v.is_processing,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail(&self) -> &rt::Field<crate::v1::RiskDetail> {
        match self {
            Self::RiskyUser(v) => &v.risk_detail,
            Self::RiskyUserHistoryItem(v) => &v.risk_detail,
        }
    }
    /// `riskDetail` of any variant.
    #[inline]
    pub fn risk_detail_mut(&mut self) -> &mut rt::Field<crate::v1::RiskDetail> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_detail,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_detail,
        }
    }
    /// `riskLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn risk_last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RiskyUser(v) => &v.risk_last_updated_date_time,
            Self::RiskyUserHistoryItem(v) => &v.risk_last_updated_date_time,
        }
    }
    /// `riskLastUpdatedDateTime` of any variant.
    #[inline]
    pub fn risk_last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_last_updated_date_time,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_last_updated_date_time,
        }
    }
    /// `riskLevel` of any variant.
    #[inline]
    pub fn risk_level(&self) -> &rt::Field<crate::v1::RiskLevel> {
        match self {
            Self::RiskyUser(v) => &v.risk_level,
            Self::RiskyUserHistoryItem(v) => &v.risk_level,
        }
    }
    /// `riskLevel` of any variant.
    #[inline]
    pub fn risk_level_mut(&mut self) -> &mut rt::Field<crate::v1::RiskLevel> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_level,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_level,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state(&self) -> &rt::Field<crate::v1::RiskState> {
        match self {
            Self::RiskyUser(v) => &v.risk_state,
            Self::RiskyUserHistoryItem(v) => &v.risk_state,
        }
    }
    /// `riskState` of any variant.
    #[inline]
    pub fn risk_state_mut(&mut self) -> &mut rt::Field<crate::v1::RiskState> {
        match self {
            Self::RiskyUser(v) => &mut v.risk_state,
            Self::RiskyUserHistoryItem(v) => &mut v.risk_state,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &v.user_display_name,
            Self::RiskyUserHistoryItem(v) => &v.user_display_name,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &mut v.user_display_name,
            Self::RiskyUserHistoryItem(v) => &mut v.user_display_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &v.user_principal_name,
            Self::RiskyUserHistoryItem(v) => &v.user_principal_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::RiskyUser(v) => &mut v.user_principal_name,
            Self::RiskyUserHistoryItem(v) => &mut v.user_principal_name,
        }
    }
    /// `history` of any variant.
    #[inline]
    pub fn history(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::RiskyUserHistoryItem>> {
        match self {
            Self::RiskyUser(v) => &v.history,
            Self::RiskyUserHistoryItem(v) => &v.history,
        }
    }
    /// `history` of any variant.
    #[inline]
    pub fn history_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::RiskyUserHistoryItem>> {
        match self {
            Self::RiskyUser(v) => &mut v.history,
            Self::RiskyUserHistoryItem(v) => &mut v.history,
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_poly!(AnyRiskyUser);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRiskyUser);
#[cfg(msgraph_v1_identity_protection_or_search)]
/// CSDL: `microsoft.graph.riskyUserHistoryItem`, entity type, derived from `microsoft.graph.riskyUser`, key `id`.
///
/// Request builders: [`RiskyUserHistoryItemPath`](requests/trait.RiskyUserHistoryItemPath.html), what a path to one (`EntityPath<RiskyUserHistoryItem, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
#[derive(Clone)]
pub struct RiskyUserHistoryItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `isProcessing`: `Edm.Boolean`, nullable.
    pub is_processing: rt::Field<bool>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskLastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub risk_last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `riskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::v1::RiskState>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `history`: `Collection(microsoft.graph.riskyUserHistoryItem)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::RiskyUserHistoryItem>>,
    /// CSDL: property `activity`: `microsoft.graph.riskUserActivity`, nullable.
    pub activity: rt::Field<crate::v1::RiskUserActivity>,
    /// CSDL: property `initiatedBy`: `Edm.String`, nullable.
    pub initiated_by: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl ::std::default::Default for RiskyUserHistoryItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_processing: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_last_updated_date_time: rt::Field::Absent,
            risk_level: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            history: rt::Field::Absent,
            activity: rt::Field::Absent,
            initiated_by: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::Object for RiskyUserHistoryItem {
    const TYPE_NAME: &'static str = "microsoft.graph.riskyUserHistoryItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isDeleted",
        "isProcessing",
        "riskDetail",
        "riskLastUpdatedDateTime",
        "riskLevel",
        "riskState",
        "userDisplayName",
        "userPrincipalName",
        "history",
        "activity",
        "initiatedBy",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isDeleted\":                    ",
        ",\"isProcessing\":                 ",
        ",\"riskDetail\":                   ",
        ",\"riskLastUpdatedDateTime\":      ",
        ",\"riskLevel\":                    ",
        ",\"riskState\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
        ",\"history\":                      ",
        ",\"activity\":                     ",
        ",\"initiatedBy\":                  ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.riskyUserHistoryItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_deleted", &self.is_deleted);
        v.field(2usize, "is_processing", &self.is_processing);
        v.field(3usize, "risk_detail", &self.risk_detail);
        v.field(
            4usize,
            "risk_last_updated_date_time",
            &self.risk_last_updated_date_time,
        );
        v.field(5usize, "risk_level", &self.risk_level);
        v.field(6usize, "risk_state", &self.risk_state);
        v.field(7usize, "user_display_name", &self.user_display_name);
        v.field(8usize, "user_principal_name", &self.user_principal_name);
        v.field(9usize, "history", &self.history);
        v.field(10usize, "activity", &self.activity);
        v.field(11usize, "initiated_by", &self.initiated_by);
        v.field(12usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl rt::object::Members for RiskyUserHistoryItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_deleted.read_from(r),
            2usize => self.is_processing.read_from(r),
            3usize => self.risk_detail.read_from(r),
            4usize => self.risk_last_updated_date_time.read_from(r),
            5usize => self.risk_level.read_from(r),
            6usize => self.risk_state.read_from(r),
            7usize => self.user_display_name.read_from(r),
            8usize => self.user_principal_name.read_from(r),
            9usize => self.history.read_from(r),
            10usize => self.activity.read_from(r),
            11usize => self.initiated_by.read_from(r),
            12usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_deleted);
        w.field(2usize, &self.is_processing);
        w.field(3usize, &self.risk_detail);
        w.field(4usize, &self.risk_last_updated_date_time);
        w.field(5usize, &self.risk_level);
        w.field(6usize, &self.risk_state);
        w.field(7usize, &self.user_display_name);
        w.field(8usize, &self.user_principal_name);
        w.field(9usize, &self.history);
        w.field(10usize, &self.activity);
        w.field(11usize, &self.initiated_by);
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
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_object!(RiskyUserHistoryItem);
#[cfg(msgraph_v1_identity_protection_or_search)]
rt::impl_setters!(
    RiskyUserHistoryItem { with_id id : ::std::string::String; with_is_deleted is_deleted
    : bool; with_is_processing is_processing : bool; with_risk_detail risk_detail : crate
    ::v1::RiskDetail; with_risk_last_updated_date_time risk_last_updated_date_time :
    rt::edm::DateTimeOffset; with_risk_level risk_level : crate ::v1::RiskLevel;
    with_risk_state risk_state : crate ::v1::RiskState; with_user_display_name
    user_display_name : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_history history : ::std::vec::Vec <
    crate ::v1::RiskyUserHistoryItem >; with_activity activity : crate
    ::v1::RiskUserActivity; with_initiated_by initiated_by : ::std::string::String;
    with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RiskyUserHistoryItem);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.roleAssignmentScheduleInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleAssignmentScheduleInstanceFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::StrEnum for RoleAssignmentScheduleInstanceFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignmentScheduleInstanceFilterByCurrentUserOptions";
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_enum!(RoleAssignmentScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignmentScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.roleAssignmentScheduleRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleAssignmentScheduleRequestFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `createdBy` (value 2).
    CreatedBy,
    /// `approver` (value 3).
    Approver,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::StrEnum for RoleAssignmentScheduleRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleAssignmentScheduleRequestFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &[
        "principal",
        "createdBy",
        "approver",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "principal" => Self::Principal,
                "createdBy" => Self::CreatedBy,
                "approver" => Self::Approver,
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
            Self::CreatedBy => "createdBy",
            Self::Approver => "approver",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_enum!(RoleAssignmentScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleAssignmentScheduleRequestFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
/// CSDL: `microsoft.graph.roleEligibilityScheduleInstanceFilterByCurrentUserOptions`, enum type.
///
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleEligibilityScheduleInstanceFilterByCurrentUserOptions {
    /// `principal` (value 1).
    Principal,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_role_management_or_search)]
impl rt::StrEnum for RoleEligibilityScheduleInstanceFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.roleEligibilityScheduleInstanceFilterByCurrentUserOptions";
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
#[cfg(msgraph_v1_role_management_or_search)]
rt::impl_enum!(RoleEligibilityScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleEligibilityScheduleInstanceFilterByCurrentUserOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.roleType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoleType {
    /// `active` (value 0).
    Active,
    /// `eligible` (value 1).
    Eligible,
    /// `application` (value 2).
    Application,
    /// `delegated` (value 3).
    Delegated,
    /// `unknownFutureValue` (value 99).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for RoleType {
    const TYPE_NAME: &'static str = "microsoft.graph.roleType";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "eligible",
        "application",
        "delegated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "eligible" => Self::Eligible,
                "application" => Self::Application,
                "delegated" => Self::Delegated,
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
            Self::Active => "active",
            Self::Eligible => "eligible",
            Self::Application => "application",
            Self::Delegated => "delegated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(RoleType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.rootDomains`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RootDomains {
    /// `none` (value 0).
    None,
    /// `all` (value 1).
    All,
    /// `allFederated` (value 2).
    AllFederated,
    /// `allManaged` (value 3).
    AllManaged,
    /// `enumerated` (value 4).
    Enumerated,
    /// `allManagedAndEnumeratedFederated` (value 5).
    AllManagedAndEnumeratedFederated,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for RootDomains {
    const TYPE_NAME: &'static str = "microsoft.graph.rootDomains";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "all",
        "allFederated",
        "allManaged",
        "enumerated",
        "allManagedAndEnumeratedFederated",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "all" => Self::All,
                "allFederated" => Self::AllFederated,
                "allManaged" => Self::AllManaged,
                "enumerated" => Self::Enumerated,
                "allManagedAndEnumeratedFederated" => {
                    Self::AllManagedAndEnumeratedFederated
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
            Self::All => "all",
            Self::AllFederated => "allFederated",
            Self::AllManaged => "allManaged",
            Self::Enumerated => "enumerated",
            Self::AllManagedAndEnumeratedFederated => "allManagedAndEnumeratedFederated",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(RootDomains);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(RootDomains);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.routingMode`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoutingMode {
    /// `oneToOne` (value 0).
    OneToOne,
    /// `multicast` (value 1).
    Multicast,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for RoutingMode {
    const TYPE_NAME: &'static str = "microsoft.graph.routingMode";
    const MEMBERS: &'static [&'static str] = &[
        "oneToOne",
        "multicast",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "oneToOne" => Self::OneToOne,
                "multicast" => Self::Multicast,
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
            Self::OneToOne => "oneToOne",
            Self::Multicast => "multicast",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(RoutingMode);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoutingMode);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.routingType`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum RoutingType {
    /// `forwarded` (value 0).
    Forwarded,
    /// `lookup` (value 1).
    Lookup,
    /// `selfFork` (value 2).
    SelfFork,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for RoutingType {
    const TYPE_NAME: &'static str = "microsoft.graph.routingType";
    const MEMBERS: &'static [&'static str] = &[
        "forwarded",
        "lookup",
        "selfFork",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "forwarded" => Self::Forwarded,
                "lookup" => Self::Lookup,
                "selfFork" => Self::SelfFork,
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
            Self::Forwarded => "forwarded",
            Self::Lookup => "lookup",
            Self::SelfFork => "selfFork",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(RoutingType);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoutingType);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.rubricCriterion`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct RubricCriterion {
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::v1::EducationItemBody>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for RubricCriterion {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for RubricCriterion {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricCriterion";
    const KEYS: &'static [&'static str] = &["description"];
    const KEYS_JSON: &'static [&'static str] = &[",\"description\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.rubricCriterion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for RubricCriterion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
    }
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
rt::impl_object!(RubricCriterion);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    RubricCriterion { with_description description : crate ::v1::EducationItemBody; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricCriterion);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.rubricLevel`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct RubricLevel {
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::v1::EducationItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grading`: `microsoft.graph.educationAssignmentGradeType`, nullable.
    pub grading: rt::Field<crate::v1::AnyEducationAssignmentGradeType>,
    /// CSDL: property `levelId`: `Edm.String`, nullable.
    pub level_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for RubricLevel {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grading: rt::Field::Absent,
            level_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for RubricLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricLevel";
    const KEYS: &'static [&'static str] = &[
        "description",
        "displayName",
        "grading",
        "levelId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"grading\":                      ",
        ",\"levelId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricLevel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "grading", &self.grading);
        v.field(3usize, "level_id", &self.level_id);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for RubricLevel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.grading.read_from(r),
            3usize => self.level_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.grading);
        w.field(3usize, &self.level_id);
    }
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
rt::impl_object!(RubricLevel);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    RubricLevel { with_description description : crate ::v1::EducationItemBody;
    with_display_name display_name : ::std::string::String; with_grading grading : crate
    ::v1::AnyEducationAssignmentGradeType; with_level_id level_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricLevel);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.rubricQuality`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct RubricQuality {
    /// CSDL: property `criteria`: `Collection(microsoft.graph.rubricCriterion)`, nullable.
    pub criteria: rt::Field<::std::vec::Vec<crate::v1::RubricCriterion>>,
    /// CSDL: property `description`: `microsoft.graph.educationItemBody`, nullable.
    pub description: rt::Field<crate::v1::EducationItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `qualityId`: `Edm.String`, nullable.
    pub quality_id: rt::Field<::std::string::String>,
    /// CSDL: property `weight`: `Edm.Single`, nullable.
    pub weight: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for RubricQuality {
    #[inline]
    fn default() -> Self {
        Self {
            criteria: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            quality_id: rt::Field::Absent,
            weight: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for RubricQuality {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricQuality";
    const KEYS: &'static [&'static str] = &[
        "criteria",
        "description",
        "displayName",
        "qualityId",
        "weight",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"criteria\":                     ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"qualityId\":                    ",
        ",\"weight\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricQuality\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "criteria", &self.criteria);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "quality_id", &self.quality_id);
        v.field(4usize, "weight", &self.weight);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for RubricQuality {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.criteria.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.quality_id.read_from(r),
            4usize => self.weight.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.criteria);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.quality_id);
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(RubricQuality);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    RubricQuality { with_criteria criteria : ::std::vec::Vec < crate
    ::v1::RubricCriterion >; with_description description : crate
    ::v1::EducationItemBody; with_display_name display_name : ::std::string::String;
    with_quality_id quality_id : ::std::string::String; with_weight weight : f64; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricQuality);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.rubricQualityFeedbackModel`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct RubricQualityFeedbackModel {
    /// CSDL: property `feedback`: `microsoft.graph.educationItemBody`, nullable.
    pub feedback: rt::Field<crate::v1::EducationItemBody>,
    /// CSDL: property `qualityId`: `Edm.String`, nullable.
    pub quality_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for RubricQualityFeedbackModel {
    #[inline]
    fn default() -> Self {
        Self {
            feedback: rt::Field::Absent,
            quality_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for RubricQualityFeedbackModel {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricQualityFeedbackModel";
    const KEYS: &'static [&'static str] = &["feedback", "qualityId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"feedback\":                     ",
        ",\"qualityId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricQualityFeedbackModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "feedback", &self.feedback);
        v.field(1usize, "quality_id", &self.quality_id);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for RubricQualityFeedbackModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.feedback.read_from(r),
            1usize => self.quality_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.feedback);
        w.field(1usize, &self.quality_id);
    }
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
rt::impl_object!(RubricQualityFeedbackModel);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    RubricQualityFeedbackModel { with_feedback feedback : crate ::v1::EducationItemBody;
    with_quality_id quality_id : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricQualityFeedbackModel);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.rubricQualitySelectedColumnModel`, complex type.
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct RubricQualitySelectedColumnModel {
    /// CSDL: property `columnId`: `Edm.String`, nullable.
    pub column_id: rt::Field<::std::string::String>,
    /// CSDL: property `qualityId`: `Edm.String`, nullable.
    pub quality_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for RubricQualitySelectedColumnModel {
    #[inline]
    fn default() -> Self {
        Self {
            column_id: rt::Field::Absent,
            quality_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for RubricQualitySelectedColumnModel {
    const TYPE_NAME: &'static str = "microsoft.graph.rubricQualitySelectedColumnModel";
    const KEYS: &'static [&'static str] = &["columnId", "qualityId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"columnId\":                     ",
        ",\"qualityId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rubricQualitySelectedColumnModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "column_id", &self.column_id);
        v.field(1usize, "quality_id", &self.quality_id);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for RubricQualitySelectedColumnModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.column_id.read_from(r),
            1usize => self.quality_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.column_id);
        w.field(1usize, &self.quality_id);
    }
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
rt::impl_object!(RubricQualitySelectedColumnModel);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    RubricQualitySelectedColumnModel { with_column_id column_id : ::std::string::String;
    with_quality_id quality_id : ::std::string::String; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RubricQualitySelectedColumnModel);
