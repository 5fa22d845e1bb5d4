//! Types of `microsoft.graph` by the first letters of their names (`si_sy`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.signIn`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SignInPath`](requests/trait.SignInPath.html), what a path to one (`EntityPath<SignIn, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct SignIn {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `appliedConditionalAccessPolicies`: `Collection(microsoft.graph.appliedConditionalAccessPolicy)`, nullable.
    pub applied_conditional_access_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AppliedConditionalAccessPolicy>,
    >,
    /// CSDL: property `authenticationAppDeviceDetails`: `microsoft.graph.authenticationAppDeviceDetails`, nullable.
    pub authentication_app_device_details: rt::Field<
        crate::v1::AuthenticationAppDeviceDetails,
    >,
    /// CSDL: property `clientAppUsed`: `Edm.String`, nullable.
    pub client_app_used: rt::Field<::std::string::String>,
    /// CSDL: property `conditionalAccessStatus`: `microsoft.graph.conditionalAccessStatus`, nullable.
    pub conditional_access_status: rt::Field<crate::v1::ConditionalAccessStatus>,
    /// CSDL: property `correlationId`: `Edm.String`, nullable.
    pub correlation_id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceDetail`: `microsoft.graph.deviceDetail`, nullable.
    pub device_detail: rt::Field<crate::v1::DeviceDetail>,
    /// CSDL: property `homeTenantId`: `Edm.String`, nullable.
    pub home_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `isInteractive`: `Edm.Boolean`, nullable.
    pub is_interactive: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.signInLocation`, nullable.
    pub location: rt::Field<crate::v1::SignInLocation>,
    /// CSDL: property `resourceDisplayName`: `Edm.String`, nullable.
    pub resource_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceTenantId`: `Edm.String`, nullable.
    pub resource_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `riskDetail`: `microsoft.graph.riskDetail`, nullable.
    pub risk_detail: rt::Field<crate::v1::RiskDetail>,
    /// CSDL: property `riskEventTypes`: `Collection(microsoft.graph.riskEventType)`, nullable.
    pub risk_event_types: rt::Field<::std::vec::Vec<crate::v1::RiskEventType>>,
    /// CSDL: property `riskEventTypes_v2`: `Collection(Edm.String)`, nullable.
    pub risk_event_types_v2: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `riskLevelAggregated`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level_aggregated: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskLevelDuringSignIn`: `microsoft.graph.riskLevel`, nullable.
    pub risk_level_during_sign_in: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `riskState`: `microsoft.graph.riskState`, nullable.
    pub risk_state: rt::Field<crate::v1::RiskState>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.signInStatus`, nullable.
    pub status: rt::Field<crate::v1::SignInStatus>,
    /// CSDL: property `userAgent`: `Edm.String`, nullable.
    pub user_agent: rt::Field<::std::string::String>,
    /// CSDL: property `userDisplayName`: `Edm.String`, nullable.
    pub user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, not nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignIn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            applied_conditional_access_policies: rt::Field::Absent,
            authentication_app_device_details: rt::Field::Absent,
            client_app_used: rt::Field::Absent,
            conditional_access_status: rt::Field::Absent,
            correlation_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_detail: rt::Field::Absent,
            home_tenant_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            is_interactive: rt::Field::Absent,
            location: rt::Field::Absent,
            resource_display_name: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            resource_tenant_id: rt::Field::Absent,
            risk_detail: rt::Field::Absent,
            risk_event_types: rt::Field::Absent,
            risk_event_types_v2: rt::Field::Absent,
            risk_level_aggregated: rt::Field::Absent,
            risk_level_during_sign_in: rt::Field::Absent,
            risk_state: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            status: rt::Field::Absent,
            user_agent: rt::Field::Absent,
            user_display_name: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignIn {
    const TYPE_NAME: &'static str = "microsoft.graph.signIn";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appDisplayName",
        "appId",
        "appliedConditionalAccessPolicies",
        "authenticationAppDeviceDetails",
        "clientAppUsed",
        "conditionalAccessStatus",
        "correlationId",
        "createdDateTime",
        "deviceDetail",
        "homeTenantId",
        "ipAddress",
        "isInteractive",
        "location",
        "resourceDisplayName",
        "resourceId",
        "resourceTenantId",
        "riskDetail",
        "riskEventTypes",
        "riskEventTypes_v2",
        "riskLevelAggregated",
        "riskLevelDuringSignIn",
        "riskState",
        "servicePrincipalId",
        "servicePrincipalName",
        "status",
        "userAgent",
        "userDisplayName",
        "userId",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"appliedConditionalAccessPolicies\":",
        ",\"authenticationAppDeviceDetails\":",
        ",\"clientAppUsed\":                ",
        ",\"conditionalAccessStatus\":      ",
        ",\"correlationId\":                ",
        ",\"createdDateTime\":              ",
        ",\"deviceDetail\":                 ",
        ",\"homeTenantId\":                 ",
        ",\"ipAddress\":                    ",
        ",\"isInteractive\":                ",
        ",\"location\":                     ",
        ",\"resourceDisplayName\":          ",
        ",\"resourceId\":                   ",
        ",\"resourceTenantId\":             ",
        ",\"riskDetail\":                   ",
        ",\"riskEventTypes\":               ",
        ",\"riskEventTypes_v2\":            ",
        ",\"riskLevelAggregated\":          ",
        ",\"riskLevelDuringSignIn\":        ",
        ",\"riskState\":                    ",
        ",\"servicePrincipalId\":           ",
        ",\"servicePrincipalName\":         ",
        ",\"status\":                       ",
        ",\"userAgent\":                    ",
        ",\"userDisplayName\":              ",
        ",\"userId\":                       ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signIn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_display_name", &self.app_display_name);
        v.field(2usize, "app_id", &self.app_id);
        v.field(
            3usize,
            "applied_conditional_access_policies",
            &self.applied_conditional_access_policies,
        );
        v.field(
            4usize,
            "authentication_app_device_details",
            &self.authentication_app_device_details,
        );
        v.field(5usize, "client_app_used", &self.client_app_used);
        v.field(6usize, "conditional_access_status", &self.conditional_access_status);
        v.field(7usize, "correlation_id", &self.correlation_id);
        v.field(8usize, "created_date_time", &self.created_date_time);
        v.field(9usize, "device_detail", &self.device_detail);
        v.field(10usize, "home_tenant_id", &self.home_tenant_id);
        v.field(11usize, "ip_address", &self.ip_address);
        v.field(12usize, "is_interactive", &self.is_interactive);
        v.field(13usize, "location", &self.location);
        v.field(14usize, "resource_display_name", &self.resource_display_name);
        v.field(15usize, "resource_id", &self.resource_id);
        v.field(16usize, "resource_tenant_id", &self.resource_tenant_id);
        v.field(17usize, "risk_detail", &self.risk_detail);
        v.field(18usize, "risk_event_types", &self.risk_event_types);
        v.field(19usize, "risk_event_types_v2", &self.risk_event_types_v2);
        v.field(20usize, "risk_level_aggregated", &self.risk_level_aggregated);
        v.field(21usize, "risk_level_during_sign_in", &self.risk_level_during_sign_in);
        v.field(22usize, "risk_state", &self.risk_state);
        v.field(23usize, "service_principal_id", &self.service_principal_id);
        v.field(24usize, "service_principal_name", &self.service_principal_name);
        v.field(25usize, "status", &self.status);
        v.field(26usize, "user_agent", &self.user_agent);
        v.field(27usize, "user_display_name", &self.user_display_name);
        v.field(28usize, "user_id", &self.user_id);
        v.field(29usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignIn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_display_name.read_from(r),
            2usize => self.app_id.read_from(r),
            3usize => self.applied_conditional_access_policies.read_from(r),
            4usize => self.authentication_app_device_details.read_from(r),
            5usize => self.client_app_used.read_from(r),
            6usize => self.conditional_access_status.read_from(r),
            7usize => self.correlation_id.read_from(r),
            8usize => self.created_date_time.read_from(r),
            9usize => self.device_detail.read_from(r),
            10usize => self.home_tenant_id.read_from(r),
            11usize => self.ip_address.read_from(r),
            12usize => self.is_interactive.read_from(r),
            13usize => self.location.read_from(r),
            14usize => self.resource_display_name.read_from(r),
            15usize => self.resource_id.read_from(r),
            16usize => self.resource_tenant_id.read_from(r),
            17usize => self.risk_detail.read_from(r),
            18usize => self.risk_event_types.read_from(r),
            19usize => self.risk_event_types_v2.read_from(r),
            20usize => self.risk_level_aggregated.read_from(r),
            21usize => self.risk_level_during_sign_in.read_from(r),
            22usize => self.risk_state.read_from(r),
            23usize => self.service_principal_id.read_from(r),
            24usize => self.service_principal_name.read_from(r),
            25usize => self.status.read_from(r),
            26usize => self.user_agent.read_from(r),
            27usize => self.user_display_name.read_from(r),
            28usize => self.user_id.read_from(r),
            29usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_display_name);
        w.field(2usize, &self.app_id);
        w.field(3usize, &self.applied_conditional_access_policies);
        w.field(4usize, &self.authentication_app_device_details);
        w.field(5usize, &self.client_app_used);
        w.field(6usize, &self.conditional_access_status);
        w.field(7usize, &self.correlation_id);
        w.field(8usize, &self.created_date_time);
        w.field(9usize, &self.device_detail);
        w.field(10usize, &self.home_tenant_id);
        w.field(11usize, &self.ip_address);
        w.field(12usize, &self.is_interactive);
        w.field(13usize, &self.location);
        w.field(14usize, &self.resource_display_name);
        w.field(15usize, &self.resource_id);
        w.field(16usize, &self.resource_tenant_id);
        w.field(17usize, &self.risk_detail);
        w.field(18usize, &self.risk_event_types);
        w.field(19usize, &self.risk_event_types_v2);
        w.field(20usize, &self.risk_level_aggregated);
        w.field(21usize, &self.risk_level_during_sign_in);
        w.field(22usize, &self.risk_state);
        w.field(23usize, &self.service_principal_id);
        w.field(24usize, &self.service_principal_name);
        w.field(25usize, &self.status);
        w.field(26usize, &self.user_agent);
        w.field(27usize, &self.user_display_name);
        w.field(28usize, &self.user_id);
        w.field(29usize, &self.user_principal_name);
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(SignIn);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignIn { with_id id : ::std::string::String; with_app_display_name app_display_name :
    ::std::string::String; with_app_id app_id : ::std::string::String;
    with_applied_conditional_access_policies applied_conditional_access_policies :
    ::std::vec::Vec < crate ::v1::AppliedConditionalAccessPolicy >;
    with_authentication_app_device_details authentication_app_device_details : crate
    ::v1::AuthenticationAppDeviceDetails; with_client_app_used client_app_used :
    ::std::string::String; with_conditional_access_status conditional_access_status :
    crate ::v1::ConditionalAccessStatus; with_correlation_id correlation_id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_device_detail device_detail : crate ::v1::DeviceDetail;
    with_home_tenant_id home_tenant_id : ::std::string::String; with_ip_address
    ip_address : ::std::string::String; with_is_interactive is_interactive : bool;
    with_location location : crate ::v1::SignInLocation; with_resource_display_name
    resource_display_name : ::std::string::String; with_resource_id resource_id :
    ::std::string::String; with_resource_tenant_id resource_tenant_id :
    ::std::string::String; with_risk_detail risk_detail : crate ::v1::RiskDetail;
    with_risk_event_types risk_event_types : ::std::vec::Vec < crate ::v1::RiskEventType
    >; with_risk_event_types_v2 risk_event_types_v2 : ::std::vec::Vec <
    ::std::string::String >; with_risk_level_aggregated risk_level_aggregated : crate
    ::v1::RiskLevel; with_risk_level_during_sign_in risk_level_during_sign_in : crate
    ::v1::RiskLevel; with_risk_state risk_state : crate ::v1::RiskState;
    with_service_principal_id service_principal_id : ::std::string::String;
    with_service_principal_name service_principal_name : ::std::string::String;
    with_status status : crate ::v1::SignInStatus; with_user_agent user_agent :
    ::std::string::String; with_user_display_name user_display_name :
    ::std::string::String; with_user_id user_id : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignIn);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.signInConditions`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct SignInConditions {
    /// CSDL: property `authenticationFlow`: `microsoft.graph.authenticationFlow`, nullable.
    pub authentication_flow: rt::Field<crate::v1::AuthenticationFlow>,
    /// CSDL: property `clientAppType`: `microsoft.graph.conditionalAccessClientApp`, nullable.
    pub client_app_type: rt::Field<crate::v1::ConditionalAccessClientApp>,
    /// CSDL: property `country`: `Edm.String`, nullable.
    pub country: rt::Field<::std::string::String>,
    /// CSDL: property `deviceInfo`: `microsoft.graph.deviceInfo`, nullable.
    pub device_info: rt::Field<crate::v1::DeviceInfo>,
    /// CSDL: property `devicePlatform`: `microsoft.graph.conditionalAccessDevicePlatform`, nullable.
    pub device_platform: rt::Field<crate::v1::ConditionalAccessDevicePlatform>,
    /// CSDL: property `insiderRiskLevel`: `microsoft.graph.insiderRiskLevel`, nullable.
    pub insider_risk_level: rt::Field<crate::v1::InsiderRiskLevel>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalRiskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub service_principal_risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `signInRiskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub sign_in_risk_level: rt::Field<crate::v1::RiskLevel>,
    /// CSDL: property `userRiskLevel`: `microsoft.graph.riskLevel`, nullable.
    pub user_risk_level: rt::Field<crate::v1::RiskLevel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for SignInConditions {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_flow: rt::Field::Absent,
            client_app_type: rt::Field::Absent,
            country: rt::Field::Absent,
            device_info: rt::Field::Absent,
            device_platform: rt::Field::Absent,
            insider_risk_level: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            service_principal_risk_level: rt::Field::Absent,
            sign_in_risk_level: rt::Field::Absent,
            user_risk_level: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for SignInConditions {
    const TYPE_NAME: &'static str = "microsoft.graph.signInConditions";
    const KEYS: &'static [&'static str] = &[
        "authenticationFlow",
        "clientAppType",
        "country",
        "deviceInfo",
        "devicePlatform",
        "insiderRiskLevel",
        "ipAddress",
        "servicePrincipalRiskLevel",
        "signInRiskLevel",
        "userRiskLevel",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationFlow\":           ",
        ",\"clientAppType\":                ",
        ",\"country\":                      ",
        ",\"deviceInfo\":                   ",
        ",\"devicePlatform\":               ",
        ",\"insiderRiskLevel\":             ",
        ",\"ipAddress\":                    ",
        ",\"servicePrincipalRiskLevel\":    ",
        ",\"signInRiskLevel\":              ",
        ",\"userRiskLevel\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInConditions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "authentication_flow", &self.authentication_flow);
        v.field(1usize, "client_app_type", &self.client_app_type);
        v.field(2usize, "country", &self.country);
        v.field(3usize, "device_info", &self.device_info);
        v.field(4usize, "device_platform", &self.device_platform);
        v.field(5usize, "insider_risk_level", &self.insider_risk_level);
        v.field(6usize, "ip_address", &self.ip_address);
        v.field(
            7usize,
            "service_principal_risk_level",
            &self.service_principal_risk_level,
        );
        v.field(8usize, "sign_in_risk_level", &self.sign_in_risk_level);
        v.field(9usize, "user_risk_level", &self.user_risk_level);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for SignInConditions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_flow.read_from(r),
            1usize => self.client_app_type.read_from(r),
            2usize => self.country.read_from(r),
            3usize => self.device_info.read_from(r),
            4usize => self.device_platform.read_from(r),
            5usize => self.insider_risk_level.read_from(r),
            6usize => self.ip_address.read_from(r),
            7usize => self.service_principal_risk_level.read_from(r),
            8usize => self.sign_in_risk_level.read_from(r),
            9usize => self.user_risk_level.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_flow);
        w.field(1usize, &self.client_app_type);
        w.field(2usize, &self.country);
        w.field(3usize, &self.device_info);
        w.field(4usize, &self.device_platform);
        w.field(5usize, &self.insider_risk_level);
        w.field(6usize, &self.ip_address);
        w.field(7usize, &self.service_principal_risk_level);
        w.field(8usize, &self.sign_in_risk_level);
        w.field(9usize, &self.user_risk_level);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(SignInConditions);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    SignInConditions { with_authentication_flow authentication_flow : crate
    ::v1::AuthenticationFlow; with_client_app_type client_app_type : crate
    ::v1::ConditionalAccessClientApp; with_country country : ::std::string::String;
    with_device_info device_info : crate ::v1::DeviceInfo; with_device_platform
    device_platform : crate ::v1::ConditionalAccessDevicePlatform;
    with_insider_risk_level insider_risk_level : crate ::v1::InsiderRiskLevel;
    with_ip_address ip_address : ::std::string::String; with_service_principal_risk_level
    service_principal_risk_level : crate ::v1::RiskLevel; with_sign_in_risk_level
    sign_in_risk_level : crate ::v1::RiskLevel; with_user_risk_level user_risk_level :
    crate ::v1::RiskLevel; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInConditions);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.signInFrequencyAuthenticationType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SignInFrequencyAuthenticationType {
    /// `primaryAndSecondaryAuthentication` (value 0).
    PrimaryAndSecondaryAuthentication,
    /// `secondaryAuthentication` (value 1).
    SecondaryAuthentication,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for SignInFrequencyAuthenticationType {
    const TYPE_NAME: &'static str = "microsoft.graph.signInFrequencyAuthenticationType";
    const MEMBERS: &'static [&'static str] = &[
        "primaryAndSecondaryAuthentication",
        "secondaryAuthentication",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "primaryAndSecondaryAuthentication" => {
                    Self::PrimaryAndSecondaryAuthentication
                }
                "secondaryAuthentication" => Self::SecondaryAuthentication,
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
            Self::PrimaryAndSecondaryAuthentication => {
                "primaryAndSecondaryAuthentication"
            }
            Self::SecondaryAuthentication => "secondaryAuthentication",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(SignInFrequencyAuthenticationType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInFrequencyAuthenticationType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.signInFrequencyInterval`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SignInFrequencyInterval {
    /// `timeBased` (value 0).
    TimeBased,
    /// `everyTime` (value 1).
    EveryTime,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for SignInFrequencyInterval {
    const TYPE_NAME: &'static str = "microsoft.graph.signInFrequencyInterval";
    const MEMBERS: &'static [&'static str] = &[
        "timeBased",
        "everyTime",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "timeBased" => Self::TimeBased,
                "everyTime" => Self::EveryTime,
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
            Self::TimeBased => "timeBased",
            Self::EveryTime => "everyTime",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(SignInFrequencyInterval);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInFrequencyInterval);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.signInFrequencySessionControl`, complex type, derived from `microsoft.graph.conditionalAccessSessionControl`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct SignInFrequencySessionControl {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `authenticationType`: `microsoft.graph.signInFrequencyAuthenticationType`, nullable.
    pub authentication_type: rt::Field<crate::v1::SignInFrequencyAuthenticationType>,
    /// CSDL: property `frequencyInterval`: `microsoft.graph.signInFrequencyInterval`, nullable.
    pub frequency_interval: rt::Field<crate::v1::SignInFrequencyInterval>,
    /// CSDL: property `type`: `microsoft.graph.signinFrequencyType`, nullable.
    pub type_: rt::Field<crate::v1::SigninFrequencyType>,
    /// CSDL: property `value`: `Edm.Int32`, nullable.
    pub value: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for SignInFrequencySessionControl {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            authentication_type: rt::Field::Absent,
            frequency_interval: rt::Field::Absent,
            type_: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for SignInFrequencySessionControl {
    const TYPE_NAME: &'static str = "microsoft.graph.signInFrequencySessionControl";
    const KEYS: &'static [&'static str] = &[
        "isEnabled",
        "authenticationType",
        "frequencyInterval",
        "type",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"authenticationType\":           ",
        ",\"frequencyInterval\":            ",
        ",\"type\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInFrequencySessionControl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "authentication_type", &self.authentication_type);
        v.field(2usize, "frequency_interval", &self.frequency_interval);
        v.field(3usize, "type_", &self.type_);
        v.field(4usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for SignInFrequencySessionControl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.authentication_type.read_from(r),
            2usize => self.frequency_interval.read_from(r),
            3usize => self.type_.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.authentication_type);
        w.field(2usize, &self.frequency_interval);
        w.field(3usize, &self.type_);
        w.field(4usize, &self.value);
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
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(SignInFrequencySessionControl);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    SignInFrequencySessionControl { with_is_enabled is_enabled : bool;
    with_authentication_type authentication_type : crate
    ::v1::SignInFrequencyAuthenticationType; with_frequency_interval frequency_interval :
    crate ::v1::SignInFrequencyInterval; with_type type_ : crate
    ::v1::SigninFrequencyType; with_value value : i32; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInFrequencySessionControl);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.signInIdentity`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct SignInIdentity {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for SignInIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for SignInIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.signInIdentity";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.signInIdentity\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for SignInIdentity {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(SignInIdentity);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInIdentity);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.signInIdentity` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySignInIdentity {
    SignInIdentity(::std::boxed::Box<crate::v1::SignInIdentity>),
    ServicePrincipalSignIn(::std::boxed::Box<crate::v1::ServicePrincipalSignIn>),
    UserSignIn(::std::boxed::Box<crate::v1::UserSignIn>),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnySignInIdentity {
    #[inline]
    fn default() -> Self {
        Self::SignInIdentity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SignInIdentity> for AnySignInIdentity {
    #[inline]
    fn from(v: crate::v1::SignInIdentity) -> Self {
        Self::SignInIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServicePrincipalSignIn> for AnySignInIdentity {
    #[inline]
    fn from(v: crate::v1::ServicePrincipalSignIn) -> Self {
        Self::ServicePrincipalSignIn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserSignIn> for AnySignInIdentity {
    #[inline]
    fn from(v: crate::v1::UserSignIn) -> Self {
        Self::UserSignIn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnySignInIdentity {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnySignInIdentity {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnySignInIdentity {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnySignInIdentity {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnySignInIdentity {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SignInIdentity>();
    rt::object::auto_traits::<crate::v1::ServicePrincipalSignIn>();
    rt::object::auto_traits::<crate::v1::UserSignIn>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnySignInIdentity {
    const BASE_NAME: &'static str = "microsoft.graph.signInIdentity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.servicePrincipalSignIn") => {
                Self::ServicePrincipalSignIn(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.userSignIn") => {
                Self::UserSignIn(rt::object::new_boxed())
            }
            _ => Self::SignInIdentity(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SignInIdentity(v) => &**v,
            Self::ServicePrincipalSignIn(v) => &**v,
            Self::UserSignIn(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SignInIdentity(v) => &mut **v,
            Self::ServicePrincipalSignIn(v) => &mut **v,
            Self::UserSignIn(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnySignInIdentity {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnySignInIdentity);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySignInIdentity);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.signInStatus`, complex type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone)]
pub struct SignInStatus {
    /// CSDL: property `additionalDetails`: `Edm.String`, nullable.
    pub additional_details: rt::Field<::std::string::String>,
    /// CSDL: property `errorCode`: `Edm.Int32`, nullable.
    pub error_code: rt::Field<i32>,
    /// CSDL: property `failureReason`: `Edm.String`, nullable.
    pub failure_reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl ::std::default::Default for SignInStatus {
    #[inline]
    fn default() -> Self {
        Self {
            additional_details: rt::Field::Absent,
            error_code: rt::Field::Absent,
            failure_reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::Object for SignInStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.signInStatus";
    const KEYS: &'static [&'static str] = &[
        "additionalDetails",
        "errorCode",
        "failureReason",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalDetails\":            ",
        ",\"errorCode\":                    ",
        ",\"failureReason\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signInStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_details", &self.additional_details);
        v.field(1usize, "error_code", &self.error_code);
        v.field(2usize, "failure_reason", &self.failure_reason);
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::object::Members for SignInStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_details.read_from(r),
            1usize => self.error_code.read_from(r),
            2usize => self.failure_reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_details);
        w.field(1usize, &self.error_code);
        w.field(2usize, &self.failure_reason);
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
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_object!(SignInStatus);
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_setters!(
    SignInStatus { with_additional_details additional_details : ::std::string::String;
    with_error_code error_code : i32; with_failure_reason failure_reason :
    ::std::string::String; }
);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SignInStatus);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.signinFrequencyType`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SigninFrequencyType {
    /// `days` (value 0).
    Days,
    /// `hours` (value 1).
    Hours,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for SigninFrequencyType {
    const TYPE_NAME: &'static str = "microsoft.graph.signinFrequencyType";
    const MEMBERS: &'static [&'static str] = &["days", "hours"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "days" => Self::Days,
                "hours" => Self::Hours,
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
            Self::Days => "days",
            Self::Hours => "hours",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(SigninFrequencyType);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SigninFrequencyType);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// CSDL: `microsoft.graph.signingCertificateUpdateStatus`, complex type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct SigningCertificateUpdateStatus {
    /// CSDL: property `certificateUpdateResult`: `Edm.String`, nullable.
    pub certificate_update_result: rt::Field<::std::string::String>,
    /// CSDL: property `lastRunDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_run_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl ::std::default::Default for SigningCertificateUpdateStatus {
    #[inline]
    fn default() -> Self {
        Self {
            certificate_update_result: rt::Field::Absent,
            last_run_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::Object for SigningCertificateUpdateStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.signingCertificateUpdateStatus";
    const KEYS: &'static [&'static str] = &[
        "certificateUpdateResult",
        "lastRunDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"certificateUpdateResult\":      ",
        ",\"lastRunDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.signingCertificateUpdateStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "certificate_update_result", &self.certificate_update_result);
        v.field(1usize, "last_run_date_time", &self.last_run_date_time);
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::object::Members for SigningCertificateUpdateStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.certificate_update_result.read_from(r),
            1usize => self.last_run_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.certificate_update_result);
        w.field(1usize, &self.last_run_date_time);
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
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_object!(SigningCertificateUpdateStatus);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_setters!(
    SigningCertificateUpdateStatus { with_certificate_update_result
    certificate_update_result : ::std::string::String; with_last_run_date_time
    last_run_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SigningCertificateUpdateStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SimulationPath`](requests/trait.SimulationPath.html), what a path to one (`EntityPath<Simulation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Simulation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `attackTechnique`: `microsoft.graph.simulationAttackTechnique`, nullable.
    pub attack_technique: rt::Field<crate::v1::SimulationAttackTechnique>,
    /// CSDL: property `attackType`: `microsoft.graph.simulationAttackType`, nullable.
    pub attack_type: rt::Field<crate::v1::SimulationAttackType>,
    /// CSDL: property `automationId`: `Edm.String`, nullable.
    pub automation_id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `durationInDays`: `Edm.Int32`, nullable.
    pub duration_in_days: rt::Field<i32>,
    /// CSDL: property `endUserNotificationSetting`: `microsoft.graph.endUserNotificationSetting`, nullable.
    pub end_user_notification_setting: rt::Field<
        crate::v1::AnyEndUserNotificationSetting,
    >,
    /// CSDL: property `excludedAccountTarget`: `microsoft.graph.accountTargetContent`, nullable.
    pub excluded_account_target: rt::Field<crate::v1::AnyAccountTargetContent>,
    /// CSDL: property `includedAccountTarget`: `microsoft.graph.accountTargetContent`, nullable.
    pub included_account_target: rt::Field<crate::v1::AnyAccountTargetContent>,
    /// CSDL: property `isAutomated`: `Edm.Boolean`, nullable.
    pub is_automated: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `launchDateTime`: `Edm.DateTimeOffset`, nullable.
    pub launch_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `oAuthConsentAppDetail`: `microsoft.graph.oAuthConsentAppDetail`, nullable.
    pub o_auth_consent_app_detail: rt::Field<crate::v1::OAuthConsentAppDetail>,
    /// CSDL: property `payloadDeliveryPlatform`: `microsoft.graph.payloadDeliveryPlatform`, nullable.
    pub payload_delivery_platform: rt::Field<crate::v1::PayloadDeliveryPlatform>,
    /// CSDL: property `report`: `microsoft.graph.simulationReport`, nullable.
    pub report: rt::Field<crate::v1::SimulationReport>,
    /// CSDL: property `status`: `microsoft.graph.simulationStatus`, nullable.
    pub status: rt::Field<crate::v1::SimulationStatus>,
    /// CSDL: property `trainingSetting`: `microsoft.graph.trainingSetting`, nullable.
    pub training_setting: rt::Field<crate::v1::AnyTrainingSetting>,
    /// CSDL: navigation property `landingPage`: `microsoft.graph.landingPage`, nullable.
    pub landing_page: rt::Field<crate::v1::LandingPage>,
    /// CSDL: navigation property `loginPage`: `microsoft.graph.loginPage`, nullable.
    pub login_page: rt::Field<crate::v1::LoginPage>,
    /// CSDL: navigation property `payload`: `microsoft.graph.payload`, nullable.
    pub payload: rt::Field<crate::v1::Payload>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Simulation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            attack_technique: rt::Field::Absent,
            attack_type: rt::Field::Absent,
            automation_id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            duration_in_days: rt::Field::Absent,
            end_user_notification_setting: rt::Field::Absent,
            excluded_account_target: rt::Field::Absent,
            included_account_target: rt::Field::Absent,
            is_automated: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            launch_date_time: rt::Field::Absent,
            o_auth_consent_app_detail: rt::Field::Absent,
            payload_delivery_platform: rt::Field::Absent,
            report: rt::Field::Absent,
            status: rt::Field::Absent,
            training_setting: rt::Field::Absent,
            landing_page: rt::Field::Absent,
            login_page: rt::Field::Absent,
            payload: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Simulation {
    const TYPE_NAME: &'static str = "microsoft.graph.simulation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "attackTechnique",
        "attackType",
        "automationId",
        "completionDateTime",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "durationInDays",
        "endUserNotificationSetting",
        "excludedAccountTarget",
        "includedAccountTarget",
        "isAutomated",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "launchDateTime",
        "oAuthConsentAppDetail",
        "payloadDeliveryPlatform",
        "report",
        "status",
        "trainingSetting",
        "landingPage",
        "loginPage",
        "payload",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"attackTechnique\":              ",
        ",\"attackType\":                   ",
        ",\"automationId\":                 ",
        ",\"completionDateTime\":           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"durationInDays\":               ",
        ",\"endUserNotificationSetting\":   ",
        ",\"excludedAccountTarget\":        ",
        ",\"includedAccountTarget\":        ",
        ",\"isAutomated\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"launchDateTime\":               ",
        ",\"oAuthConsentAppDetail\":        ",
        ",\"payloadDeliveryPlatform\":      ",
        ",\"report\":                       ",
        ",\"status\":                       ",
        ",\"trainingSetting\":              ",
        ",\"landingPage\":                  ",
        ",\"loginPage\":                    ",
        ",\"payload\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "attack_technique", &self.attack_technique);
        v.field(2usize, "attack_type", &self.attack_type);
        v.field(3usize, "automation_id", &self.automation_id);
        v.field(4usize, "completion_date_time", &self.completion_date_time);
        v.field(5usize, "created_by", &self.created_by);
        v.field(6usize, "created_date_time", &self.created_date_time);
        v.field(7usize, "description", &self.description);
        v.field(8usize, "display_name", &self.display_name);
        v.field(9usize, "duration_in_days", &self.duration_in_days);
        v.field(
            10usize,
            "end_user_notification_setting",
            &self.end_user_notification_setting,
        );
        v.field(11usize, "excluded_account_target", &self.excluded_account_target);
        v.field(12usize, "included_account_target", &self.included_account_target);
        v.field(13usize, "is_automated", &self.is_automated);
        v.field(14usize, "last_modified_by", &self.last_modified_by);
        v.field(15usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(16usize, "launch_date_time", &self.launch_date_time);
        v.field(17usize, "o_auth_consent_app_detail", &self.o_auth_consent_app_detail);
        v.field(18usize, "payload_delivery_platform", &self.payload_delivery_platform);
        v.field(19usize, "report", &self.report);
        v.field(20usize, "status", &self.status);
        v.field(21usize, "training_setting", &self.training_setting);
        v.field(22usize, "landing_page", &self.landing_page);
        v.field(23usize, "login_page", &self.login_page);
        v.field(24usize, "payload", &self.payload);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Simulation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.attack_technique.read_from(r),
            2usize => self.attack_type.read_from(r),
            3usize => self.automation_id.read_from(r),
            4usize => self.completion_date_time.read_from(r),
            5usize => self.created_by.read_from(r),
            6usize => self.created_date_time.read_from(r),
            7usize => self.description.read_from(r),
            8usize => self.display_name.read_from(r),
            9usize => self.duration_in_days.read_from(r),
            10usize => self.end_user_notification_setting.read_from(r),
            11usize => self.excluded_account_target.read_from(r),
            12usize => self.included_account_target.read_from(r),
            13usize => self.is_automated.read_from(r),
            14usize => self.last_modified_by.read_from(r),
            15usize => self.last_modified_date_time.read_from(r),
            16usize => self.launch_date_time.read_from(r),
            17usize => self.o_auth_consent_app_detail.read_from(r),
            18usize => self.payload_delivery_platform.read_from(r),
            19usize => self.report.read_from(r),
            20usize => self.status.read_from(r),
            21usize => self.training_setting.read_from(r),
            22usize => self.landing_page.read_from(r),
            23usize => self.login_page.read_from(r),
            24usize => self.payload.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.attack_technique);
        w.field(2usize, &self.attack_type);
        w.field(3usize, &self.automation_id);
        w.field(4usize, &self.completion_date_time);
        w.field(5usize, &self.created_by);
        w.field(6usize, &self.created_date_time);
        w.field(7usize, &self.description);
        w.field(8usize, &self.display_name);
        w.field(9usize, &self.duration_in_days);
        w.field(10usize, &self.end_user_notification_setting);
        w.field(11usize, &self.excluded_account_target);
        w.field(12usize, &self.included_account_target);
        w.field(13usize, &self.is_automated);
        w.field(14usize, &self.last_modified_by);
        w.field(15usize, &self.last_modified_date_time);
        w.field(16usize, &self.launch_date_time);
        w.field(17usize, &self.o_auth_consent_app_detail);
        w.field(18usize, &self.payload_delivery_platform);
        w.field(19usize, &self.report);
        w.field(20usize, &self.status);
        w.field(21usize, &self.training_setting);
        w.field(22usize, &self.landing_page);
        w.field(23usize, &self.login_page);
        w.field(24usize, &self.payload);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(Simulation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Simulation { with_id id : ::std::string::String; with_attack_technique
    attack_technique : crate ::v1::SimulationAttackTechnique; with_attack_type
    attack_type : crate ::v1::SimulationAttackType; with_automation_id automation_id :
    ::std::string::String; with_completion_date_time completion_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::v1::EmailIdentity;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_duration_in_days duration_in_days : i32;
    with_end_user_notification_setting end_user_notification_setting : crate
    ::v1::AnyEndUserNotificationSetting; with_excluded_account_target
    excluded_account_target : crate ::v1::AnyAccountTargetContent;
    with_included_account_target included_account_target : crate
    ::v1::AnyAccountTargetContent; with_is_automated is_automated : bool;
    with_last_modified_by last_modified_by : crate ::v1::EmailIdentity;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_launch_date_time launch_date_time : rt::edm::DateTimeOffset;
    with_o_auth_consent_app_detail o_auth_consent_app_detail : crate
    ::v1::OAuthConsentAppDetail; with_payload_delivery_platform payload_delivery_platform
    : crate ::v1::PayloadDeliveryPlatform; with_report report : crate
    ::v1::SimulationReport; with_status status : crate ::v1::SimulationStatus;
    with_training_setting training_setting : crate ::v1::AnyTrainingSetting;
    with_landing_page landing_page : crate ::v1::LandingPage; with_login_page login_page
    : crate ::v1::LoginPage; with_payload payload : crate ::v1::Payload; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Simulation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationAttackTechnique`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimulationAttackTechnique {
    /// `unknown` (value 0).
    Unknown,
    /// `credentialHarvesting` (value 1).
    CredentialHarvesting,
    /// `attachmentMalware` (value 2).
    AttachmentMalware,
    /// `driveByUrl` (value 3).
    DriveByUrl,
    /// `linkInAttachment` (value 4).
    LinkInAttachment,
    /// `linkToMalwareFile` (value 5).
    LinkToMalwareFile,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SimulationAttackTechnique {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationAttackTechnique";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "credentialHarvesting",
        "attachmentMalware",
        "driveByUrl",
        "linkInAttachment",
        "linkToMalwareFile",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "credentialHarvesting" => Self::CredentialHarvesting,
                "attachmentMalware" => Self::AttachmentMalware,
                "driveByUrl" => Self::DriveByUrl,
                "linkInAttachment" => Self::LinkInAttachment,
                "linkToMalwareFile" => Self::LinkToMalwareFile,
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
            Self::Unknown => "unknown",
            Self::CredentialHarvesting => "credentialHarvesting",
            Self::AttachmentMalware => "attachmentMalware",
            Self::DriveByUrl => "driveByUrl",
            Self::LinkInAttachment => "linkInAttachment",
            Self::LinkToMalwareFile => "linkToMalwareFile",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SimulationAttackTechnique);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationAttackTechnique);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationAttackType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimulationAttackType {
    /// `unknown` (value 0).
    Unknown,
    /// `social` (value 1).
    Social,
    /// `cloud` (value 2).
    Cloud,
    /// `endpoint` (value 3).
    Endpoint,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SimulationAttackType {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationAttackType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "social",
        "cloud",
        "endpoint",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "social" => Self::Social,
                "cloud" => Self::Cloud,
                "endpoint" => Self::Endpoint,
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
            Self::Unknown => "unknown",
            Self::Social => "social",
            Self::Cloud => "cloud",
            Self::Endpoint => "endpoint",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SimulationAttackType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationAttackType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationAutomation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SimulationAutomationPath`](requests/trait.SimulationAutomationPath.html), what a path to one (`EntityPath<SimulationAutomation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SimulationAutomation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.emailIdentity`, nullable.
    pub created_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.emailIdentity`, nullable.
    pub last_modified_by: rt::Field<crate::v1::EmailIdentity>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastRunDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_run_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `nextRunDateTime`: `Edm.DateTimeOffset`, nullable.
    pub next_run_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.simulationAutomationStatus`, nullable.
    pub status: rt::Field<crate::v1::SimulationAutomationStatus>,
    /// CSDL: containment navigation property `runs`: `Collection(microsoft.graph.simulationAutomationRun)`, not nullable.
    pub runs: rt::Field<::std::vec::Vec<crate::v1::SimulationAutomationRun>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SimulationAutomation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            last_run_date_time: rt::Field::Absent,
            next_run_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            runs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SimulationAutomation {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationAutomation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "lastRunDateTime",
        "nextRunDateTime",
        "status",
        "runs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"lastRunDateTime\":              ",
        ",\"nextRunDateTime\":              ",
        ",\"status\":                       ",
        ",\"runs\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulationAutomation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "last_run_date_time", &self.last_run_date_time);
        v.field(8usize, "next_run_date_time", &self.next_run_date_time);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "runs", &self.runs);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SimulationAutomation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.last_run_date_time.read_from(r),
            8usize => self.next_run_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.runs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.last_run_date_time);
        w.field(8usize, &self.next_run_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.runs);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SimulationAutomation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SimulationAutomation { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::EmailIdentity; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::EmailIdentity; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_last_run_date_time
    last_run_date_time : rt::edm::DateTimeOffset; with_next_run_date_time
    next_run_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::SimulationAutomationStatus; with_runs runs : ::std::vec::Vec < crate
    ::v1::SimulationAutomationRun >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationAutomation);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationAutomationRun`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SimulationAutomationRun {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `simulationId`: `Edm.String`, nullable.
    pub simulation_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.simulationAutomationRunStatus`, nullable.
    pub status: rt::Field<crate::v1::SimulationAutomationRunStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SimulationAutomationRun {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            simulation_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SimulationAutomationRun {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationAutomationRun";
    const KEYS: &'static [&'static str] = &[
        "id",
        "endDateTime",
        "simulationId",
        "startDateTime",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"endDateTime\":                  ",
        ",\"simulationId\":                 ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulationAutomationRun\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "simulation_id", &self.simulation_id);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SimulationAutomationRun {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.simulation_id.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.simulation_id);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.status);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SimulationAutomationRun);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SimulationAutomationRun { with_id id : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_simulation_id simulation_id :
    ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : crate
    ::v1::SimulationAutomationRunStatus; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationAutomationRun);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationAutomationRunStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimulationAutomationRunStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `skipped` (value 4).
    Skipped,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SimulationAutomationRunStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationAutomationRunStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "running",
        "succeeded",
        "failed",
        "skipped",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
                "skipped" => Self::Skipped,
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
            Self::Unknown => "unknown",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Skipped => "skipped",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SimulationAutomationRunStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationAutomationRunStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationAutomationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimulationAutomationStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `draft` (value 1).
    Draft,
    /// `notRunning` (value 2).
    NotRunning,
    /// `running` (value 3).
    Running,
    /// `completed` (value 4).
    Completed,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SimulationAutomationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationAutomationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "draft",
        "notRunning",
        "running",
        "completed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "draft" => Self::Draft,
                "notRunning" => Self::NotRunning,
                "running" => Self::Running,
                "completed" => Self::Completed,
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
            Self::Unknown => "unknown",
            Self::Draft => "draft",
            Self::NotRunning => "notRunning",
            Self::Running => "running",
            Self::Completed => "completed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SimulationAutomationStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationAutomationStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationContentSource`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimulationContentSource {
    /// `unknown` (value 0).
    Unknown,
    /// `global` (value 1).
    Global,
    /// `tenant` (value 2).
    Tenant,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SimulationContentSource {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationContentSource";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "global",
        "tenant",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "global" => Self::Global,
                "tenant" => Self::Tenant,
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
            Self::Unknown => "unknown",
            Self::Global => "global",
            Self::Tenant => "tenant",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SimulationContentSource);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationContentSource);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationContentStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimulationContentStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `draft` (value 1).
    Draft,
    /// `ready` (value 2).
    Ready,
    /// `archive` (value 3).
    Archive,
    /// `delete` (value 4).
    Delete,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SimulationContentStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationContentStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "draft",
        "ready",
        "archive",
        "delete",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "draft" => Self::Draft,
                "ready" => Self::Ready,
                "archive" => Self::Archive,
                "delete" => Self::Delete,
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
            Self::Unknown => "unknown",
            Self::Draft => "draft",
            Self::Ready => "ready",
            Self::Archive => "archive",
            Self::Delete => "delete",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SimulationContentStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationContentStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationEvent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SimulationEvent {
    /// CSDL: property `count`: `Edm.Int32`, nullable.
    pub count: rt::Field<i32>,
    /// CSDL: property `eventName`: `Edm.String`, nullable.
    pub event_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SimulationEvent {
    #[inline]
    fn default() -> Self {
        Self {
            count: rt::Field::Absent,
            event_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SimulationEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationEvent";
    const KEYS: &'static [&'static str] = &["count", "eventName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"count\":                        ",
        ",\"eventName\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulationEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "count", &self.count);
        v.field(1usize, "event_name", &self.event_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SimulationEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.count.read_from(r),
            1usize => self.event_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.count);
        w.field(1usize, &self.event_name);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SimulationEvent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SimulationEvent { with_count count : i32; with_event_name event_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationEvent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationEventsContent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SimulationEventsContent {
    /// CSDL: property `compromisedRate`: `Edm.Double`, nullable.
    pub compromised_rate: rt::Field<f64>,
    /// CSDL: property `events`: `Collection(microsoft.graph.simulationEvent)`, nullable.
    pub events: rt::Field<::std::vec::Vec<crate::v1::SimulationEvent>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SimulationEventsContent {
    #[inline]
    fn default() -> Self {
        Self {
            compromised_rate: rt::Field::Absent,
            events: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SimulationEventsContent {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationEventsContent";
    const KEYS: &'static [&'static str] = &["compromisedRate", "events"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compromisedRate\":              ",
        ",\"events\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulationEventsContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "compromised_rate", &self.compromised_rate);
        v.field(1usize, "events", &self.events);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SimulationEventsContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.compromised_rate.read_from(r),
            1usize => self.events.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.compromised_rate);
        w.field(1usize, &self.events);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SimulationEventsContent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SimulationEventsContent { with_compromised_rate compromised_rate : f64; with_events
    events : ::std::vec::Vec < crate ::v1::SimulationEvent >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationEventsContent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationNotification`, complex type, derived from `microsoft.graph.baseEndUserNotification`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SimulationNotification {
    /// CSDL: property `defaultLanguage`: `Edm.String`, nullable.
    pub default_language: rt::Field<::std::string::String>,
    /// CSDL: navigation property `endUserNotification`: `microsoft.graph.endUserNotification`, nullable.
    pub end_user_notification: rt::Field<crate::v1::EndUserNotification>,
    /// CSDL: property `targettedUserType`: `microsoft.graph.targettedUserType`, nullable.
    pub targetted_user_type: rt::Field<crate::v1::TargettedUserType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SimulationNotification {
    #[inline]
    fn default() -> Self {
        Self {
            default_language: rt::Field::Absent,
            end_user_notification: rt::Field::Absent,
            targetted_user_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SimulationNotification {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationNotification";
    const KEYS: &'static [&'static str] = &[
        "defaultLanguage",
        "endUserNotification",
        "targettedUserType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"defaultLanguage\":              ",
        ",\"endUserNotification\":          ",
        ",\"targettedUserType\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulationNotification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "default_language", &self.default_language);
        v.field(1usize, "end_user_notification", &self.end_user_notification);
        v.field(2usize, "targetted_user_type", &self.targetted_user_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SimulationNotification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.default_language.read_from(r),
            1usize => self.end_user_notification.read_from(r),
            2usize => self.targetted_user_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.default_language);
        w.field(1usize, &self.end_user_notification);
        w.field(2usize, &self.targetted_user_type);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SimulationNotification);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SimulationNotification { with_default_language default_language :
    ::std::string::String; with_end_user_notification end_user_notification : crate
    ::v1::EndUserNotification; with_targetted_user_type targetted_user_type : crate
    ::v1::TargettedUserType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationNotification);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationReport`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SimulationReport {
    /// CSDL: property `overview`: `microsoft.graph.simulationReportOverview`, nullable.
    pub overview: rt::Field<crate::v1::SimulationReportOverview>,
    /// CSDL: property `simulationUsers`: `Collection(microsoft.graph.userSimulationDetails)`, nullable.
    pub simulation_users: rt::Field<::std::vec::Vec<crate::v1::UserSimulationDetails>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SimulationReport {
    #[inline]
    fn default() -> Self {
        Self {
            overview: rt::Field::Absent,
            simulation_users: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SimulationReport {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationReport";
    const KEYS: &'static [&'static str] = &["overview", "simulationUsers"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"overview\":                     ",
        ",\"simulationUsers\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulationReport\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "overview", &self.overview);
        v.field(1usize, "simulation_users", &self.simulation_users);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SimulationReport {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.overview.read_from(r),
            1usize => self.simulation_users.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.overview);
        w.field(1usize, &self.simulation_users);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SimulationReport);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SimulationReport { with_overview overview : crate ::v1::SimulationReportOverview;
    with_simulation_users simulation_users : ::std::vec::Vec < crate
    ::v1::UserSimulationDetails >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationReport);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationReportOverview`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SimulationReportOverview {
    /// CSDL: property `recommendedActions`: `Collection(microsoft.graph.recommendedAction)`, nullable.
    pub recommended_actions: rt::Field<::std::vec::Vec<crate::v1::RecommendedAction>>,
    /// CSDL: property `resolvedTargetsCount`: `Edm.Int32`, nullable.
    pub resolved_targets_count: rt::Field<i32>,
    /// CSDL: property `simulationEventsContent`: `microsoft.graph.simulationEventsContent`, nullable.
    pub simulation_events_content: rt::Field<crate::v1::SimulationEventsContent>,
    /// CSDL: property `trainingEventsContent`: `microsoft.graph.trainingEventsContent`, nullable.
    pub training_events_content: rt::Field<crate::v1::TrainingEventsContent>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SimulationReportOverview {
    #[inline]
    fn default() -> Self {
        Self {
            recommended_actions: rt::Field::Absent,
            resolved_targets_count: rt::Field::Absent,
            simulation_events_content: rt::Field::Absent,
            training_events_content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SimulationReportOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationReportOverview";
    const KEYS: &'static [&'static str] = &[
        "recommendedActions",
        "resolvedTargetsCount",
        "simulationEventsContent",
        "trainingEventsContent",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"recommendedActions\":           ",
        ",\"resolvedTargetsCount\":         ",
        ",\"simulationEventsContent\":      ",
        ",\"trainingEventsContent\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.simulationReportOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "recommended_actions", &self.recommended_actions);
        v.field(1usize, "resolved_targets_count", &self.resolved_targets_count);
        v.field(2usize, "simulation_events_content", &self.simulation_events_content);
        v.field(3usize, "training_events_content", &self.training_events_content);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SimulationReportOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.recommended_actions.read_from(r),
            1usize => self.resolved_targets_count.read_from(r),
            2usize => self.simulation_events_content.read_from(r),
            3usize => self.training_events_content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.recommended_actions);
        w.field(1usize, &self.resolved_targets_count);
        w.field(2usize, &self.simulation_events_content);
        w.field(3usize, &self.training_events_content);
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(SimulationReportOverview);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SimulationReportOverview { with_recommended_actions recommended_actions :
    ::std::vec::Vec < crate ::v1::RecommendedAction >; with_resolved_targets_count
    resolved_targets_count : i32; with_simulation_events_content
    simulation_events_content : crate ::v1::SimulationEventsContent;
    with_training_events_content training_events_content : crate
    ::v1::TrainingEventsContent; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationReportOverview);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.simulationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimulationStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `draft` (value 1).
    Draft,
    /// `running` (value 2).
    Running,
    /// `scheduled` (value 3).
    Scheduled,
    /// `succeeded` (value 4).
    Succeeded,
    /// `failed` (value 5).
    Failed,
    /// `cancelled` (value 6).
    Cancelled,
    /// `excluded` (value 7).
    Excluded,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SimulationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.simulationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "draft",
        "running",
        "scheduled",
        "succeeded",
        "failed",
        "cancelled",
        "excluded",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "draft" => Self::Draft,
                "running" => Self::Running,
                "scheduled" => Self::Scheduled,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
                "cancelled" => Self::Cancelled,
                "excluded" => Self::Excluded,
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
            Self::Unknown => "unknown",
            Self::Draft => "draft",
            Self::Running => "running",
            Self::Scheduled => "scheduled",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Excluded => "excluded",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SimulationStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SimulationStatus);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.singleServicePrincipal`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct SingleServicePrincipal {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalId`: `Edm.String`, nullable.
    pub service_principal_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for SingleServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            service_principal_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for SingleServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.singleServicePrincipal";
    const KEYS: &'static [&'static str] = &["description", "servicePrincipalId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"servicePrincipalId\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.singleServicePrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "service_principal_id", &self.service_principal_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for SingleServicePrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.service_principal_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.service_principal_id);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(SingleServicePrincipal);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    SingleServicePrincipal { with_description description : ::std::string::String;
    with_service_principal_id service_principal_id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(SingleServicePrincipal);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.singleValueLegacyExtendedProperty`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SingleValueLegacyExtendedProperty {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SingleValueLegacyExtendedProperty {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SingleValueLegacyExtendedProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.singleValueLegacyExtendedProperty";
    const KEYS: &'static [&'static str] = &["id", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.singleValueLegacyExtendedProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SingleValueLegacyExtendedProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SingleValueLegacyExtendedProperty);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SingleValueLegacyExtendedProperty { with_id id : ::std::string::String; with_value
    value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SingleValueLegacyExtendedProperty);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.siteArchivalDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SiteArchivalDetails {
    /// CSDL: property `archiveStatus`: `microsoft.graph.siteArchiveStatus`, nullable.
    pub archive_status: rt::Field<crate::v1::SiteArchiveStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SiteArchivalDetails {
    #[inline]
    fn default() -> Self {
        Self {
            archive_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SiteArchivalDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.siteArchivalDetails";
    const KEYS: &'static [&'static str] = &["archiveStatus"];
    const KEYS_JSON: &'static [&'static str] = &[",\"archiveStatus\":                "];
    const TAG: &'static str = "\"#microsoft.graph.siteArchivalDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "archive_status", &self.archive_status);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SiteArchivalDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.archive_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.archive_status);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(SiteArchivalDetails);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SiteArchivalDetails { with_archive_status archive_status : crate
    ::v1::SiteArchiveStatus; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteArchivalDetails);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.siteArchiveStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SiteArchiveStatus {
    /// `recentlyArchived` (value 0).
    RecentlyArchived,
    /// `fullyArchived` (value 1).
    FullyArchived,
    /// `reactivating` (value 2).
    Reactivating,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for SiteArchiveStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.siteArchiveStatus";
    const MEMBERS: &'static [&'static str] = &[
        "recentlyArchived",
        "fullyArchived",
        "reactivating",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "recentlyArchived" => Self::RecentlyArchived,
                "fullyArchived" => Self::FullyArchived,
                "reactivating" => Self::Reactivating,
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
            Self::RecentlyArchived => "recentlyArchived",
            Self::FullyArchived => "fullyArchived",
            Self::Reactivating => "reactivating",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(SiteArchiveStatus);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteArchiveStatus);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.siteCollection`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SiteCollection {
    /// CSDL: property `archivalDetails`: `microsoft.graph.siteArchivalDetails`, nullable.
    pub archival_details: rt::Field<crate::v1::SiteArchivalDetails>,
    /// CSDL: property `dataLocationCode`: `Edm.String`, nullable.
    pub data_location_code: rt::Field<::std::string::String>,
    /// CSDL: property `hostname`: `Edm.String`, nullable.
    pub hostname: rt::Field<::std::string::String>,
    /// CSDL: property `root`: `microsoft.graph.root`, nullable.
    pub root: rt::Field<crate::v1::Root>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for SiteCollection {
    #[inline]
    fn default() -> Self {
        Self {
            archival_details: rt::Field::Absent,
            data_location_code: rt::Field::Absent,
            hostname: rt::Field::Absent,
            root: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for SiteCollection {
    const TYPE_NAME: &'static str = "microsoft.graph.siteCollection";
    const KEYS: &'static [&'static str] = &[
        "archivalDetails",
        "dataLocationCode",
        "hostname",
        "root",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"archivalDetails\":              ",
        ",\"dataLocationCode\":             ",
        ",\"hostname\":                     ",
        ",\"root\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.siteCollection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "archival_details", &self.archival_details);
        v.field(1usize, "data_location_code", &self.data_location_code);
        v.field(2usize, "hostname", &self.hostname);
        v.field(3usize, "root", &self.root);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for SiteCollection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.archival_details.read_from(r),
            1usize => self.data_location_code.read_from(r),
            2usize => self.hostname.read_from(r),
            3usize => self.root.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.archival_details);
        w.field(1usize, &self.data_location_code);
        w.field(2usize, &self.hostname);
        w.field(3usize, &self.root);
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
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(SiteCollection);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    SiteCollection { with_archival_details archival_details : crate
    ::v1::SiteArchivalDetails; with_data_location_code data_location_code :
    ::std::string::String; with_hostname hostname : ::std::string::String; with_root root
    : crate ::v1::Root; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteCollection);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for site security level.
///
/// CSDL: `microsoft.graph.siteSecurityLevel`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SiteSecurityLevel {
    /// User Defined, default value, no intent.
    ///
    /// `userDefined` (value 0).
    UserDefined,
    /// Low.
    ///
    /// `low` (value 1).
    Low,
    /// Medium-low.
    ///
    /// `mediumLow` (value 2).
    MediumLow,
    /// Medium.
    ///
    /// `medium` (value 3).
    Medium,
    /// Medium-high.
    ///
    /// `mediumHigh` (value 4).
    MediumHigh,
    /// High.
    ///
    /// `high` (value 5).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for SiteSecurityLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.siteSecurityLevel";
    const MEMBERS: &'static [&'static str] = &[
        "userDefined",
        "low",
        "mediumLow",
        "medium",
        "mediumHigh",
        "high",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "userDefined" => Self::UserDefined,
                "low" => Self::Low,
                "mediumLow" => Self::MediumLow,
                "medium" => Self::Medium,
                "mediumHigh" => Self::MediumHigh,
                "high" => Self::High,
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
            Self::UserDefined => "userDefined",
            Self::Low => "low",
            Self::MediumLow => "mediumLow",
            Self::Medium => "medium",
            Self::MediumHigh => "mediumHigh",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(SiteSecurityLevel);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SiteSecurityLevel);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.sizeRange`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SizeRange {
    /// CSDL: property `maximumSize`: `Edm.Int32`, nullable.
    pub maximum_size: rt::Field<i32>,
    /// CSDL: property `minimumSize`: `Edm.Int32`, nullable.
    pub minimum_size: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SizeRange {
    #[inline]
    fn default() -> Self {
        Self {
            maximum_size: rt::Field::Absent,
            minimum_size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SizeRange {
    const TYPE_NAME: &'static str = "microsoft.graph.sizeRange";
    const KEYS: &'static [&'static str] = &["maximumSize", "minimumSize"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"maximumSize\":                  ",
        ",\"minimumSize\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sizeRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "maximum_size", &self.maximum_size);
        v.field(1usize, "minimum_size", &self.minimum_size);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SizeRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.maximum_size.read_from(r),
            1usize => self.minimum_size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.maximum_size);
        w.field(1usize, &self.minimum_size);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SizeRange);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SizeRange { with_maximum_size maximum_size : i32; with_minimum_size minimum_size :
    i32; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SizeRange);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.skypeForBusinessUserConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SkypeForBusinessUserConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for SkypeForBusinessUserConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for SkypeForBusinessUserConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeForBusinessUserConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "tenantId",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"tenantId\":                     ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeForBusinessUserConversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        v.field(4usize, "tenant_id", &self.tenant_id);
        v.field(5usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for SkypeForBusinessUserConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.tenant_id.read_from(r),
            5usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.tenant_id);
        w.field(5usize, &self.user_id);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(SkypeForBusinessUserConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    SkypeForBusinessUserConversationMember { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_roles roles :
    ::std::vec::Vec < ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_tenant_id tenant_id :
    ::std::string::String; with_user_id user_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessUserConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.skypeUserConversationMember`, entity type, derived from `microsoft.graph.conversationMember`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SkypeUserConversationMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(Edm.String)`, nullable.
    pub roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `skypeId`: `Edm.String`, nullable.
    pub skype_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for SkypeUserConversationMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            roles: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            skype_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for SkypeUserConversationMember {
    const TYPE_NAME: &'static str = "microsoft.graph.skypeUserConversationMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "roles",
        "visibleHistoryStartDateTime",
        "skypeId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"roles\":                        ",
        ",\"visibleHistoryStartDateTime\":  ",
        ",\"skypeId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.skypeUserConversationMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "roles", &self.roles);
        v.field(
            3usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
        v.field(4usize, "skype_id", &self.skype_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for SkypeUserConversationMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.roles.read_from(r),
            3usize => self.visible_history_start_date_time.read_from(r),
            4usize => self.skype_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.roles);
        w.field(3usize, &self.visible_history_start_date_time);
        w.field(4usize, &self.skype_id);
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
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_object!(SkypeUserConversationMember);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    SkypeUserConversationMember { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_roles roles : ::std::vec::Vec <
    ::std::string::String >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; with_skype_id skype_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeUserConversationMember);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.snapshotJobStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SnapshotJobStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `running` (value 1).
    Running,
    /// `succeeded` (value 2).
    Succeeded,
    /// `failed` (value 3).
    Failed,
    /// `partiallySuccessful` (value 4).
    PartiallySuccessful,
    /// A marker value for members added after the release of this API.
    ///
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for SnapshotJobStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.snapshotJobStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "running",
        "succeeded",
        "failed",
        "partiallySuccessful",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "running" => Self::Running,
                "succeeded" => Self::Succeeded,
                "failed" => Self::Failed,
                "partiallySuccessful" => Self::PartiallySuccessful,
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
            Self::NotStarted => "notStarted",
            Self::Running => "running",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::PartiallySuccessful => "partiallySuccessful",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(SnapshotJobStatus);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SnapshotJobStatus);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// CSDL: `microsoft.graph.socialIdentityProvider`, entity type, derived from `microsoft.graph.identityProviderBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct SocialIdentityProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `clientSecret`: `Edm.String`, nullable.
    pub client_secret: rt::Field<::std::string::String>,
    /// CSDL: property `identityProviderType`: `Edm.String`, nullable.
    pub identity_provider_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl ::std::default::Default for SocialIdentityProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            client_id: rt::Field::Absent,
            client_secret: rt::Field::Absent,
            identity_provider_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::Object for SocialIdentityProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.socialIdentityProvider";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "clientId",
        "clientSecret",
        "identityProviderType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"clientId\":                     ",
        ",\"clientSecret\":                 ",
        ",\"identityProviderType\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.socialIdentityProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "client_id", &self.client_id);
        v.field(3usize, "client_secret", &self.client_secret);
        v.field(4usize, "identity_provider_type", &self.identity_provider_type);
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl rt::object::Members for SocialIdentityProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.client_id.read_from(r),
            3usize => self.client_secret.read_from(r),
            4usize => self.identity_provider_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.client_id);
        w.field(3usize, &self.client_secret);
        w.field(4usize, &self.identity_provider_type);
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
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_object!(SocialIdentityProvider);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
rt::impl_setters!(
    SocialIdentityProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_client_id client_id :
    ::std::string::String; with_client_secret client_secret : ::std::string::String;
    with_identity_provider_type identity_provider_type : ::std::string::String; }
);
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SocialIdentityProvider);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.socialIdentitySource`, complex type, derived from `microsoft.graph.identitySource`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct SocialIdentitySource {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `socialIdentitySourceType`: `microsoft.graph.socialIdentitySourceType`, not nullable.
    pub social_identity_source_type: rt::Field<crate::v1::SocialIdentitySourceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for SocialIdentitySource {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            social_identity_source_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for SocialIdentitySource {
    const TYPE_NAME: &'static str = "microsoft.graph.socialIdentitySource";
    const KEYS: &'static [&'static str] = &["displayName", "socialIdentitySourceType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"socialIdentitySourceType\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.socialIdentitySource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(
            1usize,
            "social_identity_source_type",
            &self.social_identity_source_type,
        );
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for SocialIdentitySource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.social_identity_source_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.social_identity_source_type);
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(SocialIdentitySource);
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_setters!(
    SocialIdentitySource { with_display_name display_name : ::std::string::String;
    with_social_identity_source_type social_identity_source_type : crate
    ::v1::SocialIdentitySourceType; }
);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SocialIdentitySource);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.socialIdentitySourceType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SocialIdentitySourceType {
    /// `facebook` (value 1).
    Facebook,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for SocialIdentitySourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.socialIdentitySourceType";
    const MEMBERS: &'static [&'static str] = &["facebook", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "facebook" => Self::Facebook,
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
            Self::Facebook => "facebook",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(SocialIdentitySourceType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SocialIdentitySourceType);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.softwareUpdateStatusSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SoftwareUpdateStatusSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of compliant devices.
    ///
    /// CSDL: property `compliantDeviceCount`: `Edm.Int32`, not nullable.
    pub compliant_device_count: rt::Field<i32>,
    /// Number of compliant users.
    ///
    /// CSDL: property `compliantUserCount`: `Edm.Int32`, not nullable.
    pub compliant_user_count: rt::Field<i32>,
    /// Number of conflict devices.
    ///
    /// CSDL: property `conflictDeviceCount`: `Edm.Int32`, not nullable.
    pub conflict_device_count: rt::Field<i32>,
    /// Number of conflict users.
    ///
    /// CSDL: property `conflictUserCount`: `Edm.Int32`, not nullable.
    pub conflict_user_count: rt::Field<i32>,
    /// The name of the policy.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Number of devices had error.
    ///
    /// CSDL: property `errorDeviceCount`: `Edm.Int32`, not nullable.
    pub error_device_count: rt::Field<i32>,
    /// Number of users had error.
    ///
    /// CSDL: property `errorUserCount`: `Edm.Int32`, not nullable.
    pub error_user_count: rt::Field<i32>,
    /// Number of non compliant devices.
    ///
    /// CSDL: property `nonCompliantDeviceCount`: `Edm.Int32`, not nullable.
    pub non_compliant_device_count: rt::Field<i32>,
    /// Number of non compliant users.
    ///
    /// CSDL: property `nonCompliantUserCount`: `Edm.Int32`, not nullable.
    pub non_compliant_user_count: rt::Field<i32>,
    /// Number of not applicable devices.
    ///
    /// CSDL: property `notApplicableDeviceCount`: `Edm.Int32`, not nullable.
    pub not_applicable_device_count: rt::Field<i32>,
    /// Number of not applicable users.
    ///
    /// CSDL: property `notApplicableUserCount`: `Edm.Int32`, not nullable.
    pub not_applicable_user_count: rt::Field<i32>,
    /// Number of remediated devices.
    ///
    /// CSDL: property `remediatedDeviceCount`: `Edm.Int32`, not nullable.
    pub remediated_device_count: rt::Field<i32>,
    /// Number of remediated users.
    ///
    /// CSDL: property `remediatedUserCount`: `Edm.Int32`, not nullable.
    pub remediated_user_count: rt::Field<i32>,
    /// Number of unknown devices.
    ///
    /// CSDL: property `unknownDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_device_count: rt::Field<i32>,
    /// Number of unknown users.
    ///
    /// CSDL: property `unknownUserCount`: `Edm.Int32`, not nullable.
    pub unknown_user_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SoftwareUpdateStatusSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            compliant_device_count: rt::Field::Absent,
            compliant_user_count: rt::Field::Absent,
            conflict_device_count: rt::Field::Absent,
            conflict_user_count: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_device_count: rt::Field::Absent,
            error_user_count: rt::Field::Absent,
            non_compliant_device_count: rt::Field::Absent,
            non_compliant_user_count: rt::Field::Absent,
            not_applicable_device_count: rt::Field::Absent,
            not_applicable_user_count: rt::Field::Absent,
            remediated_device_count: rt::Field::Absent,
            remediated_user_count: rt::Field::Absent,
            unknown_device_count: rt::Field::Absent,
            unknown_user_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SoftwareUpdateStatusSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.softwareUpdateStatusSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "compliantDeviceCount",
        "compliantUserCount",
        "conflictDeviceCount",
        "conflictUserCount",
        "displayName",
        "errorDeviceCount",
        "errorUserCount",
        "nonCompliantDeviceCount",
        "nonCompliantUserCount",
        "notApplicableDeviceCount",
        "notApplicableUserCount",
        "remediatedDeviceCount",
        "remediatedUserCount",
        "unknownDeviceCount",
        "unknownUserCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"compliantDeviceCount\":         ",
        ",\"compliantUserCount\":           ",
        ",\"conflictDeviceCount\":          ",
        ",\"conflictUserCount\":            ",
        ",\"displayName\":                  ",
        ",\"errorDeviceCount\":             ",
        ",\"errorUserCount\":               ",
        ",\"nonCompliantDeviceCount\":      ",
        ",\"nonCompliantUserCount\":        ",
        ",\"notApplicableDeviceCount\":     ",
        ",\"notApplicableUserCount\":       ",
        ",\"remediatedDeviceCount\":        ",
        ",\"remediatedUserCount\":          ",
        ",\"unknownDeviceCount\":           ",
        ",\"unknownUserCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.softwareUpdateStatusSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "compliant_device_count", &self.compliant_device_count);
        v.field(2usize, "compliant_user_count", &self.compliant_user_count);
        v.field(3usize, "conflict_device_count", &self.conflict_device_count);
        v.field(4usize, "conflict_user_count", &self.conflict_user_count);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "error_device_count", &self.error_device_count);
        v.field(7usize, "error_user_count", &self.error_user_count);
        v.field(8usize, "non_compliant_device_count", &self.non_compliant_device_count);
        v.field(9usize, "non_compliant_user_count", &self.non_compliant_user_count);
        v.field(
            10usize,
            "not_applicable_device_count",
            &self.not_applicable_device_count,
        );
        v.field(11usize, "not_applicable_user_count", &self.not_applicable_user_count);
        v.field(12usize, "remediated_device_count", &self.remediated_device_count);
        v.field(13usize, "remediated_user_count", &self.remediated_user_count);
        v.field(14usize, "unknown_device_count", &self.unknown_device_count);
        v.field(15usize, "unknown_user_count", &self.unknown_user_count);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SoftwareUpdateStatusSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.compliant_device_count.read_from(r),
            2usize => self.compliant_user_count.read_from(r),
            3usize => self.conflict_device_count.read_from(r),
            4usize => self.conflict_user_count.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.error_device_count.read_from(r),
            7usize => self.error_user_count.read_from(r),
            8usize => self.non_compliant_device_count.read_from(r),
            9usize => self.non_compliant_user_count.read_from(r),
            10usize => self.not_applicable_device_count.read_from(r),
            11usize => self.not_applicable_user_count.read_from(r),
            12usize => self.remediated_device_count.read_from(r),
            13usize => self.remediated_user_count.read_from(r),
            14usize => self.unknown_device_count.read_from(r),
            15usize => self.unknown_user_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.compliant_device_count);
        w.field(2usize, &self.compliant_user_count);
        w.field(3usize, &self.conflict_device_count);
        w.field(4usize, &self.conflict_user_count);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.error_device_count);
        w.field(7usize, &self.error_user_count);
        w.field(8usize, &self.non_compliant_device_count);
        w.field(9usize, &self.non_compliant_user_count);
        w.field(10usize, &self.not_applicable_device_count);
        w.field(11usize, &self.not_applicable_user_count);
        w.field(12usize, &self.remediated_device_count);
        w.field(13usize, &self.remediated_user_count);
        w.field(14usize, &self.unknown_device_count);
        w.field(15usize, &self.unknown_user_count);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(SoftwareUpdateStatusSummary);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SoftwareUpdateStatusSummary { with_id id : ::std::string::String;
    with_compliant_device_count compliant_device_count : i32; with_compliant_user_count
    compliant_user_count : i32; with_conflict_device_count conflict_device_count : i32;
    with_conflict_user_count conflict_user_count : i32; with_display_name display_name :
    ::std::string::String; with_error_device_count error_device_count : i32;
    with_error_user_count error_user_count : i32; with_non_compliant_device_count
    non_compliant_device_count : i32; with_non_compliant_user_count
    non_compliant_user_count : i32; with_not_applicable_device_count
    not_applicable_device_count : i32; with_not_applicable_user_count
    not_applicable_user_count : i32; with_remediated_device_count remediated_device_count
    : i32; with_remediated_user_count remediated_user_count : i32;
    with_unknown_device_count unknown_device_count : i32; with_unknown_user_count
    unknown_user_count : i32; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SoftwareUpdateStatusSummary);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.sortProperty`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct SortProperty {
    /// CSDL: property `isDescending`: `Edm.Boolean`, nullable.
    pub is_descending: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for SortProperty {
    #[inline]
    fn default() -> Self {
        Self {
            is_descending: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for SortProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.sortProperty";
    const KEYS: &'static [&'static str] = &["isDescending", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDescending\":                 ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sortProperty\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_descending", &self.is_descending);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for SortProperty {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_descending.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_descending);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(SortProperty);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    SortProperty { with_is_descending is_descending : bool; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SortProperty);
#[cfg(msgraph_v1_education_or_search)]
/// CSDL: `microsoft.graph.speakerAssignmentSubmission`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-education`, `v1-search`.
#[derive(Clone)]
pub struct SpeakerAssignmentSubmission {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentId`: `Edm.String`, not nullable.
    pub assignment_id: rt::Field<::std::string::String>,
    /// CSDL: property `averageWordsPerMinutePace`: `Edm.Int64`, nullable.
    pub average_words_per_minute_pace: rt::Field<i64>,
    /// CSDL: property `classId`: `Edm.String`, nullable.
    pub class_id: rt::Field<::std::string::String>,
    /// CSDL: property `fillerWordsOccurrencesCount`: `Edm.Int64`, nullable.
    pub filler_words_occurrences_count: rt::Field<i64>,
    /// CSDL: property `incorrectCameraDistanceOccurrencesCount`: `Edm.Int64`, nullable.
    pub incorrect_camera_distance_occurrences_count: rt::Field<i64>,
    /// CSDL: property `lengthOfSubmissionInSeconds`: `Edm.Double`, not nullable.
    pub length_of_submission_in_seconds: rt::Field<f64>,
    /// CSDL: property `lostEyeContactOccurrencesCount`: `Edm.Int64`, nullable.
    pub lost_eye_contact_occurrences_count: rt::Field<i64>,
    /// CSDL: property `monotoneOccurrencesCount`: `Edm.Int64`, nullable.
    pub monotone_occurrences_count: rt::Field<i64>,
    /// CSDL: property `nonInclusiveLanguageOccurrencesCount`: `Edm.Int64`, nullable.
    pub non_inclusive_language_occurrences_count: rt::Field<i64>,
    /// CSDL: property `obstructedViewOccurrencesCount`: `Edm.Int64`, nullable.
    pub obstructed_view_occurrences_count: rt::Field<i64>,
    /// CSDL: property `repetitiveLanguageOccurrencesCount`: `Edm.Int64`, nullable.
    pub repetitive_language_occurrences_count: rt::Field<i64>,
    /// CSDL: property `studentId`: `Edm.String`, nullable.
    pub student_id: rt::Field<::std::string::String>,
    /// CSDL: property `submissionDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub submission_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `submissionId`: `Edm.String`, nullable.
    pub submission_id: rt::Field<::std::string::String>,
    /// CSDL: property `topFillerWords`: `Collection(Edm.String)`, not nullable.
    pub top_filler_words: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `topMispronouncedWords`: `Collection(Edm.String)`, not nullable.
    pub top_mispronounced_words: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `topNonInclusiveWordsAndPhrases`: `Collection(Edm.String)`, not nullable.
    pub top_non_inclusive_words_and_phrases: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `topRepetitiveWordsAndPhrases`: `Collection(Edm.String)`, not nullable.
    pub top_repetitive_words_and_phrases: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `wordsSpokenCount`: `Edm.Int64`, not nullable.
    pub words_spoken_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_education_or_search)]
impl ::std::default::Default for SpeakerAssignmentSubmission {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_id: rt::Field::Absent,
            average_words_per_minute_pace: rt::Field::Absent,
            class_id: rt::Field::Absent,
            filler_words_occurrences_count: rt::Field::Absent,
            incorrect_camera_distance_occurrences_count: rt::Field::Absent,
            length_of_submission_in_seconds: rt::Field::Absent,
            lost_eye_contact_occurrences_count: rt::Field::Absent,
            monotone_occurrences_count: rt::Field::Absent,
            non_inclusive_language_occurrences_count: rt::Field::Absent,
            obstructed_view_occurrences_count: rt::Field::Absent,
            repetitive_language_occurrences_count: rt::Field::Absent,
            student_id: rt::Field::Absent,
            submission_date_time: rt::Field::Absent,
            submission_id: rt::Field::Absent,
            top_filler_words: rt::Field::Absent,
            top_mispronounced_words: rt::Field::Absent,
            top_non_inclusive_words_and_phrases: rt::Field::Absent,
            top_repetitive_words_and_phrases: rt::Field::Absent,
            words_spoken_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::Object for SpeakerAssignmentSubmission {
    const TYPE_NAME: &'static str = "microsoft.graph.speakerAssignmentSubmission";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentId",
        "averageWordsPerMinutePace",
        "classId",
        "fillerWordsOccurrencesCount",
        "incorrectCameraDistanceOccurrencesCount",
        "lengthOfSubmissionInSeconds",
        "lostEyeContactOccurrencesCount",
        "monotoneOccurrencesCount",
        "nonInclusiveLanguageOccurrencesCount",
        "obstructedViewOccurrencesCount",
        "repetitiveLanguageOccurrencesCount",
        "studentId",
        "submissionDateTime",
        "submissionId",
        "topFillerWords",
        "topMispronouncedWords",
        "topNonInclusiveWordsAndPhrases",
        "topRepetitiveWordsAndPhrases",
        "wordsSpokenCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentId\":                 ",
        ",\"averageWordsPerMinutePace\":    ",
        ",\"classId\":                      ",
        ",\"fillerWordsOccurrencesCount\":  ",
        ",\"incorrectCameraDistanceOccurrencesCount\":",
        ",\"lengthOfSubmissionInSeconds\":  ",
        ",\"lostEyeContactOccurrencesCount\":",
        ",\"monotoneOccurrencesCount\":     ",
        ",\"nonInclusiveLanguageOccurrencesCount\":",
        ",\"obstructedViewOccurrencesCount\":",
        ",\"repetitiveLanguageOccurrencesCount\":",
        ",\"studentId\":                    ",
        ",\"submissionDateTime\":           ",
        ",\"submissionId\":                 ",
        ",\"topFillerWords\":               ",
        ",\"topMispronouncedWords\":        ",
        ",\"topNonInclusiveWordsAndPhrases\":",
        ",\"topRepetitiveWordsAndPhrases\": ",
        ",\"wordsSpokenCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.speakerAssignmentSubmission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_id", &self.assignment_id);
        v.field(
            2usize,
            "average_words_per_minute_pace",
            &self.average_words_per_minute_pace,
        );
        v.field(3usize, "class_id", &self.class_id);
        v.field(
            4usize,
            "filler_words_occurrences_count",
            &self.filler_words_occurrences_count,
        );
        v.field(
            5usize,
            "incorrect_camera_distance_occurrences_count",
            &self.incorrect_camera_distance_occurrences_count,
        );
        v.field(
            6usize,
            "length_of_submission_in_seconds",
            &self.length_of_submission_in_seconds,
        );
        v.field(
            7usize,
            "lost_eye_contact_occurrences_count",
            &self.lost_eye_contact_occurrences_count,
        );
        v.field(8usize, "monotone_occurrences_count", &self.monotone_occurrences_count);
        v.field(
            9usize,
            "non_inclusive_language_occurrences_count",
            &self.non_inclusive_language_occurrences_count,
        );
        v.field(
            10usize,
            "obstructed_view_occurrences_count",
            &self.obstructed_view_occurrences_count,
        );
        v.field(
            11usize,
            "repetitive_language_occurrences_count",
            &self.repetitive_language_occurrences_count,
        );
        v.field(12usize, "student_id", &self.student_id);
        v.field(13usize, "submission_date_time", &self.submission_date_time);
        v.field(14usize, "submission_id", &self.submission_id);
        v.field(15usize, "top_filler_words", &self.top_filler_words);
        v.field(16usize, "top_mispronounced_words", &self.top_mispronounced_words);
        v.field(
            17usize,
            "top_non_inclusive_words_and_phrases",
            &self.top_non_inclusive_words_and_phrases,
        );
        v.field(
            18usize,
            "top_repetitive_words_and_phrases",
            &self.top_repetitive_words_and_phrases,
        );
        v.field(19usize, "words_spoken_count", &self.words_spoken_count);
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl rt::object::Members for SpeakerAssignmentSubmission {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_id.read_from(r),
            2usize => self.average_words_per_minute_pace.read_from(r),
            3usize => self.class_id.read_from(r),
            4usize => self.filler_words_occurrences_count.read_from(r),
            5usize => self.incorrect_camera_distance_occurrences_count.read_from(r),
            6usize => self.length_of_submission_in_seconds.read_from(r),
            7usize => self.lost_eye_contact_occurrences_count.read_from(r),
            8usize => self.monotone_occurrences_count.read_from(r),
            9usize => self.non_inclusive_language_occurrences_count.read_from(r),
            10usize => self.obstructed_view_occurrences_count.read_from(r),
            11usize => self.repetitive_language_occurrences_count.read_from(r),
            12usize => self.student_id.read_from(r),
            13usize => self.submission_date_time.read_from(r),
            14usize => self.submission_id.read_from(r),
            15usize => self.top_filler_words.read_from(r),
            16usize => self.top_mispronounced_words.read_from(r),
            17usize => self.top_non_inclusive_words_and_phrases.read_from(r),
            18usize => self.top_repetitive_words_and_phrases.read_from(r),
            19usize => self.words_spoken_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_id);
        w.field(2usize, &self.average_words_per_minute_pace);
        w.field(3usize, &self.class_id);
        w.field(4usize, &self.filler_words_occurrences_count);
        w.field(5usize, &self.incorrect_camera_distance_occurrences_count);
        w.field(6usize, &self.length_of_submission_in_seconds);
        w.field(7usize, &self.lost_eye_contact_occurrences_count);
        w.field(8usize, &self.monotone_occurrences_count);
        w.field(9usize, &self.non_inclusive_language_occurrences_count);
        w.field(10usize, &self.obstructed_view_occurrences_count);
        w.field(11usize, &self.repetitive_language_occurrences_count);
        w.field(12usize, &self.student_id);
        w.field(13usize, &self.submission_date_time);
        w.field(14usize, &self.submission_id);
        w.field(15usize, &self.top_filler_words);
        w.field(16usize, &self.top_mispronounced_words);
        w.field(17usize, &self.top_non_inclusive_words_and_phrases);
        w.field(18usize, &self.top_repetitive_words_and_phrases);
        w.field(19usize, &self.words_spoken_count);
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
#[cfg(msgraph_v1_education_or_search)]
rt::impl_object!(SpeakerAssignmentSubmission);
#[cfg(msgraph_v1_education_or_search)]
rt::impl_setters!(
    SpeakerAssignmentSubmission { with_id id : ::std::string::String; with_assignment_id
    assignment_id : ::std::string::String; with_average_words_per_minute_pace
    average_words_per_minute_pace : i64; with_class_id class_id : ::std::string::String;
    with_filler_words_occurrences_count filler_words_occurrences_count : i64;
    with_incorrect_camera_distance_occurrences_count
    incorrect_camera_distance_occurrences_count : i64;
    with_length_of_submission_in_seconds length_of_submission_in_seconds : f64;
    with_lost_eye_contact_occurrences_count lost_eye_contact_occurrences_count : i64;
    with_monotone_occurrences_count monotone_occurrences_count : i64;
    with_non_inclusive_language_occurrences_count
    non_inclusive_language_occurrences_count : i64;
    with_obstructed_view_occurrences_count obstructed_view_occurrences_count : i64;
    with_repetitive_language_occurrences_count repetitive_language_occurrences_count :
    i64; with_student_id student_id : ::std::string::String; with_submission_date_time
    submission_date_time : rt::edm::DateTimeOffset; with_submission_id submission_id :
    ::std::string::String; with_top_filler_words top_filler_words : ::std::vec::Vec <
    ::std::string::String >; with_top_mispronounced_words top_mispronounced_words :
    ::std::vec::Vec < ::std::string::String >; with_top_non_inclusive_words_and_phrases
    top_non_inclusive_words_and_phrases : ::std::vec::Vec < ::std::string::String >;
    with_top_repetitive_words_and_phrases top_repetitive_words_and_phrases :
    ::std::vec::Vec < ::std::string::String >; with_words_spoken_count words_spoken_count
    : i64; }
);
#[cfg(msgraph_v1_education_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SpeakerAssignmentSubmission);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.specialFolder`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct SpecialFolder {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for SpecialFolder {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for SpecialFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.specialFolder";
    const KEYS: &'static [&'static str] = &["name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.specialFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for SpecialFolder {
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
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(SpecialFolder);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(SpecialFolder { with_name name : ::std::string::String; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SpecialFolder);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.staffAvailabilityItem`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct StaffAvailabilityItem {
    /// CSDL: property `availabilityItems`: `Collection(microsoft.graph.availabilityItem)`, nullable.
    pub availability_items: rt::Field<::std::vec::Vec<crate::v1::AvailabilityItem>>,
    /// CSDL: property `staffId`: `Edm.String`, nullable.
    pub staff_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for StaffAvailabilityItem {
    #[inline]
    fn default() -> Self {
        Self {
            availability_items: rt::Field::Absent,
            staff_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for StaffAvailabilityItem {
    const TYPE_NAME: &'static str = "microsoft.graph.staffAvailabilityItem";
    const KEYS: &'static [&'static str] = &["availabilityItems", "staffId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"availabilityItems\":            ",
        ",\"staffId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.staffAvailabilityItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "availability_items", &self.availability_items);
        v.field(1usize, "staff_id", &self.staff_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for StaffAvailabilityItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.availability_items.read_from(r),
            1usize => self.staff_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.availability_items);
        w.field(1usize, &self.staff_id);
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(StaffAvailabilityItem);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    StaffAvailabilityItem { with_availability_items availability_items : ::std::vec::Vec
    < crate ::v1::AvailabilityItem >; with_staff_id staff_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(StaffAvailabilityItem);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.stagedFeatureName`, enum type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StagedFeatureName {
    /// `passthroughAuthentication` (value 0).
    PassthroughAuthentication,
    /// `seamlessSso` (value 1).
    SeamlessSso,
    /// `passwordHashSync` (value 2).
    PasswordHashSync,
    /// `emailAsAlternateId` (value 3).
    EmailAsAlternateId,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `certificateBasedAuthentication` (value 5).
    CertificateBasedAuthentication,
    /// `multiFactorAuthentication` (value 6).
    MultiFactorAuthentication,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::StrEnum for StagedFeatureName {
    const TYPE_NAME: &'static str = "microsoft.graph.stagedFeatureName";
    const MEMBERS: &'static [&'static str] = &[
        "passthroughAuthentication",
        "seamlessSso",
        "passwordHashSync",
        "emailAsAlternateId",
        "unknownFutureValue",
        "certificateBasedAuthentication",
        "multiFactorAuthentication",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "passthroughAuthentication" => Self::PassthroughAuthentication,
                "seamlessSso" => Self::SeamlessSso,
                "passwordHashSync" => Self::PasswordHashSync,
                "emailAsAlternateId" => Self::EmailAsAlternateId,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "certificateBasedAuthentication" => Self::CertificateBasedAuthentication,
                "multiFactorAuthentication" => Self::MultiFactorAuthentication,
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
            Self::PassthroughAuthentication => "passthroughAuthentication",
            Self::SeamlessSso => "seamlessSso",
            Self::PasswordHashSync => "passwordHashSync",
            Self::EmailAsAlternateId => "emailAsAlternateId",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::CertificateBasedAuthentication => "certificateBasedAuthentication",
            Self::MultiFactorAuthentication => "multiFactorAuthentication",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_enum!(StagedFeatureName);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StagedFeatureName);
#[cfg(msgraph_v1_device_management_or_search)]
/// State Management Setting.
///
/// CSDL: `microsoft.graph.stateManagementSetting`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StateManagementSetting {
    /// Not configured.
    ///
    /// `notConfigured` (value 0).
    NotConfigured,
    /// Blocked.
    ///
    /// `blocked` (value 1).
    Blocked,
    /// Allowed.
    ///
    /// `allowed` (value 2).
    Allowed,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for StateManagementSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.stateManagementSetting";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "blocked", "allowed"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "blocked" => Self::Blocked,
                "allowed" => Self::Allowed,
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
            Self::Blocked => "blocked",
            Self::Allowed => "allowed",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(StateManagementSetting);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(StateManagementSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.status`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Status {
    /// `active` (value 0).
    Active,
    /// `updated` (value 1).
    Updated,
    /// `deleted` (value 2).
    Deleted,
    /// `ignored` (value 3).
    Ignored,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for Status {
    const TYPE_NAME: &'static str = "microsoft.graph.status";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "updated",
        "deleted",
        "ignored",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "updated" => Self::Updated,
                "deleted" => Self::Deleted,
                "ignored" => Self::Ignored,
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
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Ignored => "ignored",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(Status);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Status);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.stringKeyLongValuePair`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyLongValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.Int64`, not nullable.
    pub value: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for StringKeyLongValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for StringKeyLongValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyLongValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyLongValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for StringKeyLongValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(StringKeyLongValuePair);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    StringKeyLongValuePair { with_key key : ::std::string::String; with_value value :
    i64; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyLongValuePair);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.stringKeyObjectValuePair`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyObjectValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for StringKeyObjectValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for StringKeyObjectValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyObjectValuePair";
    const KEYS: &'static [&'static str] = &["key"];
    const KEYS_JSON: &'static [&'static str] = &[",\"key\":                          "];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyObjectValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for StringKeyObjectValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(StringKeyObjectValuePair);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(StringKeyObjectValuePair { with_key key : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyObjectValuePair);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.stringKeyStringValuePair`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StringKeyStringValuePair {
    /// CSDL: property `key`: `Edm.String`, nullable.
    pub key: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for StringKeyStringValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for StringKeyStringValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.stringKeyStringValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stringKeyStringValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for StringKeyStringValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(StringKeyStringValuePair);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    StringKeyStringValuePair { with_key key : ::std::string::String; with_value value :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringKeyStringValuePair);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestAllSiteLocation`, complex type, derived from `microsoft.graph.subjectRightsRequestSiteLocation`.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestAllSiteLocation {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestAllSiteLocation {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestAllSiteLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestAllSiteLocation";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestAllSiteLocation\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestAllSiteLocation {
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestAllSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestAllSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestDetail`, complex type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestDetail {
    /// CSDL: property `excludedItemCount`: `Edm.Int64`, nullable.
    pub excluded_item_count: rt::Field<i64>,
    /// CSDL: property `insightCounts`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub insight_counts: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `itemCount`: `Edm.Int64`, nullable.
    pub item_count: rt::Field<i64>,
    /// CSDL: property `itemNeedReview`: `Edm.Int64`, nullable.
    pub item_need_review: rt::Field<i64>,
    /// CSDL: property `productItemCounts`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub product_item_counts: rt::Field<::std::vec::Vec<crate::v1::KeyValuePair>>,
    /// CSDL: property `signedOffItemCount`: `Edm.Int64`, nullable.
    pub signed_off_item_count: rt::Field<i64>,
    /// CSDL: property `totalItemSize`: `Edm.Int64`, nullable.
    pub total_item_size: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestDetail {
    #[inline]
    fn default() -> Self {
        Self {
            excluded_item_count: rt::Field::Absent,
            insight_counts: rt::Field::Absent,
            item_count: rt::Field::Absent,
            item_need_review: rt::Field::Absent,
            product_item_counts: rt::Field::Absent,
            signed_off_item_count: rt::Field::Absent,
            total_item_size: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestDetail";
    const KEYS: &'static [&'static str] = &[
        "excludedItemCount",
        "insightCounts",
        "itemCount",
        "itemNeedReview",
        "productItemCounts",
        "signedOffItemCount",
        "totalItemSize",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"excludedItemCount\":            ",
        ",\"insightCounts\":                ",
        ",\"itemCount\":                    ",
        ",\"itemNeedReview\":               ",
        ",\"productItemCounts\":            ",
        ",\"signedOffItemCount\":           ",
        ",\"totalItemSize\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "excluded_item_count", &self.excluded_item_count);
        v.field(1usize, "insight_counts", &self.insight_counts);
        v.field(2usize, "item_count", &self.item_count);
        v.field(3usize, "item_need_review", &self.item_need_review);
        v.field(4usize, "product_item_counts", &self.product_item_counts);
        v.field(5usize, "signed_off_item_count", &self.signed_off_item_count);
        v.field(6usize, "total_item_size", &self.total_item_size);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.excluded_item_count.read_from(r),
            1usize => self.insight_counts.read_from(r),
            2usize => self.item_count.read_from(r),
            3usize => self.item_need_review.read_from(r),
            4usize => self.product_item_counts.read_from(r),
            5usize => self.signed_off_item_count.read_from(r),
            6usize => self.total_item_size.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.excluded_item_count);
        w.field(1usize, &self.insight_counts);
        w.field(2usize, &self.item_count);
        w.field(3usize, &self.item_need_review);
        w.field(4usize, &self.product_item_counts);
        w.field(5usize, &self.signed_off_item_count);
        w.field(6usize, &self.total_item_size);
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestDetail);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    SubjectRightsRequestDetail { with_excluded_item_count excluded_item_count : i64;
    with_insight_counts insight_counts : ::std::vec::Vec < crate ::v1::KeyValuePair >;
    with_item_count item_count : i64; with_item_need_review item_need_review : i64;
    with_product_item_counts product_item_counts : ::std::vec::Vec < crate
    ::v1::KeyValuePair >; with_signed_off_item_count signed_off_item_count : i64;
    with_total_item_size total_item_size : i64; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestDetail);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestEnumeratedSiteLocation`, complex type, derived from `microsoft.graph.subjectRightsRequestSiteLocation`.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestEnumeratedSiteLocation {
    /// CSDL: property `urls`: `Collection(Edm.String)`, nullable.
    pub urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestEnumeratedSiteLocation {
    #[inline]
    fn default() -> Self {
        Self {
            urls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestEnumeratedSiteLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestEnumeratedSiteLocation";
    const KEYS: &'static [&'static str] = &["urls"];
    const KEYS_JSON: &'static [&'static str] = &[",\"urls\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestEnumeratedSiteLocation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "urls", &self.urls);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestEnumeratedSiteLocation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.urls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.urls);
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestEnumeratedSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    SubjectRightsRequestEnumeratedSiteLocation { with_urls urls : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestEnumeratedSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestHistory`, complex type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestHistory {
    /// CSDL: property `changedBy`: `microsoft.graph.identitySet`, nullable.
    pub changed_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `stage`: `microsoft.graph.subjectRightsRequestStage`, nullable.
    pub stage: rt::Field<crate::v1::SubjectRightsRequestStage>,
    /// CSDL: property `stageStatus`: `microsoft.graph.subjectRightsRequestStageStatus`, nullable.
    pub stage_status: rt::Field<crate::v1::SubjectRightsRequestStageStatus>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestHistory {
    #[inline]
    fn default() -> Self {
        Self {
            changed_by: rt::Field::Absent,
            event_date_time: rt::Field::Absent,
            stage: rt::Field::Absent,
            stage_status: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestHistory {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestHistory";
    const KEYS: &'static [&'static str] = &[
        "changedBy",
        "eventDateTime",
        "stage",
        "stageStatus",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"changedBy\":                    ",
        ",\"eventDateTime\":                ",
        ",\"stage\":                        ",
        ",\"stageStatus\":                  ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestHistory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "changed_by", &self.changed_by);
        v.field(1usize, "event_date_time", &self.event_date_time);
        v.field(2usize, "stage", &self.stage);
        v.field(3usize, "stage_status", &self.stage_status);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestHistory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.changed_by.read_from(r),
            1usize => self.event_date_time.read_from(r),
            2usize => self.stage.read_from(r),
            3usize => self.stage_status.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.changed_by);
        w.field(1usize, &self.event_date_time);
        w.field(2usize, &self.stage);
        w.field(3usize, &self.stage_status);
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestHistory);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    SubjectRightsRequestHistory { with_changed_by changed_by : crate
    ::v1::AnyIdentitySet; with_event_date_time event_date_time : rt::edm::DateTimeOffset;
    with_stage stage : crate ::v1::SubjectRightsRequestStage; with_stage_status
    stage_status : crate ::v1::SubjectRightsRequestStageStatus; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestHistory);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestSiteLocation`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestSiteLocation {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestSiteLocation {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestSiteLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestSiteLocation";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestSiteLocation\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestSiteLocation {
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// `microsoft.graph.subjectRightsRequestSiteLocation` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnySubjectRightsRequestSiteLocation {
    SubjectRightsRequestSiteLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestSiteLocation>,
    ),
    SubjectRightsRequestAllSiteLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestAllSiteLocation>,
    ),
    SubjectRightsRequestEnumeratedSiteLocation(
        ::std::boxed::Box<crate::v1::SubjectRightsRequestEnumeratedSiteLocation>,
    ),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for AnySubjectRightsRequestSiteLocation {
    #[inline]
    fn default() -> Self {
        Self::SubjectRightsRequestSiteLocation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestSiteLocation>
for AnySubjectRightsRequestSiteLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestSiteLocation) -> Self {
        Self::SubjectRightsRequestSiteLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestAllSiteLocation>
for AnySubjectRightsRequestSiteLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestAllSiteLocation) -> Self {
        Self::SubjectRightsRequestAllSiteLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequestEnumeratedSiteLocation>
for AnySubjectRightsRequestSiteLocation {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequestEnumeratedSiteLocation) -> Self {
        Self::SubjectRightsRequestEnumeratedSiteLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
unsafe impl ::std::marker::Send for AnySubjectRightsRequestSiteLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
unsafe impl ::std::marker::Sync for AnySubjectRightsRequestSiteLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::marker::Unpin for AnySubjectRightsRequestSiteLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::panic::UnwindSafe for AnySubjectRightsRequestSiteLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnySubjectRightsRequestSiteLocation {}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::SubjectRightsRequestSiteLocation>();
    rt::object::auto_traits::<crate::v1::SubjectRightsRequestAllSiteLocation>();
    rt::object::auto_traits::<crate::v1::SubjectRightsRequestEnumeratedSiteLocation>();
};
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Poly for AnySubjectRightsRequestSiteLocation {
    const BASE_NAME: &'static str = "microsoft.graph.subjectRightsRequestSiteLocation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.subjectRightsRequestAllSiteLocation",
            ) => Self::SubjectRightsRequestAllSiteLocation(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.subjectRightsRequestEnumeratedSiteLocation",
            ) => {
                Self::SubjectRightsRequestEnumeratedSiteLocation(rt::object::new_boxed())
            }
            _ => Self::SubjectRightsRequestSiteLocation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::SubjectRightsRequestSiteLocation(v) => &**v,
            Self::SubjectRightsRequestAllSiteLocation(v) => &**v,
            Self::SubjectRightsRequestEnumeratedSiteLocation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::SubjectRightsRequestSiteLocation(v) => &mut **v,
            Self::SubjectRightsRequestAllSiteLocation(v) => &mut **v,
            Self::SubjectRightsRequestEnumeratedSiteLocation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl AnySubjectRightsRequestSiteLocation {
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_poly!(AnySubjectRightsRequestSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnySubjectRightsRequestSiteLocation);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestStage`, enum type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SubjectRightsRequestStage {
    /// `contentRetrieval` (value 0).
    ContentRetrieval,
    /// `contentReview` (value 1).
    ContentReview,
    /// `generateReport` (value 2).
    GenerateReport,
    /// `contentDeletion` (value 3).
    ContentDeletion,
    /// `caseResolved` (value 4).
    CaseResolved,
    /// `contentEstimate` (value 5).
    ContentEstimate,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// `approval` (value 7).
    Approval,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::StrEnum for SubjectRightsRequestStage {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestStage";
    const MEMBERS: &'static [&'static str] = &[
        "contentRetrieval",
        "contentReview",
        "generateReport",
        "contentDeletion",
        "caseResolved",
        "contentEstimate",
        "unknownFutureValue",
        "approval",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "contentRetrieval" => Self::ContentRetrieval,
                "contentReview" => Self::ContentReview,
                "generateReport" => Self::GenerateReport,
                "contentDeletion" => Self::ContentDeletion,
                "caseResolved" => Self::CaseResolved,
                "contentEstimate" => Self::ContentEstimate,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "approval" => Self::Approval,
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
            Self::ContentRetrieval => "contentRetrieval",
            Self::ContentReview => "contentReview",
            Self::GenerateReport => "generateReport",
            Self::ContentDeletion => "contentDeletion",
            Self::CaseResolved => "caseResolved",
            Self::ContentEstimate => "contentEstimate",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Approval => "approval",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_enum!(SubjectRightsRequestStage);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestStage);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestStageDetail`, complex type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubjectRightsRequestStageDetail {
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `stage`: `microsoft.graph.subjectRightsRequestStage`, nullable.
    pub stage: rt::Field<crate::v1::SubjectRightsRequestStage>,
    /// CSDL: property `status`: `microsoft.graph.subjectRightsRequestStageStatus`, nullable.
    pub status: rt::Field<crate::v1::SubjectRightsRequestStageStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl ::std::default::Default for SubjectRightsRequestStageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            stage: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::Object for SubjectRightsRequestStageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestStageDetail";
    const KEYS: &'static [&'static str] = &["error", "stage", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"error\":                        ",
        ",\"stage\":                        ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.subjectRightsRequestStageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error", &self.error);
        v.field(1usize, "stage", &self.stage);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::object::Members for SubjectRightsRequestStageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error.read_from(r),
            1usize => self.stage.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error);
        w.field(1usize, &self.stage);
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
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_object!(SubjectRightsRequestStageDetail);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_setters!(
    SubjectRightsRequestStageDetail { with_error error : crate ::v1::PublicError;
    with_stage stage : crate ::v1::SubjectRightsRequestStage; with_status status : crate
    ::v1::SubjectRightsRequestStageStatus; }
);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestStageDetail);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestStageStatus`, enum type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SubjectRightsRequestStageStatus {
    /// `notStarted` (value 0).
    NotStarted,
    /// `current` (value 1).
    Current,
    /// `completed` (value 3).
    Completed,
    /// `failed` (value 4).
    Failed,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::StrEnum for SubjectRightsRequestStageStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestStageStatus";
    const MEMBERS: &'static [&'static str] = &[
        "notStarted",
        "current",
        "completed",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notStarted" => Self::NotStarted,
                "current" => Self::Current,
                "completed" => Self::Completed,
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
            Self::NotStarted => "notStarted",
            Self::Current => "current",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_enum!(SubjectRightsRequestStageStatus);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestStageStatus);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// CSDL: `microsoft.graph.subjectRightsRequestType`, enum type.
///
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SubjectRightsRequestType {
    /// `export` (value 0).
    Export,
    /// `delete` (value 1).
    Delete,
    /// `access` (value 2).
    Access,
    /// `tagForAction` (value 3).
    TagForAction,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl rt::StrEnum for SubjectRightsRequestType {
    const TYPE_NAME: &'static str = "microsoft.graph.subjectRightsRequestType";
    const MEMBERS: &'static [&'static str] = &[
        "export",
        "delete",
        "access",
        "tagForAction",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "export" => Self::Export,
                "delete" => Self::Delete,
                "access" => Self::Access,
                "tagForAction" => Self::TagForAction,
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
            Self::Export => "export",
            Self::Delete => "delete",
            Self::Access => "access",
            Self::TagForAction => "tagForAction",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
rt::impl_enum!(SubjectRightsRequestType);
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubjectRightsRequestType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.swapShiftsChangeRequest`, entity type, derived from `microsoft.graph.offerShiftRequest`, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<SwapShiftsChangeRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SwapShiftsChangeRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::v1::ScheduleChangeRequestActor>,
    /// CSDL: property `managerActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub manager_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `managerActionMessage`: `Edm.String`, nullable.
    pub manager_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `managerUserId`: `Edm.String`, nullable.
    pub manager_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderDateTime`: `Edm.DateTimeOffset`, nullable.
    pub sender_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `senderMessage`: `Edm.String`, nullable.
    pub sender_message: rt::Field<::std::string::String>,
    /// CSDL: property `senderUserId`: `Edm.String`, nullable.
    pub sender_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.scheduleChangeState`, nullable.
    pub state: rt::Field<crate::v1::ScheduleChangeState>,
    /// CSDL: property `recipientActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub recipient_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipientActionMessage`: `Edm.String`, nullable.
    pub recipient_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `recipientUserId`: `Edm.String`, nullable.
    pub recipient_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderShiftId`: `Edm.String`, nullable.
    pub sender_shift_id: rt::Field<::std::string::String>,
    /// CSDL: property `recipientShiftId`: `Edm.String`, nullable.
    pub recipient_shift_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SwapShiftsChangeRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            manager_action_date_time: rt::Field::Absent,
            manager_action_message: rt::Field::Absent,
            manager_user_id: rt::Field::Absent,
            sender_date_time: rt::Field::Absent,
            sender_message: rt::Field::Absent,
            sender_user_id: rt::Field::Absent,
            state: rt::Field::Absent,
            recipient_action_date_time: rt::Field::Absent,
            recipient_action_message: rt::Field::Absent,
            recipient_user_id: rt::Field::Absent,
            sender_shift_id: rt::Field::Absent,
            recipient_shift_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SwapShiftsChangeRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.swapShiftsChangeRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "assignedTo",
        "managerActionDateTime",
        "managerActionMessage",
        "managerUserId",
        "senderDateTime",
        "senderMessage",
        "senderUserId",
        "state",
        "recipientActionDateTime",
        "recipientActionMessage",
        "recipientUserId",
        "senderShiftId",
        "recipientShiftId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"managerActionDateTime\":        ",
        ",\"managerActionMessage\":         ",
        ",\"managerUserId\":                ",
        ",\"senderDateTime\":               ",
        ",\"senderMessage\":                ",
        ",\"senderUserId\":                 ",
        ",\"state\":                        ",
        ",\"recipientActionDateTime\":      ",
        ",\"recipientActionMessage\":       ",
        ",\"recipientUserId\":              ",
        ",\"senderShiftId\":                ",
        ",\"recipientShiftId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.swapShiftsChangeRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "manager_action_date_time", &self.manager_action_date_time);
        v.field(7usize, "manager_action_message", &self.manager_action_message);
        v.field(8usize, "manager_user_id", &self.manager_user_id);
        v.field(9usize, "sender_date_time", &self.sender_date_time);
        v.field(10usize, "sender_message", &self.sender_message);
        v.field(11usize, "sender_user_id", &self.sender_user_id);
        v.field(12usize, "state", &self.state);
        v.field(13usize, "recipient_action_date_time", &self.recipient_action_date_time);
        v.field(14usize, "recipient_action_message", &self.recipient_action_message);
        v.field(15usize, "recipient_user_id", &self.recipient_user_id);
        v.field(16usize, "sender_shift_id", &self.sender_shift_id);
        v.field(17usize, "recipient_shift_id", &self.recipient_shift_id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SwapShiftsChangeRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.manager_action_date_time.read_from(r),
            7usize => self.manager_action_message.read_from(r),
            8usize => self.manager_user_id.read_from(r),
            9usize => self.sender_date_time.read_from(r),
            10usize => self.sender_message.read_from(r),
            11usize => self.sender_user_id.read_from(r),
            12usize => self.state.read_from(r),
            13usize => self.recipient_action_date_time.read_from(r),
            14usize => self.recipient_action_message.read_from(r),
            15usize => self.recipient_user_id.read_from(r),
            16usize => self.sender_shift_id.read_from(r),
            17usize => self.recipient_shift_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.last_modified_by);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.manager_action_date_time);
        w.field(7usize, &self.manager_action_message);
        w.field(8usize, &self.manager_user_id);
        w.field(9usize, &self.sender_date_time);
        w.field(10usize, &self.sender_message);
        w.field(11usize, &self.sender_user_id);
        w.field(12usize, &self.state);
        w.field(13usize, &self.recipient_action_date_time);
        w.field(14usize, &self.recipient_action_message);
        w.field(15usize, &self.recipient_user_id);
        w.field(16usize, &self.sender_shift_id);
        w.field(17usize, &self.recipient_shift_id);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SwapShiftsChangeRequest);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SwapShiftsChangeRequest { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::v1::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::v1::ScheduleChangeState; with_recipient_action_date_time recipient_action_date_time
    : rt::edm::DateTimeOffset; with_recipient_action_message recipient_action_message :
    ::std::string::String; with_recipient_user_id recipient_user_id :
    ::std::string::String; with_sender_shift_id sender_shift_id : ::std::string::String;
    with_recipient_shift_id recipient_shift_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SwapShiftsChangeRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronization`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationPath`](requests/trait.SynchronizationPath.html), what a path to one (`EntityPath<Synchronization, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Synchronization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `secrets`: `Collection(microsoft.graph.synchronizationSecretKeyStringValuePair)`, nullable.
    pub secrets: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationSecretKeyStringValuePair>,
    >,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.synchronizationJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::v1::SynchronizationJob>>,
    /// CSDL: containment navigation property `templates`: `Collection(microsoft.graph.synchronizationTemplate)`, not nullable.
    pub templates: rt::Field<::std::vec::Vec<crate::v1::SynchronizationTemplate>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Synchronization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            secrets: rt::Field::Absent,
            jobs: rt::Field::Absent,
            templates: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Synchronization {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronization";
    const KEYS: &'static [&'static str] = &["id", "secrets", "jobs", "templates"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"secrets\":                      ",
        ",\"jobs\":                         ",
        ",\"templates\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "secrets", &self.secrets);
        v.field(2usize, "jobs", &self.jobs);
        v.field(3usize, "templates", &self.templates);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Synchronization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.secrets.read_from(r),
            2usize => self.jobs.read_from(r),
            3usize => self.templates.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.secrets);
        w.field(2usize, &self.jobs);
        w.field(3usize, &self.templates);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(Synchronization);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Synchronization { with_id id : ::std::string::String; with_secrets secrets :
    ::std::vec::Vec < crate ::v1::SynchronizationSecretKeyStringValuePair >; with_jobs
    jobs : ::std::vec::Vec < crate ::v1::SynchronizationJob >; with_templates templates :
    ::std::vec::Vec < crate ::v1::SynchronizationTemplate >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Synchronization);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `tenantActionable`: `Edm.Boolean`, not nullable.
    pub tenant_actionable: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            tenant_actionable: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationError {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationError";
    const KEYS: &'static [&'static str] = &["code", "message", "tenantActionable"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
        ",\"tenantActionable\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
        v.field(2usize, "tenant_actionable", &self.tenant_actionable);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            2usize => self.tenant_actionable.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
        w.field(2usize, &self.tenant_actionable);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationError);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; with_tenant_actionable tenant_actionable : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationError);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationJob`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationJobPath`](requests/trait.SynchronizationJobPath.html), what a path to one (`EntityPath<SynchronizationJob, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `schedule`: `microsoft.graph.synchronizationSchedule`, nullable.
    pub schedule: rt::Field<crate::v1::SynchronizationSchedule>,
    /// CSDL: property `status`: `microsoft.graph.synchronizationStatus`, nullable.
    pub status: rt::Field<crate::v1::SynchronizationStatus>,
    /// CSDL: property `synchronizationJobSettings`: `Collection(microsoft.graph.keyValuePair)`, nullable.
    pub synchronization_job_settings: rt::Field<
        ::std::vec::Vec<crate::v1::KeyValuePair>,
    >,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `bulkUpload`: `microsoft.graph.bulkUpload`, nullable.
    pub bulk_upload: rt::Field<crate::v1::BulkUpload>,
    /// CSDL: containment navigation property `schema`: `microsoft.graph.synchronizationSchema`, nullable.
    pub schema: rt::Field<crate::v1::SynchronizationSchema>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            schedule: rt::Field::Absent,
            status: rt::Field::Absent,
            synchronization_job_settings: rt::Field::Absent,
            template_id: rt::Field::Absent,
            bulk_upload: rt::Field::Absent,
            schema: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJob {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "schedule",
        "status",
        "synchronizationJobSettings",
        "templateId",
        "bulkUpload",
        "schema",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"schedule\":                     ",
        ",\"status\":                       ",
        ",\"synchronizationJobSettings\":   ",
        ",\"templateId\":                   ",
        ",\"bulkUpload\":                   ",
        ",\"schema\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "schedule", &self.schedule);
        v.field(2usize, "status", &self.status);
        v.field(
            3usize,
            "synchronization_job_settings",
            &self.synchronization_job_settings,
        );
        v.field(4usize, "template_id", &self.template_id);
        v.field(5usize, "bulk_upload", &self.bulk_upload);
        v.field(6usize, "schema", &self.schema);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.schedule.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.synchronization_job_settings.read_from(r),
            4usize => self.template_id.read_from(r),
            5usize => self.bulk_upload.read_from(r),
            6usize => self.schema.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.schedule);
        w.field(2usize, &self.status);
        w.field(3usize, &self.synchronization_job_settings);
        w.field(4usize, &self.template_id);
        w.field(5usize, &self.bulk_upload);
        w.field(6usize, &self.schema);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationJob);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJob { with_id id : ::std::string::String; with_schedule schedule :
    crate ::v1::SynchronizationSchedule; with_status status : crate
    ::v1::SynchronizationStatus; with_synchronization_job_settings
    synchronization_job_settings : ::std::vec::Vec < crate ::v1::KeyValuePair >;
    with_template_id template_id : ::std::string::String; with_bulk_upload bulk_upload :
    crate ::v1::BulkUpload; with_schema schema : crate ::v1::SynchronizationSchema; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJob);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationJobRestartCriteria`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationJobRestartCriteria {
    /// CSDL: property `resetScope`: `microsoft.graph.synchronizationJobRestartScope`, nullable.
    pub reset_scope: rt::Field<rt::Flags<crate::v1::SynchronizationJobRestartScope>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationJobRestartCriteria {
    #[inline]
    fn default() -> Self {
        Self {
            reset_scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationJobRestartCriteria {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobRestartCriteria";
    const KEYS: &'static [&'static str] = &["resetScope"];
    const KEYS_JSON: &'static [&'static str] = &[",\"resetScope\":                   "];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationJobRestartCriteria\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "reset_scope", &self.reset_scope);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationJobRestartCriteria {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.reset_scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.reset_scope);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationJobRestartCriteria);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationJobRestartCriteria { with_reset_scope reset_scope : rt::Flags < crate
    ::v1::SynchronizationJobRestartScope >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobRestartCriteria);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationJobRestartScope`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationJobRestartScope {
    /// `None` (value 0).
    None,
    /// `ConnectorDataStore` (value 1).
    ConnectorDataStore,
    /// `Escrows` (value 2).
    Escrows,
    /// `Watermark` (value 4).
    Watermark,
    /// `QuarantineState` (value 8).
    QuarantineState,
    /// `Full` (value 15).
    Full,
    /// `ForceDeletes` (value 32).
    ForceDeletes,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for SynchronizationJobRestartScope {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationJobRestartScope";
    const MEMBERS: &'static [&'static str] = &[
        "None",
        "ConnectorDataStore",
        "Escrows",
        "Watermark",
        "QuarantineState",
        "Full",
        "ForceDeletes",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "ConnectorDataStore" => Self::ConnectorDataStore,
                "Escrows" => Self::Escrows,
                "Watermark" => Self::Watermark,
                "QuarantineState" => Self::QuarantineState,
                "Full" => Self::Full,
                "ForceDeletes" => Self::ForceDeletes,
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
            Self::None => "None",
            Self::ConnectorDataStore => "ConnectorDataStore",
            Self::Escrows => "Escrows",
            Self::Watermark => "Watermark",
            Self::QuarantineState => "QuarantineState",
            Self::Full => "Full",
            Self::ForceDeletes => "ForceDeletes",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(SynchronizationJobRestartScope);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationJobRestartScope);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationMetadata`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationMetadata {
    /// `GalleryApplicationIdentifier` (value 0).
    GalleryApplicationIdentifier,
    /// `GalleryApplicationKey` (value 1).
    GalleryApplicationKey,
    /// `IsOAuthEnabled` (value 2).
    IsOAuthEnabled,
    /// `IsSynchronizationAgentAssignmentRequired` (value 3).
    IsSynchronizationAgentAssignmentRequired,
    /// `IsSynchronizationAgentRequired` (value 4).
    IsSynchronizationAgentRequired,
    /// `IsSynchronizationInPreview` (value 5).
    IsSynchronizationInPreview,
    /// `OAuthSettings` (value 6).
    OAuthSettings,
    /// `SynchronizationLearnMoreIbizaFwLink` (value 7).
    SynchronizationLearnMoreIbizaFwLink,
    /// `ConfigurationFields` (value 8).
    ConfigurationFields,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for SynchronizationMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationMetadata";
    const MEMBERS: &'static [&'static str] = &[
        "GalleryApplicationIdentifier",
        "GalleryApplicationKey",
        "IsOAuthEnabled",
        "IsSynchronizationAgentAssignmentRequired",
        "IsSynchronizationAgentRequired",
        "IsSynchronizationInPreview",
        "OAuthSettings",
        "SynchronizationLearnMoreIbizaFwLink",
        "ConfigurationFields",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "GalleryApplicationIdentifier" => Self::GalleryApplicationIdentifier,
                "GalleryApplicationKey" => Self::GalleryApplicationKey,
                "IsOAuthEnabled" => Self::IsOAuthEnabled,
                "IsSynchronizationAgentAssignmentRequired" => {
                    Self::IsSynchronizationAgentAssignmentRequired
                }
                "IsSynchronizationAgentRequired" => Self::IsSynchronizationAgentRequired,
                "IsSynchronizationInPreview" => Self::IsSynchronizationInPreview,
                "OAuthSettings" => Self::OAuthSettings,
                "SynchronizationLearnMoreIbizaFwLink" => {
                    Self::SynchronizationLearnMoreIbizaFwLink
                }
                "ConfigurationFields" => Self::ConfigurationFields,
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
            Self::GalleryApplicationIdentifier => "GalleryApplicationIdentifier",
            Self::GalleryApplicationKey => "GalleryApplicationKey",
            Self::IsOAuthEnabled => "IsOAuthEnabled",
            Self::IsSynchronizationAgentAssignmentRequired => {
                "IsSynchronizationAgentAssignmentRequired"
            }
            Self::IsSynchronizationAgentRequired => "IsSynchronizationAgentRequired",
            Self::IsSynchronizationInPreview => "IsSynchronizationInPreview",
            Self::OAuthSettings => "OAuthSettings",
            Self::SynchronizationLearnMoreIbizaFwLink => {
                "SynchronizationLearnMoreIbizaFwLink"
            }
            Self::ConfigurationFields => "ConfigurationFields",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(SynchronizationMetadata);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationMetadata);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationMetadataEntry`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationMetadataEntry {
    /// CSDL: property `key`: `microsoft.graph.synchronizationMetadata`, nullable.
    pub key: rt::Field<crate::v1::SynchronizationMetadata>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationMetadataEntry {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationMetadataEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationMetadataEntry";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationMetadataEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationMetadataEntry {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationMetadataEntry);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationMetadataEntry { with_key key : crate ::v1::SynchronizationMetadata;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationMetadataEntry);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationProgress`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationProgress {
    /// CSDL: property `completedUnits`: `Edm.Int64`, not nullable.
    pub completed_units: rt::Field<i64>,
    /// CSDL: property `progressObservationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub progress_observation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `totalUnits`: `Edm.Int64`, not nullable.
    pub total_units: rt::Field<i64>,
    /// CSDL: property `units`: `Edm.String`, nullable.
    pub units: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationProgress {
    #[inline]
    fn default() -> Self {
        Self {
            completed_units: rt::Field::Absent,
            progress_observation_date_time: rt::Field::Absent,
            total_units: rt::Field::Absent,
            units: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationProgress {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationProgress";
    const KEYS: &'static [&'static str] = &[
        "completedUnits",
        "progressObservationDateTime",
        "totalUnits",
        "units",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedUnits\":               ",
        ",\"progressObservationDateTime\":  ",
        ",\"totalUnits\":                   ",
        ",\"units\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationProgress\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_units", &self.completed_units);
        v.field(
            1usize,
            "progress_observation_date_time",
            &self.progress_observation_date_time,
        );
        v.field(2usize, "total_units", &self.total_units);
        v.field(3usize, "units", &self.units);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationProgress {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_units.read_from(r),
            1usize => self.progress_observation_date_time.read_from(r),
            2usize => self.total_units.read_from(r),
            3usize => self.units.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_units);
        w.field(1usize, &self.progress_observation_date_time);
        w.field(2usize, &self.total_units);
        w.field(3usize, &self.units);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationProgress);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationProgress { with_completed_units completed_units : i64;
    with_progress_observation_date_time progress_observation_date_time :
    rt::edm::DateTimeOffset; with_total_units total_units : i64; with_units units :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationProgress);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationQuarantine`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationQuarantine {
    /// CSDL: property `currentBegan`: `Edm.DateTimeOffset`, not nullable.
    pub current_began: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.synchronizationError`, nullable.
    pub error: rt::Field<crate::v1::SynchronizationError>,
    /// CSDL: property `nextAttempt`: `Edm.DateTimeOffset`, not nullable.
    pub next_attempt: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `reason`: `microsoft.graph.quarantineReason`, not nullable.
    pub reason: rt::Field<crate::v1::QuarantineReason>,
    /// CSDL: property `seriesBegan`: `Edm.DateTimeOffset`, not nullable.
    pub series_began: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `seriesCount`: `Edm.Int64`, not nullable.
    pub series_count: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationQuarantine {
    #[inline]
    fn default() -> Self {
        Self {
            current_began: rt::Field::Absent,
            error: rt::Field::Absent,
            next_attempt: rt::Field::Absent,
            reason: rt::Field::Absent,
            series_began: rt::Field::Absent,
            series_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationQuarantine {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationQuarantine";
    const KEYS: &'static [&'static str] = &[
        "currentBegan",
        "error",
        "nextAttempt",
        "reason",
        "seriesBegan",
        "seriesCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"currentBegan\":                 ",
        ",\"error\":                        ",
        ",\"nextAttempt\":                  ",
        ",\"reason\":                       ",
        ",\"seriesBegan\":                  ",
        ",\"seriesCount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationQuarantine\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "current_began", &self.current_began);
        v.field(1usize, "error", &self.error);
        v.field(2usize, "next_attempt", &self.next_attempt);
        v.field(3usize, "reason", &self.reason);
        v.field(4usize, "series_began", &self.series_began);
        v.field(5usize, "series_count", &self.series_count);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationQuarantine {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.current_began.read_from(r),
            1usize => self.error.read_from(r),
            2usize => self.next_attempt.read_from(r),
            3usize => self.reason.read_from(r),
            4usize => self.series_began.read_from(r),
            5usize => self.series_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.current_began);
        w.field(1usize, &self.error);
        w.field(2usize, &self.next_attempt);
        w.field(3usize, &self.reason);
        w.field(4usize, &self.series_began);
        w.field(5usize, &self.series_count);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationQuarantine);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationQuarantine { with_current_began current_began :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::SynchronizationError;
    with_next_attempt next_attempt : rt::edm::DateTimeOffset; with_reason reason : crate
    ::v1::QuarantineReason; with_series_began series_began : rt::edm::DateTimeOffset;
    with_series_count series_count : i64; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationQuarantine);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationRule`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationRule {
    /// CSDL: property `containerFilter`: `microsoft.graph.containerFilter`, nullable.
    pub container_filter: rt::Field<crate::v1::ContainerFilter>,
    /// CSDL: property `editable`: `Edm.Boolean`, not nullable.
    pub editable: rt::Field<bool>,
    /// CSDL: property `groupFilter`: `microsoft.graph.groupFilter`, nullable.
    pub group_filter: rt::Field<crate::v1::GroupFilter>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.stringKeyStringValuePair)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::v1::StringKeyStringValuePair>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `objectMappings`: `Collection(microsoft.graph.objectMapping)`, nullable.
    pub object_mappings: rt::Field<::std::vec::Vec<crate::v1::ObjectMapping>>,
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `sourceDirectoryName`: `Edm.String`, nullable.
    pub source_directory_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetDirectoryName`: `Edm.String`, nullable.
    pub target_directory_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationRule {
    #[inline]
    fn default() -> Self {
        Self {
            container_filter: rt::Field::Absent,
            editable: rt::Field::Absent,
            group_filter: rt::Field::Absent,
            id: rt::Field::Absent,
            metadata: rt::Field::Absent,
            name: rt::Field::Absent,
            object_mappings: rt::Field::Absent,
            priority: rt::Field::Absent,
            source_directory_name: rt::Field::Absent,
            target_directory_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationRule {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationRule";
    const KEYS: &'static [&'static str] = &[
        "containerFilter",
        "editable",
        "groupFilter",
        "id",
        "metadata",
        "name",
        "objectMappings",
        "priority",
        "sourceDirectoryName",
        "targetDirectoryName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"containerFilter\":              ",
        ",\"editable\":                     ",
        ",\"groupFilter\":                  ",
        ",\"id\":                           ",
        ",\"metadata\":                     ",
        ",\"name\":                         ",
        ",\"objectMappings\":               ",
        ",\"priority\":                     ",
        ",\"sourceDirectoryName\":          ",
        ",\"targetDirectoryName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "container_filter", &self.container_filter);
        v.field(1usize, "editable", &self.editable);
        v.field(2usize, "group_filter", &self.group_filter);
        v.field(3usize, "id", &self.id);
        v.field(4usize, "metadata", &self.metadata);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "object_mappings", &self.object_mappings);
        v.field(7usize, "priority", &self.priority);
        v.field(8usize, "source_directory_name", &self.source_directory_name);
        v.field(9usize, "target_directory_name", &self.target_directory_name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.container_filter.read_from(r),
            1usize => self.editable.read_from(r),
            2usize => self.group_filter.read_from(r),
            3usize => self.id.read_from(r),
            4usize => self.metadata.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.object_mappings.read_from(r),
            7usize => self.priority.read_from(r),
            8usize => self.source_directory_name.read_from(r),
            9usize => self.target_directory_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.container_filter);
        w.field(1usize, &self.editable);
        w.field(2usize, &self.group_filter);
        w.field(3usize, &self.id);
        w.field(4usize, &self.metadata);
        w.field(5usize, &self.name);
        w.field(6usize, &self.object_mappings);
        w.field(7usize, &self.priority);
        w.field(8usize, &self.source_directory_name);
        w.field(9usize, &self.target_directory_name);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationRule);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationRule { with_container_filter container_filter : crate
    ::v1::ContainerFilter; with_editable editable : bool; with_group_filter group_filter
    : crate ::v1::GroupFilter; with_id id : ::std::string::String; with_metadata metadata
    : ::std::vec::Vec < crate ::v1::StringKeyStringValuePair >; with_name name :
    ::std::string::String; with_object_mappings object_mappings : ::std::vec::Vec < crate
    ::v1::ObjectMapping >; with_priority priority : i32; with_source_directory_name
    source_directory_name : ::std::string::String; with_target_directory_name
    target_directory_name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationRule);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationSchedule`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSchedule {
    /// CSDL: property `expiration`: `Edm.DateTimeOffset`, nullable.
    pub expiration: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `interval`: `Edm.Duration`, not nullable.
    pub interval: rt::Field<rt::edm::Duration>,
    /// CSDL: property `state`: `microsoft.graph.synchronizationScheduleState`, not nullable.
    pub state: rt::Field<crate::v1::SynchronizationScheduleState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            expiration: rt::Field::Absent,
            interval: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSchedule";
    const KEYS: &'static [&'static str] = &["expiration", "interval", "state"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expiration\":                   ",
        ",\"interval\":                     ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration", &self.expiration);
        v.field(1usize, "interval", &self.interval);
        v.field(2usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration.read_from(r),
            1usize => self.interval.read_from(r),
            2usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration);
        w.field(1usize, &self.interval);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationSchedule);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationSchedule { with_expiration expiration : rt::edm::DateTimeOffset;
    with_interval interval : rt::edm::Duration; with_state state : crate
    ::v1::SynchronizationScheduleState; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSchedule);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationScheduleState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationScheduleState {
    /// `Active` (value 0).
    Active,
    /// `Disabled` (value 1).
    Disabled,
    /// `Paused` (value 2).
    Paused,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for SynchronizationScheduleState {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationScheduleState";
    const MEMBERS: &'static [&'static str] = &["Active", "Disabled", "Paused"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Active" => Self::Active,
                "Disabled" => Self::Disabled,
                "Paused" => Self::Paused,
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
            Self::Active => "Active",
            Self::Disabled => "Disabled",
            Self::Paused => "Paused",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(SynchronizationScheduleState);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationScheduleState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationSchemaPath`](requests/trait.SynchronizationSchemaPath.html), what a path to one (`EntityPath<SynchronizationSchema, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `synchronizationRules`: `Collection(microsoft.graph.synchronizationRule)`, nullable.
    pub synchronization_rules: rt::Field<
        ::std::vec::Vec<crate::v1::SynchronizationRule>,
    >,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `directories`: `Collection(microsoft.graph.directoryDefinition)`, not nullable.
    pub directories: rt::Field<::std::vec::Vec<crate::v1::DirectoryDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationSchema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            synchronization_rules: rt::Field::Absent,
            version: rt::Field::Absent,
            directories: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSchema";
    const KEYS: &'static [&'static str] = &[
        "id",
        "synchronizationRules",
        "version",
        "directories",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"synchronizationRules\":         ",
        ",\"version\":                      ",
        ",\"directories\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "synchronization_rules", &self.synchronization_rules);
        v.field(2usize, "version", &self.version);
        v.field(3usize, "directories", &self.directories);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.synchronization_rules.read_from(r),
            2usize => self.version.read_from(r),
            3usize => self.directories.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.synchronization_rules);
        w.field(2usize, &self.version);
        w.field(3usize, &self.directories);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationSchema);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationSchema { with_id id : ::std::string::String;
    with_synchronization_rules synchronization_rules : ::std::vec::Vec < crate
    ::v1::SynchronizationRule >; with_version version : ::std::string::String;
    with_directories directories : ::std::vec::Vec < crate ::v1::DirectoryDefinition >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSchema);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationSecret`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationSecret {
    /// `None` (value 0).
    None,
    /// `UserName` (value 1).
    UserName,
    /// `Password` (value 2).
    Password,
    /// `SecretToken` (value 3).
    SecretToken,
    /// `AppKey` (value 4).
    AppKey,
    /// `BaseAddress` (value 5).
    BaseAddress,
    /// `ClientIdentifier` (value 6).
    ClientIdentifier,
    /// `ClientSecret` (value 7).
    ClientSecret,
    /// `SingleSignOnType` (value 11).
    SingleSignOnType,
    /// `Sandbox` (value 12).
    Sandbox,
    /// `Url` (value 13).
    Url,
    /// `Domain` (value 14).
    Domain,
    /// `ConsumerKey` (value 15).
    ConsumerKey,
    /// `ConsumerSecret` (value 16).
    ConsumerSecret,
    /// `TokenKey` (value 17).
    TokenKey,
    /// `TokenExpiration` (value 18).
    TokenExpiration,
    /// `Oauth2AccessToken` (value 19).
    Oauth2AccessToken,
    /// `Oauth2AccessTokenCreationTime` (value 20).
    Oauth2AccessTokenCreationTime,
    /// `Oauth2RefreshToken` (value 21).
    Oauth2RefreshToken,
    /// `SyncAll` (value 22).
    SyncAll,
    /// `InstanceName` (value 24).
    InstanceName,
    /// `Oauth2ClientId` (value 27).
    Oauth2ClientId,
    /// `Oauth2ClientSecret` (value 28).
    Oauth2ClientSecret,
    /// `CompanyId` (value 29).
    CompanyId,
    /// `UpdateKeyOnSoftDelete` (value 30).
    UpdateKeyOnSoftDelete,
    /// `SynchronizationSchedule` (value 33).
    SynchronizationSchedule,
    /// `SystemOfRecord` (value 34).
    SystemOfRecord,
    /// `SandboxName` (value 35).
    SandboxName,
    /// `EnforceDomain` (value 36).
    EnforceDomain,
    /// `SyncNotificationSettings` (value 37).
    SyncNotificationSettings,
    /// `SkipOutOfScopeDeletions` (value 40).
    SkipOutOfScopeDeletions,
    /// `Oauth2AuthorizationCode` (value 62).
    Oauth2AuthorizationCode,
    /// `Oauth2RedirectUri` (value 63).
    Oauth2RedirectUri,
    /// `ApplicationTemplateIdentifier` (value 64).
    ApplicationTemplateIdentifier,
    /// `Oauth2TokenExchangeUri` (value 65).
    Oauth2TokenExchangeUri,
    /// `Oauth2AuthorizationUri` (value 66).
    Oauth2AuthorizationUri,
    /// `AuthenticationType` (value 67).
    AuthenticationType,
    /// `Server` (value 70).
    Server,
    /// `PerformInboundEntitlementGrants` (value 100).
    PerformInboundEntitlementGrants,
    /// `HardDeletesEnabled` (value 101).
    HardDeletesEnabled,
    /// `SyncAgentCompatibilityKey` (value 102).
    SyncAgentCompatibilityKey,
    /// `SyncAgentADContainer` (value 103).
    SyncAgentAdContainer,
    /// `ValidateDomain` (value 206).
    ValidateDomain,
    /// `TestReferences` (value 207).
    TestReferences,
    /// `ConnectionString` (value 250).
    ConnectionString,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for SynchronizationSecret {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSecret";
    const MEMBERS: &'static [&'static str] = &[
        "None",
        "UserName",
        "Password",
        "SecretToken",
        "AppKey",
        "BaseAddress",
        "ClientIdentifier",
        "ClientSecret",
        "SingleSignOnType",
        "Sandbox",
        "Url",
        "Domain",
        "ConsumerKey",
        "ConsumerSecret",
        "TokenKey",
        "TokenExpiration",
        "Oauth2AccessToken",
        "Oauth2AccessTokenCreationTime",
        "Oauth2RefreshToken",
        "SyncAll",
        "InstanceName",
        "Oauth2ClientId",
        "Oauth2ClientSecret",
        "CompanyId",
        "UpdateKeyOnSoftDelete",
        "SynchronizationSchedule",
        "SystemOfRecord",
        "SandboxName",
        "EnforceDomain",
        "SyncNotificationSettings",
        "SkipOutOfScopeDeletions",
        "Oauth2AuthorizationCode",
        "Oauth2RedirectUri",
        "ApplicationTemplateIdentifier",
        "Oauth2TokenExchangeUri",
        "Oauth2AuthorizationUri",
        "AuthenticationType",
        "Server",
        "PerformInboundEntitlementGrants",
        "HardDeletesEnabled",
        "SyncAgentCompatibilityKey",
        "SyncAgentADContainer",
        "ValidateDomain",
        "TestReferences",
        "ConnectionString",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "UserName" => Self::UserName,
                "Password" => Self::Password,
                "SecretToken" => Self::SecretToken,
                "AppKey" => Self::AppKey,
                "BaseAddress" => Self::BaseAddress,
                "ClientIdentifier" => Self::ClientIdentifier,
                "ClientSecret" => Self::ClientSecret,
                "SingleSignOnType" => Self::SingleSignOnType,
                "Sandbox" => Self::Sandbox,
                "Url" => Self::Url,
                "Domain" => Self::Domain,
                "ConsumerKey" => Self::ConsumerKey,
                "ConsumerSecret" => Self::ConsumerSecret,
                "TokenKey" => Self::TokenKey,
                "TokenExpiration" => Self::TokenExpiration,
                "Oauth2AccessToken" => Self::Oauth2AccessToken,
                "Oauth2AccessTokenCreationTime" => Self::Oauth2AccessTokenCreationTime,
                "Oauth2RefreshToken" => Self::Oauth2RefreshToken,
                "SyncAll" => Self::SyncAll,
                "InstanceName" => Self::InstanceName,
                "Oauth2ClientId" => Self::Oauth2ClientId,
                "Oauth2ClientSecret" => Self::Oauth2ClientSecret,
                "CompanyId" => Self::CompanyId,
                "UpdateKeyOnSoftDelete" => Self::UpdateKeyOnSoftDelete,
                "SynchronizationSchedule" => Self::SynchronizationSchedule,
                "SystemOfRecord" => Self::SystemOfRecord,
                "SandboxName" => Self::SandboxName,
                "EnforceDomain" => Self::EnforceDomain,
                "SyncNotificationSettings" => Self::SyncNotificationSettings,
                "SkipOutOfScopeDeletions" => Self::SkipOutOfScopeDeletions,
                "Oauth2AuthorizationCode" => Self::Oauth2AuthorizationCode,
                "Oauth2RedirectUri" => Self::Oauth2RedirectUri,
                "ApplicationTemplateIdentifier" => Self::ApplicationTemplateIdentifier,
                "Oauth2TokenExchangeUri" => Self::Oauth2TokenExchangeUri,
                "Oauth2AuthorizationUri" => Self::Oauth2AuthorizationUri,
                "AuthenticationType" => Self::AuthenticationType,
                "Server" => Self::Server,
                "PerformInboundEntitlementGrants" => {
                    Self::PerformInboundEntitlementGrants
                }
                "HardDeletesEnabled" => Self::HardDeletesEnabled,
                "SyncAgentCompatibilityKey" => Self::SyncAgentCompatibilityKey,
                "SyncAgentADContainer" => Self::SyncAgentAdContainer,
                "ValidateDomain" => Self::ValidateDomain,
                "TestReferences" => Self::TestReferences,
                "ConnectionString" => Self::ConnectionString,
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
            Self::None => "None",
            Self::UserName => "UserName",
            Self::Password => "Password",
            Self::SecretToken => "SecretToken",
            Self::AppKey => "AppKey",
            Self::BaseAddress => "BaseAddress",
            Self::ClientIdentifier => "ClientIdentifier",
            Self::ClientSecret => "ClientSecret",
            Self::SingleSignOnType => "SingleSignOnType",
            Self::Sandbox => "Sandbox",
            Self::Url => "Url",
            Self::Domain => "Domain",
            Self::ConsumerKey => "ConsumerKey",
            Self::ConsumerSecret => "ConsumerSecret",
            Self::TokenKey => "TokenKey",
            Self::TokenExpiration => "TokenExpiration",
            Self::Oauth2AccessToken => "Oauth2AccessToken",
            Self::Oauth2AccessTokenCreationTime => "Oauth2AccessTokenCreationTime",
            Self::Oauth2RefreshToken => "Oauth2RefreshToken",
            Self::SyncAll => "SyncAll",
            Self::InstanceName => "InstanceName",
            Self::Oauth2ClientId => "Oauth2ClientId",
            Self::Oauth2ClientSecret => "Oauth2ClientSecret",
            Self::CompanyId => "CompanyId",
            Self::UpdateKeyOnSoftDelete => "UpdateKeyOnSoftDelete",
            Self::SynchronizationSchedule => "SynchronizationSchedule",
            Self::SystemOfRecord => "SystemOfRecord",
            Self::SandboxName => "SandboxName",
            Self::EnforceDomain => "EnforceDomain",
            Self::SyncNotificationSettings => "SyncNotificationSettings",
            Self::SkipOutOfScopeDeletions => "SkipOutOfScopeDeletions",
            Self::Oauth2AuthorizationCode => "Oauth2AuthorizationCode",
            Self::Oauth2RedirectUri => "Oauth2RedirectUri",
            Self::ApplicationTemplateIdentifier => "ApplicationTemplateIdentifier",
            Self::Oauth2TokenExchangeUri => "Oauth2TokenExchangeUri",
            Self::Oauth2AuthorizationUri => "Oauth2AuthorizationUri",
            Self::AuthenticationType => "AuthenticationType",
            Self::Server => "Server",
            Self::PerformInboundEntitlementGrants => "PerformInboundEntitlementGrants",
            Self::HardDeletesEnabled => "HardDeletesEnabled",
            Self::SyncAgentCompatibilityKey => "SyncAgentCompatibilityKey",
            Self::SyncAgentAdContainer => "SyncAgentADContainer",
            Self::ValidateDomain => "ValidateDomain",
            Self::TestReferences => "TestReferences",
            Self::ConnectionString => "ConnectionString",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(SynchronizationSecret);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSecret);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationSecretKeyStringValuePair`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationSecretKeyStringValuePair {
    /// CSDL: property `key`: `microsoft.graph.synchronizationSecret`, not nullable.
    pub key: rt::Field<crate::v1::SynchronizationSecret>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationSecretKeyStringValuePair {
    #[inline]
    fn default() -> Self {
        Self {
            key: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationSecretKeyStringValuePair {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationSecretKeyStringValuePair";
    const KEYS: &'static [&'static str] = &["key", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"key\":                          ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationSecretKeyStringValuePair\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "key", &self.key);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationSecretKeyStringValuePair {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.key.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.key);
        w.field(1usize, &self.value);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationSecretKeyStringValuePair);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationSecretKeyStringValuePair { with_key key : crate
    ::v1::SynchronizationSecret; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationSecretKeyStringValuePair);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationStatus`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationStatus {
    /// CSDL: property `code`: `microsoft.graph.synchronizationStatusCode`, not nullable.
    pub code: rt::Field<crate::v1::SynchronizationStatusCode>,
    /// CSDL: property `countSuccessiveCompleteFailures`: `Edm.Int64`, not nullable.
    pub count_successive_complete_failures: rt::Field<i64>,
    /// CSDL: property `escrowsPruned`: `Edm.Boolean`, not nullable.
    pub escrows_pruned: rt::Field<bool>,
    /// CSDL: property `lastExecution`: `microsoft.graph.synchronizationTaskExecution`, nullable.
    pub last_execution: rt::Field<crate::v1::SynchronizationTaskExecution>,
    /// CSDL: property `lastSuccessfulExecution`: `microsoft.graph.synchronizationTaskExecution`, nullable.
    pub last_successful_execution: rt::Field<crate::v1::SynchronizationTaskExecution>,
    /// CSDL: property `lastSuccessfulExecutionWithExports`: `microsoft.graph.synchronizationTaskExecution`, nullable.
    pub last_successful_execution_with_exports: rt::Field<
        crate::v1::SynchronizationTaskExecution,
    >,
    /// CSDL: property `progress`: `Collection(microsoft.graph.synchronizationProgress)`, nullable.
    pub progress: rt::Field<::std::vec::Vec<crate::v1::SynchronizationProgress>>,
    /// CSDL: property `quarantine`: `microsoft.graph.synchronizationQuarantine`, nullable.
    pub quarantine: rt::Field<crate::v1::SynchronizationQuarantine>,
    /// CSDL: property `steadyStateFirstAchievedTime`: `Edm.DateTimeOffset`, not nullable.
    pub steady_state_first_achieved_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `steadyStateLastAchievedTime`: `Edm.DateTimeOffset`, not nullable.
    pub steady_state_last_achieved_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `synchronizedEntryCountByType`: `Collection(microsoft.graph.stringKeyLongValuePair)`, nullable.
    pub synchronized_entry_count_by_type: rt::Field<
        ::std::vec::Vec<crate::v1::StringKeyLongValuePair>,
    >,
    /// CSDL: property `troubleshootingUrl`: `Edm.String`, nullable.
    pub troubleshooting_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationStatus {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            count_successive_complete_failures: rt::Field::Absent,
            escrows_pruned: rt::Field::Absent,
            last_execution: rt::Field::Absent,
            last_successful_execution: rt::Field::Absent,
            last_successful_execution_with_exports: rt::Field::Absent,
            progress: rt::Field::Absent,
            quarantine: rt::Field::Absent,
            steady_state_first_achieved_time: rt::Field::Absent,
            steady_state_last_achieved_time: rt::Field::Absent,
            synchronized_entry_count_by_type: rt::Field::Absent,
            troubleshooting_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationStatus";
    const KEYS: &'static [&'static str] = &[
        "code",
        "countSuccessiveCompleteFailures",
        "escrowsPruned",
        "lastExecution",
        "lastSuccessfulExecution",
        "lastSuccessfulExecutionWithExports",
        "progress",
        "quarantine",
        "steadyStateFirstAchievedTime",
        "steadyStateLastAchievedTime",
        "synchronizedEntryCountByType",
        "troubleshootingUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"countSuccessiveCompleteFailures\":",
        ",\"escrowsPruned\":                ",
        ",\"lastExecution\":                ",
        ",\"lastSuccessfulExecution\":      ",
        ",\"lastSuccessfulExecutionWithExports\":",
        ",\"progress\":                     ",
        ",\"quarantine\":                   ",
        ",\"steadyStateFirstAchievedTime\": ",
        ",\"steadyStateLastAchievedTime\":  ",
        ",\"synchronizedEntryCountByType\": ",
        ",\"troubleshootingUrl\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(
            1usize,
            "count_successive_complete_failures",
            &self.count_successive_complete_failures,
        );
        v.field(2usize, "escrows_pruned", &self.escrows_pruned);
        v.field(3usize, "last_execution", &self.last_execution);
        v.field(4usize, "last_successful_execution", &self.last_successful_execution);
        v.field(
            5usize,
            "last_successful_execution_with_exports",
            &self.last_successful_execution_with_exports,
        );
        v.field(6usize, "progress", &self.progress);
        v.field(7usize, "quarantine", &self.quarantine);
        v.field(
            8usize,
            "steady_state_first_achieved_time",
            &self.steady_state_first_achieved_time,
        );
        v.field(
            9usize,
            "steady_state_last_achieved_time",
            &self.steady_state_last_achieved_time,
        );
        v.field(
            10usize,
            "synchronized_entry_count_by_type",
            &self.synchronized_entry_count_by_type,
        );
        v.field(11usize, "troubleshooting_url", &self.troubleshooting_url);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.count_successive_complete_failures.read_from(r),
            2usize => self.escrows_pruned.read_from(r),
            3usize => self.last_execution.read_from(r),
            4usize => self.last_successful_execution.read_from(r),
            5usize => self.last_successful_execution_with_exports.read_from(r),
            6usize => self.progress.read_from(r),
            7usize => self.quarantine.read_from(r),
            8usize => self.steady_state_first_achieved_time.read_from(r),
            9usize => self.steady_state_last_achieved_time.read_from(r),
            10usize => self.synchronized_entry_count_by_type.read_from(r),
            11usize => self.troubleshooting_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.count_successive_complete_failures);
        w.field(2usize, &self.escrows_pruned);
        w.field(3usize, &self.last_execution);
        w.field(4usize, &self.last_successful_execution);
        w.field(5usize, &self.last_successful_execution_with_exports);
        w.field(6usize, &self.progress);
        w.field(7usize, &self.quarantine);
        w.field(8usize, &self.steady_state_first_achieved_time);
        w.field(9usize, &self.steady_state_last_achieved_time);
        w.field(10usize, &self.synchronized_entry_count_by_type);
        w.field(11usize, &self.troubleshooting_url);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationStatus);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationStatus { with_code code : crate ::v1::SynchronizationStatusCode;
    with_count_successive_complete_failures count_successive_complete_failures : i64;
    with_escrows_pruned escrows_pruned : bool; with_last_execution last_execution : crate
    ::v1::SynchronizationTaskExecution; with_last_successful_execution
    last_successful_execution : crate ::v1::SynchronizationTaskExecution;
    with_last_successful_execution_with_exports last_successful_execution_with_exports :
    crate ::v1::SynchronizationTaskExecution; with_progress progress : ::std::vec::Vec <
    crate ::v1::SynchronizationProgress >; with_quarantine quarantine : crate
    ::v1::SynchronizationQuarantine; with_steady_state_first_achieved_time
    steady_state_first_achieved_time : rt::edm::DateTimeOffset;
    with_steady_state_last_achieved_time steady_state_last_achieved_time :
    rt::edm::DateTimeOffset; with_synchronized_entry_count_by_type
    synchronized_entry_count_by_type : ::std::vec::Vec < crate
    ::v1::StringKeyLongValuePair >; with_troubleshooting_url troubleshooting_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationStatus);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationStatusCode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationStatusCode {
    /// `NotConfigured` (value 0).
    NotConfigured,
    /// `NotRun` (value 1).
    NotRun,
    /// `Active` (value 2).
    Active,
    /// `Paused` (value 3).
    Paused,
    /// `Quarantine` (value 4).
    Quarantine,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for SynchronizationStatusCode {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationStatusCode";
    const MEMBERS: &'static [&'static str] = &[
        "NotConfigured",
        "NotRun",
        "Active",
        "Paused",
        "Quarantine",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "NotConfigured" => Self::NotConfigured,
                "NotRun" => Self::NotRun,
                "Active" => Self::Active,
                "Paused" => Self::Paused,
                "Quarantine" => Self::Quarantine,
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
            Self::NotConfigured => "NotConfigured",
            Self::NotRun => "NotRun",
            Self::Active => "Active",
            Self::Paused => "Paused",
            Self::Quarantine => "Quarantine",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(SynchronizationStatusCode);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationStatusCode);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationTaskExecution`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationTaskExecution {
    /// CSDL: property `activityIdentifier`: `Edm.String`, nullable.
    pub activity_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `countEntitled`: `Edm.Int64`, not nullable.
    pub count_entitled: rt::Field<i64>,
    /// CSDL: property `countEntitledForProvisioning`: `Edm.Int64`, not nullable.
    pub count_entitled_for_provisioning: rt::Field<i64>,
    /// CSDL: property `countEscrowed`: `Edm.Int64`, not nullable.
    pub count_escrowed: rt::Field<i64>,
    /// CSDL: property `countEscrowedRaw`: `Edm.Int64`, not nullable.
    pub count_escrowed_raw: rt::Field<i64>,
    /// CSDL: property `countExported`: `Edm.Int64`, not nullable.
    pub count_exported: rt::Field<i64>,
    /// CSDL: property `countExports`: `Edm.Int64`, not nullable.
    pub count_exports: rt::Field<i64>,
    /// CSDL: property `countImported`: `Edm.Int64`, not nullable.
    pub count_imported: rt::Field<i64>,
    /// CSDL: property `countImportedDeltas`: `Edm.Int64`, not nullable.
    pub count_imported_deltas: rt::Field<i64>,
    /// CSDL: property `countImportedReferenceDeltas`: `Edm.Int64`, not nullable.
    pub count_imported_reference_deltas: rt::Field<i64>,
    /// CSDL: property `error`: `microsoft.graph.synchronizationError`, nullable.
    pub error: rt::Field<crate::v1::SynchronizationError>,
    /// CSDL: property `state`: `microsoft.graph.synchronizationTaskExecutionResult`, not nullable.
    pub state: rt::Field<crate::v1::SynchronizationTaskExecutionResult>,
    /// CSDL: property `timeBegan`: `Edm.DateTimeOffset`, not nullable.
    pub time_began: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `timeEnded`: `Edm.DateTimeOffset`, not nullable.
    pub time_ended: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationTaskExecution {
    #[inline]
    fn default() -> Self {
        Self {
            activity_identifier: rt::Field::Absent,
            count_entitled: rt::Field::Absent,
            count_entitled_for_provisioning: rt::Field::Absent,
            count_escrowed: rt::Field::Absent,
            count_escrowed_raw: rt::Field::Absent,
            count_exported: rt::Field::Absent,
            count_exports: rt::Field::Absent,
            count_imported: rt::Field::Absent,
            count_imported_deltas: rt::Field::Absent,
            count_imported_reference_deltas: rt::Field::Absent,
            error: rt::Field::Absent,
            state: rt::Field::Absent,
            time_began: rt::Field::Absent,
            time_ended: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationTaskExecution {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationTaskExecution";
    const KEYS: &'static [&'static str] = &[
        "activityIdentifier",
        "countEntitled",
        "countEntitledForProvisioning",
        "countEscrowed",
        "countEscrowedRaw",
        "countExported",
        "countExports",
        "countImported",
        "countImportedDeltas",
        "countImportedReferenceDeltas",
        "error",
        "state",
        "timeBegan",
        "timeEnded",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activityIdentifier\":           ",
        ",\"countEntitled\":                ",
        ",\"countEntitledForProvisioning\": ",
        ",\"countEscrowed\":                ",
        ",\"countEscrowedRaw\":             ",
        ",\"countExported\":                ",
        ",\"countExports\":                 ",
        ",\"countImported\":                ",
        ",\"countImportedDeltas\":          ",
        ",\"countImportedReferenceDeltas\": ",
        ",\"error\":                        ",
        ",\"state\":                        ",
        ",\"timeBegan\":                    ",
        ",\"timeEnded\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationTaskExecution\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "activity_identifier", &self.activity_identifier);
        v.field(1usize, "count_entitled", &self.count_entitled);
        v.field(
            2usize,
            "count_entitled_for_provisioning",
            &self.count_entitled_for_provisioning,
        );
        v.field(3usize, "count_escrowed", &self.count_escrowed);
        v.field(4usize, "count_escrowed_raw", &self.count_escrowed_raw);
        v.field(5usize, "count_exported", &self.count_exported);
        v.field(6usize, "count_exports", &self.count_exports);
        v.field(7usize, "count_imported", &self.count_imported);
        v.field(8usize, "count_imported_deltas", &self.count_imported_deltas);
        v.field(
            9usize,
            "count_imported_reference_deltas",
            &self.count_imported_reference_deltas,
        );
        v.field(10usize, "error", &self.error);
        v.field(11usize, "state", &self.state);
        v.field(12usize, "time_began", &self.time_began);
        v.field(13usize, "time_ended", &self.time_ended);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationTaskExecution {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.activity_identifier.read_from(r),
            1usize => self.count_entitled.read_from(r),
            2usize => self.count_entitled_for_provisioning.read_from(r),
            3usize => self.count_escrowed.read_from(r),
            4usize => self.count_escrowed_raw.read_from(r),
            5usize => self.count_exported.read_from(r),
            6usize => self.count_exports.read_from(r),
            7usize => self.count_imported.read_from(r),
            8usize => self.count_imported_deltas.read_from(r),
            9usize => self.count_imported_reference_deltas.read_from(r),
            10usize => self.error.read_from(r),
            11usize => self.state.read_from(r),
            12usize => self.time_began.read_from(r),
            13usize => self.time_ended.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.activity_identifier);
        w.field(1usize, &self.count_entitled);
        w.field(2usize, &self.count_entitled_for_provisioning);
        w.field(3usize, &self.count_escrowed);
        w.field(4usize, &self.count_escrowed_raw);
        w.field(5usize, &self.count_exported);
        w.field(6usize, &self.count_exports);
        w.field(7usize, &self.count_imported);
        w.field(8usize, &self.count_imported_deltas);
        w.field(9usize, &self.count_imported_reference_deltas);
        w.field(10usize, &self.error);
        w.field(11usize, &self.state);
        w.field(12usize, &self.time_began);
        w.field(13usize, &self.time_ended);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationTaskExecution);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationTaskExecution { with_activity_identifier activity_identifier :
    ::std::string::String; with_count_entitled count_entitled : i64;
    with_count_entitled_for_provisioning count_entitled_for_provisioning : i64;
    with_count_escrowed count_escrowed : i64; with_count_escrowed_raw count_escrowed_raw
    : i64; with_count_exported count_exported : i64; with_count_exports count_exports :
    i64; with_count_imported count_imported : i64; with_count_imported_deltas
    count_imported_deltas : i64; with_count_imported_reference_deltas
    count_imported_reference_deltas : i64; with_error error : crate
    ::v1::SynchronizationError; with_state state : crate
    ::v1::SynchronizationTaskExecutionResult; with_time_began time_began :
    rt::edm::DateTimeOffset; with_time_ended time_ended : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationTaskExecution);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationTaskExecutionResult`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SynchronizationTaskExecutionResult {
    /// `Succeeded` (value 0).
    Succeeded,
    /// `Failed` (value 1).
    Failed,
    /// `EntryLevelErrors` (value 2).
    EntryLevelErrors,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for SynchronizationTaskExecutionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationTaskExecutionResult";
    const MEMBERS: &'static [&'static str] = &[
        "Succeeded",
        "Failed",
        "EntryLevelErrors",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Succeeded" => Self::Succeeded,
                "Failed" => Self::Failed,
                "EntryLevelErrors" => Self::EntryLevelErrors,
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
            Self::Succeeded => "Succeeded",
            Self::Failed => "Failed",
            Self::EntryLevelErrors => "EntryLevelErrors",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(SynchronizationTaskExecutionResult);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationTaskExecutionResult);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.synchronizationTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SynchronizationTemplatePath`](requests/trait.SynchronizationTemplatePath.html), what a path to one (`EntityPath<SynchronizationTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SynchronizationTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationId`: `Edm.Guid`, not nullable.
    pub application_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `default`: `Edm.Boolean`, not nullable.
    pub default: rt::Field<bool>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discoverable`: `Edm.Boolean`, not nullable.
    pub discoverable: rt::Field<bool>,
    /// CSDL: property `factoryTag`: `Edm.String`, nullable.
    pub factory_tag: rt::Field<::std::string::String>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.synchronizationMetadataEntry)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::v1::SynchronizationMetadataEntry>>,
    /// CSDL: containment navigation property `schema`: `microsoft.graph.synchronizationSchema`, nullable.
    pub schema: rt::Field<crate::v1::SynchronizationSchema>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for SynchronizationTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            application_id: rt::Field::Absent,
            default: rt::Field::Absent,
            description: rt::Field::Absent,
            discoverable: rt::Field::Absent,
            factory_tag: rt::Field::Absent,
            metadata: rt::Field::Absent,
            schema: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for SynchronizationTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.synchronizationTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicationId",
        "default",
        "description",
        "discoverable",
        "factoryTag",
        "metadata",
        "schema",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicationId\":                ",
        ",\"default\":                      ",
        ",\"description\":                  ",
        ",\"discoverable\":                 ",
        ",\"factoryTag\":                   ",
        ",\"metadata\":                     ",
        ",\"schema\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.synchronizationTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "application_id", &self.application_id);
        v.field(2usize, "default", &self.default);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "discoverable", &self.discoverable);
        v.field(5usize, "factory_tag", &self.factory_tag);
        v.field(6usize, "metadata", &self.metadata);
        v.field(7usize, "schema", &self.schema);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for SynchronizationTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.application_id.read_from(r),
            2usize => self.default.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.discoverable.read_from(r),
            5usize => self.factory_tag.read_from(r),
            6usize => self.metadata.read_from(r),
            7usize => self.schema.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.application_id);
        w.field(2usize, &self.default);
        w.field(3usize, &self.description);
        w.field(4usize, &self.discoverable);
        w.field(5usize, &self.factory_tag);
        w.field(6usize, &self.metadata);
        w.field(7usize, &self.schema);
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
#[cfg(msgraph_v1_core)]
rt::impl_object!(SynchronizationTemplate);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    SynchronizationTemplate { with_id id : ::std::string::String; with_application_id
    application_id : rt::edm::Guid; with_default default : bool; with_description
    description : ::std::string::String; with_discoverable discoverable : bool;
    with_factory_tag factory_tag : ::std::string::String; with_metadata metadata :
    ::std::vec::Vec < crate ::v1::SynchronizationMetadataEntry >; with_schema schema :
    crate ::v1::SynchronizationSchema; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SynchronizationTemplate);
