//! Types of `microsoft.graph` by the first letters of their names (`u_v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRoleDefinition`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UnifiedRoleDefinitionPath`](requests/trait.UnifiedRoleDefinitionPath.html), what a path to one (`EntityPath<UnifiedRoleDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRoleDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isBuiltIn`: `Edm.Boolean`, nullable.
    pub is_built_in: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `resourceScopes`: `Collection(Edm.String)`, not nullable.
    pub resource_scopes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `rolePermissions`: `Collection(microsoft.graph.unifiedRolePermission)`, not nullable.
    pub role_permissions: rt::Field<::std::vec::Vec<crate::beta::UnifiedRolePermission>>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `inheritsPermissionsFrom`: `Collection(microsoft.graph.unifiedRoleDefinition)`, not nullable.
    pub inherits_permissions_from: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRoleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_built_in: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            resource_scopes: rt::Field::Absent,
            role_permissions: rt::Field::Absent,
            template_id: rt::Field::Absent,
            version: rt::Field::Absent,
            inherits_permissions_from: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRoleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRoleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "isBuiltIn",
        "isEnabled",
        "resourceScopes",
        "rolePermissions",
        "templateId",
        "version",
        "inheritsPermissionsFrom",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isBuiltIn\":                    ",
        ",\"isEnabled\":                    ",
        ",\"resourceScopes\":               ",
        ",\"rolePermissions\":              ",
        ",\"templateId\":                   ",
        ",\"version\":                      ",
        ",\"inheritsPermissionsFrom\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRoleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "is_built_in", &self.is_built_in);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "resource_scopes", &self.resource_scopes);
        v.field(6usize, "role_permissions", &self.role_permissions);
        v.field(7usize, "template_id", &self.template_id);
        v.field(8usize, "version", &self.version);
        v.field(9usize, "inherits_permissions_from", &self.inherits_permissions_from);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRoleDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.is_built_in.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.resource_scopes.read_from(r),
            6usize => self.role_permissions.read_from(r),
            7usize => self.template_id.read_from(r),
            8usize => self.version.read_from(r),
            9usize => self.inherits_permissions_from.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.is_built_in);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.resource_scopes);
        w.field(6usize, &self.role_permissions);
        w.field(7usize, &self.template_id);
        w.field(8usize, &self.version);
        w.field(9usize, &self.inherits_permissions_from);
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
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRoleDefinition);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRoleDefinition { with_id id : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_built_in is_built_in : bool; with_is_enabled
    is_enabled : bool; with_resource_scopes resource_scopes : ::std::vec::Vec <
    ::std::string::String >; with_role_permissions role_permissions : ::std::vec::Vec <
    crate ::beta::UnifiedRolePermission >; with_template_id template_id :
    ::std::string::String; with_version version : ::std::string::String;
    with_inherits_permissions_from inherits_permissions_from : ::std::vec::Vec < crate
    ::beta::UnifiedRoleDefinition >; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRoleDefinition);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.unifiedRolePermission`, complex type.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct UnifiedRolePermission {
    /// CSDL: property `allowedResourceActions`: `Collection(Edm.String)`, not nullable.
    pub allowed_resource_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `condition`: `Edm.String`, nullable.
    pub condition: rt::Field<::std::string::String>,
    /// CSDL: property `excludedResourceActions`: `Collection(Edm.String)`, nullable.
    pub excluded_resource_actions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for UnifiedRolePermission {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_resource_actions: rt::Field::Absent,
            condition: rt::Field::Absent,
            excluded_resource_actions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for UnifiedRolePermission {
    const TYPE_NAME: &'static str = "microsoft.graph.unifiedRolePermission";
    const KEYS: &'static [&'static str] = &[
        "allowedResourceActions",
        "condition",
        "excludedResourceActions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedResourceActions\":       ",
        ",\"condition\":                    ",
        ",\"excludedResourceActions\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unifiedRolePermission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_resource_actions", &self.allowed_resource_actions);
        v.field(1usize, "condition", &self.condition);
        v.field(2usize, "excluded_resource_actions", &self.excluded_resource_actions);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for UnifiedRolePermission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_resource_actions.read_from(r),
            1usize => self.condition.read_from(r),
            2usize => self.excluded_resource_actions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_resource_actions);
        w.field(1usize, &self.condition);
        w.field(2usize, &self.excluded_resource_actions);
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
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(UnifiedRolePermission);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    UnifiedRolePermission { with_allowed_resource_actions allowed_resource_actions :
    ::std::vec::Vec < ::std::string::String >; with_condition condition :
    ::std::string::String; with_excluded_resource_actions excluded_resource_actions :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedRolePermission);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Unmanaged device discovered in the network.
///
/// CSDL: `microsoft.graph.unmanagedDevice`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct UnmanagedDevice {
    /// Device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Domain.
    ///
    /// CSDL: property `domain`: `Edm.String`, nullable.
    pub domain: rt::Field<::std::string::String>,
    /// IP address.
    ///
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// Last logged on user.
    ///
    /// CSDL: property `lastLoggedOnUser`: `Edm.String`, nullable.
    pub last_logged_on_user: rt::Field<::std::string::String>,
    /// Last seen date and time.
    ///
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Location.
    ///
    /// CSDL: property `location`: `Edm.String`, nullable.
    pub location: rt::Field<::std::string::String>,
    /// MAC address.
    ///
    /// CSDL: property `macAddress`: `Edm.String`, nullable.
    pub mac_address: rt::Field<::std::string::String>,
    /// Manufacturer.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// Model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Operating system.
    ///
    /// CSDL: property `os`: `Edm.String`, nullable.
    pub os: rt::Field<::std::string::String>,
    /// Operating system version.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for UnmanagedDevice {
    #[inline]
    fn default() -> Self {
        Self {
            device_name: rt::Field::Absent,
            domain: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            last_logged_on_user: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            location: rt::Field::Absent,
            mac_address: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            os: rt::Field::Absent,
            os_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for UnmanagedDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.unmanagedDevice";
    const KEYS: &'static [&'static str] = &[
        "deviceName",
        "domain",
        "ipAddress",
        "lastLoggedOnUser",
        "lastSeenDateTime",
        "location",
        "macAddress",
        "manufacturer",
        "model",
        "os",
        "osVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceName\":                   ",
        ",\"domain\":                       ",
        ",\"ipAddress\":                    ",
        ",\"lastLoggedOnUser\":             ",
        ",\"lastSeenDateTime\":             ",
        ",\"location\":                     ",
        ",\"macAddress\":                   ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"os\":                           ",
        ",\"osVersion\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unmanagedDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_name", &self.device_name);
        v.field(1usize, "domain", &self.domain);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "last_logged_on_user", &self.last_logged_on_user);
        v.field(4usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(5usize, "location", &self.location);
        v.field(6usize, "mac_address", &self.mac_address);
        v.field(7usize, "manufacturer", &self.manufacturer);
        v.field(8usize, "model", &self.model);
        v.field(9usize, "os", &self.os);
        v.field(10usize, "os_version", &self.os_version);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for UnmanagedDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_name.read_from(r),
            1usize => self.domain.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.last_logged_on_user.read_from(r),
            4usize => self.last_seen_date_time.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.mac_address.read_from(r),
            7usize => self.manufacturer.read_from(r),
            8usize => self.model.read_from(r),
            9usize => self.os.read_from(r),
            10usize => self.os_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_name);
        w.field(1usize, &self.domain);
        w.field(2usize, &self.ip_address);
        w.field(3usize, &self.last_logged_on_user);
        w.field(4usize, &self.last_seen_date_time);
        w.field(5usize, &self.location);
        w.field(6usize, &self.mac_address);
        w.field(7usize, &self.manufacturer);
        w.field(8usize, &self.model);
        w.field(9usize, &self.os);
        w.field(10usize, &self.os_version);
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
rt::impl_object!(UnmanagedDevice);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    UnmanagedDevice { with_device_name device_name : ::std::string::String; with_domain
    domain : ::std::string::String; with_ip_address ip_address : ::std::string::String;
    with_last_logged_on_user last_logged_on_user : ::std::string::String;
    with_last_seen_date_time last_seen_date_time : rt::edm::DateTimeOffset; with_location
    location : ::std::string::String; with_mac_address mac_address :
    ::std::string::String; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_os os : ::std::string::String;
    with_os_version os_version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnmanagedDevice);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// This task derived type represents a list of unmanaged devices discovered in the network.
///
/// CSDL: `microsoft.graph.unmanagedDeviceDiscoveryTask`, entity type, derived from `microsoft.graph.deviceAppManagementTask`, key `id`.
///
/// Request builders: [`DeviceAppManagementTaskPath`](requests/trait.DeviceAppManagementTaskPath.html), what a path to one (`EntityPath<UnmanagedDeviceDiscoveryTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct UnmanagedDeviceDiscoveryTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The name or email of the admin this task is assigned to.
    ///
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// The category.
    ///
    /// CSDL: property `category`: `microsoft.graph.deviceAppManagementTaskCategory`, not nullable.
    pub category: rt::Field<crate::beta::DeviceAppManagementTaskCategory>,
    /// The created date.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The email address of the creator.
    ///
    /// CSDL: property `creator`: `Edm.String`, nullable.
    pub creator: rt::Field<::std::string::String>,
    /// Notes from the creator.
    ///
    /// CSDL: property `creatorNotes`: `Edm.String`, nullable.
    pub creator_notes: rt::Field<::std::string::String>,
    /// The description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The due date.
    ///
    /// CSDL: property `dueDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub due_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The priority.
    ///
    /// CSDL: property `priority`: `microsoft.graph.deviceAppManagementTaskPriority`, not nullable.
    pub priority: rt::Field<crate::beta::DeviceAppManagementTaskPriority>,
    /// The status.
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceAppManagementTaskStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceAppManagementTaskStatus>,
    /// Unmanaged devices discovered in the network.
    ///
    /// CSDL: property `unmanagedDevices`: `Collection(microsoft.graph.unmanagedDevice)`, nullable.
    pub unmanaged_devices: rt::Field<::std::vec::Vec<crate::beta::UnmanagedDevice>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for UnmanagedDeviceDiscoveryTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            category: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creator: rt::Field::Absent,
            creator_notes: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            priority: rt::Field::Absent,
            status: rt::Field::Absent,
            unmanaged_devices: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for UnmanagedDeviceDiscoveryTask {
    const TYPE_NAME: &'static str = "microsoft.graph.unmanagedDeviceDiscoveryTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedTo",
        "category",
        "createdDateTime",
        "creator",
        "creatorNotes",
        "description",
        "displayName",
        "dueDateTime",
        "priority",
        "status",
        "unmanagedDevices",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedTo\":                   ",
        ",\"category\":                     ",
        ",\"createdDateTime\":              ",
        ",\"creator\":                      ",
        ",\"creatorNotes\":                 ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"dueDateTime\":                  ",
        ",\"priority\":                     ",
        ",\"status\":                       ",
        ",\"unmanagedDevices\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unmanagedDeviceDiscoveryTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assigned_to", &self.assigned_to);
        v.field(2usize, "category", &self.category);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "creator", &self.creator);
        v.field(5usize, "creator_notes", &self.creator_notes);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "due_date_time", &self.due_date_time);
        v.field(9usize, "priority", &self.priority);
        v.field(10usize, "status", &self.status);
        v.field(11usize, "unmanaged_devices", &self.unmanaged_devices);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for UnmanagedDeviceDiscoveryTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_to.read_from(r),
            2usize => self.category.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.creator.read_from(r),
            5usize => self.creator_notes.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.due_date_time.read_from(r),
            9usize => self.priority.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.unmanaged_devices.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_to);
        w.field(2usize, &self.category);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.creator);
        w.field(5usize, &self.creator_notes);
        w.field(6usize, &self.description);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.due_date_time);
        w.field(9usize, &self.priority);
        w.field(10usize, &self.status);
        w.field(11usize, &self.unmanaged_devices);
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
rt::impl_object!(UnmanagedDeviceDiscoveryTask);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    UnmanagedDeviceDiscoveryTask { with_id id : ::std::string::String; with_assigned_to
    assigned_to : ::std::string::String; with_category category : crate
    ::beta::DeviceAppManagementTaskCategory; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creator creator : ::std::string::String;
    with_creator_notes creator_notes : ::std::string::String; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_due_date_time due_date_time : rt::edm::DateTimeOffset;
    with_priority priority : crate ::beta::DeviceAppManagementTaskPriority; with_status
    status : crate ::beta::DeviceAppManagementTaskStatus; with_unmanaged_devices
    unmanaged_devices : ::std::vec::Vec < crate ::beta::UnmanagedDevice >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnmanagedDeviceDiscoveryTask);
#[cfg(msgraph_beta_device_management_or_search)]
/// A description of why an entity is unsupported.
///
/// CSDL: `microsoft.graph.unsupportedDeviceConfigurationDetail`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UnsupportedDeviceConfigurationDetail {
    /// A message explaining why an entity is unsupported.
    ///
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// If message is related to a specific property in the original entity, then the name of that property.
    ///
    /// CSDL: property `propertyName`: `Edm.String`, nullable.
    pub property_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UnsupportedDeviceConfigurationDetail {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            property_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UnsupportedDeviceConfigurationDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.unsupportedDeviceConfigurationDetail";
    const KEYS: &'static [&'static str] = &["message", "propertyName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"propertyName\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unsupportedDeviceConfigurationDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "property_name", &self.property_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UnsupportedDeviceConfigurationDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.property_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.property_name);
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
rt::impl_object!(UnsupportedDeviceConfigurationDetail);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UnsupportedDeviceConfigurationDetail { with_message message : ::std::string::String;
    with_property_name property_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnsupportedDeviceConfigurationDetail);
#[cfg(msgraph_beta_device_management_or_search)]
/// Unsupported Group Policy Extension.
///
/// CSDL: `microsoft.graph.unsupportedGroupPolicyExtension`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UnsupportedGroupPolicyExtension {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// ExtensionType of the unsupported extension.
    ///
    /// CSDL: property `extensionType`: `Edm.String`, nullable.
    pub extension_type: rt::Field<::std::string::String>,
    /// Namespace Url of the unsupported extension.
    ///
    /// CSDL: property `namespaceUrl`: `Edm.String`, nullable.
    pub namespace_url: rt::Field<::std::string::String>,
    /// Node name of the unsupported extension.
    ///
    /// CSDL: property `nodeName`: `Edm.String`, nullable.
    pub node_name: rt::Field<::std::string::String>,
    /// Setting Scope of the unsupported extension.
    ///
    /// CSDL: property `settingScope`: `microsoft.graph.groupPolicySettingScope`, not nullable.
    pub setting_scope: rt::Field<crate::beta::GroupPolicySettingScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UnsupportedGroupPolicyExtension {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extension_type: rt::Field::Absent,
            namespace_url: rt::Field::Absent,
            node_name: rt::Field::Absent,
            setting_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UnsupportedGroupPolicyExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.unsupportedGroupPolicyExtension";
    const KEYS: &'static [&'static str] = &[
        "id",
        "extensionType",
        "namespaceUrl",
        "nodeName",
        "settingScope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"extensionType\":                ",
        ",\"namespaceUrl\":                 ",
        ",\"nodeName\":                     ",
        ",\"settingScope\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.unsupportedGroupPolicyExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "extension_type", &self.extension_type);
        v.field(2usize, "namespace_url", &self.namespace_url);
        v.field(3usize, "node_name", &self.node_name);
        v.field(4usize, "setting_scope", &self.setting_scope);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UnsupportedGroupPolicyExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.extension_type.read_from(r),
            2usize => self.namespace_url.read_from(r),
            3usize => self.node_name.read_from(r),
            4usize => self.setting_scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.extension_type);
        w.field(2usize, &self.namespace_url);
        w.field(3usize, &self.node_name);
        w.field(4usize, &self.setting_scope);
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
rt::impl_object!(UnsupportedGroupPolicyExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UnsupportedGroupPolicyExtension { with_id id : ::std::string::String;
    with_extension_type extension_type : ::std::string::String; with_namespace_url
    namespace_url : ::std::string::String; with_node_name node_name :
    ::std::string::String; with_setting_scope setting_scope : crate
    ::beta::GroupPolicySettingScope; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnsupportedGroupPolicyExtension);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.urlAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<UrlAssessmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UrlAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::beta::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::beta::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::beta::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::beta::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::beta::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::beta::ThreatAssessmentResult>>,
    /// CSDL: property `url`: `Edm.String`, not nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for UrlAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for UrlAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.urlAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.urlAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
        v.field(9usize, "url", &self.url);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for UrlAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            9usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
        w.field(9usize, &self.url);
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
rt::impl_object!(UrlAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    UrlAssessmentRequest { with_id id : ::std::string::String; with_category category :
    crate ::beta::ThreatCategory; with_content_type content_type : crate
    ::beta::ThreatAssessmentContentType; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::beta::ThreatExpectedAssessment; with_request_source request_source : crate
    ::beta::ThreatAssessmentRequestSource; with_status status : crate
    ::beta::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::beta::ThreatAssessmentResult >; with_url url : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(UrlAssessmentRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.usageDetails`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UsageDetails {
    /// CSDL: property `lastAccessedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_accessed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UsageDetails {
    #[inline]
    fn default() -> Self {
        Self {
            last_accessed_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UsageDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.usageDetails";
    const KEYS: &'static [&'static str] = &[
        "lastAccessedDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"lastAccessedDateTime\":         ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.usageDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "last_accessed_date_time", &self.last_accessed_date_time);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UsageDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.last_accessed_date_time.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.last_accessed_date_time);
        w.field(1usize, &self.last_modified_date_time);
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
rt::impl_object!(UsageDetails);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UsageDetails { with_last_accessed_date_time last_accessed_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsageDetails);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.usageRight`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UsageRight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `catalogId`: `Edm.String`, not nullable.
    pub catalog_id: rt::Field<::std::string::String>,
    /// CSDL: property `serviceIdentifier`: `Edm.String`, not nullable.
    pub service_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.usageRightState`, not nullable.
    pub state: rt::Field<crate::beta::UsageRightState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UsageRight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            catalog_id: rt::Field::Absent,
            service_identifier: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UsageRight {
    const TYPE_NAME: &'static str = "microsoft.graph.usageRight";
    const KEYS: &'static [&'static str] = &[
        "id",
        "catalogId",
        "serviceIdentifier",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"catalogId\":                    ",
        ",\"serviceIdentifier\":            ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.usageRight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "catalog_id", &self.catalog_id);
        v.field(2usize, "service_identifier", &self.service_identifier);
        v.field(3usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UsageRight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.catalog_id.read_from(r),
            2usize => self.service_identifier.read_from(r),
            3usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.catalog_id);
        w.field(2usize, &self.service_identifier);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(UsageRight);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UsageRight { with_id id : ::std::string::String; with_catalog_id catalog_id :
    ::std::string::String; with_service_identifier service_identifier :
    ::std::string::String; with_state state : crate ::beta::UsageRightState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsageRight);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.usageRightState`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UsageRightState {
    /// `active` (value 0).
    Active,
    /// `inactive` (value 1).
    Inactive,
    /// `warning` (value 2).
    Warning,
    /// `suspended` (value 3).
    Suspended,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for UsageRightState {
    const TYPE_NAME: &'static str = "microsoft.graph.usageRightState";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "inactive",
        "warning",
        "suspended",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
                "warning" => Self::Warning,
                "suspended" => Self::Suspended,
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
            Self::Inactive => "inactive",
            Self::Warning => "warning",
            Self::Suspended => "suspended",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(UsageRightState);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsageRightState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userActivity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserActivityPath`](requests/trait.UserActivityPath.html), what a path to one (`EntityPath<UserActivity, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserActivity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activationUrl`: `Edm.String`, not nullable.
    pub activation_url: rt::Field<::std::string::String>,
    /// CSDL: property `activitySourceHost`: `Edm.String`, not nullable.
    pub activity_source_host: rt::Field<::std::string::String>,
    /// CSDL: property `appActivityId`: `Edm.String`, not nullable.
    pub app_activity_id: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `contentInfo`: `microsoft.graph.Json`, nullable.
    pub content_info: rt::Field<crate::beta::Json>,
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fallbackUrl`: `Edm.String`, nullable.
    pub fallback_url: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.status`, nullable.
    pub status: rt::Field<crate::beta::Status>,
    /// CSDL: property `userTimezone`: `Edm.String`, nullable.
    pub user_timezone: rt::Field<::std::string::String>,
    /// CSDL: property `visualElements`: `microsoft.graph.visualInfo`, not nullable.
    pub visual_elements: rt::Field<crate::beta::VisualInfo>,
    /// CSDL: containment navigation property `historyItems`: `Collection(microsoft.graph.activityHistoryItem)`, not nullable.
    pub history_items: rt::Field<::std::vec::Vec<crate::beta::ActivityHistoryItem>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserActivity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activation_url: rt::Field::Absent,
            activity_source_host: rt::Field::Absent,
            app_activity_id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            content_info: rt::Field::Absent,
            content_url: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            fallback_url: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            user_timezone: rt::Field::Absent,
            visual_elements: rt::Field::Absent,
            history_items: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.userActivity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activationUrl",
        "activitySourceHost",
        "appActivityId",
        "appDisplayName",
        "contentInfo",
        "contentUrl",
        "createdDateTime",
        "expirationDateTime",
        "fallbackUrl",
        "lastModifiedDateTime",
        "status",
        "userTimezone",
        "visualElements",
        "historyItems",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activationUrl\":                ",
        ",\"activitySourceHost\":           ",
        ",\"appActivityId\":                ",
        ",\"appDisplayName\":               ",
        ",\"contentInfo\":                  ",
        ",\"contentUrl\":                   ",
        ",\"createdDateTime\":              ",
        ",\"expirationDateTime\":           ",
        ",\"fallbackUrl\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"userTimezone\":                 ",
        ",\"visualElements\":               ",
        ",\"historyItems\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activation_url", &self.activation_url);
        v.field(2usize, "activity_source_host", &self.activity_source_host);
        v.field(3usize, "app_activity_id", &self.app_activity_id);
        v.field(4usize, "app_display_name", &self.app_display_name);
        v.field(5usize, "content_info", &self.content_info);
        v.field(6usize, "content_url", &self.content_url);
        v.field(7usize, "created_date_time", &self.created_date_time);
        v.field(8usize, "expiration_date_time", &self.expiration_date_time);
        v.field(9usize, "fallback_url", &self.fallback_url);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "user_timezone", &self.user_timezone);
        v.field(13usize, "visual_elements", &self.visual_elements);
        v.field(14usize, "history_items", &self.history_items);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserActivity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activation_url.read_from(r),
            2usize => self.activity_source_host.read_from(r),
            3usize => self.app_activity_id.read_from(r),
            4usize => self.app_display_name.read_from(r),
            5usize => self.content_info.read_from(r),
            6usize => self.content_url.read_from(r),
            7usize => self.created_date_time.read_from(r),
            8usize => self.expiration_date_time.read_from(r),
            9usize => self.fallback_url.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.user_timezone.read_from(r),
            13usize => self.visual_elements.read_from(r),
            14usize => self.history_items.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activation_url);
        w.field(2usize, &self.activity_source_host);
        w.field(3usize, &self.app_activity_id);
        w.field(4usize, &self.app_display_name);
        w.field(5usize, &self.content_info);
        w.field(6usize, &self.content_url);
        w.field(7usize, &self.created_date_time);
        w.field(8usize, &self.expiration_date_time);
        w.field(9usize, &self.fallback_url);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.status);
        w.field(12usize, &self.user_timezone);
        w.field(13usize, &self.visual_elements);
        w.field(14usize, &self.history_items);
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
rt::impl_object!(UserActivity);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserActivity { with_id id : ::std::string::String; with_activation_url activation_url
    : ::std::string::String; with_activity_source_host activity_source_host :
    ::std::string::String; with_app_activity_id app_activity_id : ::std::string::String;
    with_app_display_name app_display_name : ::std::string::String; with_content_info
    content_info : crate ::beta::Json; with_content_url content_url :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_fallback_url fallback_url : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::beta::Status; with_user_timezone user_timezone :
    ::std::string::String; with_visual_elements visual_elements : crate
    ::beta::VisualInfo; with_history_items history_items : ::std::vec::Vec < crate
    ::beta::ActivityHistoryItem >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserActivity);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the installation status for a user.
///
/// CSDL: `microsoft.graph.userAppInstallStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserAppInstallStatusPath`](requests/trait.UserAppInstallStatusPath.html), what a path to one (`EntityPath<UserAppInstallStatus, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct UserAppInstallStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Failed Device Count.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// Installed Device Count.
    ///
    /// CSDL: property `installedDeviceCount`: `Edm.Int32`, not nullable.
    pub installed_device_count: rt::Field<i32>,
    /// Not installed device count.
    ///
    /// CSDL: property `notInstalledDeviceCount`: `Edm.Int32`, not nullable.
    pub not_installed_device_count: rt::Field<i32>,
    /// User name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// User Principal Name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// The navigation link to the mobile app.
    ///
    /// CSDL: navigation property `app`: `microsoft.graph.mobileApp`, nullable.
    pub app: rt::Field<crate::beta::AnyMobileApp>,
    /// The install state of the app on devices.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for UserAppInstallStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            installed_device_count: rt::Field::Absent,
            not_installed_device_count: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            app: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for UserAppInstallStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.userAppInstallStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "failedDeviceCount",
        "installedDeviceCount",
        "notInstalledDeviceCount",
        "userName",
        "userPrincipalName",
        "app",
        "deviceStatuses",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"failedDeviceCount\":            ",
        ",\"installedDeviceCount\":         ",
        ",\"notInstalledDeviceCount\":      ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
        ",\"app\":                          ",
        ",\"deviceStatuses\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userAppInstallStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "failed_device_count", &self.failed_device_count);
        v.field(2usize, "installed_device_count", &self.installed_device_count);
        v.field(3usize, "not_installed_device_count", &self.not_installed_device_count);
        v.field(4usize, "user_name", &self.user_name);
        v.field(5usize, "user_principal_name", &self.user_principal_name);
        v.field(6usize, "app", &self.app);
        v.field(7usize, "device_statuses", &self.device_statuses);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for UserAppInstallStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.failed_device_count.read_from(r),
            2usize => self.installed_device_count.read_from(r),
            3usize => self.not_installed_device_count.read_from(r),
            4usize => self.user_name.read_from(r),
            5usize => self.user_principal_name.read_from(r),
            6usize => self.app.read_from(r),
            7usize => self.device_statuses.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.failed_device_count);
        w.field(2usize, &self.installed_device_count);
        w.field(3usize, &self.not_installed_device_count);
        w.field(4usize, &self.user_name);
        w.field(5usize, &self.user_principal_name);
        w.field(6usize, &self.app);
        w.field(7usize, &self.device_statuses);
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
rt::impl_object!(UserAppInstallStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    UserAppInstallStatus { with_id id : ::std::string::String; with_failed_device_count
    failed_device_count : i32; with_installed_device_count installed_device_count : i32;
    with_not_installed_device_count not_installed_device_count : i32; with_user_name
    user_name : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_app app : crate ::beta::AnyMobileApp;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAppInstallStatus);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.userAttributeValuesItem`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct UserAttributeValuesItem {
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for UserAttributeValuesItem {
    #[inline]
    fn default() -> Self {
        Self {
            is_default: rt::Field::Absent,
            name: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for UserAttributeValuesItem {
    const TYPE_NAME: &'static str = "microsoft.graph.userAttributeValuesItem";
    const KEYS: &'static [&'static str] = &["isDefault", "name", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDefault\":                    ",
        ",\"name\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userAttributeValuesItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_default", &self.is_default);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for UserAttributeValuesItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_default.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_default);
        w.field(1usize, &self.name);
        w.field(2usize, &self.value);
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
rt::impl_object!(UserAttributeValuesItem);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    UserAttributeValuesItem { with_is_default is_default : bool; with_name name :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAttributeValuesItem);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userConsentRequest`, entity type, derived from `microsoft.graph.request`, key `id`.
///
/// Request builders: [`UserConsentRequestPath`](requests/trait.UserConsentRequestPath.html), what a path to one (`EntityPath<UserConsentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserConsentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `approval`: `microsoft.graph.approval`, nullable.
    pub approval: rt::Field<crate::beta::Approval>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserConsentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            reason: rt::Field::Absent,
            approval: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserConsentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.userConsentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
        "reason",
        "approval",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
        ",\"reason\":                       ",
        ",\"approval\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userConsentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "reason", &self.reason);
        v.field(8usize, "approval", &self.approval);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserConsentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.reason.read_from(r),
            8usize => self.approval.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
        w.field(7usize, &self.reason);
        w.field(8usize, &self.approval);
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
rt::impl_object!(UserConsentRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserConsentRequest { with_id id : ::std::string::String; with_approval_id approval_id
    : ::std::string::String; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_custom_data
    custom_data : ::std::string::String; with_status status : ::std::string::String;
    with_reason reason : ::std::string::String; with_approval approval : crate
    ::beta::Approval; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserConsentRequest);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userCredentialUsageDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserCredentialUsageDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `authMethod`: `microsoft.graph.usageAuthMethod`, not nullable.
    pub auth_method: rt::Field<crate::beta::UsageAuthMethod>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `failureReason`: `Edm.String`, not nullable.
    pub failure_reason: rt::Field<::std::string::String>,
    /// CSDL: property `feature`: `microsoft.graph.featureType`, not nullable.
    pub feature: rt::Field<crate::beta::FeatureType>,
    /// CSDL: property `isSuccess`: `Edm.Boolean`, not nullable.
    pub is_success: rt::Field<bool>,
    /// CSDL: property `userDisplayName`: `Edm.String`, not nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, not nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for UserCredentialUsageDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            auth_method: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            failure_reason: rt::Field::Absent,
            feature: rt::Field::Absent,
            is_success: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for UserCredentialUsageDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.userCredentialUsageDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "authMethod",
        "eventDateTime",
        "failureReason",
        "feature",
        "isSuccess",
        "userDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"authMethod\":                   ",
        ",\"eventDateTime\":                ",
        ",\"failureReason\":                ",
        ",\"feature\":                      ",
        ",\"isSuccess\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userCredentialUsageDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "auth_method", &self.auth_method);
        v.field(2usize, "event_date_time", &self.event_date_time);
        v.field(3usize, "failure_reason", &self.failure_reason);
        v.field(4usize, "feature", &self.feature);
        v.field(5usize, "is_success", &self.is_success);
        v.field(6usize, "user_display_name", &self.user_display_name);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for UserCredentialUsageDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.auth_method.read_from(r),
            2usize => self.event_date_time.read_from(r),
            3usize => self.failure_reason.read_from(r),
            4usize => self.feature.read_from(r),
            5usize => self.is_success.read_from(r),
            6usize => self.user_display_name.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.auth_method);
        w.field(2usize, &self.event_date_time);
        w.field(3usize, &self.failure_reason);
        w.field(4usize, &self.feature);
        w.field(5usize, &self.is_success);
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
rt::impl_object!(UserCredentialUsageDetails);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserCredentialUsageDetails { with_id id : ::std::string::String; with_auth_method
    auth_method : crate ::beta::UsageAuthMethod; with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_failure_reason failure_reason : ::std::string::String;
    with_feature feature : crate ::beta::FeatureType; with_is_success is_success : bool;
    with_user_display_name user_display_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserCredentialUsageDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics applicaiton performance entity contains app performance details by OS version.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of devices where the app has been active. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The number of crashes for the app. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The friendly name of the application.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The name of the application.
    ///
    /// CSDL: property `appName`: `Edm.String`, nullable.
    pub app_name: rt::Field<::std::string::String>,
    /// The publisher of the application.
    ///
    /// CSDL: property `appPublisher`: `Edm.String`, nullable.
    pub app_publisher: rt::Field<::std::string::String>,
    /// The total usage time of the application in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appUsageDuration`: `Edm.Int32`, not nullable.
    pub app_usage_duration: rt::Field<i32>,
    /// The mean time to failure for the app in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// The os build number of the application.
    ///
    /// CSDL: property `osBuildNumber`: `Edm.String`, nullable.
    pub os_build_number: rt::Field<::std::string::String>,
    /// The os version of the application.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_device_count: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_name: rt::Field::Absent,
            app_publisher: rt::Field::Absent,
            app_usage_duration: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            os_build_number: rt::Field::Absent,
            os_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "appCrashCount",
        "appDisplayName",
        "appName",
        "appPublisher",
        "appUsageDuration",
        "meanTimeToFailureInMinutes",
        "osBuildNumber",
        "osVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeDeviceCount\":            ",
        ",\"appCrashCount\":                ",
        ",\"appDisplayName\":               ",
        ",\"appName\":                      ",
        ",\"appPublisher\":                 ",
        ",\"appUsageDuration\":             ",
        ",\"meanTimeToFailureInMinutes\":   ",
        ",\"osBuildNumber\":                ",
        ",\"osVersion\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_device_count", &self.active_device_count);
        v.field(2usize, "app_crash_count", &self.app_crash_count);
        v.field(3usize, "app_display_name", &self.app_display_name);
        v.field(4usize, "app_name", &self.app_name);
        v.field(5usize, "app_publisher", &self.app_publisher);
        v.field(6usize, "app_usage_duration", &self.app_usage_duration);
        v.field(
            7usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        v.field(8usize, "os_build_number", &self.os_build_number);
        v.field(9usize, "os_version", &self.os_version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_device_count.read_from(r),
            2usize => self.app_crash_count.read_from(r),
            3usize => self.app_display_name.read_from(r),
            4usize => self.app_name.read_from(r),
            5usize => self.app_publisher.read_from(r),
            6usize => self.app_usage_duration.read_from(r),
            7usize => self.mean_time_to_failure_in_minutes.read_from(r),
            8usize => self.os_build_number.read_from(r),
            9usize => self.os_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_device_count);
        w.field(2usize, &self.app_crash_count);
        w.field(3usize, &self.app_display_name);
        w.field(4usize, &self.app_name);
        w.field(5usize, &self.app_publisher);
        w.field(6usize, &self.app_usage_duration);
        w.field(7usize, &self.mean_time_to_failure_in_minutes);
        w.field(8usize, &self.os_build_number);
        w.field(9usize, &self.os_version);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_app_crash_count app_crash_count : i32; with_app_display_name app_display_name :
    ::std::string::String; with_app_name app_name : ::std::string::String;
    with_app_publisher app_publisher : ::std::string::String; with_app_usage_duration
    app_usage_duration : i32; with_mean_time_to_failure_in_minutes
    mean_time_to_failure_in_minutes : i32; with_os_build_number os_build_number :
    ::std::string::String; with_os_version os_version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device model performance entity contains device model performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of active devices for the model. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `activeDeviceCount`: `Edm.Int32`, not nullable.
    pub active_device_count: rt::Field<i32>,
    /// The manufacturer name of the device.
    ///
    /// CSDL: property `deviceManufacturer`: `Edm.String`, nullable.
    pub device_manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device.
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The mean time to failure for the model device in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// The app health score of the device model. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `modelAppHealthScore`: `Edm.Double`, not nullable.
    pub model_app_health_score: rt::Field<f64>,
    /// The overall app health status of the device model.
    ///
    /// CSDL: property `modelAppHealthStatus`: `Edm.String`, nullable.
    pub model_app_health_status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_device_count: rt::Field::Absent,
            device_manufacturer: rt::Field::Absent,
            device_model: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            model_app_health_score: rt::Field::Absent,
            model_app_health_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeDeviceCount",
        "deviceManufacturer",
        "deviceModel",
        "meanTimeToFailureInMinutes",
        "modelAppHealthScore",
        "modelAppHealthStatus",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeDeviceCount\":            ",
        ",\"deviceManufacturer\":           ",
        ",\"deviceModel\":                  ",
        ",\"meanTimeToFailureInMinutes\":   ",
        ",\"modelAppHealthScore\":          ",
        ",\"modelAppHealthStatus\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_device_count", &self.active_device_count);
        v.field(2usize, "device_manufacturer", &self.device_manufacturer);
        v.field(3usize, "device_model", &self.device_model);
        v.field(
            4usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
        v.field(5usize, "model_app_health_score", &self.model_app_health_score);
        v.field(6usize, "model_app_health_status", &self.model_app_health_status);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthDeviceModelPerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_device_count.read_from(r),
            2usize => self.device_manufacturer.read_from(r),
            3usize => self.device_model.read_from(r),
            4usize => self.mean_time_to_failure_in_minutes.read_from(r),
            5usize => self.model_app_health_score.read_from(r),
            6usize => self.model_app_health_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_device_count);
        w.field(2usize, &self.device_manufacturer);
        w.field(3usize, &self.device_model);
        w.field(4usize, &self.mean_time_to_failure_in_minutes);
        w.field(5usize, &self.model_app_health_score);
        w.field(6usize, &self.model_app_health_status);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthDeviceModelPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthDeviceModelPerformance { with_id id :
    ::std::string::String; with_active_device_count active_device_count : i32;
    with_device_manufacturer device_manufacturer : ::std::string::String;
    with_device_model device_model : ::std::string::String;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32;
    with_model_app_health_score model_app_health_score : f64;
    with_model_app_health_status model_app_health_status : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthDeviceModelPerformance);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device performance entity contains device performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthDevicePerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The number of app crashes for the device. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appCrashCount`: `Edm.Int32`, not nullable.
    pub app_crash_count: rt::Field<i32>,
    /// The number of app hangs for the device. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `appHangCount`: `Edm.Int32`, not nullable.
    pub app_hang_count: rt::Field<i32>,
    /// The number of distinct app crashes for the device. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `crashedAppCount`: `Edm.Int32`, not nullable.
    pub crashed_app_count: rt::Field<i32>,
    /// The app health score of the device. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `deviceAppHealthScore`: `Edm.Double`, not nullable.
    pub device_app_health_score: rt::Field<f64>,
    /// The overall app health status of the device.
    ///
    /// CSDL: property `deviceAppHealthStatus`: `Edm.String`, nullable.
    pub device_app_health_status: rt::Field<::std::string::String>,
    /// The name of the device.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The id of the device.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The manufacturer name of the device.
    ///
    /// CSDL: property `deviceManufacturer`: `Edm.String`, nullable.
    pub device_manufacturer: rt::Field<::std::string::String>,
    /// The model name of the device.
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// The mean time to failure for the device in minutes. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `meanTimeToFailureInMinutes`: `Edm.Int32`, not nullable.
    pub mean_time_to_failure_in_minutes: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsAppHealthDevicePerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_crash_count: rt::Field::Absent,
            app_hang_count: rt::Field::Absent,
            crashed_app_count: rt::Field::Absent,
            device_app_health_score: rt::Field::Absent,
            device_app_health_status: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_manufacturer: rt::Field::Absent,
            device_model: rt::Field::Absent,
            mean_time_to_failure_in_minutes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthDevicePerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appCrashCount",
        "appHangCount",
        "crashedAppCount",
        "deviceAppHealthScore",
        "deviceAppHealthStatus",
        "deviceDisplayName",
        "deviceId",
        "deviceManufacturer",
        "deviceModel",
        "meanTimeToFailureInMinutes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appCrashCount\":                ",
        ",\"appHangCount\":                 ",
        ",\"crashedAppCount\":              ",
        ",\"deviceAppHealthScore\":         ",
        ",\"deviceAppHealthStatus\":        ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"deviceManufacturer\":           ",
        ",\"deviceModel\":                  ",
        ",\"meanTimeToFailureInMinutes\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_crash_count", &self.app_crash_count);
        v.field(2usize, "app_hang_count", &self.app_hang_count);
        v.field(3usize, "crashed_app_count", &self.crashed_app_count);
        v.field(4usize, "device_app_health_score", &self.device_app_health_score);
        v.field(5usize, "device_app_health_status", &self.device_app_health_status);
        v.field(6usize, "device_display_name", &self.device_display_name);
        v.field(7usize, "device_id", &self.device_id);
        v.field(8usize, "device_manufacturer", &self.device_manufacturer);
        v.field(9usize, "device_model", &self.device_model);
        v.field(
            10usize,
            "mean_time_to_failure_in_minutes",
            &self.mean_time_to_failure_in_minutes,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthDevicePerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_crash_count.read_from(r),
            2usize => self.app_hang_count.read_from(r),
            3usize => self.crashed_app_count.read_from(r),
            4usize => self.device_app_health_score.read_from(r),
            5usize => self.device_app_health_status.read_from(r),
            6usize => self.device_display_name.read_from(r),
            7usize => self.device_id.read_from(r),
            8usize => self.device_manufacturer.read_from(r),
            9usize => self.device_model.read_from(r),
            10usize => self.mean_time_to_failure_in_minutes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_crash_count);
        w.field(2usize, &self.app_hang_count);
        w.field(3usize, &self.crashed_app_count);
        w.field(4usize, &self.device_app_health_score);
        w.field(5usize, &self.device_app_health_status);
        w.field(6usize, &self.device_display_name);
        w.field(7usize, &self.device_id);
        w.field(8usize, &self.device_manufacturer);
        w.field(9usize, &self.device_model);
        w.field(10usize, &self.mean_time_to_failure_in_minutes);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthDevicePerformance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthDevicePerformance { with_id id :
    ::std::string::String; with_app_crash_count app_crash_count : i32;
    with_app_hang_count app_hang_count : i32; with_crashed_app_count crashed_app_count :
    i32; with_device_app_health_score device_app_health_score : f64;
    with_device_app_health_status device_app_health_status : ::std::string::String;
    with_device_display_name device_display_name : ::std::string::String; with_device_id
    device_id : ::std::string::String; with_device_manufacturer device_manufacturer :
    ::std::string::String; with_device_model device_model : ::std::string::String;
    with_mean_time_to_failure_in_minutes mean_time_to_failure_in_minutes : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthDevicePerformance);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device performance entity contains device performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The friendly name of the application for which the event occurred.
    ///
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// The name of the device.
    ///
    /// CSDL: property `deviceDisplayName`: `Edm.String`, nullable.
    pub device_display_name: rt::Field<::std::string::String>,
    /// The id of the device.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The time the event occurred.
    ///
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The type of the event.
    ///
    /// CSDL: property `eventType`: `Edm.String`, nullable.
    pub event_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default
for UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            device_display_name: rt::Field::Absent,
            device_id: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            event_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appDisplayName",
        "deviceDisplayName",
        "deviceId",
        "eventDateTime",
        "eventType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appDisplayName\":               ",
        ",\"deviceDisplayName\":            ",
        ",\"deviceId\":                     ",
        ",\"eventDateTime\":                ",
        ",\"eventType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_display_name", &self.app_display_name);
        v.field(2usize, "device_display_name", &self.device_display_name);
        v.field(3usize, "device_id", &self.device_id);
        v.field(4usize, "event_date_time", &self.event_date_time);
        v.field(5usize, "event_type", &self.event_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsAppHealthDevicePerformanceDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_display_name.read_from(r),
            2usize => self.device_display_name.read_from(r),
            3usize => self.device_id.read_from(r),
            4usize => self.event_date_time.read_from(r),
            5usize => self.event_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_display_name);
        w.field(2usize, &self.device_display_name);
        w.field(3usize, &self.device_id);
        w.field(4usize, &self.event_date_time);
        w.field(5usize, &self.event_type);
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
rt::impl_object!(UserExperienceAnalyticsAppHealthDevicePerformanceDetails);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsAppHealthDevicePerformanceDetails { with_id id :
    ::std::string::String; with_app_display_name app_display_name :
    ::std::string::String; with_device_display_name device_display_name :
    ::std::string::String; with_device_id device_id : ::std::string::String;
    with_event_date_time event_date_time : rt::edm::DateTimeOffset; with_event_type
    event_type : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsAppHealthDevicePerformanceDetails);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device performance entity contains device boot performance details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDevicePerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDevicePerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Average (mean) number of Blue Screens per device in the last 14 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `averageBlueScreens`: `Edm.Double`, not nullable.
    pub average_blue_screens: rt::Field<f64>,
    /// Average (mean) number of Restarts per device in the last 14 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `averageRestarts`: `Edm.Double`, not nullable.
    pub average_restarts: rt::Field<f64>,
    /// Number of Blue Screens in the last 14 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `blueScreenCount`: `Edm.Int32`, not nullable.
    pub blue_screen_count: rt::Field<i32>,
    /// The user experience analytics device boot score.
    ///
    /// CSDL: property `bootScore`: `Edm.Int32`, not nullable.
    pub boot_score: rt::Field<i32>,
    /// The user experience analytics device core boot time in milliseconds.
    ///
    /// CSDL: property `coreBootTimeInMs`: `Edm.Int32`, not nullable.
    pub core_boot_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device core login time in milliseconds.
    ///
    /// CSDL: property `coreLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub core_login_time_in_ms: rt::Field<i32>,
    /// User experience analytics summarized device count.
    ///
    /// CSDL: property `deviceCount`: `Edm.Int64`, not nullable.
    pub device_count: rt::Field<i64>,
    /// The user experience analytics device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The user experience analytics device disk type.
    ///
    /// CSDL: property `diskType`: `microsoft.graph.diskType`, not nullable.
    pub disk_type: rt::Field<crate::beta::DiskType>,
    /// The user experience analytics device group policy boot time in milliseconds.
    ///
    /// CSDL: property `groupPolicyBootTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_boot_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device group policy login time in milliseconds.
    ///
    /// CSDL: property `groupPolicyLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_login_time_in_ms: rt::Field<i32>,
    /// The health state of the user experience analytics device.
    ///
    /// CSDL: property `healthStatus`: `microsoft.graph.userExperienceAnalyticsHealthState`, not nullable.
    pub health_status: rt::Field<crate::beta::UserExperienceAnalyticsHealthState>,
    /// The user experience analytics device login score.
    ///
    /// CSDL: property `loginScore`: `Edm.Int32`, not nullable.
    pub login_score: rt::Field<i32>,
    /// The user experience analytics device manufacturer.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The user experience analytics device model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// The user experience analytics device Operating System version.
    ///
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// The user experience analytics responsive desktop time in milliseconds.
    ///
    /// CSDL: property `responsiveDesktopTimeInMs`: `Edm.Int32`, not nullable.
    pub responsive_desktop_time_in_ms: rt::Field<i32>,
    /// Number of Restarts in the last 14 days. Valid values 0 to 9999999
    ///
    /// CSDL: property `restartCount`: `Edm.Int32`, not nullable.
    pub restart_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDevicePerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            average_blue_screens: rt::Field::Absent,
            average_restarts: rt::Field::Absent,
            blue_screen_count: rt::Field::Absent,
            boot_score: rt::Field::Absent,
            core_boot_time_in_ms: rt::Field::Absent,
            core_login_time_in_ms: rt::Field::Absent,
            device_count: rt::Field::Absent,
            device_name: rt::Field::Absent,
            disk_type: rt::Field::Absent,
            group_policy_boot_time_in_ms: rt::Field::Absent,
            group_policy_login_time_in_ms: rt::Field::Absent,
            health_status: rt::Field::Absent,
            login_score: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            responsive_desktop_time_in_ms: rt::Field::Absent,
            restart_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDevicePerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDevicePerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "averageBlueScreens",
        "averageRestarts",
        "blueScreenCount",
        "bootScore",
        "coreBootTimeInMs",
        "coreLoginTimeInMs",
        "deviceCount",
        "deviceName",
        "diskType",
        "groupPolicyBootTimeInMs",
        "groupPolicyLoginTimeInMs",
        "healthStatus",
        "loginScore",
        "manufacturer",
        "model",
        "operatingSystemVersion",
        "responsiveDesktopTimeInMs",
        "restartCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"averageBlueScreens\":           ",
        ",\"averageRestarts\":              ",
        ",\"blueScreenCount\":              ",
        ",\"bootScore\":                    ",
        ",\"coreBootTimeInMs\":             ",
        ",\"coreLoginTimeInMs\":            ",
        ",\"deviceCount\":                  ",
        ",\"deviceName\":                   ",
        ",\"diskType\":                     ",
        ",\"groupPolicyBootTimeInMs\":      ",
        ",\"groupPolicyLoginTimeInMs\":     ",
        ",\"healthStatus\":                 ",
        ",\"loginScore\":                   ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"operatingSystemVersion\":       ",
        ",\"responsiveDesktopTimeInMs\":    ",
        ",\"restartCount\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDevicePerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "average_blue_screens", &self.average_blue_screens);
        v.field(2usize, "average_restarts", &self.average_restarts);
        v.field(3usize, "blue_screen_count", &self.blue_screen_count);
        v.field(4usize, "boot_score", &self.boot_score);
        v.field(5usize, "core_boot_time_in_ms", &self.core_boot_time_in_ms);
        v.field(6usize, "core_login_time_in_ms", &self.core_login_time_in_ms);
        v.field(7usize, "device_count", &self.device_count);
        v.field(8usize, "device_name", &self.device_name);
        v.field(9usize, "disk_type", &self.disk_type);
        v.field(
            10usize,
            "group_policy_boot_time_in_ms",
            &self.group_policy_boot_time_in_ms,
        );
        v.field(
            11usize,
            "group_policy_login_time_in_ms",
            &self.group_policy_login_time_in_ms,
        );
        v.field(12usize, "health_status", &self.health_status);
        v.field(13usize, "login_score", &self.login_score);
        v.field(14usize, "manufacturer", &self.manufacturer);
        v.field(15usize, "model", &self.model);
        v.field(16usize, "operating_system_version", &self.operating_system_version);
        v.field(
            17usize,
            "responsive_desktop_time_in_ms",
            &self.responsive_desktop_time_in_ms,
        );
        v.field(18usize, "restart_count", &self.restart_count);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDevicePerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.average_blue_screens.read_from(r),
            2usize => self.average_restarts.read_from(r),
            3usize => self.blue_screen_count.read_from(r),
            4usize => self.boot_score.read_from(r),
            5usize => self.core_boot_time_in_ms.read_from(r),
            6usize => self.core_login_time_in_ms.read_from(r),
            7usize => self.device_count.read_from(r),
            8usize => self.device_name.read_from(r),
            9usize => self.disk_type.read_from(r),
            10usize => self.group_policy_boot_time_in_ms.read_from(r),
            11usize => self.group_policy_login_time_in_ms.read_from(r),
            12usize => self.health_status.read_from(r),
            13usize => self.login_score.read_from(r),
            14usize => self.manufacturer.read_from(r),
            15usize => self.model.read_from(r),
            16usize => self.operating_system_version.read_from(r),
            17usize => self.responsive_desktop_time_in_ms.read_from(r),
            18usize => self.restart_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.average_blue_screens);
        w.field(2usize, &self.average_restarts);
        w.field(3usize, &self.blue_screen_count);
        w.field(4usize, &self.boot_score);
        w.field(5usize, &self.core_boot_time_in_ms);
        w.field(6usize, &self.core_login_time_in_ms);
        w.field(7usize, &self.device_count);
        w.field(8usize, &self.device_name);
        w.field(9usize, &self.disk_type);
        w.field(10usize, &self.group_policy_boot_time_in_ms);
        w.field(11usize, &self.group_policy_login_time_in_ms);
        w.field(12usize, &self.health_status);
        w.field(13usize, &self.login_score);
        w.field(14usize, &self.manufacturer);
        w.field(15usize, &self.model);
        w.field(16usize, &self.operating_system_version);
        w.field(17usize, &self.responsive_desktop_time_in_ms);
        w.field(18usize, &self.restart_count);
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
rt::impl_object!(UserExperienceAnalyticsDevicePerformance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDevicePerformance { with_id id : ::std::string::String;
    with_average_blue_screens average_blue_screens : f64; with_average_restarts
    average_restarts : f64; with_blue_screen_count blue_screen_count : i32;
    with_boot_score boot_score : i32; with_core_boot_time_in_ms core_boot_time_in_ms :
    i32; with_core_login_time_in_ms core_login_time_in_ms : i32; with_device_count
    device_count : i64; with_device_name device_name : ::std::string::String;
    with_disk_type disk_type : crate ::beta::DiskType; with_group_policy_boot_time_in_ms
    group_policy_boot_time_in_ms : i32; with_group_policy_login_time_in_ms
    group_policy_login_time_in_ms : i32; with_health_status health_status : crate
    ::beta::UserExperienceAnalyticsHealthState; with_login_score login_score : i32;
    with_manufacturer manufacturer : ::std::string::String; with_model model :
    ::std::string::String; with_operating_system_version operating_system_version :
    ::std::string::String; with_responsive_desktop_time_in_ms
    responsive_desktop_time_in_ms : i32; with_restart_count restart_count : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDevicePerformance);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device scores entity consolidates the various endpoint analytics scores.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceScores`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDeviceScores {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics device app reliability score. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `appReliabilityScore`: `Edm.Double`, not nullable.
    pub app_reliability_score: rt::Field<f64>,
    /// The user experience analytics device name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// The user experience analytics device score. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `endpointAnalyticsScore`: `Edm.Double`, not nullable.
    pub endpoint_analytics_score: rt::Field<f64>,
    /// The user experience analytics device manufacturer.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The user experience analytics device model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// The user experience analytics device startup performance score. Valid values -1.79769313486232E+308 to 1.79769313486232E+308
    ///
    /// CSDL: property `startupPerformanceScore`: `Edm.Double`, not nullable.
    pub startup_performance_score: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceScores {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_reliability_score: rt::Field::Absent,
            device_name: rt::Field::Absent,
            endpoint_analytics_score: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            startup_performance_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceScores {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceScores";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appReliabilityScore",
        "deviceName",
        "endpointAnalyticsScore",
        "manufacturer",
        "model",
        "startupPerformanceScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appReliabilityScore\":          ",
        ",\"deviceName\":                   ",
        ",\"endpointAnalyticsScore\":       ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"startupPerformanceScore\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceScores\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_reliability_score", &self.app_reliability_score);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "endpoint_analytics_score", &self.endpoint_analytics_score);
        v.field(4usize, "manufacturer", &self.manufacturer);
        v.field(5usize, "model", &self.model);
        v.field(6usize, "startup_performance_score", &self.startup_performance_score);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceScores {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_reliability_score.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.endpoint_analytics_score.read_from(r),
            4usize => self.manufacturer.read_from(r),
            5usize => self.model.read_from(r),
            6usize => self.startup_performance_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_reliability_score);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.endpoint_analytics_score);
        w.field(4usize, &self.manufacturer);
        w.field(5usize, &self.model);
        w.field(6usize, &self.startup_performance_score);
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
rt::impl_object!(UserExperienceAnalyticsDeviceScores);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceScores { with_id id : ::std::string::String;
    with_app_reliability_score app_reliability_score : f64; with_device_name device_name
    : ::std::string::String; with_endpoint_analytics_score endpoint_analytics_score :
    f64; with_manufacturer manufacturer : ::std::string::String; with_model model :
    ::std::string::String; with_startup_performance_score startup_performance_score :
    f64; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceScores);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device startup history entity contains device boot performance history details.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceStartupHistory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDeviceStartupHistory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics device core boot time in milliseconds.
    ///
    /// CSDL: property `coreBootTimeInMs`: `Edm.Int32`, not nullable.
    pub core_boot_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device core login time in milliseconds.
    ///
    /// CSDL: property `coreLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub core_login_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device id.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The user experience analytics device feature update time in milliseconds.
    ///
    /// CSDL: property `featureUpdateBootTimeInMs`: `Edm.Int32`, not nullable.
    pub feature_update_boot_time_in_ms: rt::Field<i32>,
    /// The User experience analytics Device group policy boot time in milliseconds.
    ///
    /// CSDL: property `groupPolicyBootTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_boot_time_in_ms: rt::Field<i32>,
    /// The User experience analytics Device group policy login time in milliseconds.
    ///
    /// CSDL: property `groupPolicyLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub group_policy_login_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device boot record is a feature update.
    ///
    /// CSDL: property `isFeatureUpdate`: `Edm.Boolean`, not nullable.
    pub is_feature_update: rt::Field<bool>,
    /// The user experience analytics device first login.
    ///
    /// CSDL: property `isFirstLogin`: `Edm.Boolean`, not nullable.
    pub is_first_login: rt::Field<bool>,
    /// The user experience analytics device boot record's operating system version.
    ///
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// The user experience analytics responsive desktop time in milliseconds.
    ///
    /// CSDL: property `responsiveDesktopTimeInMs`: `Edm.Int32`, not nullable.
    pub responsive_desktop_time_in_ms: rt::Field<i32>,
    /// OS restart category
    ///
    /// CSDL: property `restartCategory`: `microsoft.graph.userExperienceAnalyticsOperatingSystemRestartCategory`, not nullable.
    pub restart_category: rt::Field<
        crate::beta::UserExperienceAnalyticsOperatingSystemRestartCategory,
    >,
    /// OS restart fault bucket. The fault bucket is used to find additional information about a system crash.
    ///
    /// CSDL: property `restartFaultBucket`: `Edm.String`, nullable.
    pub restart_fault_bucket: rt::Field<::std::string::String>,
    /// OS restart stop code. This shows the bug check code which can be used to look up the blue screen reason.
    ///
    /// CSDL: property `restartStopCode`: `Edm.String`, nullable.
    pub restart_stop_code: rt::Field<::std::string::String>,
    /// The user experience analytics device boot start time.
    ///
    /// CSDL: property `startTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The user experience analytics device total boot time in milliseconds.
    ///
    /// CSDL: property `totalBootTimeInMs`: `Edm.Int32`, not nullable.
    pub total_boot_time_in_ms: rt::Field<i32>,
    /// The user experience analytics device total login time in milliseconds.
    ///
    /// CSDL: property `totalLoginTimeInMs`: `Edm.Int32`, not nullable.
    pub total_login_time_in_ms: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceStartupHistory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            core_boot_time_in_ms: rt::Field::Absent,
            core_login_time_in_ms: rt::Field::Absent,
            device_id: rt::Field::Absent,
            feature_update_boot_time_in_ms: rt::Field::Absent,
            group_policy_boot_time_in_ms: rt::Field::Absent,
            group_policy_login_time_in_ms: rt::Field::Absent,
            is_feature_update: rt::Field::Absent,
            is_first_login: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            responsive_desktop_time_in_ms: rt::Field::Absent,
            restart_category: rt::Field::Absent,
            restart_fault_bucket: rt::Field::Absent,
            restart_stop_code: rt::Field::Absent,
            start_time: rt::Field::Absent,
            total_boot_time_in_ms: rt::Field::Absent,
            total_login_time_in_ms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceStartupHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "coreBootTimeInMs",
        "coreLoginTimeInMs",
        "deviceId",
        "featureUpdateBootTimeInMs",
        "groupPolicyBootTimeInMs",
        "groupPolicyLoginTimeInMs",
        "isFeatureUpdate",
        "isFirstLogin",
        "operatingSystemVersion",
        "responsiveDesktopTimeInMs",
        "restartCategory",
        "restartFaultBucket",
        "restartStopCode",
        "startTime",
        "totalBootTimeInMs",
        "totalLoginTimeInMs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"coreBootTimeInMs\":             ",
        ",\"coreLoginTimeInMs\":            ",
        ",\"deviceId\":                     ",
        ",\"featureUpdateBootTimeInMs\":    ",
        ",\"groupPolicyBootTimeInMs\":      ",
        ",\"groupPolicyLoginTimeInMs\":     ",
        ",\"isFeatureUpdate\":              ",
        ",\"isFirstLogin\":                 ",
        ",\"operatingSystemVersion\":       ",
        ",\"responsiveDesktopTimeInMs\":    ",
        ",\"restartCategory\":              ",
        ",\"restartFaultBucket\":           ",
        ",\"restartStopCode\":              ",
        ",\"startTime\":                    ",
        ",\"totalBootTimeInMs\":            ",
        ",\"totalLoginTimeInMs\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceStartupHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "core_boot_time_in_ms", &self.core_boot_time_in_ms);
        v.field(2usize, "core_login_time_in_ms", &self.core_login_time_in_ms);
        v.field(3usize, "device_id", &self.device_id);
        v.field(
            4usize,
            "feature_update_boot_time_in_ms",
            &self.feature_update_boot_time_in_ms,
        );
        v.field(
            5usize,
            "group_policy_boot_time_in_ms",
            &self.group_policy_boot_time_in_ms,
        );
        v.field(
            6usize,
            "group_policy_login_time_in_ms",
            &self.group_policy_login_time_in_ms,
        );
        v.field(7usize, "is_feature_update", &self.is_feature_update);
        v.field(8usize, "is_first_login", &self.is_first_login);
        v.field(9usize, "operating_system_version", &self.operating_system_version);
        v.field(
            10usize,
            "responsive_desktop_time_in_ms",
            &self.responsive_desktop_time_in_ms,
        );
        v.field(11usize, "restart_category", &self.restart_category);
        v.field(12usize, "restart_fault_bucket", &self.restart_fault_bucket);
        v.field(13usize, "restart_stop_code", &self.restart_stop_code);
        v.field(14usize, "start_time", &self.start_time);
        v.field(15usize, "total_boot_time_in_ms", &self.total_boot_time_in_ms);
        v.field(16usize, "total_login_time_in_ms", &self.total_login_time_in_ms);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceStartupHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.core_boot_time_in_ms.read_from(r),
            2usize => self.core_login_time_in_ms.read_from(r),
            3usize => self.device_id.read_from(r),
            4usize => self.feature_update_boot_time_in_ms.read_from(r),
            5usize => self.group_policy_boot_time_in_ms.read_from(r),
            6usize => self.group_policy_login_time_in_ms.read_from(r),
            7usize => self.is_feature_update.read_from(r),
            8usize => self.is_first_login.read_from(r),
            9usize => self.operating_system_version.read_from(r),
            10usize => self.responsive_desktop_time_in_ms.read_from(r),
            11usize => self.restart_category.read_from(r),
            12usize => self.restart_fault_bucket.read_from(r),
            13usize => self.restart_stop_code.read_from(r),
            14usize => self.start_time.read_from(r),
            15usize => self.total_boot_time_in_ms.read_from(r),
            16usize => self.total_login_time_in_ms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.core_boot_time_in_ms);
        w.field(2usize, &self.core_login_time_in_ms);
        w.field(3usize, &self.device_id);
        w.field(4usize, &self.feature_update_boot_time_in_ms);
        w.field(5usize, &self.group_policy_boot_time_in_ms);
        w.field(6usize, &self.group_policy_login_time_in_ms);
        w.field(7usize, &self.is_feature_update);
        w.field(8usize, &self.is_first_login);
        w.field(9usize, &self.operating_system_version);
        w.field(10usize, &self.responsive_desktop_time_in_ms);
        w.field(11usize, &self.restart_category);
        w.field(12usize, &self.restart_fault_bucket);
        w.field(13usize, &self.restart_stop_code);
        w.field(14usize, &self.start_time);
        w.field(15usize, &self.total_boot_time_in_ms);
        w.field(16usize, &self.total_login_time_in_ms);
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
rt::impl_object!(UserExperienceAnalyticsDeviceStartupHistory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceStartupHistory { with_id id : ::std::string::String;
    with_core_boot_time_in_ms core_boot_time_in_ms : i32; with_core_login_time_in_ms
    core_login_time_in_ms : i32; with_device_id device_id : ::std::string::String;
    with_feature_update_boot_time_in_ms feature_update_boot_time_in_ms : i32;
    with_group_policy_boot_time_in_ms group_policy_boot_time_in_ms : i32;
    with_group_policy_login_time_in_ms group_policy_login_time_in_ms : i32;
    with_is_feature_update is_feature_update : bool; with_is_first_login is_first_login :
    bool; with_operating_system_version operating_system_version : ::std::string::String;
    with_responsive_desktop_time_in_ms responsive_desktop_time_in_ms : i32;
    with_restart_category restart_category : crate
    ::beta::UserExperienceAnalyticsOperatingSystemRestartCategory;
    with_restart_fault_bucket restart_fault_bucket : ::std::string::String;
    with_restart_stop_code restart_stop_code : ::std::string::String; with_start_time
    start_time : rt::edm::DateTimeOffset; with_total_boot_time_in_ms
    total_boot_time_in_ms : i32; with_total_login_time_in_ms total_login_time_in_ms :
    i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceStartupHistory);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics Device without Cloud Identity.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsDeviceWithoutCloudIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Azure Active Directory Device Id
    ///
    /// CSDL: property `azureAdDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// The tenant attach device's name.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsDeviceWithoutCloudIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsDeviceWithoutCloudIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity";
    const KEYS: &'static [&'static str] = &["id", "azureAdDeviceId", "deviceName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"azureAdDeviceId\":              ",
        ",\"deviceName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(2usize, "device_name", &self.device_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsDeviceWithoutCloudIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.azure_ad_device_id.read_from(r),
            2usize => self.device_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.azure_ad_device_id);
        w.field(2usize, &self.device_name);
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
rt::impl_object!(UserExperienceAnalyticsDeviceWithoutCloudIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsDeviceWithoutCloudIdentity { with_id id :
    ::std::string::String; with_azure_ad_device_id azure_ad_device_id :
    ::std::string::String; with_device_name device_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsDeviceWithoutCloudIdentity);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.userExperienceAnalyticsHealthState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsHealthState {
    /// `unknown` (value 0).
    Unknown,
    /// `insufficientData` (value 1).
    InsufficientData,
    /// `needsAttention` (value 2).
    NeedsAttention,
    /// `meetingGoals` (value 3).
    MeetingGoals,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsHealthState {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsHealthState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "insufficientData",
        "needsAttention",
        "meetingGoals",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "insufficientData" => Self::InsufficientData,
                "needsAttention" => Self::NeedsAttention,
                "meetingGoals" => Self::MeetingGoals,
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsHealthState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsHealthState);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics top impacting process entity.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsImpactingProcess`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsImpactingProcess {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The category of impacting process.
    ///
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// The description of process.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The unique identifier of the impacted device.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The impact value of the process. Valid values 0 to 1.79769313486232E+308
    ///
    /// CSDL: property `impactValue`: `Edm.Double`, not nullable.
    pub impact_value: rt::Field<f64>,
    /// The process name.
    ///
    /// CSDL: property `processName`: `Edm.String`, nullable.
    pub process_name: rt::Field<::std::string::String>,
    /// The publisher of the process.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsImpactingProcess {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            description: rt::Field::Absent,
            device_id: rt::Field::Absent,
            impact_value: rt::Field::Absent,
            process_name: rt::Field::Absent,
            publisher: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsImpactingProcess {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsImpactingProcess";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "description",
        "deviceId",
        "impactValue",
        "processName",
        "publisher",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"description\":                  ",
        ",\"deviceId\":                     ",
        ",\"impactValue\":                  ",
        ",\"processName\":                  ",
        ",\"publisher\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsImpactingProcess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "device_id", &self.device_id);
        v.field(4usize, "impact_value", &self.impact_value);
        v.field(5usize, "process_name", &self.process_name);
        v.field(6usize, "publisher", &self.publisher);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsImpactingProcess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_id.read_from(r),
            4usize => self.impact_value.read_from(r),
            5usize => self.process_name.read_from(r),
            6usize => self.publisher.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_id);
        w.field(4usize, &self.impact_value);
        w.field(5usize, &self.process_name);
        w.field(6usize, &self.publisher);
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
rt::impl_object!(UserExperienceAnalyticsImpactingProcess);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsImpactingProcess { with_id id : ::std::string::String;
    with_category category : ::std::string::String; with_description description :
    ::std::string::String; with_device_id device_id : ::std::string::String;
    with_impact_value impact_value : f64; with_process_name process_name :
    ::std::string::String; with_publisher publisher : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsImpactingProcess);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics metric history.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsMetricHistory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserExperienceAnalyticsMetricHistoryPath`](requests/trait.UserExperienceAnalyticsMetricHistoryPath.html), what a path to one (`EntityPath<UserExperienceAnalyticsMetricHistory, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsMetricHistory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics device id.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The user experience analytics metric date time.
    ///
    /// CSDL: property `metricDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub metric_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The user experience analytics metric type.
    ///
    /// CSDL: property `metricType`: `Edm.String`, nullable.
    pub metric_type: rt::Field<::std::string::String>,
    /// User experience analytics metric.
    ///
    /// CSDL: navigation property `userExperienceAnalyticsMetric`: `microsoft.graph.userExperienceAnalyticsMetric`, nullable.
    pub user_experience_analytics_metric: rt::Field<
        crate::beta::UserExperienceAnalyticsMetric,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsMetricHistory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_id: rt::Field::Absent,
            metric_date_time: rt::Field::Absent,
            metric_type: rt::Field::Absent,
            user_experience_analytics_metric: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsMetricHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsMetricHistory";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceId",
        "metricDateTime",
        "metricType",
        "userExperienceAnalyticsMetric",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceId\":                     ",
        ",\"metricDateTime\":               ",
        ",\"metricType\":                   ",
        ",\"userExperienceAnalyticsMetric\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsMetricHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "device_id", &self.device_id);
        v.field(2usize, "metric_date_time", &self.metric_date_time);
        v.field(3usize, "metric_type", &self.metric_type);
        v.field(
            4usize,
            "user_experience_analytics_metric",
            &self.user_experience_analytics_metric,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsMetricHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_id.read_from(r),
            2usize => self.metric_date_time.read_from(r),
            3usize => self.metric_type.read_from(r),
            4usize => self.user_experience_analytics_metric.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_id);
        w.field(2usize, &self.metric_date_time);
        w.field(3usize, &self.metric_type);
        w.field(4usize, &self.user_experience_analytics_metric);
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
rt::impl_object!(UserExperienceAnalyticsMetricHistory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsMetricHistory { with_id id : ::std::string::String;
    with_device_id device_id : ::std::string::String; with_metric_date_time
    metric_date_time : rt::edm::DateTimeOffset; with_metric_type metric_type :
    ::std::string::String; with_user_experience_analytics_metric
    user_experience_analytics_metric : crate ::beta::UserExperienceAnalyticsMetric; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsMetricHistory);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.userExperienceAnalyticsOperatingSystemRestartCategory`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsOperatingSystemRestartCategory {
    /// `unknown` (value 0).
    Unknown,
    /// `restartWithUpdate` (value 1).
    RestartWithUpdate,
    /// `restartWithoutUpdate` (value 2).
    RestartWithoutUpdate,
    /// `blueScreen` (value 3).
    BlueScreen,
    /// `shutdownWithUpdate` (value 4).
    ShutdownWithUpdate,
    /// `shutdownWithoutUpdate` (value 5).
    ShutdownWithoutUpdate,
    /// `longPowerButtonPress` (value 6).
    LongPowerButtonPress,
    /// `bootError` (value 7).
    BootError,
    /// `update` (value 8).
    Update,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsOperatingSystemRestartCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsOperatingSystemRestartCategory";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "restartWithUpdate",
        "restartWithoutUpdate",
        "blueScreen",
        "shutdownWithUpdate",
        "shutdownWithoutUpdate",
        "longPowerButtonPress",
        "bootError",
        "update",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "restartWithUpdate" => Self::RestartWithUpdate,
                "restartWithoutUpdate" => Self::RestartWithoutUpdate,
                "blueScreen" => Self::BlueScreen,
                "shutdownWithUpdate" => Self::ShutdownWithUpdate,
                "shutdownWithoutUpdate" => Self::ShutdownWithoutUpdate,
                "longPowerButtonPress" => Self::LongPowerButtonPress,
                "bootError" => Self::BootError,
                "update" => Self::Update,
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
            Self::RestartWithUpdate => "restartWithUpdate",
            Self::RestartWithoutUpdate => "restartWithoutUpdate",
            Self::BlueScreen => "blueScreen",
            Self::ShutdownWithUpdate => "shutdownWithUpdate",
            Self::ShutdownWithoutUpdate => "shutdownWithoutUpdate",
            Self::LongPowerButtonPress => "longPowerButtonPress",
            Self::BootError => "bootError",
            Self::Update => "update",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsOperatingSystemRestartCategory);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsOperatingSystemRestartCategory);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics resource performance entity.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsResourcePerformance`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsResourcePerformance {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CPU spike time in percentage. Valid values 0 to 100
    ///
    /// CSDL: property `cpuSpikeTimePercentage`: `Edm.Double`, not nullable.
    pub cpu_spike_time_percentage: rt::Field<f64>,
    /// Threshold of cpuSpikeTimeScore. Valid values 0 to 100
    ///
    /// CSDL: property `cpuSpikeTimePercentageThreshold`: `Edm.Double`, not nullable.
    pub cpu_spike_time_percentage_threshold: rt::Field<f64>,
    /// The user experience analytics device CPU spike time score. Valid values 0 to 100
    ///
    /// CSDL: property `cpuSpikeTimeScore`: `Edm.Int32`, not nullable.
    pub cpu_spike_time_score: rt::Field<i32>,
    /// User experience analytics summarized device count.
    ///
    /// CSDL: property `deviceCount`: `Edm.Int64`, not nullable.
    pub device_count: rt::Field<i64>,
    /// The id of the device.
    ///
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// The name of the device.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Resource performance score of a specific device. Valid values 0 to 100
    ///
    /// CSDL: property `deviceResourcePerformanceScore`: `Edm.Int32`, not nullable.
    pub device_resource_performance_score: rt::Field<i32>,
    /// The user experience analytics device manufacturer.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// The user experience analytics device model.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// RAM spike time in percentage. Valid values 0 to 100
    ///
    /// CSDL: property `ramSpikeTimePercentage`: `Edm.Double`, not nullable.
    pub ram_spike_time_percentage: rt::Field<f64>,
    /// Threshold of ramSpikeTimeScore. Valid values 0 to 100
    ///
    /// CSDL: property `ramSpikeTimePercentageThreshold`: `Edm.Double`, not nullable.
    pub ram_spike_time_percentage_threshold: rt::Field<f64>,
    /// The user experience analytics device RAM spike time score. Valid values 0 to 100
    ///
    /// CSDL: property `ramSpikeTimeScore`: `Edm.Int32`, not nullable.
    pub ram_spike_time_score: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsResourcePerformance {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cpu_spike_time_percentage: rt::Field::Absent,
            cpu_spike_time_percentage_threshold: rt::Field::Absent,
            cpu_spike_time_score: rt::Field::Absent,
            device_count: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_resource_performance_score: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            ram_spike_time_percentage: rt::Field::Absent,
            ram_spike_time_percentage_threshold: rt::Field::Absent,
            ram_spike_time_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsResourcePerformance {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsResourcePerformance";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cpuSpikeTimePercentage",
        "cpuSpikeTimePercentageThreshold",
        "cpuSpikeTimeScore",
        "deviceCount",
        "deviceId",
        "deviceName",
        "deviceResourcePerformanceScore",
        "manufacturer",
        "model",
        "ramSpikeTimePercentage",
        "ramSpikeTimePercentageThreshold",
        "ramSpikeTimeScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cpuSpikeTimePercentage\":       ",
        ",\"cpuSpikeTimePercentageThreshold\":",
        ",\"cpuSpikeTimeScore\":            ",
        ",\"deviceCount\":                  ",
        ",\"deviceId\":                     ",
        ",\"deviceName\":                   ",
        ",\"deviceResourcePerformanceScore\":",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"ramSpikeTimePercentage\":       ",
        ",\"ramSpikeTimePercentageThreshold\":",
        ",\"ramSpikeTimeScore\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsResourcePerformance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "cpu_spike_time_percentage", &self.cpu_spike_time_percentage);
        v.field(
            2usize,
            "cpu_spike_time_percentage_threshold",
            &self.cpu_spike_time_percentage_threshold,
        );
        v.field(3usize, "cpu_spike_time_score", &self.cpu_spike_time_score);
        v.field(4usize, "device_count", &self.device_count);
        v.field(5usize, "device_id", &self.device_id);
        v.field(6usize, "device_name", &self.device_name);
        v.field(
            7usize,
            "device_resource_performance_score",
            &self.device_resource_performance_score,
        );
        v.field(8usize, "manufacturer", &self.manufacturer);
        v.field(9usize, "model", &self.model);
        v.field(10usize, "ram_spike_time_percentage", &self.ram_spike_time_percentage);
        v.field(
            11usize,
            "ram_spike_time_percentage_threshold",
            &self.ram_spike_time_percentage_threshold,
        );
        v.field(12usize, "ram_spike_time_score", &self.ram_spike_time_score);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsResourcePerformance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cpu_spike_time_percentage.read_from(r),
            2usize => self.cpu_spike_time_percentage_threshold.read_from(r),
            3usize => self.cpu_spike_time_score.read_from(r),
            4usize => self.device_count.read_from(r),
            5usize => self.device_id.read_from(r),
            6usize => self.device_name.read_from(r),
            7usize => self.device_resource_performance_score.read_from(r),
            8usize => self.manufacturer.read_from(r),
            9usize => self.model.read_from(r),
            10usize => self.ram_spike_time_percentage.read_from(r),
            11usize => self.ram_spike_time_percentage_threshold.read_from(r),
            12usize => self.ram_spike_time_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cpu_spike_time_percentage);
        w.field(2usize, &self.cpu_spike_time_percentage_threshold);
        w.field(3usize, &self.cpu_spike_time_score);
        w.field(4usize, &self.device_count);
        w.field(5usize, &self.device_id);
        w.field(6usize, &self.device_name);
        w.field(7usize, &self.device_resource_performance_score);
        w.field(8usize, &self.manufacturer);
        w.field(9usize, &self.model);
        w.field(10usize, &self.ram_spike_time_percentage);
        w.field(11usize, &self.ram_spike_time_percentage_threshold);
        w.field(12usize, &self.ram_spike_time_score);
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
rt::impl_object!(UserExperienceAnalyticsResourcePerformance);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsResourcePerformance { with_id id : ::std::string::String;
    with_cpu_spike_time_percentage cpu_spike_time_percentage : f64;
    with_cpu_spike_time_percentage_threshold cpu_spike_time_percentage_threshold : f64;
    with_cpu_spike_time_score cpu_spike_time_score : i32; with_device_count device_count
    : i64; with_device_id device_id : ::std::string::String; with_device_name device_name
    : ::std::string::String; with_device_resource_performance_score
    device_resource_performance_score : i32; with_manufacturer manufacturer :
    ::std::string::String; with_model model : ::std::string::String;
    with_ram_spike_time_percentage ram_spike_time_percentage : f64;
    with_ram_spike_time_percentage_threshold ram_spike_time_percentage_threshold : f64;
    with_ram_spike_time_score ram_spike_time_score : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsResourcePerformance);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics device startup score history.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsScoreHistory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsScoreHistory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user experience analytics device startup date time.
    ///
    /// CSDL: property `startupDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub startup_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsScoreHistory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            startup_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsScoreHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsScoreHistory";
    const KEYS: &'static [&'static str] = &["id", "startupDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"startupDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsScoreHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "startup_date_time", &self.startup_date_time);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsScoreHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.startup_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.startup_date_time);
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
rt::impl_object!(UserExperienceAnalyticsScoreHistory);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsScoreHistory { with_id id : ::std::string::String;
    with_startup_date_time startup_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsScoreHistory);
#[cfg(msgraph_beta_device_management_or_search)]
/// The user experience analytics insight is the recomendation to improve the user experience analytics score.
///
/// CSDL: `microsoft.graph.userExperienceAnalyticsSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct UserExperienceAnalyticsSettings {
    /// True if Tenant attach is configured. If configured then SCCM tenant attached devices will show up in UXA reporting.
    ///
    /// CSDL: property `configurationManagerDataConnectorConfigured`: `Edm.Boolean`, not nullable.
    pub configuration_manager_data_connector_configured: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for UserExperienceAnalyticsSettings {
    #[inline]
    fn default() -> Self {
        Self {
            configuration_manager_data_connector_configured: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for UserExperienceAnalyticsSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsSettings";
    const KEYS: &'static [&'static str] = &[
        "configurationManagerDataConnectorConfigured",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurationManagerDataConnectorConfigured\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userExperienceAnalyticsSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "configuration_manager_data_connector_configured",
            &self.configuration_manager_data_connector_configured,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for UserExperienceAnalyticsSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration_manager_data_connector_configured.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration_manager_data_connector_configured);
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
rt::impl_object!(UserExperienceAnalyticsSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    UserExperienceAnalyticsSettings {
    with_configuration_manager_data_connector_configured
    configuration_manager_data_connector_configured : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.userExperienceAnalyticsSummarizedBy`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserExperienceAnalyticsSummarizedBy {
    /// `none` (value 0).
    None,
    /// `model` (value 1).
    Model,
    /// `allRegressions` (value 3).
    AllRegressions,
    /// `modelRegression` (value 4).
    ModelRegression,
    /// `manufacturerRegression` (value 5).
    ManufacturerRegression,
    /// `operatingSystemVersionRegression` (value 6).
    OperatingSystemVersionRegression,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UserExperienceAnalyticsSummarizedBy {
    const TYPE_NAME: &'static str = "microsoft.graph.userExperienceAnalyticsSummarizedBy";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "model",
        "allRegressions",
        "modelRegression",
        "manufacturerRegression",
        "operatingSystemVersionRegression",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "model" => Self::Model,
                "allRegressions" => Self::AllRegressions,
                "modelRegression" => Self::ModelRegression,
                "manufacturerRegression" => Self::ManufacturerRegression,
                "operatingSystemVersionRegression" => {
                    Self::OperatingSystemVersionRegression
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
            Self::None => "none",
            Self::Model => "model",
            Self::AllRegressions => "allRegressions",
            Self::ModelRegression => "modelRegression",
            Self::ManufacturerRegression => "manufacturerRegression",
            Self::OperatingSystemVersionRegression => "operatingSystemVersionRegression",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UserExperienceAnalyticsSummarizedBy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserExperienceAnalyticsSummarizedBy);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowApiConnectorConfiguration`, complex type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct UserFlowApiConnectorConfiguration {
    /// CSDL: containment navigation property `postAttributeCollection`: `microsoft.graph.identityApiConnector`, nullable.
    pub post_attribute_collection: rt::Field<crate::beta::IdentityApiConnector>,
    /// CSDL: containment navigation property `postFederationSignup`: `microsoft.graph.identityApiConnector`, nullable.
    pub post_federation_signup: rt::Field<crate::beta::IdentityApiConnector>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for UserFlowApiConnectorConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            post_attribute_collection: rt::Field::Absent,
            post_federation_signup: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for UserFlowApiConnectorConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowApiConnectorConfiguration";
    const KEYS: &'static [&'static str] = &[
        "postAttributeCollection",
        "postFederationSignup",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"postAttributeCollection\":      ",
        ",\"postFederationSignup\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userFlowApiConnectorConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "post_attribute_collection", &self.post_attribute_collection);
        v.field(1usize, "post_federation_signup", &self.post_federation_signup);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for UserFlowApiConnectorConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.post_attribute_collection.read_from(r),
            1usize => self.post_federation_signup.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.post_attribute_collection);
        w.field(1usize, &self.post_federation_signup);
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
rt::impl_object!(UserFlowApiConnectorConfiguration);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    UserFlowApiConnectorConfiguration { with_post_attribute_collection
    post_attribute_collection : crate ::beta::IdentityApiConnector;
    with_post_federation_signup post_federation_signup : crate
    ::beta::IdentityApiConnector; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowApiConnectorConfiguration);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowLanguageConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserFlowLanguageConfigurationPath`](requests/trait.UserFlowLanguageConfigurationPath.html), what a path to one (`EntityPath<UserFlowLanguageConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct UserFlowLanguageConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `defaultPages`: `Collection(microsoft.graph.userFlowLanguagePage)`, not nullable.
    pub default_pages: rt::Field<::std::vec::Vec<crate::beta::UserFlowLanguagePage>>,
    /// CSDL: containment navigation property `overridesPages`: `Collection(microsoft.graph.userFlowLanguagePage)`, not nullable.
    pub overrides_pages: rt::Field<::std::vec::Vec<crate::beta::UserFlowLanguagePage>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for UserFlowLanguageConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            default_pages: rt::Field::Absent,
            overrides_pages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for UserFlowLanguageConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowLanguageConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isEnabled",
        "defaultPages",
        "overridesPages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"defaultPages\":                 ",
        ",\"overridesPages\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userFlowLanguageConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_enabled", &self.is_enabled);
        v.field(3usize, "default_pages", &self.default_pages);
        v.field(4usize, "overrides_pages", &self.overrides_pages);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for UserFlowLanguageConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_enabled.read_from(r),
            3usize => self.default_pages.read_from(r),
            4usize => self.overrides_pages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_enabled);
        w.field(3usize, &self.default_pages);
        w.field(4usize, &self.overrides_pages);
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
rt::impl_object!(UserFlowLanguageConfiguration);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(
    UserFlowLanguageConfiguration { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_is_enabled is_enabled : bool;
    with_default_pages default_pages : ::std::vec::Vec < crate
    ::beta::UserFlowLanguagePage >; with_overrides_pages overrides_pages :
    ::std::vec::Vec < crate ::beta::UserFlowLanguagePage >; }
);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowLanguageConfiguration);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowLanguagePage`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`UserFlowLanguagePagePath`](requests/trait.UserFlowLanguagePagePath.html), what a path to one (`EntityPath<UserFlowLanguagePage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone)]
pub struct UserFlowLanguagePage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_or_search)]
impl ::std::default::Default for UserFlowLanguagePage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::Object for UserFlowLanguagePage {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowLanguagePage";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.userFlowLanguagePage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::object::Members for UserFlowLanguagePage {
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
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_object!(UserFlowLanguagePage);
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_setters!(UserFlowLanguagePage { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowLanguagePage);
#[cfg(msgraph_beta_identity_or_search)]
/// CSDL: `microsoft.graph.userFlowType`, enum type.
///
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UserFlowType {
    /// `signUp` (value 1).
    SignUp,
    /// `signIn` (value 2).
    SignIn,
    /// `signUpOrSignIn` (value 3).
    SignUpOrSignIn,
    /// `passwordReset` (value 4).
    PasswordReset,
    /// `profileUpdate` (value 5).
    ProfileUpdate,
    /// `resourceOwner` (value 6).
    ResourceOwner,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_identity_or_search)]
impl rt::StrEnum for UserFlowType {
    const TYPE_NAME: &'static str = "microsoft.graph.userFlowType";
    const MEMBERS: &'static [&'static str] = &[
        "signUp",
        "signIn",
        "signUpOrSignIn",
        "passwordReset",
        "profileUpdate",
        "resourceOwner",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "signUp" => Self::SignUp,
                "signIn" => Self::SignIn,
                "signUpOrSignIn" => Self::SignUpOrSignIn,
                "passwordReset" => Self::PasswordReset,
                "profileUpdate" => Self::ProfileUpdate,
                "resourceOwner" => Self::ResourceOwner,
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
            Self::SignUp => "signUp",
            Self::SignIn => "signIn",
            Self::SignUpOrSignIn => "signUpOrSignIn",
            Self::PasswordReset => "passwordReset",
            Self::ProfileUpdate => "profileUpdate",
            Self::ResourceOwner => "resourceOwner",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_identity_or_search)]
rt::impl_enum!(UserFlowType);
#[cfg(msgraph_beta_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserFlowType);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
/// CSDL: `microsoft.graph.userGovernanceCriteria`, complex type, derived from `microsoft.graph.governanceCriteria`.
///
/// Features: `beta`, or one of `beta-approval-workflow-providers`, `beta-search`.
#[derive(Clone)]
pub struct UserGovernanceCriteria {
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl ::std::default::Default for UserGovernanceCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::Object for UserGovernanceCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.userGovernanceCriteria";
    const KEYS: &'static [&'static str] = &["userId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"userId\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.userGovernanceCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
impl rt::object::Members for UserGovernanceCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.user_id);
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
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_object!(UserGovernanceCriteria);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
rt::impl_setters!(
    UserGovernanceCriteria { with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserGovernanceCriteria);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userInsightsSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserInsightsSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserInsightsSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserInsightsSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.userInsightsSettings";
    const KEYS: &'static [&'static str] = &["id", "isEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isEnabled\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userInsightsSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_enabled", &self.is_enabled);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserInsightsSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_enabled);
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
rt::impl_object!(UserInsightsSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserInsightsSettings { with_id id : ::std::string::String; with_is_enabled is_enabled
    : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserInsightsSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for the installation state summary for a user.
///
/// CSDL: `microsoft.graph.userInstallStateSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserInstallStateSummaryPath`](requests/trait.UserInstallStateSummaryPath.html), what a path to one (`EntityPath<UserInstallStateSummary, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct UserInstallStateSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Failed Device Count.
    ///
    /// CSDL: property `failedDeviceCount`: `Edm.Int32`, not nullable.
    pub failed_device_count: rt::Field<i32>,
    /// Installed Device Count.
    ///
    /// CSDL: property `installedDeviceCount`: `Edm.Int32`, not nullable.
    pub installed_device_count: rt::Field<i32>,
    /// Not installed device count.
    ///
    /// CSDL: property `notInstalledDeviceCount`: `Edm.Int32`, not nullable.
    pub not_installed_device_count: rt::Field<i32>,
    /// User name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The install state of the eBook.
    ///
    /// CSDL: containment navigation property `deviceStates`: `Collection(microsoft.graph.deviceInstallState)`, not nullable.
    pub device_states: rt::Field<::std::vec::Vec<crate::beta::DeviceInstallState>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for UserInstallStateSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            failed_device_count: rt::Field::Absent,
            installed_device_count: rt::Field::Absent,
            not_installed_device_count: rt::Field::Absent,
            user_name: rt::Field::Absent,
            device_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for UserInstallStateSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.userInstallStateSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "failedDeviceCount",
        "installedDeviceCount",
        "notInstalledDeviceCount",
        "userName",
        "deviceStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"failedDeviceCount\":            ",
        ",\"installedDeviceCount\":         ",
        ",\"notInstalledDeviceCount\":      ",
        ",\"userName\":                     ",
        ",\"deviceStates\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userInstallStateSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "failed_device_count", &self.failed_device_count);
        v.field(2usize, "installed_device_count", &self.installed_device_count);
        v.field(3usize, "not_installed_device_count", &self.not_installed_device_count);
        v.field(4usize, "user_name", &self.user_name);
        v.field(5usize, "device_states", &self.device_states);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for UserInstallStateSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.failed_device_count.read_from(r),
            2usize => self.installed_device_count.read_from(r),
            3usize => self.not_installed_device_count.read_from(r),
            4usize => self.user_name.read_from(r),
            5usize => self.device_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.failed_device_count);
        w.field(2usize, &self.installed_device_count);
        w.field(3usize, &self.not_installed_device_count);
        w.field(4usize, &self.user_name);
        w.field(5usize, &self.device_states);
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
rt::impl_object!(UserInstallStateSummary);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    UserInstallStateSummary { with_id id : ::std::string::String;
    with_failed_device_count failed_device_count : i32; with_installed_device_count
    installed_device_count : i32; with_not_installed_device_count
    not_installed_device_count : i32; with_user_name user_name : ::std::string::String;
    with_device_states device_states : ::std::vec::Vec < crate ::beta::DeviceInstallState
    >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserInstallStateSummary);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userPurpose`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserPurpose {
    /// CSDL: property `value`: `microsoft.graph.mailboxRecipientType`, nullable.
    pub value: rt::Field<crate::beta::MailboxRecipientType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserPurpose {
    #[inline]
    fn default() -> Self {
        Self {
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserPurpose {
    const TYPE_NAME: &'static str = "microsoft.graph.userPurpose";
    const KEYS: &'static [&'static str] = &["value"];
    const KEYS_JSON: &'static [&'static str] = &[",\"value\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.userPurpose\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserPurpose {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.value);
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
rt::impl_object!(UserPurpose);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserPurpose { with_value value : crate ::beta::MailboxRecipientType; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserPurpose);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.userRegistrationCount`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct UserRegistrationCount {
    /// CSDL: property `registrationCount`: `Edm.Int64`, not nullable.
    pub registration_count: rt::Field<i64>,
    /// CSDL: property `registrationStatus`: `microsoft.graph.registrationStatusType`, not nullable.
    pub registration_status: rt::Field<crate::beta::RegistrationStatusType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for UserRegistrationCount {
    #[inline]
    fn default() -> Self {
        Self {
            registration_count: rt::Field::Absent,
            registration_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for UserRegistrationCount {
    const TYPE_NAME: &'static str = "microsoft.graph.userRegistrationCount";
    const KEYS: &'static [&'static str] = &["registrationCount", "registrationStatus"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"registrationCount\":            ",
        ",\"registrationStatus\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userRegistrationCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "registration_count", &self.registration_count);
        v.field(1usize, "registration_status", &self.registration_status);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for UserRegistrationCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.registration_count.read_from(r),
            1usize => self.registration_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.registration_count);
        w.field(1usize, &self.registration_status);
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
rt::impl_object!(UserRegistrationCount);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    UserRegistrationCount { with_registration_count registration_count : i64;
    with_registration_status registration_status : crate ::beta::RegistrationStatusType;
    }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserRegistrationCount);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// CSDL: `microsoft.graph.userSet`, complex type, abstract.
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct UserSet {
    /// CSDL: property `isBackup`: `Edm.Boolean`, nullable.
    pub is_backup: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for UserSet {
    #[inline]
    fn default() -> Self {
        Self {
            is_backup: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Object for UserSet {
    const TYPE_NAME: &'static str = "microsoft.graph.userSet";
    const KEYS: &'static [&'static str] = &["isBackup"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isBackup\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.userSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_backup", &self.is_backup);
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::object::Members for UserSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_backup.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_backup);
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
rt::impl_object!(UserSet);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_setters!(UserSet { with_is_backup is_backup : bool; });
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSet);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
/// `microsoft.graph.userSet` or any type derived from it, selected by `@odata.type` (7 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-identity-governance`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyUserSet {
    UserSet(::std::boxed::Box<crate::beta::UserSet>),
    ConnectedOrganizationMembers(
        ::std::boxed::Box<crate::beta::ConnectedOrganizationMembers>,
    ),
    ExternalSponsors(::std::boxed::Box<crate::beta::ExternalSponsors>),
    GroupMembers(::std::boxed::Box<crate::beta::GroupMembers>),
    InternalSponsors(::std::boxed::Box<crate::beta::InternalSponsors>),
    RequestorManager(::std::boxed::Box<crate::beta::RequestorManager>),
    SingleUser(::std::boxed::Box<crate::beta::SingleUser>),
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::default::Default for AnyUserSet {
    #[inline]
    fn default() -> Self {
        Self::UserSet(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserSet> for AnyUserSet {
    #[inline]
    fn from(v: crate::beta::UserSet) -> Self {
        Self::UserSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConnectedOrganizationMembers> for AnyUserSet {
    #[inline]
    fn from(v: crate::beta::ConnectedOrganizationMembers) -> Self {
        Self::ConnectedOrganizationMembers(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExternalSponsors> for AnyUserSet {
    #[inline]
    fn from(v: crate::beta::ExternalSponsors) -> Self {
        Self::ExternalSponsors(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupMembers> for AnyUserSet {
    #[inline]
    fn from(v: crate::beta::GroupMembers) -> Self {
        Self::GroupMembers(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InternalSponsors> for AnyUserSet {
    #[inline]
    fn from(v: crate::beta::InternalSponsors) -> Self {
        Self::InternalSponsors(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::RequestorManager> for AnyUserSet {
    #[inline]
    fn from(v: crate::beta::RequestorManager) -> Self {
        Self::RequestorManager(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SingleUser> for AnyUserSet {
    #[inline]
    fn from(v: crate::beta::SingleUser) -> Self {
        Self::SingleUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
unsafe impl ::std::marker::Send for AnyUserSet {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
unsafe impl ::std::marker::Sync for AnyUserSet {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::marker::Unpin for AnyUserSet {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::panic::UnwindSafe for AnyUserSet {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl ::std::panic::RefUnwindSafe for AnyUserSet {}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::UserSet>();
    rt::object::auto_traits::<crate::beta::ConnectedOrganizationMembers>();
    rt::object::auto_traits::<crate::beta::ExternalSponsors>();
    rt::object::auto_traits::<crate::beta::GroupMembers>();
    rt::object::auto_traits::<crate::beta::InternalSponsors>();
    rt::object::auto_traits::<crate::beta::RequestorManager>();
    rt::object::auto_traits::<crate::beta::SingleUser>();
};
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl rt::Poly for AnyUserSet {
    const BASE_NAME: &'static str = "microsoft.graph.userSet";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.connectedOrganizationMembers",
            ) => Self::ConnectedOrganizationMembers(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.externalSponsors") => {
                Self::ExternalSponsors(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.groupMembers") => {
                Self::GroupMembers(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.internalSponsors") => {
                Self::InternalSponsors(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.requestorManager") => {
                Self::RequestorManager(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.singleUser") => {
                Self::SingleUser(rt::object::new_boxed())
            }
            _ => Self::UserSet(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::UserSet(v) => &**v,
            Self::ConnectedOrganizationMembers(v) => &**v,
            Self::ExternalSponsors(v) => &**v,
            Self::GroupMembers(v) => &**v,
            Self::InternalSponsors(v) => &**v,
            Self::RequestorManager(v) => &**v,
            Self::SingleUser(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::UserSet(v) => &mut **v,
            Self::ConnectedOrganizationMembers(v) => &mut **v,
            Self::ExternalSponsors(v) => &mut **v,
            Self::GroupMembers(v) => &mut **v,
            Self::InternalSponsors(v) => &mut **v,
            Self::RequestorManager(v) => &mut **v,
            Self::SingleUser(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
impl AnyUserSet {
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
    /// `isBackup` of any variant.
    #[inline]
    pub fn is_backup(&self) -> &rt::Field<bool> {
        match self {
            Self::UserSet(v) => &v.is_backup,
            Self::ConnectedOrganizationMembers(v) => &v.is_backup,
            Self::ExternalSponsors(v) => &v.is_backup,
            Self::GroupMembers(v) => &v.is_backup,
            Self::InternalSponsors(v) => &v.is_backup,
            Self::RequestorManager(v) => &v.is_backup,
            Self::SingleUser(v) => &v.is_backup,
        }
    }
    /// `isBackup` of any variant.
    #[inline]
    pub fn is_backup_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::UserSet(v) => &mut v.is_backup,
            Self::ConnectedOrganizationMembers(v) => &mut v.is_backup,
            Self::ExternalSponsors(v) => &mut v.is_backup,
            Self::GroupMembers(v) => &mut v.is_backup,
            Self::InternalSponsors(v) => &mut v.is_backup,
            Self::RequestorManager(v) => &mut v.is_backup,
            Self::SingleUser(v) => &mut v.is_backup,
        }
    }
}
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
rt::impl_poly!(AnyUserSet);
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyUserSet);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.userSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`UserSettingsPath`](requests/trait.UserSettingsPath.html), what a path to one (`EntityPath<UserSettings, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct UserSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contributionToContentDiscoveryAsOrganizationDisabled`: `Edm.Boolean`, not nullable.
    pub contribution_to_content_discovery_as_organization_disabled: rt::Field<bool>,
    /// CSDL: property `contributionToContentDiscoveryDisabled`: `Edm.Boolean`, not nullable.
    pub contribution_to_content_discovery_disabled: rt::Field<bool>,
    /// CSDL: containment navigation property `itemInsights`: `microsoft.graph.userInsightsSettings`, nullable.
    pub item_insights: rt::Field<crate::beta::UserInsightsSettings>,
    /// CSDL: containment navigation property `regionalAndLanguageSettings`: `microsoft.graph.regionalAndLanguageSettings`, nullable.
    pub regional_and_language_settings: rt::Field<
        crate::beta::RegionalAndLanguageSettings,
    >,
    /// CSDL: containment navigation property `shiftPreferences`: `microsoft.graph.shiftPreferences`, nullable.
    pub shift_preferences: rt::Field<crate::beta::ShiftPreferences>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for UserSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            contribution_to_content_discovery_as_organization_disabled: rt::Field::Absent,
            contribution_to_content_discovery_disabled: rt::Field::Absent,
            item_insights: rt::Field::Absent,
            regional_and_language_settings: rt::Field::Absent,
            shift_preferences: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for UserSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.userSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contributionToContentDiscoveryAsOrganizationDisabled",
        "contributionToContentDiscoveryDisabled",
        "itemInsights",
        "regionalAndLanguageSettings",
        "shiftPreferences",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contributionToContentDiscoveryAsOrganizationDisabled\":",
        ",\"contributionToContentDiscoveryDisabled\":",
        ",\"itemInsights\":                 ",
        ",\"regionalAndLanguageSettings\":  ",
        ",\"shiftPreferences\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.userSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "contribution_to_content_discovery_as_organization_disabled",
            &self.contribution_to_content_discovery_as_organization_disabled,
        );
        v.field(
            2usize,
            "contribution_to_content_discovery_disabled",
            &self.contribution_to_content_discovery_disabled,
        );
        v.field(3usize, "item_insights", &self.item_insights);
        v.field(
            4usize,
            "regional_and_language_settings",
            &self.regional_and_language_settings,
        );
        v.field(5usize, "shift_preferences", &self.shift_preferences);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for UserSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => {
                self.contribution_to_content_discovery_as_organization_disabled
                    .read_from(r)
            }
            2usize => self.contribution_to_content_discovery_disabled.read_from(r),
            3usize => self.item_insights.read_from(r),
            4usize => self.regional_and_language_settings.read_from(r),
            5usize => self.shift_preferences.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(
            1usize,
            &self.contribution_to_content_discovery_as_organization_disabled,
        );
        w.field(2usize, &self.contribution_to_content_discovery_disabled);
        w.field(3usize, &self.item_insights);
        w.field(4usize, &self.regional_and_language_settings);
        w.field(5usize, &self.shift_preferences);
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
rt::impl_object!(UserSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    UserSettings { with_id id : ::std::string::String;
    with_contribution_to_content_discovery_as_organization_disabled
    contribution_to_content_discovery_as_organization_disabled : bool;
    with_contribution_to_content_discovery_disabled
    contribution_to_content_discovery_disabled : bool; with_item_insights item_insights :
    crate ::beta::UserInsightsSettings; with_regional_and_language_settings
    regional_and_language_settings : crate ::beta::RegionalAndLanguageSettings;
    with_shift_preferences shift_preferences : crate ::beta::ShiftPreferences; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSettings);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.usernameSource`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum UsernameSource {
    /// `userPrincipalName` (value 0).
    UserPrincipalName,
    /// `primarySmtpAddress` (value 1).
    PrimarySmtpAddress,
    /// `samAccountName` (value 2).
    SamAccountName,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for UsernameSource {
    const TYPE_NAME: &'static str = "microsoft.graph.usernameSource";
    const MEMBERS: &'static [&'static str] = &[
        "userPrincipalName",
        "primarySmtpAddress",
        "samAccountName",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userPrincipalName" => Self::UserPrincipalName,
                "primarySmtpAddress" => Self::PrimarySmtpAddress,
                "samAccountName" => Self::SamAccountName,
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
            Self::UserPrincipalName => "userPrincipalName",
            Self::PrimarySmtpAddress => "primarySmtpAddress",
            Self::SamAccountName => "samAccountName",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(UsernameSource);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsernameSource);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.verifiedCustomDomainCertificatesMetadata`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VerifiedCustomDomainCertificatesMetadata {
    /// CSDL: property `expiryDate`: `Edm.DateTimeOffset`, nullable.
    pub expiry_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `issueDate`: `Edm.DateTimeOffset`, nullable.
    pub issue_date: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `issuerName`: `Edm.String`, nullable.
    pub issuer_name: rt::Field<::std::string::String>,
    /// CSDL: property `subjectName`: `Edm.String`, nullable.
    pub subject_name: rt::Field<::std::string::String>,
    /// CSDL: property `thumbprint`: `Edm.String`, nullable.
    pub thumbprint: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for VerifiedCustomDomainCertificatesMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            expiry_date: rt::Field::Absent,
            issue_date: rt::Field::Absent,
            issuer_name: rt::Field::Absent,
            subject_name: rt::Field::Absent,
            thumbprint: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for VerifiedCustomDomainCertificatesMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedCustomDomainCertificatesMetadata";
    const KEYS: &'static [&'static str] = &[
        "expiryDate",
        "issueDate",
        "issuerName",
        "subjectName",
        "thumbprint",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expiryDate\":                   ",
        ",\"issueDate\":                    ",
        ",\"issuerName\":                   ",
        ",\"subjectName\":                  ",
        ",\"thumbprint\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedCustomDomainCertificatesMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiry_date", &self.expiry_date);
        v.field(1usize, "issue_date", &self.issue_date);
        v.field(2usize, "issuer_name", &self.issuer_name);
        v.field(3usize, "subject_name", &self.subject_name);
        v.field(4usize, "thumbprint", &self.thumbprint);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for VerifiedCustomDomainCertificatesMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiry_date.read_from(r),
            1usize => self.issue_date.read_from(r),
            2usize => self.issuer_name.read_from(r),
            3usize => self.subject_name.read_from(r),
            4usize => self.thumbprint.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiry_date);
        w.field(1usize, &self.issue_date);
        w.field(2usize, &self.issuer_name);
        w.field(3usize, &self.subject_name);
        w.field(4usize, &self.thumbprint);
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
rt::impl_object!(VerifiedCustomDomainCertificatesMetadata);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    VerifiedCustomDomainCertificatesMetadata { with_expiry_date expiry_date :
    rt::edm::DateTimeOffset; with_issue_date issue_date : rt::edm::DateTimeOffset;
    with_issuer_name issuer_name : ::std::string::String; with_subject_name subject_name
    : ::std::string::String; with_thumbprint thumbprint : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedCustomDomainCertificatesMetadata);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.verifiedDomain`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VerifiedDomain {
    /// CSDL: property `capabilities`: `Edm.String`, nullable.
    pub capabilities: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `isInitial`: `Edm.Boolean`, nullable.
    pub is_initial: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for VerifiedDomain {
    #[inline]
    fn default() -> Self {
        Self {
            capabilities: rt::Field::Absent,
            is_default: rt::Field::Absent,
            is_initial: rt::Field::Absent,
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for VerifiedDomain {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedDomain";
    const KEYS: &'static [&'static str] = &[
        "capabilities",
        "isDefault",
        "isInitial",
        "name",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"capabilities\":                 ",
        ",\"isDefault\":                    ",
        ",\"isInitial\":                    ",
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedDomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "capabilities", &self.capabilities);
        v.field(1usize, "is_default", &self.is_default);
        v.field(2usize, "is_initial", &self.is_initial);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for VerifiedDomain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.capabilities.read_from(r),
            1usize => self.is_default.read_from(r),
            2usize => self.is_initial.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.capabilities);
        w.field(1usize, &self.is_default);
        w.field(2usize, &self.is_initial);
        w.field(3usize, &self.name);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(VerifiedDomain);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    VerifiedDomain { with_capabilities capabilities : ::std::string::String;
    with_is_default is_default : bool; with_is_initial is_initial : bool; with_name name
    : ::std::string::String; with_type type_ : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedDomain);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.versionAction`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VersionAction {
    /// CSDL: property `newVersion`: `Edm.String`, nullable.
    pub new_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for VersionAction {
    #[inline]
    fn default() -> Self {
        Self {
            new_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for VersionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.versionAction";
    const KEYS: &'static [&'static str] = &["newVersion"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newVersion\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.versionAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "new_version", &self.new_version);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for VersionAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_version);
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
rt::impl_object!(VersionAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    VersionAction { with_new_version new_version : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(VersionAction);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.video`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Video {
    /// CSDL: property `audioBitsPerSample`: `Edm.Int32`, nullable.
    pub audio_bits_per_sample: rt::Field<i32>,
    /// CSDL: property `audioChannels`: `Edm.Int32`, nullable.
    pub audio_channels: rt::Field<i32>,
    /// CSDL: property `audioFormat`: `Edm.String`, nullable.
    pub audio_format: rt::Field<::std::string::String>,
    /// CSDL: property `audioSamplesPerSecond`: `Edm.Int32`, nullable.
    pub audio_samples_per_second: rt::Field<i32>,
    /// CSDL: property `bitrate`: `Edm.Int32`, nullable.
    pub bitrate: rt::Field<i32>,
    /// CSDL: property `duration`: `Edm.Int64`, nullable.
    pub duration: rt::Field<i64>,
    /// CSDL: property `fourCC`: `Edm.String`, nullable.
    pub four_cc: rt::Field<::std::string::String>,
    /// CSDL: property `frameRate`: `Edm.Double`, nullable.
    pub frame_rate: rt::Field<f64>,
    /// CSDL: property `height`: `Edm.Int32`, nullable.
    pub height: rt::Field<i32>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Video {
    #[inline]
    fn default() -> Self {
        Self {
            audio_bits_per_sample: rt::Field::Absent,
            audio_channels: rt::Field::Absent,
            audio_format: rt::Field::Absent,
            audio_samples_per_second: rt::Field::Absent,
            bitrate: rt::Field::Absent,
            duration: rt::Field::Absent,
            four_cc: rt::Field::Absent,
            frame_rate: rt::Field::Absent,
            height: rt::Field::Absent,
            width: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Video {
    const TYPE_NAME: &'static str = "microsoft.graph.video";
    const KEYS: &'static [&'static str] = &[
        "audioBitsPerSample",
        "audioChannels",
        "audioFormat",
        "audioSamplesPerSecond",
        "bitrate",
        "duration",
        "fourCC",
        "frameRate",
        "height",
        "width",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"audioBitsPerSample\":           ",
        ",\"audioChannels\":                ",
        ",\"audioFormat\":                  ",
        ",\"audioSamplesPerSecond\":        ",
        ",\"bitrate\":                      ",
        ",\"duration\":                     ",
        ",\"fourCC\":                       ",
        ",\"frameRate\":                    ",
        ",\"height\":                       ",
        ",\"width\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.video\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "audio_bits_per_sample", &self.audio_bits_per_sample);
        v.field(1usize, "audio_channels", &self.audio_channels);
        v.field(2usize, "audio_format", &self.audio_format);
        v.field(3usize, "audio_samples_per_second", &self.audio_samples_per_second);
        v.field(4usize, "bitrate", &self.bitrate);
        v.field(5usize, "duration", &self.duration);
        v.field(6usize, "four_cc", &self.four_cc);
        v.field(7usize, "frame_rate", &self.frame_rate);
        v.field(8usize, "height", &self.height);
        v.field(9usize, "width", &self.width);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Video {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.audio_bits_per_sample.read_from(r),
            1usize => self.audio_channels.read_from(r),
            2usize => self.audio_format.read_from(r),
            3usize => self.audio_samples_per_second.read_from(r),
            4usize => self.bitrate.read_from(r),
            5usize => self.duration.read_from(r),
            6usize => self.four_cc.read_from(r),
            7usize => self.frame_rate.read_from(r),
            8usize => self.height.read_from(r),
            9usize => self.width.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.audio_bits_per_sample);
        w.field(1usize, &self.audio_channels);
        w.field(2usize, &self.audio_format);
        w.field(3usize, &self.audio_samples_per_second);
        w.field(4usize, &self.bitrate);
        w.field(5usize, &self.duration);
        w.field(6usize, &self.four_cc);
        w.field(7usize, &self.frame_rate);
        w.field(8usize, &self.height);
        w.field(9usize, &self.width);
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
rt::impl_object!(Video);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Video { with_audio_bits_per_sample audio_bits_per_sample : i32; with_audio_channels
    audio_channels : i32; with_audio_format audio_format : ::std::string::String;
    with_audio_samples_per_second audio_samples_per_second : i32; with_bitrate bitrate :
    i32; with_duration duration : i64; with_four_cc four_cc : ::std::string::String;
    with_frame_rate frame_rate : f64; with_height height : i32; with_width width : i32; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Video);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.visualInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VisualInfo {
    /// CSDL: property `attribution`: `microsoft.graph.imageInfo`, nullable.
    pub attribution: rt::Field<crate::beta::ImageInfo>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `content`: `microsoft.graph.Json`, nullable.
    pub content: rt::Field<crate::beta::Json>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayText`: `Edm.String`, not nullable.
    pub display_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for VisualInfo {
    #[inline]
    fn default() -> Self {
        Self {
            attribution: rt::Field::Absent,
            background_color: rt::Field::Absent,
            content: rt::Field::Absent,
            description: rt::Field::Absent,
            display_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for VisualInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.visualInfo";
    const KEYS: &'static [&'static str] = &[
        "attribution",
        "backgroundColor",
        "content",
        "description",
        "displayText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attribution\":                  ",
        ",\"backgroundColor\":              ",
        ",\"content\":                      ",
        ",\"description\":                  ",
        ",\"displayText\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.visualInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribution", &self.attribution);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "content", &self.content);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_text", &self.display_text);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for VisualInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribution.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.content.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribution);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.content);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_text);
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
rt::impl_object!(VisualInfo);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    VisualInfo { with_attribution attribution : crate ::beta::ImageInfo;
    with_background_color background_color : ::std::string::String; with_content content
    : crate ::beta::Json; with_description description : ::std::string::String;
    with_display_text display_text : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VisualInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.visualProperties`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct VisualProperties {
    /// CSDL: property `body`: `Edm.String`, nullable.
    pub body: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for VisualProperties {
    #[inline]
    fn default() -> Self {
        Self {
            body: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for VisualProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.visualProperties";
    const KEYS: &'static [&'static str] = &["body", "title"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"body\":                         ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.visualProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "body", &self.body);
        v.field(1usize, "title", &self.title);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for VisualProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.body.read_from(r),
            1usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.body);
        w.field(1usize, &self.title);
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
rt::impl_object!(VisualProperties);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    VisualProperties { with_body body : ::std::string::String; with_title title :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VisualProperties);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.volumeType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VolumeType {
    /// `operatingSystemVolume` (value 1).
    OperatingSystemVolume,
    /// `fixedDataVolume` (value 2).
    FixedDataVolume,
    /// `removableDataVolume` (value 3).
    RemovableDataVolume,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for VolumeType {
    const TYPE_NAME: &'static str = "microsoft.graph.volumeType";
    const MEMBERS: &'static [&'static str] = &[
        "operatingSystemVolume",
        "fixedDataVolume",
        "removableDataVolume",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "operatingSystemVolume" => Self::OperatingSystemVolume,
                "fixedDataVolume" => Self::FixedDataVolume,
                "removableDataVolume" => Self::RemovableDataVolume,
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
            Self::OperatingSystemVolume => "operatingSystemVolume",
            Self::FixedDataVolume => "fixedDataVolume",
            Self::RemovableDataVolume => "removableDataVolume",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(VolumeType);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(VolumeType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnClientAuthenticationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnClientAuthenticationType {
    /// `userAuthentication` (value 0).
    UserAuthentication,
    /// `deviceAuthentication` (value 1).
    DeviceAuthentication,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnClientAuthenticationType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnClientAuthenticationType";
    const MEMBERS: &'static [&'static str] = &[
        "userAuthentication",
        "deviceAuthentication",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userAuthentication" => Self::UserAuthentication,
                "deviceAuthentication" => Self::DeviceAuthentication,
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
            Self::UserAuthentication => "userAuthentication",
            Self::DeviceAuthentication => "deviceAuthentication",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnClientAuthenticationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnClientAuthenticationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN DNS Rule definition.
///
/// CSDL: `microsoft.graph.vpnDnsRule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VpnDnsRule {
    /// Automatically connect to the VPN when the device connects to this domain: Default False.
    ///
    /// CSDL: property `autoTrigger`: `Edm.Boolean`, nullable.
    pub auto_trigger: rt::Field<bool>,
    /// Name.
    ///
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// Keep this rule active even when the VPN is not connected: Default False
    ///
    /// CSDL: property `persistent`: `Edm.Boolean`, nullable.
    pub persistent: rt::Field<bool>,
    /// Proxy Server Uri.
    ///
    /// CSDL: property `proxyServerUri`: `Edm.String`, nullable.
    pub proxy_server_uri: rt::Field<::std::string::String>,
    /// Servers.
    ///
    /// CSDL: property `servers`: `Collection(Edm.String)`, nullable.
    pub servers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VpnDnsRule {
    #[inline]
    fn default() -> Self {
        Self {
            auto_trigger: rt::Field::Absent,
            name: rt::Field::Absent,
            persistent: rt::Field::Absent,
            proxy_server_uri: rt::Field::Absent,
            servers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VpnDnsRule {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnDnsRule";
    const KEYS: &'static [&'static str] = &[
        "autoTrigger",
        "name",
        "persistent",
        "proxyServerUri",
        "servers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"autoTrigger\":                  ",
        ",\"name\":                         ",
        ",\"persistent\":                   ",
        ",\"proxyServerUri\":               ",
        ",\"servers\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vpnDnsRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "auto_trigger", &self.auto_trigger);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "persistent", &self.persistent);
        v.field(3usize, "proxy_server_uri", &self.proxy_server_uri);
        v.field(4usize, "servers", &self.servers);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VpnDnsRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.auto_trigger.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.persistent.read_from(r),
            3usize => self.proxy_server_uri.read_from(r),
            4usize => self.servers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.auto_trigger);
        w.field(1usize, &self.name);
        w.field(2usize, &self.persistent);
        w.field(3usize, &self.proxy_server_uri);
        w.field(4usize, &self.servers);
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
rt::impl_object!(VpnDnsRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VpnDnsRule { with_auto_trigger auto_trigger : bool; with_name name :
    ::std::string::String; with_persistent persistent : bool; with_proxy_server_uri
    proxy_server_uri : ::std::string::String; with_servers servers : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnDnsRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnEncryptionAlgorithmType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnEncryptionAlgorithmType {
    /// `aes256` (value 0).
    Aes256,
    /// `des` (value 1).
    Des,
    /// `tripleDes` (value 2).
    TripleDes,
    /// `aes128` (value 3).
    Aes128,
    /// `aes128Gcm` (value 4).
    Aes128Gcm,
    /// `aes256Gcm` (value 5).
    Aes256Gcm,
    /// `aes192` (value 6).
    Aes192,
    /// `aes192Gcm` (value 7).
    Aes192Gcm,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnEncryptionAlgorithmType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnEncryptionAlgorithmType";
    const MEMBERS: &'static [&'static str] = &[
        "aes256",
        "des",
        "tripleDes",
        "aes128",
        "aes128Gcm",
        "aes256Gcm",
        "aes192",
        "aes192Gcm",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "aes256" => Self::Aes256,
                "des" => Self::Des,
                "tripleDes" => Self::TripleDes,
                "aes128" => Self::Aes128,
                "aes128Gcm" => Self::Aes128Gcm,
                "aes256Gcm" => Self::Aes256Gcm,
                "aes192" => Self::Aes192,
                "aes192Gcm" => Self::Aes192Gcm,
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
            Self::Aes256 => "aes256",
            Self::Des => "des",
            Self::TripleDes => "tripleDes",
            Self::Aes128 => "aes128",
            Self::Aes128Gcm => "aes128Gcm",
            Self::Aes256Gcm => "aes256Gcm",
            Self::Aes192 => "aes192",
            Self::Aes192Gcm => "aes192Gcm",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnEncryptionAlgorithmType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnEncryptionAlgorithmType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnIntegrityAlgorithmType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnIntegrityAlgorithmType {
    /// `sha2_256` (value 0).
    Sha2256,
    /// `sha1_96` (value 1).
    Sha196,
    /// `sha1_160` (value 2).
    Sha1160,
    /// `sha2_384` (value 3).
    Sha2384,
    /// `sha2_512` (value 4).
    Sha2512,
    /// `md5` (value 5).
    Md5,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnIntegrityAlgorithmType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnIntegrityAlgorithmType";
    const MEMBERS: &'static [&'static str] = &[
        "sha2_256",
        "sha1_96",
        "sha1_160",
        "sha2_384",
        "sha2_512",
        "md5",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sha2_256" => Self::Sha2256,
                "sha1_96" => Self::Sha196,
                "sha1_160" => Self::Sha1160,
                "sha2_384" => Self::Sha2384,
                "sha2_512" => Self::Sha2512,
                "md5" => Self::Md5,
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
            Self::Sha2256 => "sha2_256",
            Self::Sha196 => "sha1_96",
            Self::Sha1160 => "sha1_160",
            Self::Sha2384 => "sha2_384",
            Self::Sha2512 => "sha2_512",
            Self::Md5 => "md5",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnIntegrityAlgorithmType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnIntegrityAlgorithmType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnProviderType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnProviderType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `appProxy` (value 1).
    AppProxy,
    /// `packetTunnel` (value 2).
    PacketTunnel,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnProviderType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnProviderType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "appProxy",
        "packetTunnel",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "appProxy" => Self::AppProxy,
                "packetTunnel" => Self::PacketTunnel,
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
            Self::AppProxy => "appProxy",
            Self::PacketTunnel => "packetTunnel",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnProviderType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnProviderType);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Server definition.
///
/// CSDL: `microsoft.graph.vpnServer`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VpnServer {
    /// Address (IP address, FQDN or URL)
    ///
    /// CSDL: property `address`: `Edm.String`, not nullable.
    pub address: rt::Field<::std::string::String>,
    /// Description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Default server.
    ///
    /// CSDL: property `isDefaultServer`: `Edm.Boolean`, not nullable.
    pub is_default_server: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VpnServer {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            description: rt::Field::Absent,
            is_default_server: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VpnServer {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnServer";
    const KEYS: &'static [&'static str] = &["address", "description", "isDefaultServer"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"description\":                  ",
        ",\"isDefaultServer\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vpnServer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "is_default_server", &self.is_default_server);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VpnServer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.is_default_server.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.description);
        w.field(2usize, &self.is_default_server);
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
rt::impl_object!(VpnServer);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VpnServer { with_address address : ::std::string::String; with_description
    description : ::std::string::String; with_is_default_server is_default_server : bool;
    }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnServer);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnServerCertificateType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnServerCertificateType {
    /// `rsa` (value 0).
    Rsa,
    /// `ecdsa256` (value 1).
    Ecdsa256,
    /// `ecdsa384` (value 2).
    Ecdsa384,
    /// `ecdsa521` (value 3).
    Ecdsa521,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnServerCertificateType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnServerCertificateType";
    const MEMBERS: &'static [&'static str] = &[
        "rsa",
        "ecdsa256",
        "ecdsa384",
        "ecdsa521",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "rsa" => Self::Rsa,
                "ecdsa256" => Self::Ecdsa256,
                "ecdsa384" => Self::Ecdsa384,
                "ecdsa521" => Self::Ecdsa521,
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
            Self::Rsa => "rsa",
            Self::Ecdsa256 => "ecdsa256",
            Self::Ecdsa384 => "ecdsa384",
            Self::Ecdsa521 => "ecdsa521",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnServerCertificateType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnServerCertificateType);
#[cfg(msgraph_beta_device_management_or_search)]
/// VPN Traffic Rule definition.
///
/// CSDL: `microsoft.graph.vpnTrafficRule`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct VpnTrafficRule {
    /// App identifier, if this traffic rule is triggered by an app.
    ///
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// App type, if this traffic rule is triggered by an app.
    ///
    /// CSDL: property `appType`: `microsoft.graph.vpnTrafficRuleAppType`, not nullable.
    pub app_type: rt::Field<crate::beta::VpnTrafficRuleAppType>,
    /// Claims associated with this traffic rule.
    ///
    /// CSDL: property `claims`: `Edm.String`, nullable.
    pub claims: rt::Field<::std::string::String>,
    /// Local address range. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `localAddressRanges`: `Collection(microsoft.graph.iPv4Range)`, nullable.
    pub local_address_ranges: rt::Field<::std::vec::Vec<crate::beta::IPv4Range>>,
    /// Local port range can be set only when protocol is either TCP or UDP (6 or 17). This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `localPortRanges`: `Collection(microsoft.graph.numberRange)`, nullable.
    pub local_port_ranges: rt::Field<::std::vec::Vec<crate::beta::NumberRange>>,
    /// Name.
    ///
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// Protocols (0-255). Valid values 0 to 255
    ///
    /// CSDL: property `protocols`: `Edm.Int32`, nullable.
    pub protocols: rt::Field<i32>,
    /// Remote address range. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `remoteAddressRanges`: `Collection(microsoft.graph.iPv4Range)`, nullable.
    pub remote_address_ranges: rt::Field<::std::vec::Vec<crate::beta::IPv4Range>>,
    /// Remote port range can be set only when protocol is either TCP or UDP (6 or 17). This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `remotePortRanges`: `Collection(microsoft.graph.numberRange)`, nullable.
    pub remote_port_ranges: rt::Field<::std::vec::Vec<crate::beta::NumberRange>>,
    /// When app triggered, indicates whether to enable split tunneling along this route.
    ///
    /// CSDL: property `routingPolicyType`: `microsoft.graph.vpnTrafficRuleRoutingPolicyType`, not nullable.
    pub routing_policy_type: rt::Field<crate::beta::VpnTrafficRuleRoutingPolicyType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for VpnTrafficRule {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            app_type: rt::Field::Absent,
            claims: rt::Field::Absent,
            local_address_ranges: rt::Field::Absent,
            local_port_ranges: rt::Field::Absent,
            name: rt::Field::Absent,
            protocols: rt::Field::Absent,
            remote_address_ranges: rt::Field::Absent,
            remote_port_ranges: rt::Field::Absent,
            routing_policy_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for VpnTrafficRule {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnTrafficRule";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "appType",
        "claims",
        "localAddressRanges",
        "localPortRanges",
        "name",
        "protocols",
        "remoteAddressRanges",
        "remotePortRanges",
        "routingPolicyType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"appType\":                      ",
        ",\"claims\":                       ",
        ",\"localAddressRanges\":           ",
        ",\"localPortRanges\":              ",
        ",\"name\":                         ",
        ",\"protocols\":                    ",
        ",\"remoteAddressRanges\":          ",
        ",\"remotePortRanges\":             ",
        ",\"routingPolicyType\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vpnTrafficRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "app_type", &self.app_type);
        v.field(2usize, "claims", &self.claims);
        v.field(3usize, "local_address_ranges", &self.local_address_ranges);
        v.field(4usize, "local_port_ranges", &self.local_port_ranges);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "protocols", &self.protocols);
        v.field(7usize, "remote_address_ranges", &self.remote_address_ranges);
        v.field(8usize, "remote_port_ranges", &self.remote_port_ranges);
        v.field(9usize, "routing_policy_type", &self.routing_policy_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for VpnTrafficRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.app_type.read_from(r),
            2usize => self.claims.read_from(r),
            3usize => self.local_address_ranges.read_from(r),
            4usize => self.local_port_ranges.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.protocols.read_from(r),
            7usize => self.remote_address_ranges.read_from(r),
            8usize => self.remote_port_ranges.read_from(r),
            9usize => self.routing_policy_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.app_type);
        w.field(2usize, &self.claims);
        w.field(3usize, &self.local_address_ranges);
        w.field(4usize, &self.local_port_ranges);
        w.field(5usize, &self.name);
        w.field(6usize, &self.protocols);
        w.field(7usize, &self.remote_address_ranges);
        w.field(8usize, &self.remote_port_ranges);
        w.field(9usize, &self.routing_policy_type);
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
rt::impl_object!(VpnTrafficRule);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    VpnTrafficRule { with_app_id app_id : ::std::string::String; with_app_type app_type :
    crate ::beta::VpnTrafficRuleAppType; with_claims claims : ::std::string::String;
    with_local_address_ranges local_address_ranges : ::std::vec::Vec < crate
    ::beta::IPv4Range >; with_local_port_ranges local_port_ranges : ::std::vec::Vec <
    crate ::beta::NumberRange >; with_name name : ::std::string::String; with_protocols
    protocols : i32; with_remote_address_ranges remote_address_ranges : ::std::vec::Vec <
    crate ::beta::IPv4Range >; with_remote_port_ranges remote_port_ranges :
    ::std::vec::Vec < crate ::beta::NumberRange >; with_routing_policy_type
    routing_policy_type : crate ::beta::VpnTrafficRuleRoutingPolicyType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnTrafficRule);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnTrafficRuleAppType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnTrafficRuleAppType {
    /// `none` (value 0).
    None,
    /// `desktop` (value 1).
    Desktop,
    /// `universal` (value 2).
    Universal,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnTrafficRuleAppType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnTrafficRuleAppType";
    const MEMBERS: &'static [&'static str] = &["none", "desktop", "universal"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "desktop" => Self::Desktop,
                "universal" => Self::Universal,
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
            Self::Desktop => "desktop",
            Self::Universal => "universal",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnTrafficRuleAppType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnTrafficRuleAppType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.vpnTrafficRuleRoutingPolicyType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VpnTrafficRuleRoutingPolicyType {
    /// `none` (value 0).
    None,
    /// `splitTunnel` (value 1).
    SplitTunnel,
    /// `forceTunnel` (value 2).
    ForceTunnel,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for VpnTrafficRuleRoutingPolicyType {
    const TYPE_NAME: &'static str = "microsoft.graph.vpnTrafficRuleRoutingPolicyType";
    const MEMBERS: &'static [&'static str] = &["none", "splitTunnel", "forceTunnel"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "splitTunnel" => Self::SplitTunnel,
                "forceTunnel" => Self::ForceTunnel,
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
            Self::SplitTunnel => "splitTunnel",
            Self::ForceTunnel => "forceTunnel",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(VpnTrafficRuleRoutingPolicyType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VpnTrafficRuleRoutingPolicyType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for iOS Volume-Purchased Program (Vpp) Licensing Type.
///
/// CSDL: `microsoft.graph.vppLicensingType`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct VppLicensingType {
    /// Whether the program supports the device licensing type.
    ///
    /// CSDL: property `supportDeviceLicensing`: `Edm.Boolean`, not nullable.
    pub support_device_licensing: rt::Field<bool>,
    /// Whether the program supports the device licensing type.
    ///
    /// CSDL: property `supportsDeviceLicensing`: `Edm.Boolean`, not nullable.
    pub supports_device_licensing: rt::Field<bool>,
    /// Whether the program supports the user licensing type.
    ///
    /// CSDL: property `supportsUserLicensing`: `Edm.Boolean`, not nullable.
    pub supports_user_licensing: rt::Field<bool>,
    /// Whether the program supports the user licensing type.
    ///
    /// CSDL: property `supportUserLicensing`: `Edm.Boolean`, not nullable.
    pub support_user_licensing: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for VppLicensingType {
    #[inline]
    fn default() -> Self {
        Self {
            support_device_licensing: rt::Field::Absent,
            supports_device_licensing: rt::Field::Absent,
            supports_user_licensing: rt::Field::Absent,
            support_user_licensing: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for VppLicensingType {
    const TYPE_NAME: &'static str = "microsoft.graph.vppLicensingType";
    const KEYS: &'static [&'static str] = &[
        "supportDeviceLicensing",
        "supportsDeviceLicensing",
        "supportsUserLicensing",
        "supportUserLicensing",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"supportDeviceLicensing\":       ",
        ",\"supportsDeviceLicensing\":      ",
        ",\"supportsUserLicensing\":        ",
        ",\"supportUserLicensing\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vppLicensingType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "support_device_licensing", &self.support_device_licensing);
        v.field(1usize, "supports_device_licensing", &self.supports_device_licensing);
        v.field(2usize, "supports_user_licensing", &self.supports_user_licensing);
        v.field(3usize, "support_user_licensing", &self.support_user_licensing);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for VppLicensingType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.support_device_licensing.read_from(r),
            1usize => self.supports_device_licensing.read_from(r),
            2usize => self.supports_user_licensing.read_from(r),
            3usize => self.support_user_licensing.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.support_device_licensing);
        w.field(1usize, &self.supports_device_licensing);
        w.field(2usize, &self.supports_user_licensing);
        w.field(3usize, &self.support_user_licensing);
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
rt::impl_object!(VppLicensingType);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    VppLicensingType { with_support_device_licensing support_device_licensing : bool;
    with_supports_device_licensing supports_device_licensing : bool;
    with_supports_user_licensing supports_user_licensing : bool;
    with_support_user_licensing support_user_licensing : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppLicensingType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// You purchase multiple licenses for iOS apps through the Apple Volume Purchase Program for Business or Education. This involves setting up an Apple VPP account from the Apple website and uploading the Apple VPP Business or Education token to Intune. You can then synchronize your volume purchase information with Intune and track your volume-purchased app use. You can upload multiple Apple VPP Business or Education tokens.
///
/// CSDL: `microsoft.graph.vppToken`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VppTokenPath`](requests/trait.VppTokenPath.html), what a path to one (`EntityPath<VppToken, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct VppToken {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The apple Id associated with the given Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `appleId`: `Edm.String`, nullable.
    pub apple_id: rt::Field<::std::string::String>,
    /// Whether or not apps for the VPP token will be automatically updated.
    ///
    /// CSDL: property `automaticallyUpdateApps`: `Edm.Boolean`, not nullable.
    pub automatically_update_apps: rt::Field<bool>,
    /// Admin consent to allow claiming token management from external MDM.
    ///
    /// CSDL: property `claimTokenManagementFromExternalMdm`: `Edm.Boolean`, not nullable.
    pub claim_token_management_from_external_mdm: rt::Field<bool>,
    /// Whether or not apps for the VPP token will be automatically updated.
    ///
    /// CSDL: property `countryOrRegion`: `Edm.String`, nullable.
    pub country_or_region: rt::Field<::std::string::String>,
    /// Consent granted for data sharing with the Apple Volume Purchase Program.
    ///
    /// CSDL: property `dataSharingConsentGranted`: `Edm.Boolean`, not nullable.
    pub data_sharing_consent_granted: rt::Field<bool>,
    /// An admin specified token friendly name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The expiration date time of the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Last modification date time associated with the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time when an application sync was done with the Apple volume purchase program service using the the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Current sync status of the last application sync which was triggered using the Apple Volume Purchase Program Token. Possible values are: `none`, `inProgress`, `completed`, `failed`.
    ///
    /// CSDL: property `lastSyncStatus`: `microsoft.graph.vppTokenSyncStatus`, not nullable.
    pub last_sync_status: rt::Field<crate::beta::VppTokenSyncStatus>,
    /// Token location returned from Apple VPP.
    ///
    /// CSDL: property `locationName`: `Edm.String`, nullable.
    pub location_name: rt::Field<::std::string::String>,
    /// The organization associated with the Apple Volume Purchase Program Token
    ///
    /// CSDL: property `organizationName`: `Edm.String`, nullable.
    pub organization_name: rt::Field<::std::string::String>,
    /// Role Scope Tags IDs assigned to this entity.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Current state of the Apple Volume Purchase Program Token. Possible values are: `unknown`, `valid`, `expired`, `invalid`, `assignedToExternalMDM`.
    ///
    /// CSDL: property `state`: `microsoft.graph.vppTokenState`, not nullable.
    pub state: rt::Field<crate::beta::VppTokenState>,
    /// The Apple Volume Purchase Program Token string downloaded from the Apple Volume Purchase Program.
    ///
    /// CSDL: property `token`: `Edm.String`, nullable.
    pub token: rt::Field<::std::string::String>,
    /// The collection of statuses of the actions performed on the Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `tokenActionResults`: `Collection(microsoft.graph.vppTokenActionResult)`, nullable.
    pub token_action_results: rt::Field<
        ::std::vec::Vec<crate::beta::AnyVppTokenActionResult>,
    >,
    /// The type of volume purchase program which the given Apple Volume Purchase Program Token is associated with. Possible values are: `business`, `education`.
    ///
    /// CSDL: property `vppTokenAccountType`: `microsoft.graph.vppTokenAccountType`, not nullable.
    pub vpp_token_account_type: rt::Field<crate::beta::VppTokenAccountType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for VppToken {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            apple_id: rt::Field::Absent,
            automatically_update_apps: rt::Field::Absent,
            claim_token_management_from_external_mdm: rt::Field::Absent,
            country_or_region: rt::Field::Absent,
            data_sharing_consent_granted: rt::Field::Absent,
            display_name: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            last_sync_status: rt::Field::Absent,
            location_name: rt::Field::Absent,
            organization_name: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            state: rt::Field::Absent,
            token: rt::Field::Absent,
            token_action_results: rt::Field::Absent,
            vpp_token_account_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for VppToken {
    const TYPE_NAME: &'static str = "microsoft.graph.vppToken";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appleId",
        "automaticallyUpdateApps",
        "claimTokenManagementFromExternalMdm",
        "countryOrRegion",
        "dataSharingConsentGranted",
        "displayName",
        "expirationDateTime",
        "lastModifiedDateTime",
        "lastSyncDateTime",
        "lastSyncStatus",
        "locationName",
        "organizationName",
        "roleScopeTagIds",
        "state",
        "token",
        "tokenActionResults",
        "vppTokenAccountType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appleId\":                      ",
        ",\"automaticallyUpdateApps\":      ",
        ",\"claimTokenManagementFromExternalMdm\":",
        ",\"countryOrRegion\":              ",
        ",\"dataSharingConsentGranted\":    ",
        ",\"displayName\":                  ",
        ",\"expirationDateTime\":           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"lastSyncDateTime\":             ",
        ",\"lastSyncStatus\":               ",
        ",\"locationName\":                 ",
        ",\"organizationName\":             ",
        ",\"roleScopeTagIds\":              ",
        ",\"state\":                        ",
        ",\"token\":                        ",
        ",\"tokenActionResults\":           ",
        ",\"vppTokenAccountType\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vppToken\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "apple_id", &self.apple_id);
        v.field(2usize, "automatically_update_apps", &self.automatically_update_apps);
        v.field(
            3usize,
            "claim_token_management_from_external_mdm",
            &self.claim_token_management_from_external_mdm,
        );
        v.field(4usize, "country_or_region", &self.country_or_region);
        v.field(
            5usize,
            "data_sharing_consent_granted",
            &self.data_sharing_consent_granted,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "expiration_date_time", &self.expiration_date_time);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(10usize, "last_sync_status", &self.last_sync_status);
        v.field(11usize, "location_name", &self.location_name);
        v.field(12usize, "organization_name", &self.organization_name);
        v.field(13usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(14usize, "state", &self.state);
        v.field(15usize, "token", &self.token);
        v.field(16usize, "token_action_results", &self.token_action_results);
        v.field(17usize, "vpp_token_account_type", &self.vpp_token_account_type);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for VppToken {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.apple_id.read_from(r),
            2usize => self.automatically_update_apps.read_from(r),
            3usize => self.claim_token_management_from_external_mdm.read_from(r),
            4usize => self.country_or_region.read_from(r),
            5usize => self.data_sharing_consent_granted.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.expiration_date_time.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.last_sync_date_time.read_from(r),
            10usize => self.last_sync_status.read_from(r),
            11usize => self.location_name.read_from(r),
            12usize => self.organization_name.read_from(r),
            13usize => self.role_scope_tag_ids.read_from(r),
            14usize => self.state.read_from(r),
            15usize => self.token.read_from(r),
            16usize => self.token_action_results.read_from(r),
            17usize => self.vpp_token_account_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.apple_id);
        w.field(2usize, &self.automatically_update_apps);
        w.field(3usize, &self.claim_token_management_from_external_mdm);
        w.field(4usize, &self.country_or_region);
        w.field(5usize, &self.data_sharing_consent_granted);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.expiration_date_time);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.last_sync_date_time);
        w.field(10usize, &self.last_sync_status);
        w.field(11usize, &self.location_name);
        w.field(12usize, &self.organization_name);
        w.field(13usize, &self.role_scope_tag_ids);
        w.field(14usize, &self.state);
        w.field(15usize, &self.token);
        w.field(16usize, &self.token_action_results);
        w.field(17usize, &self.vpp_token_account_type);
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
rt::impl_object!(VppToken);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    VppToken { with_id id : ::std::string::String; with_apple_id apple_id :
    ::std::string::String; with_automatically_update_apps automatically_update_apps :
    bool; with_claim_token_management_from_external_mdm
    claim_token_management_from_external_mdm : bool; with_country_or_region
    country_or_region : ::std::string::String; with_data_sharing_consent_granted
    data_sharing_consent_granted : bool; with_display_name display_name :
    ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_last_sync_status last_sync_status : crate
    ::beta::VppTokenSyncStatus; with_location_name location_name : ::std::string::String;
    with_organization_name organization_name : ::std::string::String;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_state state : crate ::beta::VppTokenState; with_token token :
    ::std::string::String; with_token_action_results token_action_results :
    ::std::vec::Vec < crate ::beta::AnyVppTokenActionResult >;
    with_vpp_token_account_type vpp_token_account_type : crate
    ::beta::VppTokenAccountType; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppToken);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.vppTokenAccountType`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VppTokenAccountType {
    /// `business` (value 0).
    Business,
    /// `education` (value 1).
    Education,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for VppTokenAccountType {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenAccountType";
    const MEMBERS: &'static [&'static str] = &["business", "education"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "business" => Self::Business,
                "education" => Self::Education,
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
            Self::Business => "business",
            Self::Education => "education",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(VppTokenAccountType);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenAccountType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.vppTokenActionFailureReason`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VppTokenActionFailureReason {
    /// `none` (value 0).
    None,
    /// `appleFailure` (value 1).
    AppleFailure,
    /// `internalError` (value 2).
    InternalError,
    /// `expiredVppToken` (value 3).
    ExpiredVppToken,
    /// `expiredApplePushNotificationCertificate` (value 4).
    ExpiredApplePushNotificationCertificate,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for VppTokenActionFailureReason {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenActionFailureReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "appleFailure",
        "internalError",
        "expiredVppToken",
        "expiredApplePushNotificationCertificate",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "appleFailure" => Self::AppleFailure,
                "internalError" => Self::InternalError,
                "expiredVppToken" => Self::ExpiredVppToken,
                "expiredApplePushNotificationCertificate" => {
                    Self::ExpiredApplePushNotificationCertificate
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
            Self::None => "none",
            Self::AppleFailure => "appleFailure",
            Self::InternalError => "internalError",
            Self::ExpiredVppToken => "expiredVppToken",
            Self::ExpiredApplePushNotificationCertificate => {
                "expiredApplePushNotificationCertificate"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(VppTokenActionFailureReason);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenActionFailureReason);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// The status of the action performed with an Apple Volume Purchase Program token.
///
/// CSDL: `microsoft.graph.vppTokenActionResult`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct VppTokenActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for VppTokenActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for VppTokenActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vppTokenActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for VppTokenActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
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
rt::impl_object!(VppTokenActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    VppTokenActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.vppTokenActionResult` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVppTokenActionResult {
    VppTokenActionResult(::std::boxed::Box<crate::beta::VppTokenActionResult>),
    VppTokenRevokeLicensesActionResult(
        ::std::boxed::Box<crate::beta::VppTokenRevokeLicensesActionResult>,
    ),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyVppTokenActionResult {
    #[inline]
    fn default() -> Self {
        Self::VppTokenActionResult(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VppTokenActionResult>
for AnyVppTokenActionResult {
    #[inline]
    fn from(v: crate::beta::VppTokenActionResult) -> Self {
        Self::VppTokenActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::VppTokenRevokeLicensesActionResult>
for AnyVppTokenActionResult {
    #[inline]
    fn from(v: crate::beta::VppTokenRevokeLicensesActionResult) -> Self {
        Self::VppTokenRevokeLicensesActionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyVppTokenActionResult {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyVppTokenActionResult {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyVppTokenActionResult {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyVppTokenActionResult {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyVppTokenActionResult {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::VppTokenActionResult>();
    rt::object::auto_traits::<crate::beta::VppTokenRevokeLicensesActionResult>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyVppTokenActionResult {
    const BASE_NAME: &'static str = "microsoft.graph.vppTokenActionResult";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.vppTokenRevokeLicensesActionResult",
            ) => Self::VppTokenRevokeLicensesActionResult(rt::object::new_boxed()),
            _ => Self::VppTokenActionResult(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::VppTokenActionResult(v) => &**v,
            Self::VppTokenRevokeLicensesActionResult(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::VppTokenActionResult(v) => &mut **v,
            Self::VppTokenRevokeLicensesActionResult(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyVppTokenActionResult {
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
    /// `actionName` of any variant.
    #[inline]
    pub fn action_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VppTokenActionResult(v) => &v.action_name,
            Self::VppTokenRevokeLicensesActionResult(v) => &v.action_name,
        }
    }
    /// `actionName` of any variant.
    #[inline]
    pub fn action_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VppTokenActionResult(v) => &mut v.action_name,
            Self::VppTokenRevokeLicensesActionResult(v) => &mut v.action_name,
        }
    }
    /// `actionState` of any variant.
    #[inline]
    pub fn action_state(&self) -> &rt::Field<crate::beta::ActionState> {
        match self {
            Self::VppTokenActionResult(v) => &v.action_state,
            Self::VppTokenRevokeLicensesActionResult(v) => &v.action_state,
        }
    }
    /// `actionState` of any variant.
    #[inline]
    pub fn action_state_mut(&mut self) -> &mut rt::Field<crate::beta::ActionState> {
        match self {
            Self::VppTokenActionResult(v) => &mut v.action_state,
            Self::VppTokenRevokeLicensesActionResult(v) => &mut v.action_state,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VppTokenActionResult(v) => &v.last_updated_date_time,
            Self::VppTokenRevokeLicensesActionResult(v) => &v.last_updated_date_time,
        }
    }
    /// `lastUpdatedDateTime` of any variant.
    #[inline]
    pub fn last_updated_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VppTokenActionResult(v) => &mut v.last_updated_date_time,
            Self::VppTokenRevokeLicensesActionResult(v) => &mut v.last_updated_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VppTokenActionResult(v) => &v.start_date_time,
            Self::VppTokenRevokeLicensesActionResult(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::VppTokenActionResult(v) => &mut v.start_date_time,
            Self::VppTokenRevokeLicensesActionResult(v) => &mut v.start_date_time,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyVppTokenActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVppTokenActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// The status of the revoke licenses action performed on the Apple Volume Purchase Program token.
///
/// CSDL: `microsoft.graph.vppTokenRevokeLicensesActionResult`, complex type, derived from `microsoft.graph.vppTokenActionResult`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct VppTokenRevokeLicensesActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The reason for the revoke licenses action failure.
    ///
    /// CSDL: property `actionFailureReason`: `microsoft.graph.vppTokenActionFailureReason`, not nullable.
    pub action_failure_reason: rt::Field<crate::beta::VppTokenActionFailureReason>,
    /// A count of the number of licenses that failed to revoke.
    ///
    /// CSDL: property `failedLicensesCount`: `Edm.Int32`, not nullable.
    pub failed_licenses_count: rt::Field<i32>,
    /// A count of the number of licenses that were attempted to revoke.
    ///
    /// CSDL: property `totalLicensesCount`: `Edm.Int32`, not nullable.
    pub total_licenses_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for VppTokenRevokeLicensesActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            action_failure_reason: rt::Field::Absent,
            failed_licenses_count: rt::Field::Absent,
            total_licenses_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for VppTokenRevokeLicensesActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenRevokeLicensesActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "actionFailureReason",
        "failedLicensesCount",
        "totalLicensesCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"actionFailureReason\":          ",
        ",\"failedLicensesCount\":          ",
        ",\"totalLicensesCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vppTokenRevokeLicensesActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "action_failure_reason", &self.action_failure_reason);
        v.field(5usize, "failed_licenses_count", &self.failed_licenses_count);
        v.field(6usize, "total_licenses_count", &self.total_licenses_count);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for VppTokenRevokeLicensesActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.action_failure_reason.read_from(r),
            5usize => self.failed_licenses_count.read_from(r),
            6usize => self.total_licenses_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.action_failure_reason);
        w.field(5usize, &self.failed_licenses_count);
        w.field(6usize, &self.total_licenses_count);
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
rt::impl_object!(VppTokenRevokeLicensesActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    VppTokenRevokeLicensesActionResult { with_action_name action_name :
    ::std::string::String; with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_action_failure_reason action_failure_reason : crate
    ::beta::VppTokenActionFailureReason; with_failed_licenses_count failed_licenses_count
    : i32; with_total_licenses_count total_licenses_count : i32; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenRevokeLicensesActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.vppTokenState`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VppTokenState {
    /// `unknown` (value 0).
    Unknown,
    /// `valid` (value 1).
    Valid,
    /// `expired` (value 2).
    Expired,
    /// `invalid` (value 3).
    Invalid,
    /// `assignedToExternalMDM` (value 4).
    AssignedToExternalMdm,
    /// `duplicateLocationId` (value 5).
    DuplicateLocationId,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for VppTokenState {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenState";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "valid",
        "expired",
        "invalid",
        "assignedToExternalMDM",
        "duplicateLocationId",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "valid" => Self::Valid,
                "expired" => Self::Expired,
                "invalid" => Self::Invalid,
                "assignedToExternalMDM" => Self::AssignedToExternalMdm,
                "duplicateLocationId" => Self::DuplicateLocationId,
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
            Self::Valid => "valid",
            Self::Expired => "expired",
            Self::Invalid => "invalid",
            Self::AssignedToExternalMdm => "assignedToExternalMDM",
            Self::DuplicateLocationId => "duplicateLocationId",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(VppTokenState);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.vppTokenSyncStatus`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VppTokenSyncStatus {
    /// `none` (value 0).
    None,
    /// `inProgress` (value 1).
    InProgress,
    /// `completed` (value 2).
    Completed,
    /// `failed` (value 3).
    Failed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for VppTokenSyncStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.vppTokenSyncStatus";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "inProgress",
        "completed",
        "failed",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "inProgress" => Self::InProgress,
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
            Self::None => "none",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(VppTokenSyncStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VppTokenSyncStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// This entity represents a device associated with a task.
///
/// CSDL: `microsoft.graph.vulnerableManagedDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct VulnerableManagedDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The device name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The last sync date.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Intune managed device ID.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for VulnerableManagedDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for VulnerableManagedDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.vulnerableManagedDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastSyncDateTime",
        "managedDeviceId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastSyncDateTime\":             ",
        ",\"managedDeviceId\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vulnerableManagedDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(3usize, "managed_device_id", &self.managed_device_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for VulnerableManagedDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_sync_date_time.read_from(r),
            3usize => self.managed_device_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_sync_date_time);
        w.field(3usize, &self.managed_device_id);
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
rt::impl_object!(VulnerableManagedDevice);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    VulnerableManagedDevice { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_managed_device_id managed_device_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(VulnerableManagedDevice);
