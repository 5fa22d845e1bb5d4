//! Types of `microsoft.graph` by the first letters of their names (`man`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Devices that are managed or pre-enrolled through Intune
///
/// CSDL: `microsoft.graph.managedDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedDevicePath`](requests/trait.ManagedDevicePath.html), what a path to one (`EntityPath<AnyManagedDevice, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `cloudPcRemoteActionResults`: `Collection(microsoft.graph.cloudPcRemoteActionResult)`, nullable.
    pub cloud_pc_remote_action_results: rt::Field<
        ::std::vec::Vec<crate::beta::CloudPcRemoteActionResult>,
    >,
    /// Whether the device is Azure Active Directory registered. This property is read-only.
    ///
    /// CSDL: property `aadRegistered`: `Edm.Boolean`, nullable.
    pub aad_registered: rt::Field<bool>,
    /// Code that allows the Activation Lock on a device to be bypassed. This property is read-only.
    ///
    /// CSDL: property `activationLockBypassCode`: `Edm.String`, nullable.
    pub activation_lock_bypass_code: rt::Field<::std::string::String>,
    /// Android security patch level. This property is read-only.
    ///
    /// CSDL: property `androidSecurityPatchLevel`: `Edm.String`, nullable.
    pub android_security_patch_level: rt::Field<::std::string::String>,
    /// Reports if the managed device is enrolled via auto-pilot. This property is read-only.
    ///
    /// CSDL: property `autopilotEnrolled`: `Edm.Boolean`, not nullable.
    pub autopilot_enrolled: rt::Field<bool>,
    /// The unique identifier for the Azure Active Directory device. Read only. This property is read-only.
    ///
    /// CSDL: property `azureActiveDirectoryDeviceId`: `Edm.String`, nullable.
    pub azure_active_directory_device_id: rt::Field<::std::string::String>,
    /// The unique identifier for the Azure Active Directory device. Read only. This property is read-only.
    ///
    /// CSDL: property `azureADDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// Whether the device is Azure Active Directory registered. This property is read-only.
    ///
    /// CSDL: property `azureADRegistered`: `Edm.Boolean`, nullable.
    pub azure_ad_registered: rt::Field<bool>,
    /// Chassis type of the device. This property is read-only.
    ///
    /// CSDL: property `chassisType`: `microsoft.graph.chassisType`, not nullable.
    pub chassis_type: rt::Field<crate::beta::ChassisType>,
    /// List of properties of the ChromeOS Device.
    ///
    /// CSDL: property `chromeOSDeviceInfo`: `Collection(microsoft.graph.chromeOSDeviceProperty)`, nullable.
    pub chrome_os_device_info: rt::Field<
        ::std::vec::Vec<crate::beta::ChromeOsDeviceProperty>,
    >,
    /// The DateTime when device compliance grace period expires. This property is read-only.
    ///
    /// CSDL: property `complianceGracePeriodExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub compliance_grace_period_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Compliance state of the device. This property is read-only.
    ///
    /// CSDL: property `complianceState`: `microsoft.graph.complianceState`, not nullable.
    pub compliance_state: rt::Field<crate::beta::ComplianceState>,
    /// ConfigrMgr client enabled features. This property is read-only.
    ///
    /// CSDL: property `configurationManagerClientEnabledFeatures`: `microsoft.graph.configurationManagerClientEnabledFeatures`, nullable.
    pub configuration_manager_client_enabled_features: rt::Field<
        crate::beta::ConfigurationManagerClientEnabledFeatures,
    >,
    /// Configuration manager client health state, valid only for devices managed by MDM/ConfigMgr Agent
    ///
    /// CSDL: property `configurationManagerClientHealthState`: `microsoft.graph.configurationManagerClientHealthState`, nullable.
    pub configuration_manager_client_health_state: rt::Field<
        crate::beta::ConfigurationManagerClientHealthState,
    >,
    /// Configuration manager client information, valid only for devices managed, duel-managed or tri-managed by ConfigMgr Agent
    ///
    /// CSDL: property `configurationManagerClientInformation`: `microsoft.graph.configurationManagerClientInformation`, nullable.
    pub configuration_manager_client_information: rt::Field<
        crate::beta::ConfigurationManagerClientInformation,
    >,
    /// List of ComplexType deviceActionResult objects. This property is read-only.
    ///
    /// CSDL: property `deviceActionResults`: `Collection(microsoft.graph.deviceActionResult)`, nullable.
    pub device_action_results: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDeviceActionResult>,
    >,
    /// Device category display name. This property is read-only.
    ///
    /// CSDL: property `deviceCategoryDisplayName`: `Edm.String`, nullable.
    pub device_category_display_name: rt::Field<::std::string::String>,
    /// Enrollment type of the device. This property is read-only.
    ///
    /// CSDL: property `deviceEnrollmentType`: `microsoft.graph.deviceEnrollmentType`, not nullable.
    pub device_enrollment_type: rt::Field<crate::beta::DeviceEnrollmentType>,
    /// The device health attestation state. This property is read-only.
    ///
    /// CSDL: property `deviceHealthAttestationState`: `microsoft.graph.deviceHealthAttestationState`, nullable.
    pub device_health_attestation_state: rt::Field<
        crate::beta::DeviceHealthAttestationState,
    >,
    /// Name of the device. This property is read-only.
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Device registration state. This property is read-only.
    ///
    /// CSDL: property `deviceRegistrationState`: `microsoft.graph.deviceRegistrationState`, not nullable.
    pub device_registration_state: rt::Field<crate::beta::DeviceRegistrationState>,
    /// Platform of the device. This property is read-only.
    ///
    /// CSDL: property `deviceType`: `microsoft.graph.deviceType`, not nullable.
    pub device_type: rt::Field<crate::beta::DeviceType>,
    /// Whether the device is Exchange ActiveSync activated. This property is read-only.
    ///
    /// CSDL: property `easActivated`: `Edm.Boolean`, not nullable.
    pub eas_activated: rt::Field<bool>,
    /// Exchange ActivationSync activation time of the device. This property is read-only.
    ///
    /// CSDL: property `easActivationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub eas_activation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Exchange ActiveSync Id of the device. This property is read-only.
    ///
    /// CSDL: property `easDeviceId`: `Edm.String`, nullable.
    pub eas_device_id: rt::Field<::std::string::String>,
    /// Email(s) for the user associated with the device. This property is read-only.
    ///
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// Enrollment time of the device. This property is read-only.
    ///
    /// CSDL: property `enrolledDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub enrolled_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Ethernet MAC. This property is read-only.
    ///
    /// CSDL: property `ethernetMacAddress`: `Edm.String`, nullable.
    pub ethernet_mac_address: rt::Field<::std::string::String>,
    /// The Access State of the device in Exchange. This property is read-only.
    ///
    /// CSDL: property `exchangeAccessState`: `microsoft.graph.deviceManagementExchangeAccessState`, not nullable.
    pub exchange_access_state: rt::Field<
        crate::beta::DeviceManagementExchangeAccessState,
    >,
    /// The reason for the device's access state in Exchange. This property is read-only.
    ///
    /// CSDL: property `exchangeAccessStateReason`: `microsoft.graph.deviceManagementExchangeAccessStateReason`, not nullable.
    pub exchange_access_state_reason: rt::Field<
        crate::beta::DeviceManagementExchangeAccessStateReason,
    >,
    /// Last time the device contacted Exchange. This property is read-only.
    ///
    /// CSDL: property `exchangeLastSuccessfulSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub exchange_last_successful_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Free Storage in Bytes. This property is read-only.
    ///
    /// CSDL: property `freeStorageSpaceInBytes`: `Edm.Int64`, not nullable.
    pub free_storage_space_in_bytes: rt::Field<i64>,
    /// The hardward details for the device.  Includes information such as storage space, manufacturer, serial number, etc. This property is read-only.
    ///
    /// CSDL: property `hardwareInformation`: `microsoft.graph.hardwareInformation`, nullable.
    pub hardware_information: rt::Field<crate::beta::HardwareInformation>,
    /// Integrated Circuit Card Identifier, it is A SIM card's unique identification number. This property is read-only.
    ///
    /// CSDL: property `iccid`: `Edm.String`, nullable.
    pub iccid: rt::Field<::std::string::String>,
    /// IMEI. This property is read-only.
    ///
    /// CSDL: property `imei`: `Edm.String`, nullable.
    pub imei: rt::Field<::std::string::String>,
    /// Device encryption status. This property is read-only.
    ///
    /// CSDL: property `isEncrypted`: `Edm.Boolean`, not nullable.
    pub is_encrypted: rt::Field<bool>,
    /// Device supervised status. This property is read-only.
    ///
    /// CSDL: property `isSupervised`: `Edm.Boolean`, not nullable.
    pub is_supervised: rt::Field<bool>,
    /// whether the device is jail broken or rooted. This property is read-only.
    ///
    /// CSDL: property `jailBroken`: `Edm.String`, nullable.
    pub jail_broken: rt::Field<::std::string::String>,
    /// Device join type
    ///
    /// CSDL: property `joinType`: `microsoft.graph.joinType`, not nullable.
    pub join_type: rt::Field<crate::beta::JoinType>,
    /// The date and time that the device last completed a successful sync with Intune. This property is read-only.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates if Lost mode is enabled or disabled. This property is read-only.
    ///
    /// CSDL: property `lostModeState`: `microsoft.graph.lostModeState`, not nullable.
    pub lost_mode_state: rt::Field<crate::beta::LostModeState>,
    /// Automatically generated name to identify a device. Can be overwritten to a user friendly name.
    ///
    /// CSDL: property `managedDeviceName`: `Edm.String`, nullable.
    pub managed_device_name: rt::Field<::std::string::String>,
    /// Ownership of the device. Can be 'company' or 'personal'
    ///
    /// CSDL: property `managedDeviceOwnerType`: `microsoft.graph.managedDeviceOwnerType`, not nullable.
    pub managed_device_owner_type: rt::Field<crate::beta::ManagedDeviceOwnerType>,
    /// Management channel of the device. Intune, EAS, etc. This property is read-only.
    ///
    /// CSDL: property `managementAgent`: `microsoft.graph.managementAgentType`, not nullable.
    pub management_agent: rt::Field<crate::beta::ManagementAgentType>,
    /// Reports device management certificate expiration date. This property is read-only.
    ///
    /// CSDL: property `managementCertificateExpirationDate`: `Edm.DateTimeOffset`, not nullable.
    pub management_certificate_expiration_date: rt::Field<rt::edm::DateTimeOffset>,
    /// Device management features
    ///
    /// CSDL: property `managementFeatures`: `microsoft.graph.managedDeviceManagementFeatures`, not nullable.
    pub management_features: rt::Field<crate::beta::ManagedDeviceManagementFeatures>,
    /// Management state of the device. This property is read-only.
    ///
    /// CSDL: property `managementState`: `microsoft.graph.managementState`, not nullable.
    pub management_state: rt::Field<crate::beta::ManagementState>,
    /// Manufacturer of the device. This property is read-only.
    ///
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// MEID. This property is read-only.
    ///
    /// CSDL: property `meid`: `Edm.String`, nullable.
    pub meid: rt::Field<::std::string::String>,
    /// Model of the device. This property is read-only.
    ///
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Notes on the device created by IT Admin
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// Operating system of the device. Windows, iOS, etc. This property is read-only.
    ///
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// Operating system version of the device. This property is read-only.
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Ownership of the device. Can be 'company' or 'personal'
    ///
    /// CSDL: property `ownerType`: `microsoft.graph.ownerType`, not nullable.
    pub owner_type: rt::Field<crate::beta::OwnerType>,
    /// Indicates the threat state of a device when a Mobile Threat Defense partner is in use by the account and device. Read Only. This property is read-only.
    ///
    /// CSDL: property `partnerReportedThreatState`: `microsoft.graph.managedDevicePartnerReportedHealthState`, not nullable.
    pub partner_reported_threat_state: rt::Field<
        crate::beta::ManagedDevicePartnerReportedHealthState,
    >,
    /// Phone number of the device. This property is read-only.
    ///
    /// CSDL: property `phoneNumber`: `Edm.String`, nullable.
    pub phone_number: rt::Field<::std::string::String>,
    /// Total Memory in Bytes. This property is read-only.
    ///
    /// CSDL: property `physicalMemoryInBytes`: `Edm.Int64`, not nullable.
    pub physical_memory_in_bytes: rt::Field<i64>,
    /// Reports the DateTime the preferMdmOverGroupPolicy setting was set.  When set, the Intune MDM settings will override Group Policy settings if there is a conflict. Read Only. This property is read-only.
    ///
    /// CSDL: property `preferMdmOverGroupPolicyAppliedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub prefer_mdm_over_group_policy_applied_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Processor architecture. This property is read-only.
    ///
    /// CSDL: property `processorArchitecture`: `microsoft.graph.managedDeviceArchitecture`, not nullable.
    pub processor_architecture: rt::Field<crate::beta::ManagedDeviceArchitecture>,
    /// An error string that identifies issues when creating Remote Assistance session objects. This property is read-only.
    ///
    /// CSDL: property `remoteAssistanceSessionErrorDetails`: `Edm.String`, nullable.
    pub remote_assistance_session_error_details: rt::Field<::std::string::String>,
    /// Url that allows a Remote Assistance session to be established with the device. This property is read-only.
    ///
    /// CSDL: property `remoteAssistanceSessionUrl`: `Edm.String`, nullable.
    pub remote_assistance_session_url: rt::Field<::std::string::String>,
    /// Reports if the managed iOS device is user approval enrollment. This property is read-only.
    ///
    /// CSDL: property `requireUserEnrollmentApproval`: `Edm.Boolean`, nullable.
    pub require_user_enrollment_approval: rt::Field<bool>,
    /// Indicates the time after when a device will be auto retired because of scheduled action. This property is read-only.
    ///
    /// CSDL: property `retireAfterDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub retire_after_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tag IDs for this Device instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// SerialNumber. This property is read-only.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Device sku family
    ///
    /// CSDL: property `skuFamily`: `Edm.String`, nullable.
    pub sku_family: rt::Field<::std::string::String>,
    /// Device sku number, see also: https://docs.microsoft.com/en-us/windows/win32/api/sysinfoapi/nf-sysinfoapi-getproductinfo. Valid values 0 to 2147483647. This property is read-only.
    ///
    /// CSDL: property `skuNumber`: `Edm.Int32`, not nullable.
    pub sku_number: rt::Field<i32>,
    /// Specification version. This property is read-only.
    ///
    /// CSDL: property `specificationVersion`: `Edm.String`, nullable.
    pub specification_version: rt::Field<::std::string::String>,
    /// Subscriber Carrier. This property is read-only.
    ///
    /// CSDL: property `subscriberCarrier`: `Edm.String`, nullable.
    pub subscriber_carrier: rt::Field<::std::string::String>,
    /// Total Storage in Bytes. This property is read-only.
    ///
    /// CSDL: property `totalStorageSpaceInBytes`: `Edm.Int64`, not nullable.
    pub total_storage_space_in_bytes: rt::Field<i64>,
    /// Unique Device Identifier for iOS and macOS devices. This property is read-only.
    ///
    /// CSDL: property `udid`: `Edm.String`, nullable.
    pub udid: rt::Field<::std::string::String>,
    /// User display name. This property is read-only.
    ///
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// Unique Identifier for the user associated with the device. This property is read-only.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Device user principal name. This property is read-only.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Indicates the last logged on users of a device. This property is read-only.
    ///
    /// CSDL: property `usersLoggedOn`: `Collection(microsoft.graph.loggedOnUser)`, nullable.
    pub users_logged_on: rt::Field<::std::vec::Vec<crate::beta::LoggedOnUser>>,
    /// Wi-Fi MAC. This property is read-only.
    ///
    /// CSDL: property `wiFiMacAddress`: `Edm.String`, nullable.
    pub wi_fi_mac_address: rt::Field<::std::string::String>,
    /// Count of active malware for this windows device. This property is read-only.
    ///
    /// CSDL: property `windowsActiveMalwareCount`: `Edm.Int32`, not nullable.
    pub windows_active_malware_count: rt::Field<i32>,
    /// Count of remediated malware for this windows device. This property is read-only.
    ///
    /// CSDL: property `windowsRemediatedMalwareCount`: `Edm.Int32`, not nullable.
    pub windows_remediated_malware_count: rt::Field<i32>,
    /// Managed device mobile app configuration states for this device.
    ///
    /// CSDL: containment navigation property `assignmentFilterEvaluationStatusDetails`: `Collection(microsoft.graph.assignmentFilterEvaluationStatusDetails)`, not nullable.
    pub assignment_filter_evaluation_status_details: rt::Field<
        ::std::vec::Vec<crate::beta::AssignmentFilterEvaluationStatusDetails>,
    >,
    /// Device compliance policy states for this device.
    ///
    /// CSDL: containment navigation property `deviceCompliancePolicyStates`: `Collection(microsoft.graph.deviceCompliancePolicyState)`, not nullable.
    pub device_compliance_policy_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceCompliancePolicyState>,
    >,
    /// Device configuration states for this device.
    ///
    /// CSDL: containment navigation property `deviceConfigurationStates`: `Collection(microsoft.graph.deviceConfigurationState)`, not nullable.
    pub device_configuration_states: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationState>,
    >,
    /// Managed device mobile app configuration states for this device.
    ///
    /// CSDL: containment navigation property `managedDeviceMobileAppConfigurationStates`: `Collection(microsoft.graph.managedDeviceMobileAppConfigurationState)`, not nullable.
    pub managed_device_mobile_app_configuration_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationState>,
    >,
    /// Security baseline states for this device.
    ///
    /// CSDL: containment navigation property `securityBaselineStates`: `Collection(microsoft.graph.securityBaselineState)`, not nullable.
    pub security_baseline_states: rt::Field<
        ::std::vec::Vec<crate::beta::SecurityBaselineState>,
    >,
    /// All applications currently installed on the device
    ///
    /// CSDL: navigation property `detectedApps`: `Collection(microsoft.graph.detectedApp)`, not nullable.
    ///
    /// Features: `beta`, or one of `beta-device-management`, `beta-search`.
    #[cfg(msgraph_beta_device_management_or_search)]
    pub detected_apps: rt::Field<::std::vec::Vec<crate::beta::DetectedApp>>,
    /// Device category
    ///
    /// CSDL: containment navigation property `deviceCategory`: `microsoft.graph.deviceCategory`, nullable.
    pub device_category: rt::Field<crate::beta::DeviceCategory>,
    /// List of log collection requests
    ///
    /// CSDL: containment navigation property `logCollectionRequests`: `Collection(microsoft.graph.deviceLogCollectionResponse)`, not nullable.
    pub log_collection_requests: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceLogCollectionResponse>,
    >,
    /// The primary users associated with the managed device.
    ///
    /// CSDL: containment navigation property `users`: `Collection(microsoft.graph.user)`, not nullable.
    pub users: rt::Field<::std::vec::Vec<crate::beta::User>>,
    /// The device protection status.
    ///
    /// CSDL: containment navigation property `windowsProtectionState`: `microsoft.graph.windowsProtectionState`, nullable.
    pub windows_protection_state: rt::Field<crate::beta::WindowsProtectionState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cloud_pc_remote_action_results: rt::Field::Absent,
            aad_registered: rt::Field::Absent,
            activation_lock_bypass_code: rt::Field::Absent,
            android_security_patch_level: rt::Field::Absent,
            autopilot_enrolled: rt::Field::Absent,
            azure_active_directory_device_id: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            azure_ad_registered: rt::Field::Absent,
            chassis_type: rt::Field::Absent,
            chrome_os_device_info: rt::Field::Absent,
            compliance_grace_period_expiration_date_time: rt::Field::Absent,
            compliance_state: rt::Field::Absent,
            configuration_manager_client_enabled_features: rt::Field::Absent,
            configuration_manager_client_health_state: rt::Field::Absent,
            configuration_manager_client_information: rt::Field::Absent,
            device_action_results: rt::Field::Absent,
            device_category_display_name: rt::Field::Absent,
            device_enrollment_type: rt::Field::Absent,
            device_health_attestation_state: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_registration_state: rt::Field::Absent,
            device_type: rt::Field::Absent,
            eas_activated: rt::Field::Absent,
            eas_activation_date_time: rt::Field::Absent,
            eas_device_id: rt::Field::Absent,
            email_address: rt::Field::Absent,
            enrolled_date_time: rt::Field::Absent,
            ethernet_mac_address: rt::Field::Absent,
            exchange_access_state: rt::Field::Absent,
            exchange_access_state_reason: rt::Field::Absent,
            exchange_last_successful_sync_date_time: rt::Field::Absent,
            free_storage_space_in_bytes: rt::Field::Absent,
            hardware_information: rt::Field::Absent,
            iccid: rt::Field::Absent,
            imei: rt::Field::Absent,
            is_encrypted: rt::Field::Absent,
            is_supervised: rt::Field::Absent,
            jail_broken: rt::Field::Absent,
            join_type: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            lost_mode_state: rt::Field::Absent,
            managed_device_name: rt::Field::Absent,
            managed_device_owner_type: rt::Field::Absent,
            management_agent: rt::Field::Absent,
            management_certificate_expiration_date: rt::Field::Absent,
            management_features: rt::Field::Absent,
            management_state: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            meid: rt::Field::Absent,
            model: rt::Field::Absent,
            notes: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            os_version: rt::Field::Absent,
            owner_type: rt::Field::Absent,
            partner_reported_threat_state: rt::Field::Absent,
            phone_number: rt::Field::Absent,
            physical_memory_in_bytes: rt::Field::Absent,
            prefer_mdm_over_group_policy_applied_date_time: rt::Field::Absent,
            processor_architecture: rt::Field::Absent,
            remote_assistance_session_error_details: rt::Field::Absent,
            remote_assistance_session_url: rt::Field::Absent,
            require_user_enrollment_approval: rt::Field::Absent,
            retire_after_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            sku_family: rt::Field::Absent,
            sku_number: rt::Field::Absent,
            specification_version: rt::Field::Absent,
            subscriber_carrier: rt::Field::Absent,
            total_storage_space_in_bytes: rt::Field::Absent,
            udid: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            users_logged_on: rt::Field::Absent,
            wi_fi_mac_address: rt::Field::Absent,
            windows_active_malware_count: rt::Field::Absent,
            windows_remediated_malware_count: rt::Field::Absent,
            assignment_filter_evaluation_status_details: rt::Field::Absent,
            device_compliance_policy_states: rt::Field::Absent,
            device_configuration_states: rt::Field::Absent,
            managed_device_mobile_app_configuration_states: rt::Field::Absent,
            security_baseline_states: rt::Field::Absent,
            #[cfg(msgraph_beta_device_management_or_search)]
            detected_apps: rt::Field::Absent,
            device_category: rt::Field::Absent,
            log_collection_requests: rt::Field::Absent,
            users: rt::Field::Absent,
            windows_protection_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cloudPcRemoteActionResults",
        "aadRegistered",
        "activationLockBypassCode",
        "androidSecurityPatchLevel",
        "autopilotEnrolled",
        "azureActiveDirectoryDeviceId",
        "azureADDeviceId",
        "azureADRegistered",
        "chassisType",
        "chromeOSDeviceInfo",
        "complianceGracePeriodExpirationDateTime",
        "complianceState",
        "configurationManagerClientEnabledFeatures",
        "configurationManagerClientHealthState",
        "configurationManagerClientInformation",
        "deviceActionResults",
        "deviceCategoryDisplayName",
        "deviceEnrollmentType",
        "deviceHealthAttestationState",
        "deviceName",
        "deviceRegistrationState",
        "deviceType",
        "easActivated",
        "easActivationDateTime",
        "easDeviceId",
        "emailAddress",
        "enrolledDateTime",
        "ethernetMacAddress",
        "exchangeAccessState",
        "exchangeAccessStateReason",
        "exchangeLastSuccessfulSyncDateTime",
        "freeStorageSpaceInBytes",
        "hardwareInformation",
        "iccid",
        "imei",
        "isEncrypted",
        "isSupervised",
        "jailBroken",
        "joinType",
        "lastSyncDateTime",
        "lostModeState",
        "managedDeviceName",
        "managedDeviceOwnerType",
        "managementAgent",
        "managementCertificateExpirationDate",
        "managementFeatures",
        "managementState",
        "manufacturer",
        "meid",
        "model",
        "notes",
        "operatingSystem",
        "osVersion",
        "ownerType",
        "partnerReportedThreatState",
        "phoneNumber",
        "physicalMemoryInBytes",
        "preferMdmOverGroupPolicyAppliedDateTime",
        "processorArchitecture",
        "remoteAssistanceSessionErrorDetails",
        "remoteAssistanceSessionUrl",
        "requireUserEnrollmentApproval",
        "retireAfterDateTime",
        "roleScopeTagIds",
        "serialNumber",
        "skuFamily",
        "skuNumber",
        "specificationVersion",
        "subscriberCarrier",
        "totalStorageSpaceInBytes",
        "udid",
        "userDisplayName",
        "userId",
        "userPrincipalName",
        "usersLoggedOn",
        "wiFiMacAddress",
        "windowsActiveMalwareCount",
        "windowsRemediatedMalwareCount",
        "assignmentFilterEvaluationStatusDetails",
        "deviceCompliancePolicyStates",
        "deviceConfigurationStates",
        "managedDeviceMobileAppConfigurationStates",
        "securityBaselineStates",
        "detectedApps",
        "deviceCategory",
        "logCollectionRequests",
        "users",
        "windowsProtectionState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"cloudPcRemoteActionResults\":   ",
        ",\"aadRegistered\":                ",
        ",\"activationLockBypassCode\":     ",
        ",\"androidSecurityPatchLevel\":    ",
        ",\"autopilotEnrolled\":            ",
        ",\"azureActiveDirectoryDeviceId\": ",
        ",\"azureADDeviceId\":              ",
        ",\"azureADRegistered\":            ",
        ",\"chassisType\":                  ",
        ",\"chromeOSDeviceInfo\":           ",
        ",\"complianceGracePeriodExpirationDateTime\":",
        ",\"complianceState\":              ",
        ",\"configurationManagerClientEnabledFeatures\":",
        ",\"configurationManagerClientHealthState\":",
        ",\"configurationManagerClientInformation\":",
        ",\"deviceActionResults\":          ",
        ",\"deviceCategoryDisplayName\":    ",
        ",\"deviceEnrollmentType\":         ",
        ",\"deviceHealthAttestationState\": ",
        ",\"deviceName\":                   ",
        ",\"deviceRegistrationState\":      ",
        ",\"deviceType\":                   ",
        ",\"easActivated\":                 ",
        ",\"easActivationDateTime\":        ",
        ",\"easDeviceId\":                  ",
        ",\"emailAddress\":                 ",
        ",\"enrolledDateTime\":             ",
        ",\"ethernetMacAddress\":           ",
        ",\"exchangeAccessState\":          ",
        ",\"exchangeAccessStateReason\":    ",
        ",\"exchangeLastSuccessfulSyncDateTime\":",
        ",\"freeStorageSpaceInBytes\":      ",
        ",\"hardwareInformation\":          ",
        ",\"iccid\":                        ",
        ",\"imei\":                         ",
        ",\"isEncrypted\":                  ",
        ",\"isSupervised\":                 ",
        ",\"jailBroken\":                   ",
        ",\"joinType\":                     ",
        ",\"lastSyncDateTime\":             ",
        ",\"lostModeState\":                ",
        ",\"managedDeviceName\":            ",
        ",\"managedDeviceOwnerType\":       ",
        ",\"managementAgent\":              ",
        ",\"managementCertificateExpirationDate\":",
        ",\"managementFeatures\":           ",
        ",\"managementState\":              ",
        ",\"manufacturer\":                 ",
        ",\"meid\":                         ",
        ",\"model\":                        ",
        ",\"notes\":                        ",
        ",\"operatingSystem\":              ",
        ",\"osVersion\":                    ",
        ",\"ownerType\":                    ",
        ",\"partnerReportedThreatState\":   ",
        ",\"phoneNumber\":                  ",
        ",\"physicalMemoryInBytes\":        ",
        ",\"preferMdmOverGroupPolicyAppliedDateTime\":",
        ",\"processorArchitecture\":        ",
        ",\"remoteAssistanceSessionErrorDetails\":",
        ",\"remoteAssistanceSessionUrl\":   ",
        ",\"requireUserEnrollmentApproval\":",
        ",\"retireAfterDateTime\":          ",
        ",\"roleScopeTagIds\":              ",
        ",\"serialNumber\":                 ",
        ",\"skuFamily\":                    ",
        ",\"skuNumber\":                    ",
        ",\"specificationVersion\":         ",
        ",\"subscriberCarrier\":            ",
        ",\"totalStorageSpaceInBytes\":     ",
        ",\"udid\":                         ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
        ",\"usersLoggedOn\":                ",
        ",\"wiFiMacAddress\":               ",
        ",\"windowsActiveMalwareCount\":    ",
        ",\"windowsRemediatedMalwareCount\":",
        ",\"assignmentFilterEvaluationStatusDetails\":",
        ",\"deviceCompliancePolicyStates\": ",
        ",\"deviceConfigurationStates\":    ",
        ",\"managedDeviceMobileAppConfigurationStates\":",
        ",\"securityBaselineStates\":       ",
        ",\"detectedApps\":                 ",
        ",\"deviceCategory\":               ",
        ",\"logCollectionRequests\":        ",
        ",\"users\":                        ",
        ",\"windowsProtectionState\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "cloud_pc_remote_action_results",
            &self.cloud_pc_remote_action_results,
        );
        v.field(2usize, "aad_registered", &self.aad_registered);
        v.field(
            3usize,
            "activation_lock_bypass_code",
            &self.activation_lock_bypass_code,
        );
        v.field(
            4usize,
            "android_security_patch_level",
            &self.android_security_patch_level,
        );
        v.field(5usize, "autopilot_enrolled", &self.autopilot_enrolled);
        v.field(
            6usize,
            "azure_active_directory_device_id",
            &self.azure_active_directory_device_id,
        );
        v.field(7usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(8usize, "azure_ad_registered", &self.azure_ad_registered);
        v.field(9usize, "chassis_type", &self.chassis_type);
        v.field(10usize, "chrome_os_device_info", &self.chrome_os_device_info);
        v.field(
            11usize,
            "compliance_grace_period_expiration_date_time",
            &self.compliance_grace_period_expiration_date_time,
        );
        v.field(12usize, "compliance_state", &self.compliance_state);
        v.field(
            13usize,
            "configuration_manager_client_enabled_features",
            &self.configuration_manager_client_enabled_features,
        );
        v.field(
            14usize,
            "configuration_manager_client_health_state",
            &self.configuration_manager_client_health_state,
        );
        v.field(
            15usize,
            "configuration_manager_client_information",
            &self.configuration_manager_client_information,
        );
        v.field(16usize, "device_action_results", &self.device_action_results);
        v.field(
            17usize,
            "device_category_display_name",
            &self.device_category_display_name,
        );
        v.field(18usize, "device_enrollment_type", &self.device_enrollment_type);
        v.field(
            19usize,
            "device_health_attestation_state",
            &self.device_health_attestation_state,
        );
        v.field(20usize, "device_name", &self.device_name);
        v.field(21usize, "device_registration_state", &self.device_registration_state);
        v.field(22usize, "device_type", &self.device_type);
        v.field(23usize, "eas_activated", &self.eas_activated);
        v.field(24usize, "eas_activation_date_time", &self.eas_activation_date_time);
        v.field(25usize, "eas_device_id", &self.eas_device_id);
        v.field(26usize, "email_address", &self.email_address);
        v.field(27usize, "enrolled_date_time", &self.enrolled_date_time);
        v.field(28usize, "ethernet_mac_address", &self.ethernet_mac_address);
        v.field(29usize, "exchange_access_state", &self.exchange_access_state);
        v.field(
            30usize,
            "exchange_access_state_reason",
            &self.exchange_access_state_reason,
        );
        v.field(
            31usize,
            "exchange_last_successful_sync_date_time",
            &self.exchange_last_successful_sync_date_time,
        );
        v.field(
            32usize,
            "free_storage_space_in_bytes",
            &self.free_storage_space_in_bytes,
        );
        v.field(33usize, "hardware_information", &self.hardware_information);
        v.field(34usize, "iccid", &self.iccid);
        v.field(35usize, "imei", &self.imei);
        v.field(36usize, "is_encrypted", &self.is_encrypted);
        v.field(37usize, "is_supervised", &self.is_supervised);
        v.field(38usize, "jail_broken", &self.jail_broken);
        v.field(39usize, "join_type", &self.join_type);
        v.field(40usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(41usize, "lost_mode_state", &self.lost_mode_state);
        v.field(42usize, "managed_device_name", &self.managed_device_name);
        v.field(43usize, "managed_device_owner_type", &self.managed_device_owner_type);
        v.field(44usize, "management_agent", &self.management_agent);
        v.field(
            45usize,
            "management_certificate_expiration_date",
            &self.management_certificate_expiration_date,
        );
        v.field(46usize, "management_features", &self.management_features);
        v.field(47usize, "management_state", &self.management_state);
        v.field(48usize, "manufacturer", &self.manufacturer);
        v.field(49usize, "meid", &self.meid);
        v.field(50usize, "model", &self.model);
        v.field(51usize, "notes", &self.notes);
        v.field(52usize, "operating_system", &self.operating_system);
        v.field(53usize, "os_version", &self.os_version);
        v.field(54usize, "owner_type", &self.owner_type);
        v.field(
            55usize,
            "partner_reported_threat_state",
            &self.partner_reported_threat_state,
        );
        v.field(56usize, "phone_number", &self.phone_number);
        v.field(57usize, "physical_memory_in_bytes", &self.physical_memory_in_bytes);
        v.field(
            58usize,
            "prefer_mdm_over_group_policy_applied_date_time",
            &self.prefer_mdm_over_group_policy_applied_date_time,
        );
        v.field(59usize, "processor_architecture", &self.processor_architecture);
        v.field(
            60usize,
            "remote_assistance_session_error_details",
            &self.remote_assistance_session_error_details,
        );
        v.field(
            61usize,
            "remote_assistance_session_url",
            &self.remote_assistance_session_url,
        );
        v.field(
            62usize,
            "require_user_enrollment_approval",
            &self.require_user_enrollment_approval,
        );
        v.field(63usize, "retire_after_date_time", &self.retire_after_date_time);
        v.field(64usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(65usize, "serial_number", &self.serial_number);
        v.field(66usize, "sku_family", &self.sku_family);
        v.field(67usize, "sku_number", &self.sku_number);
        v.field(68usize, "specification_version", &self.specification_version);
        v.field(69usize, "subscriber_carrier", &self.subscriber_carrier);
        v.field(
            70usize,
            "total_storage_space_in_bytes",
            &self.total_storage_space_in_bytes,
        );
        v.field(71usize, "udid", &self.udid);
        v.field(72usize, "user_display_name", &self.user_display_name);
        v.field(73usize, "user_id", &self.user_id);
        v.field(74usize, "user_principal_name", &self.user_principal_name);
        v.field(75usize, "users_logged_on", &self.users_logged_on);
        v.field(76usize, "wi_fi_mac_address", &self.wi_fi_mac_address);
        v.field(
            77usize,
            "windows_active_malware_count",
            &self.windows_active_malware_count,
        );
        v.field(
            78usize,
            "windows_remediated_malware_count",
            &self.windows_remediated_malware_count,
        );
        v.field(
            79usize,
            "assignment_filter_evaluation_status_details",
            &self.assignment_filter_evaluation_status_details,
        );
        v.field(
            80usize,
            "device_compliance_policy_states",
            &self.device_compliance_policy_states,
        );
        v.field(
            81usize,
            "device_configuration_states",
            &self.device_configuration_states,
        );
        v.field(
            82usize,
            "managed_device_mobile_app_configuration_states",
            &self.managed_device_mobile_app_configuration_states,
        );
        v.field(83usize, "security_baseline_states", &self.security_baseline_states);
        #[cfg(msgraph_beta_device_management_or_search)]
        v.field(84usize, "detected_apps", &self.detected_apps);
        v.field(85usize, "device_category", &self.device_category);
        v.field(86usize, "log_collection_requests", &self.log_collection_requests);
        v.field(87usize, "users", &self.users);
        v.field(88usize, "windows_protection_state", &self.windows_protection_state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cloud_pc_remote_action_results.read_from(r),
            2usize => self.aad_registered.read_from(r),
            3usize => self.activation_lock_bypass_code.read_from(r),
            4usize => self.android_security_patch_level.read_from(r),
            5usize => self.autopilot_enrolled.read_from(r),
            6usize => self.azure_active_directory_device_id.read_from(r),
            7usize => self.azure_ad_device_id.read_from(r),
            8usize => self.azure_ad_registered.read_from(r),
            9usize => self.chassis_type.read_from(r),
            10usize => self.chrome_os_device_info.read_from(r),
            11usize => self.compliance_grace_period_expiration_date_time.read_from(r),
            12usize => self.compliance_state.read_from(r),
            13usize => self.configuration_manager_client_enabled_features.read_from(r),
            14usize => self.configuration_manager_client_health_state.read_from(r),
            15usize => self.configuration_manager_client_information.read_from(r),
            16usize => self.device_action_results.read_from(r),
            17usize => self.device_category_display_name.read_from(r),
            18usize => self.device_enrollment_type.read_from(r),
            19usize => self.device_health_attestation_state.read_from(r),
            20usize => self.device_name.read_from(r),
            21usize => self.device_registration_state.read_from(r),
            22usize => self.device_type.read_from(r),
            23usize => self.eas_activated.read_from(r),
            24usize => self.eas_activation_date_time.read_from(r),
            25usize => self.eas_device_id.read_from(r),
            26usize => self.email_address.read_from(r),
            27usize => self.enrolled_date_time.read_from(r),
            28usize => self.ethernet_mac_address.read_from(r),
            29usize => self.exchange_access_state.read_from(r),
            30usize => self.exchange_access_state_reason.read_from(r),
            31usize => self.exchange_last_successful_sync_date_time.read_from(r),
            32usize => self.free_storage_space_in_bytes.read_from(r),
            33usize => self.hardware_information.read_from(r),
            34usize => self.iccid.read_from(r),
            35usize => self.imei.read_from(r),
            36usize => self.is_encrypted.read_from(r),
            37usize => self.is_supervised.read_from(r),
            38usize => self.jail_broken.read_from(r),
            39usize => self.join_type.read_from(r),
            40usize => self.last_sync_date_time.read_from(r),
            41usize => self.lost_mode_state.read_from(r),
            42usize => self.managed_device_name.read_from(r),
            43usize => self.managed_device_owner_type.read_from(r),
            44usize => self.management_agent.read_from(r),
            45usize => self.management_certificate_expiration_date.read_from(r),
            46usize => self.management_features.read_from(r),
            47usize => self.management_state.read_from(r),
            48usize => self.manufacturer.read_from(r),
            49usize => self.meid.read_from(r),
            50usize => self.model.read_from(r),
            51usize => self.notes.read_from(r),
            52usize => self.operating_system.read_from(r),
            53usize => self.os_version.read_from(r),
            54usize => self.owner_type.read_from(r),
            55usize => self.partner_reported_threat_state.read_from(r),
            56usize => self.phone_number.read_from(r),
            57usize => self.physical_memory_in_bytes.read_from(r),
            58usize => self.prefer_mdm_over_group_policy_applied_date_time.read_from(r),
            59usize => self.processor_architecture.read_from(r),
            60usize => self.remote_assistance_session_error_details.read_from(r),
            61usize => self.remote_assistance_session_url.read_from(r),
            62usize => self.require_user_enrollment_approval.read_from(r),
            63usize => self.retire_after_date_time.read_from(r),
            64usize => self.role_scope_tag_ids.read_from(r),
            65usize => self.serial_number.read_from(r),
            66usize => self.sku_family.read_from(r),
            67usize => self.sku_number.read_from(r),
            68usize => self.specification_version.read_from(r),
            69usize => self.subscriber_carrier.read_from(r),
            70usize => self.total_storage_space_in_bytes.read_from(r),
            71usize => self.udid.read_from(r),
            72usize => self.user_display_name.read_from(r),
            73usize => self.user_id.read_from(r),
            74usize => self.user_principal_name.read_from(r),
            75usize => self.users_logged_on.read_from(r),
            76usize => self.wi_fi_mac_address.read_from(r),
            77usize => self.windows_active_malware_count.read_from(r),
            78usize => self.windows_remediated_malware_count.read_from(r),
            79usize => self.assignment_filter_evaluation_status_details.read_from(r),
            80usize => self.device_compliance_policy_states.read_from(r),
            81usize => self.device_configuration_states.read_from(r),
            82usize => self.managed_device_mobile_app_configuration_states.read_from(r),
            83usize => self.security_baseline_states.read_from(r),
            #[cfg(msgraph_beta_device_management_or_search)]
            84usize => self.detected_apps.read_from(r),
            85usize => self.device_category.read_from(r),
            86usize => self.log_collection_requests.read_from(r),
            87usize => self.users.read_from(r),
            88usize => self.windows_protection_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cloud_pc_remote_action_results);
        w.field(2usize, &self.aad_registered);
        w.field(3usize, &self.activation_lock_bypass_code);
        w.field(4usize, &self.android_security_patch_level);
        w.field(5usize, &self.autopilot_enrolled);
        w.field(6usize, &self.azure_active_directory_device_id);
        w.field(7usize, &self.azure_ad_device_id);
        w.field(8usize, &self.azure_ad_registered);
        w.field(9usize, &self.chassis_type);
        w.field(10usize, &self.chrome_os_device_info);
        w.field(11usize, &self.compliance_grace_period_expiration_date_time);
        w.field(12usize, &self.compliance_state);
        w.field(13usize, &self.configuration_manager_client_enabled_features);
        w.field(14usize, &self.configuration_manager_client_health_state);
        w.field(15usize, &self.configuration_manager_client_information);
        w.field(16usize, &self.device_action_results);
        w.field(17usize, &self.device_category_display_name);
        w.field(18usize, &self.device_enrollment_type);
        w.field(19usize, &self.device_health_attestation_state);
        w.field(20usize, &self.device_name);
        w.field(21usize, &self.device_registration_state);
        w.field(22usize, &self.device_type);
        w.field(23usize, &self.eas_activated);
        w.field(24usize, &self.eas_activation_date_time);
        w.field(25usize, &self.eas_device_id);
        w.field(26usize, &self.email_address);
        w.field(27usize, &self.enrolled_date_time);
        w.field(28usize, &self.ethernet_mac_address);
        w.field(29usize, &self.exchange_access_state);
        w.field(30usize, &self.exchange_access_state_reason);
        w.field(31usize, &self.exchange_last_successful_sync_date_time);
        w.field(32usize, &self.free_storage_space_in_bytes);
        w.field(33usize, &self.hardware_information);
        w.field(34usize, &self.iccid);
        w.field(35usize, &self.imei);
        w.field(36usize, &self.is_encrypted);
        w.field(37usize, &self.is_supervised);
        w.field(38usize, &self.jail_broken);
        w.field(39usize, &self.join_type);
        w.field(40usize, &self.last_sync_date_time);
        w.field(41usize, &self.lost_mode_state);
        w.field(42usize, &self.managed_device_name);
        w.field(43usize, &self.managed_device_owner_type);
        w.field(44usize, &self.management_agent);
        w.field(45usize, &self.management_certificate_expiration_date);
        w.field(46usize, &self.management_features);
        w.field(47usize, &self.management_state);
        w.field(48usize, &self.manufacturer);
        w.field(49usize, &self.meid);
        w.field(50usize, &self.model);
        w.field(51usize, &self.notes);
        w.field(52usize, &self.operating_system);
        w.field(53usize, &self.os_version);
        w.field(54usize, &self.owner_type);
        w.field(55usize, &self.partner_reported_threat_state);
        w.field(56usize, &self.phone_number);
        w.field(57usize, &self.physical_memory_in_bytes);
        w.field(58usize, &self.prefer_mdm_over_group_policy_applied_date_time);
        w.field(59usize, &self.processor_architecture);
        w.field(60usize, &self.remote_assistance_session_error_details);
        w.field(61usize, &self.remote_assistance_session_url);
        w.field(62usize, &self.require_user_enrollment_approval);
        w.field(63usize, &self.retire_after_date_time);
        w.field(64usize, &self.role_scope_tag_ids);
        w.field(65usize, &self.serial_number);
        w.field(66usize, &self.sku_family);
        w.field(67usize, &self.sku_number);
        w.field(68usize, &self.specification_version);
        w.field(69usize, &self.subscriber_carrier);
        w.field(70usize, &self.total_storage_space_in_bytes);
        w.field(71usize, &self.udid);
        w.field(72usize, &self.user_display_name);
        w.field(73usize, &self.user_id);
        w.field(74usize, &self.user_principal_name);
        w.field(75usize, &self.users_logged_on);
        w.field(76usize, &self.wi_fi_mac_address);
        w.field(77usize, &self.windows_active_malware_count);
        w.field(78usize, &self.windows_remediated_malware_count);
        w.field(79usize, &self.assignment_filter_evaluation_status_details);
        w.field(80usize, &self.device_compliance_policy_states);
        w.field(81usize, &self.device_configuration_states);
        w.field(82usize, &self.managed_device_mobile_app_configuration_states);
        w.field(83usize, &self.security_baseline_states);
        #[cfg(msgraph_beta_device_management_or_search)]
        w.field(84usize, &self.detected_apps);
        w.field(85usize, &self.device_category);
        w.field(86usize, &self.log_collection_requests);
        w.field(87usize, &self.users);
        w.field(88usize, &self.windows_protection_state);
    }
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
rt::impl_object!(ManagedDevice);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedDevice { with_id id : ::std::string::String;
    with_cloud_pc_remote_action_results cloud_pc_remote_action_results : ::std::vec::Vec
    < crate ::beta::CloudPcRemoteActionResult >; with_aad_registered aad_registered :
    bool; with_activation_lock_bypass_code activation_lock_bypass_code :
    ::std::string::String; with_android_security_patch_level android_security_patch_level
    : ::std::string::String; with_autopilot_enrolled autopilot_enrolled : bool;
    with_azure_active_directory_device_id azure_active_directory_device_id :
    ::std::string::String; with_azure_ad_device_id azure_ad_device_id :
    ::std::string::String; with_azure_ad_registered azure_ad_registered : bool;
    with_chassis_type chassis_type : crate ::beta::ChassisType;
    with_chrome_os_device_info chrome_os_device_info : ::std::vec::Vec < crate
    ::beta::ChromeOsDeviceProperty >; with_compliance_grace_period_expiration_date_time
    compliance_grace_period_expiration_date_time : rt::edm::DateTimeOffset;
    with_compliance_state compliance_state : crate ::beta::ComplianceState;
    with_configuration_manager_client_enabled_features
    configuration_manager_client_enabled_features : crate
    ::beta::ConfigurationManagerClientEnabledFeatures;
    with_configuration_manager_client_health_state
    configuration_manager_client_health_state : crate
    ::beta::ConfigurationManagerClientHealthState;
    with_configuration_manager_client_information
    configuration_manager_client_information : crate
    ::beta::ConfigurationManagerClientInformation; with_device_action_results
    device_action_results : ::std::vec::Vec < crate ::beta::AnyDeviceActionResult >;
    with_device_category_display_name device_category_display_name :
    ::std::string::String; with_device_enrollment_type device_enrollment_type : crate
    ::beta::DeviceEnrollmentType; with_device_health_attestation_state
    device_health_attestation_state : crate ::beta::DeviceHealthAttestationState;
    with_device_name device_name : ::std::string::String; with_device_registration_state
    device_registration_state : crate ::beta::DeviceRegistrationState; with_device_type
    device_type : crate ::beta::DeviceType; with_eas_activated eas_activated : bool;
    with_eas_activation_date_time eas_activation_date_time : rt::edm::DateTimeOffset;
    with_eas_device_id eas_device_id : ::std::string::String; with_email_address
    email_address : ::std::string::String; with_enrolled_date_time enrolled_date_time :
    rt::edm::DateTimeOffset; with_ethernet_mac_address ethernet_mac_address :
    ::std::string::String; with_exchange_access_state exchange_access_state : crate
    ::beta::DeviceManagementExchangeAccessState; with_exchange_access_state_reason
    exchange_access_state_reason : crate
    ::beta::DeviceManagementExchangeAccessStateReason;
    with_exchange_last_successful_sync_date_time exchange_last_successful_sync_date_time
    : rt::edm::DateTimeOffset; with_free_storage_space_in_bytes
    free_storage_space_in_bytes : i64; with_hardware_information hardware_information :
    crate ::beta::HardwareInformation; with_iccid iccid : ::std::string::String;
    with_imei imei : ::std::string::String; with_is_encrypted is_encrypted : bool;
    with_is_supervised is_supervised : bool; with_jail_broken jail_broken :
    ::std::string::String; with_join_type join_type : crate ::beta::JoinType;
    with_last_sync_date_time last_sync_date_time : rt::edm::DateTimeOffset;
    with_lost_mode_state lost_mode_state : crate ::beta::LostModeState;
    with_managed_device_name managed_device_name : ::std::string::String;
    with_managed_device_owner_type managed_device_owner_type : crate
    ::beta::ManagedDeviceOwnerType; with_management_agent management_agent : crate
    ::beta::ManagementAgentType; with_management_certificate_expiration_date
    management_certificate_expiration_date : rt::edm::DateTimeOffset;
    with_management_features management_features : crate
    ::beta::ManagedDeviceManagementFeatures; with_management_state management_state :
    crate ::beta::ManagementState; with_manufacturer manufacturer :
    ::std::string::String; with_meid meid : ::std::string::String; with_model model :
    ::std::string::String; with_notes notes : ::std::string::String;
    with_operating_system operating_system : ::std::string::String; with_os_version
    os_version : ::std::string::String; with_owner_type owner_type : crate
    ::beta::OwnerType; with_partner_reported_threat_state partner_reported_threat_state :
    crate ::beta::ManagedDevicePartnerReportedHealthState; with_phone_number phone_number
    : ::std::string::String; with_physical_memory_in_bytes physical_memory_in_bytes :
    i64; with_prefer_mdm_over_group_policy_applied_date_time
    prefer_mdm_over_group_policy_applied_date_time : rt::edm::DateTimeOffset;
    with_processor_architecture processor_architecture : crate
    ::beta::ManagedDeviceArchitecture; with_remote_assistance_session_error_details
    remote_assistance_session_error_details : ::std::string::String;
    with_remote_assistance_session_url remote_assistance_session_url :
    ::std::string::String; with_require_user_enrollment_approval
    require_user_enrollment_approval : bool; with_retire_after_date_time
    retire_after_date_time : rt::edm::DateTimeOffset; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >; with_serial_number
    serial_number : ::std::string::String; with_sku_family sku_family :
    ::std::string::String; with_sku_number sku_number : i32; with_specification_version
    specification_version : ::std::string::String; with_subscriber_carrier
    subscriber_carrier : ::std::string::String; with_total_storage_space_in_bytes
    total_storage_space_in_bytes : i64; with_udid udid : ::std::string::String;
    with_user_display_name user_display_name : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_users_logged_on users_logged_on : ::std::vec::Vec < crate
    ::beta::LoggedOnUser >; with_wi_fi_mac_address wi_fi_mac_address :
    ::std::string::String; with_windows_active_malware_count windows_active_malware_count
    : i32; with_windows_remediated_malware_count windows_remediated_malware_count : i32;
    with_assignment_filter_evaluation_status_details
    assignment_filter_evaluation_status_details : ::std::vec::Vec < crate
    ::beta::AssignmentFilterEvaluationStatusDetails >;
    with_device_compliance_policy_states device_compliance_policy_states :
    ::std::vec::Vec < crate ::beta::DeviceCompliancePolicyState >;
    with_device_configuration_states device_configuration_states : ::std::vec::Vec <
    crate ::beta::DeviceConfigurationState >;
    with_managed_device_mobile_app_configuration_states
    managed_device_mobile_app_configuration_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceMobileAppConfigurationState >; with_security_baseline_states
    security_baseline_states : ::std::vec::Vec < crate ::beta::SecurityBaselineState >;
    #[cfg(msgraph_beta_device_management_or_search)] with_detected_apps detected_apps :
    ::std::vec::Vec < crate ::beta::DetectedApp >; with_device_category device_category :
    crate ::beta::DeviceCategory; with_log_collection_requests log_collection_requests :
    ::std::vec::Vec < crate ::beta::DeviceLogCollectionResponse >; with_users users :
    ::std::vec::Vec < crate ::beta::User >; with_windows_protection_state
    windows_protection_state : crate ::beta::WindowsProtectionState; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDevice);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.managedDevice` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedDevice {
    ManagedDevice(::std::boxed::Box<crate::beta::ManagedDevice>),
    WindowsManagedDevice(::std::boxed::Box<crate::beta::WindowsManagedDevice>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyManagedDevice {
    #[inline]
    fn default() -> Self {
        Self::ManagedDevice(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedDevice> for AnyManagedDevice {
    #[inline]
    fn from(v: crate::beta::ManagedDevice) -> Self {
        Self::ManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsManagedDevice> for AnyManagedDevice {
    #[inline]
    fn from(v: crate::beta::WindowsManagedDevice) -> Self {
        Self::WindowsManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyManagedDevice {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyManagedDevice {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyManagedDevice {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyManagedDevice {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyManagedDevice {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedDevice>();
    rt::object::auto_traits::<crate::beta::WindowsManagedDevice>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyManagedDevice {
    const BASE_NAME: &'static str = "microsoft.graph.managedDevice";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windowsManagedDevice") => {
                Self::WindowsManagedDevice(rt::object::new_boxed())
            }
            _ => Self::ManagedDevice(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedDevice(v) => &**v,
            Self::WindowsManagedDevice(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedDevice(v) => &mut **v,
            Self::WindowsManagedDevice(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyManagedDevice {
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
            Self::ManagedDevice(v) => &v.id,
            Self::WindowsManagedDevice(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.id,
            Self::WindowsManagedDevice(v) => &mut v.id,
        }
    }
    /// `cloudPcRemoteActionResults` of any variant.
    #[inline]
    pub fn cloud_pc_remote_action_results(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::CloudPcRemoteActionResult>> {
        match self {
            Self::ManagedDevice(v) => &v.cloud_pc_remote_action_results,
            Self::WindowsManagedDevice(v) => &v.cloud_pc_remote_action_results,
        }
    }
    /// `cloudPcRemoteActionResults` of any variant.
    #[inline]
    pub fn cloud_pc_remote_action_results_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::CloudPcRemoteActionResult>> {
        match self {
            Self::ManagedDevice(v) => &mut v.cloud_pc_remote_action_results,
            Self::WindowsManagedDevice(v) => &mut v.cloud_pc_remote_action_results,
        }
    }
    /// `aadRegistered` of any variant.
    #[inline]
    pub fn aad_registered(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &v.aad_registered,
            Self::WindowsManagedDevice(v) => &v.aad_registered,
        }
    }
    /// `aadRegistered` of any variant.
    #[inline]
    pub fn aad_registered_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &mut v.aad_registered,
            Self::WindowsManagedDevice(v) => &mut v.aad_registered,
        }
    }
    /// `activationLockBypassCode` of any variant.
    #[inline]
    pub fn activation_lock_bypass_code(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.activation_lock_bypass_code,
            Self::WindowsManagedDevice(v) => &v.activation_lock_bypass_code,
        }
    }
    /// `activationLockBypassCode` of any variant.
    #[inline]
    pub fn activation_lock_bypass_code_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.activation_lock_bypass_code,
            Self::WindowsManagedDevice(v) => &mut v.activation_lock_bypass_code,
        }
    }
    /// `androidSecurityPatchLevel` of any variant.
    #[inline]
    pub fn android_security_patch_level(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.android_security_patch_level,
            Self::WindowsManagedDevice(v) => &v.android_security_patch_level,
        }
    }
    /// `androidSecurityPatchLevel` of any variant.
    #[inline]
    pub fn android_security_patch_level_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.android_security_patch_level,
            Self::WindowsManagedDevice(v) => &mut v.android_security_patch_level,
        }
    }
    /// `autopilotEnrolled` of any variant.
    #[inline]
    pub fn autopilot_enrolled(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &v.autopilot_enrolled,
            Self::WindowsManagedDevice(v) => &v.autopilot_enrolled,
        }
    }
    /// `autopilotEnrolled` of any variant.
    #[inline]
    pub fn autopilot_enrolled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &mut v.autopilot_enrolled,
            Self::WindowsManagedDevice(v) => &mut v.autopilot_enrolled,
        }
    }
    /// `azureActiveDirectoryDeviceId` of any variant.
    #[inline]
    pub fn azure_active_directory_device_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.azure_active_directory_device_id,
            Self::WindowsManagedDevice(v) => &v.azure_active_directory_device_id,
        }
    }
    /// `azureActiveDirectoryDeviceId` of any variant.
    #[inline]
    pub fn azure_active_directory_device_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.azure_active_directory_device_id,
            Self::WindowsManagedDevice(v) => &mut v.azure_active_directory_device_id,
        }
    }
    /// `azureADDeviceId` of any variant.
    #[inline]
    pub fn azure_ad_device_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.azure_ad_device_id,
            Self::WindowsManagedDevice(v) => &v.azure_ad_device_id,
        }
    }
    /// `azureADDeviceId` of any variant.
    #[inline]
    pub fn azure_ad_device_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.azure_ad_device_id,
            Self::WindowsManagedDevice(v) => &mut v.azure_ad_device_id,
        }
    }
    /// `azureADRegistered` of any variant.
    #[inline]
    pub fn azure_ad_registered(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &v.azure_ad_registered,
            Self::WindowsManagedDevice(v) => &v.azure_ad_registered,
        }
    }
    /// `azureADRegistered` of any variant.
    #[inline]
    pub fn azure_ad_registered_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &mut v.azure_ad_registered,
            Self::WindowsManagedDevice(v) => &mut v.azure_ad_registered,
        }
    }
    /// `chassisType` of any variant.
    #[inline]
    pub fn chassis_type(&self) -> &rt::Field<crate::beta::ChassisType> {
        match self {
            Self::ManagedDevice(v) => &v.chassis_type,
            Self::WindowsManagedDevice(v) => &v.chassis_type,
        }
    }
    /// `chassisType` of any variant.
    #[inline]
    pub fn chassis_type_mut(&mut self) -> &mut rt::Field<crate::beta::ChassisType> {
        match self {
            Self::ManagedDevice(v) => &mut v.chassis_type,
            Self::WindowsManagedDevice(v) => &mut v.chassis_type,
        }
    }
    /// `chromeOSDeviceInfo` of any variant.
    #[inline]
    pub fn chrome_os_device_info(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ChromeOsDeviceProperty>> {
        match self {
            Self::ManagedDevice(v) => &v.chrome_os_device_info,
            Self::WindowsManagedDevice(v) => &v.chrome_os_device_info,
        }
    }
    /// `chromeOSDeviceInfo` of any variant.
    #[inline]
    pub fn chrome_os_device_info_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ChromeOsDeviceProperty>> {
        match self {
            Self::ManagedDevice(v) => &mut v.chrome_os_device_info,
            Self::WindowsManagedDevice(v) => &mut v.chrome_os_device_info,
        }
    }
    /// `complianceGracePeriodExpirationDateTime` of any variant.
    #[inline]
    pub fn compliance_grace_period_expiration_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.compliance_grace_period_expiration_date_time,
            Self::WindowsManagedDevice(v) => {
                &v.compliance_grace_period_expiration_date_time
            }
        }
    }
    /// `complianceGracePeriodExpirationDateTime` of any variant.
    #[inline]
    pub fn compliance_grace_period_expiration_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &mut v.compliance_grace_period_expiration_date_time,
            Self::WindowsManagedDevice(v) => {
                &mut v.compliance_grace_period_expiration_date_time
            }
        }
    }
    /// `complianceState` of any variant.
    #[inline]
    pub fn compliance_state(&self) -> &rt::Field<crate::beta::ComplianceState> {
        match self {
            Self::ManagedDevice(v) => &v.compliance_state,
            Self::WindowsManagedDevice(v) => &v.compliance_state,
        }
    }
    /// `complianceState` of any variant.
    #[inline]
    pub fn compliance_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ComplianceState> {
        match self {
            Self::ManagedDevice(v) => &mut v.compliance_state,
            Self::WindowsManagedDevice(v) => &mut v.compliance_state,
        }
    }
    /// `configurationManagerClientEnabledFeatures` of any variant.
    #[inline]
    pub fn configuration_manager_client_enabled_features(
        &self,
    ) -> &rt::Field<crate::beta::ConfigurationManagerClientEnabledFeatures> {
        match self {
            Self::ManagedDevice(v) => &v.configuration_manager_client_enabled_features,
            Self::WindowsManagedDevice(v) => {
                &v.configuration_manager_client_enabled_features
            }
        }
    }
    /// `configurationManagerClientEnabledFeatures` of any variant.
    #[inline]
    pub fn configuration_manager_client_enabled_features_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ConfigurationManagerClientEnabledFeatures> {
        match self {
            Self::ManagedDevice(v) => {
                &mut v.configuration_manager_client_enabled_features
            }
            Self::WindowsManagedDevice(v) => {
                &mut v.configuration_manager_client_enabled_features
            }
        }
    }
    /// `configurationManagerClientHealthState` of any variant.
    #[inline]
    pub fn configuration_manager_client_health_state(
        &self,
    ) -> &rt::Field<crate::beta::ConfigurationManagerClientHealthState> {
        match self {
            Self::ManagedDevice(v) => &v.configuration_manager_client_health_state,
            Self::WindowsManagedDevice(v) => &v.configuration_manager_client_health_state,
        }
    }
    /// `configurationManagerClientHealthState` of any variant.
    #[inline]
    pub fn configuration_manager_client_health_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ConfigurationManagerClientHealthState> {
        match self {
            Self::ManagedDevice(v) => &mut v.configuration_manager_client_health_state,
            Self::WindowsManagedDevice(v) => {
                &mut v.configuration_manager_client_health_state
            }
        }
    }
    /// `configurationManagerClientInformation` of any variant.
    #[inline]
    pub fn configuration_manager_client_information(
        &self,
    ) -> &rt::Field<crate::beta::ConfigurationManagerClientInformation> {
        match self {
            Self::ManagedDevice(v) => &v.configuration_manager_client_information,
            Self::WindowsManagedDevice(v) => &v.configuration_manager_client_information,
        }
    }
    /// `configurationManagerClientInformation` of any variant.
    #[inline]
    pub fn configuration_manager_client_information_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ConfigurationManagerClientInformation> {
        match self {
            Self::ManagedDevice(v) => &mut v.configuration_manager_client_information,
            Self::WindowsManagedDevice(v) => {
                &mut v.configuration_manager_client_information
            }
        }
    }
    /// `deviceActionResults` of any variant.
    #[inline]
    pub fn device_action_results(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyDeviceActionResult>> {
        match self {
            Self::ManagedDevice(v) => &v.device_action_results,
            Self::WindowsManagedDevice(v) => &v.device_action_results,
        }
    }
    /// `deviceActionResults` of any variant.
    #[inline]
    pub fn device_action_results_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyDeviceActionResult>> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_action_results,
            Self::WindowsManagedDevice(v) => &mut v.device_action_results,
        }
    }
    /// `deviceCategoryDisplayName` of any variant.
    #[inline]
    pub fn device_category_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.device_category_display_name,
            Self::WindowsManagedDevice(v) => &v.device_category_display_name,
        }
    }
    /// `deviceCategoryDisplayName` of any variant.
    #[inline]
    pub fn device_category_display_name_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_category_display_name,
            Self::WindowsManagedDevice(v) => &mut v.device_category_display_name,
        }
    }
    /// `deviceEnrollmentType` of any variant.
    #[inline]
    pub fn device_enrollment_type(
        &self,
    ) -> &rt::Field<crate::beta::DeviceEnrollmentType> {
        match self {
            Self::ManagedDevice(v) => &v.device_enrollment_type,
            Self::WindowsManagedDevice(v) => &v.device_enrollment_type,
        }
    }
    /// `deviceEnrollmentType` of any variant.
    #[inline]
    pub fn device_enrollment_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceEnrollmentType> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_enrollment_type,
            Self::WindowsManagedDevice(v) => &mut v.device_enrollment_type,
        }
    }
    /// `deviceHealthAttestationState` of any variant.
    #[inline]
    pub fn device_health_attestation_state(
        &self,
    ) -> &rt::Field<crate::beta::DeviceHealthAttestationState> {
        match self {
            Self::ManagedDevice(v) => &v.device_health_attestation_state,
            Self::WindowsManagedDevice(v) => &v.device_health_attestation_state,
        }
    }
    /// `deviceHealthAttestationState` of any variant.
    #[inline]
    pub fn device_health_attestation_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceHealthAttestationState> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_health_attestation_state,
            Self::WindowsManagedDevice(v) => &mut v.device_health_attestation_state,
        }
    }
    /// `deviceName` of any variant.
    #[inline]
    pub fn device_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.device_name,
            Self::WindowsManagedDevice(v) => &v.device_name,
        }
    }
    /// `deviceName` of any variant.
    #[inline]
    pub fn device_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_name,
            Self::WindowsManagedDevice(v) => &mut v.device_name,
        }
    }
    /// `deviceRegistrationState` of any variant.
    #[inline]
    pub fn device_registration_state(
        &self,
    ) -> &rt::Field<crate::beta::DeviceRegistrationState> {
        match self {
            Self::ManagedDevice(v) => &v.device_registration_state,
            Self::WindowsManagedDevice(v) => &v.device_registration_state,
        }
    }
    /// `deviceRegistrationState` of any variant.
    #[inline]
    pub fn device_registration_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceRegistrationState> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_registration_state,
            Self::WindowsManagedDevice(v) => &mut v.device_registration_state,
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type(&self) -> &rt::Field<crate::beta::DeviceType> {
        match self {
            Self::ManagedDevice(v) => &v.device_type,
            Self::WindowsManagedDevice(v) => &v.device_type,
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type_mut(&mut self) -> &mut rt::Field<crate::beta::DeviceType> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_type,
            Self::WindowsManagedDevice(v) => &mut v.device_type,
        }
    }
    /// `easActivated` of any variant.
    #[inline]
    pub fn eas_activated(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &v.eas_activated,
            Self::WindowsManagedDevice(v) => &v.eas_activated,
        }
    }
    /// `easActivated` of any variant.
    #[inline]
    pub fn eas_activated_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &mut v.eas_activated,
            Self::WindowsManagedDevice(v) => &mut v.eas_activated,
        }
    }
    /// `easActivationDateTime` of any variant.
    #[inline]
    pub fn eas_activation_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.eas_activation_date_time,
            Self::WindowsManagedDevice(v) => &v.eas_activation_date_time,
        }
    }
    /// `easActivationDateTime` of any variant.
    #[inline]
    pub fn eas_activation_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &mut v.eas_activation_date_time,
            Self::WindowsManagedDevice(v) => &mut v.eas_activation_date_time,
        }
    }
    /// `easDeviceId` of any variant.
    #[inline]
    pub fn eas_device_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.eas_device_id,
            Self::WindowsManagedDevice(v) => &v.eas_device_id,
        }
    }
    /// `easDeviceId` of any variant.
    #[inline]
    pub fn eas_device_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.eas_device_id,
            Self::WindowsManagedDevice(v) => &mut v.eas_device_id,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.email_address,
            Self::WindowsManagedDevice(v) => &v.email_address,
        }
    }
    /// `emailAddress` of any variant.
    #[inline]
    pub fn email_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.email_address,
            Self::WindowsManagedDevice(v) => &mut v.email_address,
        }
    }
    /// `enrolledDateTime` of any variant.
    #[inline]
    pub fn enrolled_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.enrolled_date_time,
            Self::WindowsManagedDevice(v) => &v.enrolled_date_time,
        }
    }
    /// `enrolledDateTime` of any variant.
    #[inline]
    pub fn enrolled_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &mut v.enrolled_date_time,
            Self::WindowsManagedDevice(v) => &mut v.enrolled_date_time,
        }
    }
    /// `ethernetMacAddress` of any variant.
    #[inline]
    pub fn ethernet_mac_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.ethernet_mac_address,
            Self::WindowsManagedDevice(v) => &v.ethernet_mac_address,
        }
    }
    /// `ethernetMacAddress` of any variant.
    #[inline]
    pub fn ethernet_mac_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.ethernet_mac_address,
            Self::WindowsManagedDevice(v) => &mut v.ethernet_mac_address,
        }
    }
    /// `exchangeAccessState` of any variant.
    #[inline]
    pub fn exchange_access_state(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementExchangeAccessState> {
        match self {
            Self::ManagedDevice(v) => &v.exchange_access_state,
            Self::WindowsManagedDevice(v) => &v.exchange_access_state,
        }
    }
    /// `exchangeAccessState` of any variant.
    #[inline]
    pub fn exchange_access_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementExchangeAccessState> {
        match self {
            Self::ManagedDevice(v) => &mut v.exchange_access_state,
            Self::WindowsManagedDevice(v) => &mut v.exchange_access_state,
        }
    }
    /// `exchangeAccessStateReason` of any variant.
    #[inline]
    pub fn exchange_access_state_reason(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementExchangeAccessStateReason> {
        match self {
            Self::ManagedDevice(v) => &v.exchange_access_state_reason,
            Self::WindowsManagedDevice(v) => &v.exchange_access_state_reason,
        }
    }
    /// `exchangeAccessStateReason` of any variant.
    #[inline]
    pub fn exchange_access_state_reason_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementExchangeAccessStateReason> {
        match self {
            Self::ManagedDevice(v) => &mut v.exchange_access_state_reason,
            Self::WindowsManagedDevice(v) => &mut v.exchange_access_state_reason,
        }
    }
    /// `exchangeLastSuccessfulSyncDateTime` of any variant.
    #[inline]
    pub fn exchange_last_successful_sync_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.exchange_last_successful_sync_date_time,
            Self::WindowsManagedDevice(v) => &v.exchange_last_successful_sync_date_time,
        }
    }
    /// `exchangeLastSuccessfulSyncDateTime` of any variant.
    #[inline]
    pub fn exchange_last_successful_sync_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &mut v.exchange_last_successful_sync_date_time,
            Self::WindowsManagedDevice(v) => {
                &mut v.exchange_last_successful_sync_date_time
            }
        }
    }
    /// `freeStorageSpaceInBytes` of any variant.
    #[inline]
    pub fn free_storage_space_in_bytes(&self) -> &rt::Field<i64> {
        match self {
            Self::ManagedDevice(v) => &v.free_storage_space_in_bytes,
            Self::WindowsManagedDevice(v) => &v.free_storage_space_in_bytes,
        }
    }
    /// `freeStorageSpaceInBytes` of any variant.
    #[inline]
    pub fn free_storage_space_in_bytes_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::ManagedDevice(v) => &mut v.free_storage_space_in_bytes,
            Self::WindowsManagedDevice(v) => &mut v.free_storage_space_in_bytes,
        }
    }
    /// `hardwareInformation` of any variant.
    #[inline]
    pub fn hardware_information(&self) -> &rt::Field<crate::beta::HardwareInformation> {
        match self {
            Self::ManagedDevice(v) => &v.hardware_information,
            Self::WindowsManagedDevice(v) => &v.hardware_information,
        }
    }
    /// `hardwareInformation` of any variant.
    #[inline]
    pub fn hardware_information_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::HardwareInformation> {
        match self {
            Self::ManagedDevice(v) => &mut v.hardware_information,
            Self::WindowsManagedDevice(v) => &mut v.hardware_information,
        }
    }
    /// `iccid` of any variant.
    #[inline]
    pub fn iccid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.iccid,
            Self::WindowsManagedDevice(v) => &v.iccid,
        }
    }
    /// `iccid` of any variant.
    #[inline]
    pub fn iccid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.iccid,
            Self::WindowsManagedDevice(v) => &mut v.iccid,
        }
    }
    /// `imei` of any variant.
    #[inline]
    pub fn imei(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.imei,
            Self::WindowsManagedDevice(v) => &v.imei,
        }
    }
    /// `imei` of any variant.
    #[inline]
    pub fn imei_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.imei,
            Self::WindowsManagedDevice(v) => &mut v.imei,
        }
    }
    /// `isEncrypted` of any variant.
    #[inline]
    pub fn is_encrypted(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &v.is_encrypted,
            Self::WindowsManagedDevice(v) => &v.is_encrypted,
        }
    }
    /// `isEncrypted` of any variant.
    #[inline]
    pub fn is_encrypted_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &mut v.is_encrypted,
            Self::WindowsManagedDevice(v) => &mut v.is_encrypted,
        }
    }
    /// `isSupervised` of any variant.
    #[inline]
    pub fn is_supervised(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &v.is_supervised,
            Self::WindowsManagedDevice(v) => &v.is_supervised,
        }
    }
    /// `isSupervised` of any variant.
    #[inline]
    pub fn is_supervised_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &mut v.is_supervised,
            Self::WindowsManagedDevice(v) => &mut v.is_supervised,
        }
    }
    /// `jailBroken` of any variant.
    #[inline]
    pub fn jail_broken(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.jail_broken,
            Self::WindowsManagedDevice(v) => &v.jail_broken,
        }
    }
    /// `jailBroken` of any variant.
    #[inline]
    pub fn jail_broken_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.jail_broken,
            Self::WindowsManagedDevice(v) => &mut v.jail_broken,
        }
    }
    /// `joinType` of any variant.
    #[inline]
    pub fn join_type(&self) -> &rt::Field<crate::beta::JoinType> {
        match self {
            Self::ManagedDevice(v) => &v.join_type,
            Self::WindowsManagedDevice(v) => &v.join_type,
        }
    }
    /// `joinType` of any variant.
    #[inline]
    pub fn join_type_mut(&mut self) -> &mut rt::Field<crate::beta::JoinType> {
        match self {
            Self::ManagedDevice(v) => &mut v.join_type,
            Self::WindowsManagedDevice(v) => &mut v.join_type,
        }
    }
    /// `lastSyncDateTime` of any variant.
    #[inline]
    pub fn last_sync_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.last_sync_date_time,
            Self::WindowsManagedDevice(v) => &v.last_sync_date_time,
        }
    }
    /// `lastSyncDateTime` of any variant.
    #[inline]
    pub fn last_sync_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &mut v.last_sync_date_time,
            Self::WindowsManagedDevice(v) => &mut v.last_sync_date_time,
        }
    }
    /// `lostModeState` of any variant.
    #[inline]
    pub fn lost_mode_state(&self) -> &rt::Field<crate::beta::LostModeState> {
        match self {
            Self::ManagedDevice(v) => &v.lost_mode_state,
            Self::WindowsManagedDevice(v) => &v.lost_mode_state,
        }
    }
    /// `lostModeState` of any variant.
    #[inline]
    pub fn lost_mode_state_mut(&mut self) -> &mut rt::Field<crate::beta::LostModeState> {
        match self {
            Self::ManagedDevice(v) => &mut v.lost_mode_state,
            Self::WindowsManagedDevice(v) => &mut v.lost_mode_state,
        }
    }
    /// `managedDeviceName` of any variant.
    #[inline]
    pub fn managed_device_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.managed_device_name,
            Self::WindowsManagedDevice(v) => &v.managed_device_name,
        }
    }
    /// `managedDeviceName` of any variant.
    #[inline]
    pub fn managed_device_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.managed_device_name,
            Self::WindowsManagedDevice(v) => &mut v.managed_device_name,
        }
    }
    /// `managedDeviceOwnerType` of any variant.
    #[inline]
    pub fn managed_device_owner_type(
        &self,
    ) -> &rt::Field<crate::beta::ManagedDeviceOwnerType> {
        match self {
            Self::ManagedDevice(v) => &v.managed_device_owner_type,
            Self::WindowsManagedDevice(v) => &v.managed_device_owner_type,
        }
    }
    /// `managedDeviceOwnerType` of any variant.
    #[inline]
    pub fn managed_device_owner_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedDeviceOwnerType> {
        match self {
            Self::ManagedDevice(v) => &mut v.managed_device_owner_type,
            Self::WindowsManagedDevice(v) => &mut v.managed_device_owner_type,
        }
    }
    /// `managementAgent` of any variant.
    #[inline]
    pub fn management_agent(&self) -> &rt::Field<crate::beta::ManagementAgentType> {
        match self {
            Self::ManagedDevice(v) => &v.management_agent,
            Self::WindowsManagedDevice(v) => &v.management_agent,
        }
    }
    /// `managementAgent` of any variant.
    #[inline]
    pub fn management_agent_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagementAgentType> {
        match self {
            Self::ManagedDevice(v) => &mut v.management_agent,
            Self::WindowsManagedDevice(v) => &mut v.management_agent,
        }
    }
    /// `managementCertificateExpirationDate` of any variant.
    #[inline]
    pub fn management_certificate_expiration_date(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.management_certificate_expiration_date,
            Self::WindowsManagedDevice(v) => &v.management_certificate_expiration_date,
        }
    }
    /// `managementCertificateExpirationDate` of any variant.
    #[inline]
    pub fn management_certificate_expiration_date_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &mut v.management_certificate_expiration_date,
            Self::WindowsManagedDevice(v) => {
                &mut v.management_certificate_expiration_date
            }
        }
    }
    /// `managementFeatures` of any variant.
    #[inline]
    pub fn management_features(
        &self,
    ) -> &rt::Field<crate::beta::ManagedDeviceManagementFeatures> {
        match self {
            Self::ManagedDevice(v) => &v.management_features,
            Self::WindowsManagedDevice(v) => &v.management_features,
        }
    }
    /// `managementFeatures` of any variant.
    #[inline]
    pub fn management_features_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedDeviceManagementFeatures> {
        match self {
            Self::ManagedDevice(v) => &mut v.management_features,
            Self::WindowsManagedDevice(v) => &mut v.management_features,
        }
    }
    /// `managementState` of any variant.
    #[inline]
    pub fn management_state(&self) -> &rt::Field<crate::beta::ManagementState> {
        match self {
            Self::ManagedDevice(v) => &v.management_state,
            Self::WindowsManagedDevice(v) => &v.management_state,
        }
    }
    /// `managementState` of any variant.
    #[inline]
    pub fn management_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagementState> {
        match self {
            Self::ManagedDevice(v) => &mut v.management_state,
            Self::WindowsManagedDevice(v) => &mut v.management_state,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.manufacturer,
            Self::WindowsManagedDevice(v) => &v.manufacturer,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.manufacturer,
            Self::WindowsManagedDevice(v) => &mut v.manufacturer,
        }
    }
    /// `meid` of any variant.
    #[inline]
    pub fn meid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.meid,
            Self::WindowsManagedDevice(v) => &v.meid,
        }
    }
    /// `meid` of any variant.
    #[inline]
    pub fn meid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.meid,
            Self::WindowsManagedDevice(v) => &mut v.meid,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.model,
            Self::WindowsManagedDevice(v) => &v.model,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.model,
            Self::WindowsManagedDevice(v) => &mut v.model,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.notes,
            Self::WindowsManagedDevice(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.notes,
            Self::WindowsManagedDevice(v) => &mut v.notes,
        }
    }
    /// `operatingSystem` of any variant.
    #[inline]
    pub fn operating_system(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.operating_system,
            Self::WindowsManagedDevice(v) => &v.operating_system,
        }
    }
    /// `operatingSystem` of any variant.
    #[inline]
    pub fn operating_system_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.operating_system,
            Self::WindowsManagedDevice(v) => &mut v.operating_system,
        }
    }
    /// `osVersion` of any variant.
    #[inline]
    pub fn os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.os_version,
            Self::WindowsManagedDevice(v) => &v.os_version,
        }
    }
    /// `osVersion` of any variant.
    #[inline]
    pub fn os_version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.os_version,
            Self::WindowsManagedDevice(v) => &mut v.os_version,
        }
    }
    /// `ownerType` of any variant.
    #[inline]
    pub fn owner_type(&self) -> &rt::Field<crate::beta::OwnerType> {
        match self {
            Self::ManagedDevice(v) => &v.owner_type,
            Self::WindowsManagedDevice(v) => &v.owner_type,
        }
    }
    /// `ownerType` of any variant.
    #[inline]
    pub fn owner_type_mut(&mut self) -> &mut rt::Field<crate::beta::OwnerType> {
        match self {
            Self::ManagedDevice(v) => &mut v.owner_type,
            Self::WindowsManagedDevice(v) => &mut v.owner_type,
        }
    }
    /// `partnerReportedThreatState` of any variant.
    #[inline]
    pub fn partner_reported_threat_state(
        &self,
    ) -> &rt::Field<crate::beta::ManagedDevicePartnerReportedHealthState> {
        match self {
            Self::ManagedDevice(v) => &v.partner_reported_threat_state,
            Self::WindowsManagedDevice(v) => &v.partner_reported_threat_state,
        }
    }
    /// `partnerReportedThreatState` of any variant.
    #[inline]
    pub fn partner_reported_threat_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedDevicePartnerReportedHealthState> {
        match self {
            Self::ManagedDevice(v) => &mut v.partner_reported_threat_state,
            Self::WindowsManagedDevice(v) => &mut v.partner_reported_threat_state,
        }
    }
    /// `phoneNumber` of any variant.
    #[inline]
    pub fn phone_number(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.phone_number,
            Self::WindowsManagedDevice(v) => &v.phone_number,
        }
    }
    /// `phoneNumber` of any variant.
    #[inline]
    pub fn phone_number_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.phone_number,
            Self::WindowsManagedDevice(v) => &mut v.phone_number,
        }
    }
    /// `physicalMemoryInBytes` of any variant.
    #[inline]
    pub fn physical_memory_in_bytes(&self) -> &rt::Field<i64> {
        match self {
            Self::ManagedDevice(v) => &v.physical_memory_in_bytes,
            Self::WindowsManagedDevice(v) => &v.physical_memory_in_bytes,
        }
    }
    /// `physicalMemoryInBytes` of any variant.
    #[inline]
    pub fn physical_memory_in_bytes_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::ManagedDevice(v) => &mut v.physical_memory_in_bytes,
            Self::WindowsManagedDevice(v) => &mut v.physical_memory_in_bytes,
        }
    }
    /// `preferMdmOverGroupPolicyAppliedDateTime` of any variant.
    #[inline]
    pub fn prefer_mdm_over_group_policy_applied_date_time(
        &self,
    ) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.prefer_mdm_over_group_policy_applied_date_time,
            Self::WindowsManagedDevice(v) => {
                &v.prefer_mdm_over_group_policy_applied_date_time
            }
        }
    }
    /// `preferMdmOverGroupPolicyAppliedDateTime` of any variant.
    #[inline]
    pub fn prefer_mdm_over_group_policy_applied_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => {
                &mut v.prefer_mdm_over_group_policy_applied_date_time
            }
            Self::WindowsManagedDevice(v) => {
                &mut v.prefer_mdm_over_group_policy_applied_date_time
            }
        }
    }
    /// `processorArchitecture` of any variant.
    #[inline]
    pub fn processor_architecture(
        &self,
    ) -> &rt::Field<crate::beta::ManagedDeviceArchitecture> {
        match self {
            Self::ManagedDevice(v) => &v.processor_architecture,
            Self::WindowsManagedDevice(v) => &v.processor_architecture,
        }
    }
    /// `processorArchitecture` of any variant.
    #[inline]
    pub fn processor_architecture_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedDeviceArchitecture> {
        match self {
            Self::ManagedDevice(v) => &mut v.processor_architecture,
            Self::WindowsManagedDevice(v) => &mut v.processor_architecture,
        }
    }
    /// `remoteAssistanceSessionErrorDetails` of any variant.
    #[inline]
    pub fn remote_assistance_session_error_details(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.remote_assistance_session_error_details,
            Self::WindowsManagedDevice(v) => &v.remote_assistance_session_error_details,
        }
    }
    /// `remoteAssistanceSessionErrorDetails` of any variant.
    #[inline]
    pub fn remote_assistance_session_error_details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.remote_assistance_session_error_details,
            Self::WindowsManagedDevice(v) => {
                &mut v.remote_assistance_session_error_details
            }
        }
    }
    /// `remoteAssistanceSessionUrl` of any variant.
    #[inline]
    pub fn remote_assistance_session_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.remote_assistance_session_url,
            Self::WindowsManagedDevice(v) => &v.remote_assistance_session_url,
        }
    }
    /// `remoteAssistanceSessionUrl` of any variant.
    #[inline]
    pub fn remote_assistance_session_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.remote_assistance_session_url,
            Self::WindowsManagedDevice(v) => &mut v.remote_assistance_session_url,
        }
    }
    /// `requireUserEnrollmentApproval` of any variant.
    #[inline]
    pub fn require_user_enrollment_approval(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &v.require_user_enrollment_approval,
            Self::WindowsManagedDevice(v) => &v.require_user_enrollment_approval,
        }
    }
    /// `requireUserEnrollmentApproval` of any variant.
    #[inline]
    pub fn require_user_enrollment_approval_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedDevice(v) => &mut v.require_user_enrollment_approval,
            Self::WindowsManagedDevice(v) => &mut v.require_user_enrollment_approval,
        }
    }
    /// `retireAfterDateTime` of any variant.
    #[inline]
    pub fn retire_after_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &v.retire_after_date_time,
            Self::WindowsManagedDevice(v) => &v.retire_after_date_time,
        }
    }
    /// `retireAfterDateTime` of any variant.
    #[inline]
    pub fn retire_after_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedDevice(v) => &mut v.retire_after_date_time,
            Self::WindowsManagedDevice(v) => &mut v.retire_after_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDevice(v) => &v.role_scope_tag_ids,
            Self::WindowsManagedDevice(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedDevice(v) => &mut v.role_scope_tag_ids,
            Self::WindowsManagedDevice(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `serialNumber` of any variant.
    #[inline]
    pub fn serial_number(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.serial_number,
            Self::WindowsManagedDevice(v) => &v.serial_number,
        }
    }
    /// `serialNumber` of any variant.
    #[inline]
    pub fn serial_number_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.serial_number,
            Self::WindowsManagedDevice(v) => &mut v.serial_number,
        }
    }
    /// `skuFamily` of any variant.
    #[inline]
    pub fn sku_family(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.sku_family,
            Self::WindowsManagedDevice(v) => &v.sku_family,
        }
    }
    /// `skuFamily` of any variant.
    #[inline]
    pub fn sku_family_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.sku_family,
            Self::WindowsManagedDevice(v) => &mut v.sku_family,
        }
    }
    /// `skuNumber` of any variant.
    #[inline]
    pub fn sku_number(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedDevice(v) => &v.sku_number,
            Self::WindowsManagedDevice(v) => &v.sku_number,
        }
    }
    /// `skuNumber` of any variant.
    #[inline]
    pub fn sku_number_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedDevice(v) => &mut v.sku_number,
            Self::WindowsManagedDevice(v) => &mut v.sku_number,
        }
    }
    /// `specificationVersion` of any variant.
    #[inline]
    pub fn specification_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.specification_version,
            Self::WindowsManagedDevice(v) => &v.specification_version,
        }
    }
    /// `specificationVersion` of any variant.
    #[inline]
    pub fn specification_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.specification_version,
            Self::WindowsManagedDevice(v) => &mut v.specification_version,
        }
    }
    /// `subscriberCarrier` of any variant.
    #[inline]
    pub fn subscriber_carrier(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.subscriber_carrier,
            Self::WindowsManagedDevice(v) => &v.subscriber_carrier,
        }
    }
    /// `subscriberCarrier` of any variant.
    #[inline]
    pub fn subscriber_carrier_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.subscriber_carrier,
            Self::WindowsManagedDevice(v) => &mut v.subscriber_carrier,
        }
    }
    /// `totalStorageSpaceInBytes` of any variant.
    #[inline]
    pub fn total_storage_space_in_bytes(&self) -> &rt::Field<i64> {
        match self {
            Self::ManagedDevice(v) => &v.total_storage_space_in_bytes,
            Self::WindowsManagedDevice(v) => &v.total_storage_space_in_bytes,
        }
    }
    /// `totalStorageSpaceInBytes` of any variant.
    #[inline]
    pub fn total_storage_space_in_bytes_mut(&mut self) -> &mut rt::Field<i64> {
        match self {
            Self::ManagedDevice(v) => &mut v.total_storage_space_in_bytes,
            Self::WindowsManagedDevice(v) => &mut v.total_storage_space_in_bytes,
        }
    }
    /// `udid` of any variant.
    #[inline]
    pub fn udid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.udid,
            Self::WindowsManagedDevice(v) => &v.udid,
        }
    }
    /// `udid` of any variant.
    #[inline]
    pub fn udid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.udid,
            Self::WindowsManagedDevice(v) => &mut v.udid,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.user_display_name,
            Self::WindowsManagedDevice(v) => &v.user_display_name,
        }
    }
    /// `userDisplayName` of any variant.
    #[inline]
    pub fn user_display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.user_display_name,
            Self::WindowsManagedDevice(v) => &mut v.user_display_name,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.user_id,
            Self::WindowsManagedDevice(v) => &v.user_id,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.user_id,
            Self::WindowsManagedDevice(v) => &mut v.user_id,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.user_principal_name,
            Self::WindowsManagedDevice(v) => &v.user_principal_name,
        }
    }
    /// `userPrincipalName` of any variant.
    #[inline]
    pub fn user_principal_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.user_principal_name,
            Self::WindowsManagedDevice(v) => &mut v.user_principal_name,
        }
    }
    /// `usersLoggedOn` of any variant.
    #[inline]
    pub fn users_logged_on(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::LoggedOnUser>> {
        match self {
            Self::ManagedDevice(v) => &v.users_logged_on,
            Self::WindowsManagedDevice(v) => &v.users_logged_on,
        }
    }
    /// `usersLoggedOn` of any variant.
    #[inline]
    pub fn users_logged_on_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::LoggedOnUser>> {
        match self {
            Self::ManagedDevice(v) => &mut v.users_logged_on,
            Self::WindowsManagedDevice(v) => &mut v.users_logged_on,
        }
    }
    /// `wiFiMacAddress` of any variant.
    #[inline]
    pub fn wi_fi_mac_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &v.wi_fi_mac_address,
            Self::WindowsManagedDevice(v) => &v.wi_fi_mac_address,
        }
    }
    /// `wiFiMacAddress` of any variant.
    #[inline]
    pub fn wi_fi_mac_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedDevice(v) => &mut v.wi_fi_mac_address,
            Self::WindowsManagedDevice(v) => &mut v.wi_fi_mac_address,
        }
    }
    /// `windowsActiveMalwareCount` of any variant.
    #[inline]
    pub fn windows_active_malware_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedDevice(v) => &v.windows_active_malware_count,
            Self::WindowsManagedDevice(v) => &v.windows_active_malware_count,
        }
    }
    /// `windowsActiveMalwareCount` of any variant.
    #[inline]
    pub fn windows_active_malware_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedDevice(v) => &mut v.windows_active_malware_count,
            Self::WindowsManagedDevice(v) => &mut v.windows_active_malware_count,
        }
    }
    /// `windowsRemediatedMalwareCount` of any variant.
    #[inline]
    pub fn windows_remediated_malware_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedDevice(v) => &v.windows_remediated_malware_count,
            Self::WindowsManagedDevice(v) => &v.windows_remediated_malware_count,
        }
    }
    /// `windowsRemediatedMalwareCount` of any variant.
    #[inline]
    pub fn windows_remediated_malware_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedDevice(v) => &mut v.windows_remediated_malware_count,
            Self::WindowsManagedDevice(v) => &mut v.windows_remediated_malware_count,
        }
    }
    /// `assignmentFilterEvaluationStatusDetails` of any variant.
    #[inline]
    pub fn assignment_filter_evaluation_status_details(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::AssignmentFilterEvaluationStatusDetails>,
    > {
        match self {
            Self::ManagedDevice(v) => &v.assignment_filter_evaluation_status_details,
            Self::WindowsManagedDevice(v) => {
                &v.assignment_filter_evaluation_status_details
            }
        }
    }
    /// `assignmentFilterEvaluationStatusDetails` of any variant.
    #[inline]
    pub fn assignment_filter_evaluation_status_details_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::AssignmentFilterEvaluationStatusDetails>,
    > {
        match self {
            Self::ManagedDevice(v) => &mut v.assignment_filter_evaluation_status_details,
            Self::WindowsManagedDevice(v) => {
                &mut v.assignment_filter_evaluation_status_details
            }
        }
    }
    /// `deviceCompliancePolicyStates` of any variant.
    #[inline]
    pub fn device_compliance_policy_states(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceCompliancePolicyState>> {
        match self {
            Self::ManagedDevice(v) => &v.device_compliance_policy_states,
            Self::WindowsManagedDevice(v) => &v.device_compliance_policy_states,
        }
    }
    /// `deviceCompliancePolicyStates` of any variant.
    #[inline]
    pub fn device_compliance_policy_states_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceCompliancePolicyState>> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_compliance_policy_states,
            Self::WindowsManagedDevice(v) => &mut v.device_compliance_policy_states,
        }
    }
    /// `deviceConfigurationStates` of any variant.
    #[inline]
    pub fn device_configuration_states(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationState>> {
        match self {
            Self::ManagedDevice(v) => &v.device_configuration_states,
            Self::WindowsManagedDevice(v) => &v.device_configuration_states,
        }
    }
    /// `deviceConfigurationStates` of any variant.
    #[inline]
    pub fn device_configuration_states_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationState>> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_configuration_states,
            Self::WindowsManagedDevice(v) => &mut v.device_configuration_states,
        }
    }
    /// `managedDeviceMobileAppConfigurationStates` of any variant.
    #[inline]
    pub fn managed_device_mobile_app_configuration_states(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationState>,
    > {
        match self {
            Self::ManagedDevice(v) => &v.managed_device_mobile_app_configuration_states,
            Self::WindowsManagedDevice(v) => {
                &v.managed_device_mobile_app_configuration_states
            }
        }
    }
    /// `managedDeviceMobileAppConfigurationStates` of any variant.
    #[inline]
    pub fn managed_device_mobile_app_configuration_states_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceMobileAppConfigurationState>,
    > {
        match self {
            Self::ManagedDevice(v) => {
                &mut v.managed_device_mobile_app_configuration_states
            }
            Self::WindowsManagedDevice(v) => {
                &mut v.managed_device_mobile_app_configuration_states
            }
        }
    }
    /// `securityBaselineStates` of any variant.
    #[inline]
    pub fn security_baseline_states(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SecurityBaselineState>> {
        match self {
            Self::ManagedDevice(v) => &v.security_baseline_states,
            Self::WindowsManagedDevice(v) => &v.security_baseline_states,
        }
    }
    /// `securityBaselineStates` of any variant.
    #[inline]
    pub fn security_baseline_states_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SecurityBaselineState>> {
        match self {
            Self::ManagedDevice(v) => &mut v.security_baseline_states,
            Self::WindowsManagedDevice(v) => &mut v.security_baseline_states,
        }
    }
    /// `detectedApps` of any variant.
    ///
    /// Features: `beta`, or one of `beta-device-management`, `beta-search`.
    #[cfg(msgraph_beta_device_management_or_search)]
    #[inline]
    pub fn detected_apps(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DetectedApp>> {
        match self {
            Self::ManagedDevice(v) => &v.detected_apps,
            Self::WindowsManagedDevice(v) => &v.detected_apps,
        }
    }
    /// `detectedApps` of any variant.
    ///
    /// Features: `beta`, or one of `beta-device-management`, `beta-search`.
    #[cfg(msgraph_beta_device_management_or_search)]
    #[inline]
    pub fn detected_apps_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DetectedApp>> {
        match self {
            Self::ManagedDevice(v) => &mut v.detected_apps,
            Self::WindowsManagedDevice(v) => &mut v.detected_apps,
        }
    }
    /// `deviceCategory` of any variant.
    #[inline]
    pub fn device_category(&self) -> &rt::Field<crate::beta::DeviceCategory> {
        match self {
            Self::ManagedDevice(v) => &v.device_category,
            Self::WindowsManagedDevice(v) => &v.device_category,
        }
    }
    /// `deviceCategory` of any variant.
    #[inline]
    pub fn device_category_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceCategory> {
        match self {
            Self::ManagedDevice(v) => &mut v.device_category,
            Self::WindowsManagedDevice(v) => &mut v.device_category,
        }
    }
    /// `logCollectionRequests` of any variant.
    #[inline]
    pub fn log_collection_requests(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceLogCollectionResponse>> {
        match self {
            Self::ManagedDevice(v) => &v.log_collection_requests,
            Self::WindowsManagedDevice(v) => &v.log_collection_requests,
        }
    }
    /// `logCollectionRequests` of any variant.
    #[inline]
    pub fn log_collection_requests_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceLogCollectionResponse>> {
        match self {
            Self::ManagedDevice(v) => &mut v.log_collection_requests,
            Self::WindowsManagedDevice(v) => &mut v.log_collection_requests,
        }
    }
    /// `users` of any variant.
    #[inline]
    pub fn users(&self) -> &rt::Field<::std::vec::Vec<crate::beta::User>> {
        match self {
            Self::ManagedDevice(v) => &v.users,
            Self::WindowsManagedDevice(v) => &v.users,
        }
    }
    /// `users` of any variant.
    #[inline]
    pub fn users_mut(&mut self) -> &mut rt::Field<::std::vec::Vec<crate::beta::User>> {
        match self {
            Self::ManagedDevice(v) => &mut v.users,
            Self::WindowsManagedDevice(v) => &mut v.users,
        }
    }
    /// `windowsProtectionState` of any variant.
    #[inline]
    pub fn windows_protection_state(
        &self,
    ) -> &rt::Field<crate::beta::WindowsProtectionState> {
        match self {
            Self::ManagedDevice(v) => &v.windows_protection_state,
            Self::WindowsManagedDevice(v) => &v.windows_protection_state,
        }
    }
    /// `windowsProtectionState` of any variant.
    #[inline]
    pub fn windows_protection_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WindowsProtectionState> {
        match self {
            Self::ManagedDevice(v) => &mut v.windows_protection_state,
            Self::WindowsManagedDevice(v) => &mut v.windows_protection_state,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyManagedDevice);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedDevice);
