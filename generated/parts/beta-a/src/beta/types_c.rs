//! Types of `microsoft.graph` by the first letters of their names (`c`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.calculatedColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CalculatedColumn {
    /// CSDL: property `format`: `Edm.String`, nullable.
    pub format: rt::Field<::std::string::String>,
    /// CSDL: property `formula`: `Edm.String`, nullable.
    pub formula: rt::Field<::std::string::String>,
    /// CSDL: property `outputType`: `Edm.String`, nullable.
    pub output_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for CalculatedColumn {
    #[inline]
    fn default() -> Self {
        Self {
            format: rt::Field::Absent,
            formula: rt::Field::Absent,
            output_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for CalculatedColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.calculatedColumn";
    const KEYS: &'static [&'static str] = &["format", "formula", "outputType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"format\":                       ",
        ",\"formula\":                      ",
        ",\"outputType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.calculatedColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "format", &self.format);
        v.field(1usize, "formula", &self.formula);
        v.field(2usize, "output_type", &self.output_type);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for CalculatedColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.format.read_from(r),
            1usize => self.formula.read_from(r),
            2usize => self.output_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.format);
        w.field(1usize, &self.formula);
        w.field(2usize, &self.output_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(CalculatedColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    CalculatedColumn { with_format format : ::std::string::String; with_formula formula :
    ::std::string::String; with_output_type output_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(CalculatedColumn);
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
/// CSDL: `microsoft.graph.certificateAuthority`, complex type.
///
/// Features: `beta`, or one of `beta-certificate-based-auth-configuration`, `beta-search`.
#[derive(Clone)]
pub struct CertificateAuthority {
    /// CSDL: property `certificate`: `Edm.Binary`, not nullable.
    pub certificate: rt::Field<rt::edm::Binary>,
    /// CSDL: property `certificateRevocationListUrl`: `Edm.String`, nullable.
    pub certificate_revocation_list_url: rt::Field<::std::string::String>,
    /// CSDL: property `deltaCertificateRevocationListUrl`: `Edm.String`, nullable.
    pub delta_certificate_revocation_list_url: rt::Field<::std::string::String>,
    /// CSDL: property `isRootAuthority`: `Edm.Boolean`, not nullable.
    pub is_root_authority: rt::Field<bool>,
    /// CSDL: property `issuer`: `Edm.String`, not nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `issuerSki`: `Edm.String`, not nullable.
    pub issuer_ski: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
impl ::std::default::Default for CertificateAuthority {
    #[inline]
    fn default() -> Self {
        Self {
            certificate: rt::Field::Absent,
            certificate_revocation_list_url: rt::Field::Absent,
            delta_certificate_revocation_list_url: rt::Field::Absent,
            is_root_authority: rt::Field::Absent,
            issuer: rt::Field::Absent,
            issuer_ski: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
impl rt::Object for CertificateAuthority {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateAuthority";
    const KEYS: &'static [&'static str] = &[
        "certificate",
        "certificateRevocationListUrl",
        "deltaCertificateRevocationListUrl",
        "isRootAuthority",
        "issuer",
        "issuerSki",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificate\":                  ",
        ",\"certificateRevocationListUrl\": ",
        ",\"deltaCertificateRevocationListUrl\":",
        ",\"isRootAuthority\":              ",
        ",\"issuer\":                       ",
        ",\"issuerSki\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificateAuthority\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate", &self.certificate);
        v.field(
            1usize,
            "certificate_revocation_list_url",
            &self.certificate_revocation_list_url,
        );
        v.field(
            2usize,
            "delta_certificate_revocation_list_url",
            &self.delta_certificate_revocation_list_url,
        );
        v.field(3usize, "is_root_authority", &self.is_root_authority);
        v.field(4usize, "issuer", &self.issuer);
        v.field(5usize, "issuer_ski", &self.issuer_ski);
    }
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
impl rt::object::Members for CertificateAuthority {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate.read_from(r),
            1usize => self.certificate_revocation_list_url.read_from(r),
            2usize => self.delta_certificate_revocation_list_url.read_from(r),
            3usize => self.is_root_authority.read_from(r),
            4usize => self.issuer.read_from(r),
            5usize => self.issuer_ski.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate);
        w.field(1usize, &self.certificate_revocation_list_url);
        w.field(2usize, &self.delta_certificate_revocation_list_url);
        w.field(3usize, &self.is_root_authority);
        w.field(4usize, &self.issuer);
        w.field(5usize, &self.issuer_ski);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
rt::impl_object!(CertificateAuthority);
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
rt::impl_setters!(
    CertificateAuthority { with_certificate certificate : rt::edm::Binary;
    with_certificate_revocation_list_url certificate_revocation_list_url :
    ::std::string::String; with_delta_certificate_revocation_list_url
    delta_certificate_revocation_list_url : ::std::string::String; with_is_root_authority
    is_root_authority : bool; with_issuer issuer : ::std::string::String; with_issuer_ski
    issuer_ski : ::std::string::String; }
);
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateAuthority);
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
/// CSDL: `microsoft.graph.certificateBasedAuthConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-certificate-based-auth-configuration`, `beta-search`.
#[derive(Clone)]
pub struct CertificateBasedAuthConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `certificateAuthorities`: `Collection(microsoft.graph.certificateAuthority)`, not nullable.
    pub certificate_authorities: rt::Field<
        ::std::vec::Vec<crate::beta::CertificateAuthority>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
impl ::std::default::Default for CertificateBasedAuthConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            certificate_authorities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
impl rt::Object for CertificateBasedAuthConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateBasedAuthConfiguration";
    const KEYS: &'static [&'static str] = &["id", "certificateAuthorities"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"certificateAuthorities\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificateBasedAuthConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "certificate_authorities", &self.certificate_authorities);
    }
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
impl rt::object::Members for CertificateBasedAuthConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.certificate_authorities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.certificate_authorities);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
rt::impl_object!(CertificateBasedAuthConfiguration);
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
rt::impl_setters!(
    CertificateBasedAuthConfiguration { with_id id : ::std::string::String;
    with_certificate_authorities certificate_authorities : ::std::vec::Vec < crate
    ::beta::CertificateAuthority >; }
);
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateBasedAuthConfiguration);
#[cfg(msgraph_beta_core)]
/// Certificate connector settings.
///
/// CSDL: `microsoft.graph.certificateConnectorSetting`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CertificateConnectorSetting {
    /// Certificate expire time
    ///
    /// CSDL: property `certExpiryTime`: `Edm.DateTimeOffset`, not nullable.
    pub cert_expiry_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of certificate connector
    ///
    /// CSDL: property `connectorVersion`: `Edm.String`, nullable.
    pub connector_version: rt::Field<::std::string::String>,
    /// Certificate connector enrollment error
    ///
    /// CSDL: property `enrollmentError`: `Edm.String`, nullable.
    pub enrollment_error: rt::Field<::std::string::String>,
    /// Last time certificate connector connected
    ///
    /// CSDL: property `lastConnectorConnectionTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_connector_connection_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of last uploaded certificate connector
    ///
    /// CSDL: property `lastUploadVersion`: `Edm.Int64`, not nullable.
    pub last_upload_version: rt::Field<i64>,
    /// Certificate connector status
    ///
    /// CSDL: property `status`: `Edm.Int32`, not nullable.
    pub status: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CertificateConnectorSetting {
    #[inline]
    fn default() -> Self {
        Self {
            cert_expiry_time: rt::Field::Absent,
            connector_version: rt::Field::Absent,
            enrollment_error: rt::Field::Absent,
            last_connector_connection_time: rt::Field::Absent,
            last_upload_version: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CertificateConnectorSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateConnectorSetting";
    const KEYS: &'static [&'static str] = &[
        "certExpiryTime",
        "connectorVersion",
        "enrollmentError",
        "lastConnectorConnectionTime",
        "lastUploadVersion",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certExpiryTime\":               ",
        ",\"connectorVersion\":             ",
        ",\"enrollmentError\":              ",
        ",\"lastConnectorConnectionTime\":  ",
        ",\"lastUploadVersion\":            ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.certificateConnectorSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cert_expiry_time", &self.cert_expiry_time);
        v.field(1usize, "connector_version", &self.connector_version);
        v.field(2usize, "enrollment_error", &self.enrollment_error);
        v.field(
            3usize,
            "last_connector_connection_time",
            &self.last_connector_connection_time,
        );
        v.field(4usize, "last_upload_version", &self.last_upload_version);
        v.field(5usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CertificateConnectorSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cert_expiry_time.read_from(r),
            1usize => self.connector_version.read_from(r),
            2usize => self.enrollment_error.read_from(r),
            3usize => self.last_connector_connection_time.read_from(r),
            4usize => self.last_upload_version.read_from(r),
            5usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cert_expiry_time);
        w.field(1usize, &self.connector_version);
        w.field(2usize, &self.enrollment_error);
        w.field(3usize, &self.last_connector_connection_time);
        w.field(4usize, &self.last_upload_version);
        w.field(5usize, &self.status);
    }
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
rt::impl_object!(CertificateConnectorSetting);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CertificateConnectorSetting { with_cert_expiry_time cert_expiry_time :
    rt::edm::DateTimeOffset; with_connector_version connector_version :
    ::std::string::String; with_enrollment_error enrollment_error :
    ::std::string::String; with_last_connector_connection_time
    last_connector_connection_time : rt::edm::DateTimeOffset; with_last_upload_version
    last_upload_version : i64; with_status status : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateConnectorSetting);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.certificateStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CertificateStatus {
    /// `notProvisioned` (value 0).
    NotProvisioned,
    /// `provisioned` (value 1).
    Provisioned,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for CertificateStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.certificateStatus";
    const MEMBERS: &'static [&'static str] = &["notProvisioned", "provisioned"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notProvisioned" => Self::NotProvisioned,
                "provisioned" => Self::Provisioned,
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
            Self::NotProvisioned => "notProvisioned",
            Self::Provisioned => "provisioned",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(CertificateStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CertificateStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.changeUefiSettingsPermission`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChangeUefiSettingsPermission {
    /// `notConfiguredOnly` (value 0).
    NotConfiguredOnly,
    /// `none` (value 1).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ChangeUefiSettingsPermission {
    const TYPE_NAME: &'static str = "microsoft.graph.changeUefiSettingsPermission";
    const MEMBERS: &'static [&'static str] = &["notConfiguredOnly", "none"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfiguredOnly" => Self::NotConfiguredOnly,
                "none" => Self::None,
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
            Self::NotConfiguredOnly => "notConfiguredOnly",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ChangeUefiSettingsPermission);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChangeUefiSettingsPermission);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.channelMembershipType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChannelMembershipType {
    /// `standard` (value 0).
    Standard,
    /// `private` (value 1).
    Private,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `shared` (value 3).
    Shared,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChannelMembershipType {
    const TYPE_NAME: &'static str = "microsoft.graph.channelMembershipType";
    const MEMBERS: &'static [&'static str] = &[
        "standard",
        "private",
        "unknownFutureValue",
        "shared",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
                "private" => Self::Private,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "shared" => Self::Shared,
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
            Self::Private => "private",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Shared => "shared",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChannelMembershipType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChannelMembershipType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chassisType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChassisType {
    /// `unknown` (value 0).
    Unknown,
    /// `desktop` (value 1).
    Desktop,
    /// `laptop` (value 2).
    Laptop,
    /// `worksWorkstation` (value 3).
    WorksWorkstation,
    /// `enterpriseServer` (value 4).
    EnterpriseServer,
    /// `phone` (value 100).
    Phone,
    /// `tablet` (value 101).
    Tablet,
    /// `mobileOther` (value 102).
    MobileOther,
    /// `mobileUnknown` (value 103).
    MobileUnknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChassisType {
    const TYPE_NAME: &'static str = "microsoft.graph.chassisType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "desktop",
        "laptop",
        "worksWorkstation",
        "enterpriseServer",
        "phone",
        "tablet",
        "mobileOther",
        "mobileUnknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "desktop" => Self::Desktop,
                "laptop" => Self::Laptop,
                "worksWorkstation" => Self::WorksWorkstation,
                "enterpriseServer" => Self::EnterpriseServer,
                "phone" => Self::Phone,
                "tablet" => Self::Tablet,
                "mobileOther" => Self::MobileOther,
                "mobileUnknown" => Self::MobileUnknown,
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
            Self::Desktop => "desktop",
            Self::Laptop => "laptop",
            Self::WorksWorkstation => "worksWorkstation",
            Self::EnterpriseServer => "enterpriseServer",
            Self::Phone => "phone",
            Self::Tablet => "tablet",
            Self::MobileOther => "mobileOther",
            Self::MobileUnknown => "mobileUnknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChassisType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChassisType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.chatType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChatType {
    /// `oneOnOne` (value 0).
    OneOnOne,
    /// `group` (value 1).
    Group,
    /// `meeting` (value 2).
    Meeting,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ChatType {
    const TYPE_NAME: &'static str = "microsoft.graph.chatType";
    const MEMBERS: &'static [&'static str] = &[
        "oneOnOne",
        "group",
        "meeting",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "oneOnOne" => Self::OneOnOne,
                "group" => Self::Group,
                "meeting" => Self::Meeting,
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
            Self::OneOnOne => "oneOnOne",
            Self::Group => "group",
            Self::Meeting => "meeting",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ChatType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChatType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.choiceColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ChoiceColumn {
    /// CSDL: property `allowTextEntry`: `Edm.Boolean`, nullable.
    pub allow_text_entry: rt::Field<bool>,
    /// CSDL: property `choices`: `Collection(Edm.String)`, nullable.
    pub choices: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `displayAs`: `Edm.String`, nullable.
    pub display_as: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ChoiceColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_text_entry: rt::Field::Absent,
            choices: rt::Field::Absent,
            display_as: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ChoiceColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.choiceColumn";
    const KEYS: &'static [&'static str] = &["allowTextEntry", "choices", "displayAs"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowTextEntry\":               ",
        ",\"choices\":                      ",
        ",\"displayAs\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.choiceColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_text_entry", &self.allow_text_entry);
        v.field(1usize, "choices", &self.choices);
        v.field(2usize, "display_as", &self.display_as);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ChoiceColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_text_entry.read_from(r),
            1usize => self.choices.read_from(r),
            2usize => self.display_as.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_text_entry);
        w.field(1usize, &self.choices);
        w.field(2usize, &self.display_as);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ChoiceColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ChoiceColumn { with_allow_text_entry allow_text_entry : bool; with_choices choices :
    ::std::vec::Vec < ::std::string::String >; with_display_as display_as :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChoiceColumn);
#[cfg(msgraph_beta_device_management_or_search)]
/// Entity that represents a Chromebook tenant settings
///
/// CSDL: `microsoft.graph.chromeOSOnboardingSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ChromeOsOnboardingSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The ChromebookTenant's LastDirectorySyncDateTime
    ///
    /// CSDL: property `lastDirectorySyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_directory_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The ChromebookTenant's LastModifiedDateTime
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The ChromebookTenant's OnboardingStatus
    ///
    /// CSDL: property `onboardingStatus`: `microsoft.graph.onboardingStatus`, not nullable.
    pub onboarding_status: rt::Field<crate::beta::OnboardingStatus>,
    /// The ChromebookTenant's OwnerUserPrincipalName
    ///
    /// CSDL: property `ownerUserPrincipalName`: `Edm.String`, nullable.
    pub owner_user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ChromeOsOnboardingSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_directory_sync_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            onboarding_status: rt::Field::Absent,
            owner_user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ChromeOsOnboardingSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.chromeOSOnboardingSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastDirectorySyncDateTime",
        "lastModifiedDateTime",
        "onboardingStatus",
        "ownerUserPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastDirectorySyncDateTime\":    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"onboardingStatus\":             ",
        ",\"ownerUserPrincipalName\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.chromeOSOnboardingSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "last_directory_sync_date_time",
            &self.last_directory_sync_date_time,
        );
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "onboarding_status", &self.onboarding_status);
        v.field(4usize, "owner_user_principal_name", &self.owner_user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ChromeOsOnboardingSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_directory_sync_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.onboarding_status.read_from(r),
            4usize => self.owner_user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_directory_sync_date_time);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.onboarding_status);
        w.field(4usize, &self.owner_user_principal_name);
    }
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
rt::impl_object!(ChromeOsOnboardingSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ChromeOsOnboardingSettings { with_id id : ::std::string::String;
    with_last_directory_sync_date_time last_directory_sync_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_onboarding_status onboarding_status : crate
    ::beta::OnboardingStatus; with_owner_user_principal_name owner_user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChromeOsOnboardingSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.chromeOSOnboardingStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChromeOsOnboardingStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `inprogress` (value 1).
    Inprogress,
    /// `onboarded` (value 2).
    Onboarded,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ChromeOsOnboardingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.chromeOSOnboardingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inprogress",
        "onboarded",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inprogress" => Self::Inprogress,
                "onboarded" => Self::Onboarded,
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
            Self::Inprogress => "inprogress",
            Self::Onboarded => "onboarded",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ChromeOsOnboardingStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ChromeOsOnboardingStatus);
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
/// CSDL: `microsoft.graph.claimsMapping`, complex type, open.
///
/// Features: `beta`, or one of `beta-identity`, `beta-identity-providers`, `beta-search`.
#[derive(Clone)]
pub struct ClaimsMapping {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
impl ::std::default::Default for ClaimsMapping {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            given_name: rt::Field::Absent,
            surname: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
impl rt::Object for ClaimsMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.claimsMapping";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "email",
        "givenName",
        "surname",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"givenName\":                    ",
        ",\"surname\":                      ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.claimsMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "email", &self.email);
        v.field(2usize, "given_name", &self.given_name);
        v.field(3usize, "surname", &self.surname);
        v.field(4usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
impl rt::object::Members for ClaimsMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.given_name.read_from(r),
            3usize => self.surname.read_from(r),
            4usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.email);
        w.field(2usize, &self.given_name);
        w.field(3usize, &self.surname);
        w.field(4usize, &self.user_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
rt::impl_object!(ClaimsMapping);
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
rt::impl_setters!(
    ClaimsMapping { with_display_name display_name : ::std::string::String; with_email
    email : ::std::string::String; with_given_name given_name : ::std::string::String;
    with_surname surname : ::std::string::String; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_identity_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClaimsMapping);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.clientCertificateAuthentication`, complex type, derived from `microsoft.graph.apiAuthenticationConfigurationBase`.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct ClientCertificateAuthentication {
    /// CSDL: property `certificateList`: `Collection(microsoft.graph.pkcs12CertificateInformation)`, nullable.
    pub certificate_list: rt::Field<
        ::std::vec::Vec<crate::beta::Pkcs12CertificateInformation>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for ClientCertificateAuthentication {
    #[inline]
    fn default() -> Self {
        Self {
            certificate_list: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for ClientCertificateAuthentication {
    const TYPE_NAME: &'static str = "microsoft.graph.clientCertificateAuthentication";
    const KEYS: &'static [&'static str] = &["certificateList"];
    const KEYS_JSON: &'static [&'static str] = &[",\"certificateList\":              "];
    const TAG: &'static str = "\"#microsoft.graph.clientCertificateAuthentication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate_list", &self.certificate_list);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for ClientCertificateAuthentication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate_list.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate_list);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(ClientCertificateAuthentication);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    ClientCertificateAuthentication { with_certificate_list certificate_list :
    ::std::vec::Vec < crate ::beta::Pkcs12CertificateInformation >; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ClientCertificateAuthentication);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.cloudAppSecuritySessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct CloudAppSecuritySessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `cloudAppSecurityType`: `microsoft.graph.cloudAppSecuritySessionControlType`, nullable.
    pub cloud_app_security_type: rt::Field<
        crate::beta::CloudAppSecuritySessionControlType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for CloudAppSecuritySessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            cloud_app_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for CloudAppSecuritySessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudAppSecuritySessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled", "cloudAppSecurityType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"cloudAppSecurityType\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cloudAppSecuritySessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "cloud_app_security_type", &self.cloud_app_security_type);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for CloudAppSecuritySessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.cloud_app_security_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.cloud_app_security_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(CloudAppSecuritySessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    CloudAppSecuritySessionControl { with_is_enabled is_enabled : bool;
    with_cloud_app_security_type cloud_app_security_type : crate
    ::beta::CloudAppSecuritySessionControlType; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudAppSecuritySessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.cloudAppSecuritySessionControlType`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CloudAppSecuritySessionControlType {
    /// `mcasConfigured` (value 0).
    McasConfigured,
    /// `monitorOnly` (value 1).
    MonitorOnly,
    /// `blockDownloads` (value 2).
    BlockDownloads,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for CloudAppSecuritySessionControlType {
    const TYPE_NAME: &'static str = "microsoft.graph.cloudAppSecuritySessionControlType";
    const MEMBERS: &'static [&'static str] = &[
        "mcasConfigured",
        "monitorOnly",
        "blockDownloads",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mcasConfigured" => Self::McasConfigured,
                "monitorOnly" => Self::MonitorOnly,
                "blockDownloads" => Self::BlockDownloads,
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
            Self::McasConfigured => "mcasConfigured",
            Self::MonitorOnly => "monitorOnly",
            Self::BlockDownloads => "blockDownloads",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(CloudAppSecuritySessionControlType);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CloudAppSecuritySessionControlType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.columnDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ColumnDefinitionPath`](requests/trait.ColumnDefinitionPath.html), what a path to one (`EntityPath<ColumnDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ColumnDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `boolean`: `microsoft.graph.booleanColumn`, nullable.
    pub boolean: rt::Field<crate::beta::BooleanColumn>,
    /// CSDL: property `calculated`: `microsoft.graph.calculatedColumn`, nullable.
    pub calculated: rt::Field<crate::beta::CalculatedColumn>,
    /// CSDL: property `choice`: `microsoft.graph.choiceColumn`, nullable.
    pub choice: rt::Field<crate::beta::ChoiceColumn>,
    /// CSDL: property `columnGroup`: `Edm.String`, nullable.
    pub column_group: rt::Field<::std::string::String>,
    /// CSDL: property `contentApprovalStatus`: `microsoft.graph.contentApprovalStatusColumn`, nullable.
    pub content_approval_status: rt::Field<crate::beta::ContentApprovalStatusColumn>,
    /// CSDL: property `currency`: `microsoft.graph.currencyColumn`, nullable.
    pub currency: rt::Field<crate::beta::CurrencyColumn>,
    /// CSDL: property `dateTime`: `microsoft.graph.dateTimeColumn`, nullable.
    pub date_time: rt::Field<crate::beta::DateTimeColumn>,
    /// CSDL: property `defaultValue`: `microsoft.graph.defaultColumnValue`, nullable.
    pub default_value: rt::Field<crate::beta::DefaultColumnValue>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `enforceUniqueValues`: `Edm.Boolean`, nullable.
    pub enforce_unique_values: rt::Field<bool>,
    /// CSDL: property `geolocation`: `microsoft.graph.geolocationColumn`, nullable.
    pub geolocation: rt::Field<crate::beta::GeolocationColumn>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `hyperlinkOrPicture`: `microsoft.graph.hyperlinkOrPictureColumn`, nullable.
    pub hyperlink_or_picture: rt::Field<crate::beta::HyperlinkOrPictureColumn>,
    /// CSDL: property `indexed`: `Edm.Boolean`, nullable.
    pub indexed: rt::Field<bool>,
    /// CSDL: property `isDeletable`: `Edm.Boolean`, nullable.
    pub is_deletable: rt::Field<bool>,
    /// CSDL: property `isReorderable`: `Edm.Boolean`, nullable.
    pub is_reorderable: rt::Field<bool>,
    /// CSDL: property `isSealed`: `Edm.Boolean`, nullable.
    pub is_sealed: rt::Field<bool>,
    /// CSDL: property `lookup`: `microsoft.graph.lookupColumn`, nullable.
    pub lookup: rt::Field<crate::beta::LookupColumn>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `number`: `microsoft.graph.numberColumn`, nullable.
    pub number: rt::Field<crate::beta::NumberColumn>,
    /// CSDL: property `personOrGroup`: `microsoft.graph.personOrGroupColumn`, nullable.
    pub person_or_group: rt::Field<crate::beta::PersonOrGroupColumn>,
    /// CSDL: property `propagateChanges`: `Edm.Boolean`, nullable.
    pub propagate_changes: rt::Field<bool>,
    /// CSDL: property `readOnly`: `Edm.Boolean`, nullable.
    pub read_only: rt::Field<bool>,
    /// CSDL: property `required`: `Edm.Boolean`, nullable.
    pub required: rt::Field<bool>,
    /// CSDL: property `term`: `microsoft.graph.termColumn`, nullable.
    pub term: rt::Field<crate::beta::TermColumn>,
    /// CSDL: property `text`: `microsoft.graph.textColumn`, nullable.
    pub text: rt::Field<crate::beta::TextColumn>,
    /// CSDL: property `thumbnail`: `microsoft.graph.thumbnailColumn`, nullable.
    pub thumbnail: rt::Field<crate::beta::ThumbnailColumn>,
    /// CSDL: property `type`: `microsoft.graph.columnTypes`, nullable.
    pub type_: rt::Field<crate::beta::ColumnTypes>,
    /// CSDL: property `validation`: `microsoft.graph.columnValidation`, nullable.
    pub validation: rt::Field<crate::beta::ColumnValidation>,
    /// CSDL: navigation property `sourceColumn`: `microsoft.graph.columnDefinition`, nullable.
    pub source_column: rt::Field<::std::boxed::Box<crate::beta::ColumnDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ColumnDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            boolean: rt::Field::Absent,
            calculated: rt::Field::Absent,
            choice: rt::Field::Absent,
            column_group: rt::Field::Absent,
            content_approval_status: rt::Field::Absent,
            currency: rt::Field::Absent,
            date_time: rt::Field::Absent,
            default_value: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            enforce_unique_values: rt::Field::Absent,
            geolocation: rt::Field::Absent,
            hidden: rt::Field::Absent,
            hyperlink_or_picture: rt::Field::Absent,
            indexed: rt::Field::Absent,
            is_deletable: rt::Field::Absent,
            is_reorderable: rt::Field::Absent,
            is_sealed: rt::Field::Absent,
            lookup: rt::Field::Absent,
            name: rt::Field::Absent,
            number: rt::Field::Absent,
            person_or_group: rt::Field::Absent,
            propagate_changes: rt::Field::Absent,
            read_only: rt::Field::Absent,
            required: rt::Field::Absent,
            term: rt::Field::Absent,
            text: rt::Field::Absent,
            thumbnail: rt::Field::Absent,
            type_: rt::Field::Absent,
            validation: rt::Field::Absent,
            source_column: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ColumnDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.columnDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "boolean",
        "calculated",
        "choice",
        "columnGroup",
        "contentApprovalStatus",
        "currency",
        "dateTime",
        "defaultValue",
        "description",
        "displayName",
        "enforceUniqueValues",
        "geolocation",
        "hidden",
        "hyperlinkOrPicture",
        "indexed",
        "isDeletable",
        "isReorderable",
        "isSealed",
        "lookup",
        "name",
        "number",
        "personOrGroup",
        "propagateChanges",
        "readOnly",
        "required",
        "term",
        "text",
        "thumbnail",
        "type",
        "validation",
        "sourceColumn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"boolean\":                      ",
        ",\"calculated\":                   ",
        ",\"choice\":                       ",
        ",\"columnGroup\":                  ",
        ",\"contentApprovalStatus\":        ",
        ",\"currency\":                     ",
        ",\"dateTime\":                     ",
        ",\"defaultValue\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"enforceUniqueValues\":          ",
        ",\"geolocation\":                  ",
        ",\"hidden\":                       ",
        ",\"hyperlinkOrPicture\":           ",
        ",\"indexed\":                      ",
        ",\"isDeletable\":                  ",
        ",\"isReorderable\":                ",
        ",\"isSealed\":                     ",
        ",\"lookup\":                       ",
        ",\"name\":                         ",
        ",\"number\":                       ",
        ",\"personOrGroup\":                ",
        ",\"propagateChanges\":             ",
        ",\"readOnly\":                     ",
        ",\"required\":                     ",
        ",\"term\":                         ",
        ",\"text\":                         ",
        ",\"thumbnail\":                    ",
        ",\"type\":                         ",
        ",\"validation\":                   ",
        ",\"sourceColumn\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.columnDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "boolean", &self.boolean);
        v.field(2usize, "calculated", &self.calculated);
        v.field(3usize, "choice", &self.choice);
        v.field(4usize, "column_group", &self.column_group);
        v.field(5usize, "content_approval_status", &self.content_approval_status);
        v.field(6usize, "currency", &self.currency);
        v.field(7usize, "date_time", &self.date_time);
        v.field(8usize, "default_value", &self.default_value);
        v.field(9usize, "description", &self.description);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "enforce_unique_values", &self.enforce_unique_values);
        v.field(12usize, "geolocation", &self.geolocation);
        v.field(13usize, "hidden", &self.hidden);
        v.field(14usize, "hyperlink_or_picture", &self.hyperlink_or_picture);
        v.field(15usize, "indexed", &self.indexed);
        v.field(16usize, "is_deletable", &self.is_deletable);
        v.field(17usize, "is_reorderable", &self.is_reorderable);
        v.field(18usize, "is_sealed", &self.is_sealed);
        v.field(19usize, "lookup", &self.lookup);
        v.field(20usize, "name", &self.name);
        v.field(21usize, "number", &self.number);
        v.field(22usize, "person_or_group", &self.person_or_group);
        v.field(23usize, "propagate_changes", &self.propagate_changes);
        v.field(24usize, "read_only", &self.read_only);
        v.field(25usize, "required", &self.required);
        v.field(26usize, "term", &self.term);
        v.field(27usize, "text", &self.text);
        v.field(28usize, "thumbnail", &self.thumbnail);
        v.field(29usize, "type_", &self.type_);
        v.field(30usize, "validation", &self.validation);
        v.field(31usize, "source_column", &self.source_column);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ColumnDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.boolean.read_from(r),
            2usize => self.calculated.read_from(r),
            3usize => self.choice.read_from(r),
            4usize => self.column_group.read_from(r),
            5usize => self.content_approval_status.read_from(r),
            6usize => self.currency.read_from(r),
            7usize => self.date_time.read_from(r),
            8usize => self.default_value.read_from(r),
            9usize => self.description.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.enforce_unique_values.read_from(r),
            12usize => self.geolocation.read_from(r),
            13usize => self.hidden.read_from(r),
            14usize => self.hyperlink_or_picture.read_from(r),
            15usize => self.indexed.read_from(r),
            16usize => self.is_deletable.read_from(r),
            17usize => self.is_reorderable.read_from(r),
            18usize => self.is_sealed.read_from(r),
            19usize => self.lookup.read_from(r),
            20usize => self.name.read_from(r),
            21usize => self.number.read_from(r),
            22usize => self.person_or_group.read_from(r),
            23usize => self.propagate_changes.read_from(r),
            24usize => self.read_only.read_from(r),
            25usize => self.required.read_from(r),
            26usize => self.term.read_from(r),
            27usize => self.text.read_from(r),
            28usize => self.thumbnail.read_from(r),
            29usize => self.type_.read_from(r),
            30usize => self.validation.read_from(r),
            31usize => self.source_column.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.boolean);
        w.field(2usize, &self.calculated);
        w.field(3usize, &self.choice);
        w.field(4usize, &self.column_group);
        w.field(5usize, &self.content_approval_status);
        w.field(6usize, &self.currency);
        w.field(7usize, &self.date_time);
        w.field(8usize, &self.default_value);
        w.field(9usize, &self.description);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.enforce_unique_values);
        w.field(12usize, &self.geolocation);
        w.field(13usize, &self.hidden);
        w.field(14usize, &self.hyperlink_or_picture);
        w.field(15usize, &self.indexed);
        w.field(16usize, &self.is_deletable);
        w.field(17usize, &self.is_reorderable);
        w.field(18usize, &self.is_sealed);
        w.field(19usize, &self.lookup);
        w.field(20usize, &self.name);
        w.field(21usize, &self.number);
        w.field(22usize, &self.person_or_group);
        w.field(23usize, &self.propagate_changes);
        w.field(24usize, &self.read_only);
        w.field(25usize, &self.required);
        w.field(26usize, &self.term);
        w.field(27usize, &self.text);
        w.field(28usize, &self.thumbnail);
        w.field(29usize, &self.type_);
        w.field(30usize, &self.validation);
        w.field(31usize, &self.source_column);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ColumnDefinition);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_boxed!(ColumnDefinition);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ColumnDefinition { with_id id : ::std::string::String; with_boolean boolean : crate
    ::beta::BooleanColumn; with_calculated calculated : crate ::beta::CalculatedColumn;
    with_choice choice : crate ::beta::ChoiceColumn; with_column_group column_group :
    ::std::string::String; with_content_approval_status content_approval_status : crate
    ::beta::ContentApprovalStatusColumn; with_currency currency : crate
    ::beta::CurrencyColumn; with_date_time date_time : crate ::beta::DateTimeColumn;
    with_default_value default_value : crate ::beta::DefaultColumnValue; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_enforce_unique_values enforce_unique_values : bool;
    with_geolocation geolocation : crate ::beta::GeolocationColumn; with_hidden hidden :
    bool; with_hyperlink_or_picture hyperlink_or_picture : crate
    ::beta::HyperlinkOrPictureColumn; with_indexed indexed : bool; with_is_deletable
    is_deletable : bool; with_is_reorderable is_reorderable : bool; with_is_sealed
    is_sealed : bool; with_lookup lookup : crate ::beta::LookupColumn; with_name name :
    ::std::string::String; with_number number : crate ::beta::NumberColumn;
    with_person_or_group person_or_group : crate ::beta::PersonOrGroupColumn;
    with_propagate_changes propagate_changes : bool; with_read_only read_only : bool;
    with_required required : bool; with_term term : crate ::beta::TermColumn; with_text
    text : crate ::beta::TextColumn; with_thumbnail thumbnail : crate
    ::beta::ThumbnailColumn; with_type type_ : crate ::beta::ColumnTypes; with_validation
    validation : crate ::beta::ColumnValidation; with_source_column source_column :
    ::std::boxed::Box < crate ::beta::ColumnDefinition >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnDefinition);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.columnLink`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ColumnLink {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ColumnLink {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ColumnLink {
    const TYPE_NAME: &'static str = "microsoft.graph.columnLink";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.columnLink\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ColumnLink {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ColumnLink);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ColumnLink { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnLink);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.columnTypes`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ColumnTypes {
    /// `note` (value 0).
    Note,
    /// `text` (value 1).
    Text,
    /// `choice` (value 2).
    Choice,
    /// `multichoice` (value 3).
    Multichoice,
    /// `number` (value 4).
    Number,
    /// `currency` (value 5).
    Currency,
    /// `dateTime` (value 6).
    DateTime,
    /// `lookup` (value 7).
    Lookup,
    /// `boolean` (value 8).
    Boolean,
    /// `user` (value 9).
    User,
    /// `url` (value 10).
    Url,
    /// `calculated` (value 11).
    Calculated,
    /// `location` (value 12).
    Location,
    /// `geolocation` (value 13).
    Geolocation,
    /// `term` (value 14).
    Term,
    /// `multiterm` (value 15).
    Multiterm,
    /// `thumbnail` (value 16).
    Thumbnail,
    /// `approvalStatus` (value 17).
    ApprovalStatus,
    /// `unknownFutureValue` (value 18).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::StrEnum for ColumnTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.columnTypes";
    const MEMBERS: &'static [&'static str] = &[
        "note",
        "text",
        "choice",
        "multichoice",
        "number",
        "currency",
        "dateTime",
        "lookup",
        "boolean",
        "user",
        "url",
        "calculated",
        "location",
        "geolocation",
        "term",
        "multiterm",
        "thumbnail",
        "approvalStatus",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "note" => Self::Note,
                "text" => Self::Text,
                "choice" => Self::Choice,
                "multichoice" => Self::Multichoice,
                "number" => Self::Number,
                "currency" => Self::Currency,
                "dateTime" => Self::DateTime,
                "lookup" => Self::Lookup,
                "boolean" => Self::Boolean,
                "user" => Self::User,
                "url" => Self::Url,
                "calculated" => Self::Calculated,
                "location" => Self::Location,
                "geolocation" => Self::Geolocation,
                "term" => Self::Term,
                "multiterm" => Self::Multiterm,
                "thumbnail" => Self::Thumbnail,
                "approvalStatus" => Self::ApprovalStatus,
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
            Self::Note => "note",
            Self::Text => "text",
            Self::Choice => "choice",
            Self::Multichoice => "multichoice",
            Self::Number => "number",
            Self::Currency => "currency",
            Self::DateTime => "dateTime",
            Self::Lookup => "lookup",
            Self::Boolean => "boolean",
            Self::User => "user",
            Self::Url => "url",
            Self::Calculated => "calculated",
            Self::Location => "location",
            Self::Geolocation => "geolocation",
            Self::Term => "term",
            Self::Multiterm => "multiterm",
            Self::Thumbnail => "thumbnail",
            Self::ApprovalStatus => "approvalStatus",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_enum!(ColumnTypes);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnTypes);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.columnValidation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ColumnValidation {
    /// CSDL: property `defaultLanguage`: `Edm.String`, nullable.
    pub default_language: rt::Field<::std::string::String>,
    /// CSDL: property `descriptions`: `Collection(microsoft.graph.displayNameLocalization)`, nullable.
    pub descriptions: rt::Field<::std::vec::Vec<crate::beta::DisplayNameLocalization>>,
    /// CSDL: property `formula`: `Edm.String`, nullable.
    pub formula: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ColumnValidation {
    #[inline]
    fn default() -> Self {
        Self {
            default_language: rt::Field::Absent,
            descriptions: rt::Field::Absent,
            formula: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ColumnValidation {
    const TYPE_NAME: &'static str = "microsoft.graph.columnValidation";
    const KEYS: &'static [&'static str] = &[
        "defaultLanguage",
        "descriptions",
        "formula",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultLanguage\":              ",
        ",\"descriptions\":                 ",
        ",\"formula\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.columnValidation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_language", &self.default_language);
        v.field(1usize, "descriptions", &self.descriptions);
        v.field(2usize, "formula", &self.formula);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ColumnValidation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_language.read_from(r),
            1usize => self.descriptions.read_from(r),
            2usize => self.formula.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_language);
        w.field(1usize, &self.descriptions);
        w.field(2usize, &self.formula);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ColumnValidation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ColumnValidation { with_default_language default_language : ::std::string::String;
    with_descriptions descriptions : ::std::vec::Vec < crate
    ::beta::DisplayNameLocalization >; with_formula formula : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ColumnValidation);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.comanagementEligibleDevicesSummary`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ComanagementEligibleDevicesSummary {
    /// Count of devices already Co-Managed
    ///
    /// CSDL: property `comanagedCount`: `Edm.Int32`, not nullable.
    pub comanaged_count: rt::Field<i32>,
    /// Count of devices eligible for Co-Management but not yet joined to Azure Active Directory
    ///
    /// CSDL: property `eligibleButNotAzureAdJoinedCount`: `Edm.Int32`, not nullable.
    pub eligible_but_not_azure_ad_joined_count: rt::Field<i32>,
    /// Count of devices fully eligible for Co-Management
    ///
    /// CSDL: property `eligibleCount`: `Edm.Int32`, not nullable.
    pub eligible_count: rt::Field<i32>,
    /// Count of devices ineligible for Co-Management
    ///
    /// CSDL: property `ineligibleCount`: `Edm.Int32`, not nullable.
    pub ineligible_count: rt::Field<i32>,
    /// Count of devices that will be eligible for Co-Management after an OS update
    ///
    /// CSDL: property `needsOsUpdateCount`: `Edm.Int32`, not nullable.
    pub needs_os_update_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ComanagementEligibleDevicesSummary {
    #[inline]
    fn default() -> Self {
        Self {
            comanaged_count: rt::Field::Absent,
            eligible_but_not_azure_ad_joined_count: rt::Field::Absent,
            eligible_count: rt::Field::Absent,
            ineligible_count: rt::Field::Absent,
            needs_os_update_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ComanagementEligibleDevicesSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.comanagementEligibleDevicesSummary";
    const KEYS: &'static [&'static str] = &[
        "comanagedCount",
        "eligibleButNotAzureAdJoinedCount",
        "eligibleCount",
        "ineligibleCount",
        "needsOsUpdateCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"comanagedCount\":               ",
        ",\"eligibleButNotAzureAdJoinedCount\":",
        ",\"eligibleCount\":                ",
        ",\"ineligibleCount\":              ",
        ",\"needsOsUpdateCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.comanagementEligibleDevicesSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comanaged_count", &self.comanaged_count);
        v.field(
            1usize,
            "eligible_but_not_azure_ad_joined_count",
            &self.eligible_but_not_azure_ad_joined_count,
        );
        v.field(2usize, "eligible_count", &self.eligible_count);
        v.field(3usize, "ineligible_count", &self.ineligible_count);
        v.field(4usize, "needs_os_update_count", &self.needs_os_update_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ComanagementEligibleDevicesSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comanaged_count.read_from(r),
            1usize => self.eligible_but_not_azure_ad_joined_count.read_from(r),
            2usize => self.eligible_count.read_from(r),
            3usize => self.ineligible_count.read_from(r),
            4usize => self.needs_os_update_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comanaged_count);
        w.field(1usize, &self.eligible_but_not_azure_ad_joined_count);
        w.field(2usize, &self.eligible_count);
        w.field(3usize, &self.ineligible_count);
        w.field(4usize, &self.needs_os_update_count);
    }
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
rt::impl_object!(ComanagementEligibleDevicesSummary);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ComanagementEligibleDevicesSummary { with_comanaged_count comanaged_count : i32;
    with_eligible_but_not_azure_ad_joined_count eligible_but_not_azure_ad_joined_count :
    i32; with_eligible_count eligible_count : i32; with_ineligible_count ineligible_count
    : i32; with_needs_os_update_count needs_os_update_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ComanagementEligibleDevicesSummary);
#[cfg(msgraph_beta_core_or_commands)]
/// CSDL: `microsoft.graph.command`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`CommandPath`](requests/trait.CommandPath.html), what a path to one (`EntityPath<Command, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-commands`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Command {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appServiceName`: `Edm.String`, nullable.
    pub app_service_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `Edm.String`, nullable.
    pub error: rt::Field<::std::string::String>,
    /// CSDL: property `packageFamilyName`: `Edm.String`, nullable.
    pub package_family_name: rt::Field<::std::string::String>,
    /// CSDL: property `payload`: `microsoft.graph.payloadRequest`, nullable.
    pub payload: rt::Field<crate::beta::PayloadRequest>,
    /// CSDL: property `permissionTicket`: `Edm.String`, nullable.
    pub permission_ticket: rt::Field<::std::string::String>,
    /// CSDL: property `postBackUri`: `Edm.String`, nullable.
    pub post_back_uri: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: navigation property `responsepayload`: `microsoft.graph.payloadResponse`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_payload_response_or_search)]
    pub responsepayload: rt::Field<crate::beta::PayloadResponse>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_commands)]
impl ::std::default::Default for Command {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_service_name: rt::Field::Absent,
            error: rt::Field::Absent,
            package_family_name: rt::Field::Absent,
            payload: rt::Field::Absent,
            permission_ticket: rt::Field::Absent,
            post_back_uri: rt::Field::Absent,
            status: rt::Field::Absent,
            type_: rt::Field::Absent,
            #[cfg(msgraph_beta_payload_response_or_search)]
            responsepayload: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_commands)]
impl rt::Object for Command {
    const TYPE_NAME: &'static str = "microsoft.graph.command";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appServiceName",
        "error",
        "packageFamilyName",
        "payload",
        "permissionTicket",
        "postBackUri",
        "status",
        "type",
        "responsepayload",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appServiceName\":               ",
        ",\"error\":                        ",
        ",\"packageFamilyName\":            ",
        ",\"payload\":                      ",
        ",\"permissionTicket\":             ",
        ",\"postBackUri\":                  ",
        ",\"status\":                       ",
        ",\"type\":                         ",
        ",\"responsepayload\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.command\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_service_name", &self.app_service_name);
        v.field(2usize, "error", &self.error);
        v.field(3usize, "package_family_name", &self.package_family_name);
        v.field(4usize, "payload", &self.payload);
        v.field(5usize, "permission_ticket", &self.permission_ticket);
        v.field(6usize, "post_back_uri", &self.post_back_uri);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "type_", &self.type_);
        #[cfg(msgraph_beta_payload_response_or_search)]
        v.field(9usize, "responsepayload", &self.responsepayload);
    }
}
#[cfg(msgraph_beta_core_or_commands)]
impl rt::object::Members for Command {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_service_name.read_from(r),
            2usize => self.error.read_from(r),
            3usize => self.package_family_name.read_from(r),
            4usize => self.payload.read_from(r),
            5usize => self.permission_ticket.read_from(r),
            6usize => self.post_back_uri.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.type_.read_from(r),
            #[cfg(msgraph_beta_payload_response_or_search)]
            9usize => self.responsepayload.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_service_name);
        w.field(2usize, &self.error);
        w.field(3usize, &self.package_family_name);
        w.field(4usize, &self.payload);
        w.field(5usize, &self.permission_ticket);
        w.field(6usize, &self.post_back_uri);
        w.field(7usize, &self.status);
        w.field(8usize, &self.type_);
        #[cfg(msgraph_beta_payload_response_or_search)]
        w.field(9usize, &self.responsepayload);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_commands)]
rt::impl_object!(Command);
#[cfg(msgraph_beta_core_or_commands)]
rt::impl_setters!(
    Command { with_id id : ::std::string::String; with_app_service_name app_service_name
    : ::std::string::String; with_error error : ::std::string::String;
    with_package_family_name package_family_name : ::std::string::String; with_payload
    payload : crate ::beta::PayloadRequest; with_permission_ticket permission_ticket :
    ::std::string::String; with_post_back_uri post_back_uri : ::std::string::String;
    with_status status : ::std::string::String; with_type type_ : ::std::string::String;
    #[cfg(msgraph_beta_payload_response_or_search)] with_responsepayload responsepayload
    : crate ::beta::PayloadResponse; }
);
#[cfg(msgraph_beta_core_or_commands)]
#[cfg(feature = "serde")]
rt::impl_serde!(Command);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.commentAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CommentAction {
    /// CSDL: property `isReply`: `Edm.Boolean`, nullable.
    pub is_reply: rt::Field<bool>,
    /// CSDL: property `parentAuthor`: `microsoft.graph.identitySet`, nullable.
    pub parent_author: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `participants`: `Collection(microsoft.graph.identitySet)`, nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::beta::IdentitySet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for CommentAction {
    #[inline]
    fn default() -> Self {
        Self {
            is_reply: rt::Field::Absent,
            parent_author: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for CommentAction {
    const TYPE_NAME: &'static str = "microsoft.graph.commentAction";
    const KEYS: &'static [&'static str] = &["isReply", "parentAuthor", "participants"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isReply\":                      ",
        ",\"parentAuthor\":                 ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.commentAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_reply", &self.is_reply);
        v.field(1usize, "parent_author", &self.parent_author);
        v.field(2usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for CommentAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_reply.read_from(r),
            1usize => self.parent_author.read_from(r),
            2usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_reply);
        w.field(1usize, &self.parent_author);
        w.field(2usize, &self.participants);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(CommentAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    CommentAction { with_is_reply is_reply : bool; with_parent_author parent_author :
    crate ::beta::IdentitySet; with_participants participants : ::std::vec::Vec < crate
    ::beta::IdentitySet >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(CommentAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.companyPortalAction`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CompanyPortalAction {
    /// `unknown` (value 0).
    Unknown,
    /// `remove` (value 1).
    Remove,
    /// `reset` (value 2).
    Reset,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for CompanyPortalAction {
    const TYPE_NAME: &'static str = "microsoft.graph.companyPortalAction";
    const MEMBERS: &'static [&'static str] = &["unknown", "remove", "reset"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "remove" => Self::Remove,
                "reset" => Self::Reset,
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
            Self::Remove => "remove",
            Self::Reset => "reset",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(CompanyPortalAction);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CompanyPortalAction);
#[cfg(msgraph_beta_device_management_or_search)]
/// Blocked actions on the company portal as per platform and device ownership types
///
/// CSDL: `microsoft.graph.companyPortalBlockedAction`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CompanyPortalBlockedAction {
    /// Device Action
    ///
    /// CSDL: property `action`: `microsoft.graph.companyPortalAction`, not nullable.
    pub action: rt::Field<crate::beta::CompanyPortalAction>,
    /// Device ownership type
    ///
    /// CSDL: property `ownerType`: `microsoft.graph.ownerType`, not nullable.
    pub owner_type: rt::Field<crate::beta::OwnerType>,
    /// Device OS/Platform
    ///
    /// CSDL: property `platform`: `microsoft.graph.devicePlatformType`, not nullable.
    pub platform: rt::Field<crate::beta::DevicePlatformType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CompanyPortalBlockedAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            owner_type: rt::Field::Absent,
            platform: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CompanyPortalBlockedAction {
    const TYPE_NAME: &'static str = "microsoft.graph.companyPortalBlockedAction";
    const KEYS: &'static [&'static str] = &["action", "ownerType", "platform"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"ownerType\":                    ",
        ",\"platform\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.companyPortalBlockedAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "owner_type", &self.owner_type);
        v.field(2usize, "platform", &self.platform);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CompanyPortalBlockedAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.owner_type.read_from(r),
            2usize => self.platform.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.owner_type);
        w.field(2usize, &self.platform);
    }
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
rt::impl_object!(CompanyPortalBlockedAction);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CompanyPortalBlockedAction { with_action action : crate ::beta::CompanyPortalAction;
    with_owner_type owner_type : crate ::beta::OwnerType; with_platform platform : crate
    ::beta::DevicePlatformType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CompanyPortalBlockedAction);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.component`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Component {
    /// `Label` (value 0).
    Label,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for Component {
    const TYPE_NAME: &'static str = "microsoft.graph.component";
    const MEMBERS: &'static [&'static str] = &["Label"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Label" => Self::Label,
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
            Self::Label => "Label",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(Component);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Component);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessApplications`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessApplications {
    /// CSDL: property `excludeApplications`: `Collection(Edm.String)`, not nullable.
    pub exclude_applications: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeApplications`: `Collection(Edm.String)`, not nullable.
    pub include_applications: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeAuthenticationContextClassReferences`: `Collection(Edm.String)`, not nullable.
    pub include_authentication_context_class_references: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `includeUserActions`: `Collection(Edm.String)`, not nullable.
    pub include_user_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessApplications {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_applications: rt::Field::Absent,
            include_applications: rt::Field::Absent,
            include_authentication_context_class_references: rt::Field::Absent,
            include_user_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessApplications {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessApplications";
    const KEYS: &'static [&'static str] = &[
        "excludeApplications",
        "includeApplications",
        "includeAuthenticationContextClassReferences",
        "includeUserActions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeApplications\":          ",
        ",\"includeApplications\":          ",
        ",\"includeAuthenticationContextClassReferences\":",
        ",\"includeUserActions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessApplications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_applications", &self.exclude_applications);
        v.field(1usize, "include_applications", &self.include_applications);
        v.field(
            2usize,
            "include_authentication_context_class_references",
            &self.include_authentication_context_class_references,
        );
        v.field(3usize, "include_user_actions", &self.include_user_actions);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessApplications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_applications.read_from(r),
            1usize => self.include_applications.read_from(r),
            2usize => self.include_authentication_context_class_references.read_from(r),
            3usize => self.include_user_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_applications);
        w.field(1usize, &self.include_applications);
        w.field(2usize, &self.include_authentication_context_class_references);
        w.field(3usize, &self.include_user_actions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessApplications);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessApplications { with_exclude_applications exclude_applications :
    ::std::vec::Vec < ::std::string::String >; with_include_applications
    include_applications : ::std::vec::Vec < ::std::string::String >;
    with_include_authentication_context_class_references
    include_authentication_context_class_references : ::std::vec::Vec <
    ::std::string::String >; with_include_user_actions include_user_actions :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessApplications);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessClientApp`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessClientApp {
    /// `all` (value 0).
    All,
    /// `browser` (value 1).
    Browser,
    /// `mobileAppsAndDesktopClients` (value 2).
    MobileAppsAndDesktopClients,
    /// `exchangeActiveSync` (value 3).
    ExchangeActiveSync,
    /// `easSupported` (value 4).
    EasSupported,
    /// `other` (value 5).
    Other,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessClientApp {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessClientApp";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "browser",
        "mobileAppsAndDesktopClients",
        "exchangeActiveSync",
        "easSupported",
        "other",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "browser" => Self::Browser,
                "mobileAppsAndDesktopClients" => Self::MobileAppsAndDesktopClients,
                "exchangeActiveSync" => Self::ExchangeActiveSync,
                "easSupported" => Self::EasSupported,
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
            Self::All => "all",
            Self::Browser => "browser",
            Self::MobileAppsAndDesktopClients => "mobileAppsAndDesktopClients",
            Self::ExchangeActiveSync => "exchangeActiveSync",
            Self::EasSupported => "easSupported",
            Self::Other => "other",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessClientApp);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessClientApp);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessClientApplications`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessClientApplications {
    /// CSDL: property `excludeServicePrincipals`: `Collection(Edm.String)`, not nullable.
    pub exclude_service_principals: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeServicePrincipals`: `Collection(Edm.String)`, not nullable.
    pub include_service_principals: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessClientApplications {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_service_principals: rt::Field::Absent,
            include_service_principals: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessClientApplications {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessClientApplications";
    const KEYS: &'static [&'static str] = &[
        "excludeServicePrincipals",
        "includeServicePrincipals",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeServicePrincipals\":     ",
        ",\"includeServicePrincipals\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessClientApplications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_service_principals", &self.exclude_service_principals);
        v.field(1usize, "include_service_principals", &self.include_service_principals);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessClientApplications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_service_principals.read_from(r),
            1usize => self.include_service_principals.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_service_principals);
        w.field(1usize, &self.include_service_principals);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessClientApplications);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessClientApplications { with_exclude_service_principals
    exclude_service_principals : ::std::vec::Vec < ::std::string::String >;
    with_include_service_principals include_service_principals : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessClientApplications);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessConditionSet`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessConditionSet {
    /// CSDL: property `applications`: `microsoft.graph.conditionalAccessApplications`, nullable.
    pub applications: rt::Field<crate::beta::ConditionalAccessApplications>,
    /// CSDL: property `clientApplications`: `microsoft.graph.conditionalAccessClientApplications`, nullable.
    pub client_applications: rt::Field<crate::beta::ConditionalAccessClientApplications>,
    /// CSDL: property `clientAppTypes`: `Collection(microsoft.graph.conditionalAccessClientApp)`, not nullable.
    pub client_app_types: rt::Field<
        ::std::vec::Vec<crate::beta::ConditionalAccessClientApp>,
    >,
    /// CSDL: property `devices`: `microsoft.graph.conditionalAccessDevices`, nullable.
    pub devices: rt::Field<crate::beta::ConditionalAccessDevices>,
    /// CSDL: property `deviceStates`: `microsoft.graph.conditionalAccessDeviceStates`, nullable.
    pub device_states: rt::Field<crate::beta::ConditionalAccessDeviceStates>,
    /// CSDL: property `locations`: `microsoft.graph.conditionalAccessLocations`, nullable.
    pub locations: rt::Field<crate::beta::ConditionalAccessLocations>,
    /// CSDL: property `platforms`: `microsoft.graph.conditionalAccessPlatforms`, nullable.
    pub platforms: rt::Field<crate::beta::ConditionalAccessPlatforms>,
    /// CSDL: property `signInRiskLevels`: `Collection(microsoft.graph.riskLevel)`, not nullable.
    pub sign_in_risk_levels: rt::Field<::std::vec::Vec<crate::beta::RiskLevel>>,
    /// CSDL: property `userRiskLevels`: `Collection(microsoft.graph.riskLevel)`, not nullable.
    pub user_risk_levels: rt::Field<::std::vec::Vec<crate::beta::RiskLevel>>,
    /// CSDL: property `users`: `microsoft.graph.conditionalAccessUsers`, nullable.
    pub users: rt::Field<crate::beta::ConditionalAccessUsers>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessConditionSet {
    #[inline]
    fn default() -> Self {
        Self {
            applications: rt::Field::Absent,
            client_applications: rt::Field::Absent,
            client_app_types: rt::Field::Absent,
            devices: rt::Field::Absent,
            device_states: rt::Field::Absent,
            locations: rt::Field::Absent,
            platforms: rt::Field::Absent,
            sign_in_risk_levels: rt::Field::Absent,
            user_risk_levels: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessConditionSet {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessConditionSet";
    const KEYS: &'static [&'static str] = &[
        "applications",
        "clientApplications",
        "clientAppTypes",
        "devices",
        "deviceStates",
        "locations",
        "platforms",
        "signInRiskLevels",
        "userRiskLevels",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applications\":                 ",
        ",\"clientApplications\":           ",
        ",\"clientAppTypes\":               ",
        ",\"devices\":                      ",
        ",\"deviceStates\":                 ",
        ",\"locations\":                    ",
        ",\"platforms\":                    ",
        ",\"signInRiskLevels\":             ",
        ",\"userRiskLevels\":               ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessConditionSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "applications", &self.applications);
        v.field(1usize, "client_applications", &self.client_applications);
        v.field(2usize, "client_app_types", &self.client_app_types);
        v.field(3usize, "devices", &self.devices);
        v.field(4usize, "device_states", &self.device_states);
        v.field(5usize, "locations", &self.locations);
        v.field(6usize, "platforms", &self.platforms);
        v.field(7usize, "sign_in_risk_levels", &self.sign_in_risk_levels);
        v.field(8usize, "user_risk_levels", &self.user_risk_levels);
        v.field(9usize, "users", &self.users);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessConditionSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.applications.read_from(r),
            1usize => self.client_applications.read_from(r),
            2usize => self.client_app_types.read_from(r),
            3usize => self.devices.read_from(r),
            4usize => self.device_states.read_from(r),
            5usize => self.locations.read_from(r),
            6usize => self.platforms.read_from(r),
            7usize => self.sign_in_risk_levels.read_from(r),
            8usize => self.user_risk_levels.read_from(r),
            9usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.applications);
        w.field(1usize, &self.client_applications);
        w.field(2usize, &self.client_app_types);
        w.field(3usize, &self.devices);
        w.field(4usize, &self.device_states);
        w.field(5usize, &self.locations);
        w.field(6usize, &self.platforms);
        w.field(7usize, &self.sign_in_risk_levels);
        w.field(8usize, &self.user_risk_levels);
        w.field(9usize, &self.users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessConditionSet);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessConditionSet { with_applications applications : crate
    ::beta::ConditionalAccessApplications; with_client_applications client_applications :
    crate ::beta::ConditionalAccessClientApplications; with_client_app_types
    client_app_types : ::std::vec::Vec < crate ::beta::ConditionalAccessClientApp >;
    with_devices devices : crate ::beta::ConditionalAccessDevices; with_device_states
    device_states : crate ::beta::ConditionalAccessDeviceStates; with_locations locations
    : crate ::beta::ConditionalAccessLocations; with_platforms platforms : crate
    ::beta::ConditionalAccessPlatforms; with_sign_in_risk_levels sign_in_risk_levels :
    ::std::vec::Vec < crate ::beta::RiskLevel >; with_user_risk_levels user_risk_levels :
    ::std::vec::Vec < crate ::beta::RiskLevel >; with_users users : crate
    ::beta::ConditionalAccessUsers; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessConditionSet);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessDevicePlatform`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessDevicePlatform {
    /// `android` (value 0).
    Android,
    /// `iOS` (value 1).
    IOs,
    /// `windows` (value 2).
    Windows,
    /// `windowsPhone` (value 3).
    WindowsPhone,
    /// `macOS` (value 4).
    MacOs,
    /// `all` (value 5).
    All,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessDevicePlatform {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessDevicePlatform";
    const MEMBERS: &'static [&'static str] = &[
        "android",
        "iOS",
        "windows",
        "windowsPhone",
        "macOS",
        "all",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "android" => Self::Android,
                "iOS" => Self::IOs,
                "windows" => Self::Windows,
                "windowsPhone" => Self::WindowsPhone,
                "macOS" => Self::MacOs,
                "all" => Self::All,
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
            Self::Android => "android",
            Self::IOs => "iOS",
            Self::Windows => "windows",
            Self::WindowsPhone => "windowsPhone",
            Self::MacOs => "macOS",
            Self::All => "all",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessDevicePlatform);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessDevicePlatform);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessDeviceStates`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessDeviceStates {
    /// CSDL: property `excludeStates`: `Collection(Edm.String)`, not nullable.
    pub exclude_states: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeStates`: `Collection(Edm.String)`, not nullable.
    pub include_states: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessDeviceStates {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_states: rt::Field::Absent,
            include_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessDeviceStates {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessDeviceStates";
    const KEYS: &'static [&'static str] = &["excludeStates", "includeStates"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeStates\":                ",
        ",\"includeStates\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessDeviceStates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_states", &self.exclude_states);
        v.field(1usize, "include_states", &self.include_states);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessDeviceStates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_states.read_from(r),
            1usize => self.include_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_states);
        w.field(1usize, &self.include_states);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessDeviceStates);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessDeviceStates { with_exclude_states exclude_states : ::std::vec::Vec
    < ::std::string::String >; with_include_states include_states : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessDeviceStates);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessDevices`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessDevices {
    /// CSDL: property `deviceFilter`: `microsoft.graph.conditionalAccessFilter`, nullable.
    pub device_filter: rt::Field<crate::beta::ConditionalAccessFilter>,
    /// CSDL: property `excludeDevices`: `Collection(Edm.String)`, not nullable.
    pub exclude_devices: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `excludeDeviceStates`: `Collection(Edm.String)`, not nullable.
    pub exclude_device_states: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeDevices`: `Collection(Edm.String)`, not nullable.
    pub include_devices: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeDeviceStates`: `Collection(Edm.String)`, not nullable.
    pub include_device_states: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessDevices {
    #[inline]
    fn default() -> Self {
        Self {
            device_filter: rt::Field::Absent,
            exclude_devices: rt::Field::Absent,
            exclude_device_states: rt::Field::Absent,
            include_devices: rt::Field::Absent,
            include_device_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessDevices {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessDevices";
    const KEYS: &'static [&'static str] = &[
        "deviceFilter",
        "excludeDevices",
        "excludeDeviceStates",
        "includeDevices",
        "includeDeviceStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceFilter\":                 ",
        ",\"excludeDevices\":               ",
        ",\"excludeDeviceStates\":          ",
        ",\"includeDevices\":               ",
        ",\"includeDeviceStates\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessDevices\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_filter", &self.device_filter);
        v.field(1usize, "exclude_devices", &self.exclude_devices);
        v.field(2usize, "exclude_device_states", &self.exclude_device_states);
        v.field(3usize, "include_devices", &self.include_devices);
        v.field(4usize, "include_device_states", &self.include_device_states);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessDevices {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_filter.read_from(r),
            1usize => self.exclude_devices.read_from(r),
            2usize => self.exclude_device_states.read_from(r),
            3usize => self.include_devices.read_from(r),
            4usize => self.include_device_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_filter);
        w.field(1usize, &self.exclude_devices);
        w.field(2usize, &self.exclude_device_states);
        w.field(3usize, &self.include_devices);
        w.field(4usize, &self.include_device_states);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessDevices);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessDevices { with_device_filter device_filter : crate
    ::beta::ConditionalAccessFilter; with_exclude_devices exclude_devices :
    ::std::vec::Vec < ::std::string::String >; with_exclude_device_states
    exclude_device_states : ::std::vec::Vec < ::std::string::String >;
    with_include_devices include_devices : ::std::vec::Vec < ::std::string::String >;
    with_include_device_states include_device_states : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessDevices);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessFilter`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessFilter {
    /// CSDL: property `mode`: `microsoft.graph.filterMode`, not nullable.
    pub mode: rt::Field<crate::beta::FilterMode>,
    /// CSDL: property `rule`: `Edm.String`, not nullable.
    pub rule: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessFilter {
    #[inline]
    fn default() -> Self {
        Self {
            mode: rt::Field::Absent,
            rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessFilter";
    const KEYS: &'static [&'static str] = &["mode", "rule"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"mode\":                         ",
        ",\"rule\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mode", &self.mode);
        v.field(1usize, "rule", &self.rule);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mode.read_from(r),
            1usize => self.rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mode);
        w.field(1usize, &self.rule);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessFilter);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessFilter { with_mode mode : crate ::beta::FilterMode; with_rule rule :
    ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessFilter);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessGrantControl`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessGrantControl {
    /// `block` (value 0).
    Block,
    /// `mfa` (value 1).
    Mfa,
    /// `compliantDevice` (value 2).
    CompliantDevice,
    /// `domainJoinedDevice` (value 3).
    DomainJoinedDevice,
    /// `approvedApplication` (value 4).
    ApprovedApplication,
    /// `compliantApplication` (value 5).
    CompliantApplication,
    /// `passwordChange` (value 6).
    PasswordChange,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessGrantControl {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessGrantControl";
    const MEMBERS: &'static [&'static str] = &[
        "block",
        "mfa",
        "compliantDevice",
        "domainJoinedDevice",
        "approvedApplication",
        "compliantApplication",
        "passwordChange",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "block" => Self::Block,
                "mfa" => Self::Mfa,
                "compliantDevice" => Self::CompliantDevice,
                "domainJoinedDevice" => Self::DomainJoinedDevice,
                "approvedApplication" => Self::ApprovedApplication,
                "compliantApplication" => Self::CompliantApplication,
                "passwordChange" => Self::PasswordChange,
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
            Self::Block => "block",
            Self::Mfa => "mfa",
            Self::CompliantDevice => "compliantDevice",
            Self::DomainJoinedDevice => "domainJoinedDevice",
            Self::ApprovedApplication => "approvedApplication",
            Self::CompliantApplication => "compliantApplication",
            Self::PasswordChange => "passwordChange",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessGrantControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessGrantControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessGrantControls`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessGrantControls {
    /// CSDL: property `builtInControls`: `Collection(microsoft.graph.conditionalAccessGrantControl)`, not nullable.
    pub built_in_controls: rt::Field<
        ::std::vec::Vec<crate::beta::ConditionalAccessGrantControl>,
    >,
    /// CSDL: property `customAuthenticationFactors`: `Collection(Edm.String)`, not nullable.
    pub custom_authentication_factors: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `operator`: `Edm.String`, nullable.
    pub operator: rt::Field<::std::string::String>,
    /// CSDL: property `termsOfUse`: `Collection(Edm.String)`, not nullable.
    pub terms_of_use: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessGrantControls {
    #[inline]
    fn default() -> Self {
        Self {
            built_in_controls: rt::Field::Absent,
            custom_authentication_factors: rt::Field::Absent,
            operator: rt::Field::Absent,
            terms_of_use: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessGrantControls {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessGrantControls";
    const KEYS: &'static [&'static str] = &[
        "builtInControls",
        "customAuthenticationFactors",
        "operator",
        "termsOfUse",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"builtInControls\":              ",
        ",\"customAuthenticationFactors\":  ",
        ",\"operator\":                     ",
        ",\"termsOfUse\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessGrantControls\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "built_in_controls", &self.built_in_controls);
        v.field(
            1usize,
            "custom_authentication_factors",
            &self.custom_authentication_factors,
        );
        v.field(2usize, "operator", &self.operator);
        v.field(3usize, "terms_of_use", &self.terms_of_use);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessGrantControls {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.built_in_controls.read_from(r),
            1usize => self.custom_authentication_factors.read_from(r),
            2usize => self.operator.read_from(r),
            3usize => self.terms_of_use.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.built_in_controls);
        w.field(1usize, &self.custom_authentication_factors);
        w.field(2usize, &self.operator);
        w.field(3usize, &self.terms_of_use);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessGrantControls);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessGrantControls { with_built_in_controls built_in_controls :
    ::std::vec::Vec < crate ::beta::ConditionalAccessGrantControl >;
    with_custom_authentication_factors custom_authentication_factors : ::std::vec::Vec <
    ::std::string::String >; with_operator operator : ::std::string::String;
    with_terms_of_use terms_of_use : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessGrantControls);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessLocations`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessLocations {
    /// CSDL: property `excludeLocations`: `Collection(Edm.String)`, not nullable.
    pub exclude_locations: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeLocations`: `Collection(Edm.String)`, not nullable.
    pub include_locations: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessLocations {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_locations: rt::Field::Absent,
            include_locations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessLocations {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessLocations";
    const KEYS: &'static [&'static str] = &["excludeLocations", "includeLocations"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeLocations\":             ",
        ",\"includeLocations\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessLocations\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_locations", &self.exclude_locations);
        v.field(1usize, "include_locations", &self.include_locations);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessLocations {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_locations.read_from(r),
            1usize => self.include_locations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_locations);
        w.field(1usize, &self.include_locations);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessLocations);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessLocations { with_exclude_locations exclude_locations :
    ::std::vec::Vec < ::std::string::String >; with_include_locations include_locations :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessLocations);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessPlatforms`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessPlatforms {
    /// CSDL: property `excludePlatforms`: `Collection(microsoft.graph.conditionalAccessDevicePlatform)`, not nullable.
    pub exclude_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::ConditionalAccessDevicePlatform>,
    >,
    /// CSDL: property `includePlatforms`: `Collection(microsoft.graph.conditionalAccessDevicePlatform)`, not nullable.
    pub include_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::ConditionalAccessDevicePlatform>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessPlatforms {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_platforms: rt::Field::Absent,
            include_platforms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessPlatforms {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessPlatforms";
    const KEYS: &'static [&'static str] = &["excludePlatforms", "includePlatforms"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludePlatforms\":             ",
        ",\"includePlatforms\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessPlatforms\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_platforms", &self.exclude_platforms);
        v.field(1usize, "include_platforms", &self.include_platforms);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessPlatforms {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_platforms.read_from(r),
            1usize => self.include_platforms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_platforms);
        w.field(1usize, &self.include_platforms);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessPlatforms);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessPlatforms { with_exclude_platforms exclude_platforms :
    ::std::vec::Vec < crate ::beta::ConditionalAccessDevicePlatform >;
    with_include_platforms include_platforms : ::std::vec::Vec < crate
    ::beta::ConditionalAccessDevicePlatform >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessPlatforms);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConditionalAccessPolicyPath`](requests/trait.ConditionalAccessPolicyPath.html), what a path to one (`EntityPath<ConditionalAccessPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `conditions`: `microsoft.graph.conditionalAccessConditionSet`, not nullable.
    pub conditions: rt::Field<crate::beta::ConditionalAccessConditionSet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `grantControls`: `microsoft.graph.conditionalAccessGrantControls`, nullable.
    pub grant_controls: rt::Field<crate::beta::ConditionalAccessGrantControls>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `sessionControls`: `microsoft.graph.conditionalAccessSessionControls`, nullable.
    pub session_controls: rt::Field<crate::beta::ConditionalAccessSessionControls>,
    /// CSDL: property `state`: `microsoft.graph.conditionalAccessPolicyState`, not nullable.
    pub state: rt::Field<crate::beta::ConditionalAccessPolicyState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            conditions: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            grant_controls: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            session_controls: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "conditions",
        "createdDateTime",
        "description",
        "displayName",
        "grantControls",
        "modifiedDateTime",
        "sessionControls",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"conditions\":                   ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"grantControls\":                ",
        ",\"modifiedDateTime\":             ",
        ",\"sessionControls\":              ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "conditions", &self.conditions);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "grant_controls", &self.grant_controls);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "session_controls", &self.session_controls);
        v.field(8usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.conditions.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.grant_controls.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.session_controls.read_from(r),
            8usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.conditions);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.grant_controls);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.session_controls);
        w.field(8usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessPolicy);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessPolicy { with_id id : ::std::string::String; with_conditions
    conditions : crate ::beta::ConditionalAccessConditionSet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_grant_controls grant_controls : crate ::beta::ConditionalAccessGrantControls;
    with_modified_date_time modified_date_time : rt::edm::DateTimeOffset;
    with_session_controls session_controls : crate
    ::beta::ConditionalAccessSessionControls; with_state state : crate
    ::beta::ConditionalAccessPolicyState; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessPolicy);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessPolicyState`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConditionalAccessPolicyState {
    /// `enabled` (value 0).
    Enabled,
    /// `disabled` (value 1).
    Disabled,
    /// `enabledForReportingButNotEnforced` (value 2).
    EnabledForReportingButNotEnforced,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::StrEnum for ConditionalAccessPolicyState {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessPolicyState";
    const MEMBERS: &'static [&'static str] = &[
        "enabled",
        "disabled",
        "enabledForReportingButNotEnforced",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
                "enabledForReportingButNotEnforced" => {
                    Self::EnabledForReportingButNotEnforced
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::EnabledForReportingButNotEnforced => {
                "enabledForReportingButNotEnforced"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_enum!(ConditionalAccessPolicyState);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessPolicyState);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConditionalAccessRootPath`](requests/trait.ConditionalAccessRootPath.html), what a path to one (`EntityPath<ConditionalAccessRoot, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `authenticationContextClassReferences`: `Collection(microsoft.graph.authenticationContextClassReference)`, not nullable.
    pub authentication_context_class_references: rt::Field<
        ::std::vec::Vec<crate::beta::AuthenticationContextClassReference>,
    >,
    /// CSDL: containment navigation property `namedLocations`: `Collection(microsoft.graph.namedLocation)`, not nullable.
    pub named_locations: rt::Field<::std::vec::Vec<crate::beta::AnyNamedLocation>>,
    /// CSDL: containment navigation property `policies`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub policies: rt::Field<::std::vec::Vec<crate::beta::ConditionalAccessPolicy>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for ConditionalAccessRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            authentication_context_class_references: rt::Field::Absent,
            named_locations: rt::Field::Absent,
            policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for ConditionalAccessRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authenticationContextClassReferences",
        "namedLocations",
        "policies",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authenticationContextClassReferences\":",
        ",\"namedLocations\":               ",
        ",\"policies\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "authentication_context_class_references",
            &self.authentication_context_class_references,
        );
        v.field(2usize, "named_locations", &self.named_locations);
        v.field(3usize, "policies", &self.policies);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for ConditionalAccessRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.authentication_context_class_references.read_from(r),
            2usize => self.named_locations.read_from(r),
            3usize => self.policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.authentication_context_class_references);
        w.field(2usize, &self.named_locations);
        w.field(3usize, &self.policies);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(ConditionalAccessRoot);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    ConditionalAccessRoot { with_id id : ::std::string::String;
    with_authentication_context_class_references authentication_context_class_references
    : ::std::vec::Vec < crate ::beta::AuthenticationContextClassReference >;
    with_named_locations named_locations : ::std::vec::Vec < crate
    ::beta::AnyNamedLocation >; with_policies policies : ::std::vec::Vec < crate
    ::beta::ConditionalAccessPolicy >; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessRoot);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessSessionControl`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessSessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessSessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessSessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessSessionControl";
    const KEYS: &'static [&'static str] = &["isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isEnabled\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessSessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessSessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessSessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessSessionControl { with_is_enabled is_enabled : bool; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessSessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// `microsoft.graph.conditionalAccessSessionControl` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyConditionalAccessSessionControl {
    ConditionalAccessSessionControl(
        ::std::boxed::Box<crate::beta::ConditionalAccessSessionControl>,
    ),
    ApplicationEnforcedRestrictionsSessionControl(
        ::std::boxed::Box<crate::beta::ApplicationEnforcedRestrictionsSessionControl>,
    ),
    CloudAppSecuritySessionControl(
        ::std::boxed::Box<crate::beta::CloudAppSecuritySessionControl>,
    ),
    PersistentBrowserSessionControl(
        ::std::boxed::Box<crate::beta::PersistentBrowserSessionControl>,
    ),
    SignInFrequencySessionControl(
        ::std::boxed::Box<crate::beta::SignInFrequencySessionControl>,
    ),
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for AnyConditionalAccessSessionControl {
    #[inline]
    fn default() -> Self {
        Self::ConditionalAccessSessionControl(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConditionalAccessSessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::beta::ConditionalAccessSessionControl) -> Self {
        Self::ConditionalAccessSessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApplicationEnforcedRestrictionsSessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::beta::ApplicationEnforcedRestrictionsSessionControl) -> Self {
        Self::ApplicationEnforcedRestrictionsSessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudAppSecuritySessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::beta::CloudAppSecuritySessionControl) -> Self {
        Self::CloudAppSecuritySessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PersistentBrowserSessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::beta::PersistentBrowserSessionControl) -> Self {
        Self::PersistentBrowserSessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SignInFrequencySessionControl>
for AnyConditionalAccessSessionControl {
    #[inline]
    fn from(v: crate::beta::SignInFrequencySessionControl) -> Self {
        Self::SignInFrequencySessionControl(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::marker::Unpin for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyConditionalAccessSessionControl {}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ConditionalAccessSessionControl>();
    rt::object::auto_traits::<
        crate::beta::ApplicationEnforcedRestrictionsSessionControl,
    >();
    rt::object::auto_traits::<crate::beta::CloudAppSecuritySessionControl>();
    rt::object::auto_traits::<crate::beta::PersistentBrowserSessionControl>();
    rt::object::auto_traits::<crate::beta::SignInFrequencySessionControl>();
};
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Poly for AnyConditionalAccessSessionControl {
    const BASE_NAME: &'static str = "microsoft.graph.conditionalAccessSessionControl";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.applicationEnforcedRestrictionsSessionControl",
            ) => {
                Self::ApplicationEnforcedRestrictionsSessionControl(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.cloudAppSecuritySessionControl",
            ) => Self::CloudAppSecuritySessionControl(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.persistentBrowserSessionControl",
            ) => Self::PersistentBrowserSessionControl(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.signInFrequencySessionControl",
            ) => Self::SignInFrequencySessionControl(rt::object::new_boxed()),
            _ => Self::ConditionalAccessSessionControl(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ConditionalAccessSessionControl(v) => &**v,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &**v,
            Self::CloudAppSecuritySessionControl(v) => &**v,
            Self::PersistentBrowserSessionControl(v) => &**v,
            Self::SignInFrequencySessionControl(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ConditionalAccessSessionControl(v) => &mut **v,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &mut **v,
            Self::CloudAppSecuritySessionControl(v) => &mut **v,
            Self::PersistentBrowserSessionControl(v) => &mut **v,
            Self::SignInFrequencySessionControl(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl AnyConditionalAccessSessionControl {
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
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::ConditionalAccessSessionControl(v) => &v.is_enabled,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &v.is_enabled,
            Self::CloudAppSecuritySessionControl(v) => &v.is_enabled,
            Self::PersistentBrowserSessionControl(v) => &v.is_enabled,
            Self::SignInFrequencySessionControl(v) => &v.is_enabled,
        }
    }
    /// `isEnabled` of any variant.
    #[inline]
    pub fn is_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ConditionalAccessSessionControl(v) => &mut v.is_enabled,
            Self::ApplicationEnforcedRestrictionsSessionControl(v) => &mut v.is_enabled,
            Self::CloudAppSecuritySessionControl(v) => &mut v.is_enabled,
            Self::PersistentBrowserSessionControl(v) => &mut v.is_enabled,
            Self::SignInFrequencySessionControl(v) => &mut v.is_enabled,
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_poly!(AnyConditionalAccessSessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyConditionalAccessSessionControl);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessSessionControls`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessSessionControls {
    /// CSDL: property `applicationEnforcedRestrictions`: `microsoft.graph.applicationEnforcedRestrictionsSessionControl`, nullable.
    pub application_enforced_restrictions: rt::Field<
        crate::beta::ApplicationEnforcedRestrictionsSessionControl,
    >,
    /// CSDL: property `cloudAppSecurity`: `microsoft.graph.cloudAppSecuritySessionControl`, nullable.
    pub cloud_app_security: rt::Field<crate::beta::CloudAppSecuritySessionControl>,
    /// CSDL: property `persistentBrowser`: `microsoft.graph.persistentBrowserSessionControl`, nullable.
    pub persistent_browser: rt::Field<crate::beta::PersistentBrowserSessionControl>,
    /// CSDL: property `signInFrequency`: `microsoft.graph.signInFrequencySessionControl`, nullable.
    pub sign_in_frequency: rt::Field<crate::beta::SignInFrequencySessionControl>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessSessionControls {
    #[inline]
    fn default() -> Self {
        Self {
            application_enforced_restrictions: rt::Field::Absent,
            cloud_app_security: rt::Field::Absent,
            persistent_browser: rt::Field::Absent,
            sign_in_frequency: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessSessionControls {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessSessionControls";
    const KEYS: &'static [&'static str] = &[
        "applicationEnforcedRestrictions",
        "cloudAppSecurity",
        "persistentBrowser",
        "signInFrequency",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationEnforcedRestrictions\":",
        ",\"cloudAppSecurity\":             ",
        ",\"persistentBrowser\":            ",
        ",\"signInFrequency\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessSessionControls\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "application_enforced_restrictions",
            &self.application_enforced_restrictions,
        );
        v.field(1usize, "cloud_app_security", &self.cloud_app_security);
        v.field(2usize, "persistent_browser", &self.persistent_browser);
        v.field(3usize, "sign_in_frequency", &self.sign_in_frequency);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessSessionControls {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_enforced_restrictions.read_from(r),
            1usize => self.cloud_app_security.read_from(r),
            2usize => self.persistent_browser.read_from(r),
            3usize => self.sign_in_frequency.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_enforced_restrictions);
        w.field(1usize, &self.cloud_app_security);
        w.field(2usize, &self.persistent_browser);
        w.field(3usize, &self.sign_in_frequency);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessSessionControls);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessSessionControls { with_application_enforced_restrictions
    application_enforced_restrictions : crate
    ::beta::ApplicationEnforcedRestrictionsSessionControl; with_cloud_app_security
    cloud_app_security : crate ::beta::CloudAppSecuritySessionControl;
    with_persistent_browser persistent_browser : crate
    ::beta::PersistentBrowserSessionControl; with_sign_in_frequency sign_in_frequency :
    crate ::beta::SignInFrequencySessionControl; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessSessionControls);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.conditionalAccessUsers`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConditionalAccessUsers {
    /// CSDL: property `excludeGroups`: `Collection(Edm.String)`, not nullable.
    pub exclude_groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `excludeRoles`: `Collection(Edm.String)`, not nullable.
    pub exclude_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `excludeUsers`: `Collection(Edm.String)`, not nullable.
    pub exclude_users: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeGroups`: `Collection(Edm.String)`, not nullable.
    pub include_groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeRoles`: `Collection(Edm.String)`, not nullable.
    pub include_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `includeUsers`: `Collection(Edm.String)`, not nullable.
    pub include_users: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl ::std::default::Default for ConditionalAccessUsers {
    #[inline]
    fn default() -> Self {
        Self {
            exclude_groups: rt::Field::Absent,
            exclude_roles: rt::Field::Absent,
            exclude_users: rt::Field::Absent,
            include_groups: rt::Field::Absent,
            include_roles: rt::Field::Absent,
            include_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::Object for ConditionalAccessUsers {
    const TYPE_NAME: &'static str = "microsoft.graph.conditionalAccessUsers";
    const KEYS: &'static [&'static str] = &[
        "excludeGroups",
        "excludeRoles",
        "excludeUsers",
        "includeGroups",
        "includeRoles",
        "includeUsers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludeGroups\":                ",
        ",\"excludeRoles\":                 ",
        ",\"excludeUsers\":                 ",
        ",\"includeGroups\":                ",
        ",\"includeRoles\":                 ",
        ",\"includeUsers\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.conditionalAccessUsers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "exclude_groups", &self.exclude_groups);
        v.field(1usize, "exclude_roles", &self.exclude_roles);
        v.field(2usize, "exclude_users", &self.exclude_users);
        v.field(3usize, "include_groups", &self.include_groups);
        v.field(4usize, "include_roles", &self.include_roles);
        v.field(5usize, "include_users", &self.include_users);
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
impl rt::object::Members for ConditionalAccessUsers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.exclude_groups.read_from(r),
            1usize => self.exclude_roles.read_from(r),
            2usize => self.exclude_users.read_from(r),
            3usize => self.include_groups.read_from(r),
            4usize => self.include_roles.read_from(r),
            5usize => self.include_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exclude_groups);
        w.field(1usize, &self.exclude_roles);
        w.field(2usize, &self.exclude_users);
        w.field(3usize, &self.include_groups);
        w.field(4usize, &self.include_roles);
        w.field(5usize, &self.include_users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_object!(ConditionalAccessUsers);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
rt::impl_setters!(
    ConditionalAccessUsers { with_exclude_groups exclude_groups : ::std::vec::Vec <
    ::std::string::String >; with_exclude_roles exclude_roles : ::std::vec::Vec <
    ::std::string::String >; with_exclude_users exclude_users : ::std::vec::Vec <
    ::std::string::String >; with_include_groups include_groups : ::std::vec::Vec <
    ::std::string::String >; with_include_roles include_roles : ::std::vec::Vec <
    ::std::string::String >; with_include_users include_users : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConditionalAccessUsers);
#[cfg(msgraph_beta_device_management_or_search)]
/// A ConfigManager defined collection of devices or users.
///
/// CSDL: `microsoft.graph.configManagerCollection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ConfigManagerCollection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The collection identifier in SCCM.
    ///
    /// CSDL: property `collectionIdentifier`: `Edm.String`, nullable.
    pub collection_identifier: rt::Field<::std::string::String>,
    /// The created date.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The DisplayName.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The Hierarchy Identifier.
    ///
    /// CSDL: property `hierarchyIdentifier`: `Edm.String`, nullable.
    pub hierarchy_identifier: rt::Field<::std::string::String>,
    /// The HierarchyName.
    ///
    /// CSDL: property `hierarchyName`: `Edm.String`, nullable.
    pub hierarchy_name: rt::Field<::std::string::String>,
    /// The last modified date.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ConfigManagerCollection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            collection_identifier: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            hierarchy_identifier: rt::Field::Absent,
            hierarchy_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ConfigManagerCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.configManagerCollection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "collectionIdentifier",
        "createdDateTime",
        "displayName",
        "hierarchyIdentifier",
        "hierarchyName",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"collectionIdentifier\":         ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"hierarchyIdentifier\":          ",
        ",\"hierarchyName\":                ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configManagerCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "collection_identifier", &self.collection_identifier);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "hierarchy_identifier", &self.hierarchy_identifier);
        v.field(5usize, "hierarchy_name", &self.hierarchy_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ConfigManagerCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.collection_identifier.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.hierarchy_identifier.read_from(r),
            5usize => self.hierarchy_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.collection_identifier);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.hierarchy_identifier);
        w.field(5usize, &self.hierarchy_name);
        w.field(6usize, &self.last_modified_date_time);
    }
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
rt::impl_object!(ConfigManagerCollection);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ConfigManagerCollection { with_id id : ::std::string::String;
    with_collection_identifier collection_identifier : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_hierarchy_identifier hierarchy_identifier
    : ::std::string::String; with_hierarchy_name hierarchy_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigManagerCollection);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.configuration`, complex type, open.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct Configuration {
    /// CSDL: property `authorizedAppIds`: `Collection(Edm.String)`, nullable.
    pub authorized_app_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `authorizedApps`: `Collection(Edm.String)`, nullable.
    pub authorized_apps: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for Configuration {
    #[inline]
    fn default() -> Self {
        Self {
            authorized_app_ids: rt::Field::Absent,
            authorized_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for Configuration {
    const TYPE_NAME: &'static str = "microsoft.graph.configuration";
    const KEYS: &'static [&'static str] = &["authorizedAppIds", "authorizedApps"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authorizedAppIds\":             ",
        ",\"authorizedApps\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configuration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "authorized_app_ids", &self.authorized_app_ids);
        v.field(1usize, "authorized_apps", &self.authorized_apps);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for Configuration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authorized_app_ids.read_from(r),
            1usize => self.authorized_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authorized_app_ids);
        w.field(1usize, &self.authorized_apps);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(Configuration);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    Configuration { with_authorized_app_ids authorized_app_ids : ::std::vec::Vec <
    ::std::string::String >; with_authorized_apps authorized_apps : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Configuration);
#[cfg(msgraph_beta_core)]
/// Parameter for action triggerConfigurationManagerAction
///
/// CSDL: `microsoft.graph.configurationManagerAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerAction {
    /// The action type to trigger on Configuration Manager client
    ///
    /// CSDL: property `action`: `microsoft.graph.configurationManagerActionType`, not nullable.
    pub action: rt::Field<crate::beta::ConfigurationManagerActionType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConfigurationManagerAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConfigurationManagerAction {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerAction";
    const KEYS: &'static [&'static str] = &["action"];
    const KEYS_JSON: &'static [&'static str] = &[",\"action\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConfigurationManagerAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
    }
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
rt::impl_object!(ConfigurationManagerAction);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConfigurationManagerAction { with_action action : crate
    ::beta::ConfigurationManagerActionType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.configurationManagerActionType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConfigurationManagerActionType {
    /// `refreshMachinePolicy` (value 0).
    RefreshMachinePolicy,
    /// `refreshUserPolicy` (value 1).
    RefreshUserPolicy,
    /// `wakeUpClient` (value 2).
    WakeUpClient,
    /// `appEvaluation` (value 3).
    AppEvaluation,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ConfigurationManagerActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerActionType";
    const MEMBERS: &'static [&'static str] = &[
        "refreshMachinePolicy",
        "refreshUserPolicy",
        "wakeUpClient",
        "appEvaluation",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "refreshMachinePolicy" => Self::RefreshMachinePolicy,
                "refreshUserPolicy" => Self::RefreshUserPolicy,
                "wakeUpClient" => Self::WakeUpClient,
                "appEvaluation" => Self::AppEvaluation,
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
            Self::RefreshMachinePolicy => "refreshMachinePolicy",
            Self::RefreshUserPolicy => "refreshUserPolicy",
            Self::WakeUpClient => "wakeUpClient",
            Self::AppEvaluation => "appEvaluation",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ConfigurationManagerActionType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerActionType);
#[cfg(msgraph_beta_core)]
/// configuration Manager client enabled features
///
/// CSDL: `microsoft.graph.configurationManagerClientEnabledFeatures`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerClientEnabledFeatures {
    /// Whether compliance policy is managed by Intune
    ///
    /// CSDL: property `compliancePolicy`: `Edm.Boolean`, not nullable.
    pub compliance_policy: rt::Field<bool>,
    /// Whether device configuration is managed by Intune
    ///
    /// CSDL: property `deviceConfiguration`: `Edm.Boolean`, not nullable.
    pub device_configuration: rt::Field<bool>,
    /// Whether Endpoint Protection is managed by Intune
    ///
    /// CSDL: property `endpointProtection`: `Edm.Boolean`, not nullable.
    pub endpoint_protection: rt::Field<bool>,
    /// Whether inventory is managed by Intune
    ///
    /// CSDL: property `inventory`: `Edm.Boolean`, not nullable.
    pub inventory: rt::Field<bool>,
    /// Whether modern application is managed by Intune
    ///
    /// CSDL: property `modernApps`: `Edm.Boolean`, not nullable.
    pub modern_apps: rt::Field<bool>,
    /// Whether Office application is managed by Intune
    ///
    /// CSDL: property `officeApps`: `Edm.Boolean`, not nullable.
    pub office_apps: rt::Field<bool>,
    /// Whether resource access is managed by Intune
    ///
    /// CSDL: property `resourceAccess`: `Edm.Boolean`, not nullable.
    pub resource_access: rt::Field<bool>,
    /// Whether Windows Update for Business is managed by Intune
    ///
    /// CSDL: property `windowsUpdateForBusiness`: `Edm.Boolean`, not nullable.
    pub windows_update_for_business: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConfigurationManagerClientEnabledFeatures {
    #[inline]
    fn default() -> Self {
        Self {
            compliance_policy: rt::Field::Absent,
            device_configuration: rt::Field::Absent,
            endpoint_protection: rt::Field::Absent,
            inventory: rt::Field::Absent,
            modern_apps: rt::Field::Absent,
            office_apps: rt::Field::Absent,
            resource_access: rt::Field::Absent,
            windows_update_for_business: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConfigurationManagerClientEnabledFeatures {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerClientEnabledFeatures";
    const KEYS: &'static [&'static str] = &[
        "compliancePolicy",
        "deviceConfiguration",
        "endpointProtection",
        "inventory",
        "modernApps",
        "officeApps",
        "resourceAccess",
        "windowsUpdateForBusiness",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compliancePolicy\":             ",
        ",\"deviceConfiguration\":          ",
        ",\"endpointProtection\":           ",
        ",\"inventory\":                    ",
        ",\"modernApps\":                   ",
        ",\"officeApps\":                   ",
        ",\"resourceAccess\":               ",
        ",\"windowsUpdateForBusiness\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerClientEnabledFeatures\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compliance_policy", &self.compliance_policy);
        v.field(1usize, "device_configuration", &self.device_configuration);
        v.field(2usize, "endpoint_protection", &self.endpoint_protection);
        v.field(3usize, "inventory", &self.inventory);
        v.field(4usize, "modern_apps", &self.modern_apps);
        v.field(5usize, "office_apps", &self.office_apps);
        v.field(6usize, "resource_access", &self.resource_access);
        v.field(
            7usize,
            "windows_update_for_business",
            &self.windows_update_for_business,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConfigurationManagerClientEnabledFeatures {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compliance_policy.read_from(r),
            1usize => self.device_configuration.read_from(r),
            2usize => self.endpoint_protection.read_from(r),
            3usize => self.inventory.read_from(r),
            4usize => self.modern_apps.read_from(r),
            5usize => self.office_apps.read_from(r),
            6usize => self.resource_access.read_from(r),
            7usize => self.windows_update_for_business.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compliance_policy);
        w.field(1usize, &self.device_configuration);
        w.field(2usize, &self.endpoint_protection);
        w.field(3usize, &self.inventory);
        w.field(4usize, &self.modern_apps);
        w.field(5usize, &self.office_apps);
        w.field(6usize, &self.resource_access);
        w.field(7usize, &self.windows_update_for_business);
    }
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
rt::impl_object!(ConfigurationManagerClientEnabledFeatures);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConfigurationManagerClientEnabledFeatures { with_compliance_policy compliance_policy
    : bool; with_device_configuration device_configuration : bool;
    with_endpoint_protection endpoint_protection : bool; with_inventory inventory : bool;
    with_modern_apps modern_apps : bool; with_office_apps office_apps : bool;
    with_resource_access resource_access : bool; with_windows_update_for_business
    windows_update_for_business : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerClientEnabledFeatures);
#[cfg(msgraph_beta_core)]
/// Configuration manager client health state
///
/// CSDL: `microsoft.graph.configurationManagerClientHealthState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ConfigurationManagerClientHealthState {
    /// Error code for failed state.
    ///
    /// CSDL: property `errorCode`: `Edm.Int32`, not nullable.
    pub error_code: rt::Field<i32>,
    /// Datetime for last sync with configuration manager management point.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Current configuration manager client state.
    ///
    /// CSDL: property `state`: `microsoft.graph.configurationManagerClientState`, not nullable.
    pub state: rt::Field<crate::beta::ConfigurationManagerClientState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ConfigurationManagerClientHealthState {
    #[inline]
    fn default() -> Self {
        Self {
            error_code: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ConfigurationManagerClientHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerClientHealthState";
    const KEYS: &'static [&'static str] = &["errorCode", "lastSyncDateTime", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"errorCode\":                    ",
        ",\"lastSyncDateTime\":             ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.configurationManagerClientHealthState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error_code", &self.error_code);
        v.field(1usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(2usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ConfigurationManagerClientHealthState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error_code.read_from(r),
            1usize => self.last_sync_date_time.read_from(r),
            2usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error_code);
        w.field(1usize, &self.last_sync_date_time);
        w.field(2usize, &self.state);
    }
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
rt::impl_object!(ConfigurationManagerClientHealthState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ConfigurationManagerClientHealthState { with_error_code error_code : i32;
    with_last_sync_date_time last_sync_date_time : rt::edm::DateTimeOffset; with_state
    state : crate ::beta::ConfigurationManagerClientState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerClientHealthState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.configurationManagerClientState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConfigurationManagerClientState {
    /// `unknown` (value 0).
    Unknown,
    /// `installed` (value 1).
    Installed,
    /// `healthy` (value 7).
    Healthy,
    /// `installFailed` (value 8).
    InstallFailed,
    /// `updateFailed` (value 11).
    UpdateFailed,
    /// `communicationError` (value 19).
    CommunicationError,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ConfigurationManagerClientState {
    const TYPE_NAME: &'static str = "microsoft.graph.configurationManagerClientState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "installed",
        "healthy",
        "installFailed",
        "updateFailed",
        "communicationError",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "installed" => Self::Installed,
                "healthy" => Self::Healthy,
                "installFailed" => Self::InstallFailed,
                "updateFailed" => Self::UpdateFailed,
                "communicationError" => Self::CommunicationError,
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
            Self::Installed => "installed",
            Self::Healthy => "healthy",
            Self::InstallFailed => "installFailed",
            Self::UpdateFailed => "updateFailed",
            Self::CommunicationError => "communicationError",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ConfigurationManagerClientState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConfigurationManagerClientState);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.connectedOrganizationMembers`, complex type, derived from `microsoft.graph.userSet`.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct ConnectedOrganizationMembers {
    /// CSDL: property `isBackup`: `Edm.Boolean`, nullable.
    pub is_backup: rt::Field<bool>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for ConnectedOrganizationMembers {
    #[inline]
    fn default() -> Self {
        Self {
            is_backup: rt::Field::Absent,
            description: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for ConnectedOrganizationMembers {
    const TYPE_NAME: &'static str = "microsoft.graph.connectedOrganizationMembers";
    const KEYS: &'static [&'static str] = &["isBackup", "description", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isBackup\":                     ",
        ",\"description\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connectedOrganizationMembers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_backup", &self.is_backup);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for ConnectedOrganizationMembers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_backup.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_backup);
        w.field(1usize, &self.description);
        w.field(2usize, &self.id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_object!(ConnectedOrganizationMembers);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(
    ConnectedOrganizationMembers { with_is_backup is_backup : bool; with_description
    description : ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectedOrganizationMembers);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.connectedOrganizationState`, enum type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectedOrganizationState {
    /// `configured` (value 0).
    Configured,
    /// `proposed` (value 1).
    Proposed,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::StrEnum for ConnectedOrganizationState {
    const TYPE_NAME: &'static str = "microsoft.graph.connectedOrganizationState";
    const MEMBERS: &'static [&'static str] = &[
        "configured",
        "proposed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "configured" => Self::Configured,
                "proposed" => Self::Proposed,
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
            Self::Configured => "configured",
            Self::Proposed => "proposed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_enum!(ConnectedOrganizationState);
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectedOrganizationState);
#[cfg(msgraph_beta_identity_governance_or_search)]
/// CSDL: `microsoft.graph.connectionInfo`, complex type.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-search`.
#[derive(Clone)]
pub struct ConnectionInfo {
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl ::std::default::Default for ConnectionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::Object for ConnectionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionInfo";
    const KEYS: &'static [&'static str] = &["url"];
    const KEYS_JSON: &'static [&'static str] = &[",\"url\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.connectionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
impl rt::object::Members for ConnectionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_object!(ConnectionInfo);
#[cfg(msgraph_beta_identity_governance_or_search)]
rt::impl_setters!(ConnectionInfo { with_url url : ::std::string::String; });
#[cfg(msgraph_beta_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionInfo);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.connectionOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ConnectionOperationPath`](requests/trait.ConnectionOperationPath.html), what a path to one (`EntityPath<ConnectionOperation, C>`) dereferences to.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct ConnectionOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::beta::PublicError>,
    /// CSDL: property `status`: `microsoft.graph.connectionOperationStatus`, nullable.
    pub status: rt::Field<crate::beta::ConnectionOperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for ConnectionOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            error: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for ConnectionOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionOperation";
    const KEYS: &'static [&'static str] = &["id", "error", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"error\":                        ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.connectionOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for ConnectionOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.error);
        w.field(2usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(ConnectionOperation);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    ConnectionOperation { with_id id : ::std::string::String; with_error error : crate
    ::beta::PublicError; with_status status : crate ::beta::ConnectionOperationStatus; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionOperation);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.connectionOperationStatus`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectionOperationStatus {
    /// `unspecified` (value 0).
    Unspecified,
    /// `inprogress` (value 1).
    Inprogress,
    /// `completed` (value 2).
    Completed,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for ConnectionOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unspecified",
        "inprogress",
        "completed",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unspecified" => Self::Unspecified,
                "inprogress" => Self::Inprogress,
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
            Self::Unspecified => "unspecified",
            Self::Inprogress => "inprogress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(ConnectionOperationStatus);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionOperationStatus);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.connectionState`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectionState {
    /// `draft` (value 1).
    Draft,
    /// `ready` (value 2).
    Ready,
    /// `obsolete` (value 3).
    Obsolete,
    /// `limitExceeded` (value 4).
    LimitExceeded,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for ConnectionState {
    const TYPE_NAME: &'static str = "microsoft.graph.connectionState";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "ready",
        "obsolete",
        "limitExceeded",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "ready" => Self::Ready,
                "obsolete" => Self::Obsolete,
                "limitExceeded" => Self::LimitExceeded,
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
            Self::Ready => "ready",
            Self::Obsolete => "obsolete",
            Self::LimitExceeded => "limitExceeded",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(ConnectionState);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectionState);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.connectorGroupType`, enum type.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConnectorGroupType {
    /// `applicationProxy` (value 0).
    ApplicationProxy,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::StrEnum for ConnectorGroupType {
    const TYPE_NAME: &'static str = "microsoft.graph.connectorGroupType";
    const MEMBERS: &'static [&'static str] = &["applicationProxy"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "applicationProxy" => Self::ApplicationProxy,
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
            Self::ApplicationProxy => "applicationProxy",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_enum!(ConnectorGroupType);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConnectorGroupType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.consentRequestFilterByCurrentUserOptions`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConsentRequestFilterByCurrentUserOptions {
    /// `reviewer` (value 0).
    Reviewer,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ConsentRequestFilterByCurrentUserOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.consentRequestFilterByCurrentUserOptions";
    const MEMBERS: &'static [&'static str] = &["reviewer", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "reviewer" => Self::Reviewer,
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
            Self::Reviewer => "reviewer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ConsentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ConsentRequestFilterByCurrentUserOptions);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.contentAlignment`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ContentAlignment {
    /// `left` (value 0).
    Left,
    /// `right` (value 1).
    Right,
    /// `center` (value 2).
    Center,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ContentAlignment {
    const TYPE_NAME: &'static str = "microsoft.graph.contentAlignment";
    const MEMBERS: &'static [&'static str] = &["left", "right", "center"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "left" => Self::Left,
                "right" => Self::Right,
                "center" => Self::Center,
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
            Self::Left => "left",
            Self::Right => "right",
            Self::Center => "center",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ContentAlignment);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentAlignment);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.contentApprovalStatusColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentApprovalStatusColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentApprovalStatusColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ContentApprovalStatusColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.contentApprovalStatusColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.contentApprovalStatusColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentApprovalStatusColumn {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentApprovalStatusColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentApprovalStatusColumn);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.contentClassification`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ContentClassification {
    /// CSDL: property `confidence`: `Edm.Int32`, nullable.
    pub confidence: rt::Field<i32>,
    /// CSDL: property `matches`: `Collection(microsoft.graph.matchLocation)`, nullable.
    pub matches: rt::Field<::std::vec::Vec<crate::beta::MatchLocation>>,
    /// CSDL: property `sensitiveTypeId`: `Edm.String`, nullable.
    pub sensitive_type_id: rt::Field<::std::string::String>,
    /// CSDL: property `uniqueCount`: `Edm.Int32`, nullable.
    pub unique_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ContentClassification {
    #[inline]
    fn default() -> Self {
        Self {
            confidence: rt::Field::Absent,
            matches: rt::Field::Absent,
            sensitive_type_id: rt::Field::Absent,
            unique_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ContentClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.contentClassification";
    const KEYS: &'static [&'static str] = &[
        "confidence",
        "matches",
        "sensitiveTypeId",
        "uniqueCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidence\":                   ",
        ",\"matches\":                      ",
        ",\"sensitiveTypeId\":              ",
        ",\"uniqueCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentClassification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence", &self.confidence);
        v.field(1usize, "matches", &self.matches);
        v.field(2usize, "sensitive_type_id", &self.sensitive_type_id);
        v.field(3usize, "unique_count", &self.unique_count);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ContentClassification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence.read_from(r),
            1usize => self.matches.read_from(r),
            2usize => self.sensitive_type_id.read_from(r),
            3usize => self.unique_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence);
        w.field(1usize, &self.matches);
        w.field(2usize, &self.sensitive_type_id);
        w.field(3usize, &self.unique_count);
    }
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
rt::impl_object!(ContentClassification);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ContentClassification { with_confidence confidence : i32; with_matches matches :
    ::std::vec::Vec < crate ::beta::MatchLocation >; with_sensitive_type_id
    sensitive_type_id : ::std::string::String; with_unique_count unique_count : i32; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentClassification);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.contentType`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ContentTypePath`](requests/trait.ContentTypePath.html), what a path to one (`EntityPath<ContentType, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentType {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `associatedHubsUrls`: `Collection(Edm.String)`, nullable.
    pub associated_hubs_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `documentSet`: `microsoft.graph.documentSet`, nullable.
    pub document_set: rt::Field<crate::beta::DocumentSet>,
    /// CSDL: property `documentTemplate`: `microsoft.graph.documentSetContent`, nullable.
    pub document_template: rt::Field<crate::beta::DocumentSetContent>,
    /// CSDL: property `group`: `Edm.String`, nullable.
    pub group: rt::Field<::std::string::String>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `inheritedFrom`: `microsoft.graph.itemReference`, nullable.
    pub inherited_from: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, nullable.
    pub is_built_in: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `order`: `microsoft.graph.contentTypeOrder`, nullable.
    pub order: rt::Field<crate::beta::ContentTypeOrder>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `propagateChanges`: `Edm.Boolean`, nullable.
    pub propagate_changes: rt::Field<bool>,
    /// CSDL: property `readOnly`: `Edm.Boolean`, nullable.
    pub read_only: rt::Field<bool>,
    /// CSDL: property `sealed`: `Edm.Boolean`, nullable.
    pub sealed: rt::Field<bool>,
    /// CSDL: navigation property `base`: `microsoft.graph.contentType`, nullable.
    pub base: rt::Field<::std::boxed::Box<crate::beta::ContentType>>,
    /// CSDL: navigation property `baseTypes`: `Collection(microsoft.graph.contentType)`, not nullable.
    pub base_types: rt::Field<::std::vec::Vec<crate::beta::ContentType>>,
    /// CSDL: containment navigation property `columnLinks`: `Collection(microsoft.graph.columnLink)`, not nullable.
    pub column_links: rt::Field<::std::vec::Vec<crate::beta::ColumnLink>>,
    /// CSDL: navigation property `columnPositions`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub column_positions: rt::Field<::std::vec::Vec<crate::beta::ColumnDefinition>>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::beta::ColumnDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentType {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            associated_hubs_urls: rt::Field::Absent,
            description: rt::Field::Absent,
            document_set: rt::Field::Absent,
            document_template: rt::Field::Absent,
            group: rt::Field::Absent,
            hidden: rt::Field::Absent,
            inherited_from: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            name: rt::Field::Absent,
            order: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            propagate_changes: rt::Field::Absent,
            read_only: rt::Field::Absent,
            sealed: rt::Field::Absent,
            base: rt::Field::Absent,
            base_types: rt::Field::Absent,
            column_links: rt::Field::Absent,
            column_positions: rt::Field::Absent,
            columns: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ContentType {
    const TYPE_NAME: &'static str = "microsoft.graph.contentType";
    const KEYS: &'static [&'static str] = &[
        "id",
        "associatedHubsUrls",
        "description",
        "documentSet",
        "documentTemplate",
        "group",
        "hidden",
        "inheritedFrom",
        "isBuiltIn",
        "name",
        "order",
        "parentId",
        "propagateChanges",
        "readOnly",
        "sealed",
        "base",
        "baseTypes",
        "columnLinks",
        "columnPositions",
        "columns",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"associatedHubsUrls\":           ",
        ",\"description\":                  ",
        ",\"documentSet\":                  ",
        ",\"documentTemplate\":             ",
        ",\"group\":                        ",
        ",\"hidden\":                       ",
        ",\"inheritedFrom\":                ",
        ",\"isBuiltIn\":                    ",
        ",\"name\":                         ",
        ",\"order\":                        ",
        ",\"parentId\":                     ",
        ",\"propagateChanges\":             ",
        ",\"readOnly\":                     ",
        ",\"sealed\":                       ",
        ",\"base\":                         ",
        ",\"baseTypes\":                    ",
        ",\"columnLinks\":                  ",
        ",\"columnPositions\":              ",
        ",\"columns\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "associated_hubs_urls", &self.associated_hubs_urls);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "document_set", &self.document_set);
        v.field(4usize, "document_template", &self.document_template);
        v.field(5usize, "group", &self.group);
        v.field(6usize, "hidden", &self.hidden);
        v.field(7usize, "inherited_from", &self.inherited_from);
        v.field(8usize, "is_built_in", &self.is_built_in);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "order", &self.order);
        v.field(11usize, "parent_id", &self.parent_id);
        v.field(12usize, "propagate_changes", &self.propagate_changes);
        v.field(13usize, "read_only", &self.read_only);
        v.field(14usize, "sealed", &self.sealed);
        v.field(15usize, "base", &self.base);
        v.field(16usize, "base_types", &self.base_types);
        v.field(17usize, "column_links", &self.column_links);
        v.field(18usize, "column_positions", &self.column_positions);
        v.field(19usize, "columns", &self.columns);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.associated_hubs_urls.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.document_set.read_from(r),
            4usize => self.document_template.read_from(r),
            5usize => self.group.read_from(r),
            6usize => self.hidden.read_from(r),
            7usize => self.inherited_from.read_from(r),
            8usize => self.is_built_in.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.order.read_from(r),
            11usize => self.parent_id.read_from(r),
            12usize => self.propagate_changes.read_from(r),
            13usize => self.read_only.read_from(r),
            14usize => self.sealed.read_from(r),
            15usize => self.base.read_from(r),
            16usize => self.base_types.read_from(r),
            17usize => self.column_links.read_from(r),
            18usize => self.column_positions.read_from(r),
            19usize => self.columns.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.associated_hubs_urls);
        w.field(2usize, &self.description);
        w.field(3usize, &self.document_set);
        w.field(4usize, &self.document_template);
        w.field(5usize, &self.group);
        w.field(6usize, &self.hidden);
        w.field(7usize, &self.inherited_from);
        w.field(8usize, &self.is_built_in);
        w.field(9usize, &self.name);
        w.field(10usize, &self.order);
        w.field(11usize, &self.parent_id);
        w.field(12usize, &self.propagate_changes);
        w.field(13usize, &self.read_only);
        w.field(14usize, &self.sealed);
        w.field(15usize, &self.base);
        w.field(16usize, &self.base_types);
        w.field(17usize, &self.column_links);
        w.field(18usize, &self.column_positions);
        w.field(19usize, &self.columns);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_boxed!(ContentType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentType { with_id id : ::std::string::String; with_associated_hubs_urls
    associated_hubs_urls : ::std::vec::Vec < ::std::string::String >; with_description
    description : ::std::string::String; with_document_set document_set : crate
    ::beta::DocumentSet; with_document_template document_template : crate
    ::beta::DocumentSetContent; with_group group : ::std::string::String; with_hidden
    hidden : bool; with_inherited_from inherited_from : crate ::beta::ItemReference;
    with_is_built_in is_built_in : bool; with_name name : ::std::string::String;
    with_order order : crate ::beta::ContentTypeOrder; with_parent_id parent_id :
    ::std::string::String; with_propagate_changes propagate_changes : bool;
    with_read_only read_only : bool; with_sealed sealed : bool; with_base base :
    ::std::boxed::Box < crate ::beta::ContentType >; with_base_types base_types :
    ::std::vec::Vec < crate ::beta::ContentType >; with_column_links column_links :
    ::std::vec::Vec < crate ::beta::ColumnLink >; with_column_positions column_positions
    : ::std::vec::Vec < crate ::beta::ColumnDefinition >; with_columns columns :
    ::std::vec::Vec < crate ::beta::ColumnDefinition >; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.contentTypeInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeInfo {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ContentTypeInfo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ContentTypeInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.contentTypeInfo";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentTypeInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ContentTypeInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(ContentTypeInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ContentTypeInfo { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeInfo);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.contentTypeOrder`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ContentTypeOrder {
    /// CSDL: property `default`: `Edm.Boolean`, nullable.
    pub default: rt::Field<bool>,
    /// CSDL: property `position`: `Edm.Int32`, nullable.
    pub position: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ContentTypeOrder {
    #[inline]
    fn default() -> Self {
        Self {
            default: rt::Field::Absent,
            position: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ContentTypeOrder {
    const TYPE_NAME: &'static str = "microsoft.graph.contentTypeOrder";
    const KEYS: &'static [&'static str] = &["default", "position"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"default\":                      ",
        ",\"position\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.contentTypeOrder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default", &self.default);
        v.field(1usize, "position", &self.position);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ContentTypeOrder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default.read_from(r),
            1usize => self.position.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default);
        w.field(1usize, &self.position);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(ContentTypeOrder);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ContentTypeOrder { with_default default : bool; with_position position : i32; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContentTypeOrder);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.continuousAccessEvaluationPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct ContinuousAccessEvaluationPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groups`: `Collection(Edm.String)`, not nullable.
    pub groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `users`: `Collection(Edm.String)`, not nullable.
    pub users: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for ContinuousAccessEvaluationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            groups: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for ContinuousAccessEvaluationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.continuousAccessEvaluationPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "groups",
        "isEnabled",
        "users",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"groups\":                       ",
        ",\"isEnabled\":                    ",
        ",\"users\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.continuousAccessEvaluationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "groups", &self.groups);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "users", &self.users);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for ContinuousAccessEvaluationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.groups.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.groups);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.users);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(ContinuousAccessEvaluationPolicy);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    ContinuousAccessEvaluationPolicy { with_id id : ::std::string::String;
    with_description description : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_groups groups : ::std::vec::Vec < ::std::string::String
    >; with_is_enabled is_enabled : bool; with_users users : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ContinuousAccessEvaluationPolicy);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.countryLookupMethodType`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum CountryLookupMethodType {
    /// `clientIpAddress` (value 0).
    ClientIpAddress,
    /// `authenticatorAppGps` (value 1).
    AuthenticatorAppGps,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::StrEnum for CountryLookupMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.countryLookupMethodType";
    const MEMBERS: &'static [&'static str] = &[
        "clientIpAddress",
        "authenticatorAppGps",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clientIpAddress" => Self::ClientIpAddress,
                "authenticatorAppGps" => Self::AuthenticatorAppGps,
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
            Self::ClientIpAddress => "clientIpAddress",
            Self::AuthenticatorAppGps => "authenticatorAppGps",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_enum!(CountryLookupMethodType);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CountryLookupMethodType);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.countryNamedLocation`, entity type, derived from `microsoft.graph.namedLocation`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct CountryNamedLocation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `countriesAndRegions`: `Collection(Edm.String)`, not nullable.
    pub countries_and_regions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `countryLookupMethod`: `microsoft.graph.countryLookupMethodType`, nullable.
    pub country_lookup_method: rt::Field<crate::beta::CountryLookupMethodType>,
    /// CSDL: property `includeUnknownCountriesAndRegions`: `Edm.Boolean`, not nullable.
    pub include_unknown_countries_and_regions: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for CountryNamedLocation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            countries_and_regions: rt::Field::Absent,
            country_lookup_method: rt::Field::Absent,
            include_unknown_countries_and_regions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for CountryNamedLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.countryNamedLocation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "modifiedDateTime",
        "countriesAndRegions",
        "countryLookupMethod",
        "includeUnknownCountriesAndRegions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"modifiedDateTime\":             ",
        ",\"countriesAndRegions\":          ",
        ",\"countryLookupMethod\":          ",
        ",\"includeUnknownCountriesAndRegions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.countryNamedLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "modified_date_time", &self.modified_date_time);
        v.field(4usize, "countries_and_regions", &self.countries_and_regions);
        v.field(5usize, "country_lookup_method", &self.country_lookup_method);
        v.field(
            6usize,
            "include_unknown_countries_and_regions",
            &self.include_unknown_countries_and_regions,
        );
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for CountryNamedLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.countries_and_regions.read_from(r),
            5usize => self.country_lookup_method.read_from(r),
            6usize => self.include_unknown_countries_and_regions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.countries_and_regions);
        w.field(5usize, &self.country_lookup_method);
        w.field(6usize, &self.include_unknown_countries_and_regions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(CountryNamedLocation);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    CountryNamedLocation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_countries_and_regions countries_and_regions :
    ::std::vec::Vec < ::std::string::String >; with_country_lookup_method
    country_lookup_method : crate ::beta::CountryLookupMethodType;
    with_include_unknown_countries_and_regions include_unknown_countries_and_regions :
    bool; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CountryNamedLocation);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.createAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CreateAction {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for CreateAction {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for CreateAction {
    const TYPE_NAME: &'static str = "microsoft.graph.createAction";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.createAction\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for CreateAction {
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(CreateAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(CreateAction);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.credentialUserRegistrationCount`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct CredentialUserRegistrationCount {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `totalUserCount`: `Edm.Int64`, not nullable.
    pub total_user_count: rt::Field<i64>,
    /// CSDL: property `userRegistrationCounts`: `Collection(microsoft.graph.userRegistrationCount)`, not nullable.
    pub user_registration_counts: rt::Field<
        ::std::vec::Vec<crate::beta::UserRegistrationCount>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for CredentialUserRegistrationCount {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            total_user_count: rt::Field::Absent,
            user_registration_counts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for CredentialUserRegistrationCount {
    const TYPE_NAME: &'static str = "microsoft.graph.credentialUserRegistrationCount";
    const KEYS: &'static [&'static str] = &[
        "id",
        "totalUserCount",
        "userRegistrationCounts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"totalUserCount\":               ",
        ",\"userRegistrationCounts\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.credentialUserRegistrationCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "total_user_count", &self.total_user_count);
        v.field(2usize, "user_registration_counts", &self.user_registration_counts);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for CredentialUserRegistrationCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.total_user_count.read_from(r),
            2usize => self.user_registration_counts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.total_user_count);
        w.field(2usize, &self.user_registration_counts);
    }
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
rt::impl_object!(CredentialUserRegistrationCount);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    CredentialUserRegistrationCount { with_id id : ::std::string::String;
    with_total_user_count total_user_count : i64; with_user_registration_counts
    user_registration_counts : ::std::vec::Vec < crate ::beta::UserRegistrationCount >; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CredentialUserRegistrationCount);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.credentialUserRegistrationDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct CredentialUserRegistrationDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authMethods`: `Collection(microsoft.graph.registrationAuthMethod)`, not nullable.
    pub auth_methods: rt::Field<::std::vec::Vec<crate::beta::RegistrationAuthMethod>>,
    /// CSDL: property `isCapable`: `Edm.Boolean`, not nullable.
    pub is_capable: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `isMfaRegistered`: `Edm.Boolean`, not nullable.
    pub is_mfa_registered: rt::Field<bool>,
    /// CSDL: property `isRegistered`: `Edm.Boolean`, not nullable.
    pub is_registered: rt::Field<bool>,
    /// CSDL: property `userDisplayName`: `Edm.String`, not nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, not nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for CredentialUserRegistrationDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            auth_methods: rt::Field::Absent,
            is_capable: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            is_mfa_registered: rt::Field::Absent,
            is_registered: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for CredentialUserRegistrationDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.credentialUserRegistrationDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authMethods",
        "isCapable",
        "isEnabled",
        "isMfaRegistered",
        "isRegistered",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authMethods\":                  ",
        ",\"isCapable\":                    ",
        ",\"isEnabled\":                    ",
        ",\"isMfaRegistered\":              ",
        ",\"isRegistered\":                 ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.credentialUserRegistrationDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "auth_methods", &self.auth_methods);
        v.field(2usize, "is_capable", &self.is_capable);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "is_mfa_registered", &self.is_mfa_registered);
        v.field(5usize, "is_registered", &self.is_registered);
        v.field(6usize, "user_display_name", &self.user_display_name);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for CredentialUserRegistrationDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.auth_methods.read_from(r),
            2usize => self.is_capable.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.is_mfa_registered.read_from(r),
            5usize => self.is_registered.read_from(r),
            6usize => self.user_display_name.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.auth_methods);
        w.field(2usize, &self.is_capable);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.is_mfa_registered);
        w.field(5usize, &self.is_registered);
        w.field(6usize, &self.user_display_name);
        w.field(7usize, &self.user_principal_name);
    }
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
rt::impl_object!(CredentialUserRegistrationDetails);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    CredentialUserRegistrationDetails { with_id id : ::std::string::String;
    with_auth_methods auth_methods : ::std::vec::Vec < crate
    ::beta::RegistrationAuthMethod >; with_is_capable is_capable : bool; with_is_enabled
    is_enabled : bool; with_is_mfa_registered is_mfa_registered : bool;
    with_is_registered is_registered : bool; with_user_display_name user_display_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CredentialUserRegistrationDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Security Association Parameters
///
/// CSDL: `microsoft.graph.cryptographySuite`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct CryptographySuite {
    /// Authentication Transform Constants
    ///
    /// CSDL: property `authenticationTransformConstants`: `microsoft.graph.authenticationTransformConstant`, nullable.
    pub authentication_transform_constants: rt::Field<
        crate::beta::AuthenticationTransformConstant,
    >,
    /// Cipher Transform Constants
    ///
    /// CSDL: property `cipherTransformConstants`: `microsoft.graph.vpnEncryptionAlgorithmType`, nullable.
    pub cipher_transform_constants: rt::Field<crate::beta::VpnEncryptionAlgorithmType>,
    /// Diffie Hellman Group
    ///
    /// CSDL: property `dhGroup`: `microsoft.graph.diffieHellmanGroup`, nullable.
    pub dh_group: rt::Field<crate::beta::DiffieHellmanGroup>,
    /// Encryption Method
    ///
    /// CSDL: property `encryptionMethod`: `microsoft.graph.vpnEncryptionAlgorithmType`, nullable.
    pub encryption_method: rt::Field<crate::beta::VpnEncryptionAlgorithmType>,
    /// Integrity Check Method
    ///
    /// CSDL: property `integrityCheckMethod`: `microsoft.graph.vpnIntegrityAlgorithmType`, nullable.
    pub integrity_check_method: rt::Field<crate::beta::VpnIntegrityAlgorithmType>,
    /// Perfect Forward Secrecy Group
    ///
    /// CSDL: property `pfsGroup`: `microsoft.graph.perfectForwardSecrecyGroup`, nullable.
    pub pfs_group: rt::Field<crate::beta::PerfectForwardSecrecyGroup>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for CryptographySuite {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_transform_constants: rt::Field::Absent,
            cipher_transform_constants: rt::Field::Absent,
            dh_group: rt::Field::Absent,
            encryption_method: rt::Field::Absent,
            integrity_check_method: rt::Field::Absent,
            pfs_group: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for CryptographySuite {
    const TYPE_NAME: &'static str = "microsoft.graph.cryptographySuite";
    const KEYS: &'static [&'static str] = &[
        "authenticationTransformConstants",
        "cipherTransformConstants",
        "dhGroup",
        "encryptionMethod",
        "integrityCheckMethod",
        "pfsGroup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationTransformConstants\":",
        ",\"cipherTransformConstants\":     ",
        ",\"dhGroup\":                      ",
        ",\"encryptionMethod\":             ",
        ",\"integrityCheckMethod\":         ",
        ",\"pfsGroup\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.cryptographySuite\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "authentication_transform_constants",
            &self.authentication_transform_constants,
        );
        v.field(1usize, "cipher_transform_constants", &self.cipher_transform_constants);
        v.field(2usize, "dh_group", &self.dh_group);
        v.field(3usize, "encryption_method", &self.encryption_method);
        v.field(4usize, "integrity_check_method", &self.integrity_check_method);
        v.field(5usize, "pfs_group", &self.pfs_group);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for CryptographySuite {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_transform_constants.read_from(r),
            1usize => self.cipher_transform_constants.read_from(r),
            2usize => self.dh_group.read_from(r),
            3usize => self.encryption_method.read_from(r),
            4usize => self.integrity_check_method.read_from(r),
            5usize => self.pfs_group.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_transform_constants);
        w.field(1usize, &self.cipher_transform_constants);
        w.field(2usize, &self.dh_group);
        w.field(3usize, &self.encryption_method);
        w.field(4usize, &self.integrity_check_method);
        w.field(5usize, &self.pfs_group);
    }
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
rt::impl_object!(CryptographySuite);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    CryptographySuite { with_authentication_transform_constants
    authentication_transform_constants : crate ::beta::AuthenticationTransformConstant;
    with_cipher_transform_constants cipher_transform_constants : crate
    ::beta::VpnEncryptionAlgorithmType; with_dh_group dh_group : crate
    ::beta::DiffieHellmanGroup; with_encryption_method encryption_method : crate
    ::beta::VpnEncryptionAlgorithmType; with_integrity_check_method
    integrity_check_method : crate ::beta::VpnIntegrityAlgorithmType; with_pfs_group
    pfs_group : crate ::beta::PerfectForwardSecrecyGroup; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(CryptographySuite);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.currencyColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CurrencyColumn {
    /// CSDL: property `locale`: `Edm.String`, nullable.
    pub locale: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for CurrencyColumn {
    #[inline]
    fn default() -> Self {
        Self {
            locale: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for CurrencyColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.currencyColumn";
    const KEYS: &'static [&'static str] = &["locale"];
    const KEYS_JSON: &'static [&'static str] = &[",\"locale\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.currencyColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "locale", &self.locale);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for CurrencyColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.locale.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.locale);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_object!(CurrencyColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(CurrencyColumn { with_locale locale : ::std::string::String; });
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(CurrencyColumn);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.customAction`, complex type, derived from `microsoft.graph.informationProtectionAction`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomAction {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub properties: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for CustomAction {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for CustomAction {
    const TYPE_NAME: &'static str = "microsoft.graph.customAction";
    const KEYS: &'static [&'static str] = &["name", "properties"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"properties\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for CustomAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(CustomAction);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    CustomAction { with_name name : ::std::string::String; with_properties properties :
    ::std::vec::Vec < crate ::beta::KeyValuePair >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.customTimeZone`, complex type, derived from `microsoft.graph.timeZoneBase`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct CustomTimeZone {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `bias`: `Edm.Int32`, nullable.
    pub bias: rt::Field<i32>,
    /// CSDL: property `daylightOffset`: `microsoft.graph.daylightTimeZoneOffset`, nullable.
    pub daylight_offset: rt::Field<crate::beta::DaylightTimeZoneOffset>,
    /// CSDL: property `standardOffset`: `microsoft.graph.standardTimeZoneOffset`, nullable.
    pub standard_offset: rt::Field<crate::beta::AnyStandardTimeZoneOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for CustomTimeZone {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            bias: rt::Field::Absent,
            daylight_offset: rt::Field::Absent,
            standard_offset: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for CustomTimeZone {
    const TYPE_NAME: &'static str = "microsoft.graph.customTimeZone";
    const KEYS: &'static [&'static str] = &[
        "name",
        "bias",
        "daylightOffset",
        "standardOffset",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"bias\":                         ",
        ",\"daylightOffset\":               ",
        ",\"standardOffset\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.customTimeZone\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "bias", &self.bias);
        v.field(2usize, "daylight_offset", &self.daylight_offset);
        v.field(3usize, "standard_offset", &self.standard_offset);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for CustomTimeZone {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.bias.read_from(r),
            2usize => self.daylight_offset.read_from(r),
            3usize => self.standard_offset.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.bias);
        w.field(2usize, &self.daylight_offset);
        w.field(3usize, &self.standard_offset);
    }
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
rt::impl_object!(CustomTimeZone);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    CustomTimeZone { with_name name : ::std::string::String; with_bias bias : i32;
    with_daylight_offset daylight_offset : crate ::beta::DaylightTimeZoneOffset;
    with_standard_offset standard_offset : crate ::beta::AnyStandardTimeZoneOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(CustomTimeZone);
