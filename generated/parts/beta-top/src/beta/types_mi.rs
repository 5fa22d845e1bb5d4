//! Types of `microsoft.graph` by the first letters of their names (`mi`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`MicrosoftAuthenticatorAuthenticationMethodPath`](requests/trait.MicrosoftAuthenticatorAuthenticationMethodPath.html), what a path to one (`EntityPath<MicrosoftAuthenticatorAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MicrosoftAuthenticatorAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `phoneAppVersion`: `Edm.String`, nullable.
    pub phone_app_version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `device`: `microsoft.graph.device`, nullable.
    pub device: rt::Field<crate::beta::Device>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MicrosoftAuthenticatorAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            display_name: rt::Field::Absent,
            phone_app_version: rt::Field::Absent,
            device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MicrosoftAuthenticatorAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "deviceTag",
        "displayName",
        "phoneAppVersion",
        "device",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"deviceTag\":                    ",
        ",\"displayName\":                  ",
        ",\"phoneAppVersion\":              ",
        ",\"device\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAuthenticatorAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "device_tag", &self.device_tag);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "phone_app_version", &self.phone_app_version);
        v.field(5usize, "device", &self.device);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MicrosoftAuthenticatorAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.device_tag.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.phone_app_version.read_from(r),
            5usize => self.device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.device_tag);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.phone_app_version);
        w.field(5usize, &self.device);
    }
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
rt::impl_object!(MicrosoftAuthenticatorAuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MicrosoftAuthenticatorAuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_device_tag
    device_tag : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_phone_app_version phone_app_version :
    ::std::string::String; with_device device : crate ::beta::Device; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMethod);
