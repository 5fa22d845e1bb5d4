//! Types of `microsoft.graph` by the first letters of their names (`deviceconfigurationg`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Device configuration group assignment.
///
/// CSDL: `microsoft.graph.deviceConfigurationGroupAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`DeviceConfigurationGroupAssignmentPath`](requests/trait.DeviceConfigurationGroupAssignmentPath.html), what a path to one (`EntityPath<DeviceConfigurationGroupAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceConfigurationGroupAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates if this group is should be excluded. Defaults that the group should be included
    ///
    /// CSDL: property `excludeGroup`: `Edm.Boolean`, not nullable.
    pub exclude_group: rt::Field<bool>,
    /// The Id of the AAD group we are targeting the device configuration to.
    ///
    /// CSDL: property `targetGroupId`: `Edm.String`, nullable.
    pub target_group_id: rt::Field<::std::string::String>,
    /// The navigation link to the Device Configuration being targeted.
    ///
    /// CSDL: navigation property `deviceConfiguration`: `microsoft.graph.deviceConfiguration`, nullable.
    pub device_configuration: rt::Field<crate::beta::AnyDeviceConfiguration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceConfigurationGroupAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_group: rt::Field::Absent,
            target_group_id: rt::Field::Absent,
            device_configuration: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceConfigurationGroupAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceConfigurationGroupAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeGroup",
        "targetGroupId",
        "deviceConfiguration",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeGroup\":                 ",
        ",\"targetGroupId\":                ",
        ",\"deviceConfiguration\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceConfigurationGroupAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_group", &self.exclude_group);
        v.field(2usize, "target_group_id", &self.target_group_id);
        v.field(3usize, "device_configuration", &self.device_configuration);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceConfigurationGroupAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_group.read_from(r),
            2usize => self.target_group_id.read_from(r),
            3usize => self.device_configuration.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_group);
        w.field(2usize, &self.target_group_id);
        w.field(3usize, &self.device_configuration);
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
rt::impl_object!(DeviceConfigurationGroupAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceConfigurationGroupAssignment { with_id id : ::std::string::String;
    with_exclude_group exclude_group : bool; with_target_group_id target_group_id :
    ::std::string::String; with_device_configuration device_configuration : crate
    ::beta::AnyDeviceConfiguration; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceConfigurationGroupAssignment);
