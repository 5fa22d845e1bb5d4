//! Types of `microsoft.graph` by the first letters of their names (`det`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// A managed or unmanaged app that is installed on a managed device. Unmanaged apps will only appear for devices marked as corporate owned.
///
/// CSDL: `microsoft.graph.detectedApp`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DetectedAppPath`](requests/trait.DetectedAppPath.html), what a path to one (`EntityPath<DetectedApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DetectedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of devices that have installed this application
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// Name of the discovered application. Read-only
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Discovered application size in bytes. Read-only
    ///
    /// CSDL: property `sizeInByte`: `Edm.Int64`, not nullable.
    pub size_in_byte: rt::Field<i64>,
    /// Version of the discovered application. Read-only
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The devices that have the discovered application installed
    ///
    /// CSDL: navigation property `managedDevices`: `Collection(microsoft.graph.managedDevice)`, not nullable.
    pub managed_devices: rt::Field<::std::vec::Vec<crate::beta::AnyManagedDevice>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DetectedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            size_in_byte: rt::Field::Absent,
            version: rt::Field::Absent,
            managed_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DetectedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.detectedApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceCount",
        "displayName",
        "sizeInByte",
        "version",
        "managedDevices",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceCount\":                  ",
        ",\"displayName\":                  ",
        ",\"sizeInByte\":                   ",
        ",\"version\":                      ",
        ",\"managedDevices\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.detectedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_count", &self.device_count);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "size_in_byte", &self.size_in_byte);
        v.field(4usize, "version", &self.version);
        v.field(5usize, "managed_devices", &self.managed_devices);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DetectedApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_count.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.size_in_byte.read_from(r),
            4usize => self.version.read_from(r),
            5usize => self.managed_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_count);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.size_in_byte);
        w.field(4usize, &self.version);
        w.field(5usize, &self.managed_devices);
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
rt::impl_object!(DetectedApp);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DetectedApp { with_id id : ::std::string::String; with_device_count device_count :
    i32; with_display_name display_name : ::std::string::String; with_size_in_byte
    size_in_byte : i64; with_version version : ::std::string::String;
    with_managed_devices managed_devices : ::std::vec::Vec < crate
    ::beta::AnyManagedDevice >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DetectedApp);
