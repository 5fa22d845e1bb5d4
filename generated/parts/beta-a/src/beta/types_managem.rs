//! Types of `microsoft.graph` by the first letters of their names (`managem`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.managementCertificateWithThumbprint`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagementCertificateWithThumbprint {
    /// The Base 64 encoded management certificate
    ///
    /// CSDL: property `certificate`: `Edm.String`, nullable.
    pub certificate: rt::Field<::std::string::String>,
    /// The thumbprint of the management certificate
    ///
    /// CSDL: property `thumbprint`: `Edm.String`, nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagementCertificateWithThumbprint {
    #[inline]
    fn default() -> Self {
        Self {
            certificate: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagementCertificateWithThumbprint {
    const TYPE_NAME: &'static str = "microsoft.graph.managementCertificateWithThumbprint";
    const KEYS: &'static [&'static str] = &["certificate", "thumbprint"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificate\":                  ",
        ",\"thumbprint\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managementCertificateWithThumbprint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate", &self.certificate);
        v.field(1usize, "thumbprint", &self.thumbprint);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagementCertificateWithThumbprint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate.read_from(r),
            1usize => self.thumbprint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate);
        w.field(1usize, &self.thumbprint);
    }
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
rt::impl_object!(ManagementCertificateWithThumbprint);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagementCertificateWithThumbprint { with_certificate certificate :
    ::std::string::String; with_thumbprint thumbprint : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementCertificateWithThumbprint);
