//! Types of `microsoft.graph` by the first letters of their names (`windowsm_windowsw`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// Windows devices that are managed or pre-enrolled through Intune
///
/// CSDL: `microsoft.graph.windowsManagedDevice`, entity type, derived from `microsoft.graph.managedDevice`, key `id`.
///
/// Request builders: [`ManagedDevicePath`](requests/trait.ManagedDevicePath.html), what a path to one (`EntityPath<WindowsManagedDevice, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct WindowsManagedDevice {
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
impl ::std::default::Default for WindowsManagedDevice {
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
impl rt::Object for WindowsManagedDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsManagedDevice";
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
    const TAG: &'static str = "\"#microsoft.graph.windowsManagedDevice\"";
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
impl rt::object::Members for WindowsManagedDevice {
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
rt::impl_object!(WindowsManagedDevice);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    WindowsManagedDevice { with_id id : ::std::string::String;
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
rt::impl_serde!(WindowsManagedDevice);
#[cfg(msgraph_beta_device_management_or_search)]
/// Base Windows Phone 8.1+ certificate profile.
///
/// CSDL: `microsoft.graph.windowsPhone81CertificateProfileBase`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyWindowsPhone81CertificateProfileBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81CertificateProfileBase {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Scale for the Certificate Validity Period.
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validtiy Period.
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// Key Storage Provider (KSP).
    ///
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// Certificate renewal threshold percentage.
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name Type.
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, not nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81CertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            certificate_validity_period_scale: rt::Field::Absent,
            certificate_validity_period_value: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            key_storage_provider: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhone81CertificateProfileBase {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81CertificateProfileBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "certificateValidityPeriodScale",
        "certificateValidityPeriodValue",
        "extendedKeyUsages",
        "keyStorageProvider",
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81CertificateProfileBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "extended_key_usages", &self.extended_key_usages);
        v.field(21usize, "key_storage_provider", &self.key_storage_provider);
        v.field(
            22usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            23usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(24usize, "subject_name_format", &self.subject_name_format);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhone81CertificateProfileBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.certificate_validity_period_scale.read_from(r),
            19usize => self.certificate_validity_period_value.read_from(r),
            20usize => self.extended_key_usages.read_from(r),
            21usize => self.key_storage_provider.read_from(r),
            22usize => self.renewal_threshold_percentage.read_from(r),
            23usize => self.subject_alternative_name_type.read_from(r),
            24usize => self.subject_name_format.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.certificate_validity_period_scale);
        w.field(19usize, &self.certificate_validity_period_value);
        w.field(20usize, &self.extended_key_usages);
        w.field(21usize, &self.key_storage_provider);
        w.field(22usize, &self.renewal_threshold_percentage);
        w.field(23usize, &self.subject_alternative_name_type);
        w.field(24usize, &self.subject_name_format);
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
rt::impl_object!(WindowsPhone81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81CertificateProfileBase { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_certificate_validity_period_scale certificate_validity_period_scale : crate
    ::beta::CertificateValidityPeriodScale; with_certificate_validity_period_value
    certificate_validity_period_value : i32; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >; with_key_storage_provider
    key_storage_provider : crate ::beta::KeyStorageProviderOption;
    with_renewal_threshold_percentage renewal_threshold_percentage : i32;
    with_subject_alternative_name_type subject_alternative_name_type : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >; with_subject_name_format subject_name_format :
    crate ::beta::SubjectNameFormat; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsPhone81CertificateProfileBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsPhone81CertificateProfileBase {
    WindowsPhone81CertificateProfileBase(
        ::std::boxed::Box<crate::beta::WindowsPhone81CertificateProfileBase>,
    ),
    WindowsPhone81ScepCertificateProfile(
        ::std::boxed::Box<crate::beta::WindowsPhone81ScepCertificateProfile>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsPhone81CertificateProfileBase {
    #[inline]
    fn default() -> Self {
        Self::WindowsPhone81CertificateProfileBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81CertificateProfileBase>
for AnyWindowsPhone81CertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81CertificateProfileBase) -> Self {
        Self::WindowsPhone81CertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81ScepCertificateProfile>
for AnyWindowsPhone81CertificateProfileBase {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81ScepCertificateProfile) -> Self {
        Self::WindowsPhone81ScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsPhone81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsPhone81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsPhone81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsPhone81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsPhone81CertificateProfileBase {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsPhone81CertificateProfileBase>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81ScepCertificateProfile>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsPhone81CertificateProfileBase {
    const BASE_NAME: &'static str = "microsoft.graph.windowsPhone81CertificateProfileBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81SCEPCertificateProfile",
            ) => Self::WindowsPhone81ScepCertificateProfile(rt::object::new_boxed()),
            _ => Self::WindowsPhone81CertificateProfileBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &**v,
            Self::WindowsPhone81ScepCertificateProfile(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut **v,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsPhone81CertificateProfileBase {
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
            Self::WindowsPhone81CertificateProfileBase(v) => &v.id,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.id,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.created_date_time,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.created_date_time,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.description,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.description,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.display_name,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.display_name,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.last_modified_date_time,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.last_modified_date_time
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.supports_scope_tags,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.version,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.version,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.assignments,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.assignments,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.device_setting_state_summaries
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.device_setting_state_summaries
            }
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_setting_state_summaries
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.device_statuses,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.device_statuses,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.device_status_overview,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.device_status_overview
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.device_status_overview
            }
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.group_assignments,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.group_assignments,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    > {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.group_assignments,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.user_statuses,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.user_statuses,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.user_status_overview,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.user_status_overview,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.user_status_overview,
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale(
        &self,
    ) -> &rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.certificate_validity_period_scale
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodScale` of any variant.
    #[inline]
    pub fn certificate_validity_period_scale_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::CertificateValidityPeriodScale> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_scale
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_scale
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.certificate_validity_period_value
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.certificate_validity_period_value
            }
        }
    }
    /// `certificateValidityPeriodValue` of any variant.
    #[inline]
    pub fn certificate_validity_period_value_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.certificate_validity_period_value
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.certificate_validity_period_value
            }
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.extended_key_usages,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.extended_key_usages,
        }
    }
    /// `extendedKeyUsages` of any variant.
    #[inline]
    pub fn extended_key_usages_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.extended_key_usages,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.extended_key_usages,
        }
    }
    /// `keyStorageProvider` of any variant.
    #[inline]
    pub fn key_storage_provider(
        &self,
    ) -> &rt::Field<crate::beta::KeyStorageProviderOption> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.key_storage_provider,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.key_storage_provider,
        }
    }
    /// `keyStorageProvider` of any variant.
    #[inline]
    pub fn key_storage_provider_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::KeyStorageProviderOption> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.key_storage_provider,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.key_storage_provider,
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.renewal_threshold_percentage
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.renewal_threshold_percentage
            }
        }
    }
    /// `renewalThresholdPercentage` of any variant.
    #[inline]
    pub fn renewal_threshold_percentage_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.renewal_threshold_percentage
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.renewal_threshold_percentage
            }
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &v.subject_alternative_name_type
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &v.subject_alternative_name_type
            }
        }
    }
    /// `subjectAlternativeNameType` of any variant.
    #[inline]
    pub fn subject_alternative_name_type_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::SubjectAlternativeNameType>> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => {
                &mut v.subject_alternative_name_type
            }
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                &mut v.subject_alternative_name_type
            }
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format(&self) -> &rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &v.subject_name_format,
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.subject_name_format,
        }
    }
    /// `subjectNameFormat` of any variant.
    #[inline]
    pub fn subject_name_format_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::SubjectNameFormat> {
        match self {
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.subject_name_format,
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.subject_name_format,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsPhone81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsPhone81CertificateProfileBase);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windowsPhone81CustomConfiguration resource.
///
/// CSDL: `microsoft.graph.windowsPhone81CustomConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsPhone81CustomConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81CustomConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// OMA settings. This collection can contain a maximum of 1000 elements.
    ///
    /// CSDL: property `omaSettings`: `Collection(microsoft.graph.omaSetting)`, nullable.
    pub oma_settings: rt::Field<::std::vec::Vec<crate::beta::AnyOmaSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81CustomConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            oma_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhone81CustomConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81CustomConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "omaSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"omaSettings\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81CustomConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "oma_settings", &self.oma_settings);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhone81CustomConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.oma_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.oma_settings);
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
rt::impl_object!(WindowsPhone81CustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81CustomConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_oma_settings oma_settings : ::std::vec::Vec < crate ::beta::AnyOmaSetting >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81CustomConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the windowsPhone81GeneralConfiguration resource.
///
/// CSDL: `microsoft.graph.windowsPhone81GeneralConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsPhone81GeneralConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81GeneralConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Value indicating whether this policy only applies to Windows Phone 8.1. This property is read-only.
    ///
    /// CSDL: property `applyOnlyToWindowsPhone81`: `Edm.Boolean`, not nullable.
    pub apply_only_to_windows_phone81: rt::Field<bool>,
    /// Indicates whether or not to block copy paste.
    ///
    /// CSDL: property `appsBlockCopyPaste`: `Edm.Boolean`, not nullable.
    pub apps_block_copy_paste: rt::Field<bool>,
    /// Indicates whether or not to block bluetooth.
    ///
    /// CSDL: property `bluetoothBlocked`: `Edm.Boolean`, not nullable.
    pub bluetooth_blocked: rt::Field<bool>,
    /// Indicates whether or not to block camera.
    ///
    /// CSDL: property `cameraBlocked`: `Edm.Boolean`, not nullable.
    pub camera_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi tethering. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `cellularBlockWifiTethering`: `Edm.Boolean`, not nullable.
    pub cellular_block_wifi_tethering: rt::Field<bool>,
    /// List that is in the AppComplianceList.
    ///
    /// CSDL: property `compliantAppListType`: `microsoft.graph.appListType`, not nullable.
    pub compliant_app_list_type: rt::Field<crate::beta::AppListType>,
    /// List of apps in the compliance (either allow list or block list, controlled by CompliantAppListType). This collection can contain a maximum of 10000 elements.
    ///
    /// CSDL: property `compliantAppsList`: `Collection(microsoft.graph.appListItem)`, nullable.
    pub compliant_apps_list: rt::Field<::std::vec::Vec<crate::beta::AnyAppListItem>>,
    /// Indicates whether or not to block diagnostic data submission.
    ///
    /// CSDL: property `diagnosticDataBlockSubmission`: `Edm.Boolean`, not nullable.
    pub diagnostic_data_block_submission: rt::Field<bool>,
    /// Indicates whether or not to block custom email accounts.
    ///
    /// CSDL: property `emailBlockAddingAccounts`: `Edm.Boolean`, not nullable.
    pub email_block_adding_accounts: rt::Field<bool>,
    /// Indicates whether or not to block location services.
    ///
    /// CSDL: property `locationServicesBlocked`: `Edm.Boolean`, not nullable.
    pub location_services_blocked: rt::Field<bool>,
    /// Indicates whether or not to block using a Microsoft Account.
    ///
    /// CSDL: property `microsoftAccountBlocked`: `Edm.Boolean`, not nullable.
    pub microsoft_account_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Near-Field Communication.
    ///
    /// CSDL: property `nfcBlocked`: `Edm.Boolean`, not nullable.
    pub nfc_blocked: rt::Field<bool>,
    /// Indicates whether or not to block syncing the calendar.
    ///
    /// CSDL: property `passwordBlockSimple`: `Edm.Boolean`, not nullable.
    pub password_block_simple: rt::Field<bool>,
    /// Number of days before the password expires.
    ///
    /// CSDL: property `passwordExpirationDays`: `Edm.Int32`, nullable.
    pub password_expiration_days: rt::Field<i32>,
    /// Number of character sets a password must contain.
    ///
    /// CSDL: property `passwordMinimumCharacterSetCount`: `Edm.Int32`, nullable.
    pub password_minimum_character_set_count: rt::Field<i32>,
    /// Minimum length of passwords.
    ///
    /// CSDL: property `passwordMinimumLength`: `Edm.Int32`, nullable.
    pub password_minimum_length: rt::Field<i32>,
    /// Minutes of inactivity before screen timeout.
    ///
    /// CSDL: property `passwordMinutesOfInactivityBeforeScreenTimeout`: `Edm.Int32`, nullable.
    pub password_minutes_of_inactivity_before_screen_timeout: rt::Field<i32>,
    /// Number of previous passwords to block. Valid values 0 to 24
    ///
    /// CSDL: property `passwordPreviousPasswordBlockCount`: `Edm.Int32`, nullable.
    pub password_previous_password_block_count: rt::Field<i32>,
    /// Indicates whether or not to require a password.
    ///
    /// CSDL: property `passwordRequired`: `Edm.Boolean`, not nullable.
    pub password_required: rt::Field<bool>,
    /// Password type that is required.
    ///
    /// CSDL: property `passwordRequiredType`: `microsoft.graph.requiredPasswordType`, not nullable.
    pub password_required_type: rt::Field<crate::beta::RequiredPasswordType>,
    /// Number of sign in failures allowed before factory reset.
    ///
    /// CSDL: property `passwordSignInFailureCountBeforeFactoryReset`: `Edm.Int32`, nullable.
    pub password_sign_in_failure_count_before_factory_reset: rt::Field<i32>,
    /// Indicates whether or not to block screenshots.
    ///
    /// CSDL: property `screenCaptureBlocked`: `Edm.Boolean`, not nullable.
    pub screen_capture_blocked: rt::Field<bool>,
    /// Indicates whether or not to block removable storage.
    ///
    /// CSDL: property `storageBlockRemovableStorage`: `Edm.Boolean`, not nullable.
    pub storage_block_removable_storage: rt::Field<bool>,
    /// Indicates whether or not to require encryption.
    ///
    /// CSDL: property `storageRequireEncryption`: `Edm.Boolean`, not nullable.
    pub storage_require_encryption: rt::Field<bool>,
    /// Indicates whether or not to block the web browser.
    ///
    /// CSDL: property `webBrowserBlocked`: `Edm.Boolean`, not nullable.
    pub web_browser_blocked: rt::Field<bool>,
    /// Indicates whether or not to block automatically connecting to Wi-Fi hotspots. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `wifiBlockAutomaticConnectHotspots`: `Edm.Boolean`, not nullable.
    pub wifi_block_automatic_connect_hotspots: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi.
    ///
    /// CSDL: property `wifiBlocked`: `Edm.Boolean`, not nullable.
    pub wifi_blocked: rt::Field<bool>,
    /// Indicates whether or not to block Wi-Fi hotspot reporting. Has no impact if Wi-Fi is blocked.
    ///
    /// CSDL: property `wifiBlockHotspotReporting`: `Edm.Boolean`, not nullable.
    pub wifi_block_hotspot_reporting: rt::Field<bool>,
    /// Indicates whether or not to block the Windows Store.
    ///
    /// CSDL: property `windowsStoreBlocked`: `Edm.Boolean`, not nullable.
    pub windows_store_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81GeneralConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            apply_only_to_windows_phone81: rt::Field::Absent,
            apps_block_copy_paste: rt::Field::Absent,
            bluetooth_blocked: rt::Field::Absent,
            camera_blocked: rt::Field::Absent,
            cellular_block_wifi_tethering: rt::Field::Absent,
            compliant_app_list_type: rt::Field::Absent,
            compliant_apps_list: rt::Field::Absent,
            diagnostic_data_block_submission: rt::Field::Absent,
            email_block_adding_accounts: rt::Field::Absent,
            location_services_blocked: rt::Field::Absent,
            microsoft_account_blocked: rt::Field::Absent,
            nfc_blocked: rt::Field::Absent,
            password_block_simple: rt::Field::Absent,
            password_expiration_days: rt::Field::Absent,
            password_minimum_character_set_count: rt::Field::Absent,
            password_minimum_length: rt::Field::Absent,
            password_minutes_of_inactivity_before_screen_timeout: rt::Field::Absent,
            password_previous_password_block_count: rt::Field::Absent,
            password_required: rt::Field::Absent,
            password_required_type: rt::Field::Absent,
            password_sign_in_failure_count_before_factory_reset: rt::Field::Absent,
            screen_capture_blocked: rt::Field::Absent,
            storage_block_removable_storage: rt::Field::Absent,
            storage_require_encryption: rt::Field::Absent,
            web_browser_blocked: rt::Field::Absent,
            wifi_block_automatic_connect_hotspots: rt::Field::Absent,
            wifi_blocked: rt::Field::Absent,
            wifi_block_hotspot_reporting: rt::Field::Absent,
            windows_store_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhone81GeneralConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81GeneralConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "applyOnlyToWindowsPhone81",
        "appsBlockCopyPaste",
        "bluetoothBlocked",
        "cameraBlocked",
        "cellularBlockWifiTethering",
        "compliantAppListType",
        "compliantAppsList",
        "diagnosticDataBlockSubmission",
        "emailBlockAddingAccounts",
        "locationServicesBlocked",
        "microsoftAccountBlocked",
        "nfcBlocked",
        "passwordBlockSimple",
        "passwordExpirationDays",
        "passwordMinimumCharacterSetCount",
        "passwordMinimumLength",
        "passwordMinutesOfInactivityBeforeScreenTimeout",
        "passwordPreviousPasswordBlockCount",
        "passwordRequired",
        "passwordRequiredType",
        "passwordSignInFailureCountBeforeFactoryReset",
        "screenCaptureBlocked",
        "storageBlockRemovableStorage",
        "storageRequireEncryption",
        "webBrowserBlocked",
        "wifiBlockAutomaticConnectHotspots",
        "wifiBlocked",
        "wifiBlockHotspotReporting",
        "windowsStoreBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"applyOnlyToWindowsPhone81\":    ",
        ",\"appsBlockCopyPaste\":           ",
        ",\"bluetoothBlocked\":             ",
        ",\"cameraBlocked\":                ",
        ",\"cellularBlockWifiTethering\":   ",
        ",\"compliantAppListType\":         ",
        ",\"compliantAppsList\":            ",
        ",\"diagnosticDataBlockSubmission\":",
        ",\"emailBlockAddingAccounts\":     ",
        ",\"locationServicesBlocked\":      ",
        ",\"microsoftAccountBlocked\":      ",
        ",\"nfcBlocked\":                   ",
        ",\"passwordBlockSimple\":          ",
        ",\"passwordExpirationDays\":       ",
        ",\"passwordMinimumCharacterSetCount\":",
        ",\"passwordMinimumLength\":        ",
        ",\"passwordMinutesOfInactivityBeforeScreenTimeout\":",
        ",\"passwordPreviousPasswordBlockCount\":",
        ",\"passwordRequired\":             ",
        ",\"passwordRequiredType\":         ",
        ",\"passwordSignInFailureCountBeforeFactoryReset\":",
        ",\"screenCaptureBlocked\":         ",
        ",\"storageBlockRemovableStorage\": ",
        ",\"storageRequireEncryption\":     ",
        ",\"webBrowserBlocked\":            ",
        ",\"wifiBlockAutomaticConnectHotspots\":",
        ",\"wifiBlocked\":                  ",
        ",\"wifiBlockHotspotReporting\":    ",
        ",\"windowsStoreBlocked\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81GeneralConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(
            18usize,
            "apply_only_to_windows_phone81",
            &self.apply_only_to_windows_phone81,
        );
        v.field(19usize, "apps_block_copy_paste", &self.apps_block_copy_paste);
        v.field(20usize, "bluetooth_blocked", &self.bluetooth_blocked);
        v.field(21usize, "camera_blocked", &self.camera_blocked);
        v.field(
            22usize,
            "cellular_block_wifi_tethering",
            &self.cellular_block_wifi_tethering,
        );
        v.field(23usize, "compliant_app_list_type", &self.compliant_app_list_type);
        v.field(24usize, "compliant_apps_list", &self.compliant_apps_list);
        v.field(
            25usize,
            "diagnostic_data_block_submission",
            &self.diagnostic_data_block_submission,
        );
        v.field(
            26usize,
            "email_block_adding_accounts",
            &self.email_block_adding_accounts,
        );
        v.field(27usize, "location_services_blocked", &self.location_services_blocked);
        v.field(28usize, "microsoft_account_blocked", &self.microsoft_account_blocked);
        v.field(29usize, "nfc_blocked", &self.nfc_blocked);
        v.field(30usize, "password_block_simple", &self.password_block_simple);
        v.field(31usize, "password_expiration_days", &self.password_expiration_days);
        v.field(
            32usize,
            "password_minimum_character_set_count",
            &self.password_minimum_character_set_count,
        );
        v.field(33usize, "password_minimum_length", &self.password_minimum_length);
        v.field(
            34usize,
            "password_minutes_of_inactivity_before_screen_timeout",
            &self.password_minutes_of_inactivity_before_screen_timeout,
        );
        v.field(
            35usize,
            "password_previous_password_block_count",
            &self.password_previous_password_block_count,
        );
        v.field(36usize, "password_required", &self.password_required);
        v.field(37usize, "password_required_type", &self.password_required_type);
        v.field(
            38usize,
            "password_sign_in_failure_count_before_factory_reset",
            &self.password_sign_in_failure_count_before_factory_reset,
        );
        v.field(39usize, "screen_capture_blocked", &self.screen_capture_blocked);
        v.field(
            40usize,
            "storage_block_removable_storage",
            &self.storage_block_removable_storage,
        );
        v.field(41usize, "storage_require_encryption", &self.storage_require_encryption);
        v.field(42usize, "web_browser_blocked", &self.web_browser_blocked);
        v.field(
            43usize,
            "wifi_block_automatic_connect_hotspots",
            &self.wifi_block_automatic_connect_hotspots,
        );
        v.field(44usize, "wifi_blocked", &self.wifi_blocked);
        v.field(
            45usize,
            "wifi_block_hotspot_reporting",
            &self.wifi_block_hotspot_reporting,
        );
        v.field(46usize, "windows_store_blocked", &self.windows_store_blocked);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhone81GeneralConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.apply_only_to_windows_phone81.read_from(r),
            19usize => self.apps_block_copy_paste.read_from(r),
            20usize => self.bluetooth_blocked.read_from(r),
            21usize => self.camera_blocked.read_from(r),
            22usize => self.cellular_block_wifi_tethering.read_from(r),
            23usize => self.compliant_app_list_type.read_from(r),
            24usize => self.compliant_apps_list.read_from(r),
            25usize => self.diagnostic_data_block_submission.read_from(r),
            26usize => self.email_block_adding_accounts.read_from(r),
            27usize => self.location_services_blocked.read_from(r),
            28usize => self.microsoft_account_blocked.read_from(r),
            29usize => self.nfc_blocked.read_from(r),
            30usize => self.password_block_simple.read_from(r),
            31usize => self.password_expiration_days.read_from(r),
            32usize => self.password_minimum_character_set_count.read_from(r),
            33usize => self.password_minimum_length.read_from(r),
            34usize => {
                self.password_minutes_of_inactivity_before_screen_timeout.read_from(r)
            }
            35usize => self.password_previous_password_block_count.read_from(r),
            36usize => self.password_required.read_from(r),
            37usize => self.password_required_type.read_from(r),
            38usize => {
                self.password_sign_in_failure_count_before_factory_reset.read_from(r)
            }
            39usize => self.screen_capture_blocked.read_from(r),
            40usize => self.storage_block_removable_storage.read_from(r),
            41usize => self.storage_require_encryption.read_from(r),
            42usize => self.web_browser_blocked.read_from(r),
            43usize => self.wifi_block_automatic_connect_hotspots.read_from(r),
            44usize => self.wifi_blocked.read_from(r),
            45usize => self.wifi_block_hotspot_reporting.read_from(r),
            46usize => self.windows_store_blocked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.apply_only_to_windows_phone81);
        w.field(19usize, &self.apps_block_copy_paste);
        w.field(20usize, &self.bluetooth_blocked);
        w.field(21usize, &self.camera_blocked);
        w.field(22usize, &self.cellular_block_wifi_tethering);
        w.field(23usize, &self.compliant_app_list_type);
        w.field(24usize, &self.compliant_apps_list);
        w.field(25usize, &self.diagnostic_data_block_submission);
        w.field(26usize, &self.email_block_adding_accounts);
        w.field(27usize, &self.location_services_blocked);
        w.field(28usize, &self.microsoft_account_blocked);
        w.field(29usize, &self.nfc_blocked);
        w.field(30usize, &self.password_block_simple);
        w.field(31usize, &self.password_expiration_days);
        w.field(32usize, &self.password_minimum_character_set_count);
        w.field(33usize, &self.password_minimum_length);
        w.field(34usize, &self.password_minutes_of_inactivity_before_screen_timeout);
        w.field(35usize, &self.password_previous_password_block_count);
        w.field(36usize, &self.password_required);
        w.field(37usize, &self.password_required_type);
        w.field(38usize, &self.password_sign_in_failure_count_before_factory_reset);
        w.field(39usize, &self.screen_capture_blocked);
        w.field(40usize, &self.storage_block_removable_storage);
        w.field(41usize, &self.storage_require_encryption);
        w.field(42usize, &self.web_browser_blocked);
        w.field(43usize, &self.wifi_block_automatic_connect_hotspots);
        w.field(44usize, &self.wifi_blocked);
        w.field(45usize, &self.wifi_block_hotspot_reporting);
        w.field(46usize, &self.windows_store_blocked);
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
rt::impl_object!(WindowsPhone81GeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81GeneralConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_apply_only_to_windows_phone81 apply_only_to_windows_phone81 : bool;
    with_apps_block_copy_paste apps_block_copy_paste : bool; with_bluetooth_blocked
    bluetooth_blocked : bool; with_camera_blocked camera_blocked : bool;
    with_cellular_block_wifi_tethering cellular_block_wifi_tethering : bool;
    with_compliant_app_list_type compliant_app_list_type : crate ::beta::AppListType;
    with_compliant_apps_list compliant_apps_list : ::std::vec::Vec < crate
    ::beta::AnyAppListItem >; with_diagnostic_data_block_submission
    diagnostic_data_block_submission : bool; with_email_block_adding_accounts
    email_block_adding_accounts : bool; with_location_services_blocked
    location_services_blocked : bool; with_microsoft_account_blocked
    microsoft_account_blocked : bool; with_nfc_blocked nfc_blocked : bool;
    with_password_block_simple password_block_simple : bool;
    with_password_expiration_days password_expiration_days : i32;
    with_password_minimum_character_set_count password_minimum_character_set_count : i32;
    with_password_minimum_length password_minimum_length : i32;
    with_password_minutes_of_inactivity_before_screen_timeout
    password_minutes_of_inactivity_before_screen_timeout : i32;
    with_password_previous_password_block_count password_previous_password_block_count :
    i32; with_password_required password_required : bool; with_password_required_type
    password_required_type : crate ::beta::RequiredPasswordType;
    with_password_sign_in_failure_count_before_factory_reset
    password_sign_in_failure_count_before_factory_reset : i32;
    with_screen_capture_blocked screen_capture_blocked : bool;
    with_storage_block_removable_storage storage_block_removable_storage : bool;
    with_storage_require_encryption storage_require_encryption : bool;
    with_web_browser_blocked web_browser_blocked : bool;
    with_wifi_block_automatic_connect_hotspots wifi_block_automatic_connect_hotspots :
    bool; with_wifi_blocked wifi_blocked : bool; with_wifi_block_hotspot_reporting
    wifi_block_hotspot_reporting : bool; with_windows_store_blocked windows_store_blocked
    : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81GeneralConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows 8.1 Phone and Mobile PFX Import certificate profile
///
/// CSDL: `microsoft.graph.windowsPhone81ImportedPFXCertificateProfile`, entity type, derived from `microsoft.graph.windowsCertificateProfileBase`, key `id`.
///
/// Request builders: [`WindowsPhone81ImportedPfxCertificateProfilePath`](requests/trait.WindowsPhone81ImportedPfxCertificateProfilePath.html), what a path to one (`EntityPath<WindowsPhone81ImportedPfxCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81ImportedPfxCertificateProfile {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Scale for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validity Period
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Key Storage Provider (KSP)
    ///
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// Certificate renewal threshold percentage. Valid values 1 to 99
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name Type
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// Intended Purpose of the Certificate Profile - which could be Unassigned, SmimeEncryption, SmimeSigning etc.
    ///
    /// CSDL: property `intendedPurpose`: `microsoft.graph.intendedPurpose`, not nullable.
    pub intended_purpose: rt::Field<crate::beta::IntendedPurpose>,
    /// Certificate state for devices
    ///
    /// CSDL: containment navigation property `managedDeviceCertificateStates`: `Collection(microsoft.graph.managedDeviceCertificateState)`, not nullable.
    pub managed_device_certificate_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceCertificateState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81ImportedPfxCertificateProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            certificate_validity_period_scale: rt::Field::Absent,
            certificate_validity_period_value: rt::Field::Absent,
            key_storage_provider: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            intended_purpose: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhone81ImportedPfxCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "certificateValidityPeriodScale",
        "certificateValidityPeriodValue",
        "keyStorageProvider",
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "intendedPurpose",
        "managedDeviceCertificateStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"intendedPurpose\":              ",
        ",\"managedDeviceCertificateStates\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81ImportedPFXCertificateProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "key_storage_provider", &self.key_storage_provider);
        v.field(
            21usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            22usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(23usize, "subject_name_format", &self.subject_name_format);
        v.field(24usize, "intended_purpose", &self.intended_purpose);
        v.field(
            25usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhone81ImportedPfxCertificateProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.certificate_validity_period_scale.read_from(r),
            19usize => self.certificate_validity_period_value.read_from(r),
            20usize => self.key_storage_provider.read_from(r),
            21usize => self.renewal_threshold_percentage.read_from(r),
            22usize => self.subject_alternative_name_type.read_from(r),
            23usize => self.subject_name_format.read_from(r),
            24usize => self.intended_purpose.read_from(r),
            25usize => self.managed_device_certificate_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.certificate_validity_period_scale);
        w.field(19usize, &self.certificate_validity_period_value);
        w.field(20usize, &self.key_storage_provider);
        w.field(21usize, &self.renewal_threshold_percentage);
        w.field(22usize, &self.subject_alternative_name_type);
        w.field(23usize, &self.subject_name_format);
        w.field(24usize, &self.intended_purpose);
        w.field(25usize, &self.managed_device_certificate_states);
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
rt::impl_object!(WindowsPhone81ImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81ImportedPfxCertificateProfile { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_certificate_validity_period_scale certificate_validity_period_scale : crate
    ::beta::CertificateValidityPeriodScale; with_certificate_validity_period_value
    certificate_validity_period_value : i32; with_key_storage_provider
    key_storage_provider : crate ::beta::KeyStorageProviderOption;
    with_renewal_threshold_percentage renewal_threshold_percentage : i32;
    with_subject_alternative_name_type subject_alternative_name_type : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >; with_subject_name_format subject_name_format :
    crate ::beta::SubjectNameFormat; with_intended_purpose intended_purpose : crate
    ::beta::IntendedPurpose; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81ImportedPfxCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Phone 8.1+ SCEP certificate profile
///
/// CSDL: `microsoft.graph.windowsPhone81SCEPCertificateProfile`, entity type, derived from `microsoft.graph.windowsPhone81CertificateProfileBase`, key `id`.
///
/// Request builders: [`WindowsPhone81ScepCertificateProfilePath`](requests/trait.WindowsPhone81ScepCertificateProfilePath.html), what a path to one (`EntityPath<WindowsPhone81ScepCertificateProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81ScepCertificateProfile {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Scale for the Certificate Validity Period.
    ///
    /// CSDL: property `certificateValidityPeriodScale`: `microsoft.graph.certificateValidityPeriodScale`, not nullable.
    pub certificate_validity_period_scale: rt::Field<
        crate::beta::CertificateValidityPeriodScale,
    >,
    /// Value for the Certificate Validtiy Period.
    ///
    /// CSDL: property `certificateValidityPeriodValue`: `Edm.Int32`, not nullable.
    pub certificate_validity_period_value: rt::Field<i32>,
    /// Extended Key Usage (EKU) settings. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `extendedKeyUsages`: `Collection(microsoft.graph.extendedKeyUsage)`, not nullable.
    pub extended_key_usages: rt::Field<::std::vec::Vec<crate::beta::ExtendedKeyUsage>>,
    /// Key Storage Provider (KSP).
    ///
    /// CSDL: property `keyStorageProvider`: `microsoft.graph.keyStorageProviderOption`, not nullable.
    pub key_storage_provider: rt::Field<crate::beta::KeyStorageProviderOption>,
    /// Certificate renewal threshold percentage.
    ///
    /// CSDL: property `renewalThresholdPercentage`: `Edm.Int32`, not nullable.
    pub renewal_threshold_percentage: rt::Field<i32>,
    /// Certificate Subject Alternative Name Type.
    ///
    /// CSDL: property `subjectAlternativeNameType`: `microsoft.graph.subjectAlternativeNameType`, not nullable.
    pub subject_alternative_name_type: rt::Field<
        rt::Flags<crate::beta::SubjectAlternativeNameType>,
    >,
    /// Certificate Subject Name Format.
    ///
    /// CSDL: property `subjectNameFormat`: `microsoft.graph.subjectNameFormat`, not nullable.
    pub subject_name_format: rt::Field<crate::beta::SubjectNameFormat>,
    /// SCEP Hash Algorithm.
    ///
    /// CSDL: property `hashAlgorithm`: `microsoft.graph.hashAlgorithms`, not nullable.
    pub hash_algorithm: rt::Field<rt::Flags<crate::beta::HashAlgorithms>>,
    /// SCEP Key Size.
    ///
    /// CSDL: property `keySize`: `microsoft.graph.keySize`, not nullable.
    pub key_size: rt::Field<crate::beta::KeySize>,
    /// SCEP Key Usage.
    ///
    /// CSDL: property `keyUsage`: `microsoft.graph.keyUsages`, not nullable.
    pub key_usage: rt::Field<rt::Flags<crate::beta::KeyUsages>>,
    /// SCEP Server Url(s).
    ///
    /// CSDL: property `scepServerUrls`: `Collection(Edm.String)`, nullable.
    pub scep_server_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Custom String that defines the AAD Attribute.
    ///
    /// CSDL: property `subjectAlternativeNameFormatString`: `Edm.String`, nullable.
    pub subject_alternative_name_format_string: rt::Field<::std::string::String>,
    /// Custom format to use with SubjectNameFormat = Custom. Example: CN={{EmailAddress}},E={{EmailAddress}},OU=Enterprise Users,O=Contoso Corporation,L=Redmond,ST=WA,C=US
    ///
    /// CSDL: property `subjectNameFormatString`: `Edm.String`, nullable.
    pub subject_name_format_string: rt::Field<::std::string::String>,
    /// Certificate state for devices
    ///
    /// CSDL: containment navigation property `managedDeviceCertificateStates`: `Collection(microsoft.graph.managedDeviceCertificateState)`, not nullable.
    pub managed_device_certificate_states: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedDeviceCertificateState>,
    >,
    /// Trusted Root Certificate.
    ///
    /// CSDL: navigation property `rootCertificate`: `microsoft.graph.windowsPhone81TrustedRootCertificate`, nullable.
    pub root_certificate: rt::Field<crate::beta::WindowsPhone81TrustedRootCertificate>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81ScepCertificateProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            certificate_validity_period_scale: rt::Field::Absent,
            certificate_validity_period_value: rt::Field::Absent,
            extended_key_usages: rt::Field::Absent,
            key_storage_provider: rt::Field::Absent,
            renewal_threshold_percentage: rt::Field::Absent,
            subject_alternative_name_type: rt::Field::Absent,
            subject_name_format: rt::Field::Absent,
            hash_algorithm: rt::Field::Absent,
            key_size: rt::Field::Absent,
            key_usage: rt::Field::Absent,
            scep_server_urls: rt::Field::Absent,
            subject_alternative_name_format_string: rt::Field::Absent,
            subject_name_format_string: rt::Field::Absent,
            managed_device_certificate_states: rt::Field::Absent,
            root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhone81ScepCertificateProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81SCEPCertificateProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "certificateValidityPeriodScale",
        "certificateValidityPeriodValue",
        "extendedKeyUsages",
        "keyStorageProvider",
        "renewalThresholdPercentage",
        "subjectAlternativeNameType",
        "subjectNameFormat",
        "hashAlgorithm",
        "keySize",
        "keyUsage",
        "scepServerUrls",
        "subjectAlternativeNameFormatString",
        "subjectNameFormatString",
        "managedDeviceCertificateStates",
        "rootCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"certificateValidityPeriodScale\":",
        ",\"certificateValidityPeriodValue\":",
        ",\"extendedKeyUsages\":            ",
        ",\"keyStorageProvider\":           ",
        ",\"renewalThresholdPercentage\":   ",
        ",\"subjectAlternativeNameType\":   ",
        ",\"subjectNameFormat\":            ",
        ",\"hashAlgorithm\":                ",
        ",\"keySize\":                      ",
        ",\"keyUsage\":                     ",
        ",\"scepServerUrls\":               ",
        ",\"subjectAlternativeNameFormatString\":",
        ",\"subjectNameFormatString\":      ",
        ",\"managedDeviceCertificateStates\":",
        ",\"rootCertificate\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81SCEPCertificateProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(
            18usize,
            "certificate_validity_period_scale",
            &self.certificate_validity_period_scale,
        );
        v.field(
            19usize,
            "certificate_validity_period_value",
            &self.certificate_validity_period_value,
        );
        v.field(20usize, "extended_key_usages", &self.extended_key_usages);
        v.field(21usize, "key_storage_provider", &self.key_storage_provider);
        v.field(
            22usize,
            "renewal_threshold_percentage",
            &self.renewal_threshold_percentage,
        );
        v.field(
            23usize,
            "subject_alternative_name_type",
            &self.subject_alternative_name_type,
        );
        v.field(24usize, "subject_name_format", &self.subject_name_format);
        v.field(25usize, "hash_algorithm", &self.hash_algorithm);
        v.field(26usize, "key_size", &self.key_size);
        v.field(27usize, "key_usage", &self.key_usage);
        v.field(28usize, "scep_server_urls", &self.scep_server_urls);
        v.field(
            29usize,
            "subject_alternative_name_format_string",
            &self.subject_alternative_name_format_string,
        );
        v.field(30usize, "subject_name_format_string", &self.subject_name_format_string);
        v.field(
            31usize,
            "managed_device_certificate_states",
            &self.managed_device_certificate_states,
        );
        v.field(32usize, "root_certificate", &self.root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhone81ScepCertificateProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.certificate_validity_period_scale.read_from(r),
            19usize => self.certificate_validity_period_value.read_from(r),
            20usize => self.extended_key_usages.read_from(r),
            21usize => self.key_storage_provider.read_from(r),
            22usize => self.renewal_threshold_percentage.read_from(r),
            23usize => self.subject_alternative_name_type.read_from(r),
            24usize => self.subject_name_format.read_from(r),
            25usize => self.hash_algorithm.read_from(r),
            26usize => self.key_size.read_from(r),
            27usize => self.key_usage.read_from(r),
            28usize => self.scep_server_urls.read_from(r),
            29usize => self.subject_alternative_name_format_string.read_from(r),
            30usize => self.subject_name_format_string.read_from(r),
            31usize => self.managed_device_certificate_states.read_from(r),
            32usize => self.root_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.certificate_validity_period_scale);
        w.field(19usize, &self.certificate_validity_period_value);
        w.field(20usize, &self.extended_key_usages);
        w.field(21usize, &self.key_storage_provider);
        w.field(22usize, &self.renewal_threshold_percentage);
        w.field(23usize, &self.subject_alternative_name_type);
        w.field(24usize, &self.subject_name_format);
        w.field(25usize, &self.hash_algorithm);
        w.field(26usize, &self.key_size);
        w.field(27usize, &self.key_usage);
        w.field(28usize, &self.scep_server_urls);
        w.field(29usize, &self.subject_alternative_name_format_string);
        w.field(30usize, &self.subject_name_format_string);
        w.field(31usize, &self.managed_device_certificate_states);
        w.field(32usize, &self.root_certificate);
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
rt::impl_object!(WindowsPhone81ScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81ScepCertificateProfile { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_certificate_validity_period_scale certificate_validity_period_scale : crate
    ::beta::CertificateValidityPeriodScale; with_certificate_validity_period_value
    certificate_validity_period_value : i32; with_extended_key_usages extended_key_usages
    : ::std::vec::Vec < crate ::beta::ExtendedKeyUsage >; with_key_storage_provider
    key_storage_provider : crate ::beta::KeyStorageProviderOption;
    with_renewal_threshold_percentage renewal_threshold_percentage : i32;
    with_subject_alternative_name_type subject_alternative_name_type : rt::Flags < crate
    ::beta::SubjectAlternativeNameType >; with_subject_name_format subject_name_format :
    crate ::beta::SubjectNameFormat; with_hash_algorithm hash_algorithm : rt::Flags <
    crate ::beta::HashAlgorithms >; with_key_size key_size : crate ::beta::KeySize;
    with_key_usage key_usage : rt::Flags < crate ::beta::KeyUsages >;
    with_scep_server_urls scep_server_urls : ::std::vec::Vec < ::std::string::String >;
    with_subject_alternative_name_format_string subject_alternative_name_format_string :
    ::std::string::String; with_subject_name_format_string subject_name_format_string :
    ::std::string::String; with_managed_device_certificate_states
    managed_device_certificate_states : ::std::vec::Vec < crate
    ::beta::ManagedDeviceCertificateState >; with_root_certificate root_certificate :
    crate ::beta::WindowsPhone81TrustedRootCertificate; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81ScepCertificateProfile);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Phone 8.1+ Trusted Root Certificate configuration profile
///
/// CSDL: `microsoft.graph.windowsPhone81TrustedRootCertificate`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsPhone81TrustedRootCertificate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81TrustedRootCertificate {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// File name to display in UI.
    ///
    /// CSDL: property `certFileName`: `Edm.String`, nullable.
    pub cert_file_name: rt::Field<::std::string::String>,
    /// Trusted Root Certificate
    ///
    /// CSDL: property `trustedRootCertificate`: `Edm.Binary`, not nullable.
    pub trusted_root_certificate: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81TrustedRootCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            cert_file_name: rt::Field::Absent,
            trusted_root_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhone81TrustedRootCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81TrustedRootCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "certFileName",
        "trustedRootCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"certFileName\":                 ",
        ",\"trustedRootCertificate\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81TrustedRootCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "cert_file_name", &self.cert_file_name);
        v.field(19usize, "trusted_root_certificate", &self.trusted_root_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhone81TrustedRootCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.cert_file_name.read_from(r),
            19usize => self.trusted_root_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.cert_file_name);
        w.field(19usize, &self.trusted_root_certificate);
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
rt::impl_object!(WindowsPhone81TrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81TrustedRootCertificate { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_cert_file_name cert_file_name : ::std::string::String;
    with_trusted_root_certificate trusted_root_certificate : rt::edm::Binary; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81TrustedRootCertificate);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing the configurations in this profile you can instruct the Windows Phone 8.1 to connect to desired VPN endpoint. By specifying the authentication method and security types expected by VPN endpoint you can make the VPN connection seamless for end user.
///
/// CSDL: `microsoft.graph.windowsPhone81VpnConfiguration`, entity type, derived from `microsoft.graph.windows81VpnConfiguration`, key `id`.
///
/// Request builders: [`WindowsPhone81VpnConfigurationPath`](requests/trait.WindowsPhone81VpnConfigurationPath.html), what a path to one (`EntityPath<WindowsPhone81VpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhone81VpnConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Connection name displayed to the user.
    ///
    /// CSDL: property `connectionName`: `Edm.String`, not nullable.
    pub connection_name: rt::Field<::std::string::String>,
    /// Custom XML commands that configures the VPN connection. (UTF8 encoded byte array)
    ///
    /// CSDL: property `customXml`: `Edm.Binary`, nullable.
    pub custom_xml: rt::Field<rt::edm::Binary>,
    /// List of VPN Servers on the network. Make sure end users can access these network locations. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `servers`: `Collection(microsoft.graph.vpnServer)`, not nullable.
    pub servers: rt::Field<::std::vec::Vec<crate::beta::VpnServer>>,
    /// Value indicating whether this policy only applies to Windows 8.1. This property is read-only.
    ///
    /// CSDL: property `applyOnlyToWindows81`: `Edm.Boolean`, not nullable.
    pub apply_only_to_windows81: rt::Field<bool>,
    /// Connection type.
    ///
    /// CSDL: property `connectionType`: `microsoft.graph.windowsVpnConnectionType`, not nullable.
    pub connection_type: rt::Field<crate::beta::WindowsVpnConnectionType>,
    /// Enable split tunneling for the VPN.
    ///
    /// CSDL: property `enableSplitTunneling`: `Edm.Boolean`, not nullable.
    pub enable_split_tunneling: rt::Field<bool>,
    /// Login group or domain when connection type is set to Dell SonicWALL Mobile Connection.
    ///
    /// CSDL: property `loginGroupOrDomain`: `Edm.String`, nullable.
    pub login_group_or_domain: rt::Field<::std::string::String>,
    /// Proxy Server.
    ///
    /// CSDL: property `proxyServer`: `microsoft.graph.windows81VpnProxyServer`, nullable.
    pub proxy_server: rt::Field<crate::beta::Windows81VpnProxyServer>,
    /// Authentication method.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.vpnAuthenticationMethod`, not nullable.
    pub authentication_method: rt::Field<crate::beta::VpnAuthenticationMethod>,
    /// Bypass VPN on company Wi-Fi.
    ///
    /// CSDL: property `bypassVpnOnCompanyWifi`: `Edm.Boolean`, not nullable.
    pub bypass_vpn_on_company_wifi: rt::Field<bool>,
    /// Bypass VPN on home Wi-Fi.
    ///
    /// CSDL: property `bypassVpnOnHomeWifi`: `Edm.Boolean`, not nullable.
    pub bypass_vpn_on_home_wifi: rt::Field<bool>,
    /// DNS suffix search list.
    ///
    /// CSDL: property `dnsSuffixSearchList`: `Collection(Edm.String)`, nullable.
    pub dns_suffix_search_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Remember user credentials.
    ///
    /// CSDL: property `rememberUserCredentials`: `Edm.Boolean`, not nullable.
    pub remember_user_credentials: rt::Field<bool>,
    /// Identity certificate for client authentication when authentication method is certificate.
    ///
    /// CSDL: navigation property `identityCertificate`: `microsoft.graph.windowsPhone81CertificateProfileBase`, nullable.
    pub identity_certificate: rt::Field<
        crate::beta::AnyWindowsPhone81CertificateProfileBase,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhone81VpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            connection_name: rt::Field::Absent,
            custom_xml: rt::Field::Absent,
            servers: rt::Field::Absent,
            apply_only_to_windows81: rt::Field::Absent,
            connection_type: rt::Field::Absent,
            enable_split_tunneling: rt::Field::Absent,
            login_group_or_domain: rt::Field::Absent,
            proxy_server: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            bypass_vpn_on_company_wifi: rt::Field::Absent,
            bypass_vpn_on_home_wifi: rt::Field::Absent,
            dns_suffix_search_list: rt::Field::Absent,
            remember_user_credentials: rt::Field::Absent,
            identity_certificate: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhone81VpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhone81VpnConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "connectionName",
        "customXml",
        "servers",
        "applyOnlyToWindows81",
        "connectionType",
        "enableSplitTunneling",
        "loginGroupOrDomain",
        "proxyServer",
        "authenticationMethod",
        "bypassVpnOnCompanyWifi",
        "bypassVpnOnHomeWifi",
        "dnsSuffixSearchList",
        "rememberUserCredentials",
        "identityCertificate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"connectionName\":               ",
        ",\"customXml\":                    ",
        ",\"servers\":                      ",
        ",\"applyOnlyToWindows81\":         ",
        ",\"connectionType\":               ",
        ",\"enableSplitTunneling\":         ",
        ",\"loginGroupOrDomain\":           ",
        ",\"proxyServer\":                  ",
        ",\"authenticationMethod\":         ",
        ",\"bypassVpnOnCompanyWifi\":       ",
        ",\"bypassVpnOnHomeWifi\":          ",
        ",\"dnsSuffixSearchList\":          ",
        ",\"rememberUserCredentials\":      ",
        ",\"identityCertificate\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhone81VpnConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "connection_name", &self.connection_name);
        v.field(19usize, "custom_xml", &self.custom_xml);
        v.field(20usize, "servers", &self.servers);
        v.field(21usize, "apply_only_to_windows81", &self.apply_only_to_windows81);
        v.field(22usize, "connection_type", &self.connection_type);
        v.field(23usize, "enable_split_tunneling", &self.enable_split_tunneling);
        v.field(24usize, "login_group_or_domain", &self.login_group_or_domain);
        v.field(25usize, "proxy_server", &self.proxy_server);
        v.field(26usize, "authentication_method", &self.authentication_method);
        v.field(27usize, "bypass_vpn_on_company_wifi", &self.bypass_vpn_on_company_wifi);
        v.field(28usize, "bypass_vpn_on_home_wifi", &self.bypass_vpn_on_home_wifi);
        v.field(29usize, "dns_suffix_search_list", &self.dns_suffix_search_list);
        v.field(30usize, "remember_user_credentials", &self.remember_user_credentials);
        v.field(31usize, "identity_certificate", &self.identity_certificate);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhone81VpnConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.connection_name.read_from(r),
            19usize => self.custom_xml.read_from(r),
            20usize => self.servers.read_from(r),
            21usize => self.apply_only_to_windows81.read_from(r),
            22usize => self.connection_type.read_from(r),
            23usize => self.enable_split_tunneling.read_from(r),
            24usize => self.login_group_or_domain.read_from(r),
            25usize => self.proxy_server.read_from(r),
            26usize => self.authentication_method.read_from(r),
            27usize => self.bypass_vpn_on_company_wifi.read_from(r),
            28usize => self.bypass_vpn_on_home_wifi.read_from(r),
            29usize => self.dns_suffix_search_list.read_from(r),
            30usize => self.remember_user_credentials.read_from(r),
            31usize => self.identity_certificate.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.connection_name);
        w.field(19usize, &self.custom_xml);
        w.field(20usize, &self.servers);
        w.field(21usize, &self.apply_only_to_windows81);
        w.field(22usize, &self.connection_type);
        w.field(23usize, &self.enable_split_tunneling);
        w.field(24usize, &self.login_group_or_domain);
        w.field(25usize, &self.proxy_server);
        w.field(26usize, &self.authentication_method);
        w.field(27usize, &self.bypass_vpn_on_company_wifi);
        w.field(28usize, &self.bypass_vpn_on_home_wifi);
        w.field(29usize, &self.dns_suffix_search_list);
        w.field(30usize, &self.remember_user_credentials);
        w.field(31usize, &self.identity_certificate);
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
rt::impl_object!(WindowsPhone81VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhone81VpnConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_connection_name connection_name : ::std::string::String; with_custom_xml
    custom_xml : rt::edm::Binary; with_servers servers : ::std::vec::Vec < crate
    ::beta::VpnServer >; with_apply_only_to_windows81 apply_only_to_windows81 : bool;
    with_connection_type connection_type : crate ::beta::WindowsVpnConnectionType;
    with_enable_split_tunneling enable_split_tunneling : bool; with_login_group_or_domain
    login_group_or_domain : ::std::string::String; with_proxy_server proxy_server : crate
    ::beta::Windows81VpnProxyServer; with_authentication_method authentication_method :
    crate ::beta::VpnAuthenticationMethod; with_bypass_vpn_on_company_wifi
    bypass_vpn_on_company_wifi : bool; with_bypass_vpn_on_home_wifi
    bypass_vpn_on_home_wifi : bool; with_dns_suffix_search_list dns_suffix_search_list :
    ::std::vec::Vec < ::std::string::String >; with_remember_user_credentials
    remember_user_credentials : bool; with_identity_certificate identity_certificate :
    crate ::beta::AnyWindowsPhone81CertificateProfileBase; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhone81VpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// By providing configurations in this profile you can instruct the native email client on Windows Phone to communicate with an Exchange server and get email, contacts, calendar, and tasks. Furthermore, you can also specify how much email to sync and how often the device should sync.
///
/// CSDL: `microsoft.graph.windowsPhoneEASEmailProfileConfiguration`, entity type, derived from `microsoft.graph.easEmailProfileConfigurationBase`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<WindowsPhoneEasEmailProfileConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsPhoneEasEmailProfileConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Custom domain name value used while generating an email profile before installing on the device.
    ///
    /// CSDL: property `customDomainName`: `Edm.String`, nullable.
    pub custom_domain_name: rt::Field<::std::string::String>,
    /// UserDomainname attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `userDomainNameSource`: `microsoft.graph.domainNameSource`, nullable.
    pub user_domain_name_source: rt::Field<crate::beta::DomainNameSource>,
    /// Name of the AAD field, that will be used to retrieve UserName for email profile.
    ///
    /// CSDL: property `usernameAADSource`: `microsoft.graph.usernameSource`, nullable.
    pub username_aad_source: rt::Field<crate::beta::UsernameSource>,
    /// Username attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `usernameSource`: `microsoft.graph.userEmailSource`, not nullable.
    pub username_source: rt::Field<crate::beta::UserEmailSource>,
    /// Account name.
    ///
    /// CSDL: property `accountName`: `Edm.String`, not nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// Value indicating whether this policy only applies to Windows 8.1. This property is read-only.
    ///
    /// CSDL: property `applyOnlyToWindowsPhone81`: `Edm.Boolean`, not nullable.
    pub apply_only_to_windows_phone81: rt::Field<bool>,
    /// Duration of email to sync.
    ///
    /// CSDL: property `durationOfEmailToSync`: `microsoft.graph.emailSyncDuration`, not nullable.
    pub duration_of_email_to_sync: rt::Field<crate::beta::EmailSyncDuration>,
    /// Email attribute that is picked from AAD and injected into this profile before installing on the device.
    ///
    /// CSDL: property `emailAddressSource`: `microsoft.graph.userEmailSource`, nullable.
    pub email_address_source: rt::Field<crate::beta::UserEmailSource>,
    /// Email sync schedule.
    ///
    /// CSDL: property `emailSyncSchedule`: `microsoft.graph.emailSyncSchedule`, not nullable.
    pub email_sync_schedule: rt::Field<crate::beta::EmailSyncSchedule>,
    /// Exchange location that (URL) that the native mail app connects to.
    ///
    /// CSDL: property `hostName`: `Edm.String`, not nullable.
    pub host_name: rt::Field<::std::string::String>,
    /// Indicates whether or not to use SSL.
    ///
    /// CSDL: property `requireSsl`: `Edm.Boolean`, not nullable.
    pub require_ssl: rt::Field<bool>,
    /// Whether or not to sync the calendar.
    ///
    /// CSDL: property `syncCalendar`: `Edm.Boolean`, not nullable.
    pub sync_calendar: rt::Field<bool>,
    /// Whether or not to sync contacts.
    ///
    /// CSDL: property `syncContacts`: `Edm.Boolean`, not nullable.
    pub sync_contacts: rt::Field<bool>,
    /// Whether or not to sync tasks.
    ///
    /// CSDL: property `syncTasks`: `Edm.Boolean`, not nullable.
    pub sync_tasks: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsPhoneEasEmailProfileConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            custom_domain_name: rt::Field::Absent,
            user_domain_name_source: rt::Field::Absent,
            username_aad_source: rt::Field::Absent,
            username_source: rt::Field::Absent,
            account_name: rt::Field::Absent,
            apply_only_to_windows_phone81: rt::Field::Absent,
            duration_of_email_to_sync: rt::Field::Absent,
            email_address_source: rt::Field::Absent,
            email_sync_schedule: rt::Field::Absent,
            host_name: rt::Field::Absent,
            require_ssl: rt::Field::Absent,
            sync_calendar: rt::Field::Absent,
            sync_contacts: rt::Field::Absent,
            sync_tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsPhoneEasEmailProfileConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsPhoneEASEmailProfileConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "customDomainName",
        "userDomainNameSource",
        "usernameAADSource",
        "usernameSource",
        "accountName",
        "applyOnlyToWindowsPhone81",
        "durationOfEmailToSync",
        "emailAddressSource",
        "emailSyncSchedule",
        "hostName",
        "requireSsl",
        "syncCalendar",
        "syncContacts",
        "syncTasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"customDomainName\":             ",
        ",\"userDomainNameSource\":         ",
        ",\"usernameAADSource\":            ",
        ",\"usernameSource\":               ",
        ",\"accountName\":                  ",
        ",\"applyOnlyToWindowsPhone81\":    ",
        ",\"durationOfEmailToSync\":        ",
        ",\"emailAddressSource\":           ",
        ",\"emailSyncSchedule\":            ",
        ",\"hostName\":                     ",
        ",\"requireSsl\":                   ",
        ",\"syncCalendar\":                 ",
        ",\"syncContacts\":                 ",
        ",\"syncTasks\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsPhoneEASEmailProfileConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "custom_domain_name", &self.custom_domain_name);
        v.field(19usize, "user_domain_name_source", &self.user_domain_name_source);
        v.field(20usize, "username_aad_source", &self.username_aad_source);
        v.field(21usize, "username_source", &self.username_source);
        v.field(22usize, "account_name", &self.account_name);
        v.field(
            23usize,
            "apply_only_to_windows_phone81",
            &self.apply_only_to_windows_phone81,
        );
        v.field(24usize, "duration_of_email_to_sync", &self.duration_of_email_to_sync);
        v.field(25usize, "email_address_source", &self.email_address_source);
        v.field(26usize, "email_sync_schedule", &self.email_sync_schedule);
        v.field(27usize, "host_name", &self.host_name);
        v.field(28usize, "require_ssl", &self.require_ssl);
        v.field(29usize, "sync_calendar", &self.sync_calendar);
        v.field(30usize, "sync_contacts", &self.sync_contacts);
        v.field(31usize, "sync_tasks", &self.sync_tasks);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsPhoneEasEmailProfileConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.custom_domain_name.read_from(r),
            19usize => self.user_domain_name_source.read_from(r),
            20usize => self.username_aad_source.read_from(r),
            21usize => self.username_source.read_from(r),
            22usize => self.account_name.read_from(r),
            23usize => self.apply_only_to_windows_phone81.read_from(r),
            24usize => self.duration_of_email_to_sync.read_from(r),
            25usize => self.email_address_source.read_from(r),
            26usize => self.email_sync_schedule.read_from(r),
            27usize => self.host_name.read_from(r),
            28usize => self.require_ssl.read_from(r),
            29usize => self.sync_calendar.read_from(r),
            30usize => self.sync_contacts.read_from(r),
            31usize => self.sync_tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.custom_domain_name);
        w.field(19usize, &self.user_domain_name_source);
        w.field(20usize, &self.username_aad_source);
        w.field(21usize, &self.username_source);
        w.field(22usize, &self.account_name);
        w.field(23usize, &self.apply_only_to_windows_phone81);
        w.field(24usize, &self.duration_of_email_to_sync);
        w.field(25usize, &self.email_address_source);
        w.field(26usize, &self.email_sync_schedule);
        w.field(27usize, &self.host_name);
        w.field(28usize, &self.require_ssl);
        w.field(29usize, &self.sync_calendar);
        w.field(30usize, &self.sync_contacts);
        w.field(31usize, &self.sync_tasks);
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
rt::impl_object!(WindowsPhoneEasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsPhoneEasEmailProfileConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_custom_domain_name custom_domain_name : ::std::string::String;
    with_user_domain_name_source user_domain_name_source : crate
    ::beta::DomainNameSource; with_username_aad_source username_aad_source : crate
    ::beta::UsernameSource; with_username_source username_source : crate
    ::beta::UserEmailSource; with_account_name account_name : ::std::string::String;
    with_apply_only_to_windows_phone81 apply_only_to_windows_phone81 : bool;
    with_duration_of_email_to_sync duration_of_email_to_sync : crate
    ::beta::EmailSyncDuration; with_email_address_source email_address_source : crate
    ::beta::UserEmailSource; with_email_sync_schedule email_sync_schedule : crate
    ::beta::EmailSyncSchedule; with_host_name host_name : ::std::string::String;
    with_require_ssl require_ssl : bool; with_sync_calendar sync_calendar : bool;
    with_sync_contacts sync_contacts : bool; with_sync_tasks sync_tasks : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsPhoneEasEmailProfileConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows Update for business configuration.
///
/// CSDL: `microsoft.graph.windowsUpdateForBusinessConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`WindowsUpdateForBusinessConfigurationPath`](requests/trait.WindowsUpdateForBusinessConfigurationPath.html), what a path to one (`EntityPath<WindowsUpdateForBusinessConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsUpdateForBusinessConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Automatic update mode.
    ///
    /// CSDL: property `automaticUpdateMode`: `microsoft.graph.automaticUpdateMode`, not nullable.
    pub automatic_update_mode: rt::Field<crate::beta::AutomaticUpdateMode>,
    /// Specify the method by which the auto-restart required notification is dismissed
    ///
    /// CSDL: property `autoRestartNotificationDismissal`: `microsoft.graph.autoRestartNotificationDismissalMethod`, not nullable.
    pub auto_restart_notification_dismissal: rt::Field<
        crate::beta::AutoRestartNotificationDismissalMethod,
    >,
    /// Determines which branch devices will receive their updates from
    ///
    /// CSDL: property `businessReadyUpdatesOnly`: `microsoft.graph.windowsUpdateType`, not nullable.
    pub business_ready_updates_only: rt::Field<crate::beta::WindowsUpdateType>,
    /// Number of days before feature updates are installed automatically with valid range from 2 to 30 days
    ///
    /// CSDL: property `deadlineForFeatureUpdatesInDays`: `Edm.Int32`, nullable.
    pub deadline_for_feature_updates_in_days: rt::Field<i32>,
    /// Number of days before quality updates are installed automatically with valid range from 2 to 30 days
    ///
    /// CSDL: property `deadlineForQualityUpdatesInDays`: `Edm.Int32`, nullable.
    pub deadline_for_quality_updates_in_days: rt::Field<i32>,
    /// Number of days after deadline  until restarts occur automatically with valid range from 0 to 7 days
    ///
    /// CSDL: property `deadlineGracePeriodInDays`: `Edm.Int32`, nullable.
    pub deadline_grace_period_in_days: rt::Field<i32>,
    /// Delivery Optimization Mode
    ///
    /// CSDL: property `deliveryOptimizationMode`: `microsoft.graph.windowsDeliveryOptimizationMode`, not nullable.
    pub delivery_optimization_mode: rt::Field<
        crate::beta::WindowsDeliveryOptimizationMode,
    >,
    /// Exclude Windows update Drivers
    ///
    /// CSDL: property `driversExcluded`: `Edm.Boolean`, not nullable.
    pub drivers_excluded: rt::Field<bool>,
    /// Deadline in days before automatically scheduling and executing a pending restart outside of active hours, with valid range from 2 to 30 days
    ///
    /// CSDL: property `engagedRestartDeadlineInDays`: `Edm.Int32`, nullable.
    pub engaged_restart_deadline_in_days: rt::Field<i32>,
    /// Number of days a user can snooze Engaged Restart reminder notifications with valid range from 1 to 3 days
    ///
    /// CSDL: property `engagedRestartSnoozeScheduleInDays`: `Edm.Int32`, nullable.
    pub engaged_restart_snooze_schedule_in_days: rt::Field<i32>,
    /// Number of days before transitioning from Auto Restarts scheduled outside of active hours to Engaged Restart, which requires the user to schedule, with valid range from 0 to 30 days
    ///
    /// CSDL: property `engagedRestartTransitionScheduleInDays`: `Edm.Int32`, nullable.
    pub engaged_restart_transition_schedule_in_days: rt::Field<i32>,
    /// Defer Feature Updates by these many days
    ///
    /// CSDL: property `featureUpdatesDeferralPeriodInDays`: `Edm.Int32`, not nullable.
    pub feature_updates_deferral_period_in_days: rt::Field<i32>,
    /// Pause Feature Updates
    ///
    /// CSDL: property `featureUpdatesPaused`: `Edm.Boolean`, not nullable.
    pub feature_updates_paused: rt::Field<bool>,
    /// Feature Updates Pause Expiry datetime
    ///
    /// CSDL: property `featureUpdatesPauseExpiryDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub feature_updates_pause_expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Feature Updates Pause start date. This property is read-only.
    ///
    /// CSDL: property `featureUpdatesPauseStartDate`: `Edm.Date`, nullable.
    pub feature_updates_pause_start_date: rt::Field<rt::edm::Date>,
    /// Feature Updates Rollback Start datetime
    ///
    /// CSDL: property `featureUpdatesRollbackStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub feature_updates_rollback_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The number of days after a Feature Update for which a rollback is valid
    ///
    /// CSDL: property `featureUpdatesRollbackWindowInDays`: `Edm.Int32`, nullable.
    pub feature_updates_rollback_window_in_days: rt::Field<i32>,
    /// Specifies whether to rollback Feature Updates on the next device check in
    ///
    /// CSDL: property `featureUpdatesWillBeRolledBack`: `Edm.Boolean`, nullable.
    pub feature_updates_will_be_rolled_back: rt::Field<bool>,
    /// Installation schedule
    ///
    /// CSDL: property `installationSchedule`: `microsoft.graph.windowsUpdateInstallScheduleType`, nullable.
    pub installation_schedule: rt::Field<
        crate::beta::AnyWindowsUpdateInstallScheduleType,
    >,
    /// Allow Microsoft Update Service
    ///
    /// CSDL: property `microsoftUpdateServiceAllowed`: `Edm.Boolean`, not nullable.
    pub microsoft_update_service_allowed: rt::Field<bool>,
    /// Specifies if the device should wait until deadline for rebooting outside of active hours
    ///
    /// CSDL: property `postponeRebootUntilAfterDeadline`: `Edm.Boolean`, nullable.
    pub postpone_reboot_until_after_deadline: rt::Field<bool>,
    /// The pre-release features.
    ///
    /// CSDL: property `prereleaseFeatures`: `microsoft.graph.prereleaseFeatures`, not nullable.
    pub prerelease_features: rt::Field<crate::beta::PrereleaseFeatures>,
    /// Defer Quality Updates by these many days
    ///
    /// CSDL: property `qualityUpdatesDeferralPeriodInDays`: `Edm.Int32`, not nullable.
    pub quality_updates_deferral_period_in_days: rt::Field<i32>,
    /// Pause Quality Updates
    ///
    /// CSDL: property `qualityUpdatesPaused`: `Edm.Boolean`, not nullable.
    pub quality_updates_paused: rt::Field<bool>,
    /// Quality Updates Pause Expiry datetime
    ///
    /// CSDL: property `qualityUpdatesPauseExpiryDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub quality_updates_pause_expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Quality Updates Pause start date. This property is read-only.
    ///
    /// CSDL: property `qualityUpdatesPauseStartDate`: `Edm.Date`, nullable.
    pub quality_updates_pause_start_date: rt::Field<rt::edm::Date>,
    /// Quality Updates Rollback Start datetime
    ///
    /// CSDL: property `qualityUpdatesRollbackStartDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub quality_updates_rollback_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Specifies whether to rollback Quality Updates on the next device check in
    ///
    /// CSDL: property `qualityUpdatesWillBeRolledBack`: `Edm.Boolean`, nullable.
    pub quality_updates_will_be_rolled_back: rt::Field<bool>,
    /// Specify the period for auto-restart imminent warning notifications. Supported values: 15, 30 or 60 (minutes).
    ///
    /// CSDL: property `scheduleImminentRestartWarningInMinutes`: `Edm.Int32`, nullable.
    pub schedule_imminent_restart_warning_in_minutes: rt::Field<i32>,
    /// Specify the period for auto-restart warning reminder notifications. Supported values: 2, 4, 8, 12 or 24 (hours).
    ///
    /// CSDL: property `scheduleRestartWarningInHours`: `Edm.Int32`, nullable.
    pub schedule_restart_warning_in_hours: rt::Field<i32>,
    /// Set to skip all check before restart: Battery level = 40%, User presence, Display Needed, Presentation mode, Full screen mode, phone call state, game mode etc.
    ///
    /// CSDL: property `skipChecksBeforeRestart`: `Edm.Boolean`, not nullable.
    pub skip_checks_before_restart: rt::Field<bool>,
    /// Specifies what Windows Update notifications users see.
    ///
    /// CSDL: property `updateNotificationLevel`: `microsoft.graph.windowsUpdateNotificationDisplayOption`, not nullable.
    pub update_notification_level: rt::Field<
        crate::beta::WindowsUpdateNotificationDisplayOption,
    >,
    /// Scheduled the update installation on the weeks of the month
    ///
    /// CSDL: property `updateWeeks`: `microsoft.graph.windowsUpdateForBusinessUpdateWeeks`, nullable.
    pub update_weeks: rt::Field<
        rt::Flags<crate::beta::WindowsUpdateForBusinessUpdateWeeks>,
    >,
    /// Specifies whether to enable end user’s access to pause software updates.
    ///
    /// CSDL: property `userPauseAccess`: `microsoft.graph.enablement`, not nullable.
    pub user_pause_access: rt::Field<crate::beta::Enablement>,
    /// Specifies whether to disable user’s access to scan Windows Update.
    ///
    /// CSDL: property `userWindowsUpdateScanAccess`: `microsoft.graph.enablement`, not nullable.
    pub user_windows_update_scan_access: rt::Field<crate::beta::Enablement>,
    /// Windows update for business configuration device states.
    ///
    /// CSDL: containment navigation property `deviceUpdateStates`: `Collection(microsoft.graph.windowsUpdateState)`, not nullable.
    pub device_update_states: rt::Field<
        ::std::vec::Vec<crate::beta::WindowsUpdateState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsUpdateForBusinessConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            automatic_update_mode: rt::Field::Absent,
            auto_restart_notification_dismissal: rt::Field::Absent,
            business_ready_updates_only: rt::Field::Absent,
            deadline_for_feature_updates_in_days: rt::Field::Absent,
            deadline_for_quality_updates_in_days: rt::Field::Absent,
            deadline_grace_period_in_days: rt::Field::Absent,
            delivery_optimization_mode: rt::Field::Absent,
            drivers_excluded: rt::Field::Absent,
            engaged_restart_deadline_in_days: rt::Field::Absent,
            engaged_restart_snooze_schedule_in_days: rt::Field::Absent,
            engaged_restart_transition_schedule_in_days: rt::Field::Absent,
            feature_updates_deferral_period_in_days: rt::Field::Absent,
            feature_updates_paused: rt::Field::Absent,
            feature_updates_pause_expiry_date_time: rt::Field::Absent,
            feature_updates_pause_start_date: rt::Field::Absent,
            feature_updates_rollback_start_date_time: rt::Field::Absent,
            feature_updates_rollback_window_in_days: rt::Field::Absent,
            feature_updates_will_be_rolled_back: rt::Field::Absent,
            installation_schedule: rt::Field::Absent,
            microsoft_update_service_allowed: rt::Field::Absent,
            postpone_reboot_until_after_deadline: rt::Field::Absent,
            prerelease_features: rt::Field::Absent,
            quality_updates_deferral_period_in_days: rt::Field::Absent,
            quality_updates_paused: rt::Field::Absent,
            quality_updates_pause_expiry_date_time: rt::Field::Absent,
            quality_updates_pause_start_date: rt::Field::Absent,
            quality_updates_rollback_start_date_time: rt::Field::Absent,
            quality_updates_will_be_rolled_back: rt::Field::Absent,
            schedule_imminent_restart_warning_in_minutes: rt::Field::Absent,
            schedule_restart_warning_in_hours: rt::Field::Absent,
            skip_checks_before_restart: rt::Field::Absent,
            update_notification_level: rt::Field::Absent,
            update_weeks: rt::Field::Absent,
            user_pause_access: rt::Field::Absent,
            user_windows_update_scan_access: rt::Field::Absent,
            device_update_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsUpdateForBusinessConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsUpdateForBusinessConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "automaticUpdateMode",
        "autoRestartNotificationDismissal",
        "businessReadyUpdatesOnly",
        "deadlineForFeatureUpdatesInDays",
        "deadlineForQualityUpdatesInDays",
        "deadlineGracePeriodInDays",
        "deliveryOptimizationMode",
        "driversExcluded",
        "engagedRestartDeadlineInDays",
        "engagedRestartSnoozeScheduleInDays",
        "engagedRestartTransitionScheduleInDays",
        "featureUpdatesDeferralPeriodInDays",
        "featureUpdatesPaused",
        "featureUpdatesPauseExpiryDateTime",
        "featureUpdatesPauseStartDate",
        "featureUpdatesRollbackStartDateTime",
        "featureUpdatesRollbackWindowInDays",
        "featureUpdatesWillBeRolledBack",
        "installationSchedule",
        "microsoftUpdateServiceAllowed",
        "postponeRebootUntilAfterDeadline",
        "prereleaseFeatures",
        "qualityUpdatesDeferralPeriodInDays",
        "qualityUpdatesPaused",
        "qualityUpdatesPauseExpiryDateTime",
        "qualityUpdatesPauseStartDate",
        "qualityUpdatesRollbackStartDateTime",
        "qualityUpdatesWillBeRolledBack",
        "scheduleImminentRestartWarningInMinutes",
        "scheduleRestartWarningInHours",
        "skipChecksBeforeRestart",
        "updateNotificationLevel",
        "updateWeeks",
        "userPauseAccess",
        "userWindowsUpdateScanAccess",
        "deviceUpdateStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"automaticUpdateMode\":          ",
        ",\"autoRestartNotificationDismissal\":",
        ",\"businessReadyUpdatesOnly\":     ",
        ",\"deadlineForFeatureUpdatesInDays\":",
        ",\"deadlineForQualityUpdatesInDays\":",
        ",\"deadlineGracePeriodInDays\":    ",
        ",\"deliveryOptimizationMode\":     ",
        ",\"driversExcluded\":              ",
        ",\"engagedRestartDeadlineInDays\": ",
        ",\"engagedRestartSnoozeScheduleInDays\":",
        ",\"engagedRestartTransitionScheduleInDays\":",
        ",\"featureUpdatesDeferralPeriodInDays\":",
        ",\"featureUpdatesPaused\":         ",
        ",\"featureUpdatesPauseExpiryDateTime\":",
        ",\"featureUpdatesPauseStartDate\": ",
        ",\"featureUpdatesRollbackStartDateTime\":",
        ",\"featureUpdatesRollbackWindowInDays\":",
        ",\"featureUpdatesWillBeRolledBack\":",
        ",\"installationSchedule\":         ",
        ",\"microsoftUpdateServiceAllowed\":",
        ",\"postponeRebootUntilAfterDeadline\":",
        ",\"prereleaseFeatures\":           ",
        ",\"qualityUpdatesDeferralPeriodInDays\":",
        ",\"qualityUpdatesPaused\":         ",
        ",\"qualityUpdatesPauseExpiryDateTime\":",
        ",\"qualityUpdatesPauseStartDate\": ",
        ",\"qualityUpdatesRollbackStartDateTime\":",
        ",\"qualityUpdatesWillBeRolledBack\":",
        ",\"scheduleImminentRestartWarningInMinutes\":",
        ",\"scheduleRestartWarningInHours\":",
        ",\"skipChecksBeforeRestart\":      ",
        ",\"updateNotificationLevel\":      ",
        ",\"updateWeeks\":                  ",
        ",\"userPauseAccess\":              ",
        ",\"userWindowsUpdateScanAccess\":  ",
        ",\"deviceUpdateStates\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsUpdateForBusinessConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "automatic_update_mode", &self.automatic_update_mode);
        v.field(
            19usize,
            "auto_restart_notification_dismissal",
            &self.auto_restart_notification_dismissal,
        );
        v.field(
            20usize,
            "business_ready_updates_only",
            &self.business_ready_updates_only,
        );
        v.field(
            21usize,
            "deadline_for_feature_updates_in_days",
            &self.deadline_for_feature_updates_in_days,
        );
        v.field(
            22usize,
            "deadline_for_quality_updates_in_days",
            &self.deadline_for_quality_updates_in_days,
        );
        v.field(
            23usize,
            "deadline_grace_period_in_days",
            &self.deadline_grace_period_in_days,
        );
        v.field(24usize, "delivery_optimization_mode", &self.delivery_optimization_mode);
        v.field(25usize, "drivers_excluded", &self.drivers_excluded);
        v.field(
            26usize,
            "engaged_restart_deadline_in_days",
            &self.engaged_restart_deadline_in_days,
        );
        v.field(
            27usize,
            "engaged_restart_snooze_schedule_in_days",
            &self.engaged_restart_snooze_schedule_in_days,
        );
        v.field(
            28usize,
            "engaged_restart_transition_schedule_in_days",
            &self.engaged_restart_transition_schedule_in_days,
        );
        v.field(
            29usize,
            "feature_updates_deferral_period_in_days",
            &self.feature_updates_deferral_period_in_days,
        );
        v.field(30usize, "feature_updates_paused", &self.feature_updates_paused);
        v.field(
            31usize,
            "feature_updates_pause_expiry_date_time",
            &self.feature_updates_pause_expiry_date_time,
        );
        v.field(
            32usize,
            "feature_updates_pause_start_date",
            &self.feature_updates_pause_start_date,
        );
        v.field(
            33usize,
            "feature_updates_rollback_start_date_time",
            &self.feature_updates_rollback_start_date_time,
        );
        v.field(
            34usize,
            "feature_updates_rollback_window_in_days",
            &self.feature_updates_rollback_window_in_days,
        );
        v.field(
            35usize,
            "feature_updates_will_be_rolled_back",
            &self.feature_updates_will_be_rolled_back,
        );
        v.field(36usize, "installation_schedule", &self.installation_schedule);
        v.field(
            37usize,
            "microsoft_update_service_allowed",
            &self.microsoft_update_service_allowed,
        );
        v.field(
            38usize,
            "postpone_reboot_until_after_deadline",
            &self.postpone_reboot_until_after_deadline,
        );
        v.field(39usize, "prerelease_features", &self.prerelease_features);
        v.field(
            40usize,
            "quality_updates_deferral_period_in_days",
            &self.quality_updates_deferral_period_in_days,
        );
        v.field(41usize, "quality_updates_paused", &self.quality_updates_paused);
        v.field(
            42usize,
            "quality_updates_pause_expiry_date_time",
            &self.quality_updates_pause_expiry_date_time,
        );
        v.field(
            43usize,
            "quality_updates_pause_start_date",
            &self.quality_updates_pause_start_date,
        );
        v.field(
            44usize,
            "quality_updates_rollback_start_date_time",
            &self.quality_updates_rollback_start_date_time,
        );
        v.field(
            45usize,
            "quality_updates_will_be_rolled_back",
            &self.quality_updates_will_be_rolled_back,
        );
        v.field(
            46usize,
            "schedule_imminent_restart_warning_in_minutes",
            &self.schedule_imminent_restart_warning_in_minutes,
        );
        v.field(
            47usize,
            "schedule_restart_warning_in_hours",
            &self.schedule_restart_warning_in_hours,
        );
        v.field(48usize, "skip_checks_before_restart", &self.skip_checks_before_restart);
        v.field(49usize, "update_notification_level", &self.update_notification_level);
        v.field(50usize, "update_weeks", &self.update_weeks);
        v.field(51usize, "user_pause_access", &self.user_pause_access);
        v.field(
            52usize,
            "user_windows_update_scan_access",
            &self.user_windows_update_scan_access,
        );
        v.field(53usize, "device_update_states", &self.device_update_states);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsUpdateForBusinessConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.automatic_update_mode.read_from(r),
            19usize => self.auto_restart_notification_dismissal.read_from(r),
            20usize => self.business_ready_updates_only.read_from(r),
            21usize => self.deadline_for_feature_updates_in_days.read_from(r),
            22usize => self.deadline_for_quality_updates_in_days.read_from(r),
            23usize => self.deadline_grace_period_in_days.read_from(r),
            24usize => self.delivery_optimization_mode.read_from(r),
            25usize => self.drivers_excluded.read_from(r),
            26usize => self.engaged_restart_deadline_in_days.read_from(r),
            27usize => self.engaged_restart_snooze_schedule_in_days.read_from(r),
            28usize => self.engaged_restart_transition_schedule_in_days.read_from(r),
            29usize => self.feature_updates_deferral_period_in_days.read_from(r),
            30usize => self.feature_updates_paused.read_from(r),
            31usize => self.feature_updates_pause_expiry_date_time.read_from(r),
            32usize => self.feature_updates_pause_start_date.read_from(r),
            33usize => self.feature_updates_rollback_start_date_time.read_from(r),
            34usize => self.feature_updates_rollback_window_in_days.read_from(r),
            35usize => self.feature_updates_will_be_rolled_back.read_from(r),
            36usize => self.installation_schedule.read_from(r),
            37usize => self.microsoft_update_service_allowed.read_from(r),
            38usize => self.postpone_reboot_until_after_deadline.read_from(r),
            39usize => self.prerelease_features.read_from(r),
            40usize => self.quality_updates_deferral_period_in_days.read_from(r),
            41usize => self.quality_updates_paused.read_from(r),
            42usize => self.quality_updates_pause_expiry_date_time.read_from(r),
            43usize => self.quality_updates_pause_start_date.read_from(r),
            44usize => self.quality_updates_rollback_start_date_time.read_from(r),
            45usize => self.quality_updates_will_be_rolled_back.read_from(r),
            46usize => self.schedule_imminent_restart_warning_in_minutes.read_from(r),
            47usize => self.schedule_restart_warning_in_hours.read_from(r),
            48usize => self.skip_checks_before_restart.read_from(r),
            49usize => self.update_notification_level.read_from(r),
            50usize => self.update_weeks.read_from(r),
            51usize => self.user_pause_access.read_from(r),
            52usize => self.user_windows_update_scan_access.read_from(r),
            53usize => self.device_update_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.automatic_update_mode);
        w.field(19usize, &self.auto_restart_notification_dismissal);
        w.field(20usize, &self.business_ready_updates_only);
        w.field(21usize, &self.deadline_for_feature_updates_in_days);
        w.field(22usize, &self.deadline_for_quality_updates_in_days);
        w.field(23usize, &self.deadline_grace_period_in_days);
        w.field(24usize, &self.delivery_optimization_mode);
        w.field(25usize, &self.drivers_excluded);
        w.field(26usize, &self.engaged_restart_deadline_in_days);
        w.field(27usize, &self.engaged_restart_snooze_schedule_in_days);
        w.field(28usize, &self.engaged_restart_transition_schedule_in_days);
        w.field(29usize, &self.feature_updates_deferral_period_in_days);
        w.field(30usize, &self.feature_updates_paused);
        w.field(31usize, &self.feature_updates_pause_expiry_date_time);
        w.field(32usize, &self.feature_updates_pause_start_date);
        w.field(33usize, &self.feature_updates_rollback_start_date_time);
        w.field(34usize, &self.feature_updates_rollback_window_in_days);
        w.field(35usize, &self.feature_updates_will_be_rolled_back);
        w.field(36usize, &self.installation_schedule);
        w.field(37usize, &self.microsoft_update_service_allowed);
        w.field(38usize, &self.postpone_reboot_until_after_deadline);
        w.field(39usize, &self.prerelease_features);
        w.field(40usize, &self.quality_updates_deferral_period_in_days);
        w.field(41usize, &self.quality_updates_paused);
        w.field(42usize, &self.quality_updates_pause_expiry_date_time);
        w.field(43usize, &self.quality_updates_pause_start_date);
        w.field(44usize, &self.quality_updates_rollback_start_date_time);
        w.field(45usize, &self.quality_updates_will_be_rolled_back);
        w.field(46usize, &self.schedule_imminent_restart_warning_in_minutes);
        w.field(47usize, &self.schedule_restart_warning_in_hours);
        w.field(48usize, &self.skip_checks_before_restart);
        w.field(49usize, &self.update_notification_level);
        w.field(50usize, &self.update_weeks);
        w.field(51usize, &self.user_pause_access);
        w.field(52usize, &self.user_windows_update_scan_access);
        w.field(53usize, &self.device_update_states);
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
rt::impl_object!(WindowsUpdateForBusinessConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsUpdateForBusinessConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_automatic_update_mode automatic_update_mode : crate ::beta::AutomaticUpdateMode;
    with_auto_restart_notification_dismissal auto_restart_notification_dismissal : crate
    ::beta::AutoRestartNotificationDismissalMethod; with_business_ready_updates_only
    business_ready_updates_only : crate ::beta::WindowsUpdateType;
    with_deadline_for_feature_updates_in_days deadline_for_feature_updates_in_days : i32;
    with_deadline_for_quality_updates_in_days deadline_for_quality_updates_in_days : i32;
    with_deadline_grace_period_in_days deadline_grace_period_in_days : i32;
    with_delivery_optimization_mode delivery_optimization_mode : crate
    ::beta::WindowsDeliveryOptimizationMode; with_drivers_excluded drivers_excluded :
    bool; with_engaged_restart_deadline_in_days engaged_restart_deadline_in_days : i32;
    with_engaged_restart_snooze_schedule_in_days engaged_restart_snooze_schedule_in_days
    : i32; with_engaged_restart_transition_schedule_in_days
    engaged_restart_transition_schedule_in_days : i32;
    with_feature_updates_deferral_period_in_days feature_updates_deferral_period_in_days
    : i32; with_feature_updates_paused feature_updates_paused : bool;
    with_feature_updates_pause_expiry_date_time feature_updates_pause_expiry_date_time :
    rt::edm::DateTimeOffset; with_feature_updates_pause_start_date
    feature_updates_pause_start_date : rt::edm::Date;
    with_feature_updates_rollback_start_date_time
    feature_updates_rollback_start_date_time : rt::edm::DateTimeOffset;
    with_feature_updates_rollback_window_in_days feature_updates_rollback_window_in_days
    : i32; with_feature_updates_will_be_rolled_back feature_updates_will_be_rolled_back :
    bool; with_installation_schedule installation_schedule : crate
    ::beta::AnyWindowsUpdateInstallScheduleType; with_microsoft_update_service_allowed
    microsoft_update_service_allowed : bool; with_postpone_reboot_until_after_deadline
    postpone_reboot_until_after_deadline : bool; with_prerelease_features
    prerelease_features : crate ::beta::PrereleaseFeatures;
    with_quality_updates_deferral_period_in_days quality_updates_deferral_period_in_days
    : i32; with_quality_updates_paused quality_updates_paused : bool;
    with_quality_updates_pause_expiry_date_time quality_updates_pause_expiry_date_time :
    rt::edm::DateTimeOffset; with_quality_updates_pause_start_date
    quality_updates_pause_start_date : rt::edm::Date;
    with_quality_updates_rollback_start_date_time
    quality_updates_rollback_start_date_time : rt::edm::DateTimeOffset;
    with_quality_updates_will_be_rolled_back quality_updates_will_be_rolled_back : bool;
    with_schedule_imminent_restart_warning_in_minutes
    schedule_imminent_restart_warning_in_minutes : i32;
    with_schedule_restart_warning_in_hours schedule_restart_warning_in_hours : i32;
    with_skip_checks_before_restart skip_checks_before_restart : bool;
    with_update_notification_level update_notification_level : crate
    ::beta::WindowsUpdateNotificationDisplayOption; with_update_weeks update_weeks :
    rt::Flags < crate ::beta::WindowsUpdateForBusinessUpdateWeeks >;
    with_user_pause_access user_pause_access : crate ::beta::Enablement;
    with_user_windows_update_scan_access user_windows_update_scan_access : crate
    ::beta::Enablement; with_device_update_states device_update_states : ::std::vec::Vec
    < crate ::beta::WindowsUpdateState >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsUpdateForBusinessConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Windows VPN configuration profile.
///
/// CSDL: `microsoft.graph.windowsVpnConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, abstract, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyWindowsVpnConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsVpnConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Connection name displayed to the user.
    ///
    /// CSDL: property `connectionName`: `Edm.String`, not nullable.
    pub connection_name: rt::Field<::std::string::String>,
    /// Custom XML commands that configures the VPN connection. (UTF8 encoded byte array)
    ///
    /// CSDL: property `customXml`: `Edm.Binary`, nullable.
    pub custom_xml: rt::Field<rt::edm::Binary>,
    /// List of VPN Servers on the network. Make sure end users can access these network locations. This collection can contain a maximum of 500 elements.
    ///
    /// CSDL: property `servers`: `Collection(microsoft.graph.vpnServer)`, not nullable.
    pub servers: rt::Field<::std::vec::Vec<crate::beta::VpnServer>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsVpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            connection_name: rt::Field::Absent,
            custom_xml: rt::Field::Absent,
            servers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsVpnConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsVpnConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "connectionName",
        "customXml",
        "servers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"connectionName\":               ",
        ",\"customXml\":                    ",
        ",\"servers\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsVpnConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "connection_name", &self.connection_name);
        v.field(19usize, "custom_xml", &self.custom_xml);
        v.field(20usize, "servers", &self.servers);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsVpnConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.connection_name.read_from(r),
            19usize => self.custom_xml.read_from(r),
            20usize => self.servers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.connection_name);
        w.field(19usize, &self.custom_xml);
        w.field(20usize, &self.servers);
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
rt::impl_object!(WindowsVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsVpnConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_connection_name connection_name : ::std::string::String; with_custom_xml
    custom_xml : rt::edm::Binary; with_servers servers : ::std::vec::Vec < crate
    ::beta::VpnServer >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsVpnConfiguration` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsVpnConfiguration {
    WindowsVpnConfiguration(::std::boxed::Box<crate::beta::WindowsVpnConfiguration>),
    Windows10VpnConfiguration(::std::boxed::Box<crate::beta::Windows10VpnConfiguration>),
    Windows81VpnConfiguration(::std::boxed::Box<crate::beta::Windows81VpnConfiguration>),
    WindowsPhone81VpnConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81VpnConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsVpnConfiguration {
    #[inline]
    fn default() -> Self {
        Self::WindowsVpnConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsVpnConfiguration>
for AnyWindowsVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsVpnConfiguration) -> Self {
        Self::WindowsVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows10VpnConfiguration>
for AnyWindowsVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows10VpnConfiguration) -> Self {
        Self::Windows10VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Windows81VpnConfiguration>
for AnyWindowsVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::Windows81VpnConfiguration) -> Self {
        Self::Windows81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsPhone81VpnConfiguration>
for AnyWindowsVpnConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsPhone81VpnConfiguration) -> Self {
        Self::WindowsPhone81VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsVpnConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsVpnConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows10VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::Windows81VpnConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsPhone81VpnConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsVpnConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.windowsVpnConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.windows10VpnConfiguration") => {
                Self::Windows10VpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.windows81VpnConfiguration") => {
                Self::Windows81VpnConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81VpnConfiguration",
            ) => Self::WindowsPhone81VpnConfiguration(rt::object::new_boxed()),
            _ => Self::WindowsVpnConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsVpnConfiguration(v) => &**v,
            Self::Windows10VpnConfiguration(v) => &**v,
            Self::Windows81VpnConfiguration(v) => &**v,
            Self::WindowsPhone81VpnConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut **v,
            Self::Windows10VpnConfiguration(v) => &mut **v,
            Self::Windows81VpnConfiguration(v) => &mut **v,
            Self::WindowsPhone81VpnConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsVpnConfiguration {
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
            Self::WindowsVpnConfiguration(v) => &v.id,
            Self::Windows10VpnConfiguration(v) => &v.id,
            Self::Windows81VpnConfiguration(v) => &v.id,
            Self::WindowsPhone81VpnConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.id,
            Self::Windows10VpnConfiguration(v) => &mut v.id,
            Self::Windows81VpnConfiguration(v) => &mut v.id,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.created_date_time,
            Self::Windows10VpnConfiguration(v) => &v.created_date_time,
            Self::Windows81VpnConfiguration(v) => &v.created_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.created_date_time,
            Self::Windows10VpnConfiguration(v) => &mut v.created_date_time,
            Self::Windows81VpnConfiguration(v) => &mut v.created_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.description,
            Self::Windows10VpnConfiguration(v) => &v.description,
            Self::Windows81VpnConfiguration(v) => &v.description,
            Self::WindowsPhone81VpnConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.description,
            Self::Windows10VpnConfiguration(v) => &mut v.description,
            Self::Windows81VpnConfiguration(v) => &mut v.description,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows10VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows10VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::WindowsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows10VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::WindowsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows10VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::WindowsVpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows10VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::Windows81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::WindowsVpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows10VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::Windows81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.display_name,
            Self::Windows10VpnConfiguration(v) => &v.display_name,
            Self::Windows81VpnConfiguration(v) => &v.display_name,
            Self::WindowsPhone81VpnConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.display_name,
            Self::Windows10VpnConfiguration(v) => &mut v.display_name,
            Self::Windows81VpnConfiguration(v) => &mut v.display_name,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.last_modified_date_time,
            Self::Windows10VpnConfiguration(v) => &v.last_modified_date_time,
            Self::Windows81VpnConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows10VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::Windows81VpnConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows10VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::Windows81VpnConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsPhone81VpnConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows10VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::Windows81VpnConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.supports_scope_tags,
            Self::Windows10VpnConfiguration(v) => &v.supports_scope_tags,
            Self::Windows81VpnConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsPhone81VpnConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows10VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::Windows81VpnConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.version,
            Self::Windows10VpnConfiguration(v) => &v.version,
            Self::Windows81VpnConfiguration(v) => &v.version,
            Self::WindowsPhone81VpnConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.version,
            Self::Windows10VpnConfiguration(v) => &mut v.version,
            Self::Windows81VpnConfiguration(v) => &mut v.version,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.assignments,
            Self::Windows10VpnConfiguration(v) => &v.assignments,
            Self::Windows81VpnConfiguration(v) => &v.assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.assignments,
            Self::Windows10VpnConfiguration(v) => &mut v.assignments,
            Self::Windows81VpnConfiguration(v) => &mut v.assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows10VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::Windows81VpnConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_setting_state_summaries,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::Windows10VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::Windows81VpnConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::WindowsPhone81VpnConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.device_statuses,
            Self::Windows10VpnConfiguration(v) => &v.device_statuses,
            Self::Windows81VpnConfiguration(v) => &v.device_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.device_statuses,
            Self::Windows10VpnConfiguration(v) => &mut v.device_statuses,
            Self::Windows81VpnConfiguration(v) => &mut v.device_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.device_status_overview,
            Self::Windows10VpnConfiguration(v) => &v.device_status_overview,
            Self::Windows81VpnConfiguration(v) => &v.device_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.device_status_overview,
            Self::Windows10VpnConfiguration(v) => &mut v.device_status_overview,
            Self::Windows81VpnConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.device_status_overview,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.group_assignments,
            Self::Windows10VpnConfiguration(v) => &v.group_assignments,
            Self::Windows81VpnConfiguration(v) => &v.group_assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &v.group_assignments,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    > {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.group_assignments,
            Self::Windows10VpnConfiguration(v) => &mut v.group_assignments,
            Self::Windows81VpnConfiguration(v) => &mut v.group_assignments,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.user_statuses,
            Self::Windows10VpnConfiguration(v) => &v.user_statuses,
            Self::Windows81VpnConfiguration(v) => &v.user_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.user_statuses,
            Self::Windows10VpnConfiguration(v) => &mut v.user_statuses,
            Self::Windows81VpnConfiguration(v) => &mut v.user_statuses,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.user_status_overview,
            Self::Windows10VpnConfiguration(v) => &v.user_status_overview,
            Self::Windows81VpnConfiguration(v) => &v.user_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.user_status_overview,
            Self::Windows10VpnConfiguration(v) => &mut v.user_status_overview,
            Self::Windows81VpnConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.connection_name,
            Self::Windows10VpnConfiguration(v) => &v.connection_name,
            Self::Windows81VpnConfiguration(v) => &v.connection_name,
            Self::WindowsPhone81VpnConfiguration(v) => &v.connection_name,
        }
    }
    /// `connectionName` of any variant.
    #[inline]
    pub fn connection_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.connection_name,
            Self::Windows10VpnConfiguration(v) => &mut v.connection_name,
            Self::Windows81VpnConfiguration(v) => &mut v.connection_name,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.connection_name,
        }
    }
    /// `customXml` of any variant.
    #[inline]
    pub fn custom_xml(&self) -> &rt::Field<rt::edm::Binary> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.custom_xml,
            Self::Windows10VpnConfiguration(v) => &v.custom_xml,
            Self::Windows81VpnConfiguration(v) => &v.custom_xml,
            Self::WindowsPhone81VpnConfiguration(v) => &v.custom_xml,
        }
    }
    /// `customXml` of any variant.
    #[inline]
    pub fn custom_xml_mut(&mut self) -> &mut rt::Field<rt::edm::Binary> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.custom_xml,
            Self::Windows10VpnConfiguration(v) => &mut v.custom_xml,
            Self::Windows81VpnConfiguration(v) => &mut v.custom_xml,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.custom_xml,
        }
    }
    /// `servers` of any variant.
    #[inline]
    pub fn servers(&self) -> &rt::Field<::std::vec::Vec<crate::beta::VpnServer>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &v.servers,
            Self::Windows10VpnConfiguration(v) => &v.servers,
            Self::Windows81VpnConfiguration(v) => &v.servers,
            Self::WindowsPhone81VpnConfiguration(v) => &v.servers,
        }
    }
    /// `servers` of any variant.
    #[inline]
    pub fn servers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::VpnServer>> {
        match self {
            Self::WindowsVpnConfiguration(v) => &mut v.servers,
            Self::Windows10VpnConfiguration(v) => &mut v.servers,
            Self::Windows81VpnConfiguration(v) => &mut v.servers,
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.servers,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsVpnConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// Device Configuration.
///
/// CSDL: `microsoft.graph.windowsWifiConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`DeviceConfigurationPath`](requests/trait.DeviceConfigurationPath.html), what a path to one (`EntityPath<AnyWindowsWifiConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsWifiConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Specify whether the wifi connection should connect automatically when in range.
    ///
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, nullable.
    pub connect_automatically: rt::Field<bool>,
    /// Specify whether the wifi connection should connect to more preferred networks when already connected to this one.  Requires ConnectAutomatically to be true.
    ///
    /// CSDL: property `connectToPreferredNetwork`: `Edm.Boolean`, nullable.
    pub connect_to_preferred_network: rt::Field<bool>,
    /// Specify whether the wifi connection should connect automatically even when the SSID is not broadcasting.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Specify whether to force FIPS compliance.
    ///
    /// CSDL: property `forceFIPSCompliance`: `Edm.Boolean`, nullable.
    pub force_fips_compliance: rt::Field<bool>,
    /// Specify the metered connection limit type for the wifi connection.
    ///
    /// CSDL: property `meteredConnectionLimit`: `microsoft.graph.meteredConnectionLimitType`, nullable.
    pub metered_connection_limit: rt::Field<crate::beta::MeteredConnectionLimitType>,
    /// Specify the network configuration name.
    ///
    /// CSDL: property `networkName`: `Edm.String`, nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// Specify the URL for the proxy server configuration script.
    ///
    /// CSDL: property `proxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// Specify the IP address for the proxy server.
    ///
    /// CSDL: property `proxyManualAddress`: `Edm.String`, nullable.
    pub proxy_manual_address: rt::Field<::std::string::String>,
    /// Specify the port for the proxy server.
    ///
    /// CSDL: property `proxyManualPort`: `Edm.Int32`, nullable.
    pub proxy_manual_port: rt::Field<i32>,
    /// Specify the proxy setting for Wi-Fi configuration
    ///
    /// CSDL: property `proxySetting`: `microsoft.graph.wiFiProxySetting`, nullable.
    pub proxy_setting: rt::Field<crate::beta::WiFiProxySetting>,
    /// Specify the SSID of the wifi connection.
    ///
    /// CSDL: property `ssid`: `Edm.String`, nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Specify the Wifi Security Type.
    ///
    /// CSDL: property `wifiSecurityType`: `microsoft.graph.wiFiSecurityType`, nullable.
    pub wifi_security_type: rt::Field<crate::beta::WiFiSecurityType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsWifiConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            connect_automatically: rt::Field::Absent,
            connect_to_preferred_network: rt::Field::Absent,
            connect_when_network_name_is_hidden: rt::Field::Absent,
            force_fips_compliance: rt::Field::Absent,
            metered_connection_limit: rt::Field::Absent,
            network_name: rt::Field::Absent,
            pre_shared_key: rt::Field::Absent,
            proxy_automatic_configuration_url: rt::Field::Absent,
            proxy_manual_address: rt::Field::Absent,
            proxy_manual_port: rt::Field::Absent,
            proxy_setting: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wifi_security_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsWifiConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsWifiConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "connectAutomatically",
        "connectToPreferredNetwork",
        "connectWhenNetworkNameIsHidden",
        "forceFIPSCompliance",
        "meteredConnectionLimit",
        "networkName",
        "preSharedKey",
        "proxyAutomaticConfigurationUrl",
        "proxyManualAddress",
        "proxyManualPort",
        "proxySetting",
        "ssid",
        "wifiSecurityType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"connectAutomatically\":         ",
        ",\"connectToPreferredNetwork\":    ",
        ",\"connectWhenNetworkNameIsHidden\":",
        ",\"forceFIPSCompliance\":          ",
        ",\"meteredConnectionLimit\":       ",
        ",\"networkName\":                  ",
        ",\"preSharedKey\":                 ",
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":           ",
        ",\"proxyManualPort\":              ",
        ",\"proxySetting\":                 ",
        ",\"ssid\":                         ",
        ",\"wifiSecurityType\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsWifiConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "connect_automatically", &self.connect_automatically);
        v.field(
            19usize,
            "connect_to_preferred_network",
            &self.connect_to_preferred_network,
        );
        v.field(
            20usize,
            "connect_when_network_name_is_hidden",
            &self.connect_when_network_name_is_hidden,
        );
        v.field(21usize, "force_fips_compliance", &self.force_fips_compliance);
        v.field(22usize, "metered_connection_limit", &self.metered_connection_limit);
        v.field(23usize, "network_name", &self.network_name);
        v.field(24usize, "pre_shared_key", &self.pre_shared_key);
        v.field(
            25usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        v.field(26usize, "proxy_manual_address", &self.proxy_manual_address);
        v.field(27usize, "proxy_manual_port", &self.proxy_manual_port);
        v.field(28usize, "proxy_setting", &self.proxy_setting);
        v.field(29usize, "ssid", &self.ssid);
        v.field(30usize, "wifi_security_type", &self.wifi_security_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsWifiConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.connect_automatically.read_from(r),
            19usize => self.connect_to_preferred_network.read_from(r),
            20usize => self.connect_when_network_name_is_hidden.read_from(r),
            21usize => self.force_fips_compliance.read_from(r),
            22usize => self.metered_connection_limit.read_from(r),
            23usize => self.network_name.read_from(r),
            24usize => self.pre_shared_key.read_from(r),
            25usize => self.proxy_automatic_configuration_url.read_from(r),
            26usize => self.proxy_manual_address.read_from(r),
            27usize => self.proxy_manual_port.read_from(r),
            28usize => self.proxy_setting.read_from(r),
            29usize => self.ssid.read_from(r),
            30usize => self.wifi_security_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.connect_automatically);
        w.field(19usize, &self.connect_to_preferred_network);
        w.field(20usize, &self.connect_when_network_name_is_hidden);
        w.field(21usize, &self.force_fips_compliance);
        w.field(22usize, &self.metered_connection_limit);
        w.field(23usize, &self.network_name);
        w.field(24usize, &self.pre_shared_key);
        w.field(25usize, &self.proxy_automatic_configuration_url);
        w.field(26usize, &self.proxy_manual_address);
        w.field(27usize, &self.proxy_manual_port);
        w.field(28usize, &self.proxy_setting);
        w.field(29usize, &self.ssid);
        w.field(30usize, &self.wifi_security_type);
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
rt::impl_object!(WindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsWifiConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_connect_automatically connect_automatically : bool;
    with_connect_to_preferred_network connect_to_preferred_network : bool;
    with_connect_when_network_name_is_hidden connect_when_network_name_is_hidden : bool;
    with_force_fips_compliance force_fips_compliance : bool;
    with_metered_connection_limit metered_connection_limit : crate
    ::beta::MeteredConnectionLimitType; with_network_name network_name :
    ::std::string::String; with_pre_shared_key pre_shared_key : ::std::string::String;
    with_proxy_automatic_configuration_url proxy_automatic_configuration_url :
    ::std::string::String; with_proxy_manual_address proxy_manual_address :
    ::std::string::String; with_proxy_manual_port proxy_manual_port : i32;
    with_proxy_setting proxy_setting : crate ::beta::WiFiProxySetting; with_ssid ssid :
    ::std::string::String; with_wifi_security_type wifi_security_type : crate
    ::beta::WiFiSecurityType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.windowsWifiConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWindowsWifiConfiguration {
    WindowsWifiConfiguration(::std::boxed::Box<crate::beta::WindowsWifiConfiguration>),
    WindowsWifiEnterpriseEapConfiguration(
        ::std::boxed::Box<crate::beta::WindowsWifiEnterpriseEapConfiguration>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyWindowsWifiConfiguration {
    #[inline]
    fn default() -> Self {
        Self::WindowsWifiConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiConfiguration>
for AnyWindowsWifiConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsWifiConfiguration) -> Self {
        Self::WindowsWifiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsWifiEnterpriseEapConfiguration>
for AnyWindowsWifiConfiguration {
    #[inline]
    fn from(v: crate::beta::WindowsWifiEnterpriseEapConfiguration) -> Self {
        Self::WindowsWifiEnterpriseEapConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyWindowsWifiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyWindowsWifiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyWindowsWifiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyWindowsWifiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyWindowsWifiConfiguration {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::WindowsWifiConfiguration>();
    rt::object::auto_traits::<crate::beta::WindowsWifiEnterpriseEapConfiguration>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyWindowsWifiConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.windowsWifiConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.windowsWifiEnterpriseEAPConfiguration",
            ) => Self::WindowsWifiEnterpriseEapConfiguration(rt::object::new_boxed()),
            _ => Self::WindowsWifiConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WindowsWifiConfiguration(v) => &**v,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut **v,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyWindowsWifiConfiguration {
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
            Self::WindowsWifiConfiguration(v) => &v.id,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.id,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.created_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.created_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.description,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.description,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.description,
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleDeviceMode` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_device_mode_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleDeviceMode> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_management_applicability_rule_device_mode
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsEdition` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_edition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsEdition> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_edition
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> &rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `deviceManagementApplicabilityRuleOsVersion` of any variant.
    #[inline]
    pub fn device_management_applicability_rule_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceManagementApplicabilityRuleOsVersion> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_management_applicability_rule_os_version
            }
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.display_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.display_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.last_modified_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.last_modified_date_time,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.last_modified_date_time
            }
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.role_scope_tag_ids,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.supports_scope_tags,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.supports_scope_tags,
        }
    }
    /// `supportsScopeTags` of any variant.
    #[inline]
    pub fn supports_scope_tags_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.supports_scope_tags,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.supports_scope_tags,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.version,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.version,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.version,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.assignments,
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.device_setting_state_summaries,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.device_setting_state_summaries
            }
        }
    }
    /// `deviceSettingStateSummaries` of any variant.
    #[inline]
    pub fn device_setting_state_summaries_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SettingStateDeviceSummary>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.device_setting_state_summaries,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_setting_state_summaries
            }
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.device_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.device_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.device_statuses,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.device_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.device_status_overview,
        }
    }
    /// `deviceStatusOverview` of any variant.
    #[inline]
    pub fn device_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationDeviceOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.device_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.device_status_overview
            }
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.group_assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.group_assignments,
        }
    }
    /// `groupAssignments` of any variant.
    #[inline]
    pub fn group_assignments_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    > {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.group_assignments,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.group_assignments,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.user_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.user_statuses,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.user_statuses,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> &rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.user_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.user_status_overview,
        }
    }
    /// `userStatusOverview` of any variant.
    #[inline]
    pub fn user_status_overview_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::DeviceConfigurationUserOverview> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.user_status_overview,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.user_status_overview,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.connect_automatically,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.connect_automatically,
        }
    }
    /// `connectAutomatically` of any variant.
    #[inline]
    pub fn connect_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.connect_automatically,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.connect_automatically
            }
        }
    }
    /// `connectToPreferredNetwork` of any variant.
    #[inline]
    pub fn connect_to_preferred_network(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.connect_to_preferred_network,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.connect_to_preferred_network
            }
        }
    }
    /// `connectToPreferredNetwork` of any variant.
    #[inline]
    pub fn connect_to_preferred_network_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.connect_to_preferred_network,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.connect_to_preferred_network
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.connect_when_network_name_is_hidden,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `connectWhenNetworkNameIsHidden` of any variant.
    #[inline]
    pub fn connect_when_network_name_is_hidden_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.connect_when_network_name_is_hidden
            }
        }
    }
    /// `forceFIPSCompliance` of any variant.
    #[inline]
    pub fn force_fips_compliance(&self) -> &rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.force_fips_compliance,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.force_fips_compliance,
        }
    }
    /// `forceFIPSCompliance` of any variant.
    #[inline]
    pub fn force_fips_compliance_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.force_fips_compliance,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.force_fips_compliance
            }
        }
    }
    /// `meteredConnectionLimit` of any variant.
    #[inline]
    pub fn metered_connection_limit(
        &self,
    ) -> &rt::Field<crate::beta::MeteredConnectionLimitType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.metered_connection_limit,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.metered_connection_limit,
        }
    }
    /// `meteredConnectionLimit` of any variant.
    #[inline]
    pub fn metered_connection_limit_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MeteredConnectionLimitType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.metered_connection_limit,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.metered_connection_limit
            }
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.network_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.network_name,
        }
    }
    /// `networkName` of any variant.
    #[inline]
    pub fn network_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.network_name,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.network_name,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.pre_shared_key,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.pre_shared_key,
        }
    }
    /// `preSharedKey` of any variant.
    #[inline]
    pub fn pre_shared_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.pre_shared_key,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.pre_shared_key,
        }
    }
    /// `proxyAutomaticConfigurationUrl` of any variant.
    #[inline]
    pub fn proxy_automatic_configuration_url(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_automatic_configuration_url,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &v.proxy_automatic_configuration_url
            }
        }
    }
    /// `proxyAutomaticConfigurationUrl` of any variant.
    #[inline]
    pub fn proxy_automatic_configuration_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_automatic_configuration_url,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                &mut v.proxy_automatic_configuration_url
            }
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_manual_address,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.proxy_manual_address,
        }
    }
    /// `proxyManualAddress` of any variant.
    #[inline]
    pub fn proxy_manual_address_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_manual_address,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.proxy_manual_address,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port(&self) -> &rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_manual_port,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.proxy_manual_port,
        }
    }
    /// `proxyManualPort` of any variant.
    #[inline]
    pub fn proxy_manual_port_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_manual_port,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.proxy_manual_port,
        }
    }
    /// `proxySetting` of any variant.
    #[inline]
    pub fn proxy_setting(&self) -> &rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.proxy_setting,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.proxy_setting,
        }
    }
    /// `proxySetting` of any variant.
    #[inline]
    pub fn proxy_setting_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiProxySetting> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.proxy_setting,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.proxy_setting,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.ssid,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.ssid,
        }
    }
    /// `ssid` of any variant.
    #[inline]
    pub fn ssid_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.ssid,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.ssid,
        }
    }
    /// `wifiSecurityType` of any variant.
    #[inline]
    pub fn wifi_security_type(&self) -> &rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &v.wifi_security_type,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.wifi_security_type,
        }
    }
    /// `wifiSecurityType` of any variant.
    #[inline]
    pub fn wifi_security_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::WiFiSecurityType> {
        match self {
            Self::WindowsWifiConfiguration(v) => &mut v.wifi_security_type,
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.wifi_security_type,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyWindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWindowsWifiConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// This entity provides descriptions of the declared methods, properties and relationships exposed by the Wifi CSP.
///
/// CSDL: `microsoft.graph.windowsWifiEnterpriseEAPConfiguration`, entity type, derived from `microsoft.graph.windowsWifiConfiguration`, key `id`.
///
/// Request builders: [`WindowsWifiEnterpriseEapConfigurationPath`](requests/trait.WindowsWifiEnterpriseEapConfigurationPath.html), what a path to one (`EntityPath<WindowsWifiEnterpriseEapConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct WindowsWifiEnterpriseEapConfiguration {
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
    /// The device mode applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleDeviceMode`: `microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`, nullable.
    pub device_management_applicability_rule_device_mode: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    >,
    /// The OS edition applicability for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsEdition`: `microsoft.graph.deviceManagementApplicabilityRuleOsEdition`, nullable.
    pub device_management_applicability_rule_os_edition: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    >,
    /// The OS version applicability rule for this Policy.
    ///
    /// CSDL: property `deviceManagementApplicabilityRuleOsVersion`: `microsoft.graph.deviceManagementApplicabilityRuleOsVersion`, nullable.
    pub device_management_applicability_rule_os_version: rt::Field<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    >,
    /// Admin provided name of the device configuration.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Indicates whether or not the underlying Device Configuration supports the assignment of scope tags. Assigning to the ScopeTags property is not allowed when this value is false and entities will not be visible to scoped users. This occurs for Legacy policies created in Silverlight and can be resolved by deleting and recreating the policy in the Azure Portal. This property is read-only.
    ///
    /// CSDL: property `supportsScopeTags`: `Edm.Boolean`, not nullable.
    pub supports_scope_tags: rt::Field<bool>,
    /// Version of the device configuration.
    ///
    /// CSDL: property `version`: `Edm.Int32`, not nullable.
    pub version: rt::Field<i32>,
    /// The list of assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.deviceConfigurationAssignment)`, not nullable.
    pub assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationAssignment>,
    >,
    /// Device Configuration Setting State Device Summary
    ///
    /// CSDL: containment navigation property `deviceSettingStateSummaries`: `Collection(microsoft.graph.settingStateDeviceSummary)`, not nullable.
    pub device_setting_state_summaries: rt::Field<
        ::std::vec::Vec<crate::beta::SettingStateDeviceSummary>,
    >,
    /// Device configuration installation status by device.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.deviceConfigurationDeviceStatus)`, not nullable.
    pub device_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationDeviceStatus>,
    >,
    /// Device Configuration devices status overview
    ///
    /// CSDL: containment navigation property `deviceStatusOverview`: `microsoft.graph.deviceConfigurationDeviceOverview`, nullable.
    pub device_status_overview: rt::Field<
        crate::beta::DeviceConfigurationDeviceOverview,
    >,
    /// The list of group assignments for the device configuration profile.
    ///
    /// CSDL: containment navigation property `groupAssignments`: `Collection(microsoft.graph.deviceConfigurationGroupAssignment)`, not nullable.
    pub group_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationGroupAssignment>,
    >,
    /// Device configuration installation status by user.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.deviceConfigurationUserStatus)`, not nullable.
    pub user_statuses: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceConfigurationUserStatus>,
    >,
    /// Device Configuration users status overview
    ///
    /// CSDL: containment navigation property `userStatusOverview`: `microsoft.graph.deviceConfigurationUserOverview`, nullable.
    pub user_status_overview: rt::Field<crate::beta::DeviceConfigurationUserOverview>,
    /// Specify whether the wifi connection should connect automatically when in range.
    ///
    /// CSDL: property `connectAutomatically`: `Edm.Boolean`, nullable.
    pub connect_automatically: rt::Field<bool>,
    /// Specify whether the wifi connection should connect to more preferred networks when already connected to this one.  Requires ConnectAutomatically to be true.
    ///
    /// CSDL: property `connectToPreferredNetwork`: `Edm.Boolean`, nullable.
    pub connect_to_preferred_network: rt::Field<bool>,
    /// Specify whether the wifi connection should connect automatically even when the SSID is not broadcasting.
    ///
    /// CSDL: property `connectWhenNetworkNameIsHidden`: `Edm.Boolean`, nullable.
    pub connect_when_network_name_is_hidden: rt::Field<bool>,
    /// Specify whether to force FIPS compliance.
    ///
    /// CSDL: property `forceFIPSCompliance`: `Edm.Boolean`, nullable.
    pub force_fips_compliance: rt::Field<bool>,
    /// Specify the metered connection limit type for the wifi connection.
    ///
    /// CSDL: property `meteredConnectionLimit`: `microsoft.graph.meteredConnectionLimitType`, nullable.
    pub metered_connection_limit: rt::Field<crate::beta::MeteredConnectionLimitType>,
    /// Specify the network configuration name.
    ///
    /// CSDL: property `networkName`: `Edm.String`, nullable.
    pub network_name: rt::Field<::std::string::String>,
    /// This is the pre-shared key for WPA Personal Wi-Fi network.
    ///
    /// CSDL: property `preSharedKey`: `Edm.String`, nullable.
    pub pre_shared_key: rt::Field<::std::string::String>,
    /// Specify the URL for the proxy server configuration script.
    ///
    /// CSDL: property `proxyAutomaticConfigurationUrl`: `Edm.String`, nullable.
    pub proxy_automatic_configuration_url: rt::Field<::std::string::String>,
    /// Specify the IP address for the proxy server.
    ///
    /// CSDL: property `proxyManualAddress`: `Edm.String`, nullable.
    pub proxy_manual_address: rt::Field<::std::string::String>,
    /// Specify the port for the proxy server.
    ///
    /// CSDL: property `proxyManualPort`: `Edm.Int32`, nullable.
    pub proxy_manual_port: rt::Field<i32>,
    /// Specify the proxy setting for Wi-Fi configuration
    ///
    /// CSDL: property `proxySetting`: `microsoft.graph.wiFiProxySetting`, nullable.
    pub proxy_setting: rt::Field<crate::beta::WiFiProxySetting>,
    /// Specify the SSID of the wifi connection.
    ///
    /// CSDL: property `ssid`: `Edm.String`, nullable.
    pub ssid: rt::Field<::std::string::String>,
    /// Specify the Wifi Security Type.
    ///
    /// CSDL: property `wifiSecurityType`: `microsoft.graph.wiFiSecurityType`, nullable.
    pub wifi_security_type: rt::Field<crate::beta::WiFiSecurityType>,
    /// Specify the authentication method.
    ///
    /// CSDL: property `authenticationMethod`: `microsoft.graph.wiFiAuthenticationMethod`, nullable.
    pub authentication_method: rt::Field<crate::beta::WiFiAuthenticationMethod>,
    /// Specify the number of seconds for the client to wait after an authentication attempt before failing. Valid range 1-3600.
    ///
    /// CSDL: property `authenticationPeriodInSeconds`: `Edm.Int32`, nullable.
    pub authentication_period_in_seconds: rt::Field<i32>,
    /// Specify the number of seconds between a failed authentication and the next authentication attempt. Valid range 1-3600.
    ///
    /// CSDL: property `authenticationRetryDelayPeriodInSeconds`: `Edm.Int32`, nullable.
    pub authentication_retry_delay_period_in_seconds: rt::Field<i32>,
    /// Specify whether to authenticate the user, the device, either, or to use guest authentication (none). If you’re using certificate authentication, make sure the certificate type matches the authentication type.
    ///
    /// CSDL: property `authenticationType`: `microsoft.graph.wifiAuthenticationType`, nullable.
    pub authentication_type: rt::Field<crate::beta::WifiAuthenticationType>,
    /// Specify whether to cache user credentials on the device so that users don’t need to keep entering them each time they connect.
    ///
    /// CSDL: property `cacheCredentials`: `Edm.Boolean`, nullable.
    pub cache_credentials: rt::Field<bool>,
    /// Specify whether to prevent the user from being prompted to authorize new servers for trusted certification authorities when EAP type is selected as PEAP.
    ///
    /// CSDL: property `disableUserPromptForServerValidation`: `Edm.Boolean`, nullable.
    pub disable_user_prompt_for_server_validation: rt::Field<bool>,
    /// Specify the number of seconds to wait before sending an EAPOL (Extensible Authentication Protocol over LAN) Start message. Valid range 1-3600.
    ///
    /// CSDL: property `eapolStartPeriodInSeconds`: `Edm.Int32`, nullable.
    pub eapol_start_period_in_seconds: rt::Field<i32>,
    /// Extensible Authentication Protocol (EAP). Indicates the type of EAP protocol set on the Wi-Fi endpoint (router).
    ///
    /// CSDL: property `eapType`: `microsoft.graph.eapType`, not nullable.
    pub eap_type: rt::Field<crate::beta::EapType>,
    /// Specify whether the wifi connection should enable pairwise master key caching.
    ///
    /// CSDL: property `enablePairwiseMasterKeyCaching`: `Edm.Boolean`, nullable.
    pub enable_pairwise_master_key_caching: rt::Field<bool>,
    /// Specify whether pre-authentication should be enabled.
    ///
    /// CSDL: property `enablePreAuthentication`: `Edm.Boolean`, nullable.
    pub enable_pre_authentication: rt::Field<bool>,
    /// Specify inner authentication protocol for EAP TTLS.
    ///
    /// CSDL: property `innerAuthenticationProtocolForEAPTTLS`: `microsoft.graph.nonEapAuthenticationMethodForEapTtlsType`, nullable.
    pub inner_authentication_protocol_for_eapttls: rt::Field<
        crate::beta::NonEapAuthenticationMethodForEapTtlsType,
    >,
    /// Specify the maximum authentication failures allowed for a set of credentials. Valid range 1-100.
    ///
    /// CSDL: property `maximumAuthenticationFailures`: `Edm.Int32`, nullable.
    pub maximum_authentication_failures: rt::Field<i32>,
    /// Specify maximum authentication timeout (in seconds).  Valid range: 1-120
    ///
    /// CSDL: property `maximumAuthenticationTimeoutInSeconds`: `Edm.Int32`, nullable.
    pub maximum_authentication_timeout_in_seconds: rt::Field<i32>,
    /// Specifiy the maximum number of EAPOL (Extensible Authentication Protocol over LAN) Start messages to be sent before returning failure. Valid range 1-100.
    ///
    /// CSDL: property `maximumEAPOLStartMessages`: `Edm.Int32`, nullable.
    pub maximum_eapol_start_messages: rt::Field<i32>,
    /// Specify maximum number of pairwise master keys in cache.  Valid range: 1-255
    ///
    /// CSDL: property `maximumNumberOfPairwiseMasterKeysInCache`: `Edm.Int32`, nullable.
    pub maximum_number_of_pairwise_master_keys_in_cache: rt::Field<i32>,
    /// Specify maximum pairwise master key cache time (in minutes).  Valid range: 5-1440
    ///
    /// CSDL: property `maximumPairwiseMasterKeyCacheTimeInMinutes`: `Edm.Int32`, nullable.
    pub maximum_pairwise_master_key_cache_time_in_minutes: rt::Field<i32>,
    /// Specify maximum pre-authentication attempts.  Valid range: 1-16
    ///
    /// CSDL: property `maximumPreAuthenticationAttempts`: `Edm.Int32`, nullable.
    pub maximum_pre_authentication_attempts: rt::Field<i32>,
    /// Specify the network single sign on type.
    ///
    /// CSDL: property `networkSingleSignOn`: `microsoft.graph.networkSingleSignOnType`, nullable.
    pub network_single_sign_on: rt::Field<crate::beta::NetworkSingleSignOnType>,
    /// Specify the string to replace usernames for privacy when using EAP TTLS or PEAP.
    ///
    /// CSDL: property `outerIdentityPrivacyTemporaryValue`: `Edm.String`, nullable.
    pub outer_identity_privacy_temporary_value: rt::Field<::std::string::String>,
    /// Specify whether to enable verification of server's identity by validating the certificate when EAP type is selected as PEAP.
    ///
    /// CSDL: property `performServerValidation`: `Edm.Boolean`, nullable.
    pub perform_server_validation: rt::Field<bool>,
    /// Specify whether the wifi connection should prompt for additional authentication credentials.
    ///
    /// CSDL: property `promptForAdditionalAuthenticationCredentials`: `Edm.Boolean`, nullable.
    pub prompt_for_additional_authentication_credentials: rt::Field<bool>,
    /// Specify whether to enable cryptographic binding when EAP type is selected as PEAP.
    ///
    /// CSDL: property `requireCryptographicBinding`: `Edm.Boolean`, nullable.
    pub require_cryptographic_binding: rt::Field<bool>,
    /// Specify trusted server certificate names.
    ///
    /// CSDL: property `trustedServerCertificateNames`: `Collection(Edm.String)`, nullable.
    pub trusted_server_certificate_names: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Specifiy whether to change the virtual LAN used by the device based on the user’s credentials. Cannot be used when NetworkSingleSignOnType is set to ​Disabled.
    ///
    /// CSDL: property `userBasedVirtualLan`: `Edm.Boolean`, nullable.
    pub user_based_virtual_lan: rt::Field<bool>,
    /// Specify identity certificate for client authentication.
    ///
    /// CSDL: navigation property `identityCertificateForClientAuthentication`: `microsoft.graph.windowsCertificateProfileBase`, nullable.
    pub identity_certificate_for_client_authentication: rt::Field<
        crate::beta::AnyWindowsCertificateProfileBase,
    >,
    /// Specify root certificate for client validation.
    ///
    /// CSDL: navigation property `rootCertificateForClientValidation`: `microsoft.graph.windows81TrustedRootCertificate`, nullable.
    pub root_certificate_for_client_validation: rt::Field<
        crate::beta::Windows81TrustedRootCertificate,
    >,
    /// Specify root certificate for server validation.
    ///
    /// CSDL: containment navigation property `rootCertificatesForServerValidation`: `Collection(microsoft.graph.windows81TrustedRootCertificate)`, not nullable.
    pub root_certificates_for_server_validation: rt::Field<
        ::std::vec::Vec<crate::beta::Windows81TrustedRootCertificate>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for WindowsWifiEnterpriseEapConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            device_management_applicability_rule_device_mode: rt::Field::Absent,
            device_management_applicability_rule_os_edition: rt::Field::Absent,
            device_management_applicability_rule_os_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            supports_scope_tags: rt::Field::Absent,
            version: rt::Field::Absent,
            assignments: rt::Field::Absent,
            device_setting_state_summaries: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            device_status_overview: rt::Field::Absent,
            group_assignments: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            user_status_overview: rt::Field::Absent,
            connect_automatically: rt::Field::Absent,
            connect_to_preferred_network: rt::Field::Absent,
            connect_when_network_name_is_hidden: rt::Field::Absent,
            force_fips_compliance: rt::Field::Absent,
            metered_connection_limit: rt::Field::Absent,
            network_name: rt::Field::Absent,
            pre_shared_key: rt::Field::Absent,
            proxy_automatic_configuration_url: rt::Field::Absent,
            proxy_manual_address: rt::Field::Absent,
            proxy_manual_port: rt::Field::Absent,
            proxy_setting: rt::Field::Absent,
            ssid: rt::Field::Absent,
            wifi_security_type: rt::Field::Absent,
            authentication_method: rt::Field::Absent,
            authentication_period_in_seconds: rt::Field::Absent,
            authentication_retry_delay_period_in_seconds: rt::Field::Absent,
            authentication_type: rt::Field::Absent,
            cache_credentials: rt::Field::Absent,
            disable_user_prompt_for_server_validation: rt::Field::Absent,
            eapol_start_period_in_seconds: rt::Field::Absent,
            eap_type: rt::Field::Absent,
            enable_pairwise_master_key_caching: rt::Field::Absent,
            enable_pre_authentication: rt::Field::Absent,
            inner_authentication_protocol_for_eapttls: rt::Field::Absent,
            maximum_authentication_failures: rt::Field::Absent,
            maximum_authentication_timeout_in_seconds: rt::Field::Absent,
            maximum_eapol_start_messages: rt::Field::Absent,
            maximum_number_of_pairwise_master_keys_in_cache: rt::Field::Absent,
            maximum_pairwise_master_key_cache_time_in_minutes: rt::Field::Absent,
            maximum_pre_authentication_attempts: rt::Field::Absent,
            network_single_sign_on: rt::Field::Absent,
            outer_identity_privacy_temporary_value: rt::Field::Absent,
            perform_server_validation: rt::Field::Absent,
            prompt_for_additional_authentication_credentials: rt::Field::Absent,
            require_cryptographic_binding: rt::Field::Absent,
            trusted_server_certificate_names: rt::Field::Absent,
            user_based_virtual_lan: rt::Field::Absent,
            identity_certificate_for_client_authentication: rt::Field::Absent,
            root_certificate_for_client_validation: rt::Field::Absent,
            root_certificates_for_server_validation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for WindowsWifiEnterpriseEapConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.windowsWifiEnterpriseEAPConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "deviceManagementApplicabilityRuleDeviceMode",
        "deviceManagementApplicabilityRuleOsEdition",
        "deviceManagementApplicabilityRuleOsVersion",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "supportsScopeTags",
        "version",
        "assignments",
        "deviceSettingStateSummaries",
        "deviceStatuses",
        "deviceStatusOverview",
        "groupAssignments",
        "userStatuses",
        "userStatusOverview",
        "connectAutomatically",
        "connectToPreferredNetwork",
        "connectWhenNetworkNameIsHidden",
        "forceFIPSCompliance",
        "meteredConnectionLimit",
        "networkName",
        "preSharedKey",
        "proxyAutomaticConfigurationUrl",
        "proxyManualAddress",
        "proxyManualPort",
        "proxySetting",
        "ssid",
        "wifiSecurityType",
        "authenticationMethod",
        "authenticationPeriodInSeconds",
        "authenticationRetryDelayPeriodInSeconds",
        "authenticationType",
        "cacheCredentials",
        "disableUserPromptForServerValidation",
        "eapolStartPeriodInSeconds",
        "eapType",
        "enablePairwiseMasterKeyCaching",
        "enablePreAuthentication",
        "innerAuthenticationProtocolForEAPTTLS",
        "maximumAuthenticationFailures",
        "maximumAuthenticationTimeoutInSeconds",
        "maximumEAPOLStartMessages",
        "maximumNumberOfPairwiseMasterKeysInCache",
        "maximumPairwiseMasterKeyCacheTimeInMinutes",
        "maximumPreAuthenticationAttempts",
        "networkSingleSignOn",
        "outerIdentityPrivacyTemporaryValue",
        "performServerValidation",
        "promptForAdditionalAuthenticationCredentials",
        "requireCryptographicBinding",
        "trustedServerCertificateNames",
        "userBasedVirtualLan",
        "identityCertificateForClientAuthentication",
        "rootCertificateForClientValidation",
        "rootCertificatesForServerValidation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"deviceManagementApplicabilityRuleDeviceMode\":",
        ",\"deviceManagementApplicabilityRuleOsEdition\":",
        ",\"deviceManagementApplicabilityRuleOsVersion\":",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"supportsScopeTags\":            ",
        ",\"version\":                      ",
        ",\"assignments\":                  ",
        ",\"deviceSettingStateSummaries\":  ",
        ",\"deviceStatuses\":               ",
        ",\"deviceStatusOverview\":         ",
        ",\"groupAssignments\":             ",
        ",\"userStatuses\":                 ",
        ",\"userStatusOverview\":           ",
        ",\"connectAutomatically\":         ",
        ",\"connectToPreferredNetwork\":    ",
        ",\"connectWhenNetworkNameIsHidden\":",
        ",\"forceFIPSCompliance\":          ",
        ",\"meteredConnectionLimit\":       ",
        ",\"networkName\":                  ",
        ",\"preSharedKey\":                 ",
        ",\"proxyAutomaticConfigurationUrl\":",
        ",\"proxyManualAddress\":           ",
        ",\"proxyManualPort\":              ",
        ",\"proxySetting\":                 ",
        ",\"ssid\":                         ",
        ",\"wifiSecurityType\":             ",
        ",\"authenticationMethod\":         ",
        ",\"authenticationPeriodInSeconds\":",
        ",\"authenticationRetryDelayPeriodInSeconds\":",
        ",\"authenticationType\":           ",
        ",\"cacheCredentials\":             ",
        ",\"disableUserPromptForServerValidation\":",
        ",\"eapolStartPeriodInSeconds\":    ",
        ",\"eapType\":                      ",
        ",\"enablePairwiseMasterKeyCaching\":",
        ",\"enablePreAuthentication\":      ",
        ",\"innerAuthenticationProtocolForEAPTTLS\":",
        ",\"maximumAuthenticationFailures\":",
        ",\"maximumAuthenticationTimeoutInSeconds\":",
        ",\"maximumEAPOLStartMessages\":    ",
        ",\"maximumNumberOfPairwiseMasterKeysInCache\":",
        ",\"maximumPairwiseMasterKeyCacheTimeInMinutes\":",
        ",\"maximumPreAuthenticationAttempts\":",
        ",\"networkSingleSignOn\":          ",
        ",\"outerIdentityPrivacyTemporaryValue\":",
        ",\"performServerValidation\":      ",
        ",\"promptForAdditionalAuthenticationCredentials\":",
        ",\"requireCryptographicBinding\":  ",
        ",\"trustedServerCertificateNames\":",
        ",\"userBasedVirtualLan\":          ",
        ",\"identityCertificateForClientAuthentication\":",
        ",\"rootCertificateForClientValidation\":",
        ",\"rootCertificatesForServerValidation\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.windowsWifiEnterpriseEAPConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(
            3usize,
            "device_management_applicability_rule_device_mode",
            &self.device_management_applicability_rule_device_mode,
        );
        v.field(
            4usize,
            "device_management_applicability_rule_os_edition",
            &self.device_management_applicability_rule_os_edition,
        );
        v.field(
            5usize,
            "device_management_applicability_rule_os_version",
            &self.device_management_applicability_rule_os_version,
        );
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(9usize, "supports_scope_tags", &self.supports_scope_tags);
        v.field(10usize, "version", &self.version);
        v.field(11usize, "assignments", &self.assignments);
        v.field(
            12usize,
            "device_setting_state_summaries",
            &self.device_setting_state_summaries,
        );
        v.field(13usize, "device_statuses", &self.device_statuses);
        v.field(14usize, "device_status_overview", &self.device_status_overview);
        v.field(15usize, "group_assignments", &self.group_assignments);
        v.field(16usize, "user_statuses", &self.user_statuses);
        v.field(17usize, "user_status_overview", &self.user_status_overview);
        v.field(18usize, "connect_automatically", &self.connect_automatically);
        v.field(
            19usize,
            "connect_to_preferred_network",
            &self.connect_to_preferred_network,
        );
        v.field(
            20usize,
            "connect_when_network_name_is_hidden",
            &self.connect_when_network_name_is_hidden,
        );
        v.field(21usize, "force_fips_compliance", &self.force_fips_compliance);
        v.field(22usize, "metered_connection_limit", &self.metered_connection_limit);
        v.field(23usize, "network_name", &self.network_name);
        v.field(24usize, "pre_shared_key", &self.pre_shared_key);
        v.field(
            25usize,
            "proxy_automatic_configuration_url",
            &self.proxy_automatic_configuration_url,
        );
        v.field(26usize, "proxy_manual_address", &self.proxy_manual_address);
        v.field(27usize, "proxy_manual_port", &self.proxy_manual_port);
        v.field(28usize, "proxy_setting", &self.proxy_setting);
        v.field(29usize, "ssid", &self.ssid);
        v.field(30usize, "wifi_security_type", &self.wifi_security_type);
        v.field(31usize, "authentication_method", &self.authentication_method);
        v.field(
            32usize,
            "authentication_period_in_seconds",
            &self.authentication_period_in_seconds,
        );
        v.field(
            33usize,
            "authentication_retry_delay_period_in_seconds",
            &self.authentication_retry_delay_period_in_seconds,
        );
        v.field(34usize, "authentication_type", &self.authentication_type);
        v.field(35usize, "cache_credentials", &self.cache_credentials);
        v.field(
            36usize,
            "disable_user_prompt_for_server_validation",
            &self.disable_user_prompt_for_server_validation,
        );
        v.field(
            37usize,
            "eapol_start_period_in_seconds",
            &self.eapol_start_period_in_seconds,
        );
        v.field(38usize, "eap_type", &self.eap_type);
        v.field(
            39usize,
            "enable_pairwise_master_key_caching",
            &self.enable_pairwise_master_key_caching,
        );
        v.field(40usize, "enable_pre_authentication", &self.enable_pre_authentication);
        v.field(
            41usize,
            "inner_authentication_protocol_for_eapttls",
            &self.inner_authentication_protocol_for_eapttls,
        );
        v.field(
            42usize,
            "maximum_authentication_failures",
            &self.maximum_authentication_failures,
        );
        v.field(
            43usize,
            "maximum_authentication_timeout_in_seconds",
            &self.maximum_authentication_timeout_in_seconds,
        );
        v.field(
            44usize,
            "maximum_eapol_start_messages",
            &self.maximum_eapol_start_messages,
        );
        v.field(
            45usize,
            "maximum_number_of_pairwise_master_keys_in_cache",
            &self.maximum_number_of_pairwise_master_keys_in_cache,
        );
        v.field(
            46usize,
            "maximum_pairwise_master_key_cache_time_in_minutes",
            &self.maximum_pairwise_master_key_cache_time_in_minutes,
        );
        v.field(
            47usize,
            "maximum_pre_authentication_attempts",
            &self.maximum_pre_authentication_attempts,
        );
        v.field(48usize, "network_single_sign_on", &self.network_single_sign_on);
        v.field(
            49usize,
            "outer_identity_privacy_temporary_value",
            &self.outer_identity_privacy_temporary_value,
        );
        v.field(50usize, "perform_server_validation", &self.perform_server_validation);
        v.field(
            51usize,
            "prompt_for_additional_authentication_credentials",
            &self.prompt_for_additional_authentication_credentials,
        );
        v.field(
            52usize,
            "require_cryptographic_binding",
            &self.require_cryptographic_binding,
        );
        v.field(
            53usize,
            "trusted_server_certificate_names",
            &self.trusted_server_certificate_names,
        );
        v.field(54usize, "user_based_virtual_lan", &self.user_based_virtual_lan);
        v.field(
            55usize,
            "identity_certificate_for_client_authentication",
            &self.identity_certificate_for_client_authentication,
        );
        v.field(
            56usize,
            "root_certificate_for_client_validation",
            &self.root_certificate_for_client_validation,
        );
        v.field(
            57usize,
            "root_certificates_for_server_validation",
            &self.root_certificates_for_server_validation,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for WindowsWifiEnterpriseEapConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.device_management_applicability_rule_device_mode.read_from(r),
            4usize => self.device_management_applicability_rule_os_edition.read_from(r),
            5usize => self.device_management_applicability_rule_os_version.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.role_scope_tag_ids.read_from(r),
            9usize => self.supports_scope_tags.read_from(r),
            10usize => self.version.read_from(r),
            11usize => self.assignments.read_from(r),
            12usize => self.device_setting_state_summaries.read_from(r),
            13usize => self.device_statuses.read_from(r),
            14usize => self.device_status_overview.read_from(r),
            15usize => self.group_assignments.read_from(r),
            16usize => self.user_statuses.read_from(r),
            17usize => self.user_status_overview.read_from(r),
            18usize => self.connect_automatically.read_from(r),
            19usize => self.connect_to_preferred_network.read_from(r),
            20usize => self.connect_when_network_name_is_hidden.read_from(r),
            21usize => self.force_fips_compliance.read_from(r),
            22usize => self.metered_connection_limit.read_from(r),
            23usize => self.network_name.read_from(r),
            24usize => self.pre_shared_key.read_from(r),
            25usize => self.proxy_automatic_configuration_url.read_from(r),
            26usize => self.proxy_manual_address.read_from(r),
            27usize => self.proxy_manual_port.read_from(r),
            28usize => self.proxy_setting.read_from(r),
            29usize => self.ssid.read_from(r),
            30usize => self.wifi_security_type.read_from(r),
            31usize => self.authentication_method.read_from(r),
            32usize => self.authentication_period_in_seconds.read_from(r),
            33usize => self.authentication_retry_delay_period_in_seconds.read_from(r),
            34usize => self.authentication_type.read_from(r),
            35usize => self.cache_credentials.read_from(r),
            36usize => self.disable_user_prompt_for_server_validation.read_from(r),
            37usize => self.eapol_start_period_in_seconds.read_from(r),
            38usize => self.eap_type.read_from(r),
            39usize => self.enable_pairwise_master_key_caching.read_from(r),
            40usize => self.enable_pre_authentication.read_from(r),
            41usize => self.inner_authentication_protocol_for_eapttls.read_from(r),
            42usize => self.maximum_authentication_failures.read_from(r),
            43usize => self.maximum_authentication_timeout_in_seconds.read_from(r),
            44usize => self.maximum_eapol_start_messages.read_from(r),
            45usize => self.maximum_number_of_pairwise_master_keys_in_cache.read_from(r),
            46usize => {
                self.maximum_pairwise_master_key_cache_time_in_minutes.read_from(r)
            }
            47usize => self.maximum_pre_authentication_attempts.read_from(r),
            48usize => self.network_single_sign_on.read_from(r),
            49usize => self.outer_identity_privacy_temporary_value.read_from(r),
            50usize => self.perform_server_validation.read_from(r),
            51usize => self.prompt_for_additional_authentication_credentials.read_from(r),
            52usize => self.require_cryptographic_binding.read_from(r),
            53usize => self.trusted_server_certificate_names.read_from(r),
            54usize => self.user_based_virtual_lan.read_from(r),
            55usize => self.identity_certificate_for_client_authentication.read_from(r),
            56usize => self.root_certificate_for_client_validation.read_from(r),
            57usize => self.root_certificates_for_server_validation.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.device_management_applicability_rule_device_mode);
        w.field(4usize, &self.device_management_applicability_rule_os_edition);
        w.field(5usize, &self.device_management_applicability_rule_os_version);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.role_scope_tag_ids);
        w.field(9usize, &self.supports_scope_tags);
        w.field(10usize, &self.version);
        w.field(11usize, &self.assignments);
        w.field(12usize, &self.device_setting_state_summaries);
        w.field(13usize, &self.device_statuses);
        w.field(14usize, &self.device_status_overview);
        w.field(15usize, &self.group_assignments);
        w.field(16usize, &self.user_statuses);
        w.field(17usize, &self.user_status_overview);
        w.field(18usize, &self.connect_automatically);
        w.field(19usize, &self.connect_to_preferred_network);
        w.field(20usize, &self.connect_when_network_name_is_hidden);
        w.field(21usize, &self.force_fips_compliance);
        w.field(22usize, &self.metered_connection_limit);
        w.field(23usize, &self.network_name);
        w.field(24usize, &self.pre_shared_key);
        w.field(25usize, &self.proxy_automatic_configuration_url);
        w.field(26usize, &self.proxy_manual_address);
        w.field(27usize, &self.proxy_manual_port);
        w.field(28usize, &self.proxy_setting);
        w.field(29usize, &self.ssid);
        w.field(30usize, &self.wifi_security_type);
        w.field(31usize, &self.authentication_method);
        w.field(32usize, &self.authentication_period_in_seconds);
        w.field(33usize, &self.authentication_retry_delay_period_in_seconds);
        w.field(34usize, &self.authentication_type);
        w.field(35usize, &self.cache_credentials);
        w.field(36usize, &self.disable_user_prompt_for_server_validation);
        w.field(37usize, &self.eapol_start_period_in_seconds);
        w.field(38usize, &self.eap_type);
        w.field(39usize, &self.enable_pairwise_master_key_caching);
        w.field(40usize, &self.enable_pre_authentication);
        w.field(41usize, &self.inner_authentication_protocol_for_eapttls);
        w.field(42usize, &self.maximum_authentication_failures);
        w.field(43usize, &self.maximum_authentication_timeout_in_seconds);
        w.field(44usize, &self.maximum_eapol_start_messages);
        w.field(45usize, &self.maximum_number_of_pairwise_master_keys_in_cache);
        w.field(46usize, &self.maximum_pairwise_master_key_cache_time_in_minutes);
        w.field(47usize, &self.maximum_pre_authentication_attempts);
        w.field(48usize, &self.network_single_sign_on);
        w.field(49usize, &self.outer_identity_privacy_temporary_value);
        w.field(50usize, &self.perform_server_validation);
        w.field(51usize, &self.prompt_for_additional_authentication_credentials);
        w.field(52usize, &self.require_cryptographic_binding);
        w.field(53usize, &self.trusted_server_certificate_names);
        w.field(54usize, &self.user_based_virtual_lan);
        w.field(55usize, &self.identity_certificate_for_client_authentication);
        w.field(56usize, &self.root_certificate_for_client_validation);
        w.field(57usize, &self.root_certificates_for_server_validation);
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
rt::impl_object!(WindowsWifiEnterpriseEapConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    WindowsWifiEnterpriseEapConfiguration { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String;
    with_device_management_applicability_rule_device_mode
    device_management_applicability_rule_device_mode : crate
    ::beta::DeviceManagementApplicabilityRuleDeviceMode;
    with_device_management_applicability_rule_os_edition
    device_management_applicability_rule_os_edition : crate
    ::beta::DeviceManagementApplicabilityRuleOsEdition;
    with_device_management_applicability_rule_os_version
    device_management_applicability_rule_os_version : crate
    ::beta::DeviceManagementApplicabilityRuleOsVersion; with_display_name display_name :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec
    < ::std::string::String >; with_supports_scope_tags supports_scope_tags : bool;
    with_version version : i32; with_assignments assignments : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationAssignment >; with_device_setting_state_summaries
    device_setting_state_summaries : ::std::vec::Vec < crate
    ::beta::SettingStateDeviceSummary >; with_device_statuses device_statuses :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationDeviceStatus >;
    with_device_status_overview device_status_overview : crate
    ::beta::DeviceConfigurationDeviceOverview; with_group_assignments group_assignments :
    ::std::vec::Vec < crate ::beta::DeviceConfigurationGroupAssignment >;
    with_user_statuses user_statuses : ::std::vec::Vec < crate
    ::beta::DeviceConfigurationUserStatus >; with_user_status_overview
    user_status_overview : crate ::beta::DeviceConfigurationUserOverview;
    with_connect_automatically connect_automatically : bool;
    with_connect_to_preferred_network connect_to_preferred_network : bool;
    with_connect_when_network_name_is_hidden connect_when_network_name_is_hidden : bool;
    with_force_fips_compliance force_fips_compliance : bool;
    with_metered_connection_limit metered_connection_limit : crate
    ::beta::MeteredConnectionLimitType; with_network_name network_name :
    ::std::string::String; with_pre_shared_key pre_shared_key : ::std::string::String;
    with_proxy_automatic_configuration_url proxy_automatic_configuration_url :
    ::std::string::String; with_proxy_manual_address proxy_manual_address :
    ::std::string::String; with_proxy_manual_port proxy_manual_port : i32;
    with_proxy_setting proxy_setting : crate ::beta::WiFiProxySetting; with_ssid ssid :
    ::std::string::String; with_wifi_security_type wifi_security_type : crate
    ::beta::WiFiSecurityType; with_authentication_method authentication_method : crate
    ::beta::WiFiAuthenticationMethod; with_authentication_period_in_seconds
    authentication_period_in_seconds : i32;
    with_authentication_retry_delay_period_in_seconds
    authentication_retry_delay_period_in_seconds : i32; with_authentication_type
    authentication_type : crate ::beta::WifiAuthenticationType; with_cache_credentials
    cache_credentials : bool; with_disable_user_prompt_for_server_validation
    disable_user_prompt_for_server_validation : bool; with_eapol_start_period_in_seconds
    eapol_start_period_in_seconds : i32; with_eap_type eap_type : crate ::beta::EapType;
    with_enable_pairwise_master_key_caching enable_pairwise_master_key_caching : bool;
    with_enable_pre_authentication enable_pre_authentication : bool;
    with_inner_authentication_protocol_for_eapttls
    inner_authentication_protocol_for_eapttls : crate
    ::beta::NonEapAuthenticationMethodForEapTtlsType;
    with_maximum_authentication_failures maximum_authentication_failures : i32;
    with_maximum_authentication_timeout_in_seconds
    maximum_authentication_timeout_in_seconds : i32; with_maximum_eapol_start_messages
    maximum_eapol_start_messages : i32;
    with_maximum_number_of_pairwise_master_keys_in_cache
    maximum_number_of_pairwise_master_keys_in_cache : i32;
    with_maximum_pairwise_master_key_cache_time_in_minutes
    maximum_pairwise_master_key_cache_time_in_minutes : i32;
    with_maximum_pre_authentication_attempts maximum_pre_authentication_attempts : i32;
    with_network_single_sign_on network_single_sign_on : crate
    ::beta::NetworkSingleSignOnType; with_outer_identity_privacy_temporary_value
    outer_identity_privacy_temporary_value : ::std::string::String;
    with_perform_server_validation perform_server_validation : bool;
    with_prompt_for_additional_authentication_credentials
    prompt_for_additional_authentication_credentials : bool;
    with_require_cryptographic_binding require_cryptographic_binding : bool;
    with_trusted_server_certificate_names trusted_server_certificate_names :
    ::std::vec::Vec < ::std::string::String >; with_user_based_virtual_lan
    user_based_virtual_lan : bool; with_identity_certificate_for_client_authentication
    identity_certificate_for_client_authentication : crate
    ::beta::AnyWindowsCertificateProfileBase; with_root_certificate_for_client_validation
    root_certificate_for_client_validation : crate
    ::beta::Windows81TrustedRootCertificate; with_root_certificates_for_server_validation
    root_certificates_for_server_validation : ::std::vec::Vec < crate
    ::beta::Windows81TrustedRootCertificate >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(WindowsWifiEnterpriseEapConfiguration);
