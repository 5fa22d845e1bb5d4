//! Types of `microsoft.graph` by the first letters of their names (`t`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.targetPolicyEndpoints`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetPolicyEndpoints {
    /// CSDL: property `platformTypes`: `Collection(Edm.String)`, nullable.
    pub platform_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TargetPolicyEndpoints {
    #[inline]
    fn default() -> Self {
        Self {
            platform_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TargetPolicyEndpoints {
    const TYPE_NAME: &'static str = "microsoft.graph.targetPolicyEndpoints";
    const KEYS: &'static [&'static str] = &["platformTypes"];
    const KEYS_JSON: &'static [&'static str] = &[",\"platformTypes\":                "];
    const TAG: &'static str = "\"#microsoft.graph.targetPolicyEndpoints\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "platform_types", &self.platform_types);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TargetPolicyEndpoints {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.platform_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.platform_types);
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
rt::impl_object!(TargetPolicyEndpoints);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TargetPolicyEndpoints { with_platform_types platform_types : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetPolicyEndpoints);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Configuration used to deliver a set of custom settings as-is to all users in the targeted security group
///
/// CSDL: `microsoft.graph.targetedManagedAppConfiguration`, entity type, derived from `microsoft.graph.managedAppConfiguration`, key `id`.
///
/// Request builders: [`TargetedManagedAppConfigurationPath`](requests/trait.TargetedManagedAppConfigurationPath.html), what a path to one (`EntityPath<TargetedManagedAppConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppConfiguration {
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
    /// A set of string key and string value pairs to be sent to apps for users to whom the configuration is scoped, unalterned by this service
    ///
    /// CSDL: property `customSettings`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub custom_settings: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Count of apps to which the current policy is deployed.
    ///
    /// CSDL: property `deployedAppCount`: `Edm.Int32`, not nullable.
    pub deployed_app_count: rt::Field<i32>,
    /// Indicates if the policy is deployed to any inclusion groups or not.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// List of apps to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `apps`: `Collection(microsoft.graph.managedMobileApp)`, not nullable.
    pub apps: rt::Field<::std::vec::Vec<crate::beta::ManagedMobileApp>>,
    /// Navigation property to list of inclusion and exclusion groups to which the policy is deployed.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.targetedManagedAppPolicyAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    >,
    /// Navigation property to deployment summary of the configuration.
    ///
    /// CSDL: containment navigation property `deploymentSummary`: `microsoft.graph.managedAppPolicyDeploymentSummary`, nullable.
    pub deployment_summary: rt::Field<crate::beta::ManagedAppPolicyDeploymentSummary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppConfiguration {
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
            custom_settings: rt::Field::Absent,
            deployed_app_count: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            apps: rt::Field::Absent,
            assignments: rt::Field::Absent,
            deployment_summary: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "customSettings",
        "deployedAppCount",
        "isAssigned",
        "apps",
        "assignments",
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
        ",\"customSettings\":               ",
        ",\"deployedAppCount\":             ",
        ",\"isAssigned\":                   ",
        ",\"apps\":                         ",
        ",\"assignments\":                  ",
        ",\"deploymentSummary\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetedManagedAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "custom_settings", &self.custom_settings);
        v.field(8usize, "deployed_app_count", &self.deployed_app_count);
        v.field(9usize, "is_assigned", &self.is_assigned);
        v.field(10usize, "apps", &self.apps);
        v.field(11usize, "assignments", &self.assignments);
        v.field(12usize, "deployment_summary", &self.deployment_summary);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppConfiguration {
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
            7usize => self.custom_settings.read_from(r),
            8usize => self.deployed_app_count.read_from(r),
            9usize => self.is_assigned.read_from(r),
            10usize => self.apps.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.deployment_summary.read_from(r),
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
        w.field(7usize, &self.custom_settings);
        w.field(8usize, &self.deployed_app_count);
        w.field(9usize, &self.is_assigned);
        w.field(10usize, &self.apps);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.deployment_summary);
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
rt::impl_object!(TargetedManagedAppConfiguration);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : ::std::string::String;
    with_custom_settings custom_settings : ::std::vec::Vec < crate ::beta::KeyValuePair
    >; with_deployed_app_count deployed_app_count : i32; with_is_assigned is_assigned :
    bool; with_apps apps : ::std::vec::Vec < crate ::beta::ManagedMobileApp >;
    with_assignments assignments : ::std::vec::Vec < crate
    ::beta::TargetedManagedAppPolicyAssignment >; with_deployment_summary
    deployment_summary : crate ::beta::ManagedAppPolicyDeploymentSummary; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppConfiguration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for Targeted managed app configuration PolicySetItem.
///
/// CSDL: `microsoft.graph.targetedManagedAppConfigurationPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct TargetedManagedAppConfigurationPolicySetItem {
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
impl ::std::default::Default for TargetedManagedAppConfigurationPolicySetItem {
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
impl rt::Object for TargetedManagedAppConfigurationPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppConfigurationPolicySetItem";
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
    const TAG: &'static str = "\"#microsoft.graph.targetedManagedAppConfigurationPolicySetItem\"";
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
impl rt::object::Members for TargetedManagedAppConfigurationPolicySetItem {
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
rt::impl_object!(TargetedManagedAppConfigurationPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    TargetedManagedAppConfigurationPolicySetItem { with_id id : ::std::string::String;
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
rt::impl_serde!(TargetedManagedAppConfigurationPolicySetItem);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The type for deployment of groups or apps.
///
/// CSDL: `microsoft.graph.targetedManagedAppPolicyAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TargetedManagedAppPolicyAssignmentPath`](requests/trait.TargetedManagedAppPolicyAssignmentPath.html), what a path to one (`EntityPath<TargetedManagedAppPolicyAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppPolicyAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Type of resource used for deployment to a group, direct or parcel/policySet
    ///
    /// CSDL: property `source`: `microsoft.graph.deviceAndAppManagementAssignmentSource`, not nullable.
    pub source: rt::Field<crate::beta::DeviceAndAppManagementAssignmentSource>,
    /// Identifier for resource used for deployment to a group
    ///
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// Identifier for deployment to a group or app
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppPolicyAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            source_id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppPolicyAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppPolicyAssignment";
    const KEYS: &'static [&'static str] = &["id", "source", "sourceId", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"sourceId\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetedManagedAppPolicyAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "source_id", &self.source_id);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppPolicyAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.source_id.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
        w.field(2usize, &self.source_id);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(TargetedManagedAppPolicyAssignment);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppPolicyAssignment { with_id id : ::std::string::String; with_source
    source : crate ::beta::DeviceAndAppManagementAssignmentSource; with_source_id
    source_id : ::std::string::String; with_target target : crate
    ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppPolicyAssignment);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy used to configure detailed management settings targeted to specific security groups
///
/// CSDL: `microsoft.graph.targetedManagedAppProtection`, entity type, derived from `microsoft.graph.managedAppProtection`, abstract, key `id`.
///
/// Request builders: [`TargetedManagedAppProtectionPath`](requests/trait.TargetedManagedAppProtectionPath.html), what a path to one (`EntityPath<AnyTargetedManagedAppProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TargetedManagedAppProtection {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for TargetedManagedAppProtection {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for TargetedManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.targetedManagedAppProtection";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.targetedManagedAppProtection\"";
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
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for TargetedManagedAppProtection {
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
rt::impl_object!(TargetedManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    TargetedManagedAppProtection { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_version version : ::std::string::String;
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
    < crate ::beta::TargetedManagedAppPolicyAssignment >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(TargetedManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.targetedManagedAppProtection` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTargetedManagedAppProtection {
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::beta::TargetedManagedAppProtection>,
    ),
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::beta::AndroidManagedAppProtection>,
    ),
    IosManagedAppProtection(::std::boxed::Box<crate::beta::IosManagedAppProtection>),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyTargetedManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self::TargetedManagedAppProtection(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppProtection>
for AnyTargetedManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedAppProtection>
for AnyTargetedManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosManagedAppProtection>
for AnyTargetedManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyTargetedManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::TargetedManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::AndroidManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::IosManagedAppProtection>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyTargetedManagedAppProtection {
    const BASE_NAME: &'static str = "microsoft.graph.targetedManagedAppProtection";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            _ => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TargetedManagedAppProtection(v) => &**v,
            Self::AndroidManagedAppProtection(v) => &**v,
            Self::IosManagedAppProtection(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut **v,
            Self::AndroidManagedAppProtection(v) => &mut **v,
            Self::IosManagedAppProtection(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyTargetedManagedAppProtection {
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
            Self::TargetedManagedAppProtection(v) => &v.id,
            Self::AndroidManagedAppProtection(v) => &v.id,
            Self::IosManagedAppProtection(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.id,
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            Self::IosManagedAppProtection(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &v.created_date_time,
            Self::IosManagedAppProtection(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.created_date_time,
            Self::IosManagedAppProtection(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.description,
            Self::AndroidManagedAppProtection(v) => &v.description,
            Self::IosManagedAppProtection(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.description,
            Self::AndroidManagedAppProtection(v) => &mut v.description,
            Self::IosManagedAppProtection(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.display_name,
            Self::AndroidManagedAppProtection(v) => &v.display_name,
            Self::IosManagedAppProtection(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.display_name,
            Self::AndroidManagedAppProtection(v) => &mut v.display_name,
            Self::IosManagedAppProtection(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::AndroidManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::IosManagedAppProtection(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::AndroidManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::IosManagedAppProtection(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.version,
            Self::AndroidManagedAppProtection(v) => &v.version,
            Self::IosManagedAppProtection(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.version,
            Self::AndroidManagedAppProtection(v) => &mut v.version,
            Self::IosManagedAppProtection(v) => &mut v.version,
        }
    }
    /// `allowedDataIngestionLocations` of any variant.
    #[inline]
    pub fn allowed_data_ingestion_locations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
            Self::AndroidManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
            Self::IosManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
        }
    }
    /// `allowedDataIngestionLocations` of any variant.
    #[inline]
    pub fn allowed_data_ingestion_locations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_data_ingestion_locations
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_data_ingestion_locations
            }
            Self::IosManagedAppProtection(v) => &mut v.allowed_data_ingestion_locations,
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::AndroidManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &v.allowed_data_storage_locations,
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_data_storage_locations
            }
            Self::AndroidManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => &v.allowed_inbound_data_transfer_sources,
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
        }
    }
    /// `allowedOutboundClipboardSharingExceptionLength` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_exception_length(
        &self,
    ) -> &rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
        }
    }
    /// `allowedOutboundClipboardSharingExceptionLength` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_exception_length_mut(
        &mut self,
    ) -> &mut rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppClipboardSharingLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppClipboardSharingLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `appActionIfDeviceComplianceRequired` of any variant.
    #[inline]
    pub fn app_action_if_device_compliance_required(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.app_action_if_device_compliance_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.app_action_if_device_compliance_required
            }
            Self::IosManagedAppProtection(v) => {
                &v.app_action_if_device_compliance_required
            }
        }
    }
    /// `appActionIfDeviceComplianceRequired` of any variant.
    #[inline]
    pub fn app_action_if_device_compliance_required_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
        }
    }
    /// `appActionIfMaximumPinRetriesExceeded` of any variant.
    #[inline]
    pub fn app_action_if_maximum_pin_retries_exceeded(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::IosManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
        }
    }
    /// `appActionIfMaximumPinRetriesExceeded` of any variant.
    #[inline]
    pub fn app_action_if_maximum_pin_retries_exceeded_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
        }
    }
    /// `appActionIfUnableToAuthenticateUser` of any variant.
    #[inline]
    pub fn app_action_if_unable_to_authenticate_user(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.app_action_if_unable_to_authenticate_user
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.app_action_if_unable_to_authenticate_user
            }
            Self::IosManagedAppProtection(v) => {
                &v.app_action_if_unable_to_authenticate_user
            }
        }
    }
    /// `appActionIfUnableToAuthenticateUser` of any variant.
    #[inline]
    pub fn app_action_if_unable_to_authenticate_user_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
        }
    }
    /// `blockDataIngestionIntoOrganizationDocuments` of any variant.
    #[inline]
    pub fn block_data_ingestion_into_organization_documents(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
            Self::IosManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
        }
    }
    /// `blockDataIngestionIntoOrganizationDocuments` of any variant.
    #[inline]
    pub fn block_data_ingestion_into_organization_documents_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &v.contact_sync_blocked,
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &mut v.contact_sync_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &v.data_backup_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &mut v.data_backup_blocked,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &v.device_compliance_required,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &mut v.device_compliance_required,
        }
    }
    /// `dialerRestrictionLevel` of any variant.
    #[inline]
    pub fn dialer_restriction_level(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppPhoneNumberRedirectLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.dialer_restriction_level,
            Self::AndroidManagedAppProtection(v) => &v.dialer_restriction_level,
            Self::IosManagedAppProtection(v) => &v.dialer_restriction_level,
        }
    }
    /// `dialerRestrictionLevel` of any variant.
    #[inline]
    pub fn dialer_restriction_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppPhoneNumberRedirectLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.dialer_restriction_level,
            Self::AndroidManagedAppProtection(v) => &mut v.dialer_restriction_level,
            Self::IosManagedAppProtection(v) => &mut v.dialer_restriction_level,
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => &v.disable_app_pin_if_device_pin_is_set,
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &v.fingerprint_blocked,
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &mut v.fingerprint_blocked,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::ManagedBrowserType>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &v.managed_browser,
            Self::IosManagedAppProtection(v) => &v.managed_browser,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::ManagedBrowserType>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &mut v.managed_browser,
            Self::IosManagedAppProtection(v) => &mut v.managed_browser,
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => &v.managed_browser_to_open_links_required,
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
        }
    }
    /// `maximumAllowedDeviceThreatLevel` of any variant.
    #[inline]
    pub fn maximum_allowed_device_threat_level(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppDeviceThreatLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.maximum_allowed_device_threat_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.maximum_allowed_device_threat_level
            }
            Self::IosManagedAppProtection(v) => &v.maximum_allowed_device_threat_level,
        }
    }
    /// `maximumAllowedDeviceThreatLevel` of any variant.
    #[inline]
    pub fn maximum_allowed_device_threat_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppDeviceThreatLevel> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.maximum_allowed_device_threat_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.maximum_allowed_device_threat_level
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.maximum_allowed_device_threat_level
            }
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries(&self) -> &rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &v.maximum_pin_retries,
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &mut v.maximum_pin_retries,
        }
    }
    /// `maximumRequiredOsVersion` of any variant.
    #[inline]
    pub fn maximum_required_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.maximum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &v.maximum_required_os_version,
            Self::IosManagedAppProtection(v) => &v.maximum_required_os_version,
        }
    }
    /// `maximumRequiredOsVersion` of any variant.
    #[inline]
    pub fn maximum_required_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_required_os_version,
            Self::IosManagedAppProtection(v) => &mut v.maximum_required_os_version,
        }
    }
    /// `maximumWarningOsVersion` of any variant.
    #[inline]
    pub fn maximum_warning_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.maximum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &v.maximum_warning_os_version,
            Self::IosManagedAppProtection(v) => &v.maximum_warning_os_version,
        }
    }
    /// `maximumWarningOsVersion` of any variant.
    #[inline]
    pub fn maximum_warning_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_warning_os_version,
            Self::IosManagedAppProtection(v) => &mut v.maximum_warning_os_version,
        }
    }
    /// `maximumWipeOsVersion` of any variant.
    #[inline]
    pub fn maximum_wipe_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.maximum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &v.maximum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &v.maximum_wipe_os_version,
        }
    }
    /// `maximumWipeOsVersion` of any variant.
    #[inline]
    pub fn maximum_wipe_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length(&self) -> &rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &v.minimum_pin_length,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &mut v.minimum_pin_length,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_os_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_os_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_os_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_os_version,
        }
    }
    /// `minimumWipeAppVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_wipe_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_wipe_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_wipe_app_version,
        }
    }
    /// `minimumWipeAppVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
        }
    }
    /// `minimumWipeOsVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.minimum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_wipe_os_version,
        }
    }
    /// `minimumWipeOsVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
        }
    }
    /// `mobileThreatDefenseRemediationAction` of any variant.
    #[inline]
    pub fn mobile_threat_defense_remediation_action(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.mobile_threat_defense_remediation_action
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.mobile_threat_defense_remediation_action
            }
            Self::IosManagedAppProtection(v) => {
                &v.mobile_threat_defense_remediation_action
            }
        }
    }
    /// `mobileThreatDefenseRemediationAction` of any variant.
    #[inline]
    pub fn mobile_threat_defense_remediation_action_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
        }
    }
    /// `notificationRestriction` of any variant.
    #[inline]
    pub fn notification_restriction(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppNotificationRestriction> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.notification_restriction,
            Self::AndroidManagedAppProtection(v) => &v.notification_restriction,
            Self::IosManagedAppProtection(v) => &v.notification_restriction,
        }
    }
    /// `notificationRestriction` of any variant.
    #[inline]
    pub fn notification_restriction_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppNotificationRestriction> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.notification_restriction,
            Self::AndroidManagedAppProtection(v) => &mut v.notification_restriction,
            Self::IosManagedAppProtection(v) => &mut v.notification_restriction,
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => &v.organizational_credentials_required,
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &v.period_before_pin_reset,
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &mut v.period_before_pin_reset,
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_access_check
            }
            Self::AndroidManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_offline_before_access_check,
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_offline_before_access_check,
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced(
        &self,
    ) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => &v.period_offline_before_wipe_is_enforced,
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::AndroidManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_online_before_access_check,
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_online_before_access_check,
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppPinCharacterSet> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &v.pin_character_set,
            Self::IosManagedAppProtection(v) => &v.pin_character_set,
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppPinCharacterSet> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_character_set,
            Self::IosManagedAppProtection(v) => &mut v.pin_character_set,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.pin_required,
            Self::AndroidManagedAppProtection(v) => &v.pin_required,
            Self::IosManagedAppProtection(v) => &v.pin_required,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.pin_required,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_required,
            Self::IosManagedAppProtection(v) => &mut v.pin_required,
        }
    }
    /// `pinRequiredInsteadOfBiometricTimeout` of any variant.
    #[inline]
    pub fn pin_required_instead_of_biometric_timeout(
        &self,
    ) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &v.pin_required_instead_of_biometric_timeout
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.pin_required_instead_of_biometric_timeout
            }
            Self::IosManagedAppProtection(v) => {
                &v.pin_required_instead_of_biometric_timeout
            }
        }
    }
    /// `pinRequiredInsteadOfBiometricTimeout` of any variant.
    #[inline]
    pub fn pin_required_instead_of_biometric_timeout_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
        }
    }
    /// `previousPinBlockCount` of any variant.
    #[inline]
    pub fn previous_pin_block_count(&self) -> &rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.previous_pin_block_count,
            Self::AndroidManagedAppProtection(v) => &v.previous_pin_block_count,
            Self::IosManagedAppProtection(v) => &v.previous_pin_block_count,
        }
    }
    /// `previousPinBlockCount` of any variant.
    #[inline]
    pub fn previous_pin_block_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.previous_pin_block_count,
            Self::AndroidManagedAppProtection(v) => &mut v.previous_pin_block_count,
            Self::IosManagedAppProtection(v) => &mut v.previous_pin_block_count,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &v.print_blocked,
            Self::IosManagedAppProtection(v) => &v.print_blocked,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.print_blocked,
            Self::IosManagedAppProtection(v) => &mut v.print_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &v.save_as_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &mut v.save_as_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &v.simple_pin_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &mut v.simple_pin_blocked,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.is_assigned,
            Self::AndroidManagedAppProtection(v) => &v.is_assigned,
            Self::IosManagedAppProtection(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.is_assigned,
            Self::AndroidManagedAppProtection(v) => &mut v.is_assigned,
            Self::IosManagedAppProtection(v) => &mut v.is_assigned,
        }
    }
    /// `targetedAppManagementLevels` of any variant.
    #[inline]
    pub fn targeted_app_management_levels(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::AppManagementLevel>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.targeted_app_management_levels,
            Self::AndroidManagedAppProtection(v) => &v.targeted_app_management_levels,
            Self::IosManagedAppProtection(v) => &v.targeted_app_management_levels,
        }
    }
    /// `targetedAppManagementLevels` of any variant.
    #[inline]
    pub fn targeted_app_management_levels_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::AppManagementLevel>> {
        match self {
            Self::TargetedManagedAppProtection(v) => {
                &mut v.targeted_app_management_levels
            }
            Self::AndroidManagedAppProtection(v) => &mut v.targeted_app_management_levels,
            Self::IosManagedAppProtection(v) => &mut v.targeted_app_management_levels,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>> {
        match self {
            Self::TargetedManagedAppProtection(v) => &v.assignments,
            Self::AndroidManagedAppProtection(v) => &v.assignments,
            Self::IosManagedAppProtection(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::TargetedManagedAppPolicyAssignment>,
    > {
        match self {
            Self::TargetedManagedAppProtection(v) => &mut v.assignments,
            Self::AndroidManagedAppProtection(v) => &mut v.assignments,
            Self::IosManagedAppProtection(v) => &mut v.assignments,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyTargetedManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTargetedManagedAppProtection);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.teamClassSettings`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct TeamClassSettings {
    /// CSDL: property `notifyGuardiansAboutAssignments`: `Edm.Boolean`, nullable.
    pub notify_guardians_about_assignments: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for TeamClassSettings {
    #[inline]
    fn default() -> Self {
        Self {
            notify_guardians_about_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for TeamClassSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamClassSettings";
    const KEYS: &'static [&'static str] = &["notifyGuardiansAboutAssignments"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"notifyGuardiansAboutAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamClassSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "notify_guardians_about_assignments",
            &self.notify_guardians_about_assignments,
        );
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for TeamClassSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.notify_guardians_about_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.notify_guardians_about_assignments);
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
rt::impl_object!(TeamClassSettings);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    TeamClassSettings { with_notify_guardians_about_assignments
    notify_guardians_about_assignments : bool; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamClassSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamGuestSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamGuestSettings {
    /// CSDL: property `allowCreateUpdateChannels`: `Edm.Boolean`, nullable.
    pub allow_create_update_channels: rt::Field<bool>,
    /// CSDL: property `allowDeleteChannels`: `Edm.Boolean`, nullable.
    pub allow_delete_channels: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamGuestSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_create_update_channels: rt::Field::Absent,
            allow_delete_channels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamGuestSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamGuestSettings";
    const KEYS: &'static [&'static str] = &[
        "allowCreateUpdateChannels",
        "allowDeleteChannels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowCreateUpdateChannels\":    ",
        ",\"allowDeleteChannels\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamGuestSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_create_update_channels",
            &self.allow_create_update_channels,
        );
        v.field(1usize, "allow_delete_channels", &self.allow_delete_channels);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamGuestSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_create_update_channels.read_from(r),
            1usize => self.allow_delete_channels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_create_update_channels);
        w.field(1usize, &self.allow_delete_channels);
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
rt::impl_object!(TeamGuestSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamGuestSettings { with_allow_create_update_channels allow_create_update_channels :
    bool; with_allow_delete_channels allow_delete_channels : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamGuestSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamMessagingSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamMessagingSettings {
    /// CSDL: property `allowChannelMentions`: `Edm.Boolean`, nullable.
    pub allow_channel_mentions: rt::Field<bool>,
    /// CSDL: property `allowOwnerDeleteMessages`: `Edm.Boolean`, nullable.
    pub allow_owner_delete_messages: rt::Field<bool>,
    /// CSDL: property `allowTeamMentions`: `Edm.Boolean`, nullable.
    pub allow_team_mentions: rt::Field<bool>,
    /// CSDL: property `allowUserDeleteMessages`: `Edm.Boolean`, nullable.
    pub allow_user_delete_messages: rt::Field<bool>,
    /// CSDL: property `allowUserEditMessages`: `Edm.Boolean`, nullable.
    pub allow_user_edit_messages: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamMessagingSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allow_channel_mentions: rt::Field::Absent,
            allow_owner_delete_messages: rt::Field::Absent,
            allow_team_mentions: rt::Field::Absent,
            allow_user_delete_messages: rt::Field::Absent,
            allow_user_edit_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamMessagingSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.teamMessagingSettings";
    const KEYS: &'static [&'static str] = &[
        "allowChannelMentions",
        "allowOwnerDeleteMessages",
        "allowTeamMentions",
        "allowUserDeleteMessages",
        "allowUserEditMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowChannelMentions\":         ",
        ",\"allowOwnerDeleteMessages\":     ",
        ",\"allowTeamMentions\":            ",
        ",\"allowUserDeleteMessages\":      ",
        ",\"allowUserEditMessages\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamMessagingSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_channel_mentions", &self.allow_channel_mentions);
        v.field(
            1usize,
            "allow_owner_delete_messages",
            &self.allow_owner_delete_messages,
        );
        v.field(2usize, "allow_team_mentions", &self.allow_team_mentions);
        v.field(3usize, "allow_user_delete_messages", &self.allow_user_delete_messages);
        v.field(4usize, "allow_user_edit_messages", &self.allow_user_edit_messages);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamMessagingSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_channel_mentions.read_from(r),
            1usize => self.allow_owner_delete_messages.read_from(r),
            2usize => self.allow_team_mentions.read_from(r),
            3usize => self.allow_user_delete_messages.read_from(r),
            4usize => self.allow_user_edit_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_channel_mentions);
        w.field(1usize, &self.allow_owner_delete_messages);
        w.field(2usize, &self.allow_team_mentions);
        w.field(3usize, &self.allow_user_delete_messages);
        w.field(4usize, &self.allow_user_edit_messages);
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
rt::impl_object!(TeamMessagingSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamMessagingSettings { with_allow_channel_mentions allow_channel_mentions : bool;
    with_allow_owner_delete_messages allow_owner_delete_messages : bool;
    with_allow_team_mentions allow_team_mentions : bool; with_allow_user_delete_messages
    allow_user_delete_messages : bool; with_allow_user_edit_messages
    allow_user_edit_messages : bool; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamMessagingSettings);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsAsyncOperation`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`TeamsAsyncOperationPath`](requests/trait.TeamsAsyncOperationPath.html), what a path to one (`EntityPath<TeamsAsyncOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAsyncOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attemptsCount`: `Edm.Int32`, not nullable.
    pub attempts_count: rt::Field<i32>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.operationError`, nullable.
    pub error: rt::Field<crate::beta::OperationError>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `operationType`: `microsoft.graph.teamsAsyncOperationType`, not nullable.
    pub operation_type: rt::Field<crate::beta::TeamsAsyncOperationType>,
    /// CSDL: property `status`: `microsoft.graph.teamsAsyncOperationStatus`, not nullable.
    pub status: rt::Field<crate::beta::TeamsAsyncOperationStatus>,
    /// CSDL: property `targetResourceId`: `Edm.String`, nullable.
    pub target_resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `targetResourceLocation`: `Edm.String`, nullable.
    pub target_resource_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamsAsyncOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attempts_count: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            operation_type: rt::Field::Absent,
            status: rt::Field::Absent,
            target_resource_id: rt::Field::Absent,
            target_resource_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamsAsyncOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAsyncOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attemptsCount",
        "createdDateTime",
        "error",
        "lastActionDateTime",
        "operationType",
        "status",
        "targetResourceId",
        "targetResourceLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attemptsCount\":                ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastActionDateTime\":           ",
        ",\"operationType\":                ",
        ",\"status\":                       ",
        ",\"targetResourceId\":             ",
        ",\"targetResourceLocation\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAsyncOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attempts_count", &self.attempts_count);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "last_action_date_time", &self.last_action_date_time);
        v.field(5usize, "operation_type", &self.operation_type);
        v.field(6usize, "status", &self.status);
        v.field(7usize, "target_resource_id", &self.target_resource_id);
        v.field(8usize, "target_resource_location", &self.target_resource_location);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamsAsyncOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attempts_count.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.last_action_date_time.read_from(r),
            5usize => self.operation_type.read_from(r),
            6usize => self.status.read_from(r),
            7usize => self.target_resource_id.read_from(r),
            8usize => self.target_resource_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attempts_count);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.last_action_date_time);
        w.field(5usize, &self.operation_type);
        w.field(6usize, &self.status);
        w.field(7usize, &self.target_resource_id);
        w.field(8usize, &self.target_resource_location);
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
rt::impl_object!(TeamsAsyncOperation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamsAsyncOperation { with_id id : ::std::string::String; with_attempts_count
    attempts_count : i32; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::beta::OperationError;
    with_last_action_date_time last_action_date_time : rt::edm::DateTimeOffset;
    with_operation_type operation_type : crate ::beta::TeamsAsyncOperationType;
    with_status status : crate ::beta::TeamsAsyncOperationStatus; with_target_resource_id
    target_resource_id : ::std::string::String; with_target_resource_location
    target_resource_location : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAsyncOperation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsAsyncOperationStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAsyncOperationStatus {
    /// `invalid` (value 0).
    Invalid,
    /// `notStarted` (value 1).
    NotStarted,
    /// `inProgress` (value 2).
    InProgress,
    /// `succeeded` (value 3).
    Succeeded,
    /// `failed` (value 4).
    Failed,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TeamsAsyncOperationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAsyncOperationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "invalid",
        "notStarted",
        "inProgress",
        "succeeded",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "notStarted" => Self::NotStarted,
                "inProgress" => Self::InProgress,
                "succeeded" => Self::Succeeded,
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
            Self::Invalid => "invalid",
            Self::NotStarted => "notStarted",
            Self::InProgress => "inProgress",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TeamsAsyncOperationStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAsyncOperationStatus);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsAsyncOperationType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsAsyncOperationType {
    /// `invalid` (value 0).
    Invalid,
    /// `cloneTeam` (value 1).
    CloneTeam,
    /// `archiveTeam` (value 2).
    ArchiveTeam,
    /// `unarchiveTeam` (value 3).
    UnarchiveTeam,
    /// `createTeam` (value 4).
    CreateTeam,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `teamifyGroup` (value 6).
    TeamifyGroup,
    /// `createChannel` (value 7).
    CreateChannel,
    /// `createChat` (value 8).
    CreateChat,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TeamsAsyncOperationType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAsyncOperationType";
    const MEMBERS: &'static [&'static str] = &[
        "invalid",
        "cloneTeam",
        "archiveTeam",
        "unarchiveTeam",
        "createTeam",
        "unknownFutureValue",
        "teamifyGroup",
        "createChannel",
        "createChat",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "cloneTeam" => Self::CloneTeam,
                "archiveTeam" => Self::ArchiveTeam,
                "unarchiveTeam" => Self::UnarchiveTeam,
                "createTeam" => Self::CreateTeam,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "teamifyGroup" => Self::TeamifyGroup,
                "createChannel" => Self::CreateChannel,
                "createChat" => Self::CreateChat,
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
            Self::CloneTeam => "cloneTeam",
            Self::ArchiveTeam => "archiveTeam",
            Self::UnarchiveTeam => "unarchiveTeam",
            Self::CreateTeam => "createTeam",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::TeamifyGroup => "teamifyGroup",
            Self::CreateChannel => "createChannel",
            Self::CreateChat => "createChat",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TeamsAsyncOperationType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAsyncOperationType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.teamsDeviceUsageDistributionUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct TeamsDeviceUsageDistributionUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `androidPhone`: `Edm.Int64`, nullable.
    pub android_phone: rt::Field<i64>,
    /// CSDL: property `chromeOS`: `Edm.Int64`, nullable.
    pub chrome_os: rt::Field<i64>,
    /// CSDL: property `ios`: `Edm.Int64`, nullable.
    pub ios: rt::Field<i64>,
    /// CSDL: property `linux`: `Edm.Int64`, nullable.
    pub linux: rt::Field<i64>,
    /// CSDL: property `mac`: `Edm.Int64`, nullable.
    pub mac: rt::Field<i64>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int64`, nullable.
    pub web: rt::Field<i64>,
    /// CSDL: property `windows`: `Edm.Int64`, nullable.
    pub windows: rt::Field<i64>,
    /// CSDL: property `windowsPhone`: `Edm.Int64`, nullable.
    pub windows_phone: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for TeamsDeviceUsageDistributionUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_phone: rt::Field::Absent,
            chrome_os: rt::Field::Absent,
            ios: rt::Field::Absent,
            linux: rt::Field::Absent,
            mac: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            windows: rt::Field::Absent,
            windows_phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for TeamsDeviceUsageDistributionUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsDeviceUsageDistributionUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidPhone",
        "chromeOS",
        "ios",
        "linux",
        "mac",
        "reportPeriod",
        "reportRefreshDate",
        "web",
        "windows",
        "windowsPhone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidPhone\":                 ",
        ",\"chromeOS\":                     ",
        ",\"ios\":                          ",
        ",\"linux\":                        ",
        ",\"mac\":                          ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
        ",\"windows\":                      ",
        ",\"windowsPhone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsDeviceUsageDistributionUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "android_phone", &self.android_phone);
        v.field(2usize, "chrome_os", &self.chrome_os);
        v.field(3usize, "ios", &self.ios);
        v.field(4usize, "linux", &self.linux);
        v.field(5usize, "mac", &self.mac);
        v.field(6usize, "report_period", &self.report_period);
        v.field(7usize, "report_refresh_date", &self.report_refresh_date);
        v.field(8usize, "web", &self.web);
        v.field(9usize, "windows", &self.windows);
        v.field(10usize, "windows_phone", &self.windows_phone);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for TeamsDeviceUsageDistributionUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_phone.read_from(r),
            2usize => self.chrome_os.read_from(r),
            3usize => self.ios.read_from(r),
            4usize => self.linux.read_from(r),
            5usize => self.mac.read_from(r),
            6usize => self.report_period.read_from(r),
            7usize => self.report_refresh_date.read_from(r),
            8usize => self.web.read_from(r),
            9usize => self.windows.read_from(r),
            10usize => self.windows_phone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_phone);
        w.field(2usize, &self.chrome_os);
        w.field(3usize, &self.ios);
        w.field(4usize, &self.linux);
        w.field(5usize, &self.mac);
        w.field(6usize, &self.report_period);
        w.field(7usize, &self.report_refresh_date);
        w.field(8usize, &self.web);
        w.field(9usize, &self.windows);
        w.field(10usize, &self.windows_phone);
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
rt::impl_object!(TeamsDeviceUsageDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    TeamsDeviceUsageDistributionUserCounts { with_id id : ::std::string::String;
    with_android_phone android_phone : i64; with_chrome_os chrome_os : i64; with_ios ios
    : i64; with_linux linux : i64; with_mac mac : i64; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_web web : i64; with_windows windows : i64; with_windows_phone windows_phone :
    i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsDeviceUsageDistributionUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.teamsDeviceUsageUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct TeamsDeviceUsageUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `androidPhone`: `Edm.Int64`, nullable.
    pub android_phone: rt::Field<i64>,
    /// CSDL: property `chromeOS`: `Edm.Int64`, nullable.
    pub chrome_os: rt::Field<i64>,
    /// CSDL: property `ios`: `Edm.Int64`, nullable.
    pub ios: rt::Field<i64>,
    /// CSDL: property `linux`: `Edm.Int64`, nullable.
    pub linux: rt::Field<i64>,
    /// CSDL: property `mac`: `Edm.Int64`, nullable.
    pub mac: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `web`: `Edm.Int64`, nullable.
    pub web: rt::Field<i64>,
    /// CSDL: property `windows`: `Edm.Int64`, nullable.
    pub windows: rt::Field<i64>,
    /// CSDL: property `windowsPhone`: `Edm.Int64`, nullable.
    pub windows_phone: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for TeamsDeviceUsageUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android_phone: rt::Field::Absent,
            chrome_os: rt::Field::Absent,
            ios: rt::Field::Absent,
            linux: rt::Field::Absent,
            mac: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            web: rt::Field::Absent,
            windows: rt::Field::Absent,
            windows_phone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for TeamsDeviceUsageUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsDeviceUsageUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "androidPhone",
        "chromeOS",
        "ios",
        "linux",
        "mac",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "web",
        "windows",
        "windowsPhone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"androidPhone\":                 ",
        ",\"chromeOS\":                     ",
        ",\"ios\":                          ",
        ",\"linux\":                        ",
        ",\"mac\":                          ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"web\":                          ",
        ",\"windows\":                      ",
        ",\"windowsPhone\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsDeviceUsageUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "android_phone", &self.android_phone);
        v.field(2usize, "chrome_os", &self.chrome_os);
        v.field(3usize, "ios", &self.ios);
        v.field(4usize, "linux", &self.linux);
        v.field(5usize, "mac", &self.mac);
        v.field(6usize, "report_date", &self.report_date);
        v.field(7usize, "report_period", &self.report_period);
        v.field(8usize, "report_refresh_date", &self.report_refresh_date);
        v.field(9usize, "web", &self.web);
        v.field(10usize, "windows", &self.windows);
        v.field(11usize, "windows_phone", &self.windows_phone);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for TeamsDeviceUsageUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android_phone.read_from(r),
            2usize => self.chrome_os.read_from(r),
            3usize => self.ios.read_from(r),
            4usize => self.linux.read_from(r),
            5usize => self.mac.read_from(r),
            6usize => self.report_date.read_from(r),
            7usize => self.report_period.read_from(r),
            8usize => self.report_refresh_date.read_from(r),
            9usize => self.web.read_from(r),
            10usize => self.windows.read_from(r),
            11usize => self.windows_phone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android_phone);
        w.field(2usize, &self.chrome_os);
        w.field(3usize, &self.ios);
        w.field(4usize, &self.linux);
        w.field(5usize, &self.mac);
        w.field(6usize, &self.report_date);
        w.field(7usize, &self.report_period);
        w.field(8usize, &self.report_refresh_date);
        w.field(9usize, &self.web);
        w.field(10usize, &self.windows);
        w.field(11usize, &self.windows_phone);
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
rt::impl_object!(TeamsDeviceUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    TeamsDeviceUsageUserCounts { with_id id : ::std::string::String; with_android_phone
    android_phone : i64; with_chrome_os chrome_os : i64; with_ios ios : i64; with_linux
    linux : i64; with_mac mac : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_web web : i64; with_windows windows : i64;
    with_windows_phone windows_phone : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsDeviceUsageUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.teamsDeviceUsageUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct TeamsDeviceUsageUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDate`: `Edm.Date`, nullable.
    pub deleted_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `isLicensed`: `Edm.Boolean`, nullable.
    pub is_licensed: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `usedAndroidPhone`: `Edm.Boolean`, nullable.
    pub used_android_phone: rt::Field<bool>,
    /// CSDL: property `usedChromeOS`: `Edm.Boolean`, nullable.
    pub used_chrome_os: rt::Field<bool>,
    /// CSDL: property `usediOS`: `Edm.Boolean`, nullable.
    pub usedi_os: rt::Field<bool>,
    /// CSDL: property `usedLinux`: `Edm.Boolean`, nullable.
    pub used_linux: rt::Field<bool>,
    /// CSDL: property `usedMac`: `Edm.Boolean`, nullable.
    pub used_mac: rt::Field<bool>,
    /// CSDL: property `usedWeb`: `Edm.Boolean`, nullable.
    pub used_web: rt::Field<bool>,
    /// CSDL: property `usedWindows`: `Edm.Boolean`, nullable.
    pub used_windows: rt::Field<bool>,
    /// CSDL: property `usedWindowsPhone`: `Edm.Boolean`, nullable.
    pub used_windows_phone: rt::Field<bool>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for TeamsDeviceUsageUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            is_licensed: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            used_android_phone: rt::Field::Absent,
            used_chrome_os: rt::Field::Absent,
            usedi_os: rt::Field::Absent,
            used_linux: rt::Field::Absent,
            used_mac: rt::Field::Absent,
            used_web: rt::Field::Absent,
            used_windows: rt::Field::Absent,
            used_windows_phone: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for TeamsDeviceUsageUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsDeviceUsageUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDate",
        "isDeleted",
        "isLicensed",
        "lastActivityDate",
        "reportPeriod",
        "reportRefreshDate",
        "usedAndroidPhone",
        "usedChromeOS",
        "usediOS",
        "usedLinux",
        "usedMac",
        "usedWeb",
        "usedWindows",
        "usedWindowsPhone",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDate\":                  ",
        ",\"isDeleted\":                    ",
        ",\"isLicensed\":                   ",
        ",\"lastActivityDate\":             ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"usedAndroidPhone\":             ",
        ",\"usedChromeOS\":                 ",
        ",\"usediOS\":                      ",
        ",\"usedLinux\":                    ",
        ",\"usedMac\":                      ",
        ",\"usedWeb\":                      ",
        ",\"usedWindows\":                  ",
        ",\"usedWindowsPhone\":             ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsDeviceUsageUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date", &self.deleted_date);
        v.field(2usize, "is_deleted", &self.is_deleted);
        v.field(3usize, "is_licensed", &self.is_licensed);
        v.field(4usize, "last_activity_date", &self.last_activity_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
        v.field(7usize, "used_android_phone", &self.used_android_phone);
        v.field(8usize, "used_chrome_os", &self.used_chrome_os);
        v.field(9usize, "usedi_os", &self.usedi_os);
        v.field(10usize, "used_linux", &self.used_linux);
        v.field(11usize, "used_mac", &self.used_mac);
        v.field(12usize, "used_web", &self.used_web);
        v.field(13usize, "used_windows", &self.used_windows);
        v.field(14usize, "used_windows_phone", &self.used_windows_phone);
        v.field(15usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for TeamsDeviceUsageUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date.read_from(r),
            2usize => self.is_deleted.read_from(r),
            3usize => self.is_licensed.read_from(r),
            4usize => self.last_activity_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            7usize => self.used_android_phone.read_from(r),
            8usize => self.used_chrome_os.read_from(r),
            9usize => self.usedi_os.read_from(r),
            10usize => self.used_linux.read_from(r),
            11usize => self.used_mac.read_from(r),
            12usize => self.used_web.read_from(r),
            13usize => self.used_windows.read_from(r),
            14usize => self.used_windows_phone.read_from(r),
            15usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date);
        w.field(2usize, &self.is_deleted);
        w.field(3usize, &self.is_licensed);
        w.field(4usize, &self.last_activity_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
        w.field(7usize, &self.used_android_phone);
        w.field(8usize, &self.used_chrome_os);
        w.field(9usize, &self.usedi_os);
        w.field(10usize, &self.used_linux);
        w.field(11usize, &self.used_mac);
        w.field(12usize, &self.used_web);
        w.field(13usize, &self.used_windows);
        w.field(14usize, &self.used_windows_phone);
        w.field(15usize, &self.user_principal_name);
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
rt::impl_object!(TeamsDeviceUsageUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    TeamsDeviceUsageUserDetail { with_id id : ::std::string::String; with_deleted_date
    deleted_date : rt::edm::Date; with_is_deleted is_deleted : bool; with_is_licensed
    is_licensed : bool; with_last_activity_date last_activity_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_used_android_phone used_android_phone :
    bool; with_used_chrome_os used_chrome_os : bool; with_usedi_os usedi_os : bool;
    with_used_linux used_linux : bool; with_used_mac used_mac : bool; with_used_web
    used_web : bool; with_used_windows used_windows : bool; with_used_windows_phone
    used_windows_phone : bool; with_user_principal_name user_principal_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsDeviceUsageUserDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsTab`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsTabPath`](requests/trait.TeamsTabPath.html), what a path to one (`EntityPath<TeamsTab, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsTab {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.teamsTabConfiguration`, nullable.
    pub configuration: rt::Field<crate::beta::TeamsTabConfiguration>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `messageId`: `Edm.String`, nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// CSDL: property `sortOrderIndex`: `Edm.String`, nullable.
    pub sort_order_index: rt::Field<::std::string::String>,
    /// CSDL: property `teamsAppId`: `Edm.String`, nullable.
    pub teams_app_id: rt::Field<::std::string::String>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `teamsApp`: `microsoft.graph.teamsApp`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    pub teams_app: rt::Field<crate::beta::TeamsApp>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamsTab {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            display_name: rt::Field::Absent,
            message_id: rt::Field::Absent,
            sort_order_index: rt::Field::Absent,
            teams_app_id: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            teams_app: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamsTab {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsTab";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configuration",
        "displayName",
        "messageId",
        "sortOrderIndex",
        "teamsAppId",
        "webUrl",
        "teamsApp",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configuration\":                ",
        ",\"displayName\":                  ",
        ",\"messageId\":                    ",
        ",\"sortOrderIndex\":               ",
        ",\"teamsAppId\":                   ",
        ",\"webUrl\":                       ",
        ",\"teamsApp\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsTab\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration", &self.configuration);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "message_id", &self.message_id);
        v.field(4usize, "sort_order_index", &self.sort_order_index);
        v.field(5usize, "teams_app_id", &self.teams_app_id);
        v.field(6usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_app_catalogs_or_search)]
        v.field(7usize, "teams_app", &self.teams_app);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamsTab {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.message_id.read_from(r),
            4usize => self.sort_order_index.read_from(r),
            5usize => self.teams_app_id.read_from(r),
            6usize => self.web_url.read_from(r),
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            7usize => self.teams_app.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.message_id);
        w.field(4usize, &self.sort_order_index);
        w.field(5usize, &self.teams_app_id);
        w.field(6usize, &self.web_url);
        #[cfg(msgraph_beta_app_catalogs_or_search)] w.field(7usize, &self.teams_app);
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
rt::impl_object!(TeamsTab);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamsTab { with_id id : ::std::string::String; with_configuration configuration :
    crate ::beta::TeamsTabConfiguration; with_display_name display_name :
    ::std::string::String; with_message_id message_id : ::std::string::String;
    with_sort_order_index sort_order_index : ::std::string::String; with_teams_app_id
    teams_app_id : ::std::string::String; with_web_url web_url : ::std::string::String;
    #[cfg(msgraph_beta_app_catalogs_or_search)] with_teams_app teams_app : crate
    ::beta::TeamsApp; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsTab);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsTabConfiguration`, complex type, open.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsTabConfiguration {
    /// CSDL: property `contentUrl`: `Edm.String`, nullable.
    pub content_url: rt::Field<::std::string::String>,
    /// CSDL: property `entityId`: `Edm.String`, nullable.
    pub entity_id: rt::Field<::std::string::String>,
    /// CSDL: property `removeUrl`: `Edm.String`, nullable.
    pub remove_url: rt::Field<::std::string::String>,
    /// CSDL: property `websiteUrl`: `Edm.String`, nullable.
    pub website_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamsTabConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            content_url: rt::Field::Absent,
            entity_id: rt::Field::Absent,
            remove_url: rt::Field::Absent,
            website_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamsTabConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsTabConfiguration";
    const KEYS: &'static [&'static str] = &[
        "contentUrl",
        "entityId",
        "removeUrl",
        "websiteUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentUrl\":                   ",
        ",\"entityId\":                     ",
        ",\"removeUrl\":                    ",
        ",\"websiteUrl\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsTabConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_url", &self.content_url);
        v.field(1usize, "entity_id", &self.entity_id);
        v.field(2usize, "remove_url", &self.remove_url);
        v.field(3usize, "website_url", &self.website_url);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamsTabConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_url.read_from(r),
            1usize => self.entity_id.read_from(r),
            2usize => self.remove_url.read_from(r),
            3usize => self.website_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_url);
        w.field(1usize, &self.entity_id);
        w.field(2usize, &self.remove_url);
        w.field(3usize, &self.website_url);
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
rt::impl_object!(TeamsTabConfiguration);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamsTabConfiguration { with_content_url content_url : ::std::string::String;
    with_entity_id entity_id : ::std::string::String; with_remove_url remove_url :
    ::std::string::String; with_website_url website_url : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsTabConfiguration);
#[cfg(msgraph_beta_search_or_teams_templates)]
/// CSDL: `microsoft.graph.teamsTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-search`, `beta-teams-templates`.
#[derive(Clone)]
pub struct TeamsTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_teams_templates)]
impl ::std::default::Default for TeamsTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_teams_templates)]
impl rt::Object for TeamsTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsTemplate";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.teamsTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_search_or_teams_templates)]
impl rt::object::Members for TeamsTemplate {
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
#[cfg(msgraph_beta_search_or_teams_templates)]
rt::impl_object!(TeamsTemplate);
#[cfg(msgraph_beta_search_or_teams_templates)]
rt::impl_setters!(TeamsTemplate { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_search_or_teams_templates)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsTemplate);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.teamsUserActivityCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct TeamsUserActivityCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `calls`: `Edm.Int64`, nullable.
    pub calls: rt::Field<i64>,
    /// CSDL: property `meetings`: `Edm.Int64`, nullable.
    pub meetings: rt::Field<i64>,
    /// CSDL: property `privateChatMessages`: `Edm.Int64`, nullable.
    pub private_chat_messages: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `teamChatMessages`: `Edm.Int64`, nullable.
    pub team_chat_messages: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for TeamsUserActivityCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            calls: rt::Field::Absent,
            meetings: rt::Field::Absent,
            private_chat_messages: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            team_chat_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for TeamsUserActivityCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsUserActivityCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "calls",
        "meetings",
        "privateChatMessages",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "teamChatMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"calls\":                        ",
        ",\"meetings\":                     ",
        ",\"privateChatMessages\":          ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"teamChatMessages\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsUserActivityCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "calls", &self.calls);
        v.field(2usize, "meetings", &self.meetings);
        v.field(3usize, "private_chat_messages", &self.private_chat_messages);
        v.field(4usize, "report_date", &self.report_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
        v.field(7usize, "team_chat_messages", &self.team_chat_messages);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for TeamsUserActivityCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.calls.read_from(r),
            2usize => self.meetings.read_from(r),
            3usize => self.private_chat_messages.read_from(r),
            4usize => self.report_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            7usize => self.team_chat_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.calls);
        w.field(2usize, &self.meetings);
        w.field(3usize, &self.private_chat_messages);
        w.field(4usize, &self.report_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
        w.field(7usize, &self.team_chat_messages);
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
rt::impl_object!(TeamsUserActivityCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    TeamsUserActivityCounts { with_id id : ::std::string::String; with_calls calls : i64;
    with_meetings meetings : i64; with_private_chat_messages private_chat_messages : i64;
    with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_team_chat_messages team_chat_messages : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsUserActivityCounts);
#[cfg(msgraph_beta_search_or_teamwork)]
/// CSDL: `microsoft.graph.teamwork`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamworkPath`](requests/trait.TeamworkPath.html), what a path to one (`EntityPath<Teamwork, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-teamwork`.
#[derive(Clone)]
pub struct Teamwork {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `workforceIntegrations`: `Collection(microsoft.graph.workforceIntegration)`, not nullable.
    pub workforce_integrations: rt::Field<
        ::std::vec::Vec<crate::beta::WorkforceIntegration>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl ::std::default::Default for Teamwork {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            workforce_integrations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::Object for Teamwork {
    const TYPE_NAME: &'static str = "microsoft.graph.teamwork";
    const KEYS: &'static [&'static str] = &["id", "workforceIntegrations"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"workforceIntegrations\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamwork\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "workforce_integrations", &self.workforce_integrations);
    }
}
#[cfg(msgraph_beta_search_or_teamwork)]
impl rt::object::Members for Teamwork {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.workforce_integrations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.workforce_integrations);
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
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_object!(Teamwork);
#[cfg(msgraph_beta_search_or_teamwork)]
rt::impl_setters!(
    Teamwork { with_id id : ::std::string::String; with_workforce_integrations
    workforce_integrations : ::std::vec::Vec < crate ::beta::WorkforceIntegration >; }
);
#[cfg(msgraph_beta_search_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(Teamwork);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamworkTag`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamworkTagPath`](requests/trait.TeamworkTagPath.html), what a path to one (`EntityPath<TeamworkTag, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkTag {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `memberCount`: `Edm.Int32`, nullable.
    pub member_count: rt::Field<i32>,
    /// CSDL: property `tagType`: `microsoft.graph.teamworkTagType`, nullable.
    pub tag_type: rt::Field<crate::beta::TeamworkTagType>,
    /// CSDL: property `teamId`: `Edm.String`, nullable.
    pub team_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.teamworkTagMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::TeamworkTagMember>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamworkTag {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            member_count: rt::Field::Absent,
            tag_type: rt::Field::Absent,
            team_id: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamworkTag {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkTag";
    const KEYS: &'static [&'static str] = &[
        "id",
        "description",
        "displayName",
        "memberCount",
        "tagType",
        "teamId",
        "members",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"memberCount\":                  ",
        ",\"tagType\":                      ",
        ",\"teamId\":                       ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkTag\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "description", &self.description);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "member_count", &self.member_count);
        v.field(4usize, "tag_type", &self.tag_type);
        v.field(5usize, "team_id", &self.team_id);
        v.field(6usize, "members", &self.members);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamworkTag {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.description.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.member_count.read_from(r),
            4usize => self.tag_type.read_from(r),
            5usize => self.team_id.read_from(r),
            6usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.description);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.member_count);
        w.field(4usize, &self.tag_type);
        w.field(5usize, &self.team_id);
        w.field(6usize, &self.members);
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
rt::impl_object!(TeamworkTag);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamworkTag { with_id id : ::std::string::String; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_member_count member_count : i32; with_tag_type tag_type : crate
    ::beta::TeamworkTagType; with_team_id team_id : ::std::string::String; with_members
    members : ::std::vec::Vec < crate ::beta::TeamworkTagMember >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkTag);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamworkTagMember`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamworkTagMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamworkTagMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamworkTagMember {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkTagMember";
    const KEYS: &'static [&'static str] = &["id", "displayName", "tenantId", "userId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"tenantId\":                     ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamworkTagMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "tenant_id", &self.tenant_id);
        v.field(3usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamworkTagMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.tenant_id.read_from(r),
            3usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.tenant_id);
        w.field(3usize, &self.user_id);
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
rt::impl_object!(TeamworkTagMember);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamworkTagMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_tenant_id tenant_id :
    ::std::string::String; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkTagMember);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamworkTagType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamworkTagType {
    /// `standard` (value 0).
    Standard,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TeamworkTagType {
    const TYPE_NAME: &'static str = "microsoft.graph.teamworkTagType";
    const MEMBERS: &'static [&'static str] = &["standard"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
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
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TeamworkTagType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamworkTagType);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.termColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TermColumn {
    /// CSDL: property `allowMultipleValues`: `Edm.Boolean`, nullable.
    pub allow_multiple_values: rt::Field<bool>,
    /// CSDL: property `showFullyQualifiedName`: `Edm.Boolean`, nullable.
    pub show_fully_qualified_name: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for TermColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_values: rt::Field::Absent,
            show_fully_qualified_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for TermColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.termColumn";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleValues",
        "showFullyQualifiedName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleValues\":          ",
        ",\"showFullyQualifiedName\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_values", &self.allow_multiple_values);
        v.field(1usize, "show_fully_qualified_name", &self.show_fully_qualified_name);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for TermColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_values.read_from(r),
            1usize => self.show_fully_qualified_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_values);
        w.field(1usize, &self.show_fully_qualified_name);
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
rt::impl_object!(TermColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    TermColumn { with_allow_multiple_values allow_multiple_values : bool;
    with_show_fully_qualified_name show_fully_qualified_name : bool; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermColumn);
#[cfg(msgraph_beta_device_management_or_search)]
/// A termsAndConditions entity represents the metadata and contents of a given Terms and Conditions (T&C) policy. T&C policies’ contents are presented to users upon their first attempt to enroll into Intune and subsequently upon edits where an administrator has required re-acceptance. They enable administrators to communicate the provisions to which a user must agree in order to have devices enrolled into Intune.
///
/// CSDL: `microsoft.graph.termsAndConditions`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsAndConditionsPath`](requests/trait.TermsAndConditionsPath.html), what a path to one (`EntityPath<TermsAndConditions, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct TermsAndConditions {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Administrator-supplied explanation of the terms and conditions, typically describing what it means to accept the terms and conditions set out in the T&C policy. This is shown to the user on prompts to accept the T&C policy.
    ///
    /// CSDL: property `acceptanceStatement`: `Edm.String`, nullable.
    pub acceptance_statement: rt::Field<::std::string::String>,
    /// Administrator-supplied body text of the terms and conditions, typically the terms themselves. This is shown to the user on prompts to accept the T&C policy.
    ///
    /// CSDL: property `bodyText`: `Edm.String`, nullable.
    pub body_text: rt::Field<::std::string::String>,
    /// DateTime the object was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Administrator-supplied description of the T&C policy.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Administrator-supplied name for the T&C policy.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Administrator-supplied title of the terms and conditions. This is shown to the user on prompts to accept the T&C policy.
    ///
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Integer indicating the current version of the terms. Incremented when an administrator makes a change to the terms and wishes to require users to re-accept the modified T&C policy.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of acceptance statuses for this T&C policy.
    ///
    /// CSDL: containment navigation property `acceptanceStatuses`: `Collection(microsoft.graph.termsAndConditionsAcceptanceStatus)`, not nullable.
    pub acceptance_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::TermsAndConditionsAcceptanceStatus>,
    >,
    /// The list of assignments for this T&C policy.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.termsAndConditionsAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TermsAndConditionsAssignment>,
    >,
    /// The list of group assignments for this T&C policy.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.termsAndConditionsGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::TermsAndConditionsGroupAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for TermsAndConditions {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            acceptance_statement: rt::Field::Absent,
            body_text: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            title: rt::Field::Absent,
            version: rt::Field::Absent,
            acceptance_statuses: rt::Field::Absent,
            assignments: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for TermsAndConditions {
    const TYPE_NAME: &'static str = "microsoft.graph.termsAndConditions";
    const KEYS: &'static [&'static str] = &[
        "id",
        "acceptanceStatement",
        "bodyText",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "modifiedDateTime",
        "roleScopeTagIds",
        "title",
        "version",
        "acceptanceStatuses",
        "assignments",
        "groupAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acceptanceStatement\":          ",
        ",\"bodyText\":                     ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"modifiedDateTime\":             ",
        ",\"roleScopeTagIds\":              ",
        ",\"title\":                        ",
        ",\"version\":                      ",
        ",\"acceptanceStatuses\":           ",
        ",\"assignments\":                  ",
        ",\"groupAssignments\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsAndConditions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "acceptance_statement", &self.acceptance_statement);
        v.field(2usize, "body_text", &self.body_text);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "description", &self.description);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "modified_date_time", &self.modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "title", &self.title);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "acceptance_statuses", &self.acceptance_statuses);
        v.field(12usize, "assignments", &self.assignments);
        v.field(13usize, "group_assignments", &self.group_assignments);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for TermsAndConditions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.acceptance_statement.read_from(r),
            2usize => self.body_text.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.description.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.title.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.acceptance_statuses.read_from(r),
            12usize => self.assignments.read_from(r),
            13usize => self.group_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.acceptance_statement);
        w.field(2usize, &self.body_text);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.description);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.title);
        w.field(10usize, &self.version);
        w.field(11usize, &self.acceptance_statuses);
        w.field(12usize, &self.assignments);
        w.field(13usize, &self.group_assignments);
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
rt::impl_object!(TermsAndConditions);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    TermsAndConditions { with_id id : ::std::string::String; with_acceptance_statement
    acceptance_statement : ::std::string::String; with_body_text body_text :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_modified_date_time
    modified_date_time : rt::edm::DateTimeOffset; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_title title :
    ::std::string::String; with_version version : i32; with_acceptance_statuses
    acceptance_statuses : ::std::vec::Vec < crate
    ::beta::TermsAndConditionsAcceptanceStatus >; with_assignments assignments :
    ::std::vec::Vec < crate ::beta::TermsAndConditionsAssignment >;
    with_group_assignments group_assignments : ::std::vec::Vec < crate
    ::beta::TermsAndConditionsGroupAssignment >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsAndConditions);
#[cfg(msgraph_beta_device_management_or_search)]
/// A termsAndConditionsAcceptanceStatus entity represents the acceptance status of a given Terms and Conditions (T&C) policy by a given user. Users must accept the most up-to-date version of the terms in order to retain access to the Company Portal.
///
/// CSDL: `microsoft.graph.termsAndConditionsAcceptanceStatus`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsAndConditionsAcceptanceStatusPath`](requests/trait.TermsAndConditionsAcceptanceStatusPath.html), what a path to one (`EntityPath<TermsAndConditionsAcceptanceStatus, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct TermsAndConditionsAcceptanceStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime when the terms were last accepted by the user.
    ///
    /// CSDL: property `acceptedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub accepted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Most recent version number of the T&C accepted by the user.
    ///
    /// CSDL: property `acceptedVersion`: `Edm.Int32`, not nullable.
    pub accepted_version: rt::Field<i32>,
    /// Display name of the user whose acceptance the entity represents.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// The userPrincipalName of the User that accepted the term.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Navigation link to the terms and conditions that are assigned.
    ///
    /// CSDL: navigation property `termsAndConditions`: `microsoft.graph.termsAndConditions`, nullable.
    pub terms_and_conditions: rt::Field<crate::beta::TermsAndConditions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for TermsAndConditionsAcceptanceStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            accepted_date_time: rt::Field::Absent,
            accepted_version: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            terms_and_conditions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for TermsAndConditionsAcceptanceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.termsAndConditionsAcceptanceStatus";
    const KEYS: &'static [&'static str] = &[
        "id",
        "acceptedDateTime",
        "acceptedVersion",
        "userDisplayName",
        "userPrincipalName",
        "termsAndConditions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"acceptedDateTime\":             ",
        ",\"acceptedVersion\":              ",
        ",\"userDisplayName\":              ",
        ",\"userPrincipalName\":            ",
        ",\"termsAndConditions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsAndConditionsAcceptanceStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "accepted_date_time", &self.accepted_date_time);
        v.field(2usize, "accepted_version", &self.accepted_version);
        v.field(3usize, "user_display_name", &self.user_display_name);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
        v.field(5usize, "terms_and_conditions", &self.terms_and_conditions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for TermsAndConditionsAcceptanceStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.accepted_date_time.read_from(r),
            2usize => self.accepted_version.read_from(r),
            3usize => self.user_display_name.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            5usize => self.terms_and_conditions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.accepted_date_time);
        w.field(2usize, &self.accepted_version);
        w.field(3usize, &self.user_display_name);
        w.field(4usize, &self.user_principal_name);
        w.field(5usize, &self.terms_and_conditions);
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
rt::impl_object!(TermsAndConditionsAcceptanceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    TermsAndConditionsAcceptanceStatus { with_id id : ::std::string::String;
    with_accepted_date_time accepted_date_time : rt::edm::DateTimeOffset;
    with_accepted_version accepted_version : i32; with_user_display_name
    user_display_name : ::std::string::String; with_user_principal_name
    user_principal_name : ::std::string::String; with_terms_and_conditions
    terms_and_conditions : crate ::beta::TermsAndConditions; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsAndConditionsAcceptanceStatus);
#[cfg(msgraph_beta_device_management_or_search)]
/// A termsAndConditionsAssignment entity represents the assignment of a given Terms and Conditions (T&C) policy to a given group. Users in the group will be required to accept the terms in order to have devices enrolled into Intune.
///
/// CSDL: `microsoft.graph.termsAndConditionsAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsAndConditionsAssignmentPath`](requests/trait.TermsAndConditionsAssignmentPath.html), what a path to one (`EntityPath<TermsAndConditionsAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct TermsAndConditionsAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Assignment target that the T&C policy is assigned to.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::beta::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for TermsAndConditionsAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for TermsAndConditionsAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.termsAndConditionsAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsAndConditionsAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for TermsAndConditionsAssignment {
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(TermsAndConditionsAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    TermsAndConditionsAssignment { with_id id : ::std::string::String; with_target target
    : crate ::beta::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsAndConditionsAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
/// A termsAndConditionsGroupAssignment entity represents the assignment of a given Terms and Conditions (T&C) policy to a given group. Users in the group will be required to accept the terms in order to have devices enrolled into Intune.
///
/// CSDL: `microsoft.graph.termsAndConditionsGroupAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TermsAndConditionsGroupAssignmentPath`](requests/trait.TermsAndConditionsGroupAssignmentPath.html), what a path to one (`EntityPath<TermsAndConditionsGroupAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct TermsAndConditionsGroupAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Unique identifier of a group that the T&C policy is assigned to.
    ///
    /// CSDL: property `targetGroupId`: `Edm.String`, nullable.
    pub target_group_id: rt::Field<::std::string::String>,
    /// Navigation link to the terms and conditions that are assigned.
    ///
    /// CSDL: navigation property `termsAndConditions`: `microsoft.graph.termsAndConditions`, nullable.
    pub terms_and_conditions: rt::Field<crate::beta::TermsAndConditions>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for TermsAndConditionsGroupAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_group_id: rt::Field::Absent,
            terms_and_conditions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for TermsAndConditionsGroupAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.termsAndConditionsGroupAssignment";
    const KEYS: &'static [&'static str] = &["id", "targetGroupId", "termsAndConditions"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetGroupId\":                ",
        ",\"termsAndConditions\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.termsAndConditionsGroupAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_group_id", &self.target_group_id);
        v.field(2usize, "terms_and_conditions", &self.terms_and_conditions);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for TermsAndConditionsGroupAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_group_id.read_from(r),
            2usize => self.terms_and_conditions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_group_id);
        w.field(2usize, &self.terms_and_conditions);
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
rt::impl_object!(TermsAndConditionsGroupAssignment);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    TermsAndConditionsGroupAssignment { with_id id : ::std::string::String;
    with_target_group_id target_group_id : ::std::string::String;
    with_terms_and_conditions terms_and_conditions : crate ::beta::TermsAndConditions; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(TermsAndConditionsGroupAssignment);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.textColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TextColumn {
    /// CSDL: property `allowMultipleLines`: `Edm.Boolean`, nullable.
    pub allow_multiple_lines: rt::Field<bool>,
    /// CSDL: property `appendChangesToExistingText`: `Edm.Boolean`, nullable.
    pub append_changes_to_existing_text: rt::Field<bool>,
    /// CSDL: property `linesForEditing`: `Edm.Int32`, nullable.
    pub lines_for_editing: rt::Field<i32>,
    /// CSDL: property `maxLength`: `Edm.Int32`, nullable.
    pub max_length: rt::Field<i32>,
    /// CSDL: property `textType`: `Edm.String`, nullable.
    pub text_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for TextColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_lines: rt::Field::Absent,
            append_changes_to_existing_text: rt::Field::Absent,
            lines_for_editing: rt::Field::Absent,
            max_length: rt::Field::Absent,
            text_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for TextColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.textColumn";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleLines",
        "appendChangesToExistingText",
        "linesForEditing",
        "maxLength",
        "textType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleLines\":           ",
        ",\"appendChangesToExistingText\":  ",
        ",\"linesForEditing\":              ",
        ",\"maxLength\":                    ",
        ",\"textType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.textColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_lines", &self.allow_multiple_lines);
        v.field(
            1usize,
            "append_changes_to_existing_text",
            &self.append_changes_to_existing_text,
        );
        v.field(2usize, "lines_for_editing", &self.lines_for_editing);
        v.field(3usize, "max_length", &self.max_length);
        v.field(4usize, "text_type", &self.text_type);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for TextColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_lines.read_from(r),
            1usize => self.append_changes_to_existing_text.read_from(r),
            2usize => self.lines_for_editing.read_from(r),
            3usize => self.max_length.read_from(r),
            4usize => self.text_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_lines);
        w.field(1usize, &self.append_changes_to_existing_text);
        w.field(2usize, &self.lines_for_editing);
        w.field(3usize, &self.max_length);
        w.field(4usize, &self.text_type);
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
rt::impl_object!(TextColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    TextColumn { with_allow_multiple_lines allow_multiple_lines : bool;
    with_append_changes_to_existing_text append_changes_to_existing_text : bool;
    with_lines_for_editing lines_for_editing : i32; with_max_length max_length : i32;
    with_text_type text_type : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(TextColumn);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatAssessmentContentType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentContentType {
    /// `mail` (value 1).
    Mail,
    /// `url` (value 2).
    Url,
    /// `file` (value 3).
    File,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ThreatAssessmentContentType {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentContentType";
    const MEMBERS: &'static [&'static str] = &["mail", "url", "file"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mail" => Self::Mail,
                "url" => Self::Url,
                "file" => Self::File,
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
            Self::Mail => "mail",
            Self::Url => "url",
            Self::File => "file",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ThreatAssessmentContentType);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentContentType);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatAssessmentRequest`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<AnyThreatAssessmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ThreatAssessmentRequest {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ThreatAssessmentRequest {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ThreatAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentRequest";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.threatAssessmentRequest\"";
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
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ThreatAssessmentRequest {
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
rt::impl_object!(ThreatAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    ThreatAssessmentRequest { with_id id : ::std::string::String; with_category category
    : crate ::beta::ThreatCategory; with_content_type content_type : crate
    ::beta::ThreatAssessmentContentType; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::beta::ThreatExpectedAssessment; with_request_source request_source : crate
    ::beta::ThreatAssessmentRequestSource; with_status status : crate
    ::beta::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::beta::ThreatAssessmentResult >; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
/// `microsoft.graph.threatAssessmentRequest` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyThreatAssessmentRequest {
    ThreatAssessmentRequest(::std::boxed::Box<crate::beta::ThreatAssessmentRequest>),
    EmailFileAssessmentRequest(
        ::std::boxed::Box<crate::beta::EmailFileAssessmentRequest>,
    ),
    FileAssessmentRequest(::std::boxed::Box<crate::beta::FileAssessmentRequest>),
    MailAssessmentRequest(::std::boxed::Box<crate::beta::MailAssessmentRequest>),
    UrlAssessmentRequest(::std::boxed::Box<crate::beta::UrlAssessmentRequest>),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for AnyThreatAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self::ThreatAssessmentRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ThreatAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::beta::ThreatAssessmentRequest) -> Self {
        Self::ThreatAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailFileAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::beta::EmailFileAssessmentRequest) -> Self {
        Self::EmailFileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FileAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::beta::FileAssessmentRequest) -> Self {
        Self::FileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::beta::MailAssessmentRequest) -> Self {
        Self::MailAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UrlAssessmentRequest>
for AnyThreatAssessmentRequest {
    #[inline]
    fn from(v: crate::beta::UrlAssessmentRequest) -> Self {
        Self::UrlAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
unsafe impl ::std::marker::Send for AnyThreatAssessmentRequest {}
#[cfg(msgraph_beta_core_or_information_protection)]
unsafe impl ::std::marker::Sync for AnyThreatAssessmentRequest {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::marker::Unpin for AnyThreatAssessmentRequest {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::panic::UnwindSafe for AnyThreatAssessmentRequest {}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::panic::RefUnwindSafe for AnyThreatAssessmentRequest {}
#[cfg(msgraph_beta_core_or_information_protection)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ThreatAssessmentRequest>();
    rt::object::auto_traits::<crate::beta::EmailFileAssessmentRequest>();
    rt::object::auto_traits::<crate::beta::FileAssessmentRequest>();
    rt::object::auto_traits::<crate::beta::MailAssessmentRequest>();
    rt::object::auto_traits::<crate::beta::UrlAssessmentRequest>();
};
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Poly for AnyThreatAssessmentRequest {
    const BASE_NAME: &'static str = "microsoft.graph.threatAssessmentRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.emailFileAssessmentRequest") => {
                Self::EmailFileAssessmentRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.fileAssessmentRequest") => {
                Self::FileAssessmentRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.mailAssessmentRequest") => {
                Self::MailAssessmentRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.urlAssessmentRequest") => {
                Self::UrlAssessmentRequest(rt::object::new_boxed())
            }
            _ => Self::ThreatAssessmentRequest(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ThreatAssessmentRequest(v) => &**v,
            Self::EmailFileAssessmentRequest(v) => &**v,
            Self::FileAssessmentRequest(v) => &**v,
            Self::MailAssessmentRequest(v) => &**v,
            Self::UrlAssessmentRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut **v,
            Self::EmailFileAssessmentRequest(v) => &mut **v,
            Self::FileAssessmentRequest(v) => &mut **v,
            Self::MailAssessmentRequest(v) => &mut **v,
            Self::UrlAssessmentRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl AnyThreatAssessmentRequest {
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
            Self::ThreatAssessmentRequest(v) => &v.id,
            Self::EmailFileAssessmentRequest(v) => &v.id,
            Self::FileAssessmentRequest(v) => &v.id,
            Self::MailAssessmentRequest(v) => &v.id,
            Self::UrlAssessmentRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.id,
            Self::EmailFileAssessmentRequest(v) => &mut v.id,
            Self::FileAssessmentRequest(v) => &mut v.id,
            Self::MailAssessmentRequest(v) => &mut v.id,
            Self::UrlAssessmentRequest(v) => &mut v.id,
        }
    }
    /// `category` of any variant.
    #[inline]
    pub fn category(&self) -> &rt::Field<crate::beta::ThreatCategory> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.category,
            Self::EmailFileAssessmentRequest(v) => &v.category,
            Self::FileAssessmentRequest(v) => &v.category,
            Self::MailAssessmentRequest(v) => &v.category,
            Self::UrlAssessmentRequest(v) => &v.category,
        }
    }
    /// `category` of any variant.
    #[inline]
    pub fn category_mut(&mut self) -> &mut rt::Field<crate::beta::ThreatCategory> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.category,
            Self::EmailFileAssessmentRequest(v) => &mut v.category,
            Self::FileAssessmentRequest(v) => &mut v.category,
            Self::MailAssessmentRequest(v) => &mut v.category,
            Self::UrlAssessmentRequest(v) => &mut v.category,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type(&self) -> &rt::Field<crate::beta::ThreatAssessmentContentType> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.content_type,
            Self::EmailFileAssessmentRequest(v) => &v.content_type,
            Self::FileAssessmentRequest(v) => &v.content_type,
            Self::MailAssessmentRequest(v) => &v.content_type,
            Self::UrlAssessmentRequest(v) => &v.content_type,
        }
    }
    /// `contentType` of any variant.
    #[inline]
    pub fn content_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ThreatAssessmentContentType> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.content_type,
            Self::EmailFileAssessmentRequest(v) => &mut v.content_type,
            Self::FileAssessmentRequest(v) => &mut v.content_type,
            Self::MailAssessmentRequest(v) => &mut v.content_type,
            Self::UrlAssessmentRequest(v) => &mut v.content_type,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.created_by,
            Self::EmailFileAssessmentRequest(v) => &v.created_by,
            Self::FileAssessmentRequest(v) => &v.created_by,
            Self::MailAssessmentRequest(v) => &v.created_by,
            Self::UrlAssessmentRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.created_by,
            Self::EmailFileAssessmentRequest(v) => &mut v.created_by,
            Self::FileAssessmentRequest(v) => &mut v.created_by,
            Self::MailAssessmentRequest(v) => &mut v.created_by,
            Self::UrlAssessmentRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.created_date_time,
            Self::EmailFileAssessmentRequest(v) => &v.created_date_time,
            Self::FileAssessmentRequest(v) => &v.created_date_time,
            Self::MailAssessmentRequest(v) => &v.created_date_time,
            Self::UrlAssessmentRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.created_date_time,
            Self::EmailFileAssessmentRequest(v) => &mut v.created_date_time,
            Self::FileAssessmentRequest(v) => &mut v.created_date_time,
            Self::MailAssessmentRequest(v) => &mut v.created_date_time,
            Self::UrlAssessmentRequest(v) => &mut v.created_date_time,
        }
    }
    /// `expectedAssessment` of any variant.
    #[inline]
    pub fn expected_assessment(
        &self,
    ) -> &rt::Field<crate::beta::ThreatExpectedAssessment> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.expected_assessment,
            Self::EmailFileAssessmentRequest(v) => &v.expected_assessment,
            Self::FileAssessmentRequest(v) => &v.expected_assessment,
            Self::MailAssessmentRequest(v) => &v.expected_assessment,
            Self::UrlAssessmentRequest(v) => &v.expected_assessment,
        }
    }
    /// `expectedAssessment` of any variant.
    #[inline]
    pub fn expected_assessment_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ThreatExpectedAssessment> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.expected_assessment,
            Self::EmailFileAssessmentRequest(v) => &mut v.expected_assessment,
            Self::FileAssessmentRequest(v) => &mut v.expected_assessment,
            Self::MailAssessmentRequest(v) => &mut v.expected_assessment,
            Self::UrlAssessmentRequest(v) => &mut v.expected_assessment,
        }
    }
    /// `requestSource` of any variant.
    #[inline]
    pub fn request_source(
        &self,
    ) -> &rt::Field<crate::beta::ThreatAssessmentRequestSource> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.request_source,
            Self::EmailFileAssessmentRequest(v) => &v.request_source,
            Self::FileAssessmentRequest(v) => &v.request_source,
            Self::MailAssessmentRequest(v) => &v.request_source,
            Self::UrlAssessmentRequest(v) => &v.request_source,
        }
    }
    /// `requestSource` of any variant.
    #[inline]
    pub fn request_source_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ThreatAssessmentRequestSource> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.request_source,
            Self::EmailFileAssessmentRequest(v) => &mut v.request_source,
            Self::FileAssessmentRequest(v) => &mut v.request_source,
            Self::MailAssessmentRequest(v) => &mut v.request_source,
            Self::UrlAssessmentRequest(v) => &mut v.request_source,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::ThreatAssessmentStatus> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.status,
            Self::EmailFileAssessmentRequest(v) => &v.status,
            Self::FileAssessmentRequest(v) => &v.status,
            Self::MailAssessmentRequest(v) => &v.status,
            Self::UrlAssessmentRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::ThreatAssessmentStatus> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.status,
            Self::EmailFileAssessmentRequest(v) => &mut v.status,
            Self::FileAssessmentRequest(v) => &mut v.status,
            Self::MailAssessmentRequest(v) => &mut v.status,
            Self::UrlAssessmentRequest(v) => &mut v.status,
        }
    }
    /// `results` of any variant.
    #[inline]
    pub fn results(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ThreatAssessmentResult>> {
        match self {
            Self::ThreatAssessmentRequest(v) => &v.results,
            Self::EmailFileAssessmentRequest(v) => &v.results,
            Self::FileAssessmentRequest(v) => &v.results,
            Self::MailAssessmentRequest(v) => &v.results,
            Self::UrlAssessmentRequest(v) => &v.results,
        }
    }
    /// `results` of any variant.
    #[inline]
    pub fn results_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ThreatAssessmentResult>> {
        match self {
            Self::ThreatAssessmentRequest(v) => &mut v.results,
            Self::EmailFileAssessmentRequest(v) => &mut v.results,
            Self::FileAssessmentRequest(v) => &mut v.results,
            Self::MailAssessmentRequest(v) => &mut v.results,
            Self::UrlAssessmentRequest(v) => &mut v.results,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_poly!(AnyThreatAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyThreatAssessmentRequest);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.threatAssessmentRequestPivotProperty`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentRequestPivotProperty {
    /// `threatCategory` (value 1).
    ThreatCategory,
    /// `mailDestinationRoutingReason` (value 2).
    MailDestinationRoutingReason,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for ThreatAssessmentRequestPivotProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentRequestPivotProperty";
    const MEMBERS: &'static [&'static str] = &[
        "threatCategory",
        "mailDestinationRoutingReason",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "threatCategory" => Self::ThreatCategory,
                "mailDestinationRoutingReason" => Self::MailDestinationRoutingReason,
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
            Self::ThreatCategory => "threatCategory",
            Self::MailDestinationRoutingReason => "mailDestinationRoutingReason",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(ThreatAssessmentRequestPivotProperty);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentRequestPivotProperty);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatAssessmentRequestSource`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentRequestSource {
    /// `undefined` (value 0).
    Undefined,
    /// `user` (value 1).
    User,
    /// `administrator` (value 2).
    Administrator,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ThreatAssessmentRequestSource {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentRequestSource";
    const MEMBERS: &'static [&'static str] = &["undefined", "user", "administrator"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "undefined" => Self::Undefined,
                "user" => Self::User,
                "administrator" => Self::Administrator,
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
            Self::Undefined => "undefined",
            Self::User => "user",
            Self::Administrator => "administrator",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ThreatAssessmentRequestSource);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentRequestSource);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.threatAssessmentRequestsCount`, complex type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct ThreatAssessmentRequestsCount {
    /// CSDL: property `count`: `Edm.Int64`, nullable.
    pub count: rt::Field<i64>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `pivotValue`: `Edm.String`, nullable.
    pub pivot_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for ThreatAssessmentRequestsCount {
    #[inline]
    fn default() -> Self {
        Self {
            count: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            pivot_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for ThreatAssessmentRequestsCount {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentRequestsCount";
    const KEYS: &'static [&'static str] = &["count", "createdDateTime", "pivotValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"count\":                        ",
        ",\"createdDateTime\":              ",
        ",\"pivotValue\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.threatAssessmentRequestsCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "count", &self.count);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "pivot_value", &self.pivot_value);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for ThreatAssessmentRequestsCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.count.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.pivot_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.count);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.pivot_value);
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
rt::impl_object!(ThreatAssessmentRequestsCount);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(
    ThreatAssessmentRequestsCount { with_count count : i64; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_pivot_value pivot_value :
    ::std::string::String; }
);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentRequestsCount);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatAssessmentResult`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ThreatAssessmentResult {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `resultType`: `microsoft.graph.threatAssessmentResultType`, nullable.
    pub result_type: rt::Field<crate::beta::ThreatAssessmentResultType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for ThreatAssessmentResult {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            message: rt::Field::Absent,
            result_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for ThreatAssessmentResult {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentResult";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "message",
        "resultType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"message\":                      ",
        ",\"resultType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.threatAssessmentResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "message", &self.message);
        v.field(3usize, "result_type", &self.result_type);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for ThreatAssessmentResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.message.read_from(r),
            3usize => self.result_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.message);
        w.field(3usize, &self.result_type);
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
rt::impl_object!(ThreatAssessmentResult);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    ThreatAssessmentResult { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_message message :
    ::std::string::String; with_result_type result_type : crate
    ::beta::ThreatAssessmentResultType; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentResult);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatAssessmentResultType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentResultType {
    /// `checkPolicy` (value 1).
    CheckPolicy,
    /// `rescan` (value 2).
    Rescan,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ThreatAssessmentResultType {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentResultType";
    const MEMBERS: &'static [&'static str] = &[
        "checkPolicy",
        "rescan",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "checkPolicy" => Self::CheckPolicy,
                "rescan" => Self::Rescan,
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
            Self::CheckPolicy => "checkPolicy",
            Self::Rescan => "rescan",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ThreatAssessmentResultType);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentResultType);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatAssessmentStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatAssessmentStatus {
    /// `pending` (value 1).
    Pending,
    /// `completed` (value 2).
    Completed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ThreatAssessmentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.threatAssessmentStatus";
    const MEMBERS: &'static [&'static str] = &["pending", "completed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pending" => Self::Pending,
                "completed" => Self::Completed,
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
            Self::Pending => "pending",
            Self::Completed => "completed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ThreatAssessmentStatus);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatAssessmentStatus);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatCategory`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatCategory {
    /// `undefined` (value 0).
    Undefined,
    /// `spam` (value 1).
    Spam,
    /// `phishing` (value 2).
    Phishing,
    /// `malware` (value 3).
    Malware,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ThreatCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.threatCategory";
    const MEMBERS: &'static [&'static str] = &[
        "undefined",
        "spam",
        "phishing",
        "malware",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "undefined" => Self::Undefined,
                "spam" => Self::Spam,
                "phishing" => Self::Phishing,
                "malware" => Self::Malware,
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
            Self::Undefined => "undefined",
            Self::Spam => "spam",
            Self::Phishing => "phishing",
            Self::Malware => "malware",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ThreatCategory);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatCategory);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.threatExpectedAssessment`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatExpectedAssessment {
    /// `block` (value 1).
    Block,
    /// `unblock` (value 2).
    Unblock,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for ThreatExpectedAssessment {
    const TYPE_NAME: &'static str = "microsoft.graph.threatExpectedAssessment";
    const MEMBERS: &'static [&'static str] = &["block", "unblock"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "block" => Self::Block,
                "unblock" => Self::Unblock,
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
            Self::Unblock => "unblock",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(ThreatExpectedAssessment);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatExpectedAssessment);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.thumbnailColumn`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ThumbnailColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ThumbnailColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::Object for ThumbnailColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.thumbnailColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.thumbnailColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
impl rt::object::Members for ThumbnailColumn {
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
rt::impl_object!(ThumbnailColumn);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThumbnailColumn);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeZoneBase`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeZoneBase {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeZoneBase {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeZoneBase {
    const TYPE_NAME: &'static str = "microsoft.graph.timeZoneBase";
    const KEYS: &'static [&'static str] = &["name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.timeZoneBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeZoneBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
rt::impl_object!(TimeZoneBase);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(TimeZoneBase { with_name name : ::std::string::String; });
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeZoneBase);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.timeZoneBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTimeZoneBase {
    TimeZoneBase(::std::boxed::Box<crate::beta::TimeZoneBase>),
    CustomTimeZone(::std::boxed::Box<crate::beta::CustomTimeZone>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyTimeZoneBase {
    #[inline]
    fn default() -> Self {
        Self::TimeZoneBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TimeZoneBase> for AnyTimeZoneBase {
    #[inline]
    fn from(v: crate::beta::TimeZoneBase) -> Self {
        Self::TimeZoneBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CustomTimeZone> for AnyTimeZoneBase {
    #[inline]
    fn from(v: crate::beta::CustomTimeZone) -> Self {
        Self::CustomTimeZone(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyTimeZoneBase {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyTimeZoneBase {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyTimeZoneBase {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyTimeZoneBase {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyTimeZoneBase {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::TimeZoneBase>();
    rt::object::auto_traits::<crate::beta::CustomTimeZone>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyTimeZoneBase {
    const BASE_NAME: &'static str = "microsoft.graph.timeZoneBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.customTimeZone") => {
                Self::CustomTimeZone(rt::object::new_boxed())
            }
            _ => Self::TimeZoneBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TimeZoneBase(v) => &**v,
            Self::CustomTimeZone(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TimeZoneBase(v) => &mut **v,
            Self::CustomTimeZone(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyTimeZoneBase {
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
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::TimeZoneBase(v) => &v.name,
            Self::CustomTimeZone(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TimeZoneBase(v) => &mut v.name,
            Self::CustomTimeZone(v) => &mut v.name,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyTimeZoneBase);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTimeZoneBase);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.timeZoneInformation`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TimeZoneInformation {
    /// CSDL: property `alias`: `Edm.String`, nullable.
    pub alias: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TimeZoneInformation {
    #[inline]
    fn default() -> Self {
        Self {
            alias: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TimeZoneInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.timeZoneInformation";
    const KEYS: &'static [&'static str] = &["alias", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alias\":                        ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.timeZoneInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alias", &self.alias);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TimeZoneInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alias.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alias);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(TimeZoneInformation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TimeZoneInformation { with_alias alias : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimeZoneInformation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.todo`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoPath`](requests/trait.TodoPath.html), what a path to one (`EntityPath<Todo, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Todo {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `lists`: `Collection(microsoft.graph.todoTaskList)`, not nullable.
    pub lists: rt::Field<::std::vec::Vec<crate::beta::TodoTaskList>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Todo {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            lists: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Todo {
    const TYPE_NAME: &'static str = "microsoft.graph.todo";
    const KEYS: &'static [&'static str] = &["id", "lists"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lists\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "lists", &self.lists);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Todo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.lists.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.lists);
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
rt::impl_object!(Todo);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Todo { with_id id : ::std::string::String; with_lists lists : ::std::vec::Vec < crate
    ::beta::TodoTaskList >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Todo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.todoTask`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoTaskPath`](requests/trait.TodoTaskPath.html), what a path to one (`EntityPath<TodoTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TodoTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `bodyLastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub body_last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `completedDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub completed_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `dueDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub due_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, not nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `isReminderOn`: `Edm.Boolean`, not nullable.
    pub is_reminder_on: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `reminderDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub reminder_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.taskStatus`, not nullable.
    pub status: rt::Field<crate::beta::TaskStatus>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `linkedResources`: `Collection(microsoft.graph.linkedResource)`, not nullable.
    pub linked_resources: rt::Field<::std::vec::Vec<crate::beta::LinkedResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TodoTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            body_last_modified_date_time: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_reminder_on: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            title: rt::Field::Absent,
            extensions: rt::Field::Absent,
            linked_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TodoTask {
    const TYPE_NAME: &'static str = "microsoft.graph.todoTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "bodyLastModifiedDateTime",
        "completedDateTime",
        "createdDateTime",
        "dueDateTime",
        "importance",
        "isReminderOn",
        "lastModifiedDateTime",
        "recurrence",
        "reminderDateTime",
        "status",
        "title",
        "extensions",
        "linkedResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"bodyLastModifiedDateTime\":     ",
        ",\"completedDateTime\":            ",
        ",\"createdDateTime\":              ",
        ",\"dueDateTime\":                  ",
        ",\"importance\":                   ",
        ",\"isReminderOn\":                 ",
        ",\"lastModifiedDateTime\":         ",
        ",\"recurrence\":                   ",
        ",\"reminderDateTime\":             ",
        ",\"status\":                       ",
        ",\"title\":                        ",
        ",\"extensions\":                   ",
        ",\"linkedResources\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todoTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(
            2usize,
            "body_last_modified_date_time",
            &self.body_last_modified_date_time,
        );
        v.field(3usize, "completed_date_time", &self.completed_date_time);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "due_date_time", &self.due_date_time);
        v.field(6usize, "importance", &self.importance);
        v.field(7usize, "is_reminder_on", &self.is_reminder_on);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "recurrence", &self.recurrence);
        v.field(10usize, "reminder_date_time", &self.reminder_date_time);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "title", &self.title);
        v.field(13usize, "extensions", &self.extensions);
        v.field(14usize, "linked_resources", &self.linked_resources);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TodoTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.body_last_modified_date_time.read_from(r),
            3usize => self.completed_date_time.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.due_date_time.read_from(r),
            6usize => self.importance.read_from(r),
            7usize => self.is_reminder_on.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.recurrence.read_from(r),
            10usize => self.reminder_date_time.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.title.read_from(r),
            13usize => self.extensions.read_from(r),
            14usize => self.linked_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.body_last_modified_date_time);
        w.field(3usize, &self.completed_date_time);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.due_date_time);
        w.field(6usize, &self.importance);
        w.field(7usize, &self.is_reminder_on);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.recurrence);
        w.field(10usize, &self.reminder_date_time);
        w.field(11usize, &self.status);
        w.field(12usize, &self.title);
        w.field(13usize, &self.extensions);
        w.field(14usize, &self.linked_resources);
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
rt::impl_object!(TodoTask);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TodoTask { with_id id : ::std::string::String; with_body body : crate
    ::beta::ItemBody; with_body_last_modified_date_time body_last_modified_date_time :
    rt::edm::DateTimeOffset; with_completed_date_time completed_date_time : crate
    ::beta::DateTimeTimeZone; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_due_date_time due_date_time : crate
    ::beta::DateTimeTimeZone; with_importance importance : crate ::beta::Importance;
    with_is_reminder_on is_reminder_on : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_recurrence recurrence : crate
    ::beta::PatternedRecurrence; with_reminder_date_time reminder_date_time : crate
    ::beta::DateTimeTimeZone; with_status status : crate ::beta::TaskStatus; with_title
    title : ::std::string::String; with_extensions extensions : ::std::vec::Vec < crate
    ::beta::AnyExtension >; with_linked_resources linked_resources : ::std::vec::Vec <
    crate ::beta::LinkedResource >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TodoTask);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.todoTaskList`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TodoTaskListPath`](requests/trait.TodoTaskListPath.html), what a path to one (`EntityPath<TodoTaskList, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TodoTaskList {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isOwner`: `Edm.Boolean`, not nullable.
    pub is_owner: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, not nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `wellknownListName`: `microsoft.graph.wellknownListName`, not nullable.
    pub wellknown_list_name: rt::Field<crate::beta::WellknownListName>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.todoTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::TodoTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TodoTaskList {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_owner: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            wellknown_list_name: rt::Field::Absent,
            extensions: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TodoTaskList {
    const TYPE_NAME: &'static str = "microsoft.graph.todoTaskList";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isOwner",
        "isShared",
        "wellknownListName",
        "extensions",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isOwner\":                      ",
        ",\"isShared\":                     ",
        ",\"wellknownListName\":            ",
        ",\"extensions\":                   ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.todoTaskList\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_owner", &self.is_owner);
        v.field(3usize, "is_shared", &self.is_shared);
        v.field(4usize, "wellknown_list_name", &self.wellknown_list_name);
        v.field(5usize, "extensions", &self.extensions);
        v.field(6usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TodoTaskList {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_owner.read_from(r),
            3usize => self.is_shared.read_from(r),
            4usize => self.wellknown_list_name.read_from(r),
            5usize => self.extensions.read_from(r),
            6usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_owner);
        w.field(3usize, &self.is_shared);
        w.field(4usize, &self.wellknown_list_name);
        w.field(5usize, &self.extensions);
        w.field(6usize, &self.tasks);
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
rt::impl_object!(TodoTaskList);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TodoTaskList { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_owner is_owner : bool; with_is_shared is_shared :
    bool; with_wellknown_list_name wellknown_list_name : crate ::beta::WellknownListName;
    with_extensions extensions : ::std::vec::Vec < crate ::beta::AnyExtension >;
    with_tasks tasks : ::std::vec::Vec < crate ::beta::TodoTask >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TodoTaskList);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.translationBehavior`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TranslationBehavior {
    /// `Ask` (value 0).
    Ask,
    /// `Yes` (value 1).
    Yes,
    /// `No` (value 2).
    No,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for TranslationBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.translationBehavior";
    const MEMBERS: &'static [&'static str] = &["Ask", "Yes", "No"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Ask" => Self::Ask,
                "Yes" => Self::Yes,
                "No" => Self::No,
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
            Self::Ask => "Ask",
            Self::Yes => "Yes",
            Self::No => "No",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(TranslationBehavior);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TranslationBehavior);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.translationLanguageOverride`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TranslationLanguageOverride {
    /// CSDL: property `languageTag`: `Edm.String`, not nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `translationBehavior`: `microsoft.graph.translationBehavior`, nullable.
    pub translation_behavior: rt::Field<crate::beta::TranslationBehavior>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TranslationLanguageOverride {
    #[inline]
    fn default() -> Self {
        Self {
            language_tag: rt::Field::Absent,
            translation_behavior: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TranslationLanguageOverride {
    const TYPE_NAME: &'static str = "microsoft.graph.translationLanguageOverride";
    const KEYS: &'static [&'static str] = &["languageTag", "translationBehavior"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"languageTag\":                  ",
        ",\"translationBehavior\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.translationLanguageOverride\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "language_tag", &self.language_tag);
        v.field(1usize, "translation_behavior", &self.translation_behavior);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TranslationLanguageOverride {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.language_tag.read_from(r),
            1usize => self.translation_behavior.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.language_tag);
        w.field(1usize, &self.translation_behavior);
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
rt::impl_object!(TranslationLanguageOverride);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TranslationLanguageOverride { with_language_tag language_tag : ::std::string::String;
    with_translation_behavior translation_behavior : crate ::beta::TranslationBehavior; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TranslationLanguageOverride);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.translationPreferences`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TranslationPreferences {
    /// CSDL: property `languageOverrides`: `Collection(microsoft.graph.translationLanguageOverride)`, not nullable.
    pub language_overrides: rt::Field<
        ::std::vec::Vec<crate::beta::TranslationLanguageOverride>,
    >,
    /// CSDL: property `translationBehavior`: `microsoft.graph.translationBehavior`, nullable.
    pub translation_behavior: rt::Field<crate::beta::TranslationBehavior>,
    /// CSDL: property `untranslatedLanguages`: `Collection(Edm.String)`, nullable.
    pub untranslated_languages: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TranslationPreferences {
    #[inline]
    fn default() -> Self {
        Self {
            language_overrides: rt::Field::Absent,
            translation_behavior: rt::Field::Absent,
            untranslated_languages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TranslationPreferences {
    const TYPE_NAME: &'static str = "microsoft.graph.translationPreferences";
    const KEYS: &'static [&'static str] = &[
        "languageOverrides",
        "translationBehavior",
        "untranslatedLanguages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"languageOverrides\":            ",
        ",\"translationBehavior\":          ",
        ",\"untranslatedLanguages\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.translationPreferences\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "language_overrides", &self.language_overrides);
        v.field(1usize, "translation_behavior", &self.translation_behavior);
        v.field(2usize, "untranslated_languages", &self.untranslated_languages);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TranslationPreferences {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.language_overrides.read_from(r),
            1usize => self.translation_behavior.read_from(r),
            2usize => self.untranslated_languages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.language_overrides);
        w.field(1usize, &self.translation_behavior);
        w.field(2usize, &self.untranslated_languages);
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
rt::impl_object!(TranslationPreferences);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TranslationPreferences { with_language_overrides language_overrides : ::std::vec::Vec
    < crate ::beta::TranslationLanguageOverride >; with_translation_behavior
    translation_behavior : crate ::beta::TranslationBehavior; with_untranslated_languages
    untranslated_languages : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TranslationPreferences);
#[cfg(msgraph_beta_trust_framework)]
/// CSDL: `microsoft.graph.trustFramework`, entity type.
///
/// Request builders: [`TrustFrameworkPath`](requests/trait.TrustFrameworkPath.html), what a path to one (`EntityPath<TrustFramework, C>`) dereferences to.
///
/// Features: `beta` or `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFramework {
    /// CSDL: containment navigation property `keySets`: `Collection(microsoft.graph.trustFrameworkKeySet)`, not nullable.
    pub key_sets: rt::Field<::std::vec::Vec<crate::beta::TrustFrameworkKeySet>>,
    /// CSDL: containment navigation property `policies`: `Collection(microsoft.graph.trustFrameworkPolicy)`, not nullable.
    pub policies: rt::Field<::std::vec::Vec<crate::beta::TrustFrameworkPolicy>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_trust_framework)]
impl ::std::default::Default for TrustFramework {
    #[inline]
    fn default() -> Self {
        Self {
            key_sets: rt::Field::Absent,
            policies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_trust_framework)]
impl rt::Object for TrustFramework {
    const TYPE_NAME: &'static str = "microsoft.graph.trustFramework";
    const KEYS: &'static [&'static str] = &["keySets", "policies"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"keySets\":                      ",
        ",\"policies\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trustFramework\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key_sets", &self.key_sets);
        v.field(1usize, "policies", &self.policies);
    }
}
#[cfg(msgraph_beta_trust_framework)]
impl rt::object::Members for TrustFramework {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key_sets.read_from(r),
            1usize => self.policies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key_sets);
        w.field(1usize, &self.policies);
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
#[cfg(msgraph_beta_trust_framework)]
rt::impl_object!(TrustFramework);
#[cfg(msgraph_beta_trust_framework)]
rt::impl_setters!(
    TrustFramework { with_key_sets key_sets : ::std::vec::Vec < crate
    ::beta::TrustFrameworkKeySet >; with_policies policies : ::std::vec::Vec < crate
    ::beta::TrustFrameworkPolicy >; }
);
#[cfg(msgraph_beta_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFramework);
#[cfg(msgraph_beta_search_or_trust_framework)]
/// CSDL: `microsoft.graph.trustFrameworkKey`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFrameworkKey {
    /// CSDL: property `d`: `Edm.String`, nullable.
    pub d: rt::Field<::std::string::String>,
    /// CSDL: property `dp`: `Edm.String`, nullable.
    pub dp: rt::Field<::std::string::String>,
    /// CSDL: property `dq`: `Edm.String`, nullable.
    pub dq: rt::Field<::std::string::String>,
    /// CSDL: property `e`: `Edm.String`, nullable.
    pub e: rt::Field<::std::string::String>,
    /// CSDL: property `exp`: `Edm.Int64`, nullable.
    pub exp: rt::Field<i64>,
    /// CSDL: property `k`: `Edm.String`, nullable.
    pub k: rt::Field<::std::string::String>,
    /// CSDL: property `kid`: `Edm.String`, nullable.
    pub kid: rt::Field<::std::string::String>,
    /// CSDL: property `kty`: `Edm.String`, nullable.
    pub kty: rt::Field<::std::string::String>,
    /// CSDL: property `n`: `Edm.String`, nullable.
    pub n: rt::Field<::std::string::String>,
    /// CSDL: property `nbf`: `Edm.Int64`, nullable.
    pub nbf: rt::Field<i64>,
    /// CSDL: property `p`: `Edm.String`, nullable.
    pub p: rt::Field<::std::string::String>,
    /// CSDL: property `q`: `Edm.String`, nullable.
    pub q: rt::Field<::std::string::String>,
    /// CSDL: property `qi`: `Edm.String`, nullable.
    pub qi: rt::Field<::std::string::String>,
    /// CSDL: property `use`: `Edm.String`, nullable.
    pub use_: rt::Field<::std::string::String>,
    /// CSDL: property `x5c`: `Collection(Edm.String)`, nullable.
    pub x5c: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `x5t`: `Edm.String`, nullable.
    pub x5t: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl ::std::default::Default for TrustFrameworkKey {
    #[inline]
    fn default() -> Self {
        Self {
            d: rt::Field::Absent,
            dp: rt::Field::Absent,
            dq: rt::Field::Absent,
            e: rt::Field::Absent,
            exp: rt::Field::Absent,
            k: rt::Field::Absent,
            kid: rt::Field::Absent,
            kty: rt::Field::Absent,
            n: rt::Field::Absent,
            nbf: rt::Field::Absent,
            p: rt::Field::Absent,
            q: rt::Field::Absent,
            qi: rt::Field::Absent,
            use_: rt::Field::Absent,
            x5c: rt::Field::Absent,
            x5t: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::Object for TrustFrameworkKey {
    const TYPE_NAME: &'static str = "microsoft.graph.trustFrameworkKey";
    const KEYS: &'static [&'static str] = &[
        "d",
        "dp",
        "dq",
        "e",
        "exp",
        "k",
        "kid",
        "kty",
        "n",
        "nbf",
        "p",
        "q",
        "qi",
        "use",
        "x5c",
        "x5t",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"d\":                            ",
        ",\"dp\":                           ",
        ",\"dq\":                           ",
        ",\"e\":                            ",
        ",\"exp\":                          ",
        ",\"k\":                            ",
        ",\"kid\":                          ",
        ",\"kty\":                          ",
        ",\"n\":                            ",
        ",\"nbf\":                          ",
        ",\"p\":                            ",
        ",\"q\":                            ",
        ",\"qi\":                           ",
        ",\"use\":                          ",
        ",\"x5c\":                          ",
        ",\"x5t\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trustFrameworkKey\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "d", &self.d);
        v.field(1usize, "dp", &self.dp);
        v.field(2usize, "dq", &self.dq);
        v.field(3usize, "e", &self.e);
        v.field(4usize, "exp", &self.exp);
        v.field(5usize, "k", &self.k);
        v.field(6usize, "kid", &self.kid);
        v.field(7usize, "kty", &self.kty);
        v.field(8usize, "n", &self.n);
        v.field(9usize, "nbf", &self.nbf);
        v.field(10usize, "p", &self.p);
        v.field(11usize, "q", &self.q);
        v.field(12usize, "qi", &self.qi);
        v.field(13usize, "use_", &self.use_);
        v.field(14usize, "x5c", &self.x5c);
        v.field(15usize, "x5t", &self.x5t);
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::object::Members for TrustFrameworkKey {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.d.read_from(r),
            1usize => self.dp.read_from(r),
            2usize => self.dq.read_from(r),
            3usize => self.e.read_from(r),
            4usize => self.exp.read_from(r),
            5usize => self.k.read_from(r),
            6usize => self.kid.read_from(r),
            7usize => self.kty.read_from(r),
            8usize => self.n.read_from(r),
            9usize => self.nbf.read_from(r),
            10usize => self.p.read_from(r),
            11usize => self.q.read_from(r),
            12usize => self.qi.read_from(r),
            13usize => self.use_.read_from(r),
            14usize => self.x5c.read_from(r),
            15usize => self.x5t.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.d);
        w.field(1usize, &self.dp);
        w.field(2usize, &self.dq);
        w.field(3usize, &self.e);
        w.field(4usize, &self.exp);
        w.field(5usize, &self.k);
        w.field(6usize, &self.kid);
        w.field(7usize, &self.kty);
        w.field(8usize, &self.n);
        w.field(9usize, &self.nbf);
        w.field(10usize, &self.p);
        w.field(11usize, &self.q);
        w.field(12usize, &self.qi);
        w.field(13usize, &self.use_);
        w.field(14usize, &self.x5c);
        w.field(15usize, &self.x5t);
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
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_object!(TrustFrameworkKey);
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_setters!(
    TrustFrameworkKey { with_d d : ::std::string::String; with_dp dp :
    ::std::string::String; with_dq dq : ::std::string::String; with_e e :
    ::std::string::String; with_exp exp : i64; with_k k : ::std::string::String; with_kid
    kid : ::std::string::String; with_kty kty : ::std::string::String; with_n n :
    ::std::string::String; with_nbf nbf : i64; with_p p : ::std::string::String; with_q q
    : ::std::string::String; with_qi qi : ::std::string::String; with_use use_ :
    ::std::string::String; with_x5c x5c : ::std::vec::Vec < ::std::string::String >;
    with_x5t x5t : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFrameworkKey);
#[cfg(msgraph_beta_search_or_trust_framework)]
/// CSDL: `microsoft.graph.trustFrameworkKeySet`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TrustFrameworkKeySetPath`](requests/trait.TrustFrameworkKeySetPath.html), what a path to one (`EntityPath<TrustFrameworkKeySet, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFrameworkKeySet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `keys`: `Collection(microsoft.graph.trustFrameworkKey)`, nullable.
    pub keys: rt::Field<::std::vec::Vec<crate::beta::TrustFrameworkKey>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl ::std::default::Default for TrustFrameworkKeySet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            keys: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::Object for TrustFrameworkKeySet {
    const TYPE_NAME: &'static str = "microsoft.graph.trustFrameworkKeySet";
    const KEYS: &'static [&'static str] = &["id", "keys"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"keys\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trustFrameworkKeySet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "keys", &self.keys);
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::object::Members for TrustFrameworkKeySet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.keys.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.keys);
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
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_object!(TrustFrameworkKeySet);
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_setters!(
    TrustFrameworkKeySet { with_id id : ::std::string::String; with_keys keys :
    ::std::vec::Vec < crate ::beta::TrustFrameworkKey >; }
);
#[cfg(msgraph_beta_search_or_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFrameworkKeySet);
#[cfg(msgraph_beta_search_or_trust_framework)]
/// CSDL: `microsoft.graph.trustFrameworkPolicy`, entity type, derived from `microsoft.graph.entity`, media entity, key `id`.
///
/// Request builders: [`TrustFrameworkPolicyPath`](requests/trait.TrustFrameworkPolicyPath.html), what a path to one (`EntityPath<TrustFrameworkPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-trust-framework`.
#[derive(Clone)]
pub struct TrustFrameworkPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl ::std::default::Default for TrustFrameworkPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::Object for TrustFrameworkPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.trustFrameworkPolicy";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.trustFrameworkPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_search_or_trust_framework)]
impl rt::object::Members for TrustFrameworkPolicy {
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
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_object!(TrustFrameworkPolicy);
#[cfg(msgraph_beta_search_or_trust_framework)]
rt::impl_setters!(TrustFrameworkPolicy { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_search_or_trust_framework)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrustFrameworkPolicy);
