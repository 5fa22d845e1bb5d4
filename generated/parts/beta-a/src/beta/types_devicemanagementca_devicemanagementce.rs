//! Types of `microsoft.graph` by the first letters of their names (`devicemanagementca_devicemanagementce`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Entity representing the configuration of a cached report
///
/// CSDL: `microsoft.graph.deviceManagementCachedReportConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceManagementCachedReportConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Time that the cached report expires
    ///
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Filters applied on report creation.
    ///
    /// CSDL: property `filter`: `Edm.String`, nullable.
    pub filter: rt::Field<::std::string::String>,
    /// Time that the cached report was last refreshed
    ///
    /// CSDL: property `lastRefreshDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_refresh_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Caller-managed metadata associated with the report
    ///
    /// CSDL: property `metadata`: `Edm.String`, nullable.
    pub metadata: rt::Field<::std::string::String>,
    /// Ordering of columns in the report
    ///
    /// CSDL: property `orderBy`: `Collection(Edm.String)`, nullable.
    pub order_by: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Name of the report
    ///
    /// CSDL: property `reportName`: `Edm.String`, nullable.
    pub report_name: rt::Field<::std::string::String>,
    /// Columns selected from the report
    ///
    /// CSDL: property `select`: `Collection(Edm.String)`, nullable.
    pub select: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Status of the cached report
    ///
    /// CSDL: property `status`: `microsoft.graph.deviceManagementReportStatus`, not nullable.
    pub status: rt::Field<crate::beta::DeviceManagementReportStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceManagementCachedReportConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            filter: rt::Field::Absent,
            last_refresh_date_time: rt::Field::Absent,
            metadata: rt::Field::Absent,
            order_by: rt::Field::Absent,
            report_name: rt::Field::Absent,
            select: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceManagementCachedReportConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementCachedReportConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "filter",
        "lastRefreshDateTime",
        "metadata",
        "orderBy",
        "reportName",
        "select",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"filter\":                       ",
        ",\"lastRefreshDateTime\":          ",
        ",\"metadata\":                     ",
        ",\"orderBy\":                      ",
        ",\"reportName\":                   ",
        ",\"select\":                       ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceManagementCachedReportConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "filter", &self.filter);
        v.field(3usize, "last_refresh_date_time", &self.last_refresh_date_time);
        v.field(4usize, "metadata", &self.metadata);
        v.field(5usize, "order_by", &self.order_by);
        v.field(6usize, "report_name", &self.report_name);
        v.field(7usize, "select", &self.select);
        v.field(8usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceManagementCachedReportConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.filter.read_from(r),
            3usize => self.last_refresh_date_time.read_from(r),
            4usize => self.metadata.read_from(r),
            5usize => self.order_by.read_from(r),
            6usize => self.report_name.read_from(r),
            7usize => self.select.read_from(r),
            8usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.filter);
        w.field(3usize, &self.last_refresh_date_time);
        w.field(4usize, &self.metadata);
        w.field(5usize, &self.order_by);
        w.field(6usize, &self.report_name);
        w.field(7usize, &self.select);
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
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(DeviceManagementCachedReportConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceManagementCachedReportConfiguration { with_id id : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset; with_filter
    filter : ::std::string::String; with_last_refresh_date_time last_refresh_date_time :
    rt::edm::DateTimeOffset; with_metadata metadata : ::std::string::String;
    with_order_by order_by : ::std::vec::Vec < ::std::string::String >; with_report_name
    report_name : ::std::string::String; with_select select : ::std::vec::Vec <
    ::std::string::String >; with_status status : crate
    ::beta::DeviceManagementReportStatus; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementCachedReportConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceManagementCertificationAuthority`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceManagementCertificationAuthority {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `microsoft` (value 1).
    Microsoft,
    /// `digiCert` (value 2).
    DigiCert,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceManagementCertificationAuthority {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceManagementCertificationAuthority";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "microsoft", "digiCert"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "microsoft" => Self::Microsoft,
                "digiCert" => Self::DigiCert,
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
            Self::Microsoft => "microsoft",
            Self::DigiCert => "digiCert",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceManagementCertificationAuthority);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceManagementCertificationAuthority);
