//! Types of `microsoft.graph` by the first letters of their names (`n_o`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.networkConnection`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct NetworkConnection {
    /// CSDL: property `applicationName`: `Edm.String`, nullable.
    pub application_name: rt::Field<::std::string::String>,
    /// CSDL: property `destinationAddress`: `Edm.String`, nullable.
    pub destination_address: rt::Field<::std::string::String>,
    /// CSDL: property `destinationDomain`: `Edm.String`, nullable.
    pub destination_domain: rt::Field<::std::string::String>,
    /// CSDL: property `destinationLocation`: `Edm.String`, nullable.
    pub destination_location: rt::Field<::std::string::String>,
    /// CSDL: property `destinationPort`: `Edm.String`, nullable.
    pub destination_port: rt::Field<::std::string::String>,
    /// CSDL: property `destinationUrl`: `Edm.String`, nullable.
    pub destination_url: rt::Field<::std::string::String>,
    /// CSDL: property `direction`: `microsoft.graph.connectionDirection`, nullable.
    pub direction: rt::Field<crate::beta::ConnectionDirection>,
    /// CSDL: property `domainRegisteredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub domain_registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `localDnsName`: `Edm.String`, nullable.
    pub local_dns_name: rt::Field<::std::string::String>,
    /// CSDL: property `natDestinationAddress`: `Edm.String`, nullable.
    pub nat_destination_address: rt::Field<::std::string::String>,
    /// CSDL: property `natDestinationPort`: `Edm.String`, nullable.
    pub nat_destination_port: rt::Field<::std::string::String>,
    /// CSDL: property `natSourceAddress`: `Edm.String`, nullable.
    pub nat_source_address: rt::Field<::std::string::String>,
    /// CSDL: property `natSourcePort`: `Edm.String`, nullable.
    pub nat_source_port: rt::Field<::std::string::String>,
    /// CSDL: property `protocol`: `microsoft.graph.securityNetworkProtocol`, nullable.
    pub protocol: rt::Field<crate::beta::SecurityNetworkProtocol>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `sourceAddress`: `Edm.String`, nullable.
    pub source_address: rt::Field<::std::string::String>,
    /// CSDL: property `sourceLocation`: `Edm.String`, nullable.
    pub source_location: rt::Field<::std::string::String>,
    /// CSDL: property `sourcePort`: `Edm.String`, nullable.
    pub source_port: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.connectionStatus`, nullable.
    pub status: rt::Field<crate::beta::ConnectionStatus>,
    /// CSDL: property `urlParameters`: `Edm.String`, nullable.
    pub url_parameters: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for NetworkConnection {
    #[inline]
    fn default() -> Self {
        Self {
            application_name: rt::Field::Absent,
            destination_address: rt::Field::Absent,
            destination_domain: rt::Field::Absent,
            destination_location: rt::Field::Absent,
            destination_port: rt::Field::Absent,
            destination_url: rt::Field::Absent,
            direction: rt::Field::Absent,
            domain_registered_date_time: rt::Field::Absent,
            local_dns_name: rt::Field::Absent,
            nat_destination_address: rt::Field::Absent,
            nat_destination_port: rt::Field::Absent,
            nat_source_address: rt::Field::Absent,
            nat_source_port: rt::Field::Absent,
            protocol: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            source_address: rt::Field::Absent,
            source_location: rt::Field::Absent,
            source_port: rt::Field::Absent,
            status: rt::Field::Absent,
            url_parameters: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for NetworkConnection {
    const TYPE_NAME: &'static str = "microsoft.graph.networkConnection";
    const KEYS: &'static [&'static str] = &[
        "applicationName",
        "destinationAddress",
        "destinationDomain",
        "destinationLocation",
        "destinationPort",
        "destinationUrl",
        "direction",
        "domainRegisteredDateTime",
        "localDnsName",
        "natDestinationAddress",
        "natDestinationPort",
        "natSourceAddress",
        "natSourcePort",
        "protocol",
        "riskScore",
        "sourceAddress",
        "sourceLocation",
        "sourcePort",
        "status",
        "urlParameters",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationName\":              ",
        ",\"destinationAddress\":           ",
        ",\"destinationDomain\":            ",
        ",\"destinationLocation\":          ",
        ",\"destinationPort\":              ",
        ",\"destinationUrl\":               ",
        ",\"direction\":                    ",
        ",\"domainRegisteredDateTime\":     ",
        ",\"localDnsName\":                 ",
        ",\"natDestinationAddress\":        ",
        ",\"natDestinationPort\":           ",
        ",\"natSourceAddress\":             ",
        ",\"natSourcePort\":                ",
        ",\"protocol\":                     ",
        ",\"riskScore\":                    ",
        ",\"sourceAddress\":                ",
        ",\"sourceLocation\":               ",
        ",\"sourcePort\":                   ",
        ",\"status\":                       ",
        ",\"urlParameters\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkConnection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "application_name", &self.application_name);
        v.field(1usize, "destination_address", &self.destination_address);
        v.field(2usize, "destination_domain", &self.destination_domain);
        v.field(3usize, "destination_location", &self.destination_location);
        v.field(4usize, "destination_port", &self.destination_port);
        v.field(5usize, "destination_url", &self.destination_url);
        v.field(6usize, "direction", &self.direction);
        v.field(
            7usize,
            "domain_registered_date_time",
            &self.domain_registered_date_time,
        );
        v.field(8usize, "local_dns_name", &self.local_dns_name);
        v.field(9usize, "nat_destination_address", &self.nat_destination_address);
        v.field(10usize, "nat_destination_port", &self.nat_destination_port);
        v.field(11usize, "nat_source_address", &self.nat_source_address);
        v.field(12usize, "nat_source_port", &self.nat_source_port);
        v.field(13usize, "protocol", &self.protocol);
        v.field(14usize, "risk_score", &self.risk_score);
        v.field(15usize, "source_address", &self.source_address);
        v.field(16usize, "source_location", &self.source_location);
        v.field(17usize, "source_port", &self.source_port);
        v.field(18usize, "status", &self.status);
        v.field(19usize, "url_parameters", &self.url_parameters);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for NetworkConnection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_name.read_from(r),
            1usize => self.destination_address.read_from(r),
            2usize => self.destination_domain.read_from(r),
            3usize => self.destination_location.read_from(r),
            4usize => self.destination_port.read_from(r),
            5usize => self.destination_url.read_from(r),
            6usize => self.direction.read_from(r),
            7usize => self.domain_registered_date_time.read_from(r),
            8usize => self.local_dns_name.read_from(r),
            9usize => self.nat_destination_address.read_from(r),
            10usize => self.nat_destination_port.read_from(r),
            11usize => self.nat_source_address.read_from(r),
            12usize => self.nat_source_port.read_from(r),
            13usize => self.protocol.read_from(r),
            14usize => self.risk_score.read_from(r),
            15usize => self.source_address.read_from(r),
            16usize => self.source_location.read_from(r),
            17usize => self.source_port.read_from(r),
            18usize => self.status.read_from(r),
            19usize => self.url_parameters.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_name);
        w.field(1usize, &self.destination_address);
        w.field(2usize, &self.destination_domain);
        w.field(3usize, &self.destination_location);
        w.field(4usize, &self.destination_port);
        w.field(5usize, &self.destination_url);
        w.field(6usize, &self.direction);
        w.field(7usize, &self.domain_registered_date_time);
        w.field(8usize, &self.local_dns_name);
        w.field(9usize, &self.nat_destination_address);
        w.field(10usize, &self.nat_destination_port);
        w.field(11usize, &self.nat_source_address);
        w.field(12usize, &self.nat_source_port);
        w.field(13usize, &self.protocol);
        w.field(14usize, &self.risk_score);
        w.field(15usize, &self.source_address);
        w.field(16usize, &self.source_location);
        w.field(17usize, &self.source_port);
        w.field(18usize, &self.status);
        w.field(19usize, &self.url_parameters);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(NetworkConnection);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    NetworkConnection { with_application_name application_name : ::std::string::String;
    with_destination_address destination_address : ::std::string::String;
    with_destination_domain destination_domain : ::std::string::String;
    with_destination_location destination_location : ::std::string::String;
    with_destination_port destination_port : ::std::string::String; with_destination_url
    destination_url : ::std::string::String; with_direction direction : crate
    ::beta::ConnectionDirection; with_domain_registered_date_time
    domain_registered_date_time : rt::edm::DateTimeOffset; with_local_dns_name
    local_dns_name : ::std::string::String; with_nat_destination_address
    nat_destination_address : ::std::string::String; with_nat_destination_port
    nat_destination_port : ::std::string::String; with_nat_source_address
    nat_source_address : ::std::string::String; with_nat_source_port nat_source_port :
    ::std::string::String; with_protocol protocol : crate
    ::beta::SecurityNetworkProtocol; with_risk_score risk_score : ::std::string::String;
    with_source_address source_address : ::std::string::String; with_source_location
    source_location : ::std::string::String; with_source_port source_port :
    ::std::string::String; with_status status : crate ::beta::ConnectionStatus;
    with_url_parameters url_parameters : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkConnection);
#[cfg(msgraph_beta_device_management_or_search)]
/// IPv4 configuration-based management conditions may be defined that will trigger when a device detects certain IP network settings. An IP config management conditions will only be considered TRUE when the network connection is active.
///
/// CSDL: `microsoft.graph.networkIPv4ConfigurationManagementCondition`, entity type, derived from `microsoft.graph.networkManagementCondition`, key `id`.
///
/// Request builders: [`ManagementConditionPath`](requests/trait.ManagementConditionPath.html), what a path to one (`EntityPath<NetworkIPv4ConfigurationManagementCondition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct NetworkIPv4ConfigurationManagementCondition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The applicable platforms for this management condition.
    ///
    /// CSDL: property `applicablePlatforms`: `Collection(microsoft.graph.devicePlatformType)`, not nullable.
    pub applicable_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::DevicePlatformType>,
    >,
    /// The time the management condition was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined description of the management condition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The admin defined name of the management condition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// ETag of the management condition. Updated service side.
    ///
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// The time the management condition was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Unique name for the management condition. Used in management condition expressions.
    ///
    /// CSDL: property `uniqueName`: `Edm.String`, not nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// The management condition statements associated to the management condition.
    ///
    /// CSDL: navigation property `managementConditionStatements`: `Collection(microsoft.graph.managementConditionStatement)`, not nullable.
    pub management_condition_statements: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementConditionStatement>,
    >,
    /// Valid DNS suffixes for the current network. e.g. seattle.contoso.com
    ///
    /// CSDL: property `dnsSuffixList`: `Collection(Edm.String)`, nullable.
    pub dns_suffix_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The IPv4 address of the DHCP server for the adapter.
    ///
    /// CSDL: property `ipV4DHCPServer`: `Edm.String`, nullable.
    pub ip_v4dhcp_server: rt::Field<::std::string::String>,
    /// The IPv4 DNS servers configured for the adapter.
    ///
    /// CSDL: property `ipV4DNSServerList`: `Collection(Edm.String)`, nullable.
    pub ip_v4dns_server_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The IPv4 gateway address. e.g. 10.0.0.0
    ///
    /// CSDL: property `ipV4Gateway`: `Edm.String`, nullable.
    pub ip_v4_gateway: rt::Field<::std::string::String>,
    /// The IPv4 subnet to be connected to. e.g. 10.0.0.0/8
    ///
    /// CSDL: property `ipV4Prefix`: `Edm.String`, nullable.
    pub ip_v4_prefix: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for NetworkIPv4ConfigurationManagementCondition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_platforms: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            management_condition_statements: rt::Field::Absent,
            dns_suffix_list: rt::Field::Absent,
            ip_v4dhcp_server: rt::Field::Absent,
            ip_v4dns_server_list: rt::Field::Absent,
            ip_v4_gateway: rt::Field::Absent,
            ip_v4_prefix: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for NetworkIPv4ConfigurationManagementCondition {
    const TYPE_NAME: &'static str = "microsoft.graph.networkIPv4ConfigurationManagementCondition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicablePlatforms",
        "createdDateTime",
        "description",
        "displayName",
        "eTag",
        "modifiedDateTime",
        "uniqueName",
        "managementConditionStatements",
        "dnsSuffixList",
        "ipV4DHCPServer",
        "ipV4DNSServerList",
        "ipV4Gateway",
        "ipV4Prefix",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicablePlatforms\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"eTag\":                         ",
        ",\"modifiedDateTime\":             ",
        ",\"uniqueName\":                   ",
        ",\"managementConditionStatements\":",
        ",\"dnsSuffixList\":                ",
        ",\"ipV4DHCPServer\":               ",
        ",\"ipV4DNSServerList\":            ",
        ",\"ipV4Gateway\":                  ",
        ",\"ipV4Prefix\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkIPv4ConfigurationManagementCondition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_platforms", &self.applicable_platforms);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "e_tag", &self.e_tag);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "unique_name", &self.unique_name);
        v.field(
            8usize,
            "management_condition_statements",
            &self.management_condition_statements,
        );
        v.field(9usize, "dns_suffix_list", &self.dns_suffix_list);
        v.field(10usize, "ip_v4dhcp_server", &self.ip_v4dhcp_server);
        v.field(11usize, "ip_v4dns_server_list", &self.ip_v4dns_server_list);
        v.field(12usize, "ip_v4_gateway", &self.ip_v4_gateway);
        v.field(13usize, "ip_v4_prefix", &self.ip_v4_prefix);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for NetworkIPv4ConfigurationManagementCondition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_platforms.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.e_tag.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.unique_name.read_from(r),
            8usize => self.management_condition_statements.read_from(r),
            9usize => self.dns_suffix_list.read_from(r),
            10usize => self.ip_v4dhcp_server.read_from(r),
            11usize => self.ip_v4dns_server_list.read_from(r),
            12usize => self.ip_v4_gateway.read_from(r),
            13usize => self.ip_v4_prefix.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_platforms);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.e_tag);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.unique_name);
        w.field(8usize, &self.management_condition_statements);
        w.field(9usize, &self.dns_suffix_list);
        w.field(10usize, &self.ip_v4dhcp_server);
        w.field(11usize, &self.ip_v4dns_server_list);
        w.field(12usize, &self.ip_v4_gateway);
        w.field(13usize, &self.ip_v4_prefix);
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
rt::impl_object!(NetworkIPv4ConfigurationManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    NetworkIPv4ConfigurationManagementCondition { with_id id : ::std::string::String;
    with_applicable_platforms applicable_platforms : ::std::vec::Vec < crate
    ::beta::DevicePlatformType >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_e_tag e_tag :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_unique_name unique_name : ::std::string::String;
    with_management_condition_statements management_condition_statements :
    ::std::vec::Vec < crate ::beta::ManagementConditionStatement >; with_dns_suffix_list
    dns_suffix_list : ::std::vec::Vec < ::std::string::String >; with_ip_v4dhcp_server
    ip_v4dhcp_server : ::std::string::String; with_ip_v4dns_server_list
    ip_v4dns_server_list : ::std::vec::Vec < ::std::string::String >; with_ip_v4_gateway
    ip_v4_gateway : ::std::string::String; with_ip_v4_prefix ip_v4_prefix :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkIPv4ConfigurationManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
/// IPv6 configuration-based management conditions may be defined that will trigger when a device detects certain IP network settings. An IP config management condition will only be considered TRUE when the network connection is active.
///
/// IPv6 DHCP server addresses may not be matched. This is because Windows(circa Redstone) does not expose this information to the Natural Authentication service.
///
/// CSDL: `microsoft.graph.networkIPv6ConfigurationManagementCondition`, entity type, derived from `microsoft.graph.networkManagementCondition`, key `id`.
///
/// Request builders: [`ManagementConditionPath`](requests/trait.ManagementConditionPath.html), what a path to one (`EntityPath<NetworkIPv6ConfigurationManagementCondition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct NetworkIPv6ConfigurationManagementCondition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The applicable platforms for this management condition.
    ///
    /// CSDL: property `applicablePlatforms`: `Collection(microsoft.graph.devicePlatformType)`, not nullable.
    pub applicable_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::DevicePlatformType>,
    >,
    /// The time the management condition was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined description of the management condition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The admin defined name of the management condition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// ETag of the management condition. Updated service side.
    ///
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// The time the management condition was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Unique name for the management condition. Used in management condition expressions.
    ///
    /// CSDL: property `uniqueName`: `Edm.String`, not nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// The management condition statements associated to the management condition.
    ///
    /// CSDL: navigation property `managementConditionStatements`: `Collection(microsoft.graph.managementConditionStatement)`, not nullable.
    pub management_condition_statements: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementConditionStatement>,
    >,
    /// Valid DNS suffixes for the current network. e.g. seattle.contoso.com
    ///
    /// CSDL: property `dnsSuffixList`: `Collection(Edm.String)`, nullable.
    pub dns_suffix_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// An IPv6 DNS servers configured for the adapter.
    ///
    /// CSDL: property `ipV6DNSServerList`: `Collection(Edm.String)`, nullable.
    pub ip_v6dns_server_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The IPv6 gateway address to. e.g 2001:db8::1
    ///
    /// CSDL: property `ipV6Gateway`: `Edm.String`, nullable.
    pub ip_v6_gateway: rt::Field<::std::string::String>,
    /// The IPv6 subnet to be connected to. e.g. 2001:db8::/32
    ///
    /// CSDL: property `ipV6Prefix`: `Edm.String`, nullable.
    pub ip_v6_prefix: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for NetworkIPv6ConfigurationManagementCondition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_platforms: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            management_condition_statements: rt::Field::Absent,
            dns_suffix_list: rt::Field::Absent,
            ip_v6dns_server_list: rt::Field::Absent,
            ip_v6_gateway: rt::Field::Absent,
            ip_v6_prefix: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for NetworkIPv6ConfigurationManagementCondition {
    const TYPE_NAME: &'static str = "microsoft.graph.networkIPv6ConfigurationManagementCondition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicablePlatforms",
        "createdDateTime",
        "description",
        "displayName",
        "eTag",
        "modifiedDateTime",
        "uniqueName",
        "managementConditionStatements",
        "dnsSuffixList",
        "ipV6DNSServerList",
        "ipV6Gateway",
        "ipV6Prefix",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicablePlatforms\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"eTag\":                         ",
        ",\"modifiedDateTime\":             ",
        ",\"uniqueName\":                   ",
        ",\"managementConditionStatements\":",
        ",\"dnsSuffixList\":                ",
        ",\"ipV6DNSServerList\":            ",
        ",\"ipV6Gateway\":                  ",
        ",\"ipV6Prefix\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkIPv6ConfigurationManagementCondition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_platforms", &self.applicable_platforms);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "e_tag", &self.e_tag);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "unique_name", &self.unique_name);
        v.field(
            8usize,
            "management_condition_statements",
            &self.management_condition_statements,
        );
        v.field(9usize, "dns_suffix_list", &self.dns_suffix_list);
        v.field(10usize, "ip_v6dns_server_list", &self.ip_v6dns_server_list);
        v.field(11usize, "ip_v6_gateway", &self.ip_v6_gateway);
        v.field(12usize, "ip_v6_prefix", &self.ip_v6_prefix);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for NetworkIPv6ConfigurationManagementCondition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_platforms.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.e_tag.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.unique_name.read_from(r),
            8usize => self.management_condition_statements.read_from(r),
            9usize => self.dns_suffix_list.read_from(r),
            10usize => self.ip_v6dns_server_list.read_from(r),
            11usize => self.ip_v6_gateway.read_from(r),
            12usize => self.ip_v6_prefix.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_platforms);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.e_tag);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.unique_name);
        w.field(8usize, &self.management_condition_statements);
        w.field(9usize, &self.dns_suffix_list);
        w.field(10usize, &self.ip_v6dns_server_list);
        w.field(11usize, &self.ip_v6_gateway);
        w.field(12usize, &self.ip_v6_prefix);
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
rt::impl_object!(NetworkIPv6ConfigurationManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    NetworkIPv6ConfigurationManagementCondition { with_id id : ::std::string::String;
    with_applicable_platforms applicable_platforms : ::std::vec::Vec < crate
    ::beta::DevicePlatformType >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_e_tag e_tag :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_unique_name unique_name : ::std::string::String;
    with_management_condition_statements management_condition_statements :
    ::std::vec::Vec < crate ::beta::ManagementConditionStatement >; with_dns_suffix_list
    dns_suffix_list : ::std::vec::Vec < ::std::string::String >;
    with_ip_v6dns_server_list ip_v6dns_server_list : ::std::vec::Vec <
    ::std::string::String >; with_ip_v6_gateway ip_v6_gateway : ::std::string::String;
    with_ip_v6_prefix ip_v6_prefix : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkIPv6ConfigurationManagementCondition);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.networkInterface`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct NetworkInterface {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `ipV4Address`: `Edm.String`, nullable.
    pub ip_v4_address: rt::Field<::std::string::String>,
    /// CSDL: property `ipV6Address`: `Edm.String`, nullable.
    pub ip_v6_address: rt::Field<::std::string::String>,
    /// CSDL: property `localIpV6Address`: `Edm.String`, nullable.
    pub local_ip_v6_address: rt::Field<::std::string::String>,
    /// CSDL: property `macAddress`: `Edm.String`, nullable.
    pub mac_address: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for NetworkInterface {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            ip_v4_address: rt::Field::Absent,
            ip_v6_address: rt::Field::Absent,
            local_ip_v6_address: rt::Field::Absent,
            mac_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for NetworkInterface {
    const TYPE_NAME: &'static str = "microsoft.graph.networkInterface";
    const KEYS: &'static [&'static str] = &[
        "description",
        "ipV4Address",
        "ipV6Address",
        "localIpV6Address",
        "macAddress",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"ipV4Address\":                  ",
        ",\"ipV6Address\":                  ",
        ",\"localIpV6Address\":             ",
        ",\"macAddress\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkInterface\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "ip_v4_address", &self.ip_v4_address);
        v.field(2usize, "ip_v6_address", &self.ip_v6_address);
        v.field(3usize, "local_ip_v6_address", &self.local_ip_v6_address);
        v.field(4usize, "mac_address", &self.mac_address);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for NetworkInterface {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.ip_v4_address.read_from(r),
            2usize => self.ip_v6_address.read_from(r),
            3usize => self.local_ip_v6_address.read_from(r),
            4usize => self.mac_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.ip_v4_address);
        w.field(2usize, &self.ip_v6_address);
        w.field(3usize, &self.local_ip_v6_address);
        w.field(4usize, &self.mac_address);
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
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(NetworkInterface);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    NetworkInterface { with_description description : ::std::string::String;
    with_ip_v4_address ip_v4_address : ::std::string::String; with_ip_v6_address
    ip_v6_address : ::std::string::String; with_local_ip_v6_address local_ip_v6_address :
    ::std::string::String; with_mac_address mac_address : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkInterface);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.networkLocationDetail`, complex type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone)]
pub struct NetworkLocationDetail {
    /// CSDL: property `networkNames`: `Collection(Edm.String)`, nullable.
    pub network_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `networkType`: `microsoft.graph.networkType`, nullable.
    pub network_type: rt::Field<crate::beta::NetworkType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl ::std::default::Default for NetworkLocationDetail {
    #[inline]
    fn default() -> Self {
        Self {
            network_names: rt::Field::Absent,
            network_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::Object for NetworkLocationDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.networkLocationDetail";
    const KEYS: &'static [&'static str] = &["networkNames", "networkType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"networkNames\":                 ",
        ",\"networkType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkLocationDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "network_names", &self.network_names);
        v.field(1usize, "network_type", &self.network_type);
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::object::Members for NetworkLocationDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.network_names.read_from(r),
            1usize => self.network_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.network_names);
        w.field(1usize, &self.network_type);
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
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_object!(NetworkLocationDetail);
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_setters!(
    NetworkLocationDetail { with_network_names network_names : ::std::vec::Vec <
    ::std::string::String >; with_network_type network_type : crate ::beta::NetworkType;
    }
);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkLocationDetail);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains the information to define a network management condition.
///
/// CSDL: `microsoft.graph.networkManagementCondition`, entity type, derived from `microsoft.graph.managementCondition`, abstract, key `id`.
///
/// Request builders: [`ManagementConditionPath`](requests/trait.ManagementConditionPath.html), what a path to one (`EntityPath<AnyNetworkManagementCondition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct NetworkManagementCondition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The applicable platforms for this management condition.
    ///
    /// CSDL: property `applicablePlatforms`: `Collection(microsoft.graph.devicePlatformType)`, not nullable.
    pub applicable_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::DevicePlatformType>,
    >,
    /// The time the management condition was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined description of the management condition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The admin defined name of the management condition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// ETag of the management condition. Updated service side.
    ///
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// The time the management condition was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Unique name for the management condition. Used in management condition expressions.
    ///
    /// CSDL: property `uniqueName`: `Edm.String`, not nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// The management condition statements associated to the management condition.
    ///
    /// CSDL: navigation property `managementConditionStatements`: `Collection(microsoft.graph.managementConditionStatement)`, not nullable.
    pub management_condition_statements: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementConditionStatement>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for NetworkManagementCondition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_platforms: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            management_condition_statements: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for NetworkManagementCondition {
    const TYPE_NAME: &'static str = "microsoft.graph.networkManagementCondition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicablePlatforms",
        "createdDateTime",
        "description",
        "displayName",
        "eTag",
        "modifiedDateTime",
        "uniqueName",
        "managementConditionStatements",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicablePlatforms\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"eTag\":                         ",
        ",\"modifiedDateTime\":             ",
        ",\"uniqueName\":                   ",
        ",\"managementConditionStatements\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.networkManagementCondition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_platforms", &self.applicable_platforms);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "e_tag", &self.e_tag);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "unique_name", &self.unique_name);
        v.field(
            8usize,
            "management_condition_statements",
            &self.management_condition_statements,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for NetworkManagementCondition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_platforms.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.e_tag.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.unique_name.read_from(r),
            8usize => self.management_condition_statements.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_platforms);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.e_tag);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.unique_name);
        w.field(8usize, &self.management_condition_statements);
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
rt::impl_object!(NetworkManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    NetworkManagementCondition { with_id id : ::std::string::String;
    with_applicable_platforms applicable_platforms : ::std::vec::Vec < crate
    ::beta::DevicePlatformType >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_e_tag e_tag :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_unique_name unique_name : ::std::string::String;
    with_management_condition_statements management_condition_statements :
    ::std::vec::Vec < crate ::beta::ManagementConditionStatement >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.networkManagementCondition` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyNetworkManagementCondition {
    NetworkManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkManagementCondition>,
    ),
    NetworkIPv4ConfigurationManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkIPv4ConfigurationManagementCondition>,
    ),
    NetworkIPv6ConfigurationManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkIPv6ConfigurationManagementCondition>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyNetworkManagementCondition {
    #[inline]
    fn default() -> Self {
        Self::NetworkManagementCondition(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkManagementCondition>
for AnyNetworkManagementCondition {
    #[inline]
    fn from(v: crate::beta::NetworkManagementCondition) -> Self {
        Self::NetworkManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkIPv4ConfigurationManagementCondition>
for AnyNetworkManagementCondition {
    #[inline]
    fn from(v: crate::beta::NetworkIPv4ConfigurationManagementCondition) -> Self {
        Self::NetworkIPv4ConfigurationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::NetworkIPv6ConfigurationManagementCondition>
for AnyNetworkManagementCondition {
    #[inline]
    fn from(v: crate::beta::NetworkIPv6ConfigurationManagementCondition) -> Self {
        Self::NetworkIPv6ConfigurationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyNetworkManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyNetworkManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyNetworkManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyNetworkManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyNetworkManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::NetworkManagementCondition>();
    rt::object::auto_traits::<
        crate::beta::NetworkIPv4ConfigurationManagementCondition,
    >();
    rt::object::auto_traits::<
        crate::beta::NetworkIPv6ConfigurationManagementCondition,
    >();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyNetworkManagementCondition {
    const BASE_NAME: &'static str = "microsoft.graph.networkManagementCondition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv4ConfigurationManagementCondition",
            ) => {
                Self::NetworkIPv4ConfigurationManagementCondition(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv6ConfigurationManagementCondition",
            ) => {
                Self::NetworkIPv6ConfigurationManagementCondition(
                    rt::object::new_boxed(),
                )
            }
            _ => Self::NetworkManagementCondition(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::NetworkManagementCondition(v) => &**v,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &**v,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::NetworkManagementCondition(v) => &mut **v,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut **v,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyNetworkManagementCondition {
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
            Self::NetworkManagementCondition(v) => &v.id,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.id,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.id,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.id,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.id,
        }
    }
    /// `applicablePlatforms` of any variant.
    #[inline]
    pub fn applicable_platforms(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DevicePlatformType>> {
        match self {
            Self::NetworkManagementCondition(v) => &v.applicable_platforms,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &v.applicable_platforms
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &v.applicable_platforms
            }
        }
    }
    /// `applicablePlatforms` of any variant.
    #[inline]
    pub fn applicable_platforms_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DevicePlatformType>> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.applicable_platforms,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.applicable_platforms
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.applicable_platforms
            }
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NetworkManagementCondition(v) => &v.created_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.created_date_time,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.created_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.created_date_time
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.created_date_time
            }
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &v.description,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.description,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.description,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.description,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &v.display_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.display_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.display_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.display_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.display_name,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &v.e_tag,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.e_tag,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.e_tag,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.e_tag,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.e_tag,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.e_tag,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NetworkManagementCondition(v) => &v.modified_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.modified_date_time,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.modified_date_time,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.modified_date_time
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.modified_date_time
            }
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &v.unique_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.unique_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.unique_name,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.unique_name,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.unique_name,
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.unique_name,
        }
    }
    /// `managementConditionStatements` of any variant.
    #[inline]
    pub fn management_condition_statements(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagementConditionStatement>> {
        match self {
            Self::NetworkManagementCondition(v) => &v.management_condition_statements,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &v.management_condition_statements
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &v.management_condition_statements
            }
        }
    }
    /// `managementConditionStatements` of any variant.
    #[inline]
    pub fn management_condition_statements_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagementConditionStatement>> {
        match self {
            Self::NetworkManagementCondition(v) => &mut v.management_condition_statements,
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                &mut v.management_condition_statements
            }
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                &mut v.management_condition_statements
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyNetworkManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyNetworkManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.networkSingleSignOnType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NetworkSingleSignOnType {
    /// `disabled` (value 0).
    Disabled,
    /// `prelogon` (value 1).
    Prelogon,
    /// `postlogon` (value 2).
    Postlogon,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for NetworkSingleSignOnType {
    const TYPE_NAME: &'static str = "microsoft.graph.networkSingleSignOnType";
    const MEMBERS: &'static [&'static str] = &["disabled", "prelogon", "postlogon"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "prelogon" => Self::Prelogon,
                "postlogon" => Self::Postlogon,
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
            Self::Disabled => "disabled",
            Self::Prelogon => "prelogon",
            Self::Postlogon => "postlogon",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(NetworkSingleSignOnType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkSingleSignOnType);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.networkType`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NetworkType {
    /// `intranet` (value 0).
    Intranet,
    /// `extranet` (value 1).
    Extranet,
    /// `namedNetwork` (value 2).
    NamedNetwork,
    /// `trusted` (value 3).
    Trusted,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// `trustedNamedLocation` (value 4).
    TrustedNamedLocation,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for NetworkType {
    const TYPE_NAME: &'static str = "microsoft.graph.networkType";
    const MEMBERS: &'static [&'static str] = &[
        "intranet",
        "extranet",
        "namedNetwork",
        "trusted",
        "unknownFutureValue",
        "trustedNamedLocation",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "intranet" => Self::Intranet,
                "extranet" => Self::Extranet,
                "namedNetwork" => Self::NamedNetwork,
                "trusted" => Self::Trusted,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "trustedNamedLocation" => Self::TrustedNamedLocation,
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
            Self::Intranet => "intranet",
            Self::Extranet => "extranet",
            Self::NamedNetwork => "namedNetwork",
            Self::Trusted => "trusted",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::TrustedNamedLocation => "trustedNamedLocation",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(NetworkType);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.note`, entity type, derived from `microsoft.graph.outlookItem`, key `id`.
///
/// Request builders: [`NotePath`](requests/trait.NotePath.html), what a path to one (`EntityPath<Note, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Note {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Note {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            body: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            subject: rt::Field::Absent,
            attachments: rt::Field::Absent,
            extensions: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Note {
    const TYPE_NAME: &'static str = "microsoft.graph.note";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "body",
        "hasAttachments",
        "isDeleted",
        "subject",
        "attachments",
        "extensions",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"body\":                         ",
        ",\"hasAttachments\":               ",
        ",\"isDeleted\":                    ",
        ",\"subject\":                      ",
        ",\"attachments\":                  ",
        ",\"extensions\":                   ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.note\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "body", &self.body);
        v.field(6usize, "has_attachments", &self.has_attachments);
        v.field(7usize, "is_deleted", &self.is_deleted);
        v.field(8usize, "subject", &self.subject);
        v.field(9usize, "attachments", &self.attachments);
        v.field(10usize, "extensions", &self.extensions);
        v.field(
            11usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            12usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Note {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.body.read_from(r),
            6usize => self.has_attachments.read_from(r),
            7usize => self.is_deleted.read_from(r),
            8usize => self.subject.read_from(r),
            9usize => self.attachments.read_from(r),
            10usize => self.extensions.read_from(r),
            11usize => self.multi_value_extended_properties.read_from(r),
            12usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.body);
        w.field(6usize, &self.has_attachments);
        w.field(7usize, &self.is_deleted);
        w.field(8usize, &self.subject);
        w.field(9usize, &self.attachments);
        w.field(10usize, &self.extensions);
        w.field(11usize, &self.multi_value_extended_properties);
        w.field(12usize, &self.single_value_extended_properties);
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
rt::impl_object!(Note);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Note { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_body body : crate ::beta::ItemBody;
    with_has_attachments has_attachments : bool; with_is_deleted is_deleted : bool;
    with_subject subject : ::std::string::String; with_attachments attachments :
    ::std::vec::Vec < crate ::beta::AnyAttachment >; with_extensions extensions :
    ::std::vec::Vec < crate ::beta::AnyExtension >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Note);
#[cfg(msgraph_beta_device_management_or_search)]
/// Notification messages are messages that are sent to end users who are determined to be not-compliant with the compliance policies defined by the administrator. Administrators choose notifications and configure them in the Intune Admin Console using the compliance policy creation page under the “Actions for non-compliance” section. Use the notificationMessageTemplate object to create your own custom notifications for administrators to choose while configuring actions for non-compliance.
///
/// CSDL: `microsoft.graph.notificationMessageTemplate`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`NotificationMessageTemplatePath`](requests/trait.NotificationMessageTemplatePath.html), what a path to one (`EntityPath<NotificationMessageTemplate, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct NotificationMessageTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Message Template Branding Options. Branding is defined in the Intune Admin Console.
    ///
    /// CSDL: property `brandingOptions`: `microsoft.graph.notificationTemplateBrandingOptions`, not nullable.
    pub branding_options: rt::Field<
        rt::Flags<crate::beta::NotificationTemplateBrandingOptions>,
    >,
    /// The default locale to fallback onto when the requested locale is not available.
    ///
    /// CSDL: property `defaultLocale`: `Edm.String`, nullable.
    pub default_locale: rt::Field<::std::string::String>,
    /// Display name for the Notification Message Template.
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
    /// The list of localized messages for this Notification Message Template.
    ///
    /// CSDL: containment navigation property `localizedNotificationMessages`: `Collection(microsoft.graph.localizedNotificationMessage)`, not nullable.
    pub localized_notification_messages: rt::Field<
        ::std::vec::Vec<crate::beta::LocalizedNotificationMessage>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for NotificationMessageTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            branding_options: rt::Field::Absent,
            default_locale: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            localized_notification_messages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for NotificationMessageTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationMessageTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "brandingOptions",
        "defaultLocale",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "localizedNotificationMessages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"brandingOptions\":              ",
        ",\"defaultLocale\":                ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"localizedNotificationMessages\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notificationMessageTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "branding_options", &self.branding_options);
        v.field(2usize, "default_locale", &self.default_locale);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(
            6usize,
            "localized_notification_messages",
            &self.localized_notification_messages,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for NotificationMessageTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.branding_options.read_from(r),
            2usize => self.default_locale.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.localized_notification_messages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.branding_options);
        w.field(2usize, &self.default_locale);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.localized_notification_messages);
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
rt::impl_object!(NotificationMessageTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    NotificationMessageTemplate { with_id id : ::std::string::String;
    with_branding_options branding_options : rt::Flags < crate
    ::beta::NotificationTemplateBrandingOptions >; with_default_locale default_locale :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_localized_notification_messages localized_notification_messages :
    ::std::vec::Vec < crate ::beta::LocalizedNotificationMessage >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationMessageTemplate);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.notificationTemplateBrandingOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NotificationTemplateBrandingOptions {
    /// `none` (value 0).
    None,
    /// `includeCompanyLogo` (value 1).
    IncludeCompanyLogo,
    /// `includeCompanyName` (value 2).
    IncludeCompanyName,
    /// `includeContactInformation` (value 4).
    IncludeContactInformation,
    /// `includeCompanyPortalLink` (value 8).
    IncludeCompanyPortalLink,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for NotificationTemplateBrandingOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationTemplateBrandingOptions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "includeCompanyLogo",
        "includeCompanyName",
        "includeContactInformation",
        "includeCompanyPortalLink",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "includeCompanyLogo" => Self::IncludeCompanyLogo,
                "includeCompanyName" => Self::IncludeCompanyName,
                "includeContactInformation" => Self::IncludeContactInformation,
                "includeCompanyPortalLink" => Self::IncludeCompanyPortalLink,
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
            Self::IncludeCompanyLogo => "includeCompanyLogo",
            Self::IncludeCompanyName => "includeCompanyName",
            Self::IncludeContactInformation => "includeContactInformation",
            Self::IncludeCompanyPortalLink => "includeCompanyPortalLink",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(NotificationTemplateBrandingOptions);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationTemplateBrandingOptions);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.notifyUserAction`, complex type, derived from `microsoft.graph.dlpActionInfo`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NotifyUserAction {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::beta::DlpAction>,
    /// CSDL: property `actionLastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub action_last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `emailText`: `Edm.String`, nullable.
    pub email_text: rt::Field<::std::string::String>,
    /// CSDL: property `overrideOption`: `microsoft.graph.overrideOption`, nullable.
    pub override_option: rt::Field<crate::beta::OverrideOption>,
    /// CSDL: property `policyTip`: `Edm.String`, nullable.
    pub policy_tip: rt::Field<::std::string::String>,
    /// CSDL: property `recipients`: `Collection(Edm.String)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for NotifyUserAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            action_last_modified_date_time: rt::Field::Absent,
            email_text: rt::Field::Absent,
            override_option: rt::Field::Absent,
            policy_tip: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for NotifyUserAction {
    const TYPE_NAME: &'static str = "microsoft.graph.notifyUserAction";
    const KEYS: &'static [&'static str] = &[
        "action",
        "actionLastModifiedDateTime",
        "emailText",
        "overrideOption",
        "policyTip",
        "recipients",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"actionLastModifiedDateTime\":   ",
        ",\"emailText\":                    ",
        ",\"overrideOption\":               ",
        ",\"policyTip\":                    ",
        ",\"recipients\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notifyUserAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(
            1usize,
            "action_last_modified_date_time",
            &self.action_last_modified_date_time,
        );
        v.field(2usize, "email_text", &self.email_text);
        v.field(3usize, "override_option", &self.override_option);
        v.field(4usize, "policy_tip", &self.policy_tip);
        v.field(5usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for NotifyUserAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.action_last_modified_date_time.read_from(r),
            2usize => self.email_text.read_from(r),
            3usize => self.override_option.read_from(r),
            4usize => self.policy_tip.read_from(r),
            5usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.action_last_modified_date_time);
        w.field(2usize, &self.email_text);
        w.field(3usize, &self.override_option);
        w.field(4usize, &self.policy_tip);
        w.field(5usize, &self.recipients);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(NotifyUserAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(
    NotifyUserAction { with_action action : crate ::beta::DlpAction;
    with_action_last_modified_date_time action_last_modified_date_time :
    rt::edm::DateTimeOffset; with_email_text email_text : ::std::string::String;
    with_override_option override_option : crate ::beta::OverrideOption; with_policy_tip
    policy_tip : ::std::string::String; with_recipients recipients : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotifyUserAction);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.objectDefinition`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectDefinition {
    /// CSDL: property `attributes`: `Collection(microsoft.graph.attributeDefinition)`, nullable.
    pub attributes: rt::Field<::std::vec::Vec<crate::beta::AttributeDefinition>>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.metadataEntry)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::beta::MetadataEntry>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `supportedApis`: `Collection(Edm.String)`, nullable.
    pub supported_apis: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ObjectDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            attributes: rt::Field::Absent,
            metadata: rt::Field::Absent,
            name: rt::Field::Absent,
            supported_apis: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ObjectDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.objectDefinition";
    const KEYS: &'static [&'static str] = &[
        "attributes",
        "metadata",
        "name",
        "supportedApis",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attributes\":                   ",
        ",\"metadata\":                     ",
        ",\"name\":                         ",
        ",\"supportedApis\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attributes", &self.attributes);
        v.field(1usize, "metadata", &self.metadata);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "supported_apis", &self.supported_apis);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ObjectDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attributes.read_from(r),
            1usize => self.metadata.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.supported_apis.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attributes);
        w.field(1usize, &self.metadata);
        w.field(2usize, &self.name);
        w.field(3usize, &self.supported_apis);
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
rt::impl_object!(ObjectDefinition);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ObjectDefinition { with_attributes attributes : ::std::vec::Vec < crate
    ::beta::AttributeDefinition >; with_metadata metadata : ::std::vec::Vec < crate
    ::beta::MetadataEntry >; with_name name : ::std::string::String; with_supported_apis
    supported_apis : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectDefinition);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.objectFlowTypes`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectFlowTypes {
    /// `None` (value 0).
    None,
    /// `Add` (value 1).
    Add,
    /// `Update` (value 2).
    Update,
    /// `Delete` (value 4).
    Delete,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for ObjectFlowTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.objectFlowTypes";
    const MEMBERS: &'static [&'static str] = &["None", "Add", "Update", "Delete"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "None" => Self::None,
                "Add" => Self::Add,
                "Update" => Self::Update,
                "Delete" => Self::Delete,
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
            Self::Add => "Add",
            Self::Update => "Update",
            Self::Delete => "Delete",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(ObjectFlowTypes);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectFlowTypes);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.objectMapping`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectMapping {
    /// CSDL: property `attributeMappings`: `Collection(microsoft.graph.attributeMapping)`, nullable.
    pub attribute_mappings: rt::Field<::std::vec::Vec<crate::beta::AttributeMapping>>,
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// CSDL: property `flowTypes`: `microsoft.graph.objectFlowTypes`, not nullable.
    pub flow_types: rt::Field<rt::Flags<crate::beta::ObjectFlowTypes>>,
    /// CSDL: property `metadata`: `Collection(microsoft.graph.metadataEntry)`, nullable.
    pub metadata: rt::Field<::std::vec::Vec<crate::beta::MetadataEntry>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `microsoft.graph.filter`, nullable.
    pub scope: rt::Field<crate::beta::Filter>,
    /// CSDL: property `sourceObjectName`: `Edm.String`, nullable.
    pub source_object_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetObjectName`: `Edm.String`, nullable.
    pub target_object_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ObjectMapping {
    #[inline]
    fn default() -> Self {
        Self {
            attribute_mappings: rt::Field::Absent,
            enabled: rt::Field::Absent,
            flow_types: rt::Field::Absent,
            metadata: rt::Field::Absent,
            name: rt::Field::Absent,
            scope: rt::Field::Absent,
            source_object_name: rt::Field::Absent,
            target_object_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ObjectMapping {
    const TYPE_NAME: &'static str = "microsoft.graph.objectMapping";
    const KEYS: &'static [&'static str] = &[
        "attributeMappings",
        "enabled",
        "flowTypes",
        "metadata",
        "name",
        "scope",
        "sourceObjectName",
        "targetObjectName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attributeMappings\":            ",
        ",\"enabled\":                      ",
        ",\"flowTypes\":                    ",
        ",\"metadata\":                     ",
        ",\"name\":                         ",
        ",\"scope\":                        ",
        ",\"sourceObjectName\":             ",
        ",\"targetObjectName\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectMapping\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attribute_mappings", &self.attribute_mappings);
        v.field(1usize, "enabled", &self.enabled);
        v.field(2usize, "flow_types", &self.flow_types);
        v.field(3usize, "metadata", &self.metadata);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "scope", &self.scope);
        v.field(6usize, "source_object_name", &self.source_object_name);
        v.field(7usize, "target_object_name", &self.target_object_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ObjectMapping {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attribute_mappings.read_from(r),
            1usize => self.enabled.read_from(r),
            2usize => self.flow_types.read_from(r),
            3usize => self.metadata.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.scope.read_from(r),
            6usize => self.source_object_name.read_from(r),
            7usize => self.target_object_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attribute_mappings);
        w.field(1usize, &self.enabled);
        w.field(2usize, &self.flow_types);
        w.field(3usize, &self.metadata);
        w.field(4usize, &self.name);
        w.field(5usize, &self.scope);
        w.field(6usize, &self.source_object_name);
        w.field(7usize, &self.target_object_name);
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
rt::impl_object!(ObjectMapping);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ObjectMapping { with_attribute_mappings attribute_mappings : ::std::vec::Vec < crate
    ::beta::AttributeMapping >; with_enabled enabled : bool; with_flow_types flow_types :
    rt::Flags < crate ::beta::ObjectFlowTypes >; with_metadata metadata : ::std::vec::Vec
    < crate ::beta::MetadataEntry >; with_name name : ::std::string::String; with_scope
    scope : crate ::beta::Filter; with_source_object_name source_object_name :
    ::std::string::String; with_target_object_name target_object_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectMapping);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.offerShiftRequest`, entity type, derived from `microsoft.graph.scheduleChangeRequest`, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<AnyOfferShiftRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OfferShiftRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::beta::ScheduleChangeRequestActor>,
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
    pub state: rt::Field<crate::beta::ScheduleChangeState>,
    /// CSDL: property `recipientActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub recipient_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipientActionMessage`: `Edm.String`, nullable.
    pub recipient_action_message: rt::Field<::std::string::String>,
    /// CSDL: property `recipientUserId`: `Edm.String`, nullable.
    pub recipient_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `senderShiftId`: `Edm.String`, nullable.
    pub sender_shift_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OfferShiftRequest {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OfferShiftRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.offerShiftRequest";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.offerShiftRequest\"";
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
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OfferShiftRequest {
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
rt::impl_object!(OfferShiftRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OfferShiftRequest { with_id id : ::std::string::String; with_created_by created_by :
    crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::beta::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::beta::ScheduleChangeState; with_recipient_action_date_time
    recipient_action_date_time : rt::edm::DateTimeOffset; with_recipient_action_message
    recipient_action_message : ::std::string::String; with_recipient_user_id
    recipient_user_id : ::std::string::String; with_sender_shift_id sender_shift_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfferShiftRequest);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.offerShiftRequest` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOfferShiftRequest {
    OfferShiftRequest(::std::boxed::Box<crate::beta::OfferShiftRequest>),
    SwapShiftsChangeRequest(::std::boxed::Box<crate::beta::SwapShiftsChangeRequest>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyOfferShiftRequest {
    #[inline]
    fn default() -> Self {
        Self::OfferShiftRequest(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfferShiftRequest> for AnyOfferShiftRequest {
    #[inline]
    fn from(v: crate::beta::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SwapShiftsChangeRequest>
for AnyOfferShiftRequest {
    #[inline]
    fn from(v: crate::beta::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyOfferShiftRequest {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyOfferShiftRequest {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyOfferShiftRequest {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyOfferShiftRequest {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyOfferShiftRequest {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OfferShiftRequest>();
    rt::object::auto_traits::<crate::beta::SwapShiftsChangeRequest>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyOfferShiftRequest {
    const BASE_NAME: &'static str = "microsoft.graph.offerShiftRequest";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            _ => Self::OfferShiftRequest(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OfferShiftRequest(v) => &**v,
            Self::SwapShiftsChangeRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OfferShiftRequest(v) => &mut **v,
            Self::SwapShiftsChangeRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyOfferShiftRequest {
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
            Self::OfferShiftRequest(v) => &v.id,
            Self::SwapShiftsChangeRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.id,
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &v.created_by,
            Self::SwapShiftsChangeRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.created_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.created_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.last_modified_by,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.last_modified_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.last_modified_date_time,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to(&self) -> &rt::Field<crate::beta::ScheduleChangeRequestActor> {
        match self {
            Self::OfferShiftRequest(v) => &v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &v.assigned_to,
        }
    }
    /// `assignedTo` of any variant.
    #[inline]
    pub fn assigned_to_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ScheduleChangeRequestActor> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.assigned_to,
            Self::SwapShiftsChangeRequest(v) => &mut v.assigned_to,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_date_time,
        }
    }
    /// `managerActionDateTime` of any variant.
    #[inline]
    pub fn manager_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.manager_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_date_time,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &v.manager_action_message,
        }
    }
    /// `managerActionMessage` of any variant.
    #[inline]
    pub fn manager_action_message_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.manager_action_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_action_message,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.manager_user_id,
        }
    }
    /// `managerUserId` of any variant.
    #[inline]
    pub fn manager_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.manager_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.manager_user_id,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.sender_date_time,
        }
    }
    /// `senderDateTime` of any variant.
    #[inline]
    pub fn sender_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_date_time,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &v.sender_message,
        }
    }
    /// `senderMessage` of any variant.
    #[inline]
    pub fn sender_message_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_message,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.sender_user_id,
        }
    }
    /// `senderUserId` of any variant.
    #[inline]
    pub fn sender_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_user_id,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state(&self) -> &rt::Field<crate::beta::ScheduleChangeState> {
        match self {
            Self::OfferShiftRequest(v) => &v.state,
            Self::SwapShiftsChangeRequest(v) => &v.state,
        }
    }
    /// `state` of any variant.
    #[inline]
    pub fn state_mut(&mut self) -> &mut rt::Field<crate::beta::ScheduleChangeState> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.state,
            Self::SwapShiftsChangeRequest(v) => &mut v.state,
        }
    }
    /// `recipientActionDateTime` of any variant.
    #[inline]
    pub fn recipient_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &v.recipient_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &v.recipient_action_date_time,
        }
    }
    /// `recipientActionDateTime` of any variant.
    #[inline]
    pub fn recipient_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.recipient_action_date_time,
            Self::SwapShiftsChangeRequest(v) => &mut v.recipient_action_date_time,
        }
    }
    /// `recipientActionMessage` of any variant.
    #[inline]
    pub fn recipient_action_message(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.recipient_action_message,
            Self::SwapShiftsChangeRequest(v) => &v.recipient_action_message,
        }
    }
    /// `recipientActionMessage` of any variant.
    #[inline]
    pub fn recipient_action_message_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.recipient_action_message,
            Self::SwapShiftsChangeRequest(v) => &mut v.recipient_action_message,
        }
    }
    /// `recipientUserId` of any variant.
    #[inline]
    pub fn recipient_user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.recipient_user_id,
            Self::SwapShiftsChangeRequest(v) => &v.recipient_user_id,
        }
    }
    /// `recipientUserId` of any variant.
    #[inline]
    pub fn recipient_user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.recipient_user_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.recipient_user_id,
        }
    }
    /// `senderShiftId` of any variant.
    #[inline]
    pub fn sender_shift_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &v.sender_shift_id,
            Self::SwapShiftsChangeRequest(v) => &v.sender_shift_id,
        }
    }
    /// `senderShiftId` of any variant.
    #[inline]
    pub fn sender_shift_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfferShiftRequest(v) => &mut v.sender_shift_id,
            Self::SwapShiftsChangeRequest(v) => &mut v.sender_shift_id,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyOfferShiftRequest);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOfferShiftRequest);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365ActivationCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365ActivationCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `android`: `Edm.Int64`, nullable.
    pub android: rt::Field<i64>,
    /// CSDL: property `ios`: `Edm.Int64`, nullable.
    pub ios: rt::Field<i64>,
    /// CSDL: property `mac`: `Edm.Int64`, nullable.
    pub mac: rt::Field<i64>,
    /// CSDL: property `productType`: `Edm.String`, nullable.
    pub product_type: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `windows`: `Edm.Int64`, nullable.
    pub windows: rt::Field<i64>,
    /// CSDL: property `windows10Mobile`: `Edm.Int64`, nullable.
    pub windows10_mobile: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365ActivationCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            android: rt::Field::Absent,
            ios: rt::Field::Absent,
            mac: rt::Field::Absent,
            product_type: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            windows: rt::Field::Absent,
            windows10_mobile: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365ActivationCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.office365ActivationCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "android",
        "ios",
        "mac",
        "productType",
        "reportRefreshDate",
        "windows",
        "windows10Mobile",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"android\":                      ",
        ",\"ios\":                          ",
        ",\"mac\":                          ",
        ",\"productType\":                  ",
        ",\"reportRefreshDate\":            ",
        ",\"windows\":                      ",
        ",\"windows10Mobile\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365ActivationCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "android", &self.android);
        v.field(2usize, "ios", &self.ios);
        v.field(3usize, "mac", &self.mac);
        v.field(4usize, "product_type", &self.product_type);
        v.field(5usize, "report_refresh_date", &self.report_refresh_date);
        v.field(6usize, "windows", &self.windows);
        v.field(7usize, "windows10_mobile", &self.windows10_mobile);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365ActivationCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.android.read_from(r),
            2usize => self.ios.read_from(r),
            3usize => self.mac.read_from(r),
            4usize => self.product_type.read_from(r),
            5usize => self.report_refresh_date.read_from(r),
            6usize => self.windows.read_from(r),
            7usize => self.windows10_mobile.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.android);
        w.field(2usize, &self.ios);
        w.field(3usize, &self.mac);
        w.field(4usize, &self.product_type);
        w.field(5usize, &self.report_refresh_date);
        w.field(6usize, &self.windows);
        w.field(7usize, &self.windows10_mobile);
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
rt::impl_object!(Office365ActivationCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365ActivationCounts { with_id id : ::std::string::String; with_android android
    : i64; with_ios ios : i64; with_mac mac : i64; with_product_type product_type :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_windows windows : i64; with_windows10_mobile windows10_mobile : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365ActivationCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365ActivationsUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365ActivationsUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activated`: `Edm.Int64`, nullable.
    pub activated: rt::Field<i64>,
    /// CSDL: property `assigned`: `Edm.Int64`, nullable.
    pub assigned: rt::Field<i64>,
    /// CSDL: property `productType`: `Edm.String`, nullable.
    pub product_type: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharedComputerActivation`: `Edm.Int64`, nullable.
    pub shared_computer_activation: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365ActivationsUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activated: rt::Field::Absent,
            assigned: rt::Field::Absent,
            product_type: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            shared_computer_activation: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365ActivationsUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.office365ActivationsUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activated",
        "assigned",
        "productType",
        "reportRefreshDate",
        "sharedComputerActivation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activated\":                    ",
        ",\"assigned\":                     ",
        ",\"productType\":                  ",
        ",\"reportRefreshDate\":            ",
        ",\"sharedComputerActivation\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365ActivationsUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activated", &self.activated);
        v.field(2usize, "assigned", &self.assigned);
        v.field(3usize, "product_type", &self.product_type);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "shared_computer_activation", &self.shared_computer_activation);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365ActivationsUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activated.read_from(r),
            2usize => self.assigned.read_from(r),
            3usize => self.product_type.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.shared_computer_activation.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activated);
        w.field(2usize, &self.assigned);
        w.field(3usize, &self.product_type);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.shared_computer_activation);
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
rt::impl_object!(Office365ActivationsUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365ActivationsUserCounts { with_id id : ::std::string::String; with_activated
    activated : i64; with_assigned assigned : i64; with_product_type product_type :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_shared_computer_activation shared_computer_activation : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365ActivationsUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365ActivationsUserDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365ActivationsUserDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `userActivationCounts`: `Collection(microsoft.graph.userActivationCounts)`, nullable.
    pub user_activation_counts: rt::Field<
        ::std::vec::Vec<crate::beta::UserActivationCounts>,
    >,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365ActivationsUserDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            user_activation_counts: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365ActivationsUserDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.office365ActivationsUserDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "reportRefreshDate",
        "userActivationCounts",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"reportRefreshDate\":            ",
        ",\"userActivationCounts\":         ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365ActivationsUserDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "report_refresh_date", &self.report_refresh_date);
        v.field(3usize, "user_activation_counts", &self.user_activation_counts);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365ActivationsUserDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.report_refresh_date.read_from(r),
            3usize => self.user_activation_counts.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.report_refresh_date);
        w.field(3usize, &self.user_activation_counts);
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
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(Office365ActivationsUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365ActivationsUserDetail { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_user_activation_counts
    user_activation_counts : ::std::vec::Vec < crate ::beta::UserActivationCounts >;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365ActivationsUserDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365ActiveUserCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365ActiveUserCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `exchange`: `Edm.Int64`, nullable.
    pub exchange: rt::Field<i64>,
    /// CSDL: property `office365`: `Edm.Int64`, nullable.
    pub office365: rt::Field<i64>,
    /// CSDL: property `oneDrive`: `Edm.Int64`, nullable.
    pub one_drive: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sharePoint`: `Edm.Int64`, nullable.
    pub share_point: rt::Field<i64>,
    /// CSDL: property `skypeForBusiness`: `Edm.Int64`, nullable.
    pub skype_for_business: rt::Field<i64>,
    /// CSDL: property `teams`: `Edm.Int64`, nullable.
    pub teams: rt::Field<i64>,
    /// CSDL: property `yammer`: `Edm.Int64`, nullable.
    pub yammer: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365ActiveUserCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exchange: rt::Field::Absent,
            office365: rt::Field::Absent,
            one_drive: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            share_point: rt::Field::Absent,
            skype_for_business: rt::Field::Absent,
            teams: rt::Field::Absent,
            yammer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365ActiveUserCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.office365ActiveUserCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "exchange",
        "office365",
        "oneDrive",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "sharePoint",
        "skypeForBusiness",
        "teams",
        "yammer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"exchange\":                     ",
        ",\"office365\":                    ",
        ",\"oneDrive\":                     ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sharePoint\":                   ",
        ",\"skypeForBusiness\":             ",
        ",\"teams\":                        ",
        ",\"yammer\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365ActiveUserCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exchange", &self.exchange);
        v.field(2usize, "office365", &self.office365);
        v.field(3usize, "one_drive", &self.one_drive);
        v.field(4usize, "report_date", &self.report_date);
        v.field(5usize, "report_period", &self.report_period);
        v.field(6usize, "report_refresh_date", &self.report_refresh_date);
        v.field(7usize, "share_point", &self.share_point);
        v.field(8usize, "skype_for_business", &self.skype_for_business);
        v.field(9usize, "teams", &self.teams);
        v.field(10usize, "yammer", &self.yammer);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365ActiveUserCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exchange.read_from(r),
            2usize => self.office365.read_from(r),
            3usize => self.one_drive.read_from(r),
            4usize => self.report_date.read_from(r),
            5usize => self.report_period.read_from(r),
            6usize => self.report_refresh_date.read_from(r),
            7usize => self.share_point.read_from(r),
            8usize => self.skype_for_business.read_from(r),
            9usize => self.teams.read_from(r),
            10usize => self.yammer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exchange);
        w.field(2usize, &self.office365);
        w.field(3usize, &self.one_drive);
        w.field(4usize, &self.report_date);
        w.field(5usize, &self.report_period);
        w.field(6usize, &self.report_refresh_date);
        w.field(7usize, &self.share_point);
        w.field(8usize, &self.skype_for_business);
        w.field(9usize, &self.teams);
        w.field(10usize, &self.yammer);
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
rt::impl_object!(Office365ActiveUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365ActiveUserCounts { with_id id : ::std::string::String; with_exchange
    exchange : i64; with_office365 office365 : i64; with_one_drive one_drive : i64;
    with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_share_point share_point : i64; with_skype_for_business skype_for_business : i64;
    with_teams teams : i64; with_yammer yammer : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365ActiveUserCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.office365GroupsActivityGroupCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct Office365GroupsActivityGroupCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `active`: `Edm.Int64`, nullable.
    pub active: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for Office365GroupsActivityGroupCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for Office365GroupsActivityGroupCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.office365GroupsActivityGroupCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "active",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"active\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.office365GroupsActivityGroupCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active", &self.active);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for Office365GroupsActivityGroupCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.total);
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
rt::impl_object!(Office365GroupsActivityGroupCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    Office365GroupsActivityGroupCounts { with_id id : ::std::string::String; with_active
    active : i64; with_report_date report_date : rt::edm::Date; with_report_period
    report_period : ::std::string::String; with_report_refresh_date report_refresh_date :
    rt::edm::Date; with_total total : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Office365GroupsActivityGroupCounts);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.onPremisesAgent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OnPremisesAgentPath`](requests/trait.OnPremisesAgentPath.html), what a path to one (`EntityPath<OnPremisesAgent, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct OnPremisesAgent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `externalIp`: `Edm.String`, not nullable.
    pub external_ip: rt::Field<::std::string::String>,
    /// CSDL: property `machineName`: `Edm.String`, not nullable.
    pub machine_name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.agentStatus`, not nullable.
    pub status: rt::Field<crate::beta::AgentStatus>,
    /// CSDL: property `supportedPublishingTypes`: `Collection(microsoft.graph.onPremisesPublishingType)`, not nullable.
    pub supported_publishing_types: rt::Field<
        ::std::vec::Vec<crate::beta::OnPremisesPublishingType>,
    >,
    /// CSDL: containment navigation property `agentGroups`: `Collection(microsoft.graph.onPremisesAgentGroup)`, not nullable.
    pub agent_groups: rt::Field<::std::vec::Vec<crate::beta::OnPremisesAgentGroup>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for OnPremisesAgent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            external_ip: rt::Field::Absent,
            machine_name: rt::Field::Absent,
            status: rt::Field::Absent,
            supported_publishing_types: rt::Field::Absent,
            agent_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for OnPremisesAgent {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesAgent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "externalIp",
        "machineName",
        "status",
        "supportedPublishingTypes",
        "agentGroups",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"externalIp\":                   ",
        ",\"machineName\":                  ",
        ",\"status\":                       ",
        ",\"supportedPublishingTypes\":     ",
        ",\"agentGroups\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesAgent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "external_ip", &self.external_ip);
        v.field(2usize, "machine_name", &self.machine_name);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "supported_publishing_types", &self.supported_publishing_types);
        v.field(5usize, "agent_groups", &self.agent_groups);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for OnPremisesAgent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.external_ip.read_from(r),
            2usize => self.machine_name.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.supported_publishing_types.read_from(r),
            5usize => self.agent_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.external_ip);
        w.field(2usize, &self.machine_name);
        w.field(3usize, &self.status);
        w.field(4usize, &self.supported_publishing_types);
        w.field(5usize, &self.agent_groups);
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
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_object!(OnPremisesAgent);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    OnPremisesAgent { with_id id : ::std::string::String; with_external_ip external_ip :
    ::std::string::String; with_machine_name machine_name : ::std::string::String;
    with_status status : crate ::beta::AgentStatus; with_supported_publishing_types
    supported_publishing_types : ::std::vec::Vec < crate ::beta::OnPremisesPublishingType
    >; with_agent_groups agent_groups : ::std::vec::Vec < crate
    ::beta::OnPremisesAgentGroup >; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesAgent);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.onPremisesAgentGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OnPremisesAgentGroupPath`](requests/trait.OnPremisesAgentGroupPath.html), what a path to one (`EntityPath<OnPremisesAgentGroup, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct OnPremisesAgentGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `publishingType`: `microsoft.graph.onPremisesPublishingType`, not nullable.
    pub publishing_type: rt::Field<crate::beta::OnPremisesPublishingType>,
    /// CSDL: containment navigation property `agents`: `Collection(microsoft.graph.onPremisesAgent)`, not nullable.
    pub agents: rt::Field<::std::vec::Vec<crate::beta::OnPremisesAgent>>,
    /// CSDL: containment navigation property `publishedResources`: `Collection(microsoft.graph.publishedResource)`, not nullable.
    pub published_resources: rt::Field<::std::vec::Vec<crate::beta::PublishedResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for OnPremisesAgentGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_default: rt::Field::Absent,
            publishing_type: rt::Field::Absent,
            agents: rt::Field::Absent,
            published_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for OnPremisesAgentGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesAgentGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isDefault",
        "publishingType",
        "agents",
        "publishedResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"isDefault\":                    ",
        ",\"publishingType\":               ",
        ",\"agents\":                       ",
        ",\"publishedResources\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesAgentGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "is_default", &self.is_default);
        v.field(3usize, "publishing_type", &self.publishing_type);
        v.field(4usize, "agents", &self.agents);
        v.field(5usize, "published_resources", &self.published_resources);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for OnPremisesAgentGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_default.read_from(r),
            3usize => self.publishing_type.read_from(r),
            4usize => self.agents.read_from(r),
            5usize => self.published_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_default);
        w.field(3usize, &self.publishing_type);
        w.field(4usize, &self.agents);
        w.field(5usize, &self.published_resources);
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
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_object!(OnPremisesAgentGroup);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    OnPremisesAgentGroup { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_is_default is_default : bool;
    with_publishing_type publishing_type : crate ::beta::OnPremisesPublishingType;
    with_agents agents : ::std::vec::Vec < crate ::beta::OnPremisesAgent >;
    with_published_resources published_resources : ::std::vec::Vec < crate
    ::beta::PublishedResource >; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesAgentGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.onPremisesExtensionAttributes`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnPremisesExtensionAttributes {
    /// CSDL: property `extensionAttribute1`: `Edm.String`, nullable.
    pub extension_attribute1: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute10`: `Edm.String`, nullable.
    pub extension_attribute10: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute11`: `Edm.String`, nullable.
    pub extension_attribute11: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute12`: `Edm.String`, nullable.
    pub extension_attribute12: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute13`: `Edm.String`, nullable.
    pub extension_attribute13: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute14`: `Edm.String`, nullable.
    pub extension_attribute14: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute15`: `Edm.String`, nullable.
    pub extension_attribute15: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute2`: `Edm.String`, nullable.
    pub extension_attribute2: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute3`: `Edm.String`, nullable.
    pub extension_attribute3: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute4`: `Edm.String`, nullable.
    pub extension_attribute4: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute5`: `Edm.String`, nullable.
    pub extension_attribute5: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute6`: `Edm.String`, nullable.
    pub extension_attribute6: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute7`: `Edm.String`, nullable.
    pub extension_attribute7: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute8`: `Edm.String`, nullable.
    pub extension_attribute8: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttribute9`: `Edm.String`, nullable.
    pub extension_attribute9: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OnPremisesExtensionAttributes {
    #[inline]
    fn default() -> Self {
        Self {
            extension_attribute1: rt::Field::Absent,
            extension_attribute10: rt::Field::Absent,
            extension_attribute11: rt::Field::Absent,
            extension_attribute12: rt::Field::Absent,
            extension_attribute13: rt::Field::Absent,
            extension_attribute14: rt::Field::Absent,
            extension_attribute15: rt::Field::Absent,
            extension_attribute2: rt::Field::Absent,
            extension_attribute3: rt::Field::Absent,
            extension_attribute4: rt::Field::Absent,
            extension_attribute5: rt::Field::Absent,
            extension_attribute6: rt::Field::Absent,
            extension_attribute7: rt::Field::Absent,
            extension_attribute8: rt::Field::Absent,
            extension_attribute9: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OnPremisesExtensionAttributes {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesExtensionAttributes";
    const KEYS: &'static [&'static str] = &[
        "extensionAttribute1",
        "extensionAttribute10",
        "extensionAttribute11",
        "extensionAttribute12",
        "extensionAttribute13",
        "extensionAttribute14",
        "extensionAttribute15",
        "extensionAttribute2",
        "extensionAttribute3",
        "extensionAttribute4",
        "extensionAttribute5",
        "extensionAttribute6",
        "extensionAttribute7",
        "extensionAttribute8",
        "extensionAttribute9",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"extensionAttribute1\":          ",
        ",\"extensionAttribute10\":         ",
        ",\"extensionAttribute11\":         ",
        ",\"extensionAttribute12\":         ",
        ",\"extensionAttribute13\":         ",
        ",\"extensionAttribute14\":         ",
        ",\"extensionAttribute15\":         ",
        ",\"extensionAttribute2\":          ",
        ",\"extensionAttribute3\":          ",
        ",\"extensionAttribute4\":          ",
        ",\"extensionAttribute5\":          ",
        ",\"extensionAttribute6\":          ",
        ",\"extensionAttribute7\":          ",
        ",\"extensionAttribute8\":          ",
        ",\"extensionAttribute9\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesExtensionAttributes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "extension_attribute1", &self.extension_attribute1);
        v.field(1usize, "extension_attribute10", &self.extension_attribute10);
        v.field(2usize, "extension_attribute11", &self.extension_attribute11);
        v.field(3usize, "extension_attribute12", &self.extension_attribute12);
        v.field(4usize, "extension_attribute13", &self.extension_attribute13);
        v.field(5usize, "extension_attribute14", &self.extension_attribute14);
        v.field(6usize, "extension_attribute15", &self.extension_attribute15);
        v.field(7usize, "extension_attribute2", &self.extension_attribute2);
        v.field(8usize, "extension_attribute3", &self.extension_attribute3);
        v.field(9usize, "extension_attribute4", &self.extension_attribute4);
        v.field(10usize, "extension_attribute5", &self.extension_attribute5);
        v.field(11usize, "extension_attribute6", &self.extension_attribute6);
        v.field(12usize, "extension_attribute7", &self.extension_attribute7);
        v.field(13usize, "extension_attribute8", &self.extension_attribute8);
        v.field(14usize, "extension_attribute9", &self.extension_attribute9);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OnPremisesExtensionAttributes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.extension_attribute1.read_from(r),
            1usize => self.extension_attribute10.read_from(r),
            2usize => self.extension_attribute11.read_from(r),
            3usize => self.extension_attribute12.read_from(r),
            4usize => self.extension_attribute13.read_from(r),
            5usize => self.extension_attribute14.read_from(r),
            6usize => self.extension_attribute15.read_from(r),
            7usize => self.extension_attribute2.read_from(r),
            8usize => self.extension_attribute3.read_from(r),
            9usize => self.extension_attribute4.read_from(r),
            10usize => self.extension_attribute5.read_from(r),
            11usize => self.extension_attribute6.read_from(r),
            12usize => self.extension_attribute7.read_from(r),
            13usize => self.extension_attribute8.read_from(r),
            14usize => self.extension_attribute9.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.extension_attribute1);
        w.field(1usize, &self.extension_attribute10);
        w.field(2usize, &self.extension_attribute11);
        w.field(3usize, &self.extension_attribute12);
        w.field(4usize, &self.extension_attribute13);
        w.field(5usize, &self.extension_attribute14);
        w.field(6usize, &self.extension_attribute15);
        w.field(7usize, &self.extension_attribute2);
        w.field(8usize, &self.extension_attribute3);
        w.field(9usize, &self.extension_attribute4);
        w.field(10usize, &self.extension_attribute5);
        w.field(11usize, &self.extension_attribute6);
        w.field(12usize, &self.extension_attribute7);
        w.field(13usize, &self.extension_attribute8);
        w.field(14usize, &self.extension_attribute9);
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
rt::impl_object!(OnPremisesExtensionAttributes);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OnPremisesExtensionAttributes { with_extension_attribute1 extension_attribute1 :
    ::std::string::String; with_extension_attribute10 extension_attribute10 :
    ::std::string::String; with_extension_attribute11 extension_attribute11 :
    ::std::string::String; with_extension_attribute12 extension_attribute12 :
    ::std::string::String; with_extension_attribute13 extension_attribute13 :
    ::std::string::String; with_extension_attribute14 extension_attribute14 :
    ::std::string::String; with_extension_attribute15 extension_attribute15 :
    ::std::string::String; with_extension_attribute2 extension_attribute2 :
    ::std::string::String; with_extension_attribute3 extension_attribute3 :
    ::std::string::String; with_extension_attribute4 extension_attribute4 :
    ::std::string::String; with_extension_attribute5 extension_attribute5 :
    ::std::string::String; with_extension_attribute6 extension_attribute6 :
    ::std::string::String; with_extension_attribute7 extension_attribute7 :
    ::std::string::String; with_extension_attribute8 extension_attribute8 :
    ::std::string::String; with_extension_attribute9 extension_attribute9 :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesExtensionAttributes);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.onPremisesPublishingType`, enum type.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnPremisesPublishingType {
    /// `applicationProxy` (value 0).
    ApplicationProxy,
    /// `exchangeOnline` (value 1).
    ExchangeOnline,
    /// `authentication` (value 2).
    Authentication,
    /// `provisioning` (value 3).
    Provisioning,
    /// `intunePfx` (value 4).
    IntunePfx,
    /// `oflineDomainJoin` (value 5).
    OflineDomainJoin,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::StrEnum for OnPremisesPublishingType {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesPublishingType";
    const MEMBERS: &'static [&'static str] = &[
        "applicationProxy",
        "exchangeOnline",
        "authentication",
        "provisioning",
        "intunePfx",
        "oflineDomainJoin",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "applicationProxy" => Self::ApplicationProxy,
                "exchangeOnline" => Self::ExchangeOnline,
                "authentication" => Self::Authentication,
                "provisioning" => Self::Provisioning,
                "intunePfx" => Self::IntunePfx,
                "oflineDomainJoin" => Self::OflineDomainJoin,
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
            Self::ApplicationProxy => "applicationProxy",
            Self::ExchangeOnline => "exchangeOnline",
            Self::Authentication => "authentication",
            Self::Provisioning => "provisioning",
            Self::IntunePfx => "intunePfx",
            Self::OflineDomainJoin => "oflineDomainJoin",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_enum!(OnPremisesPublishingType);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesPublishingType);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.oneDriveUsageAccountDetail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct OneDriveUsageAccountDetail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeFileCount`: `Edm.Int64`, nullable.
    pub active_file_count: rt::Field<i64>,
    /// CSDL: property `fileCount`: `Edm.Int64`, nullable.
    pub file_count: rt::Field<i64>,
    /// CSDL: property `isDeleted`: `Edm.Boolean`, nullable.
    pub is_deleted: rt::Field<bool>,
    /// CSDL: property `lastActivityDate`: `Edm.Date`, nullable.
    pub last_activity_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `ownerDisplayName`: `Edm.String`, nullable.
    pub owner_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `ownerPrincipalName`: `Edm.String`, nullable.
    pub owner_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `siteUrl`: `Edm.String`, nullable.
    pub site_url: rt::Field<::std::string::String>,
    /// CSDL: property `storageAllocatedInBytes`: `Edm.Int64`, nullable.
    pub storage_allocated_in_bytes: rt::Field<i64>,
    /// CSDL: property `storageUsedInBytes`: `Edm.Int64`, nullable.
    pub storage_used_in_bytes: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for OneDriveUsageAccountDetail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_file_count: rt::Field::Absent,
            file_count: rt::Field::Absent,
            is_deleted: rt::Field::Absent,
            last_activity_date: rt::Field::Absent,
            owner_display_name: rt::Field::Absent,
            owner_principal_name: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            site_url: rt::Field::Absent,
            storage_allocated_in_bytes: rt::Field::Absent,
            storage_used_in_bytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for OneDriveUsageAccountDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.oneDriveUsageAccountDetail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeFileCount",
        "fileCount",
        "isDeleted",
        "lastActivityDate",
        "ownerDisplayName",
        "ownerPrincipalName",
        "reportPeriod",
        "reportRefreshDate",
        "siteUrl",
        "storageAllocatedInBytes",
        "storageUsedInBytes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeFileCount\":              ",
        ",\"fileCount\":                    ",
        ",\"isDeleted\":                    ",
        ",\"lastActivityDate\":             ",
        ",\"ownerDisplayName\":             ",
        ",\"ownerPrincipalName\":           ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"siteUrl\":                      ",
        ",\"storageAllocatedInBytes\":      ",
        ",\"storageUsedInBytes\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oneDriveUsageAccountDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_file_count", &self.active_file_count);
        v.field(2usize, "file_count", &self.file_count);
        v.field(3usize, "is_deleted", &self.is_deleted);
        v.field(4usize, "last_activity_date", &self.last_activity_date);
        v.field(5usize, "owner_display_name", &self.owner_display_name);
        v.field(6usize, "owner_principal_name", &self.owner_principal_name);
        v.field(7usize, "report_period", &self.report_period);
        v.field(8usize, "report_refresh_date", &self.report_refresh_date);
        v.field(9usize, "site_url", &self.site_url);
        v.field(10usize, "storage_allocated_in_bytes", &self.storage_allocated_in_bytes);
        v.field(11usize, "storage_used_in_bytes", &self.storage_used_in_bytes);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for OneDriveUsageAccountDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_file_count.read_from(r),
            2usize => self.file_count.read_from(r),
            3usize => self.is_deleted.read_from(r),
            4usize => self.last_activity_date.read_from(r),
            5usize => self.owner_display_name.read_from(r),
            6usize => self.owner_principal_name.read_from(r),
            7usize => self.report_period.read_from(r),
            8usize => self.report_refresh_date.read_from(r),
            9usize => self.site_url.read_from(r),
            10usize => self.storage_allocated_in_bytes.read_from(r),
            11usize => self.storage_used_in_bytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_file_count);
        w.field(2usize, &self.file_count);
        w.field(3usize, &self.is_deleted);
        w.field(4usize, &self.last_activity_date);
        w.field(5usize, &self.owner_display_name);
        w.field(6usize, &self.owner_principal_name);
        w.field(7usize, &self.report_period);
        w.field(8usize, &self.report_refresh_date);
        w.field(9usize, &self.site_url);
        w.field(10usize, &self.storage_allocated_in_bytes);
        w.field(11usize, &self.storage_used_in_bytes);
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
rt::impl_object!(OneDriveUsageAccountDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    OneDriveUsageAccountDetail { with_id id : ::std::string::String;
    with_active_file_count active_file_count : i64; with_file_count file_count : i64;
    with_is_deleted is_deleted : bool; with_last_activity_date last_activity_date :
    rt::edm::Date; with_owner_display_name owner_display_name : ::std::string::String;
    with_owner_principal_name owner_principal_name : ::std::string::String;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_site_url site_url : ::std::string::String;
    with_storage_allocated_in_bytes storage_allocated_in_bytes : i64;
    with_storage_used_in_bytes storage_used_in_bytes : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveUsageAccountDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.oneDriveUsageFileCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct OneDriveUsageFileCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `active`: `Edm.Int64`, nullable.
    pub active: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `siteType`: `Edm.String`, nullable.
    pub site_type: rt::Field<::std::string::String>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for OneDriveUsageFileCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            site_type: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for OneDriveUsageFileCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.oneDriveUsageFileCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "active",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "siteType",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"active\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"siteType\":                     ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oneDriveUsageFileCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active", &self.active);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "site_type", &self.site_type);
        v.field(6usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for OneDriveUsageFileCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.site_type.read_from(r),
            6usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.site_type);
        w.field(6usize, &self.total);
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
rt::impl_object!(OneDriveUsageFileCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    OneDriveUsageFileCounts { with_id id : ::std::string::String; with_active active :
    i64; with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_site_type site_type : ::std::string::String; with_total total : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveUsageFileCounts);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteEntityBaseModel`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteEntityBaseModel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenoteEntityBaseModel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenoteEntityBaseModel {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteEntityBaseModel";
    const KEYS: &'static [&'static str] = &["id", "self"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteEntityBaseModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenoteEntityBaseModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteEntityBaseModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteEntityBaseModel { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteEntityBaseModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// `microsoft.graph.onenoteEntityBaseModel` or any type derived from it, selected by `@odata.type` (8 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnenoteEntityBaseModel {
    OnenoteEntityBaseModel(::std::boxed::Box<crate::beta::OnenoteEntityBaseModel>),
    Notebook(::std::boxed::Box<crate::beta::Notebook>),
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::beta::OnenoteEntityHierarchyModel>,
    ),
    OnenoteEntitySchemaObjectModel(
        ::std::boxed::Box<crate::beta::OnenoteEntitySchemaObjectModel>,
    ),
    OnenotePage(::std::boxed::Box<crate::beta::OnenotePage>),
    OnenoteResource(::std::boxed::Box<crate::beta::OnenoteResource>),
    OnenoteSection(::std::boxed::Box<crate::beta::OnenoteSection>),
    SectionGroup(::std::boxed::Box<crate::beta::SectionGroup>),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for AnyOnenoteEntityBaseModel {
    #[inline]
    fn default() -> Self {
        Self::OnenoteEntityBaseModel(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntityBaseModel>
for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::OnenoteEntityBaseModel) -> Self {
        Self::OnenoteEntityBaseModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Notebook> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntityHierarchyModel>
for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntitySchemaObjectModel>
for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::OnenoteEntitySchemaObjectModel) -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenotePage> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::OnenotePage) -> Self {
        Self::OnenotePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteResource> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::OnenoteResource) -> Self {
        Self::OnenoteResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteSection> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SectionGroup> for AnyOnenoteEntityBaseModel {
    #[inline]
    fn from(v: crate::beta::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Send for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Sync for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::marker::Unpin for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::UnwindSafe for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOnenoteEntityBaseModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OnenoteEntityBaseModel>();
    rt::object::auto_traits::<crate::beta::Notebook>();
    rt::object::auto_traits::<crate::beta::OnenoteEntityHierarchyModel>();
    rt::object::auto_traits::<crate::beta::OnenoteEntitySchemaObjectModel>();
    rt::object::auto_traits::<crate::beta::OnenotePage>();
    rt::object::auto_traits::<crate::beta::OnenoteResource>();
    rt::object::auto_traits::<crate::beta::OnenoteSection>();
    rt::object::auto_traits::<crate::beta::SectionGroup>();
};
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Poly for AnyOnenoteEntityBaseModel {
    const BASE_NAME: &'static str = "microsoft.graph.onenoteEntityBaseModel";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntitySchemaObjectModel",
            ) => Self::OnenoteEntitySchemaObjectModel(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                Self::OnenotePage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteResource") => {
                Self::OnenoteResource(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            _ => Self::OnenoteEntityBaseModel(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnenoteEntityBaseModel(v) => &**v,
            Self::Notebook(v) => &**v,
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            Self::OnenoteEntitySchemaObjectModel(v) => &**v,
            Self::OnenotePage(v) => &**v,
            Self::OnenoteResource(v) => &**v,
            Self::OnenoteSection(v) => &**v,
            Self::SectionGroup(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnenoteEntityBaseModel(v) => &mut **v,
            Self::Notebook(v) => &mut **v,
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            Self::OnenoteEntitySchemaObjectModel(v) => &mut **v,
            Self::OnenotePage(v) => &mut **v,
            Self::OnenoteResource(v) => &mut **v,
            Self::OnenoteSection(v) => &mut **v,
            Self::SectionGroup(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl AnyOnenoteEntityBaseModel {
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
            Self::OnenoteEntityBaseModel(v) => &v.id,
            Self::Notebook(v) => &v.id,
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            Self::OnenoteEntitySchemaObjectModel(v) => &v.id,
            Self::OnenotePage(v) => &v.id,
            Self::OnenoteResource(v) => &v.id,
            Self::OnenoteSection(v) => &v.id,
            Self::SectionGroup(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityBaseModel(v) => &mut v.id,
            Self::Notebook(v) => &mut v.id,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.id,
            Self::OnenotePage(v) => &mut v.id,
            Self::OnenoteResource(v) => &mut v.id,
            Self::OnenoteSection(v) => &mut v.id,
            Self::SectionGroup(v) => &mut v.id,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityBaseModel(v) => &v.self_,
            Self::Notebook(v) => &v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &v.self_,
            Self::OnenoteEntitySchemaObjectModel(v) => &v.self_,
            Self::OnenotePage(v) => &v.self_,
            Self::OnenoteResource(v) => &v.self_,
            Self::OnenoteSection(v) => &v.self_,
            Self::SectionGroup(v) => &v.self_,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityBaseModel(v) => &mut v.self_,
            Self::Notebook(v) => &mut v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.self_,
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.self_,
            Self::OnenotePage(v) => &mut v.self_,
            Self::OnenoteResource(v) => &mut v.self_,
            Self::OnenoteSection(v) => &mut v.self_,
            Self::SectionGroup(v) => &mut v.self_,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_poly!(AnyOnenoteEntityBaseModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnenoteEntityBaseModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteEntityHierarchyModel`, entity type, derived from `microsoft.graph.onenoteEntitySchemaObjectModel`, abstract, key `id`.
///
/// Request builders: [`OnenoteEntityHierarchyModelPath`](requests/trait.OnenoteEntityHierarchyModelPath.html), what a path to one (`EntityPath<AnyOnenoteEntityHierarchyModel, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteEntityHierarchyModel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenoteEntityHierarchyModel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenoteEntityHierarchyModel {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
    const KEYS: &'static [&'static str] = &[
        "id",
        "self",
        "createdDateTime",
        "createdBy",
        "displayName",
        "lastModifiedBy",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
        ",\"createdBy\":                    ",
        ",\"displayName\":                  ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteEntityHierarchyModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenoteEntityHierarchyModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteEntityHierarchyModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteEntityHierarchyModel { with_id id : ::std::string::String; with_self self_ :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::beta::IdentitySet;
    with_display_name display_name : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::beta::IdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteEntityHierarchyModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// `microsoft.graph.onenoteEntityHierarchyModel` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnenoteEntityHierarchyModel {
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::beta::OnenoteEntityHierarchyModel>,
    ),
    Notebook(::std::boxed::Box<crate::beta::Notebook>),
    OnenoteSection(::std::boxed::Box<crate::beta::OnenoteSection>),
    SectionGroup(::std::boxed::Box<crate::beta::SectionGroup>),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn default() -> Self {
        Self::OnenoteEntityHierarchyModel(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntityHierarchyModel>
for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::beta::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Notebook> for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::beta::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteSection>
for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::beta::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SectionGroup> for AnyOnenoteEntityHierarchyModel {
    #[inline]
    fn from(v: crate::beta::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Send for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Sync for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::marker::Unpin for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::UnwindSafe for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOnenoteEntityHierarchyModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OnenoteEntityHierarchyModel>();
    rt::object::auto_traits::<crate::beta::Notebook>();
    rt::object::auto_traits::<crate::beta::OnenoteSection>();
    rt::object::auto_traits::<crate::beta::SectionGroup>();
};
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Poly for AnyOnenoteEntityHierarchyModel {
    const BASE_NAME: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            _ => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            Self::Notebook(v) => &**v,
            Self::OnenoteSection(v) => &**v,
            Self::SectionGroup(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            Self::Notebook(v) => &mut **v,
            Self::OnenoteSection(v) => &mut **v,
            Self::SectionGroup(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl AnyOnenoteEntityHierarchyModel {
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
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            Self::Notebook(v) => &v.id,
            Self::OnenoteSection(v) => &v.id,
            Self::SectionGroup(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            Self::Notebook(v) => &mut v.id,
            Self::OnenoteSection(v) => &mut v.id,
            Self::SectionGroup(v) => &mut v.id,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.self_,
            Self::Notebook(v) => &v.self_,
            Self::OnenoteSection(v) => &v.self_,
            Self::SectionGroup(v) => &v.self_,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.self_,
            Self::Notebook(v) => &mut v.self_,
            Self::OnenoteSection(v) => &mut v.self_,
            Self::SectionGroup(v) => &mut v.self_,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.created_date_time,
            Self::Notebook(v) => &v.created_date_time,
            Self::OnenoteSection(v) => &v.created_date_time,
            Self::SectionGroup(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.created_date_time,
            Self::Notebook(v) => &mut v.created_date_time,
            Self::OnenoteSection(v) => &mut v.created_date_time,
            Self::SectionGroup(v) => &mut v.created_date_time,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.created_by,
            Self::Notebook(v) => &v.created_by,
            Self::OnenoteSection(v) => &v.created_by,
            Self::SectionGroup(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.created_by,
            Self::Notebook(v) => &mut v.created_by,
            Self::OnenoteSection(v) => &mut v.created_by,
            Self::SectionGroup(v) => &mut v.created_by,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.display_name,
            Self::Notebook(v) => &v.display_name,
            Self::OnenoteSection(v) => &v.display_name,
            Self::SectionGroup(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.display_name,
            Self::Notebook(v) => &mut v.display_name,
            Self::OnenoteSection(v) => &mut v.display_name,
            Self::SectionGroup(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.last_modified_by,
            Self::Notebook(v) => &v.last_modified_by,
            Self::OnenoteSection(v) => &v.last_modified_by,
            Self::SectionGroup(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.last_modified_by,
            Self::Notebook(v) => &mut v.last_modified_by,
            Self::OnenoteSection(v) => &mut v.last_modified_by,
            Self::SectionGroup(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &v.last_modified_date_time,
            Self::Notebook(v) => &v.last_modified_date_time,
            Self::OnenoteSection(v) => &v.last_modified_date_time,
            Self::SectionGroup(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntityHierarchyModel(v) => &mut v.last_modified_date_time,
            Self::Notebook(v) => &mut v.last_modified_date_time,
            Self::OnenoteSection(v) => &mut v.last_modified_date_time,
            Self::SectionGroup(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_poly!(AnyOnenoteEntityHierarchyModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnenoteEntityHierarchyModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenoteEntitySchemaObjectModel`, entity type, derived from `microsoft.graph.onenoteEntityBaseModel`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenoteEntitySchemaObjectModel {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `self`: `Edm.String`, nullable.
    pub self_: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenoteEntitySchemaObjectModel {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            self_: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenoteEntitySchemaObjectModel {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
    const KEYS: &'static [&'static str] = &["id", "self", "createdDateTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"self\":                         ",
        ",\"createdDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenoteEntitySchemaObjectModel\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "self_", &self.self_);
        v.field(2usize, "created_date_time", &self.created_date_time);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenoteEntitySchemaObjectModel {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.self_.read_from(r),
            2usize => self.created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.self_);
        w.field(2usize, &self.created_date_time);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenoteEntitySchemaObjectModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenoteEntitySchemaObjectModel { with_id id : ::std::string::String; with_self self_
    : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteEntitySchemaObjectModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// `microsoft.graph.onenoteEntitySchemaObjectModel` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnenoteEntitySchemaObjectModel {
    OnenoteEntitySchemaObjectModel(
        ::std::boxed::Box<crate::beta::OnenoteEntitySchemaObjectModel>,
    ),
    Notebook(::std::boxed::Box<crate::beta::Notebook>),
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::beta::OnenoteEntityHierarchyModel>,
    ),
    OnenotePage(::std::boxed::Box<crate::beta::OnenotePage>),
    OnenoteSection(::std::boxed::Box<crate::beta::OnenoteSection>),
    SectionGroup(::std::boxed::Box<crate::beta::SectionGroup>),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn default() -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntitySchemaObjectModel>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::beta::OnenoteEntitySchemaObjectModel) -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Notebook> for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::beta::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteEntityHierarchyModel>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::beta::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenotePage>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::beta::OnenotePage) -> Self {
        Self::OnenotePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OnenoteSection>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::beta::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::SectionGroup>
for AnyOnenoteEntitySchemaObjectModel {
    #[inline]
    fn from(v: crate::beta::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Send for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
unsafe impl ::std::marker::Sync for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::marker::Unpin for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::UnwindSafe for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyOnenoteEntitySchemaObjectModel {}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OnenoteEntitySchemaObjectModel>();
    rt::object::auto_traits::<crate::beta::Notebook>();
    rt::object::auto_traits::<crate::beta::OnenoteEntityHierarchyModel>();
    rt::object::auto_traits::<crate::beta::OnenotePage>();
    rt::object::auto_traits::<crate::beta::OnenoteSection>();
    rt::object::auto_traits::<crate::beta::SectionGroup>();
};
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Poly for AnyOnenoteEntitySchemaObjectModel {
    const BASE_NAME: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                Self::OnenotePage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            _ => Self::OnenoteEntitySchemaObjectModel(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &**v,
            Self::Notebook(v) => &**v,
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            Self::OnenotePage(v) => &**v,
            Self::OnenoteSection(v) => &**v,
            Self::SectionGroup(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut **v,
            Self::Notebook(v) => &mut **v,
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            Self::OnenotePage(v) => &mut **v,
            Self::OnenoteSection(v) => &mut **v,
            Self::SectionGroup(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl AnyOnenoteEntitySchemaObjectModel {
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
            Self::OnenoteEntitySchemaObjectModel(v) => &v.id,
            Self::Notebook(v) => &v.id,
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            Self::OnenotePage(v) => &v.id,
            Self::OnenoteSection(v) => &v.id,
            Self::SectionGroup(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.id,
            Self::Notebook(v) => &mut v.id,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            Self::OnenotePage(v) => &mut v.id,
            Self::OnenoteSection(v) => &mut v.id,
            Self::SectionGroup(v) => &mut v.id,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &v.self_,
            Self::Notebook(v) => &v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &v.self_,
            Self::OnenotePage(v) => &v.self_,
            Self::OnenoteSection(v) => &v.self_,
            Self::SectionGroup(v) => &v.self_,
        }
    }
    /// `self` of any variant.
    #[inline]
    pub fn self_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.self_,
            Self::Notebook(v) => &mut v.self_,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.self_,
            Self::OnenotePage(v) => &mut v.self_,
            Self::OnenoteSection(v) => &mut v.self_,
            Self::SectionGroup(v) => &mut v.self_,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &v.created_date_time,
            Self::Notebook(v) => &v.created_date_time,
            Self::OnenoteEntityHierarchyModel(v) => &v.created_date_time,
            Self::OnenotePage(v) => &v.created_date_time,
            Self::OnenoteSection(v) => &v.created_date_time,
            Self::SectionGroup(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.created_date_time,
            Self::Notebook(v) => &mut v.created_date_time,
            Self::OnenoteEntityHierarchyModel(v) => &mut v.created_date_time,
            Self::OnenotePage(v) => &mut v.created_date_time,
            Self::OnenoteSection(v) => &mut v.created_date_time,
            Self::SectionGroup(v) => &mut v.created_date_time,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_poly!(AnyOnenoteEntitySchemaObjectModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnenoteEntitySchemaObjectModel);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenotePatchActionType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenotePatchActionType {
    /// `Replace` (value 0).
    Replace,
    /// `Append` (value 1).
    Append,
    /// `Delete` (value 2).
    Delete,
    /// `Insert` (value 3).
    Insert,
    /// `Prepend` (value 4).
    Prepend,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::StrEnum for OnenotePatchActionType {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchActionType";
    const MEMBERS: &'static [&'static str] = &[
        "Replace",
        "Append",
        "Delete",
        "Insert",
        "Prepend",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Replace" => Self::Replace,
                "Append" => Self::Append,
                "Delete" => Self::Delete,
                "Insert" => Self::Insert,
                "Prepend" => Self::Prepend,
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
            Self::Replace => "Replace",
            Self::Append => "Append",
            Self::Delete => "Delete",
            Self::Insert => "Insert",
            Self::Prepend => "Prepend",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_enum!(OnenotePatchActionType);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePatchActionType);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenotePatchContentCommand`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnenotePatchContentCommand {
    /// CSDL: property `action`: `microsoft.graph.onenotePatchActionType`, not nullable.
    pub action: rt::Field<crate::beta::OnenotePatchActionType>,
    /// CSDL: property `content`: `Edm.String`, nullable.
    pub content: rt::Field<::std::string::String>,
    /// CSDL: property `position`: `microsoft.graph.onenotePatchInsertPosition`, nullable.
    pub position: rt::Field<crate::beta::OnenotePatchInsertPosition>,
    /// CSDL: property `target`: `Edm.String`, not nullable.
    pub target: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for OnenotePatchContentCommand {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            content: rt::Field::Absent,
            position: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for OnenotePatchContentCommand {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchContentCommand";
    const KEYS: &'static [&'static str] = &["action", "content", "position", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"content\":                      ",
        ",\"position\":                     ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onenotePatchContentCommand\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "position", &self.position);
        v.field(3usize, "target", &self.target);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for OnenotePatchContentCommand {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.position.read_from(r),
            3usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.content);
        w.field(2usize, &self.position);
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
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_object!(OnenotePatchContentCommand);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    OnenotePatchContentCommand { with_action action : crate
    ::beta::OnenotePatchActionType; with_content content : ::std::string::String;
    with_position position : crate ::beta::OnenotePatchInsertPosition; with_target target
    : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePatchContentCommand);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.onenotePatchInsertPosition`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenotePatchInsertPosition {
    /// `After` (value 0).
    After,
    /// `Before` (value 1).
    Before,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::StrEnum for OnenotePatchInsertPosition {
    const TYPE_NAME: &'static str = "microsoft.graph.onenotePatchInsertPosition";
    const MEMBERS: &'static [&'static str] = &["After", "Before"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "After" => Self::After,
                "Before" => Self::Before,
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
            Self::After => "After",
            Self::Before => "Before",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_enum!(OnenotePatchInsertPosition);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenotePatchInsertPosition);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.onlineMeeting`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`OnlineMeetingPath`](requests/trait.OnlineMeetingPath.html), what a path to one (`EntityPath<OnlineMeeting, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeeting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accessLevel`: `microsoft.graph.accessLevel`, nullable.
    pub access_level: rt::Field<crate::beta::AccessLevel>,
    /// CSDL: property `allowedPresenters`: `microsoft.graph.onlineMeetingPresenters`, nullable.
    pub allowed_presenters: rt::Field<crate::beta::OnlineMeetingPresenters>,
    /// CSDL: property `alternativeRecording`: `Edm.Stream`, nullable.
    pub alternative_recording: rt::Field<rt::RawJson>,
    /// CSDL: property `attendeeReport`: `Edm.Stream`, nullable.
    pub attendee_report: rt::Field<rt::RawJson>,
    /// CSDL: property `audioConferencing`: `microsoft.graph.audioConferencing`, nullable.
    pub audio_conferencing: rt::Field<crate::beta::AudioConferencing>,
    /// CSDL: property `broadcastSettings`: `microsoft.graph.broadcastMeetingSettings`, nullable.
    pub broadcast_settings: rt::Field<crate::beta::BroadcastMeetingSettings>,
    /// CSDL: property `canceledDateTime`: `Edm.DateTimeOffset`, nullable.
    pub canceled_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `capabilities`: `Collection(microsoft.graph.meetingCapabilities)`, nullable.
    pub capabilities: rt::Field<::std::vec::Vec<crate::beta::MeetingCapabilities>>,
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::beta::ChatInfo>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `entryExitAnnouncement`: `Edm.Boolean`, nullable.
    pub entry_exit_announcement: rt::Field<bool>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `isBroadcast`: `Edm.Boolean`, nullable.
    pub is_broadcast: rt::Field<bool>,
    /// CSDL: property `isCancelled`: `Edm.Boolean`, nullable.
    pub is_cancelled: rt::Field<bool>,
    /// CSDL: property `isEntryExitAnnounced`: `Edm.Boolean`, nullable.
    pub is_entry_exit_announced: rt::Field<bool>,
    /// CSDL: property `joinInformation`: `microsoft.graph.itemBody`, nullable.
    pub join_information: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `joinUrl`: `Edm.String`, nullable.
    pub join_url: rt::Field<::std::string::String>,
    /// CSDL: property `lobbyBypassSettings`: `microsoft.graph.lobbyBypassSettings`, nullable.
    pub lobby_bypass_settings: rt::Field<crate::beta::LobbyBypassSettings>,
    /// CSDL: property `participants`: `microsoft.graph.meetingParticipants`, nullable.
    pub participants: rt::Field<crate::beta::MeetingParticipants>,
    /// CSDL: property `recording`: `Edm.Stream`, nullable.
    pub recording: rt::Field<rt::RawJson>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `videoTeleconferenceId`: `Edm.String`, nullable.
    pub video_teleconference_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `meetingAttendanceReport`: `microsoft.graph.meetingAttendanceReport`, nullable.
    pub meeting_attendance_report: rt::Field<crate::beta::MeetingAttendanceReport>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for OnlineMeeting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            access_level: rt::Field::Absent,
            allowed_presenters: rt::Field::Absent,
            alternative_recording: rt::Field::Absent,
            attendee_report: rt::Field::Absent,
            audio_conferencing: rt::Field::Absent,
            broadcast_settings: rt::Field::Absent,
            canceled_date_time: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            chat_info: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            entry_exit_announcement: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            external_id: rt::Field::Absent,
            is_broadcast: rt::Field::Absent,
            is_cancelled: rt::Field::Absent,
            is_entry_exit_announced: rt::Field::Absent,
            join_information: rt::Field::Absent,
            join_url: rt::Field::Absent,
            lobby_bypass_settings: rt::Field::Absent,
            participants: rt::Field::Absent,
            recording: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            subject: rt::Field::Absent,
            video_teleconference_id: rt::Field::Absent,
            meeting_attendance_report: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for OnlineMeeting {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeeting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accessLevel",
        "allowedPresenters",
        "alternativeRecording",
        "attendeeReport",
        "audioConferencing",
        "broadcastSettings",
        "canceledDateTime",
        "capabilities",
        "chatInfo",
        "creationDateTime",
        "endDateTime",
        "entryExitAnnouncement",
        "expirationDateTime",
        "externalId",
        "isBroadcast",
        "isCancelled",
        "isEntryExitAnnounced",
        "joinInformation",
        "joinUrl",
        "lobbyBypassSettings",
        "participants",
        "recording",
        "startDateTime",
        "subject",
        "videoTeleconferenceId",
        "meetingAttendanceReport",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accessLevel\":                  ",
        ",\"allowedPresenters\":            ",
        ",\"alternativeRecording\":         ",
        ",\"attendeeReport\":               ",
        ",\"audioConferencing\":            ",
        ",\"broadcastSettings\":            ",
        ",\"canceledDateTime\":             ",
        ",\"capabilities\":                 ",
        ",\"chatInfo\":                     ",
        ",\"creationDateTime\":             ",
        ",\"endDateTime\":                  ",
        ",\"entryExitAnnouncement\":        ",
        ",\"expirationDateTime\":           ",
        ",\"externalId\":                   ",
        ",\"isBroadcast\":                  ",
        ",\"isCancelled\":                  ",
        ",\"isEntryExitAnnounced\":         ",
        ",\"joinInformation\":              ",
        ",\"joinUrl\":                      ",
        ",\"lobbyBypassSettings\":          ",
        ",\"participants\":                 ",
        ",\"recording\":                    ",
        ",\"startDateTime\":                ",
        ",\"subject\":                      ",
        ",\"videoTeleconferenceId\":        ",
        ",\"meetingAttendanceReport\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeeting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "access_level", &self.access_level);
        v.field(2usize, "allowed_presenters", &self.allowed_presenters);
        v.field(3usize, "alternative_recording", &self.alternative_recording);
        v.field(4usize, "attendee_report", &self.attendee_report);
        v.field(5usize, "audio_conferencing", &self.audio_conferencing);
        v.field(6usize, "broadcast_settings", &self.broadcast_settings);
        v.field(7usize, "canceled_date_time", &self.canceled_date_time);
        v.field(8usize, "capabilities", &self.capabilities);
        v.field(9usize, "chat_info", &self.chat_info);
        v.field(10usize, "creation_date_time", &self.creation_date_time);
        v.field(11usize, "end_date_time", &self.end_date_time);
        v.field(12usize, "entry_exit_announcement", &self.entry_exit_announcement);
        v.field(13usize, "expiration_date_time", &self.expiration_date_time);
        v.field(14usize, "external_id", &self.external_id);
        v.field(15usize, "is_broadcast", &self.is_broadcast);
        v.field(16usize, "is_cancelled", &self.is_cancelled);
        v.field(17usize, "is_entry_exit_announced", &self.is_entry_exit_announced);
        v.field(18usize, "join_information", &self.join_information);
        v.field(19usize, "join_url", &self.join_url);
        v.field(20usize, "lobby_bypass_settings", &self.lobby_bypass_settings);
        v.field(21usize, "participants", &self.participants);
        v.field(22usize, "recording", &self.recording);
        v.field(23usize, "start_date_time", &self.start_date_time);
        v.field(24usize, "subject", &self.subject);
        v.field(25usize, "video_teleconference_id", &self.video_teleconference_id);
        v.field(26usize, "meeting_attendance_report", &self.meeting_attendance_report);
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for OnlineMeeting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.access_level.read_from(r),
            2usize => self.allowed_presenters.read_from(r),
            3usize => self.alternative_recording.read_from(r),
            4usize => self.attendee_report.read_from(r),
            5usize => self.audio_conferencing.read_from(r),
            6usize => self.broadcast_settings.read_from(r),
            7usize => self.canceled_date_time.read_from(r),
            8usize => self.capabilities.read_from(r),
            9usize => self.chat_info.read_from(r),
            10usize => self.creation_date_time.read_from(r),
            11usize => self.end_date_time.read_from(r),
            12usize => self.entry_exit_announcement.read_from(r),
            13usize => self.expiration_date_time.read_from(r),
            14usize => self.external_id.read_from(r),
            15usize => self.is_broadcast.read_from(r),
            16usize => self.is_cancelled.read_from(r),
            17usize => self.is_entry_exit_announced.read_from(r),
            18usize => self.join_information.read_from(r),
            19usize => self.join_url.read_from(r),
            20usize => self.lobby_bypass_settings.read_from(r),
            21usize => self.participants.read_from(r),
            22usize => self.recording.read_from(r),
            23usize => self.start_date_time.read_from(r),
            24usize => self.subject.read_from(r),
            25usize => self.video_teleconference_id.read_from(r),
            26usize => self.meeting_attendance_report.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.access_level);
        w.field(2usize, &self.allowed_presenters);
        w.field(3usize, &self.alternative_recording);
        w.field(4usize, &self.attendee_report);
        w.field(5usize, &self.audio_conferencing);
        w.field(6usize, &self.broadcast_settings);
        w.field(7usize, &self.canceled_date_time);
        w.field(8usize, &self.capabilities);
        w.field(9usize, &self.chat_info);
        w.field(10usize, &self.creation_date_time);
        w.field(11usize, &self.end_date_time);
        w.field(12usize, &self.entry_exit_announcement);
        w.field(13usize, &self.expiration_date_time);
        w.field(14usize, &self.external_id);
        w.field(15usize, &self.is_broadcast);
        w.field(16usize, &self.is_cancelled);
        w.field(17usize, &self.is_entry_exit_announced);
        w.field(18usize, &self.join_information);
        w.field(19usize, &self.join_url);
        w.field(20usize, &self.lobby_bypass_settings);
        w.field(21usize, &self.participants);
        w.field(22usize, &self.recording);
        w.field(23usize, &self.start_date_time);
        w.field(24usize, &self.subject);
        w.field(25usize, &self.video_teleconference_id);
        w.field(26usize, &self.meeting_attendance_report);
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(OnlineMeeting);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    OnlineMeeting { with_id id : ::std::string::String; with_access_level access_level :
    crate ::beta::AccessLevel; with_allowed_presenters allowed_presenters : crate
    ::beta::OnlineMeetingPresenters; with_alternative_recording alternative_recording :
    rt::RawJson; with_attendee_report attendee_report : rt::RawJson;
    with_audio_conferencing audio_conferencing : crate ::beta::AudioConferencing;
    with_broadcast_settings broadcast_settings : crate ::beta::BroadcastMeetingSettings;
    with_canceled_date_time canceled_date_time : rt::edm::DateTimeOffset;
    with_capabilities capabilities : ::std::vec::Vec < crate ::beta::MeetingCapabilities
    >; with_chat_info chat_info : crate ::beta::ChatInfo; with_creation_date_time
    creation_date_time : rt::edm::DateTimeOffset; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_entry_exit_announcement entry_exit_announcement : bool;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset;
    with_external_id external_id : ::std::string::String; with_is_broadcast is_broadcast
    : bool; with_is_cancelled is_cancelled : bool; with_is_entry_exit_announced
    is_entry_exit_announced : bool; with_join_information join_information : crate
    ::beta::ItemBody; with_join_url join_url : ::std::string::String;
    with_lobby_bypass_settings lobby_bypass_settings : crate ::beta::LobbyBypassSettings;
    with_participants participants : crate ::beta::MeetingParticipants; with_recording
    recording : rt::RawJson; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_subject subject : ::std::string::String;
    with_video_teleconference_id video_teleconference_id : ::std::string::String;
    with_meeting_attendance_report meeting_attendance_report : crate
    ::beta::MeetingAttendanceReport; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeeting);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.onlineMeetingInfo`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingInfo {
    /// CSDL: property `conferenceId`: `Edm.String`, nullable.
    pub conference_id: rt::Field<::std::string::String>,
    /// CSDL: property `joinUrl`: `Edm.String`, nullable.
    pub join_url: rt::Field<::std::string::String>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::beta::Phone>>,
    /// CSDL: property `quickDial`: `Edm.String`, nullable.
    pub quick_dial: rt::Field<::std::string::String>,
    /// CSDL: property `tollFreeNumbers`: `Collection(Edm.String)`, nullable.
    pub toll_free_numbers: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tollNumber`: `Edm.String`, nullable.
    pub toll_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OnlineMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            conference_id: rt::Field::Absent,
            join_url: rt::Field::Absent,
            phones: rt::Field::Absent,
            quick_dial: rt::Field::Absent,
            toll_free_numbers: rt::Field::Absent,
            toll_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OnlineMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingInfo";
    const KEYS: &'static [&'static str] = &[
        "conferenceId",
        "joinUrl",
        "phones",
        "quickDial",
        "tollFreeNumbers",
        "tollNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"conferenceId\":                 ",
        ",\"joinUrl\":                      ",
        ",\"phones\":                       ",
        ",\"quickDial\":                    ",
        ",\"tollFreeNumbers\":              ",
        ",\"tollNumber\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "conference_id", &self.conference_id);
        v.field(1usize, "join_url", &self.join_url);
        v.field(2usize, "phones", &self.phones);
        v.field(3usize, "quick_dial", &self.quick_dial);
        v.field(4usize, "toll_free_numbers", &self.toll_free_numbers);
        v.field(5usize, "toll_number", &self.toll_number);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OnlineMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.conference_id.read_from(r),
            1usize => self.join_url.read_from(r),
            2usize => self.phones.read_from(r),
            3usize => self.quick_dial.read_from(r),
            4usize => self.toll_free_numbers.read_from(r),
            5usize => self.toll_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.conference_id);
        w.field(1usize, &self.join_url);
        w.field(2usize, &self.phones);
        w.field(3usize, &self.quick_dial);
        w.field(4usize, &self.toll_free_numbers);
        w.field(5usize, &self.toll_number);
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
rt::impl_object!(OnlineMeetingInfo);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OnlineMeetingInfo { with_conference_id conference_id : ::std::string::String;
    with_join_url join_url : ::std::string::String; with_phones phones : ::std::vec::Vec
    < crate ::beta::Phone >; with_quick_dial quick_dial : ::std::string::String;
    with_toll_free_numbers toll_free_numbers : ::std::vec::Vec < ::std::string::String >;
    with_toll_number toll_number : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingInfo);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.onlineMeetingProviderType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingProviderType {
    /// `unknown` (value 0).
    Unknown,
    /// `skypeForBusiness` (value 1).
    SkypeForBusiness,
    /// `skypeForConsumer` (value 2).
    SkypeForConsumer,
    /// `teamsForBusiness` (value 3).
    TeamsForBusiness,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for OnlineMeetingProviderType {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingProviderType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "skypeForBusiness",
        "skypeForConsumer",
        "teamsForBusiness",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "skypeForBusiness" => Self::SkypeForBusiness,
                "skypeForConsumer" => Self::SkypeForConsumer,
                "teamsForBusiness" => Self::TeamsForBusiness,
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
            Self::SkypeForBusiness => "skypeForBusiness",
            Self::SkypeForConsumer => "skypeForConsumer",
            Self::TeamsForBusiness => "teamsForBusiness",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(OnlineMeetingProviderType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingProviderType);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.onlineMeetingRole`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingRole {
    /// `attendee` (value 0).
    Attendee,
    /// `presenter` (value 1).
    Presenter,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// `producer` (value 2).
    Producer,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::StrEnum for OnlineMeetingRole {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingRole";
    const MEMBERS: &'static [&'static str] = &[
        "attendee",
        "presenter",
        "unknownFutureValue",
        "producer",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "attendee" => Self::Attendee,
                "presenter" => Self::Presenter,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "producer" => Self::Producer,
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
            Self::Attendee => "attendee",
            Self::Presenter => "presenter",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Producer => "producer",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_enum!(OnlineMeetingRole);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingRole);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.openShift`, entity type, derived from `microsoft.graph.changeTrackedEntity`, key `id`.
///
/// Request builders: [`OpenShiftPath`](requests/trait.OpenShiftPath.html), what a path to one (`EntityPath<OpenShift, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenShift {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `draftOpenShift`: `microsoft.graph.openShiftItem`, nullable.
    pub draft_open_shift: rt::Field<crate::beta::OpenShiftItem>,
    /// CSDL: property `isStagedForDeletion`: `Edm.Boolean`, nullable.
    pub is_staged_for_deletion: rt::Field<bool>,
    /// CSDL: property `schedulingGroupId`: `Edm.String`, nullable.
    pub scheduling_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `sharedOpenShift`: `microsoft.graph.openShiftItem`, nullable.
    pub shared_open_shift: rt::Field<crate::beta::OpenShiftItem>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OpenShift {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            draft_open_shift: rt::Field::Absent,
            is_staged_for_deletion: rt::Field::Absent,
            scheduling_group_id: rt::Field::Absent,
            shared_open_shift: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OpenShift {
    const TYPE_NAME: &'static str = "microsoft.graph.openShift";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "draftOpenShift",
        "isStagedForDeletion",
        "schedulingGroupId",
        "sharedOpenShift",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"draftOpenShift\":               ",
        ",\"isStagedForDeletion\":          ",
        ",\"schedulingGroupId\":            ",
        ",\"sharedOpenShift\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openShift\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "last_modified_by", &self.last_modified_by);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "draft_open_shift", &self.draft_open_shift);
        v.field(6usize, "is_staged_for_deletion", &self.is_staged_for_deletion);
        v.field(7usize, "scheduling_group_id", &self.scheduling_group_id);
        v.field(8usize, "shared_open_shift", &self.shared_open_shift);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OpenShift {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.last_modified_by.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.draft_open_shift.read_from(r),
            6usize => self.is_staged_for_deletion.read_from(r),
            7usize => self.scheduling_group_id.read_from(r),
            8usize => self.shared_open_shift.read_from(r),
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
        w.field(5usize, &self.draft_open_shift);
        w.field(6usize, &self.is_staged_for_deletion);
        w.field(7usize, &self.scheduling_group_id);
        w.field(8usize, &self.shared_open_shift);
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
rt::impl_object!(OpenShift);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OpenShift { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_draft_open_shift draft_open_shift : crate
    ::beta::OpenShiftItem; with_is_staged_for_deletion is_staged_for_deletion : bool;
    with_scheduling_group_id scheduling_group_id : ::std::string::String;
    with_shared_open_shift shared_open_shift : crate ::beta::OpenShiftItem; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenShift);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.openShiftChangeRequest`, entity type, derived from `microsoft.graph.scheduleChangeRequest`, abstract, key `id`.
///
/// Request builders: [`ScheduleChangeRequestPath`](requests/trait.ScheduleChangeRequestPath.html), what a path to one (`EntityPath<OpenShiftChangeRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenShiftChangeRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `microsoft.graph.scheduleChangeRequestActor`, nullable.
    pub assigned_to: rt::Field<crate::beta::ScheduleChangeRequestActor>,
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
    pub state: rt::Field<crate::beta::ScheduleChangeState>,
    /// CSDL: property `openShiftId`: `Edm.String`, nullable.
    pub open_shift_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OpenShiftChangeRequest {
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
            open_shift_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OpenShiftChangeRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.openShiftChangeRequest";
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
        "openShiftId",
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
        ",\"openShiftId\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openShiftChangeRequest\"";
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
        v.field(13usize, "open_shift_id", &self.open_shift_id);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OpenShiftChangeRequest {
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
            13usize => self.open_shift_id.read_from(r),
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
        w.field(13usize, &self.open_shift_id);
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
rt::impl_object!(OpenShiftChangeRequest);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OpenShiftChangeRequest { with_id id : ::std::string::String; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_by last_modified_by : crate
    ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : crate
    ::beta::ScheduleChangeRequestActor; with_manager_action_date_time
    manager_action_date_time : rt::edm::DateTimeOffset; with_manager_action_message
    manager_action_message : ::std::string::String; with_manager_user_id manager_user_id
    : ::std::string::String; with_sender_date_time sender_date_time :
    rt::edm::DateTimeOffset; with_sender_message sender_message : ::std::string::String;
    with_sender_user_id sender_user_id : ::std::string::String; with_state state : crate
    ::beta::ScheduleChangeState; with_open_shift_id open_shift_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenShiftChangeRequest);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.openShiftItem`, complex type, derived from `microsoft.graph.shiftItem`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OpenShiftItem {
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `theme`: `microsoft.graph.scheduleEntityTheme`, not nullable.
    pub theme: rt::Field<crate::beta::ScheduleEntityTheme>,
    /// CSDL: property `activities`: `Collection(microsoft.graph.shiftActivity)`, nullable.
    pub activities: rt::Field<::std::vec::Vec<crate::beta::ShiftActivity>>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `openSlotCount`: `Edm.Int32`, not nullable.
    pub open_slot_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OpenShiftItem {
    #[inline]
    fn default() -> Self {
        Self {
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            theme: rt::Field::Absent,
            activities: rt::Field::Absent,
            display_name: rt::Field::Absent,
            notes: rt::Field::Absent,
            open_slot_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OpenShiftItem {
    const TYPE_NAME: &'static str = "microsoft.graph.openShiftItem";
    const KEYS: &'static [&'static str] = &[
        "endDateTime",
        "startDateTime",
        "theme",
        "activities",
        "displayName",
        "notes",
        "openSlotCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"theme\":                        ",
        ",\"activities\":                   ",
        ",\"displayName\":                  ",
        ",\"notes\":                        ",
        ",\"openSlotCount\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openShiftItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_date_time", &self.end_date_time);
        v.field(1usize, "start_date_time", &self.start_date_time);
        v.field(2usize, "theme", &self.theme);
        v.field(3usize, "activities", &self.activities);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "notes", &self.notes);
        v.field(6usize, "open_slot_count", &self.open_slot_count);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OpenShiftItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_date_time.read_from(r),
            1usize => self.start_date_time.read_from(r),
            2usize => self.theme.read_from(r),
            3usize => self.activities.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.notes.read_from(r),
            6usize => self.open_slot_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_date_time);
        w.field(1usize, &self.start_date_time);
        w.field(2usize, &self.theme);
        w.field(3usize, &self.activities);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.notes);
        w.field(6usize, &self.open_slot_count);
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
rt::impl_object!(OpenShiftItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OpenShiftItem { with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_theme theme :
    crate ::beta::ScheduleEntityTheme; with_activities activities : ::std::vec::Vec <
    crate ::beta::ShiftActivity >; with_display_name display_name :
    ::std::string::String; with_notes notes : ::std::string::String; with_open_slot_count
    open_slot_count : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenShiftItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// Operating System version range.
///
/// CSDL: `microsoft.graph.operatingSystemVersionRange`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OperatingSystemVersionRange {
    /// The description of this range (e.g. Valid 1702 builds)
    ///
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// The highest inclusive version that this range contains.
    ///
    /// CSDL: property `highestVersion`: `Edm.String`, not nullable.
    pub highest_version: rt::Field<::std::string::String>,
    /// The lowest inclusive version that this range contains.
    ///
    /// CSDL: property `lowestVersion`: `Edm.String`, not nullable.
    pub lowest_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OperatingSystemVersionRange {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            highest_version: rt::Field::Absent,
            lowest_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OperatingSystemVersionRange {
    const TYPE_NAME: &'static str = "microsoft.graph.operatingSystemVersionRange";
    const KEYS: &'static [&'static str] = &[
        "description",
        "highestVersion",
        "lowestVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"highestVersion\":               ",
        ",\"lowestVersion\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.operatingSystemVersionRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "highest_version", &self.highest_version);
        v.field(2usize, "lowest_version", &self.lowest_version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OperatingSystemVersionRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.highest_version.read_from(r),
            2usize => self.lowest_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.highest_version);
        w.field(2usize, &self.lowest_version);
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
rt::impl_object!(OperatingSystemVersionRange);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OperatingSystemVersionRange { with_description description : ::std::string::String;
    with_highest_version highest_version : ::std::string::String; with_lowest_version
    lowest_version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperatingSystemVersionRange);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.operationResult`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OperationResult {
    /// `success` (value 0).
    Success,
    /// `failure` (value 1).
    Failure,
    /// `timeout` (value 2).
    Timeout,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for OperationResult {
    const TYPE_NAME: &'static str = "microsoft.graph.operationResult";
    const MEMBERS: &'static [&'static str] = &[
        "success",
        "failure",
        "timeout",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "success" => Self::Success,
                "failure" => Self::Failure,
                "timeout" => Self::Timeout,
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
            Self::Success => "success",
            Self::Failure => "failure",
            Self::Timeout => "timeout",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(OperationResult);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperationResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.operator`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Operator {
    /// `none` (value 0).
    None,
    /// `and` (value 1).
    And,
    /// `or` (value 2).
    Or,
    /// `isEquals` (value 3).
    IsEquals,
    /// `notEquals` (value 4).
    NotEquals,
    /// `greaterThan` (value 5).
    GreaterThan,
    /// `lessThan` (value 6).
    LessThan,
    /// `between` (value 7).
    Between,
    /// `notBetween` (value 8).
    NotBetween,
    /// `greaterEquals` (value 9).
    GreaterEquals,
    /// `lessEquals` (value 10).
    LessEquals,
    /// `dayTimeBetween` (value 11).
    DayTimeBetween,
    /// `beginsWith` (value 12).
    BeginsWith,
    /// `notBeginsWith` (value 13).
    NotBeginsWith,
    /// `endsWith` (value 14).
    EndsWith,
    /// `notEndsWith` (value 15).
    NotEndsWith,
    /// `contains` (value 16).
    Contains,
    /// `notContains` (value 17).
    NotContains,
    /// `allOf` (value 18).
    AllOf,
    /// `oneOf` (value 19).
    OneOf,
    /// `noneOf` (value 20).
    NoneOf,
    /// `setEquals` (value 21).
    SetEquals,
    /// `orderedSetEquals` (value 22).
    OrderedSetEquals,
    /// `subsetOf` (value 23).
    SubsetOf,
    /// `excludesAll` (value 24).
    ExcludesAll,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for Operator {
    const TYPE_NAME: &'static str = "microsoft.graph.operator";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "and",
        "or",
        "isEquals",
        "notEquals",
        "greaterThan",
        "lessThan",
        "between",
        "notBetween",
        "greaterEquals",
        "lessEquals",
        "dayTimeBetween",
        "beginsWith",
        "notBeginsWith",
        "endsWith",
        "notEndsWith",
        "contains",
        "notContains",
        "allOf",
        "oneOf",
        "noneOf",
        "setEquals",
        "orderedSetEquals",
        "subsetOf",
        "excludesAll",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "and" => Self::And,
                "or" => Self::Or,
                "isEquals" => Self::IsEquals,
                "notEquals" => Self::NotEquals,
                "greaterThan" => Self::GreaterThan,
                "lessThan" => Self::LessThan,
                "between" => Self::Between,
                "notBetween" => Self::NotBetween,
                "greaterEquals" => Self::GreaterEquals,
                "lessEquals" => Self::LessEquals,
                "dayTimeBetween" => Self::DayTimeBetween,
                "beginsWith" => Self::BeginsWith,
                "notBeginsWith" => Self::NotBeginsWith,
                "endsWith" => Self::EndsWith,
                "notEndsWith" => Self::NotEndsWith,
                "contains" => Self::Contains,
                "notContains" => Self::NotContains,
                "allOf" => Self::AllOf,
                "oneOf" => Self::OneOf,
                "noneOf" => Self::NoneOf,
                "setEquals" => Self::SetEquals,
                "orderedSetEquals" => Self::OrderedSetEquals,
                "subsetOf" => Self::SubsetOf,
                "excludesAll" => Self::ExcludesAll,
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
            Self::And => "and",
            Self::Or => "or",
            Self::IsEquals => "isEquals",
            Self::NotEquals => "notEquals",
            Self::GreaterThan => "greaterThan",
            Self::LessThan => "lessThan",
            Self::Between => "between",
            Self::NotBetween => "notBetween",
            Self::GreaterEquals => "greaterEquals",
            Self::LessEquals => "lessEquals",
            Self::DayTimeBetween => "dayTimeBetween",
            Self::BeginsWith => "beginsWith",
            Self::NotBeginsWith => "notBeginsWith",
            Self::EndsWith => "endsWith",
            Self::NotEndsWith => "notEndsWith",
            Self::Contains => "contains",
            Self::NotContains => "notContains",
            Self::AllOf => "allOf",
            Self::OneOf => "oneOf",
            Self::NoneOf => "noneOf",
            Self::SetEquals => "setEquals",
            Self::OrderedSetEquals => "orderedSetEquals",
            Self::SubsetOf => "subsetOf",
            Self::ExcludesAll => "excludesAll",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(Operator);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Operator);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.optionalClaim`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OptionalClaim {
    /// CSDL: property `additionalProperties`: `Collection(Edm.String)`, nullable.
    pub additional_properties: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `essential`: `Edm.Boolean`, not nullable.
    pub essential: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `Edm.String`, nullable.
    pub source: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OptionalClaim {
    #[inline]
    fn default() -> Self {
        Self {
            additional_properties: rt::Field::Absent,
            essential: rt::Field::Absent,
            name: rt::Field::Absent,
            source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OptionalClaim {
    const TYPE_NAME: &'static str = "microsoft.graph.optionalClaim";
    const KEYS: &'static [&'static str] = &[
        "additionalProperties",
        "essential",
        "name",
        "source",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"additionalProperties\":         ",
        ",\"essential\":                    ",
        ",\"name\":                         ",
        ",\"source\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.optionalClaim\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "additional_properties", &self.additional_properties);
        v.field(1usize, "essential", &self.essential);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "source", &self.source);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OptionalClaim {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.additional_properties.read_from(r),
            1usize => self.essential.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.additional_properties);
        w.field(1usize, &self.essential);
        w.field(2usize, &self.name);
        w.field(3usize, &self.source);
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
rt::impl_object!(OptionalClaim);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OptionalClaim { with_additional_properties additional_properties : ::std::vec::Vec <
    ::std::string::String >; with_essential essential : bool; with_name name :
    ::std::string::String; with_source source : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OptionalClaim);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.optionalClaims`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OptionalClaims {
    /// CSDL: property `accessToken`: `Collection(microsoft.graph.optionalClaim)`, nullable.
    pub access_token: rt::Field<::std::vec::Vec<crate::beta::OptionalClaim>>,
    /// CSDL: property `idToken`: `Collection(microsoft.graph.optionalClaim)`, nullable.
    pub id_token: rt::Field<::std::vec::Vec<crate::beta::OptionalClaim>>,
    /// CSDL: property `saml2Token`: `Collection(microsoft.graph.optionalClaim)`, nullable.
    pub saml2_token: rt::Field<::std::vec::Vec<crate::beta::OptionalClaim>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OptionalClaims {
    #[inline]
    fn default() -> Self {
        Self {
            access_token: rt::Field::Absent,
            id_token: rt::Field::Absent,
            saml2_token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OptionalClaims {
    const TYPE_NAME: &'static str = "microsoft.graph.optionalClaims";
    const KEYS: &'static [&'static str] = &["accessToken", "idToken", "saml2Token"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessToken\":                  ",
        ",\"idToken\":                      ",
        ",\"saml2Token\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.optionalClaims\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_token", &self.access_token);
        v.field(1usize, "id_token", &self.id_token);
        v.field(2usize, "saml2_token", &self.saml2_token);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OptionalClaims {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_token.read_from(r),
            1usize => self.id_token.read_from(r),
            2usize => self.saml2_token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_token);
        w.field(1usize, &self.id_token);
        w.field(2usize, &self.saml2_token);
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
rt::impl_object!(OptionalClaims);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OptionalClaims { with_access_token access_token : ::std::vec::Vec < crate
    ::beta::OptionalClaim >; with_id_token id_token : ::std::vec::Vec < crate
    ::beta::OptionalClaim >; with_saml2_token saml2_token : ::std::vec::Vec < crate
    ::beta::OptionalClaim >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OptionalClaims);
#[cfg(msgraph_beta_core_or_branding)]
/// CSDL: `microsoft.graph.organizationalBrandingProperties`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`OrganizationalBrandingPropertiesPath`](requests/trait.OrganizationalBrandingPropertiesPath.html), what a path to one (`EntityPath<AnyOrganizationalBrandingProperties, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-branding`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationalBrandingProperties {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundImage`: `Edm.Stream`, nullable.
    pub background_image: rt::Field<rt::RawJson>,
    /// CSDL: property `bannerLogo`: `Edm.Stream`, nullable.
    pub banner_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `signInPageText`: `Edm.String`, nullable.
    pub sign_in_page_text: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogo`: `Edm.Stream`, nullable.
    pub square_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `usernameHintText`: `Edm.String`, nullable.
    pub username_hint_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_branding)]
impl ::std::default::Default for OrganizationalBrandingProperties {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            background_color: rt::Field::Absent,
            background_image: rt::Field::Absent,
            banner_logo: rt::Field::Absent,
            sign_in_page_text: rt::Field::Absent,
            square_logo: rt::Field::Absent,
            username_hint_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_branding)]
impl rt::Object for OrganizationalBrandingProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.organizationalBrandingProperties";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backgroundColor",
        "backgroundImage",
        "bannerLogo",
        "signInPageText",
        "squareLogo",
        "usernameHintText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backgroundColor\":              ",
        ",\"backgroundImage\":              ",
        ",\"bannerLogo\":                   ",
        ",\"signInPageText\":               ",
        ",\"squareLogo\":                   ",
        ",\"usernameHintText\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizationalBrandingProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "background_image", &self.background_image);
        v.field(3usize, "banner_logo", &self.banner_logo);
        v.field(4usize, "sign_in_page_text", &self.sign_in_page_text);
        v.field(5usize, "square_logo", &self.square_logo);
        v.field(6usize, "username_hint_text", &self.username_hint_text);
    }
}
#[cfg(msgraph_beta_core_or_branding)]
impl rt::object::Members for OrganizationalBrandingProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.background_image.read_from(r),
            3usize => self.banner_logo.read_from(r),
            4usize => self.sign_in_page_text.read_from(r),
            5usize => self.square_logo.read_from(r),
            6usize => self.username_hint_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.background_image);
        w.field(3usize, &self.banner_logo);
        w.field(4usize, &self.sign_in_page_text);
        w.field(5usize, &self.square_logo);
        w.field(6usize, &self.username_hint_text);
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
#[cfg(msgraph_beta_core_or_branding)]
rt::impl_object!(OrganizationalBrandingProperties);
#[cfg(msgraph_beta_core_or_branding)]
rt::impl_setters!(
    OrganizationalBrandingProperties { with_id id : ::std::string::String;
    with_background_color background_color : ::std::string::String; with_background_image
    background_image : rt::RawJson; with_banner_logo banner_logo : rt::RawJson;
    with_sign_in_page_text sign_in_page_text : ::std::string::String; with_square_logo
    square_logo : rt::RawJson; with_username_hint_text username_hint_text :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_branding)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationalBrandingProperties);
#[cfg(msgraph_beta_core_or_branding)]
/// `microsoft.graph.organizationalBrandingProperties` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-branding`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOrganizationalBrandingProperties {
    OrganizationalBrandingProperties(
        ::std::boxed::Box<crate::beta::OrganizationalBrandingProperties>,
    ),
    OrganizationalBranding(::std::boxed::Box<crate::beta::OrganizationalBranding>),
    OrganizationalBrandingLocalization(
        ::std::boxed::Box<crate::beta::OrganizationalBrandingLocalization>,
    ),
}
#[cfg(msgraph_beta_core_or_branding)]
impl ::std::default::Default for AnyOrganizationalBrandingProperties {
    #[inline]
    fn default() -> Self {
        Self::OrganizationalBrandingProperties(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizationalBrandingProperties>
for AnyOrganizationalBrandingProperties {
    #[inline]
    fn from(v: crate::beta::OrganizationalBrandingProperties) -> Self {
        Self::OrganizationalBrandingProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizationalBranding>
for AnyOrganizationalBrandingProperties {
    #[inline]
    fn from(v: crate::beta::OrganizationalBranding) -> Self {
        Self::OrganizationalBranding(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_branding)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OrganizationalBrandingLocalization>
for AnyOrganizationalBrandingProperties {
    #[inline]
    fn from(v: crate::beta::OrganizationalBrandingLocalization) -> Self {
        Self::OrganizationalBrandingLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_branding)]
unsafe impl ::std::marker::Send for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_beta_core_or_branding)]
unsafe impl ::std::marker::Sync for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_beta_core_or_branding)]
impl ::std::marker::Unpin for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_beta_core_or_branding)]
impl ::std::panic::UnwindSafe for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_beta_core_or_branding)]
impl ::std::panic::RefUnwindSafe for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_beta_core_or_branding)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OrganizationalBrandingProperties>();
    rt::object::auto_traits::<crate::beta::OrganizationalBranding>();
    rt::object::auto_traits::<crate::beta::OrganizationalBrandingLocalization>();
};
#[cfg(msgraph_beta_core_or_branding)]
impl rt::Poly for AnyOrganizationalBrandingProperties {
    const BASE_NAME: &'static str = "microsoft.graph.organizationalBrandingProperties";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.organizationalBranding") => {
                Self::OrganizationalBranding(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingLocalization",
            ) => Self::OrganizationalBrandingLocalization(rt::object::new_boxed()),
            _ => Self::OrganizationalBrandingProperties(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OrganizationalBrandingProperties(v) => &**v,
            Self::OrganizationalBranding(v) => &**v,
            Self::OrganizationalBrandingLocalization(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut **v,
            Self::OrganizationalBranding(v) => &mut **v,
            Self::OrganizationalBrandingLocalization(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_branding)]
impl AnyOrganizationalBrandingProperties {
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
            Self::OrganizationalBrandingProperties(v) => &v.id,
            Self::OrganizationalBranding(v) => &v.id,
            Self::OrganizationalBrandingLocalization(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.id,
            Self::OrganizationalBranding(v) => &mut v.id,
            Self::OrganizationalBrandingLocalization(v) => &mut v.id,
        }
    }
    /// `backgroundColor` of any variant.
    #[inline]
    pub fn background_color(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.background_color,
            Self::OrganizationalBranding(v) => &v.background_color,
            Self::OrganizationalBrandingLocalization(v) => &v.background_color,
        }
    }
    /// `backgroundColor` of any variant.
    #[inline]
    pub fn background_color_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.background_color,
            Self::OrganizationalBranding(v) => &mut v.background_color,
            Self::OrganizationalBrandingLocalization(v) => &mut v.background_color,
        }
    }
    /// `backgroundImage` of any variant.
    #[inline]
    pub fn background_image(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.background_image,
            Self::OrganizationalBranding(v) => &v.background_image,
            Self::OrganizationalBrandingLocalization(v) => &v.background_image,
        }
    }
    /// `backgroundImage` of any variant.
    #[inline]
    pub fn background_image_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.background_image,
            Self::OrganizationalBranding(v) => &mut v.background_image,
            Self::OrganizationalBrandingLocalization(v) => &mut v.background_image,
        }
    }
    /// `bannerLogo` of any variant.
    #[inline]
    pub fn banner_logo(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.banner_logo,
            Self::OrganizationalBranding(v) => &v.banner_logo,
            Self::OrganizationalBrandingLocalization(v) => &v.banner_logo,
        }
    }
    /// `bannerLogo` of any variant.
    #[inline]
    pub fn banner_logo_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.banner_logo,
            Self::OrganizationalBranding(v) => &mut v.banner_logo,
            Self::OrganizationalBrandingLocalization(v) => &mut v.banner_logo,
        }
    }
    /// `signInPageText` of any variant.
    #[inline]
    pub fn sign_in_page_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.sign_in_page_text,
            Self::OrganizationalBranding(v) => &v.sign_in_page_text,
            Self::OrganizationalBrandingLocalization(v) => &v.sign_in_page_text,
        }
    }
    /// `signInPageText` of any variant.
    #[inline]
    pub fn sign_in_page_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.sign_in_page_text,
            Self::OrganizationalBranding(v) => &mut v.sign_in_page_text,
            Self::OrganizationalBrandingLocalization(v) => &mut v.sign_in_page_text,
        }
    }
    /// `squareLogo` of any variant.
    #[inline]
    pub fn square_logo(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.square_logo,
            Self::OrganizationalBranding(v) => &v.square_logo,
            Self::OrganizationalBrandingLocalization(v) => &v.square_logo,
        }
    }
    /// `squareLogo` of any variant.
    #[inline]
    pub fn square_logo_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.square_logo,
            Self::OrganizationalBranding(v) => &mut v.square_logo,
            Self::OrganizationalBrandingLocalization(v) => &mut v.square_logo,
        }
    }
    /// `usernameHintText` of any variant.
    #[inline]
    pub fn username_hint_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.username_hint_text,
            Self::OrganizationalBranding(v) => &v.username_hint_text,
            Self::OrganizationalBrandingLocalization(v) => &v.username_hint_text,
        }
    }
    /// `usernameHintText` of any variant.
    #[inline]
    pub fn username_hint_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.username_hint_text,
            Self::OrganizationalBranding(v) => &mut v.username_hint_text,
            Self::OrganizationalBrandingLocalization(v) => &mut v.username_hint_text,
        }
    }
}
#[cfg(msgraph_beta_core_or_branding)]
rt::impl_poly!(AnyOrganizationalBrandingProperties);
#[cfg(msgraph_beta_core_or_branding)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOrganizationalBrandingProperties);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.organizerMeetingInfo`, complex type, derived from `microsoft.graph.meetingInfo`, open.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct OrganizerMeetingInfo {
    /// CSDL: property `allowConversationWithoutHost`: `Edm.Boolean`, nullable.
    pub allow_conversation_without_host: rt::Field<bool>,
    /// CSDL: property `organizer`: `microsoft.graph.identitySet`, not nullable.
    pub organizer: rt::Field<crate::beta::IdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for OrganizerMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            allow_conversation_without_host: rt::Field::Absent,
            organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for OrganizerMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.organizerMeetingInfo";
    const KEYS: &'static [&'static str] = &["allowConversationWithoutHost", "organizer"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowConversationWithoutHost\": ",
        ",\"organizer\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizerMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_conversation_without_host",
            &self.allow_conversation_without_host,
        );
        v.field(1usize, "organizer", &self.organizer);
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for OrganizerMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_conversation_without_host.read_from(r),
            1usize => self.organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_conversation_without_host);
        w.field(1usize, &self.organizer);
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(OrganizerMeetingInfo);
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_setters!(
    OrganizerMeetingInfo { with_allow_conversation_without_host
    allow_conversation_without_host : bool; with_organizer organizer : crate
    ::beta::IdentitySet; }
);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizerMeetingInfo);
#[cfg(msgraph_beta_device_management_or_search)]
/// Count of devices with malware for each OS version
///
/// CSDL: `microsoft.graph.osVersionCount`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OsVersionCount {
    /// Count of devices with malware for the OS version
    ///
    /// CSDL: property `deviceCount`: `Edm.Int32`, not nullable.
    pub device_count: rt::Field<i32>,
    /// The Timestamp of the last update for the device count in UTC
    ///
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// OS version
    ///
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OsVersionCount {
    #[inline]
    fn default() -> Self {
        Self {
            device_count: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            os_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OsVersionCount {
    const TYPE_NAME: &'static str = "microsoft.graph.osVersionCount";
    const KEYS: &'static [&'static str] = &[
        "deviceCount",
        "lastUpdateDateTime",
        "osVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceCount\":                  ",
        ",\"lastUpdateDateTime\":           ",
        ",\"osVersion\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.osVersionCount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_count", &self.device_count);
        v.field(1usize, "last_update_date_time", &self.last_update_date_time);
        v.field(2usize, "os_version", &self.os_version);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OsVersionCount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_count.read_from(r),
            1usize => self.last_update_date_time.read_from(r),
            2usize => self.os_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_count);
        w.field(1usize, &self.last_update_date_time);
        w.field(2usize, &self.os_version);
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
rt::impl_object!(OsVersionCount);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OsVersionCount { with_device_count device_count : i32; with_last_update_date_time
    last_update_date_time : rt::edm::DateTimeOffset; with_os_version os_version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OsVersionCount);
#[cfg(msgraph_beta_device_management_or_search)]
/// Out of box experience setting
///
/// CSDL: `microsoft.graph.outOfBoxExperienceSettings`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct OutOfBoxExperienceSettings {
    /// AAD join authentication type
    ///
    /// CSDL: property `deviceUsageType`: `microsoft.graph.windowsDeviceUsageType`, not nullable.
    pub device_usage_type: rt::Field<crate::beta::WindowsDeviceUsageType>,
    /// If set to true, then the user can't start over with different account, on company sign-in
    ///
    /// CSDL: property `hideEscapeLink`: `Edm.Boolean`, not nullable.
    pub hide_escape_link: rt::Field<bool>,
    /// Show or hide EULA to user
    ///
    /// CSDL: property `hideEULA`: `Edm.Boolean`, not nullable.
    pub hide_eula: rt::Field<bool>,
    /// Show or hide privacy settings to user
    ///
    /// CSDL: property `hidePrivacySettings`: `Edm.Boolean`, not nullable.
    pub hide_privacy_settings: rt::Field<bool>,
    /// If set, then skip the keyboard selection page if Language and Region are set
    ///
    /// CSDL: property `skipKeyboardSelectionPage`: `Edm.Boolean`, not nullable.
    pub skip_keyboard_selection_page: rt::Field<bool>,
    /// Type of user
    ///
    /// CSDL: property `userType`: `microsoft.graph.windowsUserType`, not nullable.
    pub user_type: rt::Field<crate::beta::WindowsUserType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for OutOfBoxExperienceSettings {
    #[inline]
    fn default() -> Self {
        Self {
            device_usage_type: rt::Field::Absent,
            hide_escape_link: rt::Field::Absent,
            hide_eula: rt::Field::Absent,
            hide_privacy_settings: rt::Field::Absent,
            skip_keyboard_selection_page: rt::Field::Absent,
            user_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for OutOfBoxExperienceSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.outOfBoxExperienceSettings";
    const KEYS: &'static [&'static str] = &[
        "deviceUsageType",
        "hideEscapeLink",
        "hideEULA",
        "hidePrivacySettings",
        "skipKeyboardSelectionPage",
        "userType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceUsageType\":              ",
        ",\"hideEscapeLink\":               ",
        ",\"hideEULA\":                     ",
        ",\"hidePrivacySettings\":          ",
        ",\"skipKeyboardSelectionPage\":    ",
        ",\"userType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outOfBoxExperienceSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_usage_type", &self.device_usage_type);
        v.field(1usize, "hide_escape_link", &self.hide_escape_link);
        v.field(2usize, "hide_eula", &self.hide_eula);
        v.field(3usize, "hide_privacy_settings", &self.hide_privacy_settings);
        v.field(
            4usize,
            "skip_keyboard_selection_page",
            &self.skip_keyboard_selection_page,
        );
        v.field(5usize, "user_type", &self.user_type);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for OutOfBoxExperienceSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_usage_type.read_from(r),
            1usize => self.hide_escape_link.read_from(r),
            2usize => self.hide_eula.read_from(r),
            3usize => self.hide_privacy_settings.read_from(r),
            4usize => self.skip_keyboard_selection_page.read_from(r),
            5usize => self.user_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_usage_type);
        w.field(1usize, &self.hide_escape_link);
        w.field(2usize, &self.hide_eula);
        w.field(3usize, &self.hide_privacy_settings);
        w.field(4usize, &self.skip_keyboard_selection_page);
        w.field(5usize, &self.user_type);
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
rt::impl_object!(OutOfBoxExperienceSettings);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    OutOfBoxExperienceSettings { with_device_usage_type device_usage_type : crate
    ::beta::WindowsDeviceUsageType; with_hide_escape_link hide_escape_link : bool;
    with_hide_eula hide_eula : bool; with_hide_privacy_settings hide_privacy_settings :
    bool; with_skip_keyboard_selection_page skip_keyboard_selection_page : bool;
    with_user_type user_type : crate ::beta::WindowsUserType; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutOfBoxExperienceSettings);
#[cfg(msgraph_beta_core_or_communications)]
/// CSDL: `microsoft.graph.outOfOfficeSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutOfOfficeSettings {
    /// CSDL: property `isOutOfOffice`: `Edm.Boolean`, nullable.
    pub is_out_of_office: rt::Field<bool>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_communications)]
impl ::std::default::Default for OutOfOfficeSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_out_of_office: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_communications)]
impl rt::Object for OutOfOfficeSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.outOfOfficeSettings";
    const KEYS: &'static [&'static str] = &["isOutOfOffice", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isOutOfOffice\":                ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outOfOfficeSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_out_of_office", &self.is_out_of_office);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core_or_communications)]
impl rt::object::Members for OutOfOfficeSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_out_of_office.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_out_of_office);
        w.field(1usize, &self.message);
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
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_object!(OutOfOfficeSettings);
#[cfg(msgraph_beta_core_or_communications)]
rt::impl_setters!(
    OutOfOfficeSettings { with_is_out_of_office is_out_of_office : bool; with_message
    message : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutOfOfficeSettings);
#[cfg(msgraph_beta_app_or_communications_or_search)]
/// CSDL: `microsoft.graph.outgoingCallOptions`, complex type, derived from `microsoft.graph.callOptions`.
///
/// Features: `beta`, or one of `beta-app`, `beta-communications`, `beta-search`.
#[derive(Clone)]
pub struct OutgoingCallOptions {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl ::std::default::Default for OutgoingCallOptions {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::Object for OutgoingCallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.outgoingCallOptions";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.outgoingCallOptions\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
impl rt::object::Members for OutgoingCallOptions {
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
#[cfg(msgraph_beta_app_or_communications_or_search)]
rt::impl_object!(OutgoingCallOptions);
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutgoingCallOptions);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.outlookCategory`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookCategory {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `color`: `microsoft.graph.categoryColor`, nullable.
    pub color: rt::Field<crate::beta::CategoryColor>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OutlookCategory {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            color: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OutlookCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookCategory";
    const KEYS: &'static [&'static str] = &["id", "color", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"color\":                        ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookCategory\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "color", &self.color);
        v.field(2usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OutlookCategory {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.color.read_from(r),
            2usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.color);
        w.field(2usize, &self.display_name);
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
rt::impl_object!(OutlookCategory);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OutlookCategory { with_id id : ::std::string::String; with_color color : crate
    ::beta::CategoryColor; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookCategory);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.outlookItem`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OutlookItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OutlookItem {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OutlookItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
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
rt::impl_object!(OutlookItem);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OutlookItem { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookItem);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.outlookItem` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOutlookItem {
    OutlookItem(::std::boxed::Box<crate::beta::OutlookItem>),
    CalendarSharingMessage(::std::boxed::Box<crate::beta::CalendarSharingMessage>),
    Contact(::std::boxed::Box<crate::beta::Contact>),
    Event(::std::boxed::Box<crate::beta::Event>),
    EventMessage(::std::boxed::Box<crate::beta::EventMessage>),
    EventMessageRequest(::std::boxed::Box<crate::beta::EventMessageRequest>),
    EventMessageResponse(::std::boxed::Box<crate::beta::EventMessageResponse>),
    Message(::std::boxed::Box<crate::beta::Message>),
    Note(::std::boxed::Box<crate::beta::Note>),
    OutlookTask(::std::boxed::Box<crate::beta::OutlookTask>),
    Post(::std::boxed::Box<crate::beta::Post>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyOutlookItem {
    #[inline]
    fn default() -> Self {
        Self::OutlookItem(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookItem> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::OutlookItem) -> Self {
        Self::OutlookItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CalendarSharingMessage> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Contact> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::Contact) -> Self {
        Self::Contact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Event> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::Event) -> Self {
        Self::Event(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessage> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageRequest> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageResponse> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Message> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Note> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::Note) -> Self {
        Self::Note(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OutlookTask> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::OutlookTask) -> Self {
        Self::OutlookTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Post> for AnyOutlookItem {
    #[inline]
    fn from(v: crate::beta::Post) -> Self {
        Self::Post(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyOutlookItem {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyOutlookItem {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyOutlookItem {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyOutlookItem {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyOutlookItem {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OutlookItem>();
    rt::object::auto_traits::<crate::beta::CalendarSharingMessage>();
    rt::object::auto_traits::<crate::beta::Contact>();
    rt::object::auto_traits::<crate::beta::Event>();
    rt::object::auto_traits::<crate::beta::EventMessage>();
    rt::object::auto_traits::<crate::beta::EventMessageRequest>();
    rt::object::auto_traits::<crate::beta::EventMessageResponse>();
    rt::object::auto_traits::<crate::beta::Message>();
    rt::object::auto_traits::<crate::beta::Note>();
    rt::object::auto_traits::<crate::beta::OutlookTask>();
    rt::object::auto_traits::<crate::beta::Post>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyOutlookItem {
    const BASE_NAME: &'static str = "microsoft.graph.outlookItem";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                Self::CalendarSharingMessage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.contact") => {
                Self::Contact(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.event") => {
                Self::Event(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                Self::EventMessage(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                Self::EventMessageRequest(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                Self::EventMessageResponse(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.message") => {
                Self::Message(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.note") => {
                Self::Note(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.outlookTask") => {
                Self::OutlookTask(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.post") => {
                Self::Post(rt::object::new_boxed())
            }
            _ => Self::OutlookItem(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OutlookItem(v) => &**v,
            Self::CalendarSharingMessage(v) => &**v,
            Self::Contact(v) => &**v,
            Self::Event(v) => &**v,
            Self::EventMessage(v) => &**v,
            Self::EventMessageRequest(v) => &**v,
            Self::EventMessageResponse(v) => &**v,
            Self::Message(v) => &**v,
            Self::Note(v) => &**v,
            Self::OutlookTask(v) => &**v,
            Self::Post(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OutlookItem(v) => &mut **v,
            Self::CalendarSharingMessage(v) => &mut **v,
            Self::Contact(v) => &mut **v,
            Self::Event(v) => &mut **v,
            Self::EventMessage(v) => &mut **v,
            Self::EventMessageRequest(v) => &mut **v,
            Self::EventMessageResponse(v) => &mut **v,
            Self::Message(v) => &mut **v,
            Self::Note(v) => &mut **v,
            Self::OutlookTask(v) => &mut **v,
            Self::Post(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyOutlookItem {
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
            Self::OutlookItem(v) => &v.id,
            Self::CalendarSharingMessage(v) => &v.id,
            Self::Contact(v) => &v.id,
            Self::Event(v) => &v.id,
            Self::EventMessage(v) => &v.id,
            Self::EventMessageRequest(v) => &v.id,
            Self::EventMessageResponse(v) => &v.id,
            Self::Message(v) => &v.id,
            Self::Note(v) => &v.id,
            Self::OutlookTask(v) => &v.id,
            Self::Post(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &mut v.id,
            Self::CalendarSharingMessage(v) => &mut v.id,
            Self::Contact(v) => &mut v.id,
            Self::Event(v) => &mut v.id,
            Self::EventMessage(v) => &mut v.id,
            Self::EventMessageRequest(v) => &mut v.id,
            Self::EventMessageResponse(v) => &mut v.id,
            Self::Message(v) => &mut v.id,
            Self::Note(v) => &mut v.id,
            Self::OutlookTask(v) => &mut v.id,
            Self::Post(v) => &mut v.id,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OutlookItem(v) => &v.categories,
            Self::CalendarSharingMessage(v) => &v.categories,
            Self::Contact(v) => &v.categories,
            Self::Event(v) => &v.categories,
            Self::EventMessage(v) => &v.categories,
            Self::EventMessageRequest(v) => &v.categories,
            Self::EventMessageResponse(v) => &v.categories,
            Self::Message(v) => &v.categories,
            Self::Note(v) => &v.categories,
            Self::OutlookTask(v) => &v.categories,
            Self::Post(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OutlookItem(v) => &mut v.categories,
            Self::CalendarSharingMessage(v) => &mut v.categories,
            Self::Contact(v) => &mut v.categories,
            Self::Event(v) => &mut v.categories,
            Self::EventMessage(v) => &mut v.categories,
            Self::EventMessageRequest(v) => &mut v.categories,
            Self::EventMessageResponse(v) => &mut v.categories,
            Self::Message(v) => &mut v.categories,
            Self::Note(v) => &mut v.categories,
            Self::OutlookTask(v) => &mut v.categories,
            Self::Post(v) => &mut v.categories,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &v.change_key,
            Self::CalendarSharingMessage(v) => &v.change_key,
            Self::Contact(v) => &v.change_key,
            Self::Event(v) => &v.change_key,
            Self::EventMessage(v) => &v.change_key,
            Self::EventMessageRequest(v) => &v.change_key,
            Self::EventMessageResponse(v) => &v.change_key,
            Self::Message(v) => &v.change_key,
            Self::Note(v) => &v.change_key,
            Self::OutlookTask(v) => &v.change_key,
            Self::Post(v) => &v.change_key,
        }
    }
    /// `changeKey` of any variant.
    #[inline]
    pub fn change_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OutlookItem(v) => &mut v.change_key,
            Self::CalendarSharingMessage(v) => &mut v.change_key,
            Self::Contact(v) => &mut v.change_key,
            Self::Event(v) => &mut v.change_key,
            Self::EventMessage(v) => &mut v.change_key,
            Self::EventMessageRequest(v) => &mut v.change_key,
            Self::EventMessageResponse(v) => &mut v.change_key,
            Self::Message(v) => &mut v.change_key,
            Self::Note(v) => &mut v.change_key,
            Self::OutlookTask(v) => &mut v.change_key,
            Self::Post(v) => &mut v.change_key,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &v.created_date_time,
            Self::CalendarSharingMessage(v) => &v.created_date_time,
            Self::Contact(v) => &v.created_date_time,
            Self::Event(v) => &v.created_date_time,
            Self::EventMessage(v) => &v.created_date_time,
            Self::EventMessageRequest(v) => &v.created_date_time,
            Self::EventMessageResponse(v) => &v.created_date_time,
            Self::Message(v) => &v.created_date_time,
            Self::Note(v) => &v.created_date_time,
            Self::OutlookTask(v) => &v.created_date_time,
            Self::Post(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &mut v.created_date_time,
            Self::CalendarSharingMessage(v) => &mut v.created_date_time,
            Self::Contact(v) => &mut v.created_date_time,
            Self::Event(v) => &mut v.created_date_time,
            Self::EventMessage(v) => &mut v.created_date_time,
            Self::EventMessageRequest(v) => &mut v.created_date_time,
            Self::EventMessageResponse(v) => &mut v.created_date_time,
            Self::Message(v) => &mut v.created_date_time,
            Self::Note(v) => &mut v.created_date_time,
            Self::OutlookTask(v) => &mut v.created_date_time,
            Self::Post(v) => &mut v.created_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &v.last_modified_date_time,
            Self::Contact(v) => &v.last_modified_date_time,
            Self::Event(v) => &v.last_modified_date_time,
            Self::EventMessage(v) => &v.last_modified_date_time,
            Self::EventMessageRequest(v) => &v.last_modified_date_time,
            Self::EventMessageResponse(v) => &v.last_modified_date_time,
            Self::Message(v) => &v.last_modified_date_time,
            Self::Note(v) => &v.last_modified_date_time,
            Self::OutlookTask(v) => &v.last_modified_date_time,
            Self::Post(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OutlookItem(v) => &mut v.last_modified_date_time,
            Self::CalendarSharingMessage(v) => &mut v.last_modified_date_time,
            Self::Contact(v) => &mut v.last_modified_date_time,
            Self::Event(v) => &mut v.last_modified_date_time,
            Self::EventMessage(v) => &mut v.last_modified_date_time,
            Self::EventMessageRequest(v) => &mut v.last_modified_date_time,
            Self::EventMessageResponse(v) => &mut v.last_modified_date_time,
            Self::Message(v) => &mut v.last_modified_date_time,
            Self::Note(v) => &mut v.last_modified_date_time,
            Self::OutlookTask(v) => &mut v.last_modified_date_time,
            Self::Post(v) => &mut v.last_modified_date_time,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyOutlookItem);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOutlookItem);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.outlookTask`, entity type, derived from `microsoft.graph.outlookItem`, key `id`.
///
/// Request builders: [`OutlookTaskPath`](requests/trait.OutlookTaskPath.html), what a path to one (`EntityPath<OutlookTask, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookTask {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `body`: `microsoft.graph.itemBody`, nullable.
    pub body: rt::Field<crate::beta::ItemBody>,
    /// CSDL: property `completedDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub completed_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `dueDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub due_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `hasAttachments`: `Edm.Boolean`, nullable.
    pub has_attachments: rt::Field<bool>,
    /// CSDL: property `importance`: `microsoft.graph.importance`, nullable.
    pub importance: rt::Field<crate::beta::Importance>,
    /// CSDL: property `isReminderOn`: `Edm.Boolean`, nullable.
    pub is_reminder_on: rt::Field<bool>,
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// CSDL: property `parentFolderId`: `Edm.String`, nullable.
    pub parent_folder_id: rt::Field<::std::string::String>,
    /// CSDL: property `recurrence`: `microsoft.graph.patternedRecurrence`, nullable.
    pub recurrence: rt::Field<crate::beta::PatternedRecurrence>,
    /// CSDL: property `reminderDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub reminder_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `sensitivity`: `microsoft.graph.sensitivity`, nullable.
    pub sensitivity: rt::Field<crate::beta::Sensitivity>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.taskStatus`, nullable.
    pub status: rt::Field<crate::beta::TaskStatus>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `attachments`: `Collection(microsoft.graph.attachment)`, not nullable.
    pub attachments: rt::Field<::std::vec::Vec<crate::beta::AnyAttachment>>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OutlookTask {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            categories: rt::Field::Absent,
            change_key: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            body: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            has_attachments: rt::Field::Absent,
            importance: rt::Field::Absent,
            is_reminder_on: rt::Field::Absent,
            owner: rt::Field::Absent,
            parent_folder_id: rt::Field::Absent,
            recurrence: rt::Field::Absent,
            reminder_date_time: rt::Field::Absent,
            sensitivity: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            subject: rt::Field::Absent,
            attachments: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OutlookTask {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookTask";
    const KEYS: &'static [&'static str] = &[
        "id",
        "categories",
        "changeKey",
        "createdDateTime",
        "lastModifiedDateTime",
        "assignedTo",
        "body",
        "completedDateTime",
        "dueDateTime",
        "hasAttachments",
        "importance",
        "isReminderOn",
        "owner",
        "parentFolderId",
        "recurrence",
        "reminderDateTime",
        "sensitivity",
        "startDateTime",
        "status",
        "subject",
        "attachments",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"categories\":                   ",
        ",\"changeKey\":                    ",
        ",\"createdDateTime\":              ",
        ",\"lastModifiedDateTime\":         ",
        ",\"assignedTo\":                   ",
        ",\"body\":                         ",
        ",\"completedDateTime\":            ",
        ",\"dueDateTime\":                  ",
        ",\"hasAttachments\":               ",
        ",\"importance\":                   ",
        ",\"isReminderOn\":                 ",
        ",\"owner\":                        ",
        ",\"parentFolderId\":               ",
        ",\"recurrence\":                   ",
        ",\"reminderDateTime\":             ",
        ",\"sensitivity\":                  ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"subject\":                      ",
        ",\"attachments\":                  ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookTask\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "categories", &self.categories);
        v.field(2usize, "change_key", &self.change_key);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "body", &self.body);
        v.field(7usize, "completed_date_time", &self.completed_date_time);
        v.field(8usize, "due_date_time", &self.due_date_time);
        v.field(9usize, "has_attachments", &self.has_attachments);
        v.field(10usize, "importance", &self.importance);
        v.field(11usize, "is_reminder_on", &self.is_reminder_on);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "parent_folder_id", &self.parent_folder_id);
        v.field(14usize, "recurrence", &self.recurrence);
        v.field(15usize, "reminder_date_time", &self.reminder_date_time);
        v.field(16usize, "sensitivity", &self.sensitivity);
        v.field(17usize, "start_date_time", &self.start_date_time);
        v.field(18usize, "status", &self.status);
        v.field(19usize, "subject", &self.subject);
        v.field(20usize, "attachments", &self.attachments);
        v.field(
            21usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            22usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OutlookTask {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.categories.read_from(r),
            2usize => self.change_key.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.body.read_from(r),
            7usize => self.completed_date_time.read_from(r),
            8usize => self.due_date_time.read_from(r),
            9usize => self.has_attachments.read_from(r),
            10usize => self.importance.read_from(r),
            11usize => self.is_reminder_on.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.parent_folder_id.read_from(r),
            14usize => self.recurrence.read_from(r),
            15usize => self.reminder_date_time.read_from(r),
            16usize => self.sensitivity.read_from(r),
            17usize => self.start_date_time.read_from(r),
            18usize => self.status.read_from(r),
            19usize => self.subject.read_from(r),
            20usize => self.attachments.read_from(r),
            21usize => self.multi_value_extended_properties.read_from(r),
            22usize => self.single_value_extended_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.categories);
        w.field(2usize, &self.change_key);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.body);
        w.field(7usize, &self.completed_date_time);
        w.field(8usize, &self.due_date_time);
        w.field(9usize, &self.has_attachments);
        w.field(10usize, &self.importance);
        w.field(11usize, &self.is_reminder_on);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.parent_folder_id);
        w.field(14usize, &self.recurrence);
        w.field(15usize, &self.reminder_date_time);
        w.field(16usize, &self.sensitivity);
        w.field(17usize, &self.start_date_time);
        w.field(18usize, &self.status);
        w.field(19usize, &self.subject);
        w.field(20usize, &self.attachments);
        w.field(21usize, &self.multi_value_extended_properties);
        w.field(22usize, &self.single_value_extended_properties);
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
rt::impl_object!(OutlookTask);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OutlookTask { with_id id : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_change_key change_key :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_assigned_to assigned_to : ::std::string::String;
    with_body body : crate ::beta::ItemBody; with_completed_date_time completed_date_time
    : crate ::beta::DateTimeTimeZone; with_due_date_time due_date_time : crate
    ::beta::DateTimeTimeZone; with_has_attachments has_attachments : bool;
    with_importance importance : crate ::beta::Importance; with_is_reminder_on
    is_reminder_on : bool; with_owner owner : ::std::string::String;
    with_parent_folder_id parent_folder_id : ::std::string::String; with_recurrence
    recurrence : crate ::beta::PatternedRecurrence; with_reminder_date_time
    reminder_date_time : crate ::beta::DateTimeTimeZone; with_sensitivity sensitivity :
    crate ::beta::Sensitivity; with_start_date_time start_date_time : crate
    ::beta::DateTimeTimeZone; with_status status : crate ::beta::TaskStatus; with_subject
    subject : ::std::string::String; with_attachments attachments : ::std::vec::Vec <
    crate ::beta::AnyAttachment >; with_multi_value_extended_properties
    multi_value_extended_properties : ::std::vec::Vec < crate
    ::beta::MultiValueLegacyExtendedProperty >; with_single_value_extended_properties
    single_value_extended_properties : ::std::vec::Vec < crate
    ::beta::SingleValueLegacyExtendedProperty >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookTask);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.outlookTaskFolder`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OutlookTaskFolderPath`](requests/trait.OutlookTaskFolderPath.html), what a path to one (`EntityPath<OutlookTaskFolder, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookTaskFolder {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `isDefaultFolder`: `Edm.Boolean`, nullable.
    pub is_default_folder: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentGroupKey`: `Edm.Guid`, nullable.
    pub parent_group_key: rt::Field<rt::edm::Guid>,
    /// CSDL: containment navigation property `multiValueExtendedProperties`: `Collection(microsoft.graph.multiValueLegacyExtendedProperty)`, not nullable.
    pub multi_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::MultiValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `singleValueExtendedProperties`: `Collection(microsoft.graph.singleValueLegacyExtendedProperty)`, not nullable.
    pub single_value_extended_properties: rt::Field<
        ::std::vec::Vec<crate::beta::SingleValueLegacyExtendedProperty>,
    >,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.outlookTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::OutlookTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OutlookTaskFolder {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            change_key: rt::Field::Absent,
            is_default_folder: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_group_key: rt::Field::Absent,
            multi_value_extended_properties: rt::Field::Absent,
            single_value_extended_properties: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OutlookTaskFolder {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookTaskFolder";
    const KEYS: &'static [&'static str] = &[
        "id",
        "changeKey",
        "isDefaultFolder",
        "name",
        "parentGroupKey",
        "multiValueExtendedProperties",
        "singleValueExtendedProperties",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"changeKey\":                    ",
        ",\"isDefaultFolder\":              ",
        ",\"name\":                         ",
        ",\"parentGroupKey\":               ",
        ",\"multiValueExtendedProperties\": ",
        ",\"singleValueExtendedProperties\":",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookTaskFolder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "change_key", &self.change_key);
        v.field(2usize, "is_default_folder", &self.is_default_folder);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "parent_group_key", &self.parent_group_key);
        v.field(
            5usize,
            "multi_value_extended_properties",
            &self.multi_value_extended_properties,
        );
        v.field(
            6usize,
            "single_value_extended_properties",
            &self.single_value_extended_properties,
        );
        v.field(7usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OutlookTaskFolder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.change_key.read_from(r),
            2usize => self.is_default_folder.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.parent_group_key.read_from(r),
            5usize => self.multi_value_extended_properties.read_from(r),
            6usize => self.single_value_extended_properties.read_from(r),
            7usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.change_key);
        w.field(2usize, &self.is_default_folder);
        w.field(3usize, &self.name);
        w.field(4usize, &self.parent_group_key);
        w.field(5usize, &self.multi_value_extended_properties);
        w.field(6usize, &self.single_value_extended_properties);
        w.field(7usize, &self.tasks);
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
rt::impl_object!(OutlookTaskFolder);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OutlookTaskFolder { with_id id : ::std::string::String; with_change_key change_key :
    ::std::string::String; with_is_default_folder is_default_folder : bool; with_name
    name : ::std::string::String; with_parent_group_key parent_group_key : rt::edm::Guid;
    with_multi_value_extended_properties multi_value_extended_properties :
    ::std::vec::Vec < crate ::beta::MultiValueLegacyExtendedProperty >;
    with_single_value_extended_properties single_value_extended_properties :
    ::std::vec::Vec < crate ::beta::SingleValueLegacyExtendedProperty >; with_tasks tasks
    : ::std::vec::Vec < crate ::beta::OutlookTask >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookTaskFolder);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.outlookTaskGroup`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OutlookTaskGroupPath`](requests/trait.OutlookTaskGroupPath.html), what a path to one (`EntityPath<OutlookTaskGroup, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookTaskGroup {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `changeKey`: `Edm.String`, nullable.
    pub change_key: rt::Field<::std::string::String>,
    /// CSDL: property `groupKey`: `Edm.Guid`, nullable.
    pub group_key: rt::Field<rt::edm::Guid>,
    /// CSDL: property `isDefaultGroup`: `Edm.Boolean`, nullable.
    pub is_default_group: rt::Field<bool>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `taskFolders`: `Collection(microsoft.graph.outlookTaskFolder)`, not nullable.
    pub task_folders: rt::Field<::std::vec::Vec<crate::beta::OutlookTaskFolder>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OutlookTaskGroup {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            change_key: rt::Field::Absent,
            group_key: rt::Field::Absent,
            is_default_group: rt::Field::Absent,
            name: rt::Field::Absent,
            task_folders: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OutlookTaskGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookTaskGroup";
    const KEYS: &'static [&'static str] = &[
        "id",
        "changeKey",
        "groupKey",
        "isDefaultGroup",
        "name",
        "taskFolders",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"changeKey\":                    ",
        ",\"groupKey\":                     ",
        ",\"isDefaultGroup\":               ",
        ",\"name\":                         ",
        ",\"taskFolders\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookTaskGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "change_key", &self.change_key);
        v.field(2usize, "group_key", &self.group_key);
        v.field(3usize, "is_default_group", &self.is_default_group);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "task_folders", &self.task_folders);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OutlookTaskGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.change_key.read_from(r),
            2usize => self.group_key.read_from(r),
            3usize => self.is_default_group.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.task_folders.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.change_key);
        w.field(2usize, &self.group_key);
        w.field(3usize, &self.is_default_group);
        w.field(4usize, &self.name);
        w.field(5usize, &self.task_folders);
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
rt::impl_object!(OutlookTaskGroup);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OutlookTaskGroup { with_id id : ::std::string::String; with_change_key change_key :
    ::std::string::String; with_group_key group_key : rt::edm::Guid;
    with_is_default_group is_default_group : bool; with_name name :
    ::std::string::String; with_task_folders task_folders : ::std::vec::Vec < crate
    ::beta::OutlookTaskFolder >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookTaskGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.outlookUser`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OutlookUserPath`](requests/trait.OutlookUserPath.html), what a path to one (`EntityPath<OutlookUser, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutlookUser {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `masterCategories`: `Collection(microsoft.graph.outlookCategory)`, not nullable.
    pub master_categories: rt::Field<::std::vec::Vec<crate::beta::OutlookCategory>>,
    /// CSDL: containment navigation property `taskFolders`: `Collection(microsoft.graph.outlookTaskFolder)`, not nullable.
    pub task_folders: rt::Field<::std::vec::Vec<crate::beta::OutlookTaskFolder>>,
    /// CSDL: containment navigation property `taskGroups`: `Collection(microsoft.graph.outlookTaskGroup)`, not nullable.
    pub task_groups: rt::Field<::std::vec::Vec<crate::beta::OutlookTaskGroup>>,
    /// CSDL: containment navigation property `tasks`: `Collection(microsoft.graph.outlookTask)`, not nullable.
    pub tasks: rt::Field<::std::vec::Vec<crate::beta::OutlookTask>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OutlookUser {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            master_categories: rt::Field::Absent,
            task_folders: rt::Field::Absent,
            task_groups: rt::Field::Absent,
            tasks: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OutlookUser {
    const TYPE_NAME: &'static str = "microsoft.graph.outlookUser";
    const KEYS: &'static [&'static str] = &[
        "id",
        "masterCategories",
        "taskFolders",
        "taskGroups",
        "tasks",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"masterCategories\":             ",
        ",\"taskFolders\":                  ",
        ",\"taskGroups\":                   ",
        ",\"tasks\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outlookUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "master_categories", &self.master_categories);
        v.field(2usize, "task_folders", &self.task_folders);
        v.field(3usize, "task_groups", &self.task_groups);
        v.field(4usize, "tasks", &self.tasks);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OutlookUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.master_categories.read_from(r),
            2usize => self.task_folders.read_from(r),
            3usize => self.task_groups.read_from(r),
            4usize => self.tasks.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.master_categories);
        w.field(2usize, &self.task_folders);
        w.field(3usize, &self.task_groups);
        w.field(4usize, &self.tasks);
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
rt::impl_object!(OutlookUser);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OutlookUser { with_id id : ::std::string::String; with_master_categories
    master_categories : ::std::vec::Vec < crate ::beta::OutlookCategory >;
    with_task_folders task_folders : ::std::vec::Vec < crate ::beta::OutlookTaskFolder >;
    with_task_groups task_groups : ::std::vec::Vec < crate ::beta::OutlookTaskGroup >;
    with_tasks tasks : ::std::vec::Vec < crate ::beta::OutlookTask >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookUser);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.overrideOption`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OverrideOption {
    /// `notAllowed` (value 0).
    NotAllowed,
    /// `allowFalsePositiveOverride` (value 1).
    AllowFalsePositiveOverride,
    /// `allowWithJustification` (value 2).
    AllowWithJustification,
    /// `allowWithoutJustification` (value 4).
    AllowWithoutJustification,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::StrEnum for OverrideOption {
    const TYPE_NAME: &'static str = "microsoft.graph.overrideOption";
    const MEMBERS: &'static [&'static str] = &[
        "notAllowed",
        "allowFalsePositiveOverride",
        "allowWithJustification",
        "allowWithoutJustification",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notAllowed" => Self::NotAllowed,
                "allowFalsePositiveOverride" => Self::AllowFalsePositiveOverride,
                "allowWithJustification" => Self::AllowWithJustification,
                "allowWithoutJustification" => Self::AllowWithoutJustification,
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
            Self::NotAllowed => "notAllowed",
            Self::AllowFalsePositiveOverride => "allowFalsePositiveOverride",
            Self::AllowWithJustification => "allowWithJustification",
            Self::AllowWithoutJustification => "allowWithoutJustification",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_enum!(OverrideOption);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(OverrideOption);
