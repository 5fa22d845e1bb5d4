//! Types of `microsoft.graph` by the first letters of their names (`devicep_devicet`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// Hardware information of a given device.
///
/// CSDL: `microsoft.graph.deviceProtectionOverview`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct DeviceProtectionOverview {
    /// Clean device count.
    ///
    /// CSDL: property `cleanDeviceCount`: `Edm.Int32`, not nullable.
    pub clean_device_count: rt::Field<i32>,
    /// Critical failures device count.
    ///
    /// CSDL: property `criticalFailuresDeviceCount`: `Edm.Int32`, not nullable.
    pub critical_failures_device_count: rt::Field<i32>,
    /// Device with inactive threat agent count
    ///
    /// CSDL: property `inactiveThreatAgentDeviceCount`: `Edm.Int32`, not nullable.
    pub inactive_threat_agent_device_count: rt::Field<i32>,
    /// Pending full scan device count.
    ///
    /// CSDL: property `pendingFullScanDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_full_scan_device_count: rt::Field<i32>,
    /// Pending manual steps device count.
    ///
    /// CSDL: property `pendingManualStepsDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_manual_steps_device_count: rt::Field<i32>,
    /// Pending offline scan device count.
    ///
    /// CSDL: property `pendingOfflineScanDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_offline_scan_device_count: rt::Field<i32>,
    /// Pending quick scan device count. Valid values -2147483648 to 2147483647
    ///
    /// CSDL: property `pendingQuickScanDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_quick_scan_device_count: rt::Field<i32>,
    /// Pending restart device count.
    ///
    /// CSDL: property `pendingRestartDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_restart_device_count: rt::Field<i32>,
    /// Device with old signature count.
    ///
    /// CSDL: property `pendingSignatureUpdateDeviceCount`: `Edm.Int32`, not nullable.
    pub pending_signature_update_device_count: rt::Field<i32>,
    /// Total device count.
    ///
    /// CSDL: property `totalReportedDeviceCount`: `Edm.Int32`, not nullable.
    pub total_reported_device_count: rt::Field<i32>,
    /// Device with threat agent state as unknown count.
    ///
    /// CSDL: property `unknownStateThreatAgentDeviceCount`: `Edm.Int32`, not nullable.
    pub unknown_state_threat_agent_device_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for DeviceProtectionOverview {
    #[inline]
    fn default() -> Self {
        Self {
            clean_device_count: rt::Field::Absent,
            critical_failures_device_count: rt::Field::Absent,
            inactive_threat_agent_device_count: rt::Field::Absent,
            pending_full_scan_device_count: rt::Field::Absent,
            pending_manual_steps_device_count: rt::Field::Absent,
            pending_offline_scan_device_count: rt::Field::Absent,
            pending_quick_scan_device_count: rt::Field::Absent,
            pending_restart_device_count: rt::Field::Absent,
            pending_signature_update_device_count: rt::Field::Absent,
            total_reported_device_count: rt::Field::Absent,
            unknown_state_threat_agent_device_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for DeviceProtectionOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceProtectionOverview";
    const KEYS: &'static [&'static str] = &[
        "cleanDeviceCount",
        "criticalFailuresDeviceCount",
        "inactiveThreatAgentDeviceCount",
        "pendingFullScanDeviceCount",
        "pendingManualStepsDeviceCount",
        "pendingOfflineScanDeviceCount",
        "pendingQuickScanDeviceCount",
        "pendingRestartDeviceCount",
        "pendingSignatureUpdateDeviceCount",
        "totalReportedDeviceCount",
        "unknownStateThreatAgentDeviceCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cleanDeviceCount\":             ",
        ",\"criticalFailuresDeviceCount\":  ",
        ",\"inactiveThreatAgentDeviceCount\":",
        ",\"pendingFullScanDeviceCount\":   ",
        ",\"pendingManualStepsDeviceCount\":",
        ",\"pendingOfflineScanDeviceCount\":",
        ",\"pendingQuickScanDeviceCount\":  ",
        ",\"pendingRestartDeviceCount\":    ",
        ",\"pendingSignatureUpdateDeviceCount\":",
        ",\"totalReportedDeviceCount\":     ",
        ",\"unknownStateThreatAgentDeviceCount\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.deviceProtectionOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "clean_device_count", &self.clean_device_count);
        v.field(
            1usize,
            "critical_failures_device_count",
            &self.critical_failures_device_count,
        );
        v.field(
            2usize,
            "inactive_threat_agent_device_count",
            &self.inactive_threat_agent_device_count,
        );
        v.field(
            3usize,
            "pending_full_scan_device_count",
            &self.pending_full_scan_device_count,
        );
        v.field(
            4usize,
            "pending_manual_steps_device_count",
            &self.pending_manual_steps_device_count,
        );
        v.field(
            5usize,
            "pending_offline_scan_device_count",
            &self.pending_offline_scan_device_count,
        );
        v.field(
            6usize,
            "pending_quick_scan_device_count",
            &self.pending_quick_scan_device_count,
        );
        v.field(
            7usize,
            "pending_restart_device_count",
            &self.pending_restart_device_count,
        );
        v.field(
            8usize,
            "pending_signature_update_device_count",
            &self.pending_signature_update_device_count,
        );
        v.field(
            9usize,
            "total_reported_device_count",
            &self.total_reported_device_count,
        );
        v.field(
            10usize,
            "unknown_state_threat_agent_device_count",
            &self.unknown_state_threat_agent_device_count,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for DeviceProtectionOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.clean_device_count.read_from(r),
            1usize => self.critical_failures_device_count.read_from(r),
            2usize => self.inactive_threat_agent_device_count.read_from(r),
            3usize => self.pending_full_scan_device_count.read_from(r),
            4usize => self.pending_manual_steps_device_count.read_from(r),
            5usize => self.pending_offline_scan_device_count.read_from(r),
            6usize => self.pending_quick_scan_device_count.read_from(r),
            7usize => self.pending_restart_device_count.read_from(r),
            8usize => self.pending_signature_update_device_count.read_from(r),
            9usize => self.total_reported_device_count.read_from(r),
            10usize => self.unknown_state_threat_agent_device_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.clean_device_count);
        w.field(1usize, &self.critical_failures_device_count);
        w.field(2usize, &self.inactive_threat_agent_device_count);
        w.field(3usize, &self.pending_full_scan_device_count);
        w.field(4usize, &self.pending_manual_steps_device_count);
        w.field(5usize, &self.pending_offline_scan_device_count);
        w.field(6usize, &self.pending_quick_scan_device_count);
        w.field(7usize, &self.pending_restart_device_count);
        w.field(8usize, &self.pending_signature_update_device_count);
        w.field(9usize, &self.total_reported_device_count);
        w.field(10usize, &self.unknown_state_threat_agent_device_count);
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
rt::impl_object!(DeviceProtectionOverview);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    DeviceProtectionOverview { with_clean_device_count clean_device_count : i32;
    with_critical_failures_device_count critical_failures_device_count : i32;
    with_inactive_threat_agent_device_count inactive_threat_agent_device_count : i32;
    with_pending_full_scan_device_count pending_full_scan_device_count : i32;
    with_pending_manual_steps_device_count pending_manual_steps_device_count : i32;
    with_pending_offline_scan_device_count pending_offline_scan_device_count : i32;
    with_pending_quick_scan_device_count pending_quick_scan_device_count : i32;
    with_pending_restart_device_count pending_restart_device_count : i32;
    with_pending_signature_update_device_count pending_signature_update_device_count :
    i32; with_total_reported_device_count total_reported_device_count : i32;
    with_unknown_state_threat_agent_device_count unknown_state_threat_agent_device_count
    : i32; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceProtectionOverview);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.deviceTypes`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum DeviceTypes {
    /// `desktop` (value 0).
    Desktop,
    /// `windowsRT` (value 1).
    WindowsRt,
    /// `winMO6` (value 2).
    WinMo6,
    /// `nokia` (value 3).
    Nokia,
    /// `windowsPhone` (value 4).
    WindowsPhone,
    /// `mac` (value 5).
    Mac,
    /// `winCE` (value 6).
    WinCe,
    /// `winEmbedded` (value 7).
    WinEmbedded,
    /// `iPhone` (value 8).
    IPhone,
    /// `iPad` (value 9).
    IPad,
    /// `iPod` (value 10).
    IPod,
    /// `android` (value 11).
    Android,
    /// `iSocConsumer` (value 12).
    ISocConsumer,
    /// `unix` (value 13).
    Unix,
    /// `macMDM` (value 14).
    MacMdm,
    /// `holoLens` (value 15).
    HoloLens,
    /// `surfaceHub` (value 16).
    SurfaceHub,
    /// `androidForWork` (value 17).
    AndroidForWork,
    /// `androidEnterprise` (value 18).
    AndroidEnterprise,
    /// `blackberry` (value 100).
    Blackberry,
    /// `palm` (value 101).
    Palm,
    /// `unknown` (value 255).
    Unknown,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for DeviceTypes {
    const TYPE_NAME: &'static str = "microsoft.graph.deviceTypes";
    const MEMBERS: &'static [&'static str] = &[
        "desktop",
        "windowsRT",
        "winMO6",
        "nokia",
        "windowsPhone",
        "mac",
        "winCE",
        "winEmbedded",
        "iPhone",
        "iPad",
        "iPod",
        "android",
        "iSocConsumer",
        "unix",
        "macMDM",
        "holoLens",
        "surfaceHub",
        "androidForWork",
        "androidEnterprise",
        "blackberry",
        "palm",
        "unknown",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "desktop" => Self::Desktop,
                "windowsRT" => Self::WindowsRt,
                "winMO6" => Self::WinMo6,
                "nokia" => Self::Nokia,
                "windowsPhone" => Self::WindowsPhone,
                "mac" => Self::Mac,
                "winCE" => Self::WinCe,
                "winEmbedded" => Self::WinEmbedded,
                "iPhone" => Self::IPhone,
                "iPad" => Self::IPad,
                "iPod" => Self::IPod,
                "android" => Self::Android,
                "iSocConsumer" => Self::ISocConsumer,
                "unix" => Self::Unix,
                "macMDM" => Self::MacMdm,
                "holoLens" => Self::HoloLens,
                "surfaceHub" => Self::SurfaceHub,
                "androidForWork" => Self::AndroidForWork,
                "androidEnterprise" => Self::AndroidEnterprise,
                "blackberry" => Self::Blackberry,
                "palm" => Self::Palm,
                "unknown" => Self::Unknown,
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
            Self::Desktop => "desktop",
            Self::WindowsRt => "windowsRT",
            Self::WinMo6 => "winMO6",
            Self::Nokia => "nokia",
            Self::WindowsPhone => "windowsPhone",
            Self::Mac => "mac",
            Self::WinCe => "winCE",
            Self::WinEmbedded => "winEmbedded",
            Self::IPhone => "iPhone",
            Self::IPad => "iPad",
            Self::IPod => "iPod",
            Self::Android => "android",
            Self::ISocConsumer => "iSocConsumer",
            Self::Unix => "unix",
            Self::MacMdm => "macMDM",
            Self::HoloLens => "holoLens",
            Self::SurfaceHub => "surfaceHub",
            Self::AndroidForWork => "androidForWork",
            Self::AndroidEnterprise => "androidEnterprise",
            Self::Blackberry => "blackberry",
            Self::Palm => "palm",
            Self::Unknown => "unknown",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(DeviceTypes);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(DeviceTypes);
