//! Types of `microsoft.graph` by the first letters of their names (`io_it`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// iOS available update version details
///
/// CSDL: `microsoft.graph.iosAvailableUpdateVersion`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosAvailableUpdateVersion {
    /// The expiration date of the update.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The posting date of the update.
    ///
    /// CSDL: property `postingDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub posting_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The version of the update.
    ///
    /// CSDL: property `productVersion`: `Edm.String`, not nullable.
    pub product_version: rt::Field<::std::string::String>,
    /// List of supported devices for the update.
    ///
    /// CSDL: property `supportedDevices`: `Collection(Edm.String)`, nullable.
    pub supported_devices: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosAvailableUpdateVersion {
    #[inline]
    fn default() -> Self {
        Self {
            expiration_date_time: rt::Field::Absent,
            posting_date_time: rt::Field::Absent,
            product_version: rt::Field::Absent,
            supported_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosAvailableUpdateVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.iosAvailableUpdateVersion";
    const KEYS: &'static [&'static str] = &[
        "expirationDateTime",
        "postingDateTime",
        "productVersion",
        "supportedDevices",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expirationDateTime\":           ",
        ",\"postingDateTime\":              ",
        ",\"productVersion\":               ",
        ",\"supportedDevices\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosAvailableUpdateVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration_date_time", &self.expiration_date_time);
        v.field(1usize, "posting_date_time", &self.posting_date_time);
        v.field(2usize, "product_version", &self.product_version);
        v.field(3usize, "supported_devices", &self.supported_devices);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosAvailableUpdateVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration_date_time.read_from(r),
            1usize => self.posting_date_time.read_from(r),
            2usize => self.product_version.read_from(r),
            3usize => self.supported_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration_date_time);
        w.field(1usize, &self.posting_date_time);
        w.field(2usize, &self.product_version);
        w.field(3usize, &self.supported_devices);
    }
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
rt::impl_object!(IosAvailableUpdateVersion);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosAvailableUpdateVersion { with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_posting_date_time posting_date_time :
    rt::edm::DateTimeOffset; with_product_version product_version :
    ::std::string::String; with_supported_devices supported_devices : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosAvailableUpdateVersion);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties of the possible iOS device types the mobile app can run on.
///
/// CSDL: `microsoft.graph.iosDeviceType`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosDeviceType {
    /// Whether the app should run on iPads.
    ///
    /// CSDL: property `iPad`: `Edm.Boolean`, not nullable.
    pub i_pad: rt::Field<bool>,
    /// Whether the app should run on iPhones and iPods.
    ///
    /// CSDL: property `iPhoneAndIPod`: `Edm.Boolean`, not nullable.
    pub i_phone_and_i_pod: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosDeviceType {
    #[inline]
    fn default() -> Self {
        Self {
            i_pad: rt::Field::Absent,
            i_phone_and_i_pod: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosDeviceType {
    const TYPE_NAME: &'static str = "microsoft.graph.iosDeviceType";
    const KEYS: &'static [&'static str] = &["iPad", "iPhoneAndIPod"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"iPad\":                         ",
        ",\"iPhoneAndIPod\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosDeviceType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "i_pad", &self.i_pad);
        v.field(1usize, "i_phone_and_i_pod", &self.i_phone_and_i_pod);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosDeviceType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.i_pad.read_from(r),
            1usize => self.i_phone_and_i_pod.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.i_pad);
        w.field(1usize, &self.i_phone_and_i_pod);
    }
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
rt::impl_object!(IosDeviceType);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosDeviceType { with_i_pad i_pad : bool; with_i_phone_and_i_pod i_phone_and_i_pod :
    bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosDeviceType);
#[cfg(msgraph_beta_device_management_or_search)]
/// Trusted Root and PFX certificates for iOS EDU.
///
/// CSDL: `microsoft.graph.iosEduCertificateSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosEduCertificateSettings {
    /// File name to display in UI.
    ///
    /// CSDL: property `certFileName`: `Edm.String`, nullable.
    pub cert_file_name: rt::Field<::std::string::String>,
    /// PKCS Certificate Template Name.
    ///
    /// CSDL: property `certificateTemplateName`: `Edm.String`, not nullable.
    pub certificate_template_name: rt::Field<::std::string::String>,
    /// Scale for the Certificate Validity Period.
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validity Period.
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// PKCS Certification Authority.
    ///
    /// CSDL: property `certificationAuthority`: `Edm.String`, not nullable.
    pub certification_authority: rt::Field<::std::string::String>,
    /// PKCS Certification Authority Name.
    ///
    /// CSDL: property `certificationAuthorityName`: `Edm.String`, not nullable.
    pub certification_authority_name: rt::Field<::std::string::String>,
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Trusted Root Certificate.
    ///
    /// CSDL: property `trustedRootCertificate`: `Edm.Binary`, not nullable.
    pub trusted_root_certificate: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosEduCertificateSettings {
    #[inline]
    fn default() -> Self {
        Self {
            cert_file_name: rt::Field::Absent,
            certificate_template_name: rt::Field::Absent,
            certificate_validity_period_scale: rt::Field::Absent,
            certificate_validity_period_value: rt::Field::Absent,
            certification_authority: rt::Field::Absent,
            certification_authority_name: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            trusted_root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosEduCertificateSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosEduCertificateSettings";
    const KEYS: &'static [&'static str] = &[
        "certFileName",
        "certificateTemplateName",
        "certificateValidityPeriodScale",
        "certificateValidityPeriodValue",
        "certificationAuthority",
        "certificationAuthorityName",
        "renewalThresholdPercentage",
        "trustedRootCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certFileName\":                 ",
        ",\"certificateTemplateName\":      ",
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"certificationAuthority\":       ",
        ",\"certificationAuthorityName\":   ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"trustedRootCertificate\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosEduCertificateSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cert_file_name", &self.cert_file_name);
        v.field(1usize, "certificate_template_name", &self.certificate_template_name);
        v.field(
            2usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            3usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(4usize, "certification_authority", &self.certification_authority);
        v.field(
            5usize,
            "certification_authority_name",
            &self.certification_authority_name,
        );
        v.field(
            6usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(7usize, "trusted_root_certificate", &self.trusted_root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosEduCertificateSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cert_file_name.read_from(r),
            1usize => self.certificate_template_name.read_from(r),
            2usize => self.certificate_validity_period_scale.read_from(r),
            3usize => self.certificate_validity_period_value.read_from(r),
            4usize => self.certification_authority.read_from(r),
            5usize => self.certification_authority_name.read_from(r),
            6usize => self.renewal_threshold_percentage.read_from(r),
            7usize => self.trusted_root_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cert_file_name);
        w.field(1usize, &self.certificate_template_name);
        w.field(2usize, &self.certificate_validity_period_scale);
        w.field(3usize, &self.certificate_validity_period_value);
        w.field(4usize, &self.certification_authority);
        w.field(5usize, &self.certification_authority_name);
        w.field(6usize, &self.renewal_threshold_percentage);
        w.field(7usize, &self.trusted_root_certificate);
    }
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
rt::impl_object!(IosEduCertificateSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosEduCertificateSettings { with_cert_file_name cert_file_name :
    ::std::string::String; with_certificate_template_name certificate_template_name :
    ::std::string::String; with_certificate_validity_period_scale
    certificate_validity_period_scale : crate ::beta::CertificateValidityPeriodScale;
    with_certificate_validity_period_value certificate_validity_period_value : i32;
    with_certification_authority certification_authority : ::std::string::String;
    with_certification_authority_name certification_authority_name :
    ::std::string::String; with_renewal_threshold_percentage renewal_threshold_percentage
    : i32; with_trusted_root_certificate trusted_root_certificate : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosEduCertificateSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an icon for an app on the Home Screen
///
/// CSDL: `microsoft.graph.iosHomeScreenApp`, complex type, derived from `microsoft.graph.iosHomeScreenItem`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosHomeScreenApp {
    /// Name of the app
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// BundleID of the app if isWebClip is false or the URL of a web clip if isWebClip is true.
    ///
    /// CSDL: property `bundleID`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// When true, the bundle ID will be handled as a URL for a web clip.
    ///
    /// CSDL: property `isWebClip`: `Edm.Boolean`, not nullable.
    pub is_web_clip: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenApp {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            is_web_clip: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosHomeScreenApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenApp";
    const KEYS: &'static [&'static str] = &["displayName", "bundleID", "isWebClip"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"bundleID\":                     ",
        ",\"isWebClip\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "bundle_id", &self.bundle_id);
        v.field(2usize, "is_web_clip", &self.is_web_clip);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosHomeScreenApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.bundle_id.read_from(r),
            2usize => self.is_web_clip.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.bundle_id);
        w.field(2usize, &self.is_web_clip);
    }
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
rt::impl_object!(IosHomeScreenApp);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenApp { with_display_name display_name : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; with_is_web_clip is_web_clip :
    bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// A folder containing pages of apps and web clips on the Home Screen.
///
/// CSDL: `microsoft.graph.iosHomeScreenFolder`, complex type, derived from `microsoft.graph.iosHomeScreenItem`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosHomeScreenFolder {
    /// Name of the app
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Pages of Home Screen Layout Icons which must be applications or web clips. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `pages`: `Collection(microsoft.graph.iosHomeScreenFolderPage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::beta::IosHomeScreenFolderPage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenFolder {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            pages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosHomeScreenFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenFolder";
    const KEYS: &'static [&'static str] = &["displayName", "pages"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"pages\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "pages", &self.pages);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosHomeScreenFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.pages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.pages);
    }
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
rt::impl_object!(IosHomeScreenFolder);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenFolder { with_display_name display_name : ::std::string::String;
    with_pages pages : ::std::vec::Vec < crate ::beta::IosHomeScreenFolderPage >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenFolder);
#[cfg(msgraph_beta_device_management_or_search)]
/// A page for a folder containing apps and web clips on the Home Screen.
///
/// CSDL: `microsoft.graph.iosHomeScreenFolderPage`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosHomeScreenFolderPage {
    /// A list of apps and web clips to appear on a page within a folder. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `apps`: `Collection(microsoft.graph.iosHomeScreenApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::IosHomeScreenApp>>,
    /// Name of the folder page
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenFolderPage {
    #[inline]
    fn default() -> Self {
        Self {
            apps: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosHomeScreenFolderPage {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenFolderPage";
    const KEYS: &'static [&'static str] = &["apps", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"apps\":                         ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenFolderPage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "apps", &self.apps);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosHomeScreenFolderPage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.apps.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.apps);
        w.field(1usize, &self.display_name);
    }
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
rt::impl_object!(IosHomeScreenFolderPage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenFolderPage { with_apps apps : ::std::vec::Vec < crate
    ::beta::IosHomeScreenApp >; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenFolderPage);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an item on the iOS Home Screen
///
/// CSDL: `microsoft.graph.iosHomeScreenItem`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosHomeScreenItem {
    /// Name of the app
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenItem {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosHomeScreenItem {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenItem";
    const KEYS: &'static [&'static str] = &["displayName"];
    const KEYS_JSON: &'static [&'static str] = &[",\"displayName\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosHomeScreenItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
    }
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
rt::impl_object!(IosHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenItem { with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.iosHomeScreenItem` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosHomeScreenItem {
    IosHomeScreenItem(::std::boxed::Box<crate::beta::IosHomeScreenItem>),
    IosHomeScreenApp(::std::boxed::Box<crate::beta::IosHomeScreenApp>),
    IosHomeScreenFolder(::std::boxed::Box<crate::beta::IosHomeScreenFolder>),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyIosHomeScreenItem {
    #[inline]
    fn default() -> Self {
        Self::IosHomeScreenItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosHomeScreenItem> for AnyIosHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::IosHomeScreenItem) -> Self {
        Self::IosHomeScreenItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosHomeScreenApp> for AnyIosHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::IosHomeScreenApp) -> Self {
        Self::IosHomeScreenApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosHomeScreenFolder> for AnyIosHomeScreenItem {
    #[inline]
    fn from(v: crate::beta::IosHomeScreenFolder) -> Self {
        Self::IosHomeScreenFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyIosHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosHomeScreenItem {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosHomeScreenItem>();
    rt::object::auto_traits::<crate::beta::IosHomeScreenApp>();
    rt::object::auto_traits::<crate::beta::IosHomeScreenFolder>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyIosHomeScreenItem {
    const BASE_NAME: &'static str = "microsoft.graph.iosHomeScreenItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iosHomeScreenApp") => {
                Self::IosHomeScreenApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iosHomeScreenFolder") => {
                Self::IosHomeScreenFolder(rt::object::new_boxed())
            }
            _ => Self::IosHomeScreenItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosHomeScreenItem(v) => &**v,
            Self::IosHomeScreenApp(v) => &**v,
            Self::IosHomeScreenFolder(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosHomeScreenItem(v) => &mut **v,
            Self::IosHomeScreenApp(v) => &mut **v,
            Self::IosHomeScreenFolder(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyIosHomeScreenItem {
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
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosHomeScreenItem(v) => &v.display_name,
            Self::IosHomeScreenApp(v) => &v.display_name,
            Self::IosHomeScreenFolder(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosHomeScreenItem(v) => &mut v.display_name,
            Self::IosHomeScreenApp(v) => &mut v.display_name,
            Self::IosHomeScreenFolder(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyIosHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosHomeScreenItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// A page containing apps, folders, and web clips on the Home Screen.
///
/// CSDL: `microsoft.graph.iosHomeScreenPage`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosHomeScreenPage {
    /// Name of the page
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// A list of apps, folders, and web clips to appear on a page. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `icons`: `Collection(microsoft.graph.iosHomeScreenItem)`, not nullable.
    pub icons: rt::Field<::std::vec::Vec<crate::beta::AnyIosHomeScreenItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosHomeScreenPage {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            icons: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosHomeScreenPage {
    const TYPE_NAME: &'static str = "microsoft.graph.iosHomeScreenPage";
    const KEYS: &'static [&'static str] = &["displayName", "icons"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"icons\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosHomeScreenPage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "icons", &self.icons);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosHomeScreenPage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.icons.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.icons);
    }
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
rt::impl_object!(IosHomeScreenPage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosHomeScreenPage { with_display_name display_name : ::std::string::String;
    with_icons icons : ::std::vec::Vec < crate ::beta::AnyIosHomeScreenItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosHomeScreenPage);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iosKioskModeAppType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosKioskModeAppType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `appStoreApp` (value 1).
    AppStoreApp,
    /// `managedApp` (value 2).
    ManagedApp,
    /// `builtInApp` (value 3).
    BuiltInApp,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for IosKioskModeAppType {
    const TYPE_NAME: &'static str = "microsoft.graph.iosKioskModeAppType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "appStoreApp",
        "managedApp",
        "builtInApp",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "appStoreApp" => Self::AppStoreApp,
                "managedApp" => Self::ManagedApp,
                "builtInApp" => Self::BuiltInApp,
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
            Self::NotConfigured => "notConfigured",
            Self::AppStoreApp => "appStoreApp",
            Self::ManagedApp => "managedApp",
            Self::BuiltInApp => "builtInApp",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(IosKioskModeAppType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosKioskModeAppType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for iOS Line Of Business apps.
///
/// CSDL: `microsoft.graph.iosLobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`IosLobAppPath`](requests/trait.IosLobAppPath.html), what a path to one (`EntityPath<IosLobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::beta::IosDeviceType>,
    /// The build number of iOS Line of Business (LoB) app.
    ///
    /// CSDL: property `buildNumber`: `Edm.String`, nullable.
    pub build_number: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The expiration time.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::IosMinimumOperatingSystem,
    >,
    /// The version number of iOS Line of Business (LoB) app.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            applicable_device_type: rt::Field::Absent,
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "applicableDeviceType",
        "buildNumber",
        "bundleId",
        "expirationDateTime",
        "identityVersion",
        "minimumSupportedOperatingSystem",
        "versionNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"applicableDeviceType\":         ",
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"expirationDateTime\":           ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosLobApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
        v.field(30usize, "applicable_device_type", &self.applicable_device_type);
        v.field(31usize, "build_number", &self.build_number);
        v.field(32usize, "bundle_id", &self.bundle_id);
        v.field(33usize, "expiration_date_time", &self.expiration_date_time);
        v.field(34usize, "identity_version", &self.identity_version);
        v.field(
            35usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(36usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosLobApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
            30usize => self.applicable_device_type.read_from(r),
            31usize => self.build_number.read_from(r),
            32usize => self.bundle_id.read_from(r),
            33usize => self.expiration_date_time.read_from(r),
            34usize => self.identity_version.read_from(r),
            35usize => self.minimum_supported_operating_system.read_from(r),
            36usize => self.version_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
        w.field(30usize, &self.applicable_device_type);
        w.field(31usize, &self.build_number);
        w.field(32usize, &self.bundle_id);
        w.field(33usize, &self.expiration_date_time);
        w.field(34usize, &self.identity_version);
        w.field(35usize, &self.minimum_supported_operating_system);
        w.field(36usize, &self.version_number);
    }
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
rt::impl_object!(IosLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_applicable_device_type applicable_device_type :
    crate ::beta::IosDeviceType; with_build_number build_number : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_identity_version
    identity_version : ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::IosMinimumOperatingSystem;
    with_version_number version_number : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an iOS LOB mobile app to a group.
///
/// CSDL: `microsoft.graph.iosLobAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosLobAppAssignmentSettings {
    /// Whether or not the app can be removed by the user.
    ///
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// Whether or not to uninstall the app when device is removed from Intune.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// The VPN Configuration Id to apply for this app.
    ///
    /// CSDL: property `vpnConfigurationId`: `Edm.String`, nullable.
    pub vpn_configuration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosLobAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_removable: rt::Field::Absent,
            uninstall_on_device_removal: rt::Field::Absent,
            vpn_configuration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosLobAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "isRemovable",
        "uninstallOnDeviceRemoval",
        "vpnConfigurationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRemovable\":                  ",
        ",\"uninstallOnDeviceRemoval\":     ",
        ",\"vpnConfigurationId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosLobAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_removable", &self.is_removable);
        v.field(
            1usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
        v.field(2usize, "vpn_configuration_id", &self.vpn_configuration_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosLobAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_removable.read_from(r),
            1usize => self.uninstall_on_device_removal.read_from(r),
            2usize => self.vpn_configuration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_removable);
        w.field(1usize, &self.uninstall_on_device_removal);
        w.field(2usize, &self.vpn_configuration_id);
    }
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
rt::impl_object!(IosLobAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosLobAppAssignmentSettings { with_is_removable is_removable : bool;
    with_uninstall_on_device_removal uninstall_on_device_removal : bool;
    with_vpn_configuration_id vpn_configuration_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the iOS Lob App Provisioning Configuration resource.
///
/// CSDL: `microsoft.graph.iosLobAppProvisioningConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IosLobAppProvisioningConfigurationPath`](requests/trait.IosLobAppProvisioningConfigurationPath.html), what a path to one (`EntityPath<IosLobAppProvisioningConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosLobAppProvisioningConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Optional profile expiration date and time.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Payload. (UTF8 encoded byte array)
    ///
    /// CSDL: property `payload`: `Edm.Binary`, not nullable.
    pub payload: rt::Field<rt::edm::Binary>,
    /// Payload file name (*.mobileprovision | *.xml).
    ///
    /// CSDL: property `payloadFileName`: `Edm.String`, not nullable.
    pub payload_file_name: rt::Field<::std::string::String>,
    /// List of Scope Tags for this iOS LOB app provisioning configuration entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The associated group assignments for IosLobAppProvisioningConfiguration.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.iosLobAppProvisioningConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::IosLobAppProvisioningConfigurationAssignment>,
    >,
    /// The list of device installation states for this mobile app configuration.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    >,
    /// The associated group assignments.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.mobileAppProvisioningConfigGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::MobileAppProvisioningConfigGroupAssignment>,
    >,
    /// The list of user installation states for this mobile app configuration.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosLobAppProvisioningConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload: rt::Field::Absent,
            payload_file_name: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosLobAppProvisioningConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobAppProvisioningConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "expirationDateTime",
        "lastModifiedDateTime",
        "payload",
        "payloadFileName",
        "roleScopeTagIds",
        "version",
        "assignments",
        "deviceStatuses",
        "groupAssignments",
        "userStatuses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payload\":                      ",
        ",\"payloadFileName\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceStatuses\":               ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosLobAppProvisioningConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(6usize, "payload", &self.payload);
        v.field(7usize, "payload_file_name", &self.payload_file_name);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "version", &self.version);
        v.field(10usize, "assignments", &self.assignments);
        v.field(11usize, "device_statuses", &self.device_statuses);
        v.field(12usize, "group_assignments", &self.group_assignments);
        v.field(13usize, "user_statuses", &self.user_statuses);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosLobAppProvisioningConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.last_modified_date_time.read_from(r),
            6usize => self.payload.read_from(r),
            7usize => self.payload_file_name.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.version.read_from(r),
            10usize => self.assignments.read_from(r),
            11usize => self.device_statuses.read_from(r),
            12usize => self.group_assignments.read_from(r),
            13usize => self.user_statuses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.last_modified_date_time);
        w.field(6usize, &self.payload);
        w.field(7usize, &self.payload_file_name);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.version);
        w.field(10usize, &self.assignments);
        w.field(11usize, &self.device_statuses);
        w.field(12usize, &self.group_assignments);
        w.field(13usize, &self.user_statuses);
    }
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
rt::impl_object!(IosLobAppProvisioningConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosLobAppProvisioningConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_payload payload : rt::edm::Binary;
    with_payload_file_name payload_file_name : ::std::string::String;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::IosLobAppProvisioningConfigurationAssignment >; with_device_statuses
    device_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceStatus >; with_group_assignments
    group_assignments : ::std::vec::Vec < crate
    ::beta::MobileAppProvisioningConfigGroupAssignment >; with_user_statuses
    user_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationUserStatus >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobAppProvisioningConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for Group Assignment of an iOS LOB App Provisioning and Configuration.
///
/// CSDL: `microsoft.graph.iosLobAppProvisioningConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IosLobAppProvisioningConfigurationAssignmentPath`](requests/trait.IosLobAppProvisioningConfigurationAssignmentPath.html), what a path to one (`EntityPath<IosLobAppProvisioningConfigurationAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosLobAppProvisioningConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The target group assignment defined by the admin.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosLobAppProvisioningConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosLobAppProvisioningConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosLobAppProvisioningConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosLobAppProvisioningConfigurationAssignment {
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(IosLobAppProvisioningConfigurationAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosLobAppProvisioningConfigurationAssignment { with_id id : ::std::string::String;
    with_target target : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobAppProvisioningConfigurationAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for iOS lob app provisioning configuration PolicySetItem.
///
/// CSDL: `microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosLobAppProvisioningConfigurationPolicySetItem {
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
impl ::std::default::Default for IosLobAppProvisioningConfigurationPolicySetItem {
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
impl rt::Object for IosLobAppProvisioningConfigurationPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem";
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
    const TAG: &'static str = "\"#microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem\"";
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
impl rt::object::Members for IosLobAppProvisioningConfigurationPolicySetItem {
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
rt::impl_object!(IosLobAppProvisioningConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosLobAppProvisioningConfigurationPolicySetItem { with_id id : ::std::string::String;
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
rt::impl_serde!(IosLobAppProvisioningConfigurationPolicySetItem);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy used to configure detailed management settings targeted to specific security groups and for a specified set of apps on an iOS device
///
/// CSDL: `microsoft.graph.iosManagedAppProtection`, entity type, derived from `microsoft.graph.targetedManagedAppProtection`, key `id`.
///
/// Request builders: [`IosManagedAppProtectionPath`](requests/trait.IosManagedAppProtectionPath.html), what a path to one (`EntityPath<IosManagedAppProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IosManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataIngestionLocations`: `Collection(microsoft.graph.managedAppDataIngestionLocation)`, not nullable.
    pub allowed_data_ingestion_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>,
    >,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Specify the number of characters that may be cut or copied from Org data and accounts to any application. This setting overrides the AllowedOutboundClipboardSharingLevel restriction. Default value of '0' means no exception is allowed.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingExceptionLength`: `Edm.Int32`, not nullable.
    pub allowed_outbound_clipboard_sharing_exception_length: rt::Field<i32>,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::beta::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Defines a managed app behavior, either block or wipe, when the device is either rooted or jailbroken, if DeviceComplianceRequired is set to true.
    ///
    /// CSDL: property `appActionIfDeviceComplianceRequired`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_device_compliance_required: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either block or wipe, based on maximum number of incorrect pin retry attempts.
    ///
    /// CSDL: property `appActionIfMaximumPinRetriesExceeded`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_maximum_pin_retries_exceeded: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// If set, it will specify what action to take in the case where the user is unable to checkin because their authentication token is invalid. This happens when the user is deleted or disabled in AAD.
    ///
    /// CSDL: property `appActionIfUnableToAuthenticateUser`: `microsoft.graph.managedAppRemediationAction`, nullable.
    pub app_action_if_unable_to_authenticate_user: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Indicates whether a user can bring data into org documents.
    ///
    /// CSDL: property `blockDataIngestionIntoOrganizationDocuments`: `Edm.Boolean`, not nullable.
    pub block_data_ingestion_into_organization_documents: rt::Field<bool>,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// The classes of dialer apps that are allowed to click-to-open a phone number.
    ///
    /// CSDL: property `dialerRestrictionLevel`: `microsoft.graph.managedAppPhoneNumberRedirectLevel`, not nullable.
    pub dialer_restriction_level: rt::Field<
        crate::beta::ManagedAppPhoneNumberRedirectLevel,
    >,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::beta::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum allowed device threat level, as reported by the MTD app
    ///
    /// CSDL: property `maximumAllowedDeviceThreatLevel`: `microsoft.graph.managedAppDeviceThreatLevel`, not nullable.
    pub maximum_allowed_device_threat_level: rt::Field<
        crate::beta::ManagedAppDeviceThreatLevel,
    >,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped.
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumRequiredOsVersion`: `Edm.String`, nullable.
    pub maximum_required_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWarningOsVersion`: `Edm.String`, nullable.
    pub maximum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWipeOsVersion`: `Edm.String`, nullable.
    pub maximum_wipe_os_version: rt::Field<::std::string::String>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeAppVersion`: `Edm.String`, nullable.
    pub minimum_wipe_app_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeOsVersion`: `Edm.String`, nullable.
    pub minimum_wipe_os_version: rt::Field<::std::string::String>,
    /// Determines what action to take if the mobile threat defense threat threshold isn't met. Warn isn't a supported value for this property
    ///
    /// CSDL: property `mobileThreatDefenseRemediationAction`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub mobile_threat_defense_remediation_action: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Specify app notification restriction
    ///
    /// CSDL: property `notificationRestriction`: `microsoft.graph.managedAppNotificationRestriction`, not nullable.
    pub notification_restriction: rt::Field<
        crate::beta::ManagedAppNotificationRestriction,
    >,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::beta::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Timeout in minutes for an app pin instead of non biometrics passcode
    ///
    /// CSDL: property `pinRequiredInsteadOfBiometricTimeout`: `Edm.Duration`, nullable.
    pub pin_required_instead_of_biometric_timeout: rt::Field<rt::edm::Duration>,
    /// Requires a pin to be unique from the number specified in this property.
    ///
    /// CSDL: property `previousPinBlockCount`: `Edm.Int32`, not nullable.
    pub previous_pin_block_count: rt::Field<i32>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The intended app management levels for this policy
    ///
    /// CSDL: property `targetedAppManagementLevels`: `microsoft.graph.appManagementLevel`, not nullable.
    pub targeted_app_management_levels: rt::Field<
        rt::Flags<crate::beta::AppManagementLevel>,
    >,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Semicolon seperated list of device models allowed, as a string, for the managed app to work.
    ///
    /// CSDL: property `allowedIosDeviceModels`: `Edm.String`, nullable.
    pub allowed_ios_device_models: rt::Field<::std::string::String>,
    /// Defines a managed app behavior, either block or wipe, if the specified device model is not allowed.
    ///
    /// CSDL: property `appActionIfIosDeviceModelNotAllowed`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_ios_device_model_not_allowed: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Type of encryption which should be used for data in a managed app.
    ///
    /// CSDL: property `appDataEncryptionType`: `microsoft.graph.managedAppDataEncryptionType`, not nullable.
    pub app_data_encryption_type: rt::Field<crate::beta::ManagedAppDataEncryptionType>,
    /// A custom browser protocol to open weblink on iOS. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `customBrowserProtocol`: `Edm.String`, nullable.
    pub custom_browser_protocol: rt::Field<::std::string::String>,
    /// Protocol of a custom dialer app to click-to-open a phone number on iOS, for example, skype:.
    ///
    /// CSDL: property `customDialerAppProtocol`: `Edm.String`, nullable.
    pub custom_dialer_app_protocol: rt::Field<::std::string::String>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// Disable protection of data transferred to other apps through IOS OpenIn option. This setting is only allowed to be True when AllowedOutboundDataTransferDestinations is set to ManagedApps.
    ///
    /// CSDL: property `disableProtectionOfManagedOutboundOpenInData`: `Edm.Boolean`, not nullable.
    pub disable_protection_of_managed_outbound_open_in_data: rt::Field<bool>,
    /// Apps in this list will be exempt from the policy and will be able to receive data from managed apps.
    ///
    /// CSDL: property `exemptedAppProtocols`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub exempted_app_protocols: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Indicates whether use of the FaceID is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `faceIdBlocked`: `Edm.Boolean`, not nullable.
    pub face_id_blocked: rt::Field<bool>,
    /// Defines if open-in operation is supported from the managed app to the filesharing locations selected. This setting only applies when AllowedOutboundDataTransferDestinations is set to ManagedApps and DisableProtectionOfManagedOutboundOpenInData is set to False.
    ///
    /// CSDL: property `filterOpenInToOnlyManagedApps`: `Edm.Boolean`, not nullable.
    pub filter_open_in_to_only_managed_apps: rt::Field<bool>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredSdkVersion`: `Edm.String`, nullable.
    pub minimum_required_sdk_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWipeSdkVersion`: `Edm.String`, nullable.
    pub minimum_wipe_sdk_version: rt::Field<::std::string::String>,
    /// Protect incoming data from unknown source. This setting is only allowed to be True when AllowedInboundDataTransferSources is set to AllApps.
    ///
    /// CSDL: property `protectInboundDataFromUnknownSources`: `Edm.Boolean`, not nullable.
    pub protect_inbound_data_from_unknown_sources: rt::Field<bool>,
    /// Defines if third party keyboards are allowed while accessing a managed app
    ///
    /// CSDL: property `thirdPartyKeyboardsBlocked`: `Edm.Boolean`, not nullable.
    pub third_party_keyboards_blocked: rt::Field<bool>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::ManagedMobileApp>>,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::beta::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for IosManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_ingestion_locations: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_exception_length: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            app_action_if_device_compliance_required: rt::Field::Absent,
            app_action_if_maximum_pin_retries_exceeded: rt::Field::Absent,
            app_action_if_unable_to_authenticate_user: rt::Field::Absent,
            block_data_ingestion_into_organization_documents: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            dialer_restriction_level: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_allowed_device_threat_level: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            maximum_required_os_version: rt::Field::Absent,
            maximum_warning_os_version: rt::Field::Absent,
            maximum_wipe_os_version: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            minimum_wipe_app_version: rt::Field::Absent,
            minimum_wipe_os_version: rt::Field::Absent,
            mobile_threat_defense_remediation_action: rt::Field::Absent,
            notification_restriction: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            pin_required_instead_of_biometric_timeout: rt::Field::Absent,
            previous_pin_block_count: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            targeted_app_management_levels: rt::Field::Absent,
            assignments: rt::Field::Absent,
            allowed_ios_device_models: rt::Field::Absent,
            app_action_if_ios_device_model_not_allowed: rt::Field::Absent,
            app_data_encryption_type: rt::Field::Absent,
            custom_browser_protocol: rt::Field::Absent,
            custom_dialer_app_protocol: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            disable_protection_of_managed_outbound_open_in_data: rt::Field::Absent,
            exempted_app_protocols: rt::Field::Absent,
            face_id_blocked: rt::Field::Absent,
            filter_open_in_to_only_managed_apps: rt::Field::Absent,
            minimum_required_sdk_version: rt::Field::Absent,
            minimum_wipe_sdk_version: rt::Field::Absent,
            protect_inbound_data_from_unknown_sources: rt::Field::Absent,
            third_party_keyboards_blocked: rt::Field::Absent,
            apps: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for IosManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.iosManagedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "allowedDataIngestionLocations",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingExceptionLength",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "appActionIfDeviceComplianceRequired",
        "appActionIfMaximumPinRetriesExceeded",
        "appActionIfUnableToAuthenticateUser",
        "blockDataIngestionIntoOrganizationDocuments",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "dialerRestrictionLevel",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumAllowedDeviceThreatLevel",
        "maximumPinRetries",
        "maximumRequiredOsVersion",
        "maximumWarningOsVersion",
        "maximumWipeOsVersion",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "minimumWipeAppVersion",
        "minimumWipeOsVersion",
        "mobileThreatDefenseRemediationAction",
        "notificationRestriction",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "pinRequiredInsteadOfBiometricTimeout",
        "previousPinBlockCount",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
        "isAssigned",
        "targetedAppManagementLevels",
        "assignments",
        "allowedIosDeviceModels",
        "appActionIfIosDeviceModelNotAllowed",
        "appDataEncryptionType",
        "customBrowserProtocol",
        "customDialerAppProtocol",
        "deployedAppCount",
        "disableProtectionOfManagedOutboundOpenInData",
        "exemptedAppProtocols",
        "faceIdBlocked",
        "filterOpenInToOnlyManagedApps",
        "minimumRequiredSdkVersion",
        "minimumWipeSdkVersion",
        "protectInboundDataFromUnknownSources",
        "thirdPartyKeyboardsBlocked",
        "apps",
        "deploymentSummary",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"allowedDataIngestionLocations\":",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingExceptionLength\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"appActionIfDeviceComplianceRequired\":",
        ",\"appActionIfMaximumPinRetriesExceeded\":",
        ",\"appActionIfUnableToAuthenticateUser\":",
        ",\"blockDataIngestionIntoOrganizationDocuments\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"dialerRestrictionLevel\":       ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumAllowedDeviceThreatLevel\":",
        ",\"maximumPinRetries\":            ",
        ",\"maximumRequiredOsVersion\":     ",
        ",\"maximumWarningOsVersion\":      ",
        ",\"maximumWipeOsVersion\":         ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"minimumWipeAppVersion\":        ",
        ",\"minimumWipeOsVersion\":         ",
        ",\"mobileThreatDefenseRemediationAction\":",
        ",\"notificationRestriction\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"pinRequiredInsteadOfBiometricTimeout\":",
        ",\"previousPinBlockCount\":        ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
        ",\"isAssigned\":                   ",
        ",\"targetedAppManagementLevels\":  ",
        ",\"assignments\":                  ",
        ",\"allowedIosDeviceModels\":       ",
        ",\"appActionIfIosDeviceModelNotAllowed\":",
        ",\"appDataEncryptionType\":        ",
        ",\"customBrowserProtocol\":        ",
        ",\"customDialerAppProtocol\":      ",
        ",\"deployedAppCount\":             ",
        ",\"disableProtectionOfManagedOutboundOpenInData\":",
        ",\"exemptedAppProtocols\":         ",
        ",\"faceIdBlocked\":                ",
        ",\"filterOpenInToOnlyManagedApps\":",
        ",\"minimumRequiredSdkVersion\":    ",
        ",\"minimumWipeSdkVersion\":        ",
        ",\"protectInboundDataFromUnknownSources\":",
        ",\"thirdPartyKeyboardsBlocked\":   ",
        ",\"apps\":                         ",
        ",\"deploymentSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosManagedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(
            7usize,
            "allowed_data_ingestion_locations",
            &self.allowed_data_ingestion_locations,
        );
        v.field(
            8usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            9usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            10usize,
            "allowed_outbound_clipboard_sharing_exception_length",
            &self.allowed_outbound_clipboard_sharing_exception_length,
        );
        v.field(
            11usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            12usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(
            13usize,
            "app_action_if_device_compliance_required",
            &self.app_action_if_device_compliance_required,
        );
        v.field(
            14usize,
            "app_action_if_maximum_pin_retries_exceeded",
            &self.app_action_if_maximum_pin_retries_exceeded,
        );
        v.field(
            15usize,
            "app_action_if_unable_to_authenticate_user",
            &self.app_action_if_unable_to_authenticate_user,
        );
        v.field(
            16usize,
            "block_data_ingestion_into_organization_documents",
            &self.block_data_ingestion_into_organization_documents,
        );
        v.field(17usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(18usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(19usize, "device_compliance_required", &self.device_compliance_required);
        v.field(20usize, "dialer_restriction_level", &self.dialer_restriction_level);
        v.field(
            21usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(22usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(23usize, "managed_browser", &self.managed_browser);
        v.field(
            24usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(
            25usize,
            "maximum_allowed_device_threat_level",
            &self.maximum_allowed_device_threat_level,
        );
        v.field(26usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(
            27usize,
            "maximum_required_os_version",
            &self.maximum_required_os_version,
        );
        v.field(28usize, "maximum_warning_os_version", &self.maximum_warning_os_version);
        v.field(29usize, "maximum_wipe_os_version", &self.maximum_wipe_os_version);
        v.field(30usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            31usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            32usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            33usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(34usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(35usize, "minimum_wipe_app_version", &self.minimum_wipe_app_version);
        v.field(36usize, "minimum_wipe_os_version", &self.minimum_wipe_os_version);
        v.field(
            37usize,
            "mobile_threat_defense_remediation_action",
            &self.mobile_threat_defense_remediation_action,
        );
        v.field(38usize, "notification_restriction", &self.notification_restriction);
        v.field(
            39usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(40usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            41usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            42usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            43usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(44usize, "pin_character_set", &self.pin_character_set);
        v.field(45usize, "pin_required", &self.pin_required);
        v.field(
            46usize,
            "pin_required_instead_of_biometric_timeout",
            &self.pin_required_instead_of_biometric_timeout,
        );
        v.field(47usize, "previous_pin_block_count", &self.previous_pin_block_count);
        v.field(48usize, "print_blocked", &self.print_blocked);
        v.field(49usize, "save_as_blocked", &self.save_as_blocked);
        v.field(50usize, "simple_pin_blocked", &self.simple_pin_blocked);
        v.field(51usize, "is_assigned", &self.is_assigned);
        v.field(
            52usize,
            "targeted_app_management_levels",
            &self.targeted_app_management_levels,
        );
        v.field(53usize, "assignments", &self.assignments);
        v.field(54usize, "allowed_ios_device_models", &self.allowed_ios_device_models);
        v.field(
            55usize,
            "app_action_if_ios_device_model_not_allowed",
            &self.app_action_if_ios_device_model_not_allowed,
        );
        v.field(56usize, "app_data_encryption_type", &self.app_data_encryption_type);
        v.field(57usize, "custom_browser_protocol", &self.custom_browser_protocol);
        v.field(58usize, "custom_dialer_app_protocol", &self.custom_dialer_app_protocol);
        v.field(59usize, "deployed_app_count", &self.deployed_app_count);
        v.field(
            60usize,
            "disable_protection_of_managed_outbound_open_in_data",
            &self.disable_protection_of_managed_outbound_open_in_data,
        );
        v.field(61usize, "exempted_app_protocols", &self.exempted_app_protocols);
        v.field(62usize, "face_id_blocked", &self.face_id_blocked);
        v.field(
            63usize,
            "filter_open_in_to_only_managed_apps",
            &self.filter_open_in_to_only_managed_apps,
        );
        v.field(
            64usize,
            "minimum_required_sdk_version",
            &self.minimum_required_sdk_version,
        );
        v.field(65usize, "minimum_wipe_sdk_version", &self.minimum_wipe_sdk_version);
        v.field(
            66usize,
            "protect_inbound_data_from_unknown_sources",
            &self.protect_inbound_data_from_unknown_sources,
        );
        v.field(
            67usize,
            "third_party_keyboards_blocked",
            &self.third_party_keyboards_blocked,
        );
        v.field(68usize, "apps", &self.apps);
        v.field(69usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for IosManagedAppProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.allowed_data_ingestion_locations.read_from(r),
            8usize => self.allowed_data_storage_locations.read_from(r),
            9usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            10usize => {
                self.allowed_outbound_clipboard_sharing_exception_length.read_from(r)
            }
            11usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            12usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            13usize => self.app_action_if_device_compliance_required.read_from(r),
            14usize => self.app_action_if_maximum_pin_retries_exceeded.read_from(r),
            15usize => self.app_action_if_unable_to_authenticate_user.read_from(r),
            16usize => self.block_data_ingestion_into_organization_documents.read_from(r),
            17usize => self.contact_sync_blocked.read_from(r),
            18usize => self.data_backup_blocked.read_from(r),
            19usize => self.device_compliance_required.read_from(r),
            20usize => self.dialer_restriction_level.read_from(r),
            21usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            22usize => self.fingerprint_blocked.read_from(r),
            23usize => self.managed_browser.read_from(r),
            24usize => self.managed_browser_to_open_links_required.read_from(r),
            25usize => self.maximum_allowed_device_threat_level.read_from(r),
            26usize => self.maximum_pin_retries.read_from(r),
            27usize => self.maximum_required_os_version.read_from(r),
            28usize => self.maximum_warning_os_version.read_from(r),
            29usize => self.maximum_wipe_os_version.read_from(r),
            30usize => self.minimum_pin_length.read_from(r),
            31usize => self.minimum_required_app_version.read_from(r),
            32usize => self.minimum_required_os_version.read_from(r),
            33usize => self.minimum_warning_app_version.read_from(r),
            34usize => self.minimum_warning_os_version.read_from(r),
            35usize => self.minimum_wipe_app_version.read_from(r),
            36usize => self.minimum_wipe_os_version.read_from(r),
            37usize => self.mobile_threat_defense_remediation_action.read_from(r),
            38usize => self.notification_restriction.read_from(r),
            39usize => self.organizational_credentials_required.read_from(r),
            40usize => self.period_before_pin_reset.read_from(r),
            41usize => self.period_offline_before_access_check.read_from(r),
            42usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            43usize => self.period_online_before_access_check.read_from(r),
            44usize => self.pin_character_set.read_from(r),
            45usize => self.pin_required.read_from(r),
            46usize => self.pin_required_instead_of_biometric_timeout.read_from(r),
            47usize => self.previous_pin_block_count.read_from(r),
            48usize => self.print_blocked.read_from(r),
            49usize => self.save_as_blocked.read_from(r),
            50usize => self.simple_pin_blocked.read_from(r),
            51usize => self.is_assigned.read_from(r),
            52usize => self.targeted_app_management_levels.read_from(r),
            53usize => self.assignments.read_from(r),
            54usize => self.allowed_ios_device_models.read_from(r),
            55usize => self.app_action_if_ios_device_model_not_allowed.read_from(r),
            56usize => self.app_data_encryption_type.read_from(r),
            57usize => self.custom_browser_protocol.read_from(r),
            58usize => self.custom_dialer_app_protocol.read_from(r),
            59usize => self.deployed_app_count.read_from(r),
            60usize => {
                self.disable_protection_of_managed_outbound_open_in_data.read_from(r)
            }
            61usize => self.exempted_app_protocols.read_from(r),
            62usize => self.face_id_blocked.read_from(r),
            63usize => self.filter_open_in_to_only_managed_apps.read_from(r),
            64usize => self.minimum_required_sdk_version.read_from(r),
            65usize => self.minimum_wipe_sdk_version.read_from(r),
            66usize => self.protect_inbound_data_from_unknown_sources.read_from(r),
            67usize => self.third_party_keyboards_blocked.read_from(r),
            68usize => self.apps.read_from(r),
            69usize => self.deployment_summary.read_from(r),
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
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.allowed_data_ingestion_locations);
        w.field(8usize, &self.allowed_data_storage_locations);
        w.field(9usize, &self.allowed_inbound_data_transfer_sources);
        w.field(10usize, &self.allowed_outbound_clipboard_sharing_exception_length);
        w.field(11usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(12usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(13usize, &self.app_action_if_device_compliance_required);
        w.field(14usize, &self.app_action_if_maximum_pin_retries_exceeded);
        w.field(15usize, &self.app_action_if_unable_to_authenticate_user);
        w.field(16usize, &self.block_data_ingestion_into_organization_documents);
        w.field(17usize, &self.contact_sync_blocked);
        w.field(18usize, &self.data_backup_blocked);
        w.field(19usize, &self.device_compliance_required);
        w.field(20usize, &self.dialer_restriction_level);
        w.field(21usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(22usize, &self.fingerprint_blocked);
        w.field(23usize, &self.managed_browser);
        w.field(24usize, &self.managed_browser_to_open_links_required);
        w.field(25usize, &self.maximum_allowed_device_threat_level);
        w.field(26usize, &self.maximum_pin_retries);
        w.field(27usize, &self.maximum_required_os_version);
        w.field(28usize, &self.maximum_warning_os_version);
        w.field(29usize, &self.maximum_wipe_os_version);
        w.field(30usize, &self.minimum_pin_length);
        w.field(31usize, &self.minimum_required_app_version);
        w.field(32usize, &self.minimum_required_os_version);
        w.field(33usize, &self.minimum_warning_app_version);
        w.field(34usize, &self.minimum_warning_os_version);
        w.field(35usize, &self.minimum_wipe_app_version);
        w.field(36usize, &self.minimum_wipe_os_version);
        w.field(37usize, &self.mobile_threat_defense_remediation_action);
        w.field(38usize, &self.notification_restriction);
        w.field(39usize, &self.organizational_credentials_required);
        w.field(40usize, &self.period_before_pin_reset);
        w.field(41usize, &self.period_offline_before_access_check);
        w.field(42usize, &self.period_offline_before_wipe_is_enforced);
        w.field(43usize, &self.period_online_before_access_check);
        w.field(44usize, &self.pin_character_set);
        w.field(45usize, &self.pin_required);
        w.field(46usize, &self.pin_required_instead_of_biometric_timeout);
        w.field(47usize, &self.previous_pin_block_count);
        w.field(48usize, &self.print_blocked);
        w.field(49usize, &self.save_as_blocked);
        w.field(50usize, &self.simple_pin_blocked);
        w.field(51usize, &self.is_assigned);
        w.field(52usize, &self.targeted_app_management_levels);
        w.field(53usize, &self.assignments);
        w.field(54usize, &self.allowed_ios_device_models);
        w.field(55usize, &self.app_action_if_ios_device_model_not_allowed);
        w.field(56usize, &self.app_data_encryption_type);
        w.field(57usize, &self.custom_browser_protocol);
        w.field(58usize, &self.custom_dialer_app_protocol);
        w.field(59usize, &self.deployed_app_count);
        w.field(60usize, &self.disable_protection_of_managed_outbound_open_in_data);
        w.field(61usize, &self.exempted_app_protocols);
        w.field(62usize, &self.face_id_blocked);
        w.field(63usize, &self.filter_open_in_to_only_managed_apps);
        w.field(64usize, &self.minimum_required_sdk_version);
        w.field(65usize, &self.minimum_wipe_sdk_version);
        w.field(66usize, &self.protect_inbound_data_from_unknown_sources);
        w.field(67usize, &self.third_party_keyboards_blocked);
        w.field(68usize, &self.apps);
        w.field(69usize, &self.deployment_summary);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(IosManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    IosManagedAppProtection { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : ::std::string::String;
    with_allowed_data_ingestion_locations allowed_data_ingestion_locations :
    ::std::vec::Vec < crate ::beta::ManagedAppDataIngestionLocation >;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::beta::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::beta::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_exception_length
    allowed_outbound_clipboard_sharing_exception_length : i32;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::beta::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::beta::ManagedAppDataTransferLevel; with_app_action_if_device_compliance_required
    app_action_if_device_compliance_required : crate ::beta::ManagedAppRemediationAction;
    with_app_action_if_maximum_pin_retries_exceeded
    app_action_if_maximum_pin_retries_exceeded : crate
    ::beta::ManagedAppRemediationAction; with_app_action_if_unable_to_authenticate_user
    app_action_if_unable_to_authenticate_user : crate
    ::beta::ManagedAppRemediationAction;
    with_block_data_ingestion_into_organization_documents
    block_data_ingestion_into_organization_documents : bool; with_contact_sync_blocked
    contact_sync_blocked : bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_dialer_restriction_level dialer_restriction_level : crate
    ::beta::ManagedAppPhoneNumberRedirectLevel; with_disable_app_pin_if_device_pin_is_set
    disable_app_pin_if_device_pin_is_set : bool; with_fingerprint_blocked
    fingerprint_blocked : bool; with_managed_browser managed_browser : rt::Flags < crate
    ::beta::ManagedBrowserType >; with_managed_browser_to_open_links_required
    managed_browser_to_open_links_required : bool;
    with_maximum_allowed_device_threat_level maximum_allowed_device_threat_level : crate
    ::beta::ManagedAppDeviceThreatLevel; with_maximum_pin_retries maximum_pin_retries :
    i32; with_maximum_required_os_version maximum_required_os_version :
    ::std::string::String; with_maximum_warning_os_version maximum_warning_os_version :
    ::std::string::String; with_maximum_wipe_os_version maximum_wipe_os_version :
    ::std::string::String; with_minimum_pin_length minimum_pin_length : i32;
    with_minimum_required_app_version minimum_required_app_version :
    ::std::string::String; with_minimum_required_os_version minimum_required_os_version :
    ::std::string::String; with_minimum_warning_app_version minimum_warning_app_version :
    ::std::string::String; with_minimum_warning_os_version minimum_warning_os_version :
    ::std::string::String; with_minimum_wipe_app_version minimum_wipe_app_version :
    ::std::string::String; with_minimum_wipe_os_version minimum_wipe_os_version :
    ::std::string::String; with_mobile_threat_defense_remediation_action
    mobile_threat_defense_remediation_action : crate ::beta::ManagedAppRemediationAction;
    with_notification_restriction notification_restriction : crate
    ::beta::ManagedAppNotificationRestriction; with_organizational_credentials_required
    organizational_credentials_required : bool; with_period_before_pin_reset
    period_before_pin_reset : rt::edm::Duration; with_period_offline_before_access_check
    period_offline_before_access_check : rt::edm::Duration;
    with_period_offline_before_wipe_is_enforced period_offline_before_wipe_is_enforced :
    rt::edm::Duration; with_period_online_before_access_check
    period_online_before_access_check : rt::edm::Duration; with_pin_character_set
    pin_character_set : crate ::beta::ManagedAppPinCharacterSet; with_pin_required
    pin_required : bool; with_pin_required_instead_of_biometric_timeout
    pin_required_instead_of_biometric_timeout : rt::edm::Duration;
    with_previous_pin_block_count previous_pin_block_count : i32; with_print_blocked
    print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; with_is_assigned is_assigned :
    bool; with_targeted_app_management_levels targeted_app_management_levels : rt::Flags
    < crate ::beta::AppManagementLevel >; with_assignments assignments : ::std::vec::Vec
    < crate ::beta::TargetedManagedAppPolicyAssignment >; with_allowed_ios_device_models
    allowed_ios_device_models : ::std::string::String;
    with_app_action_if_ios_device_model_not_allowed
    app_action_if_ios_device_model_not_allowed : crate
    ::beta::ManagedAppRemediationAction; with_app_data_encryption_type
    app_data_encryption_type : crate ::beta::ManagedAppDataEncryptionType;
    with_custom_browser_protocol custom_browser_protocol : ::std::string::String;
    with_custom_dialer_app_protocol custom_dialer_app_protocol : ::std::string::String;
    with_deployed_app_count deployed_app_count : i32;
    with_disable_protection_of_managed_outbound_open_in_data
    disable_protection_of_managed_outbound_open_in_data : bool;
    with_exempted_app_protocols exempted_app_protocols : ::std::vec::Vec < crate
    ::beta::KeyValuePair >; with_face_id_blocked face_id_blocked : bool;
    with_filter_open_in_to_only_managed_apps filter_open_in_to_only_managed_apps : bool;
    with_minimum_required_sdk_version minimum_required_sdk_version :
    ::std::string::String; with_minimum_wipe_sdk_version minimum_wipe_sdk_version :
    ::std::string::String; with_protect_inbound_data_from_unknown_sources
    protect_inbound_data_from_unknown_sources : bool; with_third_party_keyboards_blocked
    third_party_keyboards_blocked : bool; with_apps apps : ::std::vec::Vec < crate
    ::beta::ManagedMobileApp >; with_deployment_summary deployment_summary : crate
    ::beta::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosManagedAppProtection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Represents the synchronization details of an ios app, with management capabilities, for a specific user.
///
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization.
///
/// CSDL: `microsoft.graph.iosManagedAppRegistration`, entity type, derived from `microsoft.graph.managedAppRegistration`, key `id`.
///
/// Request builders: [`ManagedAppRegistrationPath`](requests/trait.ManagedAppRegistrationPath.html), what a path to one (`EntityPath<IosManagedAppRegistration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosManagedAppRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app package Identifier
    ///
    /// CSDL: property `appIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub app_identifier: rt::Field<crate::beta::AnyMobileAppIdentifier>,
    /// App version
    ///
    /// CSDL: property `applicationVersion`: `Edm.String`, nullable.
    pub application_version: rt::Field<::std::string::String>,
    /// The Azure Active Directory Device identifier of the host device. Value could be empty even when the host device is Azure Active Directory registered.
    ///
    /// CSDL: property `azureADDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// Date and time of creation
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The device manufacturer for the current app registration
    ///
    /// CSDL: property `deviceManufacturer`: `Edm.String`, nullable.
    pub device_manufacturer: rt::Field<::std::string::String>,
    /// The device model for the current app registration
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Host device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// App management SDK generated tag, which helps relate apps hosted on the same device. Not guaranteed to relate apps in all conditions.
    ///
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Host device type
    ///
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// Zero or more reasons an app registration is flagged. E.g. app running on rooted device
    ///
    /// CSDL: property `flaggedReasons`: `Collection(microsoft.graph.managedAppFlaggedReason)`, not nullable.
    pub flagged_reasons: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppFlaggedReason>,
    >,
    /// Date and time of last the app synced with management service.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Managed Device identifier of the host device. Value could be empty even when the host device is managed.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// App management SDK version
    ///
    /// CSDL: property `managementSdkVersion`: `Edm.String`, nullable.
    pub management_sdk_version: rt::Field<::std::string::String>,
    /// Operating System version
    ///
    /// CSDL: property `platformVersion`: `Edm.String`, nullable.
    pub platform_version: rt::Field<::std::string::String>,
    /// The user Id to who this app registration belongs.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Zero or more policys already applied on the registered app when it last synchronized with managment service.
    ///
    /// CSDL: containment navigation property `appliedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub applied_policies: rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>>,
    /// Zero or more policies admin intended for the app as of now.
    ///
    /// CSDL: containment navigation property `intendedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub intended_policies: rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>>,
    /// Zero or more long running operations triggered on the app registration.
    ///
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.managedAppOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::ManagedAppOperation>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            application_version: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_manufacturer: rt::Field::Absent,
            device_model: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            device_type: rt::Field::Absent,
            flagged_reasons: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            management_sdk_version: rt::Field::Absent,
            platform_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            version: rt::Field::Absent,
            applied_policies: rt::Field::Absent,
            intended_policies: rt::Field::Absent,
            operations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosManagedAppRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appIdentifier",
        "applicationVersion",
        "azureADDeviceId",
        "createdDateTime",
        "deviceManufacturer",
        "deviceModel",
        "deviceName",
        "deviceTag",
        "deviceType",
        "flaggedReasons",
        "lastSyncDateTime",
        "managedDeviceId",
        "managementSdkVersion",
        "platformVersion",
        "userId",
        "version",
        "appliedPolicies",
        "intendedPolicies",
        "operations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appIdentifier\":                ",
        ",\"applicationVersion\":           ",
        ",\"azureADDeviceId\":              ",
        ",\"createdDateTime\":              ",
        ",\"deviceManufacturer\":           ",
        ",\"deviceModel\":                  ",
        ",\"deviceName\":                   ",
        ",\"deviceTag\":                    ",
        ",\"deviceType\":                   ",
        ",\"flaggedReasons\":               ",
        ",\"lastSyncDateTime\":             ",
        ",\"managedDeviceId\":              ",
        ",\"managementSdkVersion\":         ",
        ",\"platformVersion\":              ",
        ",\"userId\":                       ",
        ",\"version\":                      ",
        ",\"appliedPolicies\":              ",
        ",\"intendedPolicies\":             ",
        ",\"operations\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosManagedAppRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_identifier", &self.app_identifier);
        v.field(2usize, "application_version", &self.application_version);
        v.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "device_manufacturer", &self.device_manufacturer);
        v.field(6usize, "device_model", &self.device_model);
        v.field(7usize, "device_name", &self.device_name);
        v.field(8usize, "device_tag", &self.device_tag);
        v.field(9usize, "device_type", &self.device_type);
        v.field(10usize, "flagged_reasons", &self.flagged_reasons);
        v.field(11usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(12usize, "managed_device_id", &self.managed_device_id);
        v.field(13usize, "management_sdk_version", &self.management_sdk_version);
        v.field(14usize, "platform_version", &self.platform_version);
        v.field(15usize, "user_id", &self.user_id);
        v.field(16usize, "version", &self.version);
        v.field(17usize, "applied_policies", &self.applied_policies);
        v.field(18usize, "intended_policies", &self.intended_policies);
        v.field(19usize, "operations", &self.operations);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosManagedAppRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_identifier.read_from(r),
            2usize => self.application_version.read_from(r),
            3usize => self.azure_ad_device_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.device_manufacturer.read_from(r),
            6usize => self.device_model.read_from(r),
            7usize => self.device_name.read_from(r),
            8usize => self.device_tag.read_from(r),
            9usize => self.device_type.read_from(r),
            10usize => self.flagged_reasons.read_from(r),
            11usize => self.last_sync_date_time.read_from(r),
            12usize => self.managed_device_id.read_from(r),
            13usize => self.management_sdk_version.read_from(r),
            14usize => self.platform_version.read_from(r),
            15usize => self.user_id.read_from(r),
            16usize => self.version.read_from(r),
            17usize => self.applied_policies.read_from(r),
            18usize => self.intended_policies.read_from(r),
            19usize => self.operations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_identifier);
        w.field(2usize, &self.application_version);
        w.field(3usize, &self.azure_ad_device_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.device_manufacturer);
        w.field(6usize, &self.device_model);
        w.field(7usize, &self.device_name);
        w.field(8usize, &self.device_tag);
        w.field(9usize, &self.device_type);
        w.field(10usize, &self.flagged_reasons);
        w.field(11usize, &self.last_sync_date_time);
        w.field(12usize, &self.managed_device_id);
        w.field(13usize, &self.management_sdk_version);
        w.field(14usize, &self.platform_version);
        w.field(15usize, &self.user_id);
        w.field(16usize, &self.version);
        w.field(17usize, &self.applied_policies);
        w.field(18usize, &self.intended_policies);
        w.field(19usize, &self.operations);
    }
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
rt::impl_object!(IosManagedAppRegistration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosManagedAppRegistration { with_id id : ::std::string::String; with_app_identifier
    app_identifier : crate ::beta::AnyMobileAppIdentifier; with_application_version
    application_version : ::std::string::String; with_azure_ad_device_id
    azure_ad_device_id : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_device_manufacturer device_manufacturer :
    ::std::string::String; with_device_model device_model : ::std::string::String;
    with_device_name device_name : ::std::string::String; with_device_tag device_tag :
    ::std::string::String; with_device_type device_type : ::std::string::String;
    with_flagged_reasons flagged_reasons : ::std::vec::Vec < crate
    ::beta::ManagedAppFlaggedReason >; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_managed_device_id managed_device_id :
    ::std::string::String; with_management_sdk_version management_sdk_version :
    ::std::string::String; with_platform_version platform_version :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_version
    version : ::std::string::String; with_applied_policies applied_policies :
    ::std::vec::Vec < crate ::beta::AnyManagedAppPolicy >; with_intended_policies
    intended_policies : ::std::vec::Vec < crate ::beta::AnyManagedAppPolicy >;
    with_operations operations : ::std::vec::Vec < crate ::beta::ManagedAppOperation >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosManagedAppRegistration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties of the minimum operating system required for an iOS mobile app.
///
/// CSDL: `microsoft.graph.iosMinimumOperatingSystem`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosMinimumOperatingSystem {
    /// Version 10.0 or later.
    ///
    /// CSDL: property `v10_0`: `Edm.Boolean`, not nullable.
    pub v10_0: rt::Field<bool>,
    /// Version 11.0 or later.
    ///
    /// CSDL: property `v11_0`: `Edm.Boolean`, not nullable.
    pub v11_0: rt::Field<bool>,
    /// Version 12.0 or later.
    ///
    /// CSDL: property `v12_0`: `Edm.Boolean`, not nullable.
    pub v12_0: rt::Field<bool>,
    /// Version 13.0 or later.
    ///
    /// CSDL: property `v13_0`: `Edm.Boolean`, not nullable.
    pub v13_0: rt::Field<bool>,
    /// Version 14.0 or later.
    ///
    /// CSDL: property `v14_0`: `Edm.Boolean`, not nullable.
    pub v14_0: rt::Field<bool>,
    /// Version 8.0 or later.
    ///
    /// CSDL: property `v8_0`: `Edm.Boolean`, not nullable.
    pub v8_0: rt::Field<bool>,
    /// Version 9.0 or later.
    ///
    /// CSDL: property `v9_0`: `Edm.Boolean`, not nullable.
    pub v9_0: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_0: rt::Field::Absent,
            v11_0: rt::Field::Absent,
            v12_0: rt::Field::Absent,
            v13_0: rt::Field::Absent,
            v14_0: rt::Field::Absent,
            v8_0: rt::Field::Absent,
            v9_0: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.iosMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_0",
        "v11_0",
        "v12_0",
        "v13_0",
        "v14_0",
        "v8_0",
        "v9_0",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_0\":                        ",
        ",\"v11_0\":                        ",
        ",\"v12_0\":                        ",
        ",\"v13_0\":                        ",
        ",\"v14_0\":                        ",
        ",\"v8_0\":                         ",
        ",\"v9_0\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_0", &self.v10_0);
        v.field(1usize, "v11_0", &self.v11_0);
        v.field(2usize, "v12_0", &self.v12_0);
        v.field(3usize, "v13_0", &self.v13_0);
        v.field(4usize, "v14_0", &self.v14_0);
        v.field(5usize, "v8_0", &self.v8_0);
        v.field(6usize, "v9_0", &self.v9_0);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_0.read_from(r),
            1usize => self.v11_0.read_from(r),
            2usize => self.v12_0.read_from(r),
            3usize => self.v13_0.read_from(r),
            4usize => self.v14_0.read_from(r),
            5usize => self.v8_0.read_from(r),
            6usize => self.v9_0.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_0);
        w.field(1usize, &self.v11_0);
        w.field(2usize, &self.v12_0);
        w.field(3usize, &self.v13_0);
        w.field(4usize, &self.v14_0);
        w.field(5usize, &self.v8_0);
        w.field(6usize, &self.v9_0);
    }
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
rt::impl_object!(IosMinimumOperatingSystem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosMinimumOperatingSystem { with_v10_0 v10_0 : bool; with_v11_0 v11_0 : bool;
    with_v12_0 v12_0 : bool; with_v13_0 v13_0 : bool; with_v14_0 v14_0 : bool; with_v8_0
    v8_0 : bool; with_v9_0 v9_0 : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosMinimumOperatingSystem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties, inherited properties and actions for iOS mobile app configurations.
///
/// CSDL: `microsoft.graph.iosMobileAppConfiguration`, entity type, derived from `microsoft.graph.managedDeviceMobileAppConfiguration`, key `id`.
///
/// Request builders: [`ManagedDeviceMobileAppConfigurationPath`](requests/trait.ManagedDeviceMobileAppConfigurationPath.html), what a path to one (`EntityPath<IosMobileAppConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosMobileAppConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Admin provided description of the Device Configuration.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this App configuration entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// the associated app.
    ///
    /// CSDL: property `targetedMobileApps`: `Collection(Edm.String)`, nullable.
    pub targeted_mobile_apps: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of group assignemenets for app configration.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    >,
    /// List of ManagedDeviceMobileAppConfigurationDeviceStatus.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    >,
    /// App configuration device status summary.
    ///
    /// CSDL: containment navigation property `deviceStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`, nullable.
    pub device_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >,
    /// List of ManagedDeviceMobileAppConfigurationUserStatus.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    >,
    /// App configuration user status summary.
    ///
    /// CSDL: containment navigation property `userStatusSummary`: `microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`, nullable.
    pub user_status_summary: rt::Field<
        crate::beta::ManagedDeviceMobileAppConfigurationUserSummary,
    >,
    /// mdm app configuration Base64 binary.
    ///
    /// CSDL: property `encodedSettingXml`: `Edm.Binary`, nullable.
    pub encoded_setting_xml: rt::Field<rt::edm::Binary>,
    /// app configuration setting items.
    ///
    /// CSDL: property `settings`: `Collection(microsoft.graph.appConfigurationSettingItem)`, nullable.
    pub settings: rt::Field<::std::vec::Vec<crate::beta::AppConfigurationSettingItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosMobileAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            targeted_mobile_apps: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_summary: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_summary: rt::Field::Absent,
            encoded_setting_xml: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosMobileAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.iosMobileAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "targetedMobileApps",
        "version",
        "assignments",
        "deviceStatuses",
        "deviceStatusSummary",
        "userStatuses",
        "userStatusSummary",
        "encodedSettingXml",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"targetedMobileApps\":           ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusSummary\":          ",
        ",\"userStatuses\":                 ",
        ",\"userStatusSummary\":            ",
        ",\"encodedSettingXml\":            ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosMobileAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "targeted_mobile_apps", &self.targeted_mobile_apps);
        v.field(7usize, "version", &self.version);
        v.field(8usize, "assignments", &self.assignments);
        v.field(9usize, "device_statuses", &self.device_statuses);
        v.field(10usize, "device_status_summary", &self.device_status_summary);
        v.field(11usize, "user_statuses", &self.user_statuses);
        v.field(12usize, "user_status_summary", &self.user_status_summary);
        v.field(13usize, "encoded_setting_xml", &self.encoded_setting_xml);
        v.field(14usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosMobileAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.targeted_mobile_apps.read_from(r),
            7usize => self.version.read_from(r),
            8usize => self.assignments.read_from(r),
            9usize => self.device_statuses.read_from(r),
            10usize => self.device_status_summary.read_from(r),
            11usize => self.user_statuses.read_from(r),
            12usize => self.user_status_summary.read_from(r),
            13usize => self.encoded_setting_xml.read_from(r),
            14usize => self.settings.read_from(r),
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
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.targeted_mobile_apps);
        w.field(7usize, &self.version);
        w.field(8usize, &self.assignments);
        w.field(9usize, &self.device_statuses);
        w.field(10usize, &self.device_status_summary);
        w.field(11usize, &self.user_statuses);
        w.field(12usize, &self.user_status_summary);
        w.field(13usize, &self.encoded_setting_xml);
        w.field(14usize, &self.settings);
    }
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
rt::impl_object!(IosMobileAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosMobileAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_targeted_mobile_apps targeted_mobile_apps :
    ::std::vec::Vec < ::std::string::String >; with_version version : i32;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationAssignment >; with_device_statuses
    device_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceStatus >; with_device_status_summary
    device_status_summary : crate
    ::beta::ManagedDeviceMobileAppConfigurationDeviceSummary; with_user_statuses
    user_statuses : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationUserStatus >; with_user_status_summary
    user_status_summary : crate ::beta::ManagedDeviceMobileAppConfigurationUserSummary;
    with_encoded_setting_xml encoded_setting_xml : rt::edm::Binary; with_settings
    settings : ::std::vec::Vec < crate ::beta::AppConfigurationSettingItem >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosMobileAppConfiguration);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The identifier for an iOS app.
///
/// CSDL: `microsoft.graph.iosMobileAppIdentifier`, complex type, derived from `microsoft.graph.mobileAppIdentifier`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IosMobileAppIdentifier {
    /// The identifier for an app, as specified in the app store.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for IosMobileAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for IosMobileAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.iosMobileAppIdentifier";
    const KEYS: &'static [&'static str] = &["bundleId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"bundleId\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.iosMobileAppIdentifier\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bundle_id", &self.bundle_id);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for IosMobileAppIdentifier {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(IosMobileAppIdentifier);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    IosMobileAppIdentifier { with_bundle_id bundle_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosMobileAppIdentifier);
#[cfg(msgraph_beta_device_management_or_search)]
/// Network Usage Rules allow enterprises to specify how managed apps use networks, such as cellular data networks.
///
/// CSDL: `microsoft.graph.iosNetworkUsageRule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosNetworkUsageRule {
    /// If set to true, corresponding managed apps will not be allowed to use cellular data at any time.
    ///
    /// CSDL: property `cellularDataBlocked`: `Edm.Boolean`, not nullable.
    pub cellular_data_blocked: rt::Field<bool>,
    /// If set to true, corresponding managed apps will not be allowed to use cellular data when roaming.
    ///
    /// CSDL: property `cellularDataBlockWhenRoaming`: `Edm.Boolean`, not nullable.
    pub cellular_data_block_when_roaming: rt::Field<bool>,
    /// Information about the managed apps that this rule is going to apply to. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `managedApps`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub managed_apps: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosNetworkUsageRule {
    #[inline]
    fn default() -> Self {
        Self {
            cellular_data_blocked: rt::Field::Absent,
            cellular_data_block_when_roaming: rt::Field::Absent,
            managed_apps: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosNetworkUsageRule {
    const TYPE_NAME: &'static str = "microsoft.graph.iosNetworkUsageRule";
    const KEYS: &'static [&'static str] = &[
        "cellularDataBlocked",
        "cellularDataBlockWhenRoaming",
        "managedApps",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cellularDataBlocked\":          ",
        ",\"cellularDataBlockWhenRoaming\": ",
        ",\"managedApps\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosNetworkUsageRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cellular_data_blocked", &self.cellular_data_blocked);
        v.field(
            1usize,
            "cellular_data_block_when_roaming",
            &self.cellular_data_block_when_roaming,
        );
        v.field(2usize, "managed_apps", &self.managed_apps);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosNetworkUsageRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cellular_data_blocked.read_from(r),
            1usize => self.cellular_data_block_when_roaming.read_from(r),
            2usize => self.managed_apps.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cellular_data_blocked);
        w.field(1usize, &self.cellular_data_block_when_roaming);
        w.field(2usize, &self.managed_apps);
    }
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
rt::impl_object!(IosNetworkUsageRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosNetworkUsageRule { with_cellular_data_blocked cellular_data_blocked : bool;
    with_cellular_data_block_when_roaming cellular_data_block_when_roaming : bool;
    with_managed_apps managed_apps : ::std::vec::Vec < crate ::beta::AnyAppListItem >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosNetworkUsageRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iosNotificationAlertType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosNotificationAlertType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `banner` (value 1).
    Banner,
    /// `modal` (value 2).
    Modal,
    /// `none` (value 3).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for IosNotificationAlertType {
    const TYPE_NAME: &'static str = "microsoft.graph.iosNotificationAlertType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "banner",
        "modal",
        "none",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "banner" => Self::Banner,
                "modal" => Self::Modal,
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
            Self::DeviceDefault => "deviceDefault",
            Self::Banner => "banner",
            Self::Modal => "modal",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(IosNotificationAlertType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosNotificationAlertType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iosNotificationPreviewVisibility`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosNotificationPreviewVisibility {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `alwaysShow` (value 1).
    AlwaysShow,
    /// `hideWhenLocked` (value 2).
    HideWhenLocked,
    /// `neverShow` (value 3).
    NeverShow,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for IosNotificationPreviewVisibility {
    const TYPE_NAME: &'static str = "microsoft.graph.iosNotificationPreviewVisibility";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "alwaysShow",
        "hideWhenLocked",
        "neverShow",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "alwaysShow" => Self::AlwaysShow,
                "hideWhenLocked" => Self::HideWhenLocked,
                "neverShow" => Self::NeverShow,
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
            Self::NotConfigured => "notConfigured",
            Self::AlwaysShow => "alwaysShow",
            Self::HideWhenLocked => "hideWhenLocked",
            Self::NeverShow => "neverShow",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(IosNotificationPreviewVisibility);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosNotificationPreviewVisibility);
#[cfg(msgraph_beta_device_management_or_search)]
/// An item describing notification setting.
///
/// CSDL: `microsoft.graph.iosNotificationSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosNotificationSettings {
    /// Indicates the type of alert for notifications for this app.
    ///
    /// CSDL: property `alertType`: `microsoft.graph.iosNotificationAlertType`, not nullable.
    pub alert_type: rt::Field<crate::beta::IosNotificationAlertType>,
    /// Application name to be associated with the bundleID.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// Indicates whether badges are allowed for this app.
    ///
    /// CSDL: property `badgesEnabled`: `Edm.Boolean`, nullable.
    pub badges_enabled: rt::Field<bool>,
    /// Bundle id of app to which to apply these notification settings.
    ///
    /// CSDL: property `bundleID`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Indicates whether notifications are allowed for this app.
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, nullable.
    pub enabled: rt::Field<bool>,
    /// Overrides the notification preview policy set by the user on an iOS device.
    ///
    /// CSDL: property `previewVisibility`: `microsoft.graph.iosNotificationPreviewVisibility`, not nullable.
    pub preview_visibility: rt::Field<crate::beta::IosNotificationPreviewVisibility>,
    /// Publisher to be associated with the bundleID.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Indicates whether notifications can be shown in notification center.
    ///
    /// CSDL: property `showInNotificationCenter`: `Edm.Boolean`, nullable.
    pub show_in_notification_center: rt::Field<bool>,
    /// Indicates whether notifications can be shown on the lock screen.
    ///
    /// CSDL: property `showOnLockScreen`: `Edm.Boolean`, nullable.
    pub show_on_lock_screen: rt::Field<bool>,
    /// Indicates whether sounds are allowed for this app.
    ///
    /// CSDL: property `soundsEnabled`: `Edm.Boolean`, nullable.
    pub sounds_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosNotificationSettings {
    #[inline]
    fn default() -> Self {
        Self {
            alert_type: rt::Field::Absent,
            app_name: rt::Field::Absent,
            badges_enabled: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            enabled: rt::Field::Absent,
            preview_visibility: rt::Field::Absent,
            publisher: rt::Field::Absent,
            show_in_notification_center: rt::Field::Absent,
            show_on_lock_screen: rt::Field::Absent,
            sounds_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosNotificationSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosNotificationSettings";
    const KEYS: &'static [&'static str] = &[
        "alertType",
        "appName",
        "badgesEnabled",
        "bundleID",
        "enabled",
        "previewVisibility",
        "publisher",
        "showInNotificationCenter",
        "showOnLockScreen",
        "soundsEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alertType\":                    ",
        ",\"appName\":                      ",
        ",\"badgesEnabled\":                ",
        ",\"bundleID\":                     ",
        ",\"enabled\":                      ",
        ",\"previewVisibility\":            ",
        ",\"publisher\":                    ",
        ",\"showInNotificationCenter\":     ",
        ",\"showOnLockScreen\":             ",
        ",\"soundsEnabled\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosNotificationSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alert_type", &self.alert_type);
        v.field(1usize, "app_name", &self.app_name);
        v.field(2usize, "badges_enabled", &self.badges_enabled);
        v.field(3usize, "bundle_id", &self.bundle_id);
        v.field(4usize, "enabled", &self.enabled);
        v.field(5usize, "preview_visibility", &self.preview_visibility);
        v.field(6usize, "publisher", &self.publisher);
        v.field(
            7usize,
            "show_in_notification_center",
            &self.show_in_notification_center,
        );
        v.field(8usize, "show_on_lock_screen", &self.show_on_lock_screen);
        v.field(9usize, "sounds_enabled", &self.sounds_enabled);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosNotificationSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alert_type.read_from(r),
            1usize => self.app_name.read_from(r),
            2usize => self.badges_enabled.read_from(r),
            3usize => self.bundle_id.read_from(r),
            4usize => self.enabled.read_from(r),
            5usize => self.preview_visibility.read_from(r),
            6usize => self.publisher.read_from(r),
            7usize => self.show_in_notification_center.read_from(r),
            8usize => self.show_on_lock_screen.read_from(r),
            9usize => self.sounds_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alert_type);
        w.field(1usize, &self.app_name);
        w.field(2usize, &self.badges_enabled);
        w.field(3usize, &self.bundle_id);
        w.field(4usize, &self.enabled);
        w.field(5usize, &self.preview_visibility);
        w.field(6usize, &self.publisher);
        w.field(7usize, &self.show_in_notification_center);
        w.field(8usize, &self.show_on_lock_screen);
        w.field(9usize, &self.sounds_enabled);
    }
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
rt::impl_object!(IosNotificationSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosNotificationSettings { with_alert_type alert_type : crate
    ::beta::IosNotificationAlertType; with_app_name app_name : ::std::string::String;
    with_badges_enabled badges_enabled : bool; with_bundle_id bundle_id :
    ::std::string::String; with_enabled enabled : bool; with_preview_visibility
    preview_visibility : crate ::beta::IosNotificationPreviewVisibility; with_publisher
    publisher : ::std::string::String; with_show_in_notification_center
    show_in_notification_center : bool; with_show_on_lock_screen show_on_lock_screen :
    bool; with_sounds_enabled sounds_enabled : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosNotificationSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for iOS store apps.
///
/// CSDL: `microsoft.graph.iosStoreApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`IosStoreAppPath`](requests/trait.IosStoreAppPath.html), what a path to one (`EntityPath<IosStoreApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosStoreApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The iOS architecture for which this app can run on.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, not nullable.
    pub applicable_device_type: rt::Field<crate::beta::IosDeviceType>,
    /// The Apple App Store URL
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.iosMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::IosMinimumOperatingSystem,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            applicable_device_type: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosStoreApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "applicableDeviceType",
        "appStoreUrl",
        "bundleId",
        "minimumSupportedOperatingSystem",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"applicableDeviceType\":         ",
        ",\"appStoreUrl\":                  ",
        ",\"bundleId\":                     ",
        ",\"minimumSupportedOperatingSystem\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "applicable_device_type", &self.applicable_device_type);
        v.field(27usize, "app_store_url", &self.app_store_url);
        v.field(28usize, "bundle_id", &self.bundle_id);
        v.field(
            29usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.applicable_device_type.read_from(r),
            27usize => self.app_store_url.read_from(r),
            28usize => self.bundle_id.read_from(r),
            29usize => self.minimum_supported_operating_system.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.applicable_device_type);
        w.field(27usize, &self.app_store_url);
        w.field(28usize, &self.bundle_id);
        w.field(29usize, &self.minimum_supported_operating_system);
    }
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
rt::impl_object!(IosStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosStoreApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_applicable_device_type
    applicable_device_type : crate ::beta::IosDeviceType; with_app_store_url
    app_store_url : ::std::string::String; with_bundle_id bundle_id :
    ::std::string::String; with_minimum_supported_operating_system
    minimum_supported_operating_system : crate ::beta::IosMinimumOperatingSystem; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an iOS Store mobile app to a group.
///
/// CSDL: `microsoft.graph.iosStoreAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosStoreAppAssignmentSettings {
    /// Whether or not the app can be removed by the user.
    ///
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// Whether or not to uninstall the app when device is removed from Intune.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// The VPN Configuration Id to apply for this app.
    ///
    /// CSDL: property `vpnConfigurationId`: `Edm.String`, nullable.
    pub vpn_configuration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosStoreAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_removable: rt::Field::Absent,
            uninstall_on_device_removal: rt::Field::Absent,
            vpn_configuration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosStoreAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosStoreAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "isRemovable",
        "uninstallOnDeviceRemoval",
        "vpnConfigurationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRemovable\":                  ",
        ",\"uninstallOnDeviceRemoval\":     ",
        ",\"vpnConfigurationId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosStoreAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_removable", &self.is_removable);
        v.field(
            1usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
        v.field(2usize, "vpn_configuration_id", &self.vpn_configuration_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosStoreAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_removable.read_from(r),
            1usize => self.uninstall_on_device_removal.read_from(r),
            2usize => self.vpn_configuration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_removable);
        w.field(1usize, &self.uninstall_on_device_removal);
        w.field(2usize, &self.vpn_configuration_id);
    }
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
rt::impl_object!(IosStoreAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosStoreAppAssignmentSettings { with_is_removable is_removable : bool;
    with_uninstall_on_device_removal uninstall_on_device_removal : bool;
    with_vpn_configuration_id vpn_configuration_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosStoreAppAssignmentSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iosUpdateDeviceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosUpdateDeviceStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The DateTime when device compliance grace period expires
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Device name of the DevicePolicyStatus.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The device id that is being reported.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The device model that is being reported
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The installation status of the policy report.
    ///
    /// CSDL: property `installStatus`: `microsoft.graph.iosUpdatesInstallStatus`, not nullable.
    pub install_status: rt::Field<crate::beta::IosUpdatesInstallStatus>,
    /// Last modified date time of the policy report.
    ///
    /// CSDL: property `lastReportedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_reported_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The device version that is being reported.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Platform of the device that is being reported
    ///
    /// CSDL: property `platform`: `Edm.Int32`, not nullable.
    pub platform: rt::Field<i32>,
    /// Compliance status of the policy report.
    ///
    /// CSDL: property `status`: `microsoft.graph.complianceStatus`, not nullable.
    pub status: rt::Field<crate::beta::ComplianceStatus>,
    /// The User id that is being reported.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The User Name that is being reported
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// UserPrincipalName.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosUpdateDeviceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_model: rt::Field::Absent,
            install_status: rt::Field::Absent,
            last_reported_date_time: rt::Field::Absent,
            os_version: rt::Field::Absent,
            platform: rt::Field::Absent,
            status: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosUpdateDeviceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.iosUpdateDeviceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "complianceGracePeriodExpirationDateTime",
        "deviceDisplayName",
        "deviceId",
        "deviceModel",
        "installStatus",
        "lastReportedDateTime",
        "osVersion",
        "platform",
        "status",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"deviceModel\":                  ",
        ",\"installStatus\":                ",
        ",\"lastReportedDateTime\":         ",
        ",\"osVersion\":                    ",
        ",\"platform\":                     ",
        ",\"status\":                       ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosUpdateDeviceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_id", &self.device_id);
        v.field(4usize, "device_model", &self.device_model);
        v.field(5usize, "install_status", &self.install_status);
        v.field(6usize, "last_reported_date_time", &self.last_reported_date_time);
        v.field(7usize, "os_version", &self.os_version);
        v.field(8usize, "platform", &self.platform);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "user_id", &self.user_id);
        v.field(11usize, "user_name", &self.user_name);
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosUpdateDeviceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_id.read_from(r),
            4usize => self.device_model.read_from(r),
            5usize => self.install_status.read_from(r),
            6usize => self.last_reported_date_time.read_from(r),
            7usize => self.os_version.read_from(r),
            8usize => self.platform.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.user_id.read_from(r),
            11usize => self.user_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliance_grace_period_expiration_date_time);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_id);
        w.field(4usize, &self.device_model);
        w.field(5usize, &self.install_status);
        w.field(6usize, &self.last_reported_date_time);
        w.field(7usize, &self.os_version);
        w.field(8usize, &self.platform);
        w.field(9usize, &self.status);
        w.field(10usize, &self.user_id);
        w.field(11usize, &self.user_name);
        w.field(12usize, &self.user_principal_name);
    }
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
rt::impl_object!(IosUpdateDeviceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosUpdateDeviceStatus { with_id id : ::std::string::String;
    with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_device_display_name device_display_name : ::std::string::String; with_device_id
    device_id : ::std::string::String; with_device_model device_model :
    ::std::string::String; with_install_status install_status : crate
    ::beta::IosUpdatesInstallStatus; with_last_reported_date_time last_reported_date_time
    : rt::edm::DateTimeOffset; with_os_version os_version : ::std::string::String;
    with_platform platform : i32; with_status status : crate ::beta::ComplianceStatus;
    with_user_id user_id : ::std::string::String; with_user_name user_name :
    ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosUpdateDeviceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iosUpdatesInstallStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosUpdatesInstallStatus {
    /// `updateScanFailed` (value -2016324062).
    UpdateScanFailed,
    /// `deviceOsHigherThanDesiredOsVersion` (value -2016330696).
    DeviceOsHigherThanDesiredOsVersion,
    /// `updateError` (value -2016330697).
    UpdateError,
    /// `sharedDeviceUserLoggedInError` (value -2016330699).
    SharedDeviceUserLoggedInError,
    /// `notSupportedOperation` (value -2016330701).
    NotSupportedOperation,
    /// `installFailed` (value -2016330702).
    InstallFailed,
    /// `installPhoneCallInProgress` (value -2016330703).
    InstallPhoneCallInProgress,
    /// `installInsufficientPower` (value -2016330704).
    InstallInsufficientPower,
    /// `installInsufficientSpace` (value -2016330705).
    InstallInsufficientSpace,
    /// `installing` (value -2016330706).
    Installing,
    /// `downloadInsufficientNetwork` (value -2016330707).
    DownloadInsufficientNetwork,
    /// `downloadInsufficientPower` (value -2016330708).
    DownloadInsufficientPower,
    /// `downloadInsufficientSpace` (value -2016330709).
    DownloadInsufficientSpace,
    /// `downloadRequiresComputer` (value -2016330710).
    DownloadRequiresComputer,
    /// `downloadFailed` (value -2016330711).
    DownloadFailed,
    /// `downloading` (value -2016330712).
    Downloading,
    /// `timeout` (value -2016333898).
    Timeout,
    /// `mdmClientCrashed` (value -2016336109).
    MdmClientCrashed,
    /// `success` (value 0).
    Success,
    /// `available` (value 1).
    Available,
    /// `idle` (value 2).
    Idle,
    /// `unknown` (value 3).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for IosUpdatesInstallStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.iosUpdatesInstallStatus";
    const MEMBERS: &'static [&'static str] = &[
        "updateScanFailed",
        "deviceOsHigherThanDesiredOsVersion",
        "updateError",
        "sharedDeviceUserLoggedInError",
        "notSupportedOperation",
        "installFailed",
        "installPhoneCallInProgress",
        "installInsufficientPower",
        "installInsufficientSpace",
        "installing",
        "downloadInsufficientNetwork",
        "downloadInsufficientPower",
        "downloadInsufficientSpace",
        "downloadRequiresComputer",
        "downloadFailed",
        "downloading",
        "timeout",
        "mdmClientCrashed",
        "success",
        "available",
        "idle",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "updateScanFailed" => Self::UpdateScanFailed,
                "deviceOsHigherThanDesiredOsVersion" => {
                    Self::DeviceOsHigherThanDesiredOsVersion
                }
                "updateError" => Self::UpdateError,
                "sharedDeviceUserLoggedInError" => Self::SharedDeviceUserLoggedInError,
                "notSupportedOperation" => Self::NotSupportedOperation,
                "installFailed" => Self::InstallFailed,
                "installPhoneCallInProgress" => Self::InstallPhoneCallInProgress,
                "installInsufficientPower" => Self::InstallInsufficientPower,
                "installInsufficientSpace" => Self::InstallInsufficientSpace,
                "installing" => Self::Installing,
                "downloadInsufficientNetwork" => Self::DownloadInsufficientNetwork,
                "downloadInsufficientPower" => Self::DownloadInsufficientPower,
                "downloadInsufficientSpace" => Self::DownloadInsufficientSpace,
                "downloadRequiresComputer" => Self::DownloadRequiresComputer,
                "downloadFailed" => Self::DownloadFailed,
                "downloading" => Self::Downloading,
                "timeout" => Self::Timeout,
                "mdmClientCrashed" => Self::MdmClientCrashed,
                "success" => Self::Success,
                "available" => Self::Available,
                "idle" => Self::Idle,
                "unknown" => Self::Unknown,
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
            Self::UpdateScanFailed => "updateScanFailed",
            Self::DeviceOsHigherThanDesiredOsVersion => {
                "deviceOsHigherThanDesiredOsVersion"
            }
            Self::UpdateError => "updateError",
            Self::SharedDeviceUserLoggedInError => "sharedDeviceUserLoggedInError",
            Self::NotSupportedOperation => "notSupportedOperation",
            Self::InstallFailed => "installFailed",
            Self::InstallPhoneCallInProgress => "installPhoneCallInProgress",
            Self::InstallInsufficientPower => "installInsufficientPower",
            Self::InstallInsufficientSpace => "installInsufficientSpace",
            Self::Installing => "installing",
            Self::DownloadInsufficientNetwork => "downloadInsufficientNetwork",
            Self::DownloadInsufficientPower => "downloadInsufficientPower",
            Self::DownloadInsufficientSpace => "downloadInsufficientSpace",
            Self::DownloadRequiresComputer => "downloadRequiresComputer",
            Self::DownloadFailed => "downloadFailed",
            Self::Downloading => "downloading",
            Self::Timeout => "timeout",
            Self::MdmClientCrashed => "mdmClientCrashed",
            Self::Success => "success",
            Self::Available => "available",
            Self::Idle => "idle",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(IosUpdatesInstallStatus);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosUpdatesInstallStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Security Association Parameters
///
/// CSDL: `microsoft.graph.iosVpnSecurityAssociationParameters`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVpnSecurityAssociationParameters {
    /// Lifetime (minutes)
    ///
    /// CSDL: property `lifetimeInMinutes`: `Edm.Int32`, nullable.
    pub lifetime_in_minutes: rt::Field<i32>,
    /// Diffie-Hellman Group
    ///
    /// CSDL: property `securityDiffieHellmanGroup`: `Edm.Int32`, nullable.
    pub security_diffie_hellman_group: rt::Field<i32>,
    /// Encryption algorithm
    ///
    /// CSDL: property `securityEncryptionAlgorithm`: `microsoft.graph.vpnEncryptionAlgorithmType`, nullable.
    pub security_encryption_algorithm: rt::Field<
        crate::beta::VpnEncryptionAlgorithmType,
    >,
    /// Integrity algorithm
    ///
    /// CSDL: property `securityIntegrityAlgorithm`: `microsoft.graph.vpnIntegrityAlgorithmType`, nullable.
    pub security_integrity_algorithm: rt::Field<crate::beta::VpnIntegrityAlgorithmType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for IosVpnSecurityAssociationParameters {
    #[inline]
    fn default() -> Self {
        Self {
            lifetime_in_minutes: rt::Field::Absent,
            security_diffie_hellman_group: rt::Field::Absent,
            security_encryption_algorithm: rt::Field::Absent,
            security_integrity_algorithm: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for IosVpnSecurityAssociationParameters {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVpnSecurityAssociationParameters";
    const KEYS: &'static [&'static str] = &[
        "lifetimeInMinutes",
        "securityDiffieHellmanGroup",
        "securityEncryptionAlgorithm",
        "securityIntegrityAlgorithm",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lifetimeInMinutes\":            ",
        ",\"securityDiffieHellmanGroup\":   ",
        ",\"securityEncryptionAlgorithm\":  ",
        ",\"securityIntegrityAlgorithm\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVpnSecurityAssociationParameters\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lifetime_in_minutes", &self.lifetime_in_minutes);
        v.field(
            1usize,
            "security_diffie_hellman_group",
            &self.security_diffie_hellman_group,
        );
        v.field(
            2usize,
            "security_encryption_algorithm",
            &self.security_encryption_algorithm,
        );
        v.field(
            3usize,
            "security_integrity_algorithm",
            &self.security_integrity_algorithm,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for IosVpnSecurityAssociationParameters {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lifetime_in_minutes.read_from(r),
            1usize => self.security_diffie_hellman_group.read_from(r),
            2usize => self.security_encryption_algorithm.read_from(r),
            3usize => self.security_integrity_algorithm.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lifetime_in_minutes);
        w.field(1usize, &self.security_diffie_hellman_group);
        w.field(2usize, &self.security_encryption_algorithm);
        w.field(3usize, &self.security_integrity_algorithm);
    }
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
rt::impl_object!(IosVpnSecurityAssociationParameters);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    IosVpnSecurityAssociationParameters { with_lifetime_in_minutes lifetime_in_minutes :
    i32; with_security_diffie_hellman_group security_diffie_hellman_group : i32;
    with_security_encryption_algorithm security_encryption_algorithm : crate
    ::beta::VpnEncryptionAlgorithmType; with_security_integrity_algorithm
    security_integrity_algorithm : crate ::beta::VpnIntegrityAlgorithmType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVpnSecurityAssociationParameters);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for iOS Volume-Purchased Program (VPP) Apps.
///
/// CSDL: `microsoft.graph.iosVppApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`IosVppAppPath`](requests/trait.IosVppAppPath.html), what a path to one (`EntityPath<IosVppApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The applicable iOS Device Type.
    ///
    /// CSDL: property `applicableDeviceType`: `microsoft.graph.iosDeviceType`, nullable.
    pub applicable_device_type: rt::Field<crate::beta::IosDeviceType>,
    /// The store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The supported License Type.
    ///
    /// CSDL: property `licensingType`: `microsoft.graph.vppLicensingType`, nullable.
    pub licensing_type: rt::Field<crate::beta::VppLicensingType>,
    /// The VPP application release date and time.
    ///
    /// CSDL: property `releaseDateTime`: `Edm.DateTimeOffset`, nullable.
    pub release_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Results of revoke license actions on this app.
    ///
    /// CSDL: property `revokeLicenseActionResults`: `Collection(microsoft.graph.iosVppAppRevokeLicensesActionResult)`, nullable.
    pub revoke_license_action_results: rt::Field<
        ::std::vec::Vec<crate::beta::IosVppAppRevokeLicensesActionResult>,
    >,
    /// The total number of VPP licenses.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// The number of VPP licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// The type of volume purchase program which the given Apple Volume Purchase Program Token is associated with. Possible values are: `business`, `education`.
    ///
    /// CSDL: property `vppTokenAccountType`: `microsoft.graph.vppTokenAccountType`, not nullable.
    pub vpp_token_account_type: rt::Field<crate::beta::VppTokenAccountType>,
    /// The Apple Id associated with the given Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `vppTokenAppleId`: `Edm.String`, nullable.
    pub vpp_token_apple_id: rt::Field<::std::string::String>,
    /// Identifier of the VPP token associated with this app.
    ///
    /// CSDL: property `vppTokenId`: `Edm.String`, nullable.
    pub vpp_token_id: rt::Field<::std::string::String>,
    /// The organization associated with the Apple Volume Purchase Program Token
    ///
    /// CSDL: property `vppTokenOrganizationName`: `Edm.String`, nullable.
    pub vpp_token_organization_name: rt::Field<::std::string::String>,
    /// The licenses assigned to this app.
    ///
    /// CSDL: containment navigation property `assignedLicenses`: `Collection(microsoft.graph.iosVppAppAssignedLicense)`, not nullable.
    pub assigned_licenses: rt::Field<
        ::std::vec::Vec<crate::beta::AnyIosVppAppAssignedLicense>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            applicable_device_type: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            licensing_type: rt::Field::Absent,
            release_date_time: rt::Field::Absent,
            revoke_license_action_results: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            vpp_token_account_type: rt::Field::Absent,
            vpp_token_apple_id: rt::Field::Absent,
            vpp_token_id: rt::Field::Absent,
            vpp_token_organization_name: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppApp {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "applicableDeviceType",
        "appStoreUrl",
        "bundleId",
        "licensingType",
        "releaseDateTime",
        "revokeLicenseActionResults",
        "totalLicenseCount",
        "usedLicenseCount",
        "vppTokenAccountType",
        "vppTokenAppleId",
        "vppTokenId",
        "vppTokenOrganizationName",
        "assignedLicenses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"applicableDeviceType\":         ",
        ",\"appStoreUrl\":                  ",
        ",\"bundleId\":                     ",
        ",\"licensingType\":                ",
        ",\"releaseDateTime\":              ",
        ",\"revokeLicenseActionResults\":   ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
        ",\"vppTokenAccountType\":          ",
        ",\"vppTokenAppleId\":              ",
        ",\"vppTokenId\":                   ",
        ",\"vppTokenOrganizationName\":     ",
        ",\"assignedLicenses\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "applicable_device_type", &self.applicable_device_type);
        v.field(27usize, "app_store_url", &self.app_store_url);
        v.field(28usize, "bundle_id", &self.bundle_id);
        v.field(29usize, "licensing_type", &self.licensing_type);
        v.field(30usize, "release_date_time", &self.release_date_time);
        v.field(
            31usize,
            "revoke_license_action_results",
            &self.revoke_license_action_results,
        );
        v.field(32usize, "total_license_count", &self.total_license_count);
        v.field(33usize, "used_license_count", &self.used_license_count);
        v.field(34usize, "vpp_token_account_type", &self.vpp_token_account_type);
        v.field(35usize, "vpp_token_apple_id", &self.vpp_token_apple_id);
        v.field(36usize, "vpp_token_id", &self.vpp_token_id);
        v.field(
            37usize,
            "vpp_token_organization_name",
            &self.vpp_token_organization_name,
        );
        v.field(38usize, "assigned_licenses", &self.assigned_licenses);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.applicable_device_type.read_from(r),
            27usize => self.app_store_url.read_from(r),
            28usize => self.bundle_id.read_from(r),
            29usize => self.licensing_type.read_from(r),
            30usize => self.release_date_time.read_from(r),
            31usize => self.revoke_license_action_results.read_from(r),
            32usize => self.total_license_count.read_from(r),
            33usize => self.used_license_count.read_from(r),
            34usize => self.vpp_token_account_type.read_from(r),
            35usize => self.vpp_token_apple_id.read_from(r),
            36usize => self.vpp_token_id.read_from(r),
            37usize => self.vpp_token_organization_name.read_from(r),
            38usize => self.assigned_licenses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.applicable_device_type);
        w.field(27usize, &self.app_store_url);
        w.field(28usize, &self.bundle_id);
        w.field(29usize, &self.licensing_type);
        w.field(30usize, &self.release_date_time);
        w.field(31usize, &self.revoke_license_action_results);
        w.field(32usize, &self.total_license_count);
        w.field(33usize, &self.used_license_count);
        w.field(34usize, &self.vpp_token_account_type);
        w.field(35usize, &self.vpp_token_apple_id);
        w.field(36usize, &self.vpp_token_id);
        w.field(37usize, &self.vpp_token_organization_name);
        w.field(38usize, &self.assigned_licenses);
    }
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
rt::impl_object!(IosVppApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_applicable_device_type
    applicable_device_type : crate ::beta::IosDeviceType; with_app_store_url
    app_store_url : ::std::string::String; with_bundle_id bundle_id :
    ::std::string::String; with_licensing_type licensing_type : crate
    ::beta::VppLicensingType; with_release_date_time release_date_time :
    rt::edm::DateTimeOffset; with_revoke_license_action_results
    revoke_license_action_results : ::std::vec::Vec < crate
    ::beta::IosVppAppRevokeLicensesActionResult >; with_total_license_count
    total_license_count : i32; with_used_license_count used_license_count : i32;
    with_vpp_token_account_type vpp_token_account_type : crate
    ::beta::VppTokenAccountType; with_vpp_token_apple_id vpp_token_apple_id :
    ::std::string::String; with_vpp_token_id vpp_token_id : ::std::string::String;
    with_vpp_token_organization_name vpp_token_organization_name : ::std::string::String;
    with_assigned_licenses assigned_licenses : ::std::vec::Vec < crate
    ::beta::AnyIosVppAppAssignedLicense >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// iOS Volume Purchase Program device license assignment. This class does not support Create, Delete, or Update.
///
/// CSDL: `microsoft.graph.iosVppAppAssignedDeviceLicense`, entity type, derived from `microsoft.graph.iosVppAppAssignedLicense`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppAssignedDeviceLicense {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user email address.
    ///
    /// CSDL: property `userEmailAddress`: `Edm.String`, nullable.
    pub user_email_address: rt::Field<::std::string::String>,
    /// The user ID.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The user name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The user principal name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The managed device ID.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppAssignedDeviceLicense {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_email_address: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            device_name: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppAssignedDeviceLicense {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppAppAssignedDeviceLicense";
    const KEYS: &'static [&'static str] = &[
        "id",
        "userEmailAddress",
        "userId",
        "userName",
        "userPrincipalName",
        "deviceName",
        "managedDeviceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userEmailAddress\":             ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
        ",\"deviceName\":                   ",
        ",\"managedDeviceId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppAppAssignedDeviceLicense\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_email_address", &self.user_email_address);
        v.field(2usize, "user_id", &self.user_id);
        v.field(3usize, "user_name", &self.user_name);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
        v.field(5usize, "device_name", &self.device_name);
        v.field(6usize, "managed_device_id", &self.managed_device_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppAssignedDeviceLicense {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_email_address.read_from(r),
            2usize => self.user_id.read_from(r),
            3usize => self.user_name.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            5usize => self.device_name.read_from(r),
            6usize => self.managed_device_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_email_address);
        w.field(2usize, &self.user_id);
        w.field(3usize, &self.user_name);
        w.field(4usize, &self.user_principal_name);
        w.field(5usize, &self.device_name);
        w.field(6usize, &self.managed_device_id);
    }
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
rt::impl_object!(IosVppAppAssignedDeviceLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppAssignedDeviceLicense { with_id id : ::std::string::String;
    with_user_email_address user_email_address : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String;
    with_device_name device_name : ::std::string::String; with_managed_device_id
    managed_device_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppAssignedDeviceLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// iOS Volume Purchase Program license assignment. This class does not support Create, Delete, or Update.
///
/// CSDL: `microsoft.graph.iosVppAppAssignedLicense`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppAssignedLicense {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user email address.
    ///
    /// CSDL: property `userEmailAddress`: `Edm.String`, nullable.
    pub user_email_address: rt::Field<::std::string::String>,
    /// The user ID.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The user name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The user principal name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppAssignedLicense {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_email_address: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppAssignedLicense {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppAppAssignedLicense";
    const KEYS: &'static [&'static str] = &[
        "id",
        "userEmailAddress",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userEmailAddress\":             ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppAppAssignedLicense\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_email_address", &self.user_email_address);
        v.field(2usize, "user_id", &self.user_id);
        v.field(3usize, "user_name", &self.user_name);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppAssignedLicense {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_email_address.read_from(r),
            2usize => self.user_id.read_from(r),
            3usize => self.user_name.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_email_address);
        w.field(2usize, &self.user_id);
        w.field(3usize, &self.user_name);
        w.field(4usize, &self.user_principal_name);
    }
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
rt::impl_object!(IosVppAppAssignedLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppAssignedLicense { with_id id : ::std::string::String;
    with_user_email_address user_email_address : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppAssignedLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.iosVppAppAssignedLicense` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIosVppAppAssignedLicense {
    IosVppAppAssignedLicense(::std::boxed::Box<crate::beta::IosVppAppAssignedLicense>),
    IosVppAppAssignedDeviceLicense(
        ::std::boxed::Box<crate::beta::IosVppAppAssignedDeviceLicense>,
    ),
    IosVppAppAssignedUserLicense(
        ::std::boxed::Box<crate::beta::IosVppAppAssignedUserLicense>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyIosVppAppAssignedLicense {
    #[inline]
    fn default() -> Self {
        Self::IosVppAppAssignedLicense(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppAppAssignedLicense>
for AnyIosVppAppAssignedLicense {
    #[inline]
    fn from(v: crate::beta::IosVppAppAssignedLicense) -> Self {
        Self::IosVppAppAssignedLicense(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppAppAssignedDeviceLicense>
for AnyIosVppAppAssignedLicense {
    #[inline]
    fn from(v: crate::beta::IosVppAppAssignedDeviceLicense) -> Self {
        Self::IosVppAppAssignedDeviceLicense(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppAppAssignedUserLicense>
for AnyIosVppAppAssignedLicense {
    #[inline]
    fn from(v: crate::beta::IosVppAppAssignedUserLicense) -> Self {
        Self::IosVppAppAssignedUserLicense(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyIosVppAppAssignedLicense {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyIosVppAppAssignedLicense {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyIosVppAppAssignedLicense {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyIosVppAppAssignedLicense {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyIosVppAppAssignedLicense {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IosVppAppAssignedLicense>();
    rt::object::auto_traits::<crate::beta::IosVppAppAssignedDeviceLicense>();
    rt::object::auto_traits::<crate::beta::IosVppAppAssignedUserLicense>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyIosVppAppAssignedLicense {
    const BASE_NAME: &'static str = "microsoft.graph.iosVppAppAssignedLicense";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignedDeviceLicense",
            ) => Self::IosVppAppAssignedDeviceLicense(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignedUserLicense",
            ) => Self::IosVppAppAssignedUserLicense(rt::object::new_boxed()),
            _ => Self::IosVppAppAssignedLicense(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IosVppAppAssignedLicense(v) => &**v,
            Self::IosVppAppAssignedDeviceLicense(v) => &**v,
            Self::IosVppAppAssignedUserLicense(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IosVppAppAssignedLicense(v) => &mut **v,
            Self::IosVppAppAssignedDeviceLicense(v) => &mut **v,
            Self::IosVppAppAssignedUserLicense(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyIosVppAppAssignedLicense {
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
            Self::IosVppAppAssignedLicense(v) => &v.id,
            Self::IosVppAppAssignedDeviceLicense(v) => &v.id,
            Self::IosVppAppAssignedUserLicense(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &mut v.id,
            Self::IosVppAppAssignedDeviceLicense(v) => &mut v.id,
            Self::IosVppAppAssignedUserLicense(v) => &mut v.id,
        }
    }
    /// `userEmailAddress` of any variant.
    #[inline]
    pub fn user_email_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &v.user_email_address,
            Self::IosVppAppAssignedDeviceLicense(v) => &v.user_email_address,
            Self::IosVppAppAssignedUserLicense(v) => &v.user_email_address,
        }
    }
    /// `userEmailAddress` of any variant.
    #[inline]
    pub fn user_email_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &mut v.user_email_address,
            Self::IosVppAppAssignedDeviceLicense(v) => &mut v.user_email_address,
            Self::IosVppAppAssignedUserLicense(v) => &mut v.user_email_address,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &v.user_id,
            Self::IosVppAppAssignedDeviceLicense(v) => &v.user_id,
            Self::IosVppAppAssignedUserLicense(v) => &v.user_id,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &mut v.user_id,
            Self::IosVppAppAssignedDeviceLicense(v) => &mut v.user_id,
            Self::IosVppAppAssignedUserLicense(v) => &mut v.user_id,
        }
    }
    /// `userName` of any variant.
    #[inline]
    pub fn user_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &v.user_name,
            Self::IosVppAppAssignedDeviceLicense(v) => &v.user_name,
            Self::IosVppAppAssignedUserLicense(v) => &v.user_name,
        }
    }
    /// `userName` of any variant.
    #[inline]
    pub fn user_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &mut v.user_name,
            Self::IosVppAppAssignedDeviceLicense(v) => &mut v.user_name,
            Self::IosVppAppAssignedUserLicense(v) => &mut v.user_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &v.user_principal_name,
            Self::IosVppAppAssignedDeviceLicense(v) => &v.user_principal_name,
            Self::IosVppAppAssignedUserLicense(v) => &v.user_principal_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IosVppAppAssignedLicense(v) => &mut v.user_principal_name,
            Self::IosVppAppAssignedDeviceLicense(v) => &mut v.user_principal_name,
            Self::IosVppAppAssignedUserLicense(v) => &mut v.user_principal_name,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyIosVppAppAssignedLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIosVppAppAssignedLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// iOS Volume Purchase Program user license assignment. This class does not support Create, Delete, or Update.
///
/// CSDL: `microsoft.graph.iosVppAppAssignedUserLicense`, entity type, derived from `microsoft.graph.iosVppAppAssignedLicense`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppAssignedUserLicense {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user email address.
    ///
    /// CSDL: property `userEmailAddress`: `Edm.String`, nullable.
    pub user_email_address: rt::Field<::std::string::String>,
    /// The user ID.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The user name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The user principal name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppAssignedUserLicense {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_email_address: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppAssignedUserLicense {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppAppAssignedUserLicense";
    const KEYS: &'static [&'static str] = &[
        "id",
        "userEmailAddress",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userEmailAddress\":             ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppAppAssignedUserLicense\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_email_address", &self.user_email_address);
        v.field(2usize, "user_id", &self.user_id);
        v.field(3usize, "user_name", &self.user_name);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppAssignedUserLicense {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_email_address.read_from(r),
            2usize => self.user_id.read_from(r),
            3usize => self.user_name.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_email_address);
        w.field(2usize, &self.user_id);
        w.field(3usize, &self.user_name);
        w.field(4usize, &self.user_principal_name);
    }
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
rt::impl_object!(IosVppAppAssignedUserLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppAssignedUserLicense { with_id id : ::std::string::String;
    with_user_email_address user_email_address : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppAssignedUserLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an iOS VPP mobile app to a group.
///
/// CSDL: `microsoft.graph.iosVppAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppAssignmentSettings {
    /// Whether or not the app can be removed by the user.
    ///
    /// CSDL: property `isRemovable`: `Edm.Boolean`, nullable.
    pub is_removable: rt::Field<bool>,
    /// Whether or not to uninstall the app when device is removed from Intune.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// Whether or not to use device licensing.
    ///
    /// CSDL: property `useDeviceLicensing`: `Edm.Boolean`, not nullable.
    pub use_device_licensing: rt::Field<bool>,
    /// The VPN Configuration Id to apply for this app.
    ///
    /// CSDL: property `vpnConfigurationId`: `Edm.String`, nullable.
    pub vpn_configuration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_removable: rt::Field::Absent,
            uninstall_on_device_removal: rt::Field::Absent,
            use_device_licensing: rt::Field::Absent,
            vpn_configuration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "isRemovable",
        "uninstallOnDeviceRemoval",
        "useDeviceLicensing",
        "vpnConfigurationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRemovable\":                  ",
        ",\"uninstallOnDeviceRemoval\":     ",
        ",\"useDeviceLicensing\":           ",
        ",\"vpnConfigurationId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_removable", &self.is_removable);
        v.field(
            1usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
        v.field(2usize, "use_device_licensing", &self.use_device_licensing);
        v.field(3usize, "vpn_configuration_id", &self.vpn_configuration_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_removable.read_from(r),
            1usize => self.uninstall_on_device_removal.read_from(r),
            2usize => self.use_device_licensing.read_from(r),
            3usize => self.vpn_configuration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_removable);
        w.field(1usize, &self.uninstall_on_device_removal);
        w.field(2usize, &self.use_device_licensing);
        w.field(3usize, &self.vpn_configuration_id);
    }
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
rt::impl_object!(IosVppAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppAssignmentSettings { with_is_removable is_removable : bool;
    with_uninstall_on_device_removal uninstall_on_device_removal : bool;
    with_use_device_licensing use_device_licensing : bool; with_vpn_configuration_id
    vpn_configuration_id : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Defines results for actions on iOS Vpp Apps, contains inherited properties for ActionResult.
///
/// CSDL: `microsoft.graph.iosVppAppRevokeLicensesActionResult`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppAppRevokeLicensesActionResult {
    /// The reason for the revoke licenses action failure.
    ///
    /// CSDL: property `actionFailureReason`: `microsoft.graph.vppTokenActionFailureReason`, not nullable.
    pub action_failure_reason: rt::Field<crate::beta::VppTokenActionFailureReason>,
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// A count of the number of licenses for which revoke failed.
    ///
    /// CSDL: property `failedLicensesCount`: `Edm.Int32`, not nullable.
    pub failed_licenses_count: rt::Field<i32>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DeviceId associated with the action.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// A count of the number of licenses for which revoke was attempted.
    ///
    /// CSDL: property `totalLicensesCount`: `Edm.Int32`, not nullable.
    pub total_licenses_count: rt::Field<i32>,
    /// UserId associated with the action.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppAppRevokeLicensesActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_failure_reason: rt::Field::Absent,
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            failed_licenses_count: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            total_licenses_count: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppAppRevokeLicensesActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppAppRevokeLicensesActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionFailureReason",
        "actionName",
        "actionState",
        "failedLicensesCount",
        "lastUpdatedDateTime",
        "managedDeviceId",
        "startDateTime",
        "totalLicensesCount",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionFailureReason\":          ",
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"failedLicensesCount\":          ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"managedDeviceId\":              ",
        ",\"startDateTime\":                ",
        ",\"totalLicensesCount\":           ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppAppRevokeLicensesActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_failure_reason", &self.action_failure_reason);
        v.field(1usize, "action_name", &self.action_name);
        v.field(2usize, "action_state", &self.action_state);
        v.field(3usize, "failed_licenses_count", &self.failed_licenses_count);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "managed_device_id", &self.managed_device_id);
        v.field(6usize, "start_date_time", &self.start_date_time);
        v.field(7usize, "total_licenses_count", &self.total_licenses_count);
        v.field(8usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppAppRevokeLicensesActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_failure_reason.read_from(r),
            1usize => self.action_name.read_from(r),
            2usize => self.action_state.read_from(r),
            3usize => self.failed_licenses_count.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.managed_device_id.read_from(r),
            6usize => self.start_date_time.read_from(r),
            7usize => self.total_licenses_count.read_from(r),
            8usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_failure_reason);
        w.field(1usize, &self.action_name);
        w.field(2usize, &self.action_state);
        w.field(3usize, &self.failed_licenses_count);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.managed_device_id);
        w.field(6usize, &self.start_date_time);
        w.field(7usize, &self.total_licenses_count);
        w.field(8usize, &self.user_id);
    }
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
rt::impl_object!(IosVppAppRevokeLicensesActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppAppRevokeLicensesActionResult { with_action_failure_reason
    action_failure_reason : crate ::beta::VppTokenActionFailureReason; with_action_name
    action_name : ::std::string::String; with_action_state action_state : crate
    ::beta::ActionState; with_failed_licenses_count failed_licenses_count : i32;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_managed_device_id managed_device_id : ::std::string::String;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_total_licenses_count total_licenses_count : i32; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppAppRevokeLicensesActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties for iOS Vpp eBook.
///
/// CSDL: `microsoft.graph.iosVppEBook`, entity type, derived from `microsoft.graph.managedEBook`, key `id`.
///
/// Request builders: [`ManagedEBookPath`](requests/trait.ManagedEBookPath.html), what a path to one (`EntityPath<IosVppEBook, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppEBook {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time when the eBook file was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Name of the eBook.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// Book cover.
    ///
    /// CSDL: property `largeCover`: `microsoft.graph.mimeContent`, nullable.
    pub large_cover: rt::Field<crate::beta::MimeContent>,
    /// The date and time when the eBook was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The date and time when the eBook was published.
    ///
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Publisher.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The list of assignments for this eBook.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.managedEBookAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::AnyManagedEBookAssignment>>,
    /// The list of categories for this eBook.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.managedEBookCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::ManagedEBookCategory>>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.deviceInstallState)`, not nullable.
    pub device_states: rt::Field<::std::vec::Vec<crate::beta::DeviceInstallState>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.eBookInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::EBookInstallSummary>,
    /// The list of installation states for this eBook.
    ///
    /// CSDL: containment navigation property `userStateSummary`: `Collection(microsoft.graph.userInstallStateSummary)`, not nullable.
    pub user_state_summary: rt::Field<
        ::std::vec::Vec<crate::beta::UserInstallStateSummary>,
    >,
    /// The Apple ID associated with Vpp token.
    ///
    /// CSDL: property `appleId`: `Edm.String`, nullable.
    pub apple_id: rt::Field<::std::string::String>,
    /// Genres.
    ///
    /// CSDL: property `genres`: `Collection(Edm.String)`, nullable.
    pub genres: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Language.
    ///
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Seller.
    ///
    /// CSDL: property `seller`: `Edm.String`, nullable.
    pub seller: rt::Field<::std::string::String>,
    /// Total license count.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// Used license count.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// The Vpp token's organization name.
    ///
    /// CSDL: property `vppOrganizationName`: `Edm.String`, nullable.
    pub vpp_organization_name: rt::Field<::std::string::String>,
    /// The Vpp token ID.
    ///
    /// CSDL: property `vppTokenId`: `Edm.Guid`, not nullable.
    pub vpp_token_id: rt::Field<rt::edm::Guid>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppEBook {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            large_cover: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            publisher: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_states: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            user_state_summary: rt::Field::Absent,
            apple_id: rt::Field::Absent,
            genres: rt::Field::Absent,
            language: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            seller: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            vpp_organization_name: rt::Field::Absent,
            vpp_token_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppEBook {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppEBook";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "informationUrl",
        "largeCover",
        "lastModifiedDateTime",
        "privacyInformationUrl",
        "publishedDateTime",
        "publisher",
        "assignments",
        "categories",
        "deviceStates",
        "installSummary",
        "userStateSummary",
        "appleId",
        "genres",
        "language",
        "roleScopeTagIds",
        "seller",
        "totalLicenseCount",
        "usedLicenseCount",
        "vppOrganizationName",
        "vppTokenId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"largeCover\":                   ",
        ",\"lastModifiedDateTime\":         ",
        ",\"privacyInformationUrl\":        ",
        ",\"publishedDateTime\":            ",
        ",\"publisher\":                    ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStates\":                 ",
        ",\"installSummary\":               ",
        ",\"userStateSummary\":             ",
        ",\"appleId\":                      ",
        ",\"genres\":                       ",
        ",\"language\":                     ",
        ",\"roleScopeTagIds\":              ",
        ",\"seller\":                       ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
        ",\"vppOrganizationName\":          ",
        ",\"vppTokenId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppEBook\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "information_url", &self.information_url);
        v.field(5usize, "large_cover", &self.large_cover);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "privacy_information_url", &self.privacy_information_url);
        v.field(8usize, "published_date_time", &self.published_date_time);
        v.field(9usize, "publisher", &self.publisher);
        v.field(10usize, "assignments", &self.assignments);
        v.field(11usize, "categories", &self.categories);
        v.field(12usize, "device_states", &self.device_states);
        v.field(13usize, "install_summary", &self.install_summary);
        v.field(14usize, "user_state_summary", &self.user_state_summary);
        v.field(15usize, "apple_id", &self.apple_id);
        v.field(16usize, "genres", &self.genres);
        v.field(17usize, "language", &self.language);
        v.field(18usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(19usize, "seller", &self.seller);
        v.field(20usize, "total_license_count", &self.total_license_count);
        v.field(21usize, "used_license_count", &self.used_license_count);
        v.field(22usize, "vpp_organization_name", &self.vpp_organization_name);
        v.field(23usize, "vpp_token_id", &self.vpp_token_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppEBook {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.information_url.read_from(r),
            5usize => self.large_cover.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.privacy_information_url.read_from(r),
            8usize => self.published_date_time.read_from(r),
            9usize => self.publisher.read_from(r),
            10usize => self.assignments.read_from(r),
            11usize => self.categories.read_from(r),
            12usize => self.device_states.read_from(r),
            13usize => self.install_summary.read_from(r),
            14usize => self.user_state_summary.read_from(r),
            15usize => self.apple_id.read_from(r),
            16usize => self.genres.read_from(r),
            17usize => self.language.read_from(r),
            18usize => self.role_scope_tag_ids.read_from(r),
            19usize => self.seller.read_from(r),
            20usize => self.total_license_count.read_from(r),
            21usize => self.used_license_count.read_from(r),
            22usize => self.vpp_organization_name.read_from(r),
            23usize => self.vpp_token_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.information_url);
        w.field(5usize, &self.large_cover);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.privacy_information_url);
        w.field(8usize, &self.published_date_time);
        w.field(9usize, &self.publisher);
        w.field(10usize, &self.assignments);
        w.field(11usize, &self.categories);
        w.field(12usize, &self.device_states);
        w.field(13usize, &self.install_summary);
        w.field(14usize, &self.user_state_summary);
        w.field(15usize, &self.apple_id);
        w.field(16usize, &self.genres);
        w.field(17usize, &self.language);
        w.field(18usize, &self.role_scope_tag_ids);
        w.field(19usize, &self.seller);
        w.field(20usize, &self.total_license_count);
        w.field(21usize, &self.used_license_count);
        w.field(22usize, &self.vpp_organization_name);
        w.field(23usize, &self.vpp_token_id);
    }
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
rt::impl_object!(IosVppEBook);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppEBook { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_information_url information_url : ::std::string::String; with_large_cover
    large_cover : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_privacy_information_url
    privacy_information_url : ::std::string::String; with_published_date_time
    published_date_time : rt::edm::DateTimeOffset; with_publisher publisher :
    ::std::string::String; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::AnyManagedEBookAssignment >; with_categories categories : ::std::vec::Vec <
    crate ::beta::ManagedEBookCategory >; with_device_states device_states :
    ::std::vec::Vec < crate ::beta::DeviceInstallState >; with_install_summary
    install_summary : crate ::beta::EBookInstallSummary; with_user_state_summary
    user_state_summary : ::std::vec::Vec < crate ::beta::UserInstallStateSummary >;
    with_apple_id apple_id : ::std::string::String; with_genres genres : ::std::vec::Vec
    < ::std::string::String >; with_language language : ::std::string::String;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_seller seller : ::std::string::String; with_total_license_count
    total_license_count : i32; with_used_license_count used_license_count : i32;
    with_vpp_organization_name vpp_organization_name : ::std::string::String;
    with_vpp_token_id vpp_token_id : rt::edm::Guid; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppEBook);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an iOS VPP EBook to a group.
///
/// CSDL: `microsoft.graph.iosVppEBookAssignment`, entity type, derived from `microsoft.graph.managedEBookAssignment`, key `id`.
///
/// Request builders: [`ManagedEBookAssignmentPath`](requests/trait.ManagedEBookAssignmentPath.html), what a path to one (`EntityPath<IosVppEBookAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct IosVppEBookAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The install intent for eBook.
    ///
    /// CSDL: property `installIntent`: `microsoft.graph.installIntent`, not nullable.
    pub install_intent: rt::Field<crate::beta::InstallIntent>,
    /// The assignment target for eBook.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for IosVppEBookAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            install_intent: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for IosVppEBookAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.iosVppEBookAssignment";
    const KEYS: &'static [&'static str] = &["id", "installIntent", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"installIntent\":                ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosVppEBookAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "install_intent", &self.install_intent);
        v.field(2usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for IosVppEBookAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.install_intent.read_from(r),
            2usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.install_intent);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(IosVppEBookAssignment);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    IosVppEBookAssignment { with_id id : ::std::string::String; with_install_intent
    install_intent : crate ::beta::InstallIntent; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosVppEBookAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iosWallpaperDisplayLocation`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum IosWallpaperDisplayLocation {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `lockScreen` (value 1).
    LockScreen,
    /// `homeScreen` (value 2).
    HomeScreen,
    /// `lockAndHomeScreens` (value 3).
    LockAndHomeScreens,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for IosWallpaperDisplayLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.iosWallpaperDisplayLocation";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "lockScreen",
        "homeScreen",
        "lockAndHomeScreens",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "lockScreen" => Self::LockScreen,
                "homeScreen" => Self::HomeScreen,
                "lockAndHomeScreens" => Self::LockAndHomeScreens,
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
            Self::NotConfigured => "notConfigured",
            Self::LockScreen => "lockScreen",
            Self::HomeScreen => "homeScreen",
            Self::LockAndHomeScreens => "lockAndHomeScreens",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(IosWallpaperDisplayLocation);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosWallpaperDisplayLocation);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
/// CSDL: `microsoft.graph.iPv4CidrRange`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv4CidrRange {
    /// CSDL: property `cidrAddress`: `Edm.String`, not nullable.
    pub cidr_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv4CidrRange {
    #[inline]
    fn default() -> Self {
        Self {
            cidr_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::Object for IPv4CidrRange {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv4CidrRange";
    const KEYS: &'static [&'static str] = &["cidrAddress"];
    const KEYS_JSON: &'static [&'static str] = &[",\"cidrAddress\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.iPv4CidrRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cidr_address", &self.cidr_address);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv4CidrRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cidr_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cidr_address);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv4CidrRange);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv4CidrRange { with_cidr_address cidr_address : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv4CidrRange);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
/// IPv4 Range definition.
///
/// CSDL: `microsoft.graph.iPv4Range`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv4Range {
    /// Lower address.
    ///
    /// CSDL: property `lowerAddress`: `Edm.String`, not nullable.
    pub lower_address: rt::Field<::std::string::String>,
    /// Upper address.
    ///
    /// CSDL: property `upperAddress`: `Edm.String`, not nullable.
    pub upper_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv4Range {
    #[inline]
    fn default() -> Self {
        Self {
            lower_address: rt::Field::Absent,
            upper_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::Object for IPv4Range {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv4Range";
    const KEYS: &'static [&'static str] = &["lowerAddress", "upperAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lowerAddress\":                 ",
        ",\"upperAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iPv4Range\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lower_address", &self.lower_address);
        v.field(1usize, "upper_address", &self.upper_address);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv4Range {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lower_address.read_from(r),
            1usize => self.upper_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lower_address);
        w.field(1usize, &self.upper_address);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv4Range);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv4Range { with_lower_address lower_address : ::std::string::String;
    with_upper_address upper_address : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv4Range);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
/// CSDL: `microsoft.graph.iPv6CidrRange`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv6CidrRange {
    /// CSDL: property `cidrAddress`: `Edm.String`, not nullable.
    pub cidr_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv6CidrRange {
    #[inline]
    fn default() -> Self {
        Self {
            cidr_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::Object for IPv6CidrRange {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv6CidrRange";
    const KEYS: &'static [&'static str] = &["cidrAddress"];
    const KEYS_JSON: &'static [&'static str] = &[",\"cidrAddress\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.iPv6CidrRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cidr_address", &self.cidr_address);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv6CidrRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cidr_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cidr_address);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv6CidrRange);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv6CidrRange { with_cidr_address cidr_address : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv6CidrRange);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
/// IPv6 Range definition.
///
/// CSDL: `microsoft.graph.iPv6Range`, complex type, derived from `microsoft.graph.ipRange`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IPv6Range {
    /// Lower address.
    ///
    /// CSDL: property `lowerAddress`: `Edm.String`, not nullable.
    pub lower_address: rt::Field<::std::string::String>,
    /// Upper address.
    ///
    /// CSDL: property `upperAddress`: `Edm.String`, not nullable.
    pub upper_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IPv6Range {
    #[inline]
    fn default() -> Self {
        Self {
            lower_address: rt::Field::Absent,
            upper_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::Object for IPv6Range {
    const TYPE_NAME: &'static str = "microsoft.graph.iPv6Range";
    const KEYS: &'static [&'static str] = &["lowerAddress", "upperAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lowerAddress\":                 ",
        ",\"upperAddress\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iPv6Range\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "lower_address", &self.lower_address);
        v.field(1usize, "upper_address", &self.upper_address);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::object::Members for IPv6Range {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.lower_address.read_from(r),
            1usize => self.upper_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.lower_address);
        w.field(1usize, &self.upper_address);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_object!(IPv6Range);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_setters!(
    IPv6Range { with_lower_address lower_address : ::std::string::String;
    with_upper_address upper_address : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IPv6Range);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.ipNamedLocation`, entity type, derived from `microsoft.graph.namedLocation`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct IpNamedLocation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `ipRanges`: `Collection(microsoft.graph.ipRange)`, not nullable.
    pub ip_ranges: rt::Field<::std::vec::Vec<crate::beta::AnyIpRange>>,
    /// CSDL: property `isTrusted`: `Edm.Boolean`, not nullable.
    pub is_trusted: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for IpNamedLocation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            ip_ranges: rt::Field::Absent,
            is_trusted: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for IpNamedLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.ipNamedLocation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "modifiedDateTime",
        "ipRanges",
        "isTrusted",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"modifiedDateTime\":             ",
        ",\"ipRanges\":                     ",
        ",\"isTrusted\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ipNamedLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "modified_date_time", &self.modified_date_time);
        v.field(4usize, "ip_ranges", &self.ip_ranges);
        v.field(5usize, "is_trusted", &self.is_trusted);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for IpNamedLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.modified_date_time.read_from(r),
            4usize => self.ip_ranges.read_from(r),
            5usize => self.is_trusted.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.modified_date_time);
        w.field(4usize, &self.ip_ranges);
        w.field(5usize, &self.is_trusted);
    }
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
rt::impl_object!(IpNamedLocation);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    IpNamedLocation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_ip_ranges ip_ranges : ::std::vec::Vec < crate
    ::beta::AnyIpRange >; with_is_trusted is_trusted : bool; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpNamedLocation);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
/// CSDL: `microsoft.graph.ipRange`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IpRange {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::default::Default for IpRange {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::Object for IpRange {
    const TYPE_NAME: &'static str = "microsoft.graph.ipRange";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.ipRange\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::object::Members for IpRange {
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
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_object!(IpRange);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(IpRange);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
/// `microsoft.graph.ipRange` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIpRange {
    IpRange(::std::boxed::Box<crate::beta::IpRange>),
    IPv4CidrRange(::std::boxed::Box<crate::beta::IPv4CidrRange>),
    IPv4Range(::std::boxed::Box<crate::beta::IPv4Range>),
    IPv6CidrRange(::std::boxed::Box<crate::beta::IPv6CidrRange>),
    IPv6Range(::std::boxed::Box<crate::beta::IPv6Range>),
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::default::Default for AnyIpRange {
    #[inline]
    fn default() -> Self {
        Self::IpRange(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IpRange> for AnyIpRange {
    #[inline]
    fn from(v: crate::beta::IpRange) -> Self {
        Self::IpRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IPv4CidrRange> for AnyIpRange {
    #[inline]
    fn from(v: crate::beta::IPv4CidrRange) -> Self {
        Self::IPv4CidrRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IPv4Range> for AnyIpRange {
    #[inline]
    fn from(v: crate::beta::IPv4Range) -> Self {
        Self::IPv4Range(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IPv6CidrRange> for AnyIpRange {
    #[inline]
    fn from(v: crate::beta::IPv6CidrRange) -> Self {
        Self::IPv6CidrRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IPv6Range> for AnyIpRange {
    #[inline]
    fn from(v: crate::beta::IPv6Range) -> Self {
        Self::IPv6Range(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
unsafe impl ::std::marker::Send for AnyIpRange {}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
unsafe impl ::std::marker::Sync for AnyIpRange {}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::marker::Unpin for AnyIpRange {}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::panic::UnwindSafe for AnyIpRange {}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl ::std::panic::RefUnwindSafe for AnyIpRange {}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
const _: () = {
    rt::object::auto_traits::<crate::beta::IpRange>();
    rt::object::auto_traits::<crate::beta::IPv4CidrRange>();
    rt::object::auto_traits::<crate::beta::IPv4Range>();
    rt::object::auto_traits::<crate::beta::IPv6CidrRange>();
    rt::object::auto_traits::<crate::beta::IPv6Range>();
};
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl rt::Poly for AnyIpRange {
    const BASE_NAME: &'static str = "microsoft.graph.ipRange";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.iPv4CidrRange") => {
                Self::IPv4CidrRange(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iPv4Range") => {
                Self::IPv4Range(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iPv6CidrRange") => {
                Self::IPv6CidrRange(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.iPv6Range") => {
                Self::IPv6Range(rt::object::new_boxed())
            }
            _ => Self::IpRange(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IpRange(v) => &**v,
            Self::IPv4CidrRange(v) => &**v,
            Self::IPv4Range(v) => &**v,
            Self::IPv6CidrRange(v) => &**v,
            Self::IPv6Range(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IpRange(v) => &mut **v,
            Self::IPv4CidrRange(v) => &mut **v,
            Self::IPv4Range(v) => &mut **v,
            Self::IPv6CidrRange(v) => &mut **v,
            Self::IPv6Range(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
impl AnyIpRange {
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
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
rt::impl_poly!(AnyIpRange);
#[cfg(msgraph_beta_core_or_device_app_management_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIpRange);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.iTunesPairingMode`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ITunesPairingMode {
    /// `disallow` (value 0).
    Disallow,
    /// `allow` (value 1).
    Allow,
    /// `requiresCertificate` (value 2).
    RequiresCertificate,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for ITunesPairingMode {
    const TYPE_NAME: &'static str = "microsoft.graph.iTunesPairingMode";
    const MEMBERS: &'static [&'static str] = &[
        "disallow",
        "allow",
        "requiresCertificate",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disallow" => Self::Disallow,
                "allow" => Self::Allow,
                "requiresCertificate" => Self::RequiresCertificate,
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
            Self::Disallow => "disallow",
            Self::Allow => "allow",
            Self::RequiresCertificate => "requiresCertificate",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(ITunesPairingMode);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ITunesPairingMode);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.itemActionSet`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemActionSet {
    /// CSDL: property `comment`: `microsoft.graph.commentAction`, nullable.
    pub comment: rt::Field<crate::beta::CommentAction>,
    /// CSDL: property `create`: `microsoft.graph.createAction`, nullable.
    pub create: rt::Field<crate::beta::CreateAction>,
    /// CSDL: property `delete`: `microsoft.graph.deleteAction`, nullable.
    pub delete: rt::Field<crate::beta::DeleteAction>,
    /// CSDL: property `edit`: `microsoft.graph.editAction`, nullable.
    pub edit: rt::Field<crate::beta::EditAction>,
    /// CSDL: property `mention`: `microsoft.graph.mentionAction`, nullable.
    pub mention: rt::Field<crate::beta::MentionAction>,
    /// CSDL: property `move`: `microsoft.graph.moveAction`, nullable.
    pub move_: rt::Field<crate::beta::MoveAction>,
    /// CSDL: property `rename`: `microsoft.graph.renameAction`, nullable.
    pub rename: rt::Field<crate::beta::RenameAction>,
    /// CSDL: property `restore`: `microsoft.graph.restoreAction`, nullable.
    pub restore: rt::Field<crate::beta::RestoreAction>,
    /// CSDL: property `share`: `microsoft.graph.shareAction`, nullable.
    pub share: rt::Field<crate::beta::ShareAction>,
    /// CSDL: property `version`: `microsoft.graph.versionAction`, nullable.
    pub version: rt::Field<crate::beta::VersionAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for ItemActionSet {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            create: rt::Field::Absent,
            delete: rt::Field::Absent,
            edit: rt::Field::Absent,
            mention: rt::Field::Absent,
            move_: rt::Field::Absent,
            rename: rt::Field::Absent,
            restore: rt::Field::Absent,
            share: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for ItemActionSet {
    const TYPE_NAME: &'static str = "microsoft.graph.itemActionSet";
    const KEYS: &'static [&'static str] = &[
        "comment",
        "create",
        "delete",
        "edit",
        "mention",
        "move",
        "rename",
        "restore",
        "share",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"comment\":                      ",
        ",\"create\":                       ",
        ",\"delete\":                       ",
        ",\"edit\":                         ",
        ",\"mention\":                      ",
        ",\"move\":                         ",
        ",\"rename\":                       ",
        ",\"restore\":                      ",
        ",\"share\":                        ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemActionSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
        v.field(1usize, "create", &self.create);
        v.field(2usize, "delete", &self.delete);
        v.field(3usize, "edit", &self.edit);
        v.field(4usize, "mention", &self.mention);
        v.field(5usize, "move_", &self.move_);
        v.field(6usize, "rename", &self.rename);
        v.field(7usize, "restore", &self.restore);
        v.field(8usize, "share", &self.share);
        v.field(9usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for ItemActionSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.create.read_from(r),
            2usize => self.delete.read_from(r),
            3usize => self.edit.read_from(r),
            4usize => self.mention.read_from(r),
            5usize => self.move_.read_from(r),
            6usize => self.rename.read_from(r),
            7usize => self.restore.read_from(r),
            8usize => self.share.read_from(r),
            9usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.create);
        w.field(2usize, &self.delete);
        w.field(3usize, &self.edit);
        w.field(4usize, &self.mention);
        w.field(5usize, &self.move_);
        w.field(6usize, &self.rename);
        w.field(7usize, &self.restore);
        w.field(8usize, &self.share);
        w.field(9usize, &self.version);
    }
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
rt::impl_object!(ItemActionSet);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    ItemActionSet { with_comment comment : crate ::beta::CommentAction; with_create
    create : crate ::beta::CreateAction; with_delete delete : crate ::beta::DeleteAction;
    with_edit edit : crate ::beta::EditAction; with_mention mention : crate
    ::beta::MentionAction; with_move move_ : crate ::beta::MoveAction; with_rename rename
    : crate ::beta::RenameAction; with_restore restore : crate ::beta::RestoreAction;
    with_share share : crate ::beta::ShareAction; with_version version : crate
    ::beta::VersionAction; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemActionSet);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.itemInsightsSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ItemInsightsSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `disabledForGroup`: `Edm.String`, nullable.
    pub disabled_for_group: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabledInOrganization`: `Edm.Boolean`, nullable.
    pub is_enabled_in_organization: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ItemInsightsSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            disabled_for_group: rt::Field::Absent,
            is_enabled_in_organization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ItemInsightsSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.itemInsightsSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "disabledForGroup",
        "isEnabledInOrganization",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"disabledForGroup\":             ",
        ",\"isEnabledInOrganization\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemInsightsSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "disabled_for_group", &self.disabled_for_group);
        v.field(2usize, "is_enabled_in_organization", &self.is_enabled_in_organization);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ItemInsightsSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.disabled_for_group.read_from(r),
            2usize => self.is_enabled_in_organization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.disabled_for_group);
        w.field(2usize, &self.is_enabled_in_organization);
    }
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
rt::impl_object!(ItemInsightsSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ItemInsightsSettings { with_id id : ::std::string::String; with_disabled_for_group
    disabled_for_group : ::std::string::String; with_is_enabled_in_organization
    is_enabled_in_organization : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemInsightsSettings);
