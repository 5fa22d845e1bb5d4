//! Types of `microsoft.graph` by the first letters of their names (`b`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.backupRestoreRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BackupRestoreRootPath`](requests/trait.BackupRestoreRootPath.html), what a path to one (`EntityPath<BackupRestoreRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BackupRestoreRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `serviceStatus`: `microsoft.graph.serviceStatus`, nullable.
    pub service_status: rt::Field<crate::v1::ServiceStatus>,
    /// CSDL: containment navigation property `browseSessions`: `Collection(microsoft.graph.browseSessionBase)`, not nullable.
    pub browse_sessions: rt::Field<::std::vec::Vec<crate::v1::AnyBrowseSessionBase>>,
    /// CSDL: containment navigation property `driveInclusionRules`: `Collection(microsoft.graph.driveProtectionRule)`, not nullable.
    pub drive_inclusion_rules: rt::Field<
        ::std::vec::Vec<crate::v1::DriveProtectionRule>,
    >,
    /// CSDL: containment navigation property `driveProtectionUnits`: `Collection(microsoft.graph.driveProtectionUnit)`, not nullable.
    pub drive_protection_units: rt::Field<
        ::std::vec::Vec<crate::v1::DriveProtectionUnit>,
    >,
    /// CSDL: containment navigation property `driveProtectionUnitsBulkAdditionJobs`: `Collection(microsoft.graph.driveProtectionUnitsBulkAdditionJob)`, not nullable.
    pub drive_protection_units_bulk_addition_jobs: rt::Field<
        ::std::vec::Vec<crate::v1::DriveProtectionUnitsBulkAdditionJob>,
    >,
    /// CSDL: containment navigation property `emailNotificationsSetting`: `microsoft.graph.emailNotificationsSetting`, nullable.
    pub email_notifications_setting: rt::Field<crate::v1::EmailNotificationsSetting>,
    /// CSDL: containment navigation property `exchangeProtectionPolicies`: `Collection(microsoft.graph.exchangeProtectionPolicy)`, not nullable.
    pub exchange_protection_policies: rt::Field<
        ::std::vec::Vec<crate::v1::ExchangeProtectionPolicy>,
    >,
    /// CSDL: containment navigation property `exchangeRestoreSessions`: `Collection(microsoft.graph.exchangeRestoreSession)`, not nullable.
    pub exchange_restore_sessions: rt::Field<
        ::std::vec::Vec<crate::v1::ExchangeRestoreSession>,
    >,
    /// CSDL: containment navigation property `mailboxInclusionRules`: `Collection(microsoft.graph.mailboxProtectionRule)`, not nullable.
    pub mailbox_inclusion_rules: rt::Field<
        ::std::vec::Vec<crate::v1::MailboxProtectionRule>,
    >,
    /// CSDL: containment navigation property `mailboxProtectionUnits`: `Collection(microsoft.graph.mailboxProtectionUnit)`, not nullable.
    pub mailbox_protection_units: rt::Field<
        ::std::vec::Vec<crate::v1::MailboxProtectionUnit>,
    >,
    /// CSDL: containment navigation property `mailboxProtectionUnitsBulkAdditionJobs`: `Collection(microsoft.graph.mailboxProtectionUnitsBulkAdditionJob)`, not nullable.
    pub mailbox_protection_units_bulk_addition_jobs: rt::Field<
        ::std::vec::Vec<crate::v1::MailboxProtectionUnitsBulkAdditionJob>,
    >,
    /// CSDL: containment navigation property `oneDriveForBusinessBrowseSessions`: `Collection(microsoft.graph.oneDriveForBusinessBrowseSession)`, not nullable.
    pub one_drive_for_business_browse_sessions: rt::Field<
        ::std::vec::Vec<crate::v1::OneDriveForBusinessBrowseSession>,
    >,
    /// CSDL: containment navigation property `oneDriveForBusinessProtectionPolicies`: `Collection(microsoft.graph.oneDriveForBusinessProtectionPolicy)`, not nullable.
    pub one_drive_for_business_protection_policies: rt::Field<
        ::std::vec::Vec<crate::v1::OneDriveForBusinessProtectionPolicy>,
    >,
    /// CSDL: containment navigation property `oneDriveForBusinessRestoreSessions`: `Collection(microsoft.graph.oneDriveForBusinessRestoreSession)`, not nullable.
    pub one_drive_for_business_restore_sessions: rt::Field<
        ::std::vec::Vec<crate::v1::OneDriveForBusinessRestoreSession>,
    >,
    /// CSDL: containment navigation property `protectionPolicies`: `Collection(microsoft.graph.protectionPolicyBase)`, not nullable.
    pub protection_policies: rt::Field<
        ::std::vec::Vec<crate::v1::AnyProtectionPolicyBase>,
    >,
    /// CSDL: navigation property `protectionUnits`: `Collection(microsoft.graph.protectionUnitBase)`, not nullable.
    pub protection_units: rt::Field<::std::vec::Vec<crate::v1::AnyProtectionUnitBase>>,
    /// CSDL: containment navigation property `restorePoints`: `Collection(microsoft.graph.restorePoint)`, not nullable.
    pub restore_points: rt::Field<::std::vec::Vec<crate::v1::RestorePoint>>,
    /// CSDL: containment navigation property `restoreSessions`: `Collection(microsoft.graph.restoreSessionBase)`, not nullable.
    pub restore_sessions: rt::Field<::std::vec::Vec<crate::v1::AnyRestoreSessionBase>>,
    /// CSDL: containment navigation property `serviceApps`: `Collection(microsoft.graph.serviceApp)`, not nullable.
    pub service_apps: rt::Field<::std::vec::Vec<crate::v1::ServiceApp>>,
    /// CSDL: containment navigation property `sharePointBrowseSessions`: `Collection(microsoft.graph.sharePointBrowseSession)`, not nullable.
    pub share_point_browse_sessions: rt::Field<
        ::std::vec::Vec<crate::v1::SharePointBrowseSession>,
    >,
    /// CSDL: containment navigation property `sharePointProtectionPolicies`: `Collection(microsoft.graph.sharePointProtectionPolicy)`, not nullable.
    pub share_point_protection_policies: rt::Field<
        ::std::vec::Vec<crate::v1::SharePointProtectionPolicy>,
    >,
    /// CSDL: containment navigation property `sharePointRestoreSessions`: `Collection(microsoft.graph.sharePointRestoreSession)`, not nullable.
    pub share_point_restore_sessions: rt::Field<
        ::std::vec::Vec<crate::v1::SharePointRestoreSession>,
    >,
    /// CSDL: containment navigation property `siteInclusionRules`: `Collection(microsoft.graph.siteProtectionRule)`, not nullable.
    pub site_inclusion_rules: rt::Field<::std::vec::Vec<crate::v1::SiteProtectionRule>>,
    /// CSDL: containment navigation property `siteProtectionUnits`: `Collection(microsoft.graph.siteProtectionUnit)`, not nullable.
    pub site_protection_units: rt::Field<::std::vec::Vec<crate::v1::SiteProtectionUnit>>,
    /// CSDL: containment navigation property `siteProtectionUnitsBulkAdditionJobs`: `Collection(microsoft.graph.siteProtectionUnitsBulkAdditionJob)`, not nullable.
    pub site_protection_units_bulk_addition_jobs: rt::Field<
        ::std::vec::Vec<crate::v1::SiteProtectionUnitsBulkAdditionJob>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BackupRestoreRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            service_status: rt::Field::Absent,
            browse_sessions: rt::Field::Absent,
            drive_inclusion_rules: rt::Field::Absent,
            drive_protection_units: rt::Field::Absent,
            drive_protection_units_bulk_addition_jobs: rt::Field::Absent,
            email_notifications_setting: rt::Field::Absent,
            exchange_protection_policies: rt::Field::Absent,
            exchange_restore_sessions: rt::Field::Absent,
            mailbox_inclusion_rules: rt::Field::Absent,
            mailbox_protection_units: rt::Field::Absent,
            mailbox_protection_units_bulk_addition_jobs: rt::Field::Absent,
            one_drive_for_business_browse_sessions: rt::Field::Absent,
            one_drive_for_business_protection_policies: rt::Field::Absent,
            one_drive_for_business_restore_sessions: rt::Field::Absent,
            protection_policies: rt::Field::Absent,
            protection_units: rt::Field::Absent,
            restore_points: rt::Field::Absent,
            restore_sessions: rt::Field::Absent,
            service_apps: rt::Field::Absent,
            share_point_browse_sessions: rt::Field::Absent,
            share_point_protection_policies: rt::Field::Absent,
            share_point_restore_sessions: rt::Field::Absent,
            site_inclusion_rules: rt::Field::Absent,
            site_protection_units: rt::Field::Absent,
            site_protection_units_bulk_addition_jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BackupRestoreRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.backupRestoreRoot";
    const KEYS: &'static [&'static str] = &[
        "id",
        "serviceStatus",
        "browseSessions",
        "driveInclusionRules",
        "driveProtectionUnits",
        "driveProtectionUnitsBulkAdditionJobs",
        "emailNotificationsSetting",
        "exchangeProtectionPolicies",
        "exchangeRestoreSessions",
        "mailboxInclusionRules",
        "mailboxProtectionUnits",
        "mailboxProtectionUnitsBulkAdditionJobs",
        "oneDriveForBusinessBrowseSessions",
        "oneDriveForBusinessProtectionPolicies",
        "oneDriveForBusinessRestoreSessions",
        "protectionPolicies",
        "protectionUnits",
        "restorePoints",
        "restoreSessions",
        "serviceApps",
        "sharePointBrowseSessions",
        "sharePointProtectionPolicies",
        "sharePointRestoreSessions",
        "siteInclusionRules",
        "siteProtectionUnits",
        "siteProtectionUnitsBulkAdditionJobs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"serviceStatus\":                ",
        ",\"browseSessions\":               ",
        ",\"driveInclusionRules\":          ",
        ",\"driveProtectionUnits\":         ",
        ",\"driveProtectionUnitsBulkAdditionJobs\":",
        ",\"emailNotificationsSetting\":    ",
        ",\"exchangeProtectionPolicies\":   ",
        ",\"exchangeRestoreSessions\":      ",
        ",\"mailboxInclusionRules\":        ",
        ",\"mailboxProtectionUnits\":       ",
        ",\"mailboxProtectionUnitsBulkAdditionJobs\":",
        ",\"oneDriveForBusinessBrowseSessions\":",
        ",\"oneDriveForBusinessProtectionPolicies\":",
        ",\"oneDriveForBusinessRestoreSessions\":",
        ",\"protectionPolicies\":           ",
        ",\"protectionUnits\":              ",
        ",\"restorePoints\":                ",
        ",\"restoreSessions\":              ",
        ",\"serviceApps\":                  ",
        ",\"sharePointBrowseSessions\":     ",
        ",\"sharePointProtectionPolicies\": ",
        ",\"sharePointRestoreSessions\":    ",
        ",\"siteInclusionRules\":           ",
        ",\"siteProtectionUnits\":          ",
        ",\"siteProtectionUnitsBulkAdditionJobs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.backupRestoreRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "service_status", &self.service_status);
        v.field(2usize, "browse_sessions", &self.browse_sessions);
        v.field(3usize, "drive_inclusion_rules", &self.drive_inclusion_rules);
        v.field(4usize, "drive_protection_units", &self.drive_protection_units);
        v.field(
            5usize,
            "drive_protection_units_bulk_addition_jobs",
            &self.drive_protection_units_bulk_addition_jobs,
        );
        v.field(
            6usize,
            "email_notifications_setting",
            &self.email_notifications_setting,
        );
        v.field(
            7usize,
            "exchange_protection_policies",
            &self.exchange_protection_policies,
        );
        v.field(8usize, "exchange_restore_sessions", &self.exchange_restore_sessions);
        v.field(9usize, "mailbox_inclusion_rules", &self.mailbox_inclusion_rules);
        v.field(10usize, "mailbox_protection_units", &self.mailbox_protection_units);
        v.field(
            11usize,
            "mailbox_protection_units_bulk_addition_jobs",
            &self.mailbox_protection_units_bulk_addition_jobs,
        );
        v.field(
            12usize,
            "one_drive_for_business_browse_sessions",
            &self.one_drive_for_business_browse_sessions,
        );
        v.field(
            13usize,
            "one_drive_for_business_protection_policies",
            &self.one_drive_for_business_protection_policies,
        );
        v.field(
            14usize,
            "one_drive_for_business_restore_sessions",
            &self.one_drive_for_business_restore_sessions,
        );
        v.field(15usize, "protection_policies", &self.protection_policies);
        v.field(16usize, "protection_units", &self.protection_units);
        v.field(17usize, "restore_points", &self.restore_points);
        v.field(18usize, "restore_sessions", &self.restore_sessions);
        v.field(19usize, "service_apps", &self.service_apps);
        v.field(
            20usize,
            "share_point_browse_sessions",
            &self.share_point_browse_sessions,
        );
        v.field(
            21usize,
            "share_point_protection_policies",
            &self.share_point_protection_policies,
        );
        v.field(
            22usize,
            "share_point_restore_sessions",
            &self.share_point_restore_sessions,
        );
        v.field(23usize, "site_inclusion_rules", &self.site_inclusion_rules);
        v.field(24usize, "site_protection_units", &self.site_protection_units);
        v.field(
            25usize,
            "site_protection_units_bulk_addition_jobs",
            &self.site_protection_units_bulk_addition_jobs,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BackupRestoreRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.service_status.read_from(r),
            2usize => self.browse_sessions.read_from(r),
            3usize => self.drive_inclusion_rules.read_from(r),
            4usize => self.drive_protection_units.read_from(r),
            5usize => self.drive_protection_units_bulk_addition_jobs.read_from(r),
            6usize => self.email_notifications_setting.read_from(r),
            7usize => self.exchange_protection_policies.read_from(r),
            8usize => self.exchange_restore_sessions.read_from(r),
            9usize => self.mailbox_inclusion_rules.read_from(r),
            10usize => self.mailbox_protection_units.read_from(r),
            11usize => self.mailbox_protection_units_bulk_addition_jobs.read_from(r),
            12usize => self.one_drive_for_business_browse_sessions.read_from(r),
            13usize => self.one_drive_for_business_protection_policies.read_from(r),
            14usize => self.one_drive_for_business_restore_sessions.read_from(r),
            15usize => self.protection_policies.read_from(r),
            16usize => self.protection_units.read_from(r),
            17usize => self.restore_points.read_from(r),
            18usize => self.restore_sessions.read_from(r),
            19usize => self.service_apps.read_from(r),
            20usize => self.share_point_browse_sessions.read_from(r),
            21usize => self.share_point_protection_policies.read_from(r),
            22usize => self.share_point_restore_sessions.read_from(r),
            23usize => self.site_inclusion_rules.read_from(r),
            24usize => self.site_protection_units.read_from(r),
            25usize => self.site_protection_units_bulk_addition_jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.service_status);
        w.field(2usize, &self.browse_sessions);
        w.field(3usize, &self.drive_inclusion_rules);
        w.field(4usize, &self.drive_protection_units);
        w.field(5usize, &self.drive_protection_units_bulk_addition_jobs);
        w.field(6usize, &self.email_notifications_setting);
        w.field(7usize, &self.exchange_protection_policies);
        w.field(8usize, &self.exchange_restore_sessions);
        w.field(9usize, &self.mailbox_inclusion_rules);
        w.field(10usize, &self.mailbox_protection_units);
        w.field(11usize, &self.mailbox_protection_units_bulk_addition_jobs);
        w.field(12usize, &self.one_drive_for_business_browse_sessions);
        w.field(13usize, &self.one_drive_for_business_protection_policies);
        w.field(14usize, &self.one_drive_for_business_restore_sessions);
        w.field(15usize, &self.protection_policies);
        w.field(16usize, &self.protection_units);
        w.field(17usize, &self.restore_points);
        w.field(18usize, &self.restore_sessions);
        w.field(19usize, &self.service_apps);
        w.field(20usize, &self.share_point_browse_sessions);
        w.field(21usize, &self.share_point_protection_policies);
        w.field(22usize, &self.share_point_restore_sessions);
        w.field(23usize, &self.site_inclusion_rules);
        w.field(24usize, &self.site_protection_units);
        w.field(25usize, &self.site_protection_units_bulk_addition_jobs);
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
rt::impl_object!(BackupRestoreRoot);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BackupRestoreRoot { with_id id : ::std::string::String; with_service_status
    service_status : crate ::v1::ServiceStatus; with_browse_sessions browse_sessions :
    ::std::vec::Vec < crate ::v1::AnyBrowseSessionBase >; with_drive_inclusion_rules
    drive_inclusion_rules : ::std::vec::Vec < crate ::v1::DriveProtectionRule >;
    with_drive_protection_units drive_protection_units : ::std::vec::Vec < crate
    ::v1::DriveProtectionUnit >; with_drive_protection_units_bulk_addition_jobs
    drive_protection_units_bulk_addition_jobs : ::std::vec::Vec < crate
    ::v1::DriveProtectionUnitsBulkAdditionJob >; with_email_notifications_setting
    email_notifications_setting : crate ::v1::EmailNotificationsSetting;
    with_exchange_protection_policies exchange_protection_policies : ::std::vec::Vec <
    crate ::v1::ExchangeProtectionPolicy >; with_exchange_restore_sessions
    exchange_restore_sessions : ::std::vec::Vec < crate ::v1::ExchangeRestoreSession >;
    with_mailbox_inclusion_rules mailbox_inclusion_rules : ::std::vec::Vec < crate
    ::v1::MailboxProtectionRule >; with_mailbox_protection_units mailbox_protection_units
    : ::std::vec::Vec < crate ::v1::MailboxProtectionUnit >;
    with_mailbox_protection_units_bulk_addition_jobs
    mailbox_protection_units_bulk_addition_jobs : ::std::vec::Vec < crate
    ::v1::MailboxProtectionUnitsBulkAdditionJob >;
    with_one_drive_for_business_browse_sessions one_drive_for_business_browse_sessions :
    ::std::vec::Vec < crate ::v1::OneDriveForBusinessBrowseSession >;
    with_one_drive_for_business_protection_policies
    one_drive_for_business_protection_policies : ::std::vec::Vec < crate
    ::v1::OneDriveForBusinessProtectionPolicy >;
    with_one_drive_for_business_restore_sessions one_drive_for_business_restore_sessions
    : ::std::vec::Vec < crate ::v1::OneDriveForBusinessRestoreSession >;
    with_protection_policies protection_policies : ::std::vec::Vec < crate
    ::v1::AnyProtectionPolicyBase >; with_protection_units protection_units :
    ::std::vec::Vec < crate ::v1::AnyProtectionUnitBase >; with_restore_points
    restore_points : ::std::vec::Vec < crate ::v1::RestorePoint >; with_restore_sessions
    restore_sessions : ::std::vec::Vec < crate ::v1::AnyRestoreSessionBase >;
    with_service_apps service_apps : ::std::vec::Vec < crate ::v1::ServiceApp >;
    with_share_point_browse_sessions share_point_browse_sessions : ::std::vec::Vec <
    crate ::v1::SharePointBrowseSession >; with_share_point_protection_policies
    share_point_protection_policies : ::std::vec::Vec < crate
    ::v1::SharePointProtectionPolicy >; with_share_point_restore_sessions
    share_point_restore_sessions : ::std::vec::Vec < crate ::v1::SharePointRestoreSession
    >; with_site_inclusion_rules site_inclusion_rules : ::std::vec::Vec < crate
    ::v1::SiteProtectionRule >; with_site_protection_units site_protection_units :
    ::std::vec::Vec < crate ::v1::SiteProtectionUnit >;
    with_site_protection_units_bulk_addition_jobs
    site_protection_units_bulk_addition_jobs : ::std::vec::Vec < crate
    ::v1::SiteProtectionUnitsBulkAdditionJob >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BackupRestoreRoot);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.backupServiceConsumer`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BackupServiceConsumer {
    /// `unknown` (value 0).
    Unknown,
    /// `firstparty` (value 1).
    Firstparty,
    /// `thirdparty` (value 2).
    Thirdparty,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BackupServiceConsumer {
    const TYPE_NAME: &'static str = "microsoft.graph.backupServiceConsumer";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "firstparty",
        "thirdparty",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "firstparty" => Self::Firstparty,
                "thirdparty" => Self::Thirdparty,
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
            Self::Firstparty => "firstparty",
            Self::Thirdparty => "thirdparty",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BackupServiceConsumer);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BackupServiceConsumer);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.backupServiceStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BackupServiceStatus {
    /// `disabled` (value 0).
    Disabled,
    /// `enabled` (value 1).
    Enabled,
    /// `protectionChangeLocked` (value 2).
    ProtectionChangeLocked,
    /// `restoreLocked` (value 3).
    RestoreLocked,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BackupServiceStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.backupServiceStatus";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "enabled",
        "protectionChangeLocked",
        "restoreLocked",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "enabled" => Self::Enabled,
                "protectionChangeLocked" => Self::ProtectionChangeLocked,
                "restoreLocked" => Self::RestoreLocked,
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
            Self::Disabled => "disabled",
            Self::Enabled => "enabled",
            Self::ProtectionChangeLocked => "protectionChangeLocked",
            Self::RestoreLocked => "restoreLocked",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BackupServiceStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BackupServiceStatus);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.baseItemVersion`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`BaseItemVersionPath`](requests/trait.BaseItemVersionPath.html), what a path to one (`EntityPath<AnyBaseItemVersion, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BaseItemVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::v1::PublicationFacet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for BaseItemVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publication: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for BaseItemVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.baseItemVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publication",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publication\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.baseItemVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "publication", &self.publication);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for BaseItemVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.publication.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.publication);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(BaseItemVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    BaseItemVersion { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publication publication :
    crate ::v1::PublicationFacet; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(BaseItemVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// `microsoft.graph.baseItemVersion` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBaseItemVersion {
    BaseItemVersion(::std::boxed::Box<crate::v1::BaseItemVersion>),
    DocumentSetVersion(::std::boxed::Box<crate::v1::DocumentSetVersion>),
    #[cfg(msgraph_v1_drives_or_search)]
    DriveItemVersion(::std::boxed::Box<crate::v1::DriveItemVersion>),
    ListItemVersion(::std::boxed::Box<crate::v1::ListItemVersion>),
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for AnyBaseItemVersion {
    #[inline]
    fn default() -> Self {
        Self::BaseItemVersion(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseItemVersion> for AnyBaseItemVersion {
    #[inline]
    fn from(v: crate::v1::BaseItemVersion) -> Self {
        Self::BaseItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DocumentSetVersion> for AnyBaseItemVersion {
    #[inline]
    fn from(v: crate::v1::DocumentSetVersion) -> Self {
        Self::DocumentSetVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveItemVersion> for AnyBaseItemVersion {
    #[inline]
    fn from(v: crate::v1::DriveItemVersion) -> Self {
        Self::DriveItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ListItemVersion> for AnyBaseItemVersion {
    #[inline]
    fn from(v: crate::v1::ListItemVersion) -> Self {
        Self::ListItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
unsafe impl ::std::marker::Send for AnyBaseItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
unsafe impl ::std::marker::Sync for AnyBaseItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::marker::Unpin for AnyBaseItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::panic::UnwindSafe for AnyBaseItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyBaseItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BaseItemVersion>();
    rt::object::auto_traits::<crate::v1::DocumentSetVersion>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::DriveItemVersion>();
    rt::object::auto_traits::<crate::v1::ListItemVersion>();
};
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Poly for AnyBaseItemVersion {
    const BASE_NAME: &'static str = "microsoft.graph.baseItemVersion";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.documentSetVersion") => {
                Self::DocumentSetVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.driveItemVersion") => {
                Self::DriveItemVersion(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.listItemVersion") => {
                Self::ListItemVersion(rt::object::new_boxed())
            }
            _ => Self::BaseItemVersion(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BaseItemVersion(v) => &**v,
            Self::DocumentSetVersion(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &**v,
            Self::ListItemVersion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BaseItemVersion(v) => &mut **v,
            Self::DocumentSetVersion(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut **v,
            Self::ListItemVersion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl AnyBaseItemVersion {
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
            Self::BaseItemVersion(v) => &v.id,
            Self::DocumentSetVersion(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &v.id,
            Self::ListItemVersion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BaseItemVersion(v) => &mut v.id,
            Self::DocumentSetVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut v.id,
            Self::ListItemVersion(v) => &mut v.id,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseItemVersion(v) => &v.last_modified_by,
            Self::DocumentSetVersion(v) => &v.last_modified_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &v.last_modified_by,
            Self::ListItemVersion(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::BaseItemVersion(v) => &mut v.last_modified_by,
            Self::DocumentSetVersion(v) => &mut v.last_modified_by,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut v.last_modified_by,
            Self::ListItemVersion(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItemVersion(v) => &v.last_modified_date_time,
            Self::DocumentSetVersion(v) => &v.last_modified_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &v.last_modified_date_time,
            Self::ListItemVersion(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BaseItemVersion(v) => &mut v.last_modified_date_time,
            Self::DocumentSetVersion(v) => &mut v.last_modified_date_time,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut v.last_modified_date_time,
            Self::ListItemVersion(v) => &mut v.last_modified_date_time,
        }
    }
    /// `publication` of any variant.
    #[inline]
    pub fn publication(&self) -> &rt::Field<crate::v1::PublicationFacet> {
        match self {
            Self::BaseItemVersion(v) => &v.publication,
            Self::DocumentSetVersion(v) => &v.publication,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &v.publication,
            Self::ListItemVersion(v) => &v.publication,
        }
    }
    /// `publication` of any variant.
    #[inline]
    pub fn publication_mut(&mut self) -> &mut rt::Field<crate::v1::PublicationFacet> {
        match self {
            Self::BaseItemVersion(v) => &mut v.publication,
            Self::DocumentSetVersion(v) => &mut v.publication,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut v.publication,
            Self::ListItemVersion(v) => &mut v.publication,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_poly!(AnyBaseItemVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBaseItemVersion);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.binaryContent`, complex type, derived from `microsoft.graph.contentBase`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BinaryContent {
    /// CSDL: property `data`: `Edm.Binary`, not nullable.
    pub data: rt::Field<rt::edm::Binary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for BinaryContent {
    #[inline]
    fn default() -> Self {
        Self {
            data: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for BinaryContent {
    const TYPE_NAME: &'static str = "microsoft.graph.binaryContent";
    const KEYS: &'static [&'static str] = &["data"];
    const KEYS_JSON: &'static [&'static str] = &[",\"data\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.binaryContent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "data", &self.data);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for BinaryContent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.data.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.data);
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
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(BinaryContent);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(BinaryContent { with_data data : rt::edm::Binary; });
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(BinaryContent);
#[cfg(msgraph_v1_search_or_solutions)]
/// Represents a booked appointment of a service by a customer in a business.
///
/// CSDL: `microsoft.graph.bookingAppointment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BookingAppointmentPath`](requests/trait.BookingAppointmentPath.html), what a path to one (`EntityPath<BookingAppointment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingAppointment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `additionalInformation`: `Edm.String`, nullable.
    pub additional_information: rt::Field<::std::string::String>,
    /// CSDL: property `anonymousJoinWebUrl`: `Edm.String`, nullable.
    pub anonymous_join_web_url: rt::Field<::std::string::String>,
    /// Custom label that can be stamped on this appointment by users.
    ///
    /// CSDL: property `appointmentLabel`: `Edm.String`, nullable.
    pub appointment_label: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customerEmailAddress`: `Edm.String`, nullable.
    pub customer_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `customerName`: `Edm.String`, nullable.
    pub customer_name: rt::Field<::std::string::String>,
    /// Notes from the customer associated with this appointment.
    ///
    /// The value of this property is only available when reading an individual booking appointment by id. Its value can only be set when creating a new appointment with a new customer, ie, without specifying a CustomerId. After that, the property is computed from the customer represented by CustomerId.
    ///
    /// CSDL: property `customerNotes`: `Edm.String`, nullable.
    pub customer_notes: rt::Field<::std::string::String>,
    /// CSDL: property `customerPhone`: `Edm.String`, nullable.
    pub customer_phone: rt::Field<::std::string::String>,
    /// CSDL: property `customers`: `Collection(microsoft.graph.bookingCustomerInformationBase)`, not nullable.
    pub customers: rt::Field<
        ::std::vec::Vec<crate::v1::AnyBookingCustomerInformationBase>,
    >,
    /// CSDL: property `customerTimeZone`: `Edm.String`, nullable.
    pub customer_time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `filledAttendeesCount`: `Edm.Int32`, not nullable.
    pub filled_attendees_count: rt::Field<i32>,
    /// CSDL: property `isCustomerAllowedToManageBooking`: `Edm.Boolean`, nullable.
    pub is_customer_allowed_to_manage_booking: rt::Field<bool>,
    /// CSDL: property `isLocationOnline`: `Edm.Boolean`, not nullable.
    pub is_location_online: rt::Field<bool>,
    /// CSDL: property `joinWebUrl`: `Edm.String`, nullable.
    pub join_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `maximumAttendeesCount`: `Edm.Int32`, not nullable.
    pub maximum_attendees_count: rt::Field<i32>,
    /// CSDL: property `optOutOfCustomerEmail`: `Edm.Boolean`, not nullable.
    pub opt_out_of_customer_email: rt::Field<bool>,
    /// CSDL: property `postBuffer`: `Edm.Duration`, not nullable.
    pub post_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `preBuffer`: `Edm.Duration`, not nullable.
    pub pre_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `price`: `Edm.Double`, not nullable.
    pub price: rt::Field<f64>,
    /// CSDL: property `priceType`: `microsoft.graph.bookingPriceType`, not nullable.
    pub price_type: rt::Field<crate::v1::BookingPriceType>,
    /// The value of this property is only available when reading an individual booking appointment by id.
    ///
    /// CSDL: property `reminders`: `Collection(microsoft.graph.bookingReminder)`, nullable.
    pub reminders: rt::Field<::std::vec::Vec<crate::v1::BookingReminder>>,
    /// CSDL: property `selfServiceAppointmentId`: `Edm.String`, nullable.
    pub self_service_appointment_id: rt::Field<::std::string::String>,
    /// The id of the booking service associated with this appointment.
    ///
    /// CSDL: property `serviceId`: `Edm.String`, nullable.
    pub service_id: rt::Field<::std::string::String>,
    /// CSDL: property `serviceLocation`: `microsoft.graph.location`, nullable.
    pub service_location: rt::Field<crate::v1::AnyLocation>,
    /// The name of the booking service associated with this appointment.
    ///
    /// This property is optional when creating a new appointment. If not specified, it is computed from the service associated with the appointment by the service id.
    ///
    /// CSDL: property `serviceName`: `Edm.String`, not nullable.
    pub service_name: rt::Field<::std::string::String>,
    /// The value of this property is only available when reading an individual booking appointment by id.
    ///
    /// CSDL: property `serviceNotes`: `Edm.String`, nullable.
    pub service_notes: rt::Field<::std::string::String>,
    /// CSDL: property `smsNotificationsEnabled`: `Edm.Boolean`, not nullable.
    pub sms_notifications_enabled: rt::Field<bool>,
    /// CSDL: property `staffMemberIds`: `Collection(Edm.String)`, nullable.
    pub staff_member_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, not nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingAppointment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            anonymous_join_web_url: rt::Field::Absent,
            appointment_label: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            customer_email_address: rt::Field::Absent,
            customer_name: rt::Field::Absent,
            customer_notes: rt::Field::Absent,
            customer_phone: rt::Field::Absent,
            customers: rt::Field::Absent,
            customer_time_zone: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            filled_attendees_count: rt::Field::Absent,
            is_customer_allowed_to_manage_booking: rt::Field::Absent,
            is_location_online: rt::Field::Absent,
            join_web_url: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            maximum_attendees_count: rt::Field::Absent,
            opt_out_of_customer_email: rt::Field::Absent,
            post_buffer: rt::Field::Absent,
            pre_buffer: rt::Field::Absent,
            price: rt::Field::Absent,
            price_type: rt::Field::Absent,
            reminders: rt::Field::Absent,
            self_service_appointment_id: rt::Field::Absent,
            service_id: rt::Field::Absent,
            service_location: rt::Field::Absent,
            service_name: rt::Field::Absent,
            service_notes: rt::Field::Absent,
            sms_notifications_enabled: rt::Field::Absent,
            staff_member_ids: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingAppointment {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingAppointment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "anonymousJoinWebUrl",
        "appointmentLabel",
        "createdDateTime",
        "customerEmailAddress",
        "customerName",
        "customerNotes",
        "customerPhone",
        "customers",
        "customerTimeZone",
        "duration",
        "endDateTime",
        "filledAttendeesCount",
        "isCustomerAllowedToManageBooking",
        "isLocationOnline",
        "joinWebUrl",
        "lastUpdatedDateTime",
        "maximumAttendeesCount",
        "optOutOfCustomerEmail",
        "postBuffer",
        "preBuffer",
        "price",
        "priceType",
        "reminders",
        "selfServiceAppointmentId",
        "serviceId",
        "serviceLocation",
        "serviceName",
        "serviceNotes",
        "smsNotificationsEnabled",
        "staffMemberIds",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"anonymousJoinWebUrl\":          ",
        ",\"appointmentLabel\":             ",
        ",\"createdDateTime\":              ",
        ",\"customerEmailAddress\":         ",
        ",\"customerName\":                 ",
        ",\"customerNotes\":                ",
        ",\"customerPhone\":                ",
        ",\"customers\":                    ",
        ",\"customerTimeZone\":             ",
        ",\"duration\":                     ",
        ",\"endDateTime\":                  ",
        ",\"filledAttendeesCount\":         ",
        ",\"isCustomerAllowedToManageBooking\":",
        ",\"isLocationOnline\":             ",
        ",\"joinWebUrl\":                   ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"maximumAttendeesCount\":        ",
        ",\"optOutOfCustomerEmail\":        ",
        ",\"postBuffer\":                   ",
        ",\"preBuffer\":                    ",
        ",\"price\":                        ",
        ",\"priceType\":                    ",
        ",\"reminders\":                    ",
        ",\"selfServiceAppointmentId\":     ",
        ",\"serviceId\":                    ",
        ",\"serviceLocation\":              ",
        ",\"serviceName\":                  ",
        ",\"serviceNotes\":                 ",
        ",\"smsNotificationsEnabled\":      ",
        ",\"staffMemberIds\":               ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingAppointment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "anonymous_join_web_url", &self.anonymous_join_web_url);
        v.field(3usize, "appointment_label", &self.appointment_label);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "customer_email_address", &self.customer_email_address);
        v.field(6usize, "customer_name", &self.customer_name);
        v.field(7usize, "customer_notes", &self.customer_notes);
        v.field(8usize, "customer_phone", &self.customer_phone);
        v.field(9usize, "customers", &self.customers);
        v.field(10usize, "customer_time_zone", &self.customer_time_zone);
        v.field(11usize, "duration", &self.duration);
        v.field(12usize, "end_date_time", &self.end_date_time);
        v.field(13usize, "filled_attendees_count", &self.filled_attendees_count);
        v.field(
            14usize,
            "is_customer_allowed_to_manage_booking",
            &self.is_customer_allowed_to_manage_booking,
        );
        v.field(15usize, "is_location_online", &self.is_location_online);
        v.field(16usize, "join_web_url", &self.join_web_url);
        v.field(17usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(18usize, "maximum_attendees_count", &self.maximum_attendees_count);
        v.field(19usize, "opt_out_of_customer_email", &self.opt_out_of_customer_email);
        v.field(20usize, "post_buffer", &self.post_buffer);
        v.field(21usize, "pre_buffer", &self.pre_buffer);
        v.field(22usize, "price", &self.price);
        v.field(23usize, "price_type", &self.price_type);
        v.field(24usize, "reminders", &self.reminders);
        v.field(
            25usize,
            "self_service_appointment_id",
            &self.self_service_appointment_id,
        );
        v.field(26usize, "service_id", &self.service_id);
        v.field(27usize, "service_location", &self.service_location);
        v.field(28usize, "service_name", &self.service_name);
        v.field(29usize, "service_notes", &self.service_notes);
        v.field(30usize, "sms_notifications_enabled", &self.sms_notifications_enabled);
        v.field(31usize, "staff_member_ids", &self.staff_member_ids);
        v.field(32usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingAppointment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.anonymous_join_web_url.read_from(r),
            3usize => self.appointment_label.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.customer_email_address.read_from(r),
            6usize => self.customer_name.read_from(r),
            7usize => self.customer_notes.read_from(r),
            8usize => self.customer_phone.read_from(r),
            9usize => self.customers.read_from(r),
            10usize => self.customer_time_zone.read_from(r),
            11usize => self.duration.read_from(r),
            12usize => self.end_date_time.read_from(r),
            13usize => self.filled_attendees_count.read_from(r),
            14usize => self.is_customer_allowed_to_manage_booking.read_from(r),
            15usize => self.is_location_online.read_from(r),
            16usize => self.join_web_url.read_from(r),
            17usize => self.last_updated_date_time.read_from(r),
            18usize => self.maximum_attendees_count.read_from(r),
            19usize => self.opt_out_of_customer_email.read_from(r),
            20usize => self.post_buffer.read_from(r),
            21usize => self.pre_buffer.read_from(r),
            22usize => self.price.read_from(r),
            23usize => self.price_type.read_from(r),
            24usize => self.reminders.read_from(r),
            25usize => self.self_service_appointment_id.read_from(r),
            26usize => self.service_id.read_from(r),
            27usize => self.service_location.read_from(r),
            28usize => self.service_name.read_from(r),
            29usize => self.service_notes.read_from(r),
            30usize => self.sms_notifications_enabled.read_from(r),
            31usize => self.staff_member_ids.read_from(r),
            32usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.anonymous_join_web_url);
        w.field(3usize, &self.appointment_label);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.customer_email_address);
        w.field(6usize, &self.customer_name);
        w.field(7usize, &self.customer_notes);
        w.field(8usize, &self.customer_phone);
        w.field(9usize, &self.customers);
        w.field(10usize, &self.customer_time_zone);
        w.field(11usize, &self.duration);
        w.field(12usize, &self.end_date_time);
        w.field(13usize, &self.filled_attendees_count);
        w.field(14usize, &self.is_customer_allowed_to_manage_booking);
        w.field(15usize, &self.is_location_online);
        w.field(16usize, &self.join_web_url);
        w.field(17usize, &self.last_updated_date_time);
        w.field(18usize, &self.maximum_attendees_count);
        w.field(19usize, &self.opt_out_of_customer_email);
        w.field(20usize, &self.post_buffer);
        w.field(21usize, &self.pre_buffer);
        w.field(22usize, &self.price);
        w.field(23usize, &self.price_type);
        w.field(24usize, &self.reminders);
        w.field(25usize, &self.self_service_appointment_id);
        w.field(26usize, &self.service_id);
        w.field(27usize, &self.service_location);
        w.field(28usize, &self.service_name);
        w.field(29usize, &self.service_notes);
        w.field(30usize, &self.sms_notifications_enabled);
        w.field(31usize, &self.staff_member_ids);
        w.field(32usize, &self.start_date_time);
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
rt::impl_object!(BookingAppointment);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingAppointment { with_id id : ::std::string::String; with_additional_information
    additional_information : ::std::string::String; with_anonymous_join_web_url
    anonymous_join_web_url : ::std::string::String; with_appointment_label
    appointment_label : ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_customer_email_address customer_email_address :
    ::std::string::String; with_customer_name customer_name : ::std::string::String;
    with_customer_notes customer_notes : ::std::string::String; with_customer_phone
    customer_phone : ::std::string::String; with_customers customers : ::std::vec::Vec <
    crate ::v1::AnyBookingCustomerInformationBase >; with_customer_time_zone
    customer_time_zone : ::std::string::String; with_duration duration :
    rt::edm::Duration; with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_filled_attendees_count filled_attendees_count : i32;
    with_is_customer_allowed_to_manage_booking is_customer_allowed_to_manage_booking :
    bool; with_is_location_online is_location_online : bool; with_join_web_url
    join_web_url : ::std::string::String; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_maximum_attendees_count
    maximum_attendees_count : i32; with_opt_out_of_customer_email
    opt_out_of_customer_email : bool; with_post_buffer post_buffer : rt::edm::Duration;
    with_pre_buffer pre_buffer : rt::edm::Duration; with_price price : f64;
    with_price_type price_type : crate ::v1::BookingPriceType; with_reminders reminders :
    ::std::vec::Vec < crate ::v1::BookingReminder >; with_self_service_appointment_id
    self_service_appointment_id : ::std::string::String; with_service_id service_id :
    ::std::string::String; with_service_location service_location : crate
    ::v1::AnyLocation; with_service_name service_name : ::std::string::String;
    with_service_notes service_notes : ::std::string::String;
    with_sms_notifications_enabled sms_notifications_enabled : bool;
    with_staff_member_ids staff_member_ids : ::std::vec::Vec < ::std::string::String >;
    with_start_date_time start_date_time : crate ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingAppointment);
#[cfg(msgraph_v1_search_or_solutions)]
/// Represents a Microsoft Bookings Business.
///
/// The bookingBusiness is the top level object which contains business information and related business objects such as appointments, customers, services and staff members.
///
/// CSDL: `microsoft.graph.bookingBusiness`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BookingBusinessPath`](requests/trait.BookingBusinessPath.html), what a path to one (`EntityPath<BookingBusiness, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingBusiness {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `bookingPageSettings`: `microsoft.graph.bookingPageSettings`, nullable.
    pub booking_page_settings: rt::Field<crate::v1::BookingPageSettings>,
    /// CSDL: property `businessHours`: `Collection(microsoft.graph.bookingWorkHours)`, nullable.
    pub business_hours: rt::Field<::std::vec::Vec<crate::v1::BookingWorkHours>>,
    /// CSDL: property `businessType`: `Edm.String`, nullable.
    pub business_type: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `defaultCurrencyIso`: `Edm.String`, nullable.
    pub default_currency_iso: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `isPublished`: `Edm.Boolean`, nullable.
    pub is_published: rt::Field<bool>,
    /// CSDL: property `languageTag`: `Edm.String`, nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `publicUrl`: `Edm.String`, nullable.
    pub public_url: rt::Field<::std::string::String>,
    /// CSDL: property `schedulingPolicy`: `microsoft.graph.bookingSchedulingPolicy`, nullable.
    pub scheduling_policy: rt::Field<crate::v1::BookingSchedulingPolicy>,
    /// The URL of the business web site.
    ///
    /// Example: https://www.contoso.com
    ///
    /// CSDL: property `webSiteUrl`: `Edm.String`, nullable.
    pub web_site_url: rt::Field<::std::string::String>,
    /// All appointments in this business.
    ///
    /// CSDL: containment navigation property `appointments`: `Collection(microsoft.graph.bookingAppointment)`, not nullable.
    pub appointments: rt::Field<::std::vec::Vec<crate::v1::BookingAppointment>>,
    /// A calendar view of appointments in this business.
    ///
    /// CSDL: containment navigation property `calendarView`: `Collection(microsoft.graph.bookingAppointment)`, not nullable.
    pub calendar_view: rt::Field<::std::vec::Vec<crate::v1::BookingAppointment>>,
    /// All customers of this business.
    ///
    /// CSDL: containment navigation property `customers`: `Collection(microsoft.graph.bookingCustomerBase)`, not nullable.
    pub customers: rt::Field<::std::vec::Vec<crate::v1::AnyBookingCustomerBase>>,
    /// All custom questions of this business.
    ///
    /// CSDL: containment navigation property `customQuestions`: `Collection(microsoft.graph.bookingCustomQuestion)`, not nullable.
    pub custom_questions: rt::Field<::std::vec::Vec<crate::v1::BookingCustomQuestion>>,
    /// All services offered by this business.
    ///
    /// CSDL: containment navigation property `services`: `Collection(microsoft.graph.bookingService)`, not nullable.
    pub services: rt::Field<::std::vec::Vec<crate::v1::BookingService>>,
    /// All staff members that provides services in this business.
    ///
    /// CSDL: containment navigation property `staffMembers`: `Collection(microsoft.graph.bookingStaffMemberBase)`, not nullable.
    pub staff_members: rt::Field<::std::vec::Vec<crate::v1::AnyBookingStaffMemberBase>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingBusiness {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            booking_page_settings: rt::Field::Absent,
            business_hours: rt::Field::Absent,
            business_type: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            default_currency_iso: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            is_published: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            phone: rt::Field::Absent,
            public_url: rt::Field::Absent,
            scheduling_policy: rt::Field::Absent,
            web_site_url: rt::Field::Absent,
            appointments: rt::Field::Absent,
            calendar_view: rt::Field::Absent,
            customers: rt::Field::Absent,
            custom_questions: rt::Field::Absent,
            services: rt::Field::Absent,
            staff_members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingBusiness {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingBusiness";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "bookingPageSettings",
        "businessHours",
        "businessType",
        "createdDateTime",
        "defaultCurrencyIso",
        "displayName",
        "email",
        "isPublished",
        "languageTag",
        "lastUpdatedDateTime",
        "phone",
        "publicUrl",
        "schedulingPolicy",
        "webSiteUrl",
        "appointments",
        "calendarView",
        "customers",
        "customQuestions",
        "services",
        "staffMembers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"bookingPageSettings\":          ",
        ",\"businessHours\":                ",
        ",\"businessType\":                 ",
        ",\"createdDateTime\":              ",
        ",\"defaultCurrencyIso\":           ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"isPublished\":                  ",
        ",\"languageTag\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"phone\":                        ",
        ",\"publicUrl\":                    ",
        ",\"schedulingPolicy\":             ",
        ",\"webSiteUrl\":                   ",
        ",\"appointments\":                 ",
        ",\"calendarView\":                 ",
        ",\"customers\":                    ",
        ",\"customQuestions\":              ",
        ",\"services\":                     ",
        ",\"staffMembers\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingBusiness\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "booking_page_settings", &self.booking_page_settings);
        v.field(3usize, "business_hours", &self.business_hours);
        v.field(4usize, "business_type", &self.business_type);
        v.field(5usize, "created_date_time", &self.created_date_time);
        v.field(6usize, "default_currency_iso", &self.default_currency_iso);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "email", &self.email);
        v.field(9usize, "is_published", &self.is_published);
        v.field(10usize, "language_tag", &self.language_tag);
        v.field(11usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(12usize, "phone", &self.phone);
        v.field(13usize, "public_url", &self.public_url);
        v.field(14usize, "scheduling_policy", &self.scheduling_policy);
        v.field(15usize, "web_site_url", &self.web_site_url);
        v.field(16usize, "appointments", &self.appointments);
        v.field(17usize, "calendar_view", &self.calendar_view);
        v.field(18usize, "customers", &self.customers);
        v.field(19usize, "custom_questions", &self.custom_questions);
        v.field(20usize, "services", &self.services);
        v.field(21usize, "staff_members", &self.staff_members);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingBusiness {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.booking_page_settings.read_from(r),
            3usize => self.business_hours.read_from(r),
            4usize => self.business_type.read_from(r),
            5usize => self.created_date_time.read_from(r),
            6usize => self.default_currency_iso.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.email.read_from(r),
            9usize => self.is_published.read_from(r),
            10usize => self.language_tag.read_from(r),
            11usize => self.last_updated_date_time.read_from(r),
            12usize => self.phone.read_from(r),
            13usize => self.public_url.read_from(r),
            14usize => self.scheduling_policy.read_from(r),
            15usize => self.web_site_url.read_from(r),
            16usize => self.appointments.read_from(r),
            17usize => self.calendar_view.read_from(r),
            18usize => self.customers.read_from(r),
            19usize => self.custom_questions.read_from(r),
            20usize => self.services.read_from(r),
            21usize => self.staff_members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.booking_page_settings);
        w.field(3usize, &self.business_hours);
        w.field(4usize, &self.business_type);
        w.field(5usize, &self.created_date_time);
        w.field(6usize, &self.default_currency_iso);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.email);
        w.field(9usize, &self.is_published);
        w.field(10usize, &self.language_tag);
        w.field(11usize, &self.last_updated_date_time);
        w.field(12usize, &self.phone);
        w.field(13usize, &self.public_url);
        w.field(14usize, &self.scheduling_policy);
        w.field(15usize, &self.web_site_url);
        w.field(16usize, &self.appointments);
        w.field(17usize, &self.calendar_view);
        w.field(18usize, &self.customers);
        w.field(19usize, &self.custom_questions);
        w.field(20usize, &self.services);
        w.field(21usize, &self.staff_members);
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
rt::impl_object!(BookingBusiness);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingBusiness { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_booking_page_settings booking_page_settings : crate
    ::v1::BookingPageSettings; with_business_hours business_hours : ::std::vec::Vec <
    crate ::v1::BookingWorkHours >; with_business_type business_type :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_default_currency_iso default_currency_iso :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_email email : ::std::string::String; with_is_published is_published : bool;
    with_language_tag language_tag : ::std::string::String; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_phone phone :
    ::std::string::String; with_public_url public_url : ::std::string::String;
    with_scheduling_policy scheduling_policy : crate ::v1::BookingSchedulingPolicy;
    with_web_site_url web_site_url : ::std::string::String; with_appointments
    appointments : ::std::vec::Vec < crate ::v1::BookingAppointment >; with_calendar_view
    calendar_view : ::std::vec::Vec < crate ::v1::BookingAppointment >; with_customers
    customers : ::std::vec::Vec < crate ::v1::AnyBookingCustomerBase >;
    with_custom_questions custom_questions : ::std::vec::Vec < crate
    ::v1::BookingCustomQuestion >; with_services services : ::std::vec::Vec < crate
    ::v1::BookingService >; with_staff_members staff_members : ::std::vec::Vec < crate
    ::v1::AnyBookingStaffMemberBase >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingBusiness);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingCurrency`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingCurrency {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `symbol`: `Edm.String`, not nullable.
    pub symbol: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingCurrency {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            symbol: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingCurrency {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCurrency";
    const KEYS: &'static [&'static str] = &["id", "symbol"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"symbol\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingCurrency\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "symbol", &self.symbol);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingCurrency {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.symbol.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.symbol);
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
rt::impl_object!(BookingCurrency);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingCurrency { with_id id : ::std::string::String; with_symbol symbol :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCurrency);
#[cfg(msgraph_v1_search_or_solutions)]
/// Represents a custom question of the business.
///
/// CSDL: `microsoft.graph.bookingCustomQuestion`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingCustomQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `answerInputType`: `microsoft.graph.answerInputType`, nullable.
    pub answer_input_type: rt::Field<crate::v1::AnswerInputType>,
    /// CSDL: property `answerOptions`: `Collection(Edm.String)`, nullable.
    pub answer_options: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingCustomQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            answer_input_type: rt::Field::Absent,
            answer_options: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingCustomQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCustomQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "answerInputType",
        "answerOptions",
        "createdDateTime",
        "displayName",
        "lastUpdatedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"answerInputType\":              ",
        ",\"answerOptions\":                ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"lastUpdatedDateTime\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingCustomQuestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "answer_input_type", &self.answer_input_type);
        v.field(2usize, "answer_options", &self.answer_options);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "last_updated_date_time", &self.last_updated_date_time);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingCustomQuestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.answer_input_type.read_from(r),
            2usize => self.answer_options.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.last_updated_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.answer_input_type);
        w.field(2usize, &self.answer_options);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.last_updated_date_time);
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
rt::impl_object!(BookingCustomQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingCustomQuestion { with_id id : ::std::string::String; with_answer_input_type
    answer_input_type : crate ::v1::AnswerInputType; with_answer_options answer_options :
    ::std::vec::Vec < ::std::string::String >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCustomQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
/// Represents a customer of the business.
///
/// CSDL: `microsoft.graph.bookingCustomer`, entity type, derived from `microsoft.graph.bookingCustomerBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingCustomer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `addresses`: `Collection(microsoft.graph.physicalAddress)`, nullable.
    pub addresses: rt::Field<::std::vec::Vec<crate::v1::PhysicalAddress>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The e-mail address of this person.
    ///
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::v1::Phone>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingCustomer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            addresses: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            phones: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingCustomer {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCustomer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "addresses",
        "createdDateTime",
        "displayName",
        "emailAddress",
        "lastUpdatedDateTime",
        "phones",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"addresses\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"emailAddress\":                 ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"phones\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingCustomer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "addresses", &self.addresses);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "email_address", &self.email_address);
        v.field(5usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(6usize, "phones", &self.phones);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingCustomer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.addresses.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.email_address.read_from(r),
            5usize => self.last_updated_date_time.read_from(r),
            6usize => self.phones.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.addresses);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.email_address);
        w.field(5usize, &self.last_updated_date_time);
        w.field(6usize, &self.phones);
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
rt::impl_object!(BookingCustomer);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingCustomer { with_id id : ::std::string::String; with_addresses addresses :
    ::std::vec::Vec < crate ::v1::PhysicalAddress >; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_email_address email_address : ::std::string::String;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_phones phones : ::std::vec::Vec < crate ::v1::Phone >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCustomer);
#[cfg(msgraph_v1_search_or_solutions)]
/// Booking entities that provide a display name.
///
/// CSDL: `microsoft.graph.bookingCustomerBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingCustomerBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingCustomerBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingCustomerBase {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCustomerBase";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.bookingCustomerBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingCustomerBase {
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(BookingCustomerBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(BookingCustomerBase { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCustomerBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.bookingCustomerBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBookingCustomerBase {
    BookingCustomerBase(::std::boxed::Box<crate::v1::BookingCustomerBase>),
    BookingCustomer(::std::boxed::Box<crate::v1::BookingCustomer>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyBookingCustomerBase {
    #[inline]
    fn default() -> Self {
        Self::BookingCustomerBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCustomerBase> for AnyBookingCustomerBase {
    #[inline]
    fn from(v: crate::v1::BookingCustomerBase) -> Self {
        Self::BookingCustomerBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCustomer> for AnyBookingCustomerBase {
    #[inline]
    fn from(v: crate::v1::BookingCustomer) -> Self {
        Self::BookingCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyBookingCustomerBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyBookingCustomerBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyBookingCustomerBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyBookingCustomerBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyBookingCustomerBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BookingCustomerBase>();
    rt::object::auto_traits::<crate::v1::BookingCustomer>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyBookingCustomerBase {
    const BASE_NAME: &'static str = "microsoft.graph.bookingCustomerBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.bookingCustomer") => {
                Self::BookingCustomer(rt::object::new_boxed())
            }
            _ => Self::BookingCustomerBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BookingCustomerBase(v) => &**v,
            Self::BookingCustomer(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BookingCustomerBase(v) => &mut **v,
            Self::BookingCustomer(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyBookingCustomerBase {
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
            Self::BookingCustomerBase(v) => &v.id,
            Self::BookingCustomer(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BookingCustomerBase(v) => &mut v.id,
            Self::BookingCustomer(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyBookingCustomerBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBookingCustomerBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingCustomerInformation`, complex type, derived from `microsoft.graph.bookingCustomerInformationBase`.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingCustomerInformation {
    /// CSDL: property `customerId`: `Edm.String`, nullable.
    pub customer_id: rt::Field<::std::string::String>,
    /// CSDL: property `customQuestionAnswers`: `Collection(microsoft.graph.bookingQuestionAnswer)`, nullable.
    pub custom_question_answers: rt::Field<
        ::std::vec::Vec<crate::v1::BookingQuestionAnswer>,
    >,
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.location`, nullable.
    pub location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingCustomerInformation {
    #[inline]
    fn default() -> Self {
        Self {
            customer_id: rt::Field::Absent,
            custom_question_answers: rt::Field::Absent,
            email_address: rt::Field::Absent,
            location: rt::Field::Absent,
            name: rt::Field::Absent,
            notes: rt::Field::Absent,
            phone: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingCustomerInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCustomerInformation";
    const KEYS: &'static [&'static str] = &[
        "customerId",
        "customQuestionAnswers",
        "emailAddress",
        "location",
        "name",
        "notes",
        "phone",
        "timeZone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customerId\":                   ",
        ",\"customQuestionAnswers\":        ",
        ",\"emailAddress\":                 ",
        ",\"location\":                     ",
        ",\"name\":                         ",
        ",\"notes\":                        ",
        ",\"phone\":                        ",
        ",\"timeZone\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingCustomerInformation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "customer_id", &self.customer_id);
        v.field(1usize, "custom_question_answers", &self.custom_question_answers);
        v.field(2usize, "email_address", &self.email_address);
        v.field(3usize, "location", &self.location);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "notes", &self.notes);
        v.field(6usize, "phone", &self.phone);
        v.field(7usize, "time_zone", &self.time_zone);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingCustomerInformation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.customer_id.read_from(r),
            1usize => self.custom_question_answers.read_from(r),
            2usize => self.email_address.read_from(r),
            3usize => self.location.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.notes.read_from(r),
            6usize => self.phone.read_from(r),
            7usize => self.time_zone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.customer_id);
        w.field(1usize, &self.custom_question_answers);
        w.field(2usize, &self.email_address);
        w.field(3usize, &self.location);
        w.field(4usize, &self.name);
        w.field(5usize, &self.notes);
        w.field(6usize, &self.phone);
        w.field(7usize, &self.time_zone);
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
rt::impl_object!(BookingCustomerInformation);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingCustomerInformation { with_customer_id customer_id : ::std::string::String;
    with_custom_question_answers custom_question_answers : ::std::vec::Vec < crate
    ::v1::BookingQuestionAnswer >; with_email_address email_address :
    ::std::string::String; with_location location : crate ::v1::AnyLocation; with_name
    name : ::std::string::String; with_notes notes : ::std::string::String; with_phone
    phone : ::std::string::String; with_time_zone time_zone : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCustomerInformation);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingCustomerInformationBase`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingCustomerInformationBase {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingCustomerInformationBase {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingCustomerInformationBase {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCustomerInformationBase";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.bookingCustomerInformationBase\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingCustomerInformationBase {
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(BookingCustomerInformationBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCustomerInformationBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.bookingCustomerInformationBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBookingCustomerInformationBase {
    BookingCustomerInformationBase(
        ::std::boxed::Box<crate::v1::BookingCustomerInformationBase>,
    ),
    BookingCustomerInformation(::std::boxed::Box<crate::v1::BookingCustomerInformation>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyBookingCustomerInformationBase {
    #[inline]
    fn default() -> Self {
        Self::BookingCustomerInformationBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCustomerInformationBase>
for AnyBookingCustomerInformationBase {
    #[inline]
    fn from(v: crate::v1::BookingCustomerInformationBase) -> Self {
        Self::BookingCustomerInformationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCustomerInformation>
for AnyBookingCustomerInformationBase {
    #[inline]
    fn from(v: crate::v1::BookingCustomerInformation) -> Self {
        Self::BookingCustomerInformation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyBookingCustomerInformationBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyBookingCustomerInformationBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyBookingCustomerInformationBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyBookingCustomerInformationBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyBookingCustomerInformationBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BookingCustomerInformationBase>();
    rt::object::auto_traits::<crate::v1::BookingCustomerInformation>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyBookingCustomerInformationBase {
    const BASE_NAME: &'static str = "microsoft.graph.bookingCustomerInformationBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.bookingCustomerInformation") => {
                Self::BookingCustomerInformation(rt::object::new_boxed())
            }
            _ => Self::BookingCustomerInformationBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BookingCustomerInformationBase(v) => &**v,
            Self::BookingCustomerInformation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BookingCustomerInformationBase(v) => &mut **v,
            Self::BookingCustomerInformation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyBookingCustomerInformationBase {
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyBookingCustomerInformationBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBookingCustomerInformationBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingPageAccessControl`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingPageAccessControl {
    /// `unrestricted` (value 0).
    Unrestricted,
    /// `restrictedToOrganization` (value 1).
    RestrictedToOrganization,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BookingPageAccessControl {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingPageAccessControl";
    const MEMBERS: &'static [&'static str] = &[
        "unrestricted",
        "restrictedToOrganization",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unrestricted" => Self::Unrestricted,
                "restrictedToOrganization" => Self::RestrictedToOrganization,
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
            Self::Unrestricted => "unrestricted",
            Self::RestrictedToOrganization => "restrictedToOrganization",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BookingPageAccessControl);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingPageAccessControl);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingPageSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingPageSettings {
    /// Access control on the Bookings page.
    ///
    /// CSDL: property `accessControl`: `microsoft.graph.bookingPageAccessControl`, not nullable.
    pub access_control: rt::Field<crate::v1::BookingPageAccessControl>,
    /// Custom color for bookings page. Value should be in Hex format. Example: `#123456`.
    ///
    /// CSDL: property `bookingPageColorCode`: `Edm.String`, not nullable.
    pub booking_page_color_code: rt::Field<::std::string::String>,
    /// The time zone of the customer. For a list of possible values, see [dateTimeTimeZone](https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone?view=graph-rest-beta).
    ///
    /// CSDL: property `businessTimeZone`: `Edm.String`, not nullable.
    pub business_time_zone: rt::Field<::std::string::String>,
    /// Customer consent message that is displayed in the Booking page.
    ///
    /// CSDL: property `customerConsentMessage`: `Edm.String`, not nullable.
    pub customer_consent_message: rt::Field<::std::string::String>,
    /// Enforcing One Time Password (OTP) during appointment creation.
    ///
    /// CSDL: property `enforceOneTimePassword`: `Edm.Boolean`, not nullable.
    pub enforce_one_time_password: rt::Field<bool>,
    /// Enable display of business logo display on the Bookings page.
    ///
    /// CSDL: property `isBusinessLogoDisplayEnabled`: `Edm.Boolean`, not nullable.
    pub is_business_logo_display_enabled: rt::Field<bool>,
    /// Enforces customer consent on the customer consent message before appointment is booked.
    ///
    /// CSDL: property `isCustomerConsentEnabled`: `Edm.Boolean`, not nullable.
    pub is_customer_consent_enabled: rt::Field<bool>,
    /// Disable booking page to be indexed by search engines. False by default.
    ///
    /// CSDL: property `isSearchEngineIndexabilityDisabled`: `Edm.Boolean`, not nullable.
    pub is_search_engine_indexability_disabled: rt::Field<bool>,
    /// If business time zone the default value for the time slots that we show in the bookings page. False by default.
    ///
    /// CSDL: property `isTimeSlotTimeZoneSetToBusinessTimeZone`: `Edm.Boolean`, not nullable.
    pub is_time_slot_time_zone_set_to_business_time_zone: rt::Field<bool>,
    /// The URL of the business' Privacy Policy.
    ///
    /// Example: https://www.contoso.com
    ///
    /// CSDL: property `privacyPolicyWebUrl`: `Edm.String`, not nullable.
    pub privacy_policy_web_url: rt::Field<::std::string::String>,
    /// The URL of the business' Terms and Conditions.
    ///
    /// Example: https://www.contoso.com
    ///
    /// CSDL: property `termsAndConditionsWebUrl`: `Edm.String`, not nullable.
    pub terms_and_conditions_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingPageSettings {
    #[inline]
    fn default() -> Self {
        Self {
            access_control: rt::Field::Absent,
            booking_page_color_code: rt::Field::Absent,
            business_time_zone: rt::Field::Absent,
            customer_consent_message: rt::Field::Absent,
            enforce_one_time_password: rt::Field::Absent,
            is_business_logo_display_enabled: rt::Field::Absent,
            is_customer_consent_enabled: rt::Field::Absent,
            is_search_engine_indexability_disabled: rt::Field::Absent,
            is_time_slot_time_zone_set_to_business_time_zone: rt::Field::Absent,
            privacy_policy_web_url: rt::Field::Absent,
            terms_and_conditions_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingPageSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingPageSettings";
    const KEYS: &'static [&'static str] = &[
        "accessControl",
        "bookingPageColorCode",
        "businessTimeZone",
        "customerConsentMessage",
        "enforceOneTimePassword",
        "isBusinessLogoDisplayEnabled",
        "isCustomerConsentEnabled",
        "isSearchEngineIndexabilityDisabled",
        "isTimeSlotTimeZoneSetToBusinessTimeZone",
        "privacyPolicyWebUrl",
        "termsAndConditionsWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessControl\":                ",
        ",\"bookingPageColorCode\":         ",
        ",\"businessTimeZone\":             ",
        ",\"customerConsentMessage\":       ",
        ",\"enforceOneTimePassword\":       ",
        ",\"isBusinessLogoDisplayEnabled\": ",
        ",\"isCustomerConsentEnabled\":     ",
        ",\"isSearchEngineIndexabilityDisabled\":",
        ",\"isTimeSlotTimeZoneSetToBusinessTimeZone\":",
        ",\"privacyPolicyWebUrl\":          ",
        ",\"termsAndConditionsWebUrl\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingPageSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_control", &self.access_control);
        v.field(1usize, "booking_page_color_code", &self.booking_page_color_code);
        v.field(2usize, "business_time_zone", &self.business_time_zone);
        v.field(3usize, "customer_consent_message", &self.customer_consent_message);
        v.field(4usize, "enforce_one_time_password", &self.enforce_one_time_password);
        v.field(
            5usize,
            "is_business_logo_display_enabled",
            &self.is_business_logo_display_enabled,
        );
        v.field(
            6usize,
            "is_customer_consent_enabled",
            &self.is_customer_consent_enabled,
        );
        v.field(
            7usize,
            "is_search_engine_indexability_disabled",
            &self.is_search_engine_indexability_disabled,
        );
        v.field(
            8usize,
            "is_time_slot_time_zone_set_to_business_time_zone",
            &self.is_time_slot_time_zone_set_to_business_time_zone,
        );
        v.field(9usize, "privacy_policy_web_url", &self.privacy_policy_web_url);
        v.field(
            10usize,
            "terms_and_conditions_web_url",
            &self.terms_and_conditions_web_url,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingPageSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_control.read_from(r),
            1usize => self.booking_page_color_code.read_from(r),
            2usize => self.business_time_zone.read_from(r),
            3usize => self.customer_consent_message.read_from(r),
            4usize => self.enforce_one_time_password.read_from(r),
            5usize => self.is_business_logo_display_enabled.read_from(r),
            6usize => self.is_customer_consent_enabled.read_from(r),
            7usize => self.is_search_engine_indexability_disabled.read_from(r),
            8usize => self.is_time_slot_time_zone_set_to_business_time_zone.read_from(r),
            9usize => self.privacy_policy_web_url.read_from(r),
            10usize => self.terms_and_conditions_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_control);
        w.field(1usize, &self.booking_page_color_code);
        w.field(2usize, &self.business_time_zone);
        w.field(3usize, &self.customer_consent_message);
        w.field(4usize, &self.enforce_one_time_password);
        w.field(5usize, &self.is_business_logo_display_enabled);
        w.field(6usize, &self.is_customer_consent_enabled);
        w.field(7usize, &self.is_search_engine_indexability_disabled);
        w.field(8usize, &self.is_time_slot_time_zone_set_to_business_time_zone);
        w.field(9usize, &self.privacy_policy_web_url);
        w.field(10usize, &self.terms_and_conditions_web_url);
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
rt::impl_object!(BookingPageSettings);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingPageSettings { with_access_control access_control : crate
    ::v1::BookingPageAccessControl; with_booking_page_color_code booking_page_color_code
    : ::std::string::String; with_business_time_zone business_time_zone :
    ::std::string::String; with_customer_consent_message customer_consent_message :
    ::std::string::String; with_enforce_one_time_password enforce_one_time_password :
    bool; with_is_business_logo_display_enabled is_business_logo_display_enabled : bool;
    with_is_customer_consent_enabled is_customer_consent_enabled : bool;
    with_is_search_engine_indexability_disabled is_search_engine_indexability_disabled :
    bool; with_is_time_slot_time_zone_set_to_business_time_zone
    is_time_slot_time_zone_set_to_business_time_zone : bool; with_privacy_policy_web_url
    privacy_policy_web_url : ::std::string::String; with_terms_and_conditions_web_url
    terms_and_conditions_web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingPageSettings);
#[cfg(msgraph_v1_search_or_solutions)]
/// Represents the type of pricing of a booking service.
///
/// CSDL: `microsoft.graph.bookingPriceType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingPriceType {
    /// The price of the service is not defined.
    ///
    /// `undefined` (value 0).
    Undefined,
    /// The price of the service is fixed.
    ///
    /// `fixedPrice` (value 1).
    FixedPrice,
    /// The price of the service starts with a particular value, but can be higher based on the final services performed.
    ///
    /// `startingAt` (value 2).
    StartingAt,
    /// The price of the service depends on the number of hours a staff member works on the service.
    ///
    /// `hourly` (value 3).
    Hourly,
    /// The service is free.
    ///
    /// `free` (value 4).
    Free,
    /// The price of the service varies.
    ///
    /// `priceVaries` (value 5).
    PriceVaries,
    /// The price of the service is not listed.
    ///
    /// `callUs` (value 6).
    CallUs,
    /// The price of the service is not set.
    ///
    /// `notSet` (value 7).
    NotSet,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BookingPriceType {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingPriceType";
    const MEMBERS: &'static [&'static str] = &[
        "undefined",
        "fixedPrice",
        "startingAt",
        "hourly",
        "free",
        "priceVaries",
        "callUs",
        "notSet",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "undefined" => Self::Undefined,
                "fixedPrice" => Self::FixedPrice,
                "startingAt" => Self::StartingAt,
                "hourly" => Self::Hourly,
                "free" => Self::Free,
                "priceVaries" => Self::PriceVaries,
                "callUs" => Self::CallUs,
                "notSet" => Self::NotSet,
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
            Self::FixedPrice => "fixedPrice",
            Self::StartingAt => "startingAt",
            Self::Hourly => "hourly",
            Self::Free => "free",
            Self::PriceVaries => "priceVaries",
            Self::CallUs => "callUs",
            Self::NotSet => "notSet",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BookingPriceType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingPriceType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingQuestionAnswer`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingQuestionAnswer {
    /// CSDL: property `answer`: `Edm.String`, nullable.
    pub answer: rt::Field<::std::string::String>,
    /// CSDL: property `answerInputType`: `microsoft.graph.answerInputType`, nullable.
    pub answer_input_type: rt::Field<crate::v1::AnswerInputType>,
    /// CSDL: property `answerOptions`: `Collection(Edm.String)`, nullable.
    pub answer_options: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `question`: `Edm.String`, nullable.
    pub question: rt::Field<::std::string::String>,
    /// CSDL: property `questionId`: `Edm.String`, nullable.
    pub question_id: rt::Field<::std::string::String>,
    /// CSDL: property `selectedOptions`: `Collection(Edm.String)`, nullable.
    pub selected_options: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingQuestionAnswer {
    #[inline]
    fn default() -> Self {
        Self {
            answer: rt::Field::Absent,
            answer_input_type: rt::Field::Absent,
            answer_options: rt::Field::Absent,
            is_required: rt::Field::Absent,
            question: rt::Field::Absent,
            question_id: rt::Field::Absent,
            selected_options: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingQuestionAnswer {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingQuestionAnswer";
    const KEYS: &'static [&'static str] = &[
        "answer",
        "answerInputType",
        "answerOptions",
        "isRequired",
        "question",
        "questionId",
        "selectedOptions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"answer\":                       ",
        ",\"answerInputType\":              ",
        ",\"answerOptions\":                ",
        ",\"isRequired\":                   ",
        ",\"question\":                     ",
        ",\"questionId\":                   ",
        ",\"selectedOptions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingQuestionAnswer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "answer", &self.answer);
        v.field(1usize, "answer_input_type", &self.answer_input_type);
        v.field(2usize, "answer_options", &self.answer_options);
        v.field(3usize, "is_required", &self.is_required);
        v.field(4usize, "question", &self.question);
        v.field(5usize, "question_id", &self.question_id);
        v.field(6usize, "selected_options", &self.selected_options);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingQuestionAnswer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.answer.read_from(r),
            1usize => self.answer_input_type.read_from(r),
            2usize => self.answer_options.read_from(r),
            3usize => self.is_required.read_from(r),
            4usize => self.question.read_from(r),
            5usize => self.question_id.read_from(r),
            6usize => self.selected_options.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.answer);
        w.field(1usize, &self.answer_input_type);
        w.field(2usize, &self.answer_options);
        w.field(3usize, &self.is_required);
        w.field(4usize, &self.question);
        w.field(5usize, &self.question_id);
        w.field(6usize, &self.selected_options);
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
rt::impl_object!(BookingQuestionAnswer);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingQuestionAnswer { with_answer answer : ::std::string::String;
    with_answer_input_type answer_input_type : crate ::v1::AnswerInputType;
    with_answer_options answer_options : ::std::vec::Vec < ::std::string::String >;
    with_is_required is_required : bool; with_question question : ::std::string::String;
    with_question_id question_id : ::std::string::String; with_selected_options
    selected_options : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingQuestionAnswer);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingQuestionAssignment`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingQuestionAssignment {
    /// CSDL: property `isRequired`: `Edm.Boolean`, not nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `questionId`: `Edm.String`, not nullable.
    pub question_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingQuestionAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            is_required: rt::Field::Absent,
            question_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingQuestionAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingQuestionAssignment";
    const KEYS: &'static [&'static str] = &["isRequired", "questionId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isRequired\":                   ",
        ",\"questionId\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingQuestionAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_required", &self.is_required);
        v.field(1usize, "question_id", &self.question_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingQuestionAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_required.read_from(r),
            1usize => self.question_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_required);
        w.field(1usize, &self.question_id);
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
rt::impl_object!(BookingQuestionAssignment);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingQuestionAssignment { with_is_required is_required : bool; with_question_id
    question_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingQuestionAssignment);
#[cfg(msgraph_v1_search_or_solutions)]
/// This type represents when and to whom to send an e-mail reminder.
///
/// CSDL: `microsoft.graph.bookingReminder`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingReminder {
    /// Message to send.
    ///
    /// CSDL: property `message`: `Edm.String`, not nullable.
    pub message: rt::Field<::std::string::String>,
    /// How much time before an appointment the reminder should be sent.
    ///
    /// CSDL: property `offset`: `Edm.Duration`, not nullable.
    pub offset: rt::Field<rt::edm::Duration>,
    /// Who should receive the reminder.
    ///
    /// CSDL: property `recipients`: `microsoft.graph.bookingReminderRecipients`, not nullable.
    pub recipients: rt::Field<crate::v1::BookingReminderRecipients>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingReminder {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            offset: rt::Field::Absent,
            recipients: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingReminder {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingReminder";
    const KEYS: &'static [&'static str] = &["message", "offset", "recipients"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"offset\":                       ",
        ",\"recipients\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingReminder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "offset", &self.offset);
        v.field(2usize, "recipients", &self.recipients);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingReminder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.offset.read_from(r),
            2usize => self.recipients.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.offset);
        w.field(2usize, &self.recipients);
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
rt::impl_object!(BookingReminder);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingReminder { with_message message : ::std::string::String; with_offset offset :
    rt::edm::Duration; with_recipients recipients : crate
    ::v1::BookingReminderRecipients; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingReminder);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingReminderRecipients`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingReminderRecipients {
    /// `allAttendees` (value 0).
    AllAttendees,
    /// `staff` (value 1).
    Staff,
    /// `customer` (value 2).
    Customer,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BookingReminderRecipients {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingReminderRecipients";
    const MEMBERS: &'static [&'static str] = &[
        "allAttendees",
        "staff",
        "customer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allAttendees" => Self::AllAttendees,
                "staff" => Self::Staff,
                "customer" => Self::Customer,
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
            Self::AllAttendees => "allAttendees",
            Self::Staff => "staff",
            Self::Customer => "customer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BookingReminderRecipients);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingReminderRecipients);
#[cfg(msgraph_v1_search_or_solutions)]
/// This type represents the set of policies that dictate how bookings can be created in a Booking Calendar.
///
/// CSDL: `microsoft.graph.bookingSchedulingPolicy`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingSchedulingPolicy {
    /// Allow customers to choose a specific person for the booking.
    ///
    /// CSDL: property `allowStaffSelection`: `Edm.Boolean`, not nullable.
    pub allow_staff_selection: rt::Field<bool>,
    /// collection of custom availabilities for a given time range.
    ///
    /// CSDL: property `customAvailabilities`: `Collection(microsoft.graph.bookingsAvailabilityWindow)`, nullable.
    pub custom_availabilities: rt::Field<
        ::std::vec::Vec<crate::v1::BookingsAvailabilityWindow>,
    >,
    /// General availability
    ///
    /// CSDL: property `generalAvailability`: `microsoft.graph.bookingsAvailability`, nullable.
    pub general_availability: rt::Field<crate::v1::AnyBookingsAvailability>,
    /// Enable sending meeting invite to customers. False by default.
    ///
    /// CSDL: property `isMeetingInviteToCustomersEnabled`: `Edm.Boolean`, nullable.
    pub is_meeting_invite_to_customers_enabled: rt::Field<bool>,
    /// Maximum number of days in advance that a booking can be made.
    ///
    /// CSDL: property `maximumAdvance`: `Edm.Duration`, not nullable.
    pub maximum_advance: rt::Field<rt::edm::Duration>,
    /// Minimum lead time for bookings and cancellations.
    ///
    /// CSDL: property `minimumLeadTime`: `Edm.Duration`, not nullable.
    pub minimum_lead_time: rt::Field<rt::edm::Duration>,
    /// Notify the business via email when a booking is created or changed.
    ///
    /// CSDL: property `sendConfirmationsToOwner`: `Edm.Boolean`, not nullable.
    pub send_confirmations_to_owner: rt::Field<bool>,
    /// Duration of each time slot.
    ///
    /// CSDL: property `timeSlotInterval`: `Edm.Duration`, not nullable.
    pub time_slot_interval: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingSchedulingPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            allow_staff_selection: rt::Field::Absent,
            custom_availabilities: rt::Field::Absent,
            general_availability: rt::Field::Absent,
            is_meeting_invite_to_customers_enabled: rt::Field::Absent,
            maximum_advance: rt::Field::Absent,
            minimum_lead_time: rt::Field::Absent,
            send_confirmations_to_owner: rt::Field::Absent,
            time_slot_interval: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingSchedulingPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingSchedulingPolicy";
    const KEYS: &'static [&'static str] = &[
        "allowStaffSelection",
        "customAvailabilities",
        "generalAvailability",
        "isMeetingInviteToCustomersEnabled",
        "maximumAdvance",
        "minimumLeadTime",
        "sendConfirmationsToOwner",
        "timeSlotInterval",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowStaffSelection\":          ",
        ",\"customAvailabilities\":         ",
        ",\"generalAvailability\":          ",
        ",\"isMeetingInviteToCustomersEnabled\":",
        ",\"maximumAdvance\":               ",
        ",\"minimumLeadTime\":              ",
        ",\"sendConfirmationsToOwner\":     ",
        ",\"timeSlotInterval\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingSchedulingPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_staff_selection", &self.allow_staff_selection);
        v.field(1usize, "custom_availabilities", &self.custom_availabilities);
        v.field(2usize, "general_availability", &self.general_availability);
        v.field(
            3usize,
            "is_meeting_invite_to_customers_enabled",
            &self.is_meeting_invite_to_customers_enabled,
        );
        v.field(4usize, "maximum_advance", &self.maximum_advance);
        v.field(5usize, "minimum_lead_time", &self.minimum_lead_time);
        v.field(
            6usize,
            "send_confirmations_to_owner",
            &self.send_confirmations_to_owner,
        );
        v.field(7usize, "time_slot_interval", &self.time_slot_interval);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingSchedulingPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_staff_selection.read_from(r),
            1usize => self.custom_availabilities.read_from(r),
            2usize => self.general_availability.read_from(r),
            3usize => self.is_meeting_invite_to_customers_enabled.read_from(r),
            4usize => self.maximum_advance.read_from(r),
            5usize => self.minimum_lead_time.read_from(r),
            6usize => self.send_confirmations_to_owner.read_from(r),
            7usize => self.time_slot_interval.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_staff_selection);
        w.field(1usize, &self.custom_availabilities);
        w.field(2usize, &self.general_availability);
        w.field(3usize, &self.is_meeting_invite_to_customers_enabled);
        w.field(4usize, &self.maximum_advance);
        w.field(5usize, &self.minimum_lead_time);
        w.field(6usize, &self.send_confirmations_to_owner);
        w.field(7usize, &self.time_slot_interval);
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
rt::impl_object!(BookingSchedulingPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingSchedulingPolicy { with_allow_staff_selection allow_staff_selection : bool;
    with_custom_availabilities custom_availabilities : ::std::vec::Vec < crate
    ::v1::BookingsAvailabilityWindow >; with_general_availability general_availability :
    crate ::v1::AnyBookingsAvailability; with_is_meeting_invite_to_customers_enabled
    is_meeting_invite_to_customers_enabled : bool; with_maximum_advance maximum_advance :
    rt::edm::Duration; with_minimum_lead_time minimum_lead_time : rt::edm::Duration;
    with_send_confirmations_to_owner send_confirmations_to_owner : bool;
    with_time_slot_interval time_slot_interval : rt::edm::Duration; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingSchedulingPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
/// Represents a particular service offered by a booking business.
///
/// CSDL: `microsoft.graph.bookingService`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`BookingServicePath`](requests/trait.BookingServicePath.html), what a path to one (`EntityPath<BookingService, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingService {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `additionalInformation`: `Edm.String`, nullable.
    pub additional_information: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customQuestions`: `Collection(microsoft.graph.bookingQuestionAssignment)`, nullable.
    pub custom_questions: rt::Field<
        ::std::vec::Vec<crate::v1::BookingQuestionAssignment>,
    >,
    /// CSDL: property `defaultDuration`: `Edm.Duration`, not nullable.
    pub default_duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `defaultLocation`: `microsoft.graph.location`, nullable.
    pub default_location: rt::Field<crate::v1::AnyLocation>,
    /// CSDL: property `defaultPrice`: `Edm.Double`, not nullable.
    pub default_price: rt::Field<f64>,
    /// CSDL: property `defaultPriceType`: `microsoft.graph.bookingPriceType`, not nullable.
    pub default_price_type: rt::Field<crate::v1::BookingPriceType>,
    /// The default reminders set in an appointment of this service.
    ///
    /// The value of this property is only available when reading an individual booking service by id.
    ///
    /// CSDL: property `defaultReminders`: `Collection(microsoft.graph.bookingReminder)`, nullable.
    pub default_reminders: rt::Field<::std::vec::Vec<crate::v1::BookingReminder>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAnonymousJoinEnabled`: `Edm.Boolean`, not nullable.
    pub is_anonymous_join_enabled: rt::Field<bool>,
    /// CSDL: property `isCustomerAllowedToManageBooking`: `Edm.Boolean`, nullable.
    pub is_customer_allowed_to_manage_booking: rt::Field<bool>,
    /// CSDL: property `isHiddenFromCustomers`: `Edm.Boolean`, not nullable.
    pub is_hidden_from_customers: rt::Field<bool>,
    /// CSDL: property `isLocationOnline`: `Edm.Boolean`, not nullable.
    pub is_location_online: rt::Field<bool>,
    /// CSDL: property `languageTag`: `Edm.String`, not nullable.
    pub language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `maximumAttendeesCount`: `Edm.Int32`, not nullable.
    pub maximum_attendees_count: rt::Field<i32>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `postBuffer`: `Edm.Duration`, not nullable.
    pub post_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `preBuffer`: `Edm.Duration`, not nullable.
    pub pre_buffer: rt::Field<rt::edm::Duration>,
    /// CSDL: property `schedulingPolicy`: `microsoft.graph.bookingSchedulingPolicy`, nullable.
    pub scheduling_policy: rt::Field<crate::v1::BookingSchedulingPolicy>,
    /// CSDL: property `smsNotificationsEnabled`: `Edm.Boolean`, not nullable.
    pub sms_notifications_enabled: rt::Field<bool>,
    /// CSDL: property `staffMemberIds`: `Collection(Edm.String)`, nullable.
    pub staff_member_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The URL of the booking service.
    ///
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingService {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            additional_information: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_questions: rt::Field::Absent,
            default_duration: rt::Field::Absent,
            default_location: rt::Field::Absent,
            default_price: rt::Field::Absent,
            default_price_type: rt::Field::Absent,
            default_reminders: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_anonymous_join_enabled: rt::Field::Absent,
            is_customer_allowed_to_manage_booking: rt::Field::Absent,
            is_hidden_from_customers: rt::Field::Absent,
            is_location_online: rt::Field::Absent,
            language_tag: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            maximum_attendees_count: rt::Field::Absent,
            notes: rt::Field::Absent,
            post_buffer: rt::Field::Absent,
            pre_buffer: rt::Field::Absent,
            scheduling_policy: rt::Field::Absent,
            sms_notifications_enabled: rt::Field::Absent,
            staff_member_ids: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingService {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingService";
    const KEYS: &'static [&'static str] = &[
        "id",
        "additionalInformation",
        "createdDateTime",
        "customQuestions",
        "defaultDuration",
        "defaultLocation",
        "defaultPrice",
        "defaultPriceType",
        "defaultReminders",
        "description",
        "displayName",
        "isAnonymousJoinEnabled",
        "isCustomerAllowedToManageBooking",
        "isHiddenFromCustomers",
        "isLocationOnline",
        "languageTag",
        "lastUpdatedDateTime",
        "maximumAttendeesCount",
        "notes",
        "postBuffer",
        "preBuffer",
        "schedulingPolicy",
        "smsNotificationsEnabled",
        "staffMemberIds",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"additionalInformation\":        ",
        ",\"createdDateTime\":              ",
        ",\"customQuestions\":              ",
        ",\"defaultDuration\":              ",
        ",\"defaultLocation\":              ",
        ",\"defaultPrice\":                 ",
        ",\"defaultPriceType\":             ",
        ",\"defaultReminders\":             ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"isAnonymousJoinEnabled\":       ",
        ",\"isCustomerAllowedToManageBooking\":",
        ",\"isHiddenFromCustomers\":        ",
        ",\"isLocationOnline\":             ",
        ",\"languageTag\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"maximumAttendeesCount\":        ",
        ",\"notes\":                        ",
        ",\"postBuffer\":                   ",
        ",\"preBuffer\":                    ",
        ",\"schedulingPolicy\":             ",
        ",\"smsNotificationsEnabled\":      ",
        ",\"staffMemberIds\":               ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingService\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "additional_information", &self.additional_information);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "custom_questions", &self.custom_questions);
        v.field(4usize, "default_duration", &self.default_duration);
        v.field(5usize, "default_location", &self.default_location);
        v.field(6usize, "default_price", &self.default_price);
        v.field(7usize, "default_price_type", &self.default_price_type);
        v.field(8usize, "default_reminders", &self.default_reminders);
        v.field(9usize, "description", &self.description);
        v.field(10usize, "display_name", &self.display_name);
        v.field(11usize, "is_anonymous_join_enabled", &self.is_anonymous_join_enabled);
        v.field(
            12usize,
            "is_customer_allowed_to_manage_booking",
            &self.is_customer_allowed_to_manage_booking,
        );
        v.field(13usize, "is_hidden_from_customers", &self.is_hidden_from_customers);
        v.field(14usize, "is_location_online", &self.is_location_online);
        v.field(15usize, "language_tag", &self.language_tag);
        v.field(16usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(17usize, "maximum_attendees_count", &self.maximum_attendees_count);
        v.field(18usize, "notes", &self.notes);
        v.field(19usize, "post_buffer", &self.post_buffer);
        v.field(20usize, "pre_buffer", &self.pre_buffer);
        v.field(21usize, "scheduling_policy", &self.scheduling_policy);
        v.field(22usize, "sms_notifications_enabled", &self.sms_notifications_enabled);
        v.field(23usize, "staff_member_ids", &self.staff_member_ids);
        v.field(24usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingService {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.additional_information.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.custom_questions.read_from(r),
            4usize => self.default_duration.read_from(r),
            5usize => self.default_location.read_from(r),
            6usize => self.default_price.read_from(r),
            7usize => self.default_price_type.read_from(r),
            8usize => self.default_reminders.read_from(r),
            9usize => self.description.read_from(r),
            10usize => self.display_name.read_from(r),
            11usize => self.is_anonymous_join_enabled.read_from(r),
            12usize => self.is_customer_allowed_to_manage_booking.read_from(r),
            13usize => self.is_hidden_from_customers.read_from(r),
            14usize => self.is_location_online.read_from(r),
            15usize => self.language_tag.read_from(r),
            16usize => self.last_updated_date_time.read_from(r),
            17usize => self.maximum_attendees_count.read_from(r),
            18usize => self.notes.read_from(r),
            19usize => self.post_buffer.read_from(r),
            20usize => self.pre_buffer.read_from(r),
            21usize => self.scheduling_policy.read_from(r),
            22usize => self.sms_notifications_enabled.read_from(r),
            23usize => self.staff_member_ids.read_from(r),
            24usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.additional_information);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.custom_questions);
        w.field(4usize, &self.default_duration);
        w.field(5usize, &self.default_location);
        w.field(6usize, &self.default_price);
        w.field(7usize, &self.default_price_type);
        w.field(8usize, &self.default_reminders);
        w.field(9usize, &self.description);
        w.field(10usize, &self.display_name);
        w.field(11usize, &self.is_anonymous_join_enabled);
        w.field(12usize, &self.is_customer_allowed_to_manage_booking);
        w.field(13usize, &self.is_hidden_from_customers);
        w.field(14usize, &self.is_location_online);
        w.field(15usize, &self.language_tag);
        w.field(16usize, &self.last_updated_date_time);
        w.field(17usize, &self.maximum_attendees_count);
        w.field(18usize, &self.notes);
        w.field(19usize, &self.post_buffer);
        w.field(20usize, &self.pre_buffer);
        w.field(21usize, &self.scheduling_policy);
        w.field(22usize, &self.sms_notifications_enabled);
        w.field(23usize, &self.staff_member_ids);
        w.field(24usize, &self.web_url);
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
rt::impl_object!(BookingService);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingService { with_id id : ::std::string::String; with_additional_information
    additional_information : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_custom_questions custom_questions :
    ::std::vec::Vec < crate ::v1::BookingQuestionAssignment >; with_default_duration
    default_duration : rt::edm::Duration; with_default_location default_location : crate
    ::v1::AnyLocation; with_default_price default_price : f64; with_default_price_type
    default_price_type : crate ::v1::BookingPriceType; with_default_reminders
    default_reminders : ::std::vec::Vec < crate ::v1::BookingReminder >; with_description
    description : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_is_anonymous_join_enabled is_anonymous_join_enabled :
    bool; with_is_customer_allowed_to_manage_booking
    is_customer_allowed_to_manage_booking : bool; with_is_hidden_from_customers
    is_hidden_from_customers : bool; with_is_location_online is_location_online : bool;
    with_language_tag language_tag : ::std::string::String; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_maximum_attendees_count
    maximum_attendees_count : i32; with_notes notes : ::std::string::String;
    with_post_buffer post_buffer : rt::edm::Duration; with_pre_buffer pre_buffer :
    rt::edm::Duration; with_scheduling_policy scheduling_policy : crate
    ::v1::BookingSchedulingPolicy; with_sms_notifications_enabled
    sms_notifications_enabled : bool; with_staff_member_ids staff_member_ids :
    ::std::vec::Vec < ::std::string::String >; with_web_url web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingService);
#[cfg(msgraph_v1_search_or_solutions)]
/// Represents a staff member who provides services in a business.
///
/// CSDL: `microsoft.graph.bookingStaffMember`, entity type, derived from `microsoft.graph.bookingStaffMemberBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingStaffMember {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `availabilityIsAffectedByPersonalCalendar`: `Edm.Boolean`, not nullable.
    pub availability_is_affected_by_personal_calendar: rt::Field<bool>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Display name of this entity.
    ///
    /// The display name is suitable for human-readable interfaces.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The e-mail address of this person.
    ///
    /// CSDL: property `emailAddress`: `Edm.String`, nullable.
    pub email_address: rt::Field<::std::string::String>,
    /// CSDL: property `isEmailNotificationEnabled`: `Edm.Boolean`, not nullable.
    pub is_email_notification_enabled: rt::Field<bool>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `membershipStatus`: `microsoft.graph.bookingStaffMembershipStatus`, not nullable.
    pub membership_status: rt::Field<crate::v1::BookingStaffMembershipStatus>,
    /// CSDL: property `role`: `microsoft.graph.bookingStaffRole`, not nullable.
    pub role: rt::Field<crate::v1::BookingStaffRole>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `useBusinessHours`: `Edm.Boolean`, not nullable.
    pub use_business_hours: rt::Field<bool>,
    /// CSDL: property `workingHours`: `Collection(microsoft.graph.bookingWorkHours)`, nullable.
    pub working_hours: rt::Field<::std::vec::Vec<crate::v1::BookingWorkHours>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingStaffMember {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            availability_is_affected_by_personal_calendar: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email_address: rt::Field::Absent,
            is_email_notification_enabled: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            membership_status: rt::Field::Absent,
            role: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            use_business_hours: rt::Field::Absent,
            working_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingStaffMember {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingStaffMember";
    const KEYS: &'static [&'static str] = &[
        "id",
        "availabilityIsAffectedByPersonalCalendar",
        "createdDateTime",
        "displayName",
        "emailAddress",
        "isEmailNotificationEnabled",
        "lastUpdatedDateTime",
        "membershipStatus",
        "role",
        "timeZone",
        "useBusinessHours",
        "workingHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"availabilityIsAffectedByPersonalCalendar\":",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"emailAddress\":                 ",
        ",\"isEmailNotificationEnabled\":   ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"membershipStatus\":             ",
        ",\"role\":                         ",
        ",\"timeZone\":                     ",
        ",\"useBusinessHours\":             ",
        ",\"workingHours\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingStaffMember\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "availability_is_affected_by_personal_calendar",
            &self.availability_is_affected_by_personal_calendar,
        );
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "email_address", &self.email_address);
        v.field(
            5usize,
            "is_email_notification_enabled",
            &self.is_email_notification_enabled,
        );
        v.field(6usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(7usize, "membership_status", &self.membership_status);
        v.field(8usize, "role", &self.role);
        v.field(9usize, "time_zone", &self.time_zone);
        v.field(10usize, "use_business_hours", &self.use_business_hours);
        v.field(11usize, "working_hours", &self.working_hours);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingStaffMember {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.availability_is_affected_by_personal_calendar.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.email_address.read_from(r),
            5usize => self.is_email_notification_enabled.read_from(r),
            6usize => self.last_updated_date_time.read_from(r),
            7usize => self.membership_status.read_from(r),
            8usize => self.role.read_from(r),
            9usize => self.time_zone.read_from(r),
            10usize => self.use_business_hours.read_from(r),
            11usize => self.working_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.availability_is_affected_by_personal_calendar);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.email_address);
        w.field(5usize, &self.is_email_notification_enabled);
        w.field(6usize, &self.last_updated_date_time);
        w.field(7usize, &self.membership_status);
        w.field(8usize, &self.role);
        w.field(9usize, &self.time_zone);
        w.field(10usize, &self.use_business_hours);
        w.field(11usize, &self.working_hours);
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
rt::impl_object!(BookingStaffMember);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingStaffMember { with_id id : ::std::string::String;
    with_availability_is_affected_by_personal_calendar
    availability_is_affected_by_personal_calendar : bool; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_email_address email_address : ::std::string::String;
    with_is_email_notification_enabled is_email_notification_enabled : bool;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_membership_status membership_status : crate ::v1::BookingStaffMembershipStatus;
    with_role role : crate ::v1::BookingStaffRole; with_time_zone time_zone :
    ::std::string::String; with_use_business_hours use_business_hours : bool;
    with_working_hours working_hours : ::std::vec::Vec < crate ::v1::BookingWorkHours >;
    }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingStaffMember);
#[cfg(msgraph_v1_search_or_solutions)]
/// Booking entities that provide a display name.
///
/// CSDL: `microsoft.graph.bookingStaffMemberBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingStaffMemberBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingStaffMemberBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingStaffMemberBase {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingStaffMemberBase";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.bookingStaffMemberBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingStaffMemberBase {
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
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(BookingStaffMemberBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(BookingStaffMemberBase { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingStaffMemberBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.bookingStaffMemberBase` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBookingStaffMemberBase {
    BookingStaffMemberBase(::std::boxed::Box<crate::v1::BookingStaffMemberBase>),
    BookingStaffMember(::std::boxed::Box<crate::v1::BookingStaffMember>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyBookingStaffMemberBase {
    #[inline]
    fn default() -> Self {
        Self::BookingStaffMemberBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingStaffMemberBase>
for AnyBookingStaffMemberBase {
    #[inline]
    fn from(v: crate::v1::BookingStaffMemberBase) -> Self {
        Self::BookingStaffMemberBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingStaffMember> for AnyBookingStaffMemberBase {
    #[inline]
    fn from(v: crate::v1::BookingStaffMember) -> Self {
        Self::BookingStaffMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyBookingStaffMemberBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyBookingStaffMemberBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyBookingStaffMemberBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyBookingStaffMemberBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyBookingStaffMemberBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BookingStaffMemberBase>();
    rt::object::auto_traits::<crate::v1::BookingStaffMember>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyBookingStaffMemberBase {
    const BASE_NAME: &'static str = "microsoft.graph.bookingStaffMemberBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.bookingStaffMember") => {
                Self::BookingStaffMember(rt::object::new_boxed())
            }
            _ => Self::BookingStaffMemberBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BookingStaffMemberBase(v) => &**v,
            Self::BookingStaffMember(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BookingStaffMemberBase(v) => &mut **v,
            Self::BookingStaffMember(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyBookingStaffMemberBase {
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
            Self::BookingStaffMemberBase(v) => &v.id,
            Self::BookingStaffMember(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BookingStaffMemberBase(v) => &mut v.id,
            Self::BookingStaffMember(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyBookingStaffMemberBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBookingStaffMemberBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingStaffMembershipStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingStaffMembershipStatus {
    /// `active` (value 0).
    Active,
    /// `pendingAcceptance` (value 1).
    PendingAcceptance,
    /// `rejectedByStaff` (value 2).
    RejectedByStaff,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BookingStaffMembershipStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingStaffMembershipStatus";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "pendingAcceptance",
        "rejectedByStaff",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "pendingAcceptance" => Self::PendingAcceptance,
                "rejectedByStaff" => Self::RejectedByStaff,
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
            Self::PendingAcceptance => "pendingAcceptance",
            Self::RejectedByStaff => "rejectedByStaff",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BookingStaffMembershipStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingStaffMembershipStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingStaffRole`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingStaffRole {
    /// `guest` (value 0).
    Guest,
    /// `administrator` (value 1).
    Administrator,
    /// `viewer` (value 2).
    Viewer,
    /// `externalGuest` (value 3).
    ExternalGuest,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `scheduler` (value 5).
    Scheduler,
    /// `teamMember` (value 6).
    TeamMember,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BookingStaffRole {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingStaffRole";
    const MEMBERS: &'static [&'static str] = &[
        "guest",
        "administrator",
        "viewer",
        "externalGuest",
        "unknownFutureValue",
        "scheduler",
        "teamMember",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "guest" => Self::Guest,
                "administrator" => Self::Administrator,
                "viewer" => Self::Viewer,
                "externalGuest" => Self::ExternalGuest,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "scheduler" => Self::Scheduler,
                "teamMember" => Self::TeamMember,
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
            Self::Guest => "guest",
            Self::Administrator => "administrator",
            Self::Viewer => "viewer",
            Self::ExternalGuest => "externalGuest",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Scheduler => "scheduler",
            Self::TeamMember => "teamMember",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BookingStaffRole);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingStaffRole);
#[cfg(msgraph_v1_search_or_solutions)]
/// This type represents the set of working hours in a single day of the week.
///
/// CSDL: `microsoft.graph.bookingWorkHours`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingWorkHours {
    /// The day of the week represented by this instance.
    ///
    /// CSDL: property `day`: `microsoft.graph.dayOfWeek`, not nullable.
    pub day: rt::Field<crate::v1::DayOfWeek>,
    /// A list of start/end times during a day.
    ///
    /// CSDL: property `timeSlots`: `Collection(microsoft.graph.bookingWorkTimeSlot)`, nullable.
    pub time_slots: rt::Field<::std::vec::Vec<crate::v1::BookingWorkTimeSlot>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingWorkHours {
    #[inline]
    fn default() -> Self {
        Self {
            day: rt::Field::Absent,
            time_slots: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingWorkHours {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingWorkHours";
    const KEYS: &'static [&'static str] = &["day", "timeSlots"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"day\":                          ",
        ",\"timeSlots\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingWorkHours\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "day", &self.day);
        v.field(1usize, "time_slots", &self.time_slots);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingWorkHours {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.day.read_from(r),
            1usize => self.time_slots.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.day);
        w.field(1usize, &self.time_slots);
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
rt::impl_object!(BookingWorkHours);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingWorkHours { with_day day : crate ::v1::DayOfWeek; with_time_slots time_slots :
    ::std::vec::Vec < crate ::v1::BookingWorkTimeSlot >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingWorkHours);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingWorkTimeSlot`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingWorkTimeSlot {
    /// CSDL: property `endTime`: `Edm.TimeOfDay`, not nullable.
    pub end_time: rt::Field<rt::edm::TimeOfDay>,
    /// CSDL: property `startTime`: `Edm.TimeOfDay`, not nullable.
    pub start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingWorkTimeSlot {
    #[inline]
    fn default() -> Self {
        Self {
            end_time: rt::Field::Absent,
            start_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingWorkTimeSlot {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingWorkTimeSlot";
    const KEYS: &'static [&'static str] = &["endTime", "startTime"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"endTime\":                      ",
        ",\"startTime\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingWorkTimeSlot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "end_time", &self.end_time);
        v.field(1usize, "start_time", &self.start_time);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingWorkTimeSlot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.end_time.read_from(r),
            1usize => self.start_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.end_time);
        w.field(1usize, &self.start_time);
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
rt::impl_object!(BookingWorkTimeSlot);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingWorkTimeSlot { with_end_time end_time : rt::edm::TimeOfDay; with_start_time
    start_time : rt::edm::TimeOfDay; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingWorkTimeSlot);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingsAvailability`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingsAvailability {
    /// Allow customers to set the type of availability.
    ///
    /// CSDL: property `availabilityType`: `microsoft.graph.bookingsServiceAvailabilityType`, not nullable.
    pub availability_type: rt::Field<crate::v1::BookingsServiceAvailabilityType>,
    /// The hours of operation in a week. This is set to null if the availability type is not customWeeklyHours
    ///
    /// CSDL: property `businessHours`: `Collection(microsoft.graph.bookingWorkHours)`, nullable.
    pub business_hours: rt::Field<::std::vec::Vec<crate::v1::BookingWorkHours>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingsAvailability {
    #[inline]
    fn default() -> Self {
        Self {
            availability_type: rt::Field::Absent,
            business_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingsAvailability {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingsAvailability";
    const KEYS: &'static [&'static str] = &["availabilityType", "businessHours"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"availabilityType\":             ",
        ",\"businessHours\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingsAvailability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "availability_type", &self.availability_type);
        v.field(1usize, "business_hours", &self.business_hours);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingsAvailability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.availability_type.read_from(r),
            1usize => self.business_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.availability_type);
        w.field(1usize, &self.business_hours);
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
rt::impl_object!(BookingsAvailability);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingsAvailability { with_availability_type availability_type : crate
    ::v1::BookingsServiceAvailabilityType; with_business_hours business_hours :
    ::std::vec::Vec < crate ::v1::BookingWorkHours >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingsAvailability);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.bookingsAvailability` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBookingsAvailability {
    BookingsAvailability(::std::boxed::Box<crate::v1::BookingsAvailability>),
    BookingsAvailabilityWindow(::std::boxed::Box<crate::v1::BookingsAvailabilityWindow>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyBookingsAvailability {
    #[inline]
    fn default() -> Self {
        Self::BookingsAvailability(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingsAvailability> for AnyBookingsAvailability {
    #[inline]
    fn from(v: crate::v1::BookingsAvailability) -> Self {
        Self::BookingsAvailability(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingsAvailabilityWindow>
for AnyBookingsAvailability {
    #[inline]
    fn from(v: crate::v1::BookingsAvailabilityWindow) -> Self {
        Self::BookingsAvailabilityWindow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyBookingsAvailability {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyBookingsAvailability {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyBookingsAvailability {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyBookingsAvailability {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyBookingsAvailability {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BookingsAvailability>();
    rt::object::auto_traits::<crate::v1::BookingsAvailabilityWindow>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyBookingsAvailability {
    const BASE_NAME: &'static str = "microsoft.graph.bookingsAvailability";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.bookingsAvailabilityWindow") => {
                Self::BookingsAvailabilityWindow(rt::object::new_boxed())
            }
            _ => Self::BookingsAvailability(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BookingsAvailability(v) => &**v,
            Self::BookingsAvailabilityWindow(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BookingsAvailability(v) => &mut **v,
            Self::BookingsAvailabilityWindow(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyBookingsAvailability {
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
    /// `availabilityType` of any variant.
    #[inline]
    pub fn availability_type(
        &self,
    ) -> &rt::Field<crate::v1::BookingsServiceAvailabilityType> {
        match self {
            Self::BookingsAvailability(v) => &v.availability_type,
            Self::BookingsAvailabilityWindow(v) => &v.availability_type,
        }
    }
    /// `availabilityType` of any variant.
    #[inline]
    pub fn availability_type_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::BookingsServiceAvailabilityType> {
        match self {
            Self::BookingsAvailability(v) => &mut v.availability_type,
            Self::BookingsAvailabilityWindow(v) => &mut v.availability_type,
        }
    }
    /// `businessHours` of any variant.
    #[inline]
    pub fn business_hours(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::BookingWorkHours>> {
        match self {
            Self::BookingsAvailability(v) => &v.business_hours,
            Self::BookingsAvailabilityWindow(v) => &v.business_hours,
        }
    }
    /// `businessHours` of any variant.
    #[inline]
    pub fn business_hours_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::BookingWorkHours>> {
        match self {
            Self::BookingsAvailability(v) => &mut v.business_hours,
            Self::BookingsAvailabilityWindow(v) => &mut v.business_hours,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyBookingsAvailability);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBookingsAvailability);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingsAvailabilityWindow`, complex type, derived from `microsoft.graph.bookingsAvailability`.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BookingsAvailabilityWindow {
    /// Allow customers to set the type of availability.
    ///
    /// CSDL: property `availabilityType`: `microsoft.graph.bookingsServiceAvailabilityType`, not nullable.
    pub availability_type: rt::Field<crate::v1::BookingsServiceAvailabilityType>,
    /// The hours of operation in a week. This is set to null if the availability type is not customWeeklyHours
    ///
    /// CSDL: property `businessHours`: `Collection(microsoft.graph.bookingWorkHours)`, nullable.
    pub business_hours: rt::Field<::std::vec::Vec<crate::v1::BookingWorkHours>>,
    /// Allow customers to end date of availability window.
    ///
    /// CSDL: property `endDate`: `Edm.Date`, nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// Allow customers to start date of availability window.
    ///
    /// CSDL: property `startDate`: `Edm.Date`, nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BookingsAvailabilityWindow {
    #[inline]
    fn default() -> Self {
        Self {
            availability_type: rt::Field::Absent,
            business_hours: rt::Field::Absent,
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BookingsAvailabilityWindow {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingsAvailabilityWindow";
    const KEYS: &'static [&'static str] = &[
        "availabilityType",
        "businessHours",
        "endDate",
        "startDate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"availabilityType\":             ",
        ",\"businessHours\":                ",
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingsAvailabilityWindow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "availability_type", &self.availability_type);
        v.field(1usize, "business_hours", &self.business_hours);
        v.field(2usize, "end_date", &self.end_date);
        v.field(3usize, "start_date", &self.start_date);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BookingsAvailabilityWindow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.availability_type.read_from(r),
            1usize => self.business_hours.read_from(r),
            2usize => self.end_date.read_from(r),
            3usize => self.start_date.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.availability_type);
        w.field(1usize, &self.business_hours);
        w.field(2usize, &self.end_date);
        w.field(3usize, &self.start_date);
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
rt::impl_object!(BookingsAvailabilityWindow);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BookingsAvailabilityWindow { with_availability_type availability_type : crate
    ::v1::BookingsServiceAvailabilityType; with_business_hours business_hours :
    ::std::vec::Vec < crate ::v1::BookingWorkHours >; with_end_date end_date :
    rt::edm::Date; with_start_date start_date : rt::edm::Date; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingsAvailabilityWindow);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.bookingsServiceAvailabilityType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BookingsServiceAvailabilityType {
    /// `bookWhenStaffAreFree` (value 0).
    BookWhenStaffAreFree,
    /// `notBookable` (value 1).
    NotBookable,
    /// `customWeeklyHours` (value 2).
    CustomWeeklyHours,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BookingsServiceAvailabilityType {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingsServiceAvailabilityType";
    const MEMBERS: &'static [&'static str] = &[
        "bookWhenStaffAreFree",
        "notBookable",
        "customWeeklyHours",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "bookWhenStaffAreFree" => Self::BookWhenStaffAreFree,
                "notBookable" => Self::NotBookable,
                "customWeeklyHours" => Self::CustomWeeklyHours,
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
            Self::BookWhenStaffAreFree => "bookWhenStaffAreFree",
            Self::NotBookable => "notBookable",
            Self::CustomWeeklyHours => "customWeeklyHours",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BookingsServiceAvailabilityType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingsServiceAvailabilityType);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.booleanColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BooleanColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for BooleanColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for BooleanColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.booleanColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.booleanColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for BooleanColumn {
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(BooleanColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(BooleanColumn);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.broadcastMeetingAudience`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BroadcastMeetingAudience {
    /// `roleIsAttendee` (value 0).
    RoleIsAttendee,
    /// `organization` (value 1).
    Organization,
    /// `everyone` (value 2).
    Everyone,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::StrEnum for BroadcastMeetingAudience {
    const TYPE_NAME: &'static str = "microsoft.graph.broadcastMeetingAudience";
    const MEMBERS: &'static [&'static str] = &[
        "roleIsAttendee",
        "organization",
        "everyone",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "roleIsAttendee" => Self::RoleIsAttendee,
                "organization" => Self::Organization,
                "everyone" => Self::Everyone,
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
            Self::RoleIsAttendee => "roleIsAttendee",
            Self::Organization => "organization",
            Self::Everyone => "everyone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_enum!(BroadcastMeetingAudience);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(BroadcastMeetingAudience);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.broadcastMeetingCaptionSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BroadcastMeetingCaptionSettings {
    /// CSDL: property `isCaptionEnabled`: `Edm.Boolean`, nullable.
    pub is_caption_enabled: rt::Field<bool>,
    /// CSDL: property `spokenLanguage`: `Edm.String`, nullable.
    pub spoken_language: rt::Field<::std::string::String>,
    /// CSDL: property `translationLanguages`: `Collection(Edm.String)`, nullable.
    pub translation_languages: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for BroadcastMeetingCaptionSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_caption_enabled: rt::Field::Absent,
            spoken_language: rt::Field::Absent,
            translation_languages: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for BroadcastMeetingCaptionSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.broadcastMeetingCaptionSettings";
    const KEYS: &'static [&'static str] = &[
        "isCaptionEnabled",
        "spokenLanguage",
        "translationLanguages",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isCaptionEnabled\":             ",
        ",\"spokenLanguage\":               ",
        ",\"translationLanguages\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.broadcastMeetingCaptionSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_caption_enabled", &self.is_caption_enabled);
        v.field(1usize, "spoken_language", &self.spoken_language);
        v.field(2usize, "translation_languages", &self.translation_languages);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for BroadcastMeetingCaptionSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_caption_enabled.read_from(r),
            1usize => self.spoken_language.read_from(r),
            2usize => self.translation_languages.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_caption_enabled);
        w.field(1usize, &self.spoken_language);
        w.field(2usize, &self.translation_languages);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(BroadcastMeetingCaptionSettings);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    BroadcastMeetingCaptionSettings { with_is_caption_enabled is_caption_enabled : bool;
    with_spoken_language spoken_language : ::std::string::String;
    with_translation_languages translation_languages : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(BroadcastMeetingCaptionSettings);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.broadcastMeetingSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BroadcastMeetingSettings {
    /// CSDL: property `allowedAudience`: `microsoft.graph.broadcastMeetingAudience`, nullable.
    pub allowed_audience: rt::Field<crate::v1::BroadcastMeetingAudience>,
    /// CSDL: property `captions`: `microsoft.graph.broadcastMeetingCaptionSettings`, nullable.
    pub captions: rt::Field<crate::v1::BroadcastMeetingCaptionSettings>,
    /// CSDL: property `isAttendeeReportEnabled`: `Edm.Boolean`, nullable.
    pub is_attendee_report_enabled: rt::Field<bool>,
    /// CSDL: property `isQuestionAndAnswerEnabled`: `Edm.Boolean`, nullable.
    pub is_question_and_answer_enabled: rt::Field<bool>,
    /// CSDL: property `isRecordingEnabled`: `Edm.Boolean`, nullable.
    pub is_recording_enabled: rt::Field<bool>,
    /// CSDL: property `isVideoOnDemandEnabled`: `Edm.Boolean`, nullable.
    pub is_video_on_demand_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for BroadcastMeetingSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_audience: rt::Field::Absent,
            captions: rt::Field::Absent,
            is_attendee_report_enabled: rt::Field::Absent,
            is_question_and_answer_enabled: rt::Field::Absent,
            is_recording_enabled: rt::Field::Absent,
            is_video_on_demand_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for BroadcastMeetingSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.broadcastMeetingSettings";
    const KEYS: &'static [&'static str] = &[
        "allowedAudience",
        "captions",
        "isAttendeeReportEnabled",
        "isQuestionAndAnswerEnabled",
        "isRecordingEnabled",
        "isVideoOnDemandEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedAudience\":              ",
        ",\"captions\":                     ",
        ",\"isAttendeeReportEnabled\":      ",
        ",\"isQuestionAndAnswerEnabled\":   ",
        ",\"isRecordingEnabled\":           ",
        ",\"isVideoOnDemandEnabled\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.broadcastMeetingSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_audience", &self.allowed_audience);
        v.field(1usize, "captions", &self.captions);
        v.field(2usize, "is_attendee_report_enabled", &self.is_attendee_report_enabled);
        v.field(
            3usize,
            "is_question_and_answer_enabled",
            &self.is_question_and_answer_enabled,
        );
        v.field(4usize, "is_recording_enabled", &self.is_recording_enabled);
        v.field(5usize, "is_video_on_demand_enabled", &self.is_video_on_demand_enabled);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for BroadcastMeetingSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_audience.read_from(r),
            1usize => self.captions.read_from(r),
            2usize => self.is_attendee_report_enabled.read_from(r),
            3usize => self.is_question_and_answer_enabled.read_from(r),
            4usize => self.is_recording_enabled.read_from(r),
            5usize => self.is_video_on_demand_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_audience);
        w.field(1usize, &self.captions);
        w.field(2usize, &self.is_attendee_report_enabled);
        w.field(3usize, &self.is_question_and_answer_enabled);
        w.field(4usize, &self.is_recording_enabled);
        w.field(5usize, &self.is_video_on_demand_enabled);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(BroadcastMeetingSettings);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    BroadcastMeetingSettings { with_allowed_audience allowed_audience : crate
    ::v1::BroadcastMeetingAudience; with_captions captions : crate
    ::v1::BroadcastMeetingCaptionSettings; with_is_attendee_report_enabled
    is_attendee_report_enabled : bool; with_is_question_and_answer_enabled
    is_question_and_answer_enabled : bool; with_is_recording_enabled is_recording_enabled
    : bool; with_is_video_on_demand_enabled is_video_on_demand_enabled : bool; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(BroadcastMeetingSettings);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.browseQueryOrder`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowseQueryOrder {
    /// `pathAsc` (value 0).
    PathAsc,
    /// `pathDsc` (value 1).
    PathDsc,
    /// `nameAsc` (value 2).
    NameAsc,
    /// `nameDsc` (value 3).
    NameDsc,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BrowseQueryOrder {
    const TYPE_NAME: &'static str = "microsoft.graph.browseQueryOrder";
    const MEMBERS: &'static [&'static str] = &[
        "pathAsc",
        "pathDsc",
        "nameAsc",
        "nameDsc",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "pathAsc" => Self::PathAsc,
                "pathDsc" => Self::PathDsc,
                "nameAsc" => Self::NameAsc,
                "nameDsc" => Self::NameDsc,
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
            Self::PathAsc => "pathAsc",
            Self::PathDsc => "pathDsc",
            Self::NameAsc => "nameAsc",
            Self::NameDsc => "nameDsc",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BrowseQueryOrder);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowseQueryOrder);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.browseQueryResponseItem`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BrowseQueryResponseItem {
    /// CSDL: property `itemKey`: `Edm.String`, nullable.
    pub item_key: rt::Field<::std::string::String>,
    /// CSDL: property `itemsCount`: `Edm.Int32`, nullable.
    pub items_count: rt::Field<i32>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `sizeInBytes`: `Edm.String`, nullable.
    pub size_in_bytes: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `microsoft.graph.browseQueryResponseItemType`, not nullable.
    pub type_: rt::Field<crate::v1::BrowseQueryResponseItemType>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BrowseQueryResponseItem {
    #[inline]
    fn default() -> Self {
        Self {
            item_key: rt::Field::Absent,
            items_count: rt::Field::Absent,
            name: rt::Field::Absent,
            size_in_bytes: rt::Field::Absent,
            type_: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BrowseQueryResponseItem {
    const TYPE_NAME: &'static str = "microsoft.graph.browseQueryResponseItem";
    const KEYS: &'static [&'static str] = &[
        "itemKey",
        "itemsCount",
        "name",
        "sizeInBytes",
        "type",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"itemKey\":                      ",
        ",\"itemsCount\":                   ",
        ",\"name\":                         ",
        ",\"sizeInBytes\":                  ",
        ",\"type\":                         ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browseQueryResponseItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "item_key", &self.item_key);
        v.field(1usize, "items_count", &self.items_count);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "size_in_bytes", &self.size_in_bytes);
        v.field(4usize, "type_", &self.type_);
        v.field(5usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BrowseQueryResponseItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.item_key.read_from(r),
            1usize => self.items_count.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.size_in_bytes.read_from(r),
            4usize => self.type_.read_from(r),
            5usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.item_key);
        w.field(1usize, &self.items_count);
        w.field(2usize, &self.name);
        w.field(3usize, &self.size_in_bytes);
        w.field(4usize, &self.type_);
        w.field(5usize, &self.web_url);
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
rt::impl_object!(BrowseQueryResponseItem);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BrowseQueryResponseItem { with_item_key item_key : ::std::string::String;
    with_items_count items_count : i32; with_name name : ::std::string::String;
    with_size_in_bytes size_in_bytes : ::std::string::String; with_type type_ : crate
    ::v1::BrowseQueryResponseItemType; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowseQueryResponseItem);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.browseQueryResponseItemType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowseQueryResponseItemType {
    /// `none` (value 0).
    None,
    /// `site` (value 1).
    Site,
    /// `documentLibrary` (value 2).
    DocumentLibrary,
    /// `folder` (value 3).
    Folder,
    /// `file` (value 4).
    File,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BrowseQueryResponseItemType {
    const TYPE_NAME: &'static str = "microsoft.graph.browseQueryResponseItemType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "site",
        "documentLibrary",
        "folder",
        "file",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "site" => Self::Site,
                "documentLibrary" => Self::DocumentLibrary,
                "folder" => Self::Folder,
                "file" => Self::File,
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
            Self::None => "none",
            Self::Site => "site",
            Self::DocumentLibrary => "documentLibrary",
            Self::Folder => "folder",
            Self::File => "file",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BrowseQueryResponseItemType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowseQueryResponseItemType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.browseSessionBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`BrowseSessionBasePath`](requests/trait.BrowseSessionBasePath.html), what a path to one (`EntityPath<AnyBrowseSessionBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct BrowseSessionBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backupSizeInBytes`: `Edm.String`, nullable.
    pub backup_size_in_bytes: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restorePointDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restore_point_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restorePointId`: `Edm.String`, nullable.
    pub restore_point_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.browseSessionStatus`, not nullable.
    pub status: rt::Field<crate::v1::BrowseSessionStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for BrowseSessionBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            backup_size_in_bytes: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            restore_point_date_time: rt::Field::Absent,
            restore_point_id: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for BrowseSessionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.browseSessionBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backupSizeInBytes",
        "createdDateTime",
        "error",
        "expirationDateTime",
        "restorePointDateTime",
        "restorePointId",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backupSizeInBytes\":            ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"expirationDateTime\":           ",
        ",\"restorePointDateTime\":         ",
        ",\"restorePointId\":               ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.browseSessionBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "backup_size_in_bytes", &self.backup_size_in_bytes);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "restore_point_date_time", &self.restore_point_date_time);
        v.field(6usize, "restore_point_id", &self.restore_point_id);
        v.field(7usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for BrowseSessionBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.backup_size_in_bytes.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.restore_point_date_time.read_from(r),
            6usize => self.restore_point_id.read_from(r),
            7usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.backup_size_in_bytes);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.restore_point_date_time);
        w.field(6usize, &self.restore_point_id);
        w.field(7usize, &self.status);
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
rt::impl_object!(BrowseSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    BrowseSessionBase { with_id id : ::std::string::String; with_backup_size_in_bytes
    backup_size_in_bytes : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::v1::PublicError; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_restore_point_date_time restore_point_date_time :
    rt::edm::DateTimeOffset; with_restore_point_id restore_point_id :
    ::std::string::String; with_status status : crate ::v1::BrowseSessionStatus; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowseSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.browseSessionBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyBrowseSessionBase {
    BrowseSessionBase(::std::boxed::Box<crate::v1::BrowseSessionBase>),
    OneDriveForBusinessBrowseSession(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessBrowseSession>,
    ),
    SharePointBrowseSession(::std::boxed::Box<crate::v1::SharePointBrowseSession>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyBrowseSessionBase {
    #[inline]
    fn default() -> Self {
        Self::BrowseSessionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BrowseSessionBase> for AnyBrowseSessionBase {
    #[inline]
    fn from(v: crate::v1::BrowseSessionBase) -> Self {
        Self::BrowseSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessBrowseSession>
for AnyBrowseSessionBase {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessBrowseSession) -> Self {
        Self::OneDriveForBusinessBrowseSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointBrowseSession> for AnyBrowseSessionBase {
    #[inline]
    fn from(v: crate::v1::SharePointBrowseSession) -> Self {
        Self::SharePointBrowseSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyBrowseSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyBrowseSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyBrowseSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyBrowseSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyBrowseSessionBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::BrowseSessionBase>();
    rt::object::auto_traits::<crate::v1::OneDriveForBusinessBrowseSession>();
    rt::object::auto_traits::<crate::v1::SharePointBrowseSession>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyBrowseSessionBase {
    const BASE_NAME: &'static str = "microsoft.graph.browseSessionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessBrowseSession",
            ) => Self::OneDriveForBusinessBrowseSession(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.sharePointBrowseSession") => {
                Self::SharePointBrowseSession(rt::object::new_boxed())
            }
            _ => Self::BrowseSessionBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::BrowseSessionBase(v) => &**v,
            Self::OneDriveForBusinessBrowseSession(v) => &**v,
            Self::SharePointBrowseSession(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::BrowseSessionBase(v) => &mut **v,
            Self::OneDriveForBusinessBrowseSession(v) => &mut **v,
            Self::SharePointBrowseSession(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyBrowseSessionBase {
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
            Self::BrowseSessionBase(v) => &v.id,
            Self::OneDriveForBusinessBrowseSession(v) => &v.id,
            Self::SharePointBrowseSession(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.id,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.id,
            Self::SharePointBrowseSession(v) => &mut v.id,
        }
    }
    /// `backupSizeInBytes` of any variant.
    #[inline]
    pub fn backup_size_in_bytes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BrowseSessionBase(v) => &v.backup_size_in_bytes,
            Self::OneDriveForBusinessBrowseSession(v) => &v.backup_size_in_bytes,
            Self::SharePointBrowseSession(v) => &v.backup_size_in_bytes,
        }
    }
    /// `backupSizeInBytes` of any variant.
    #[inline]
    pub fn backup_size_in_bytes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.backup_size_in_bytes,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.backup_size_in_bytes,
            Self::SharePointBrowseSession(v) => &mut v.backup_size_in_bytes,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BrowseSessionBase(v) => &v.created_date_time,
            Self::OneDriveForBusinessBrowseSession(v) => &v.created_date_time,
            Self::SharePointBrowseSession(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.created_date_time,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.created_date_time,
            Self::SharePointBrowseSession(v) => &mut v.created_date_time,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error(&self) -> &rt::Field<crate::v1::PublicError> {
        match self {
            Self::BrowseSessionBase(v) => &v.error,
            Self::OneDriveForBusinessBrowseSession(v) => &v.error,
            Self::SharePointBrowseSession(v) => &v.error,
        }
    }
    /// `error` of any variant.
    #[inline]
    pub fn error_mut(&mut self) -> &mut rt::Field<crate::v1::PublicError> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.error,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.error,
            Self::SharePointBrowseSession(v) => &mut v.error,
        }
    }
    /// `expirationDateTime` of any variant.
    #[inline]
    pub fn expiration_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BrowseSessionBase(v) => &v.expiration_date_time,
            Self::OneDriveForBusinessBrowseSession(v) => &v.expiration_date_time,
            Self::SharePointBrowseSession(v) => &v.expiration_date_time,
        }
    }
    /// `expirationDateTime` of any variant.
    #[inline]
    pub fn expiration_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.expiration_date_time,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.expiration_date_time,
            Self::SharePointBrowseSession(v) => &mut v.expiration_date_time,
        }
    }
    /// `restorePointDateTime` of any variant.
    #[inline]
    pub fn restore_point_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BrowseSessionBase(v) => &v.restore_point_date_time,
            Self::OneDriveForBusinessBrowseSession(v) => &v.restore_point_date_time,
            Self::SharePointBrowseSession(v) => &v.restore_point_date_time,
        }
    }
    /// `restorePointDateTime` of any variant.
    #[inline]
    pub fn restore_point_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.restore_point_date_time,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.restore_point_date_time,
            Self::SharePointBrowseSession(v) => &mut v.restore_point_date_time,
        }
    }
    /// `restorePointId` of any variant.
    #[inline]
    pub fn restore_point_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::BrowseSessionBase(v) => &v.restore_point_id,
            Self::OneDriveForBusinessBrowseSession(v) => &v.restore_point_id,
            Self::SharePointBrowseSession(v) => &v.restore_point_id,
        }
    }
    /// `restorePointId` of any variant.
    #[inline]
    pub fn restore_point_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.restore_point_id,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.restore_point_id,
            Self::SharePointBrowseSession(v) => &mut v.restore_point_id,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::BrowseSessionStatus> {
        match self {
            Self::BrowseSessionBase(v) => &v.status,
            Self::OneDriveForBusinessBrowseSession(v) => &v.status,
            Self::SharePointBrowseSession(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::BrowseSessionStatus> {
        match self {
            Self::BrowseSessionBase(v) => &mut v.status,
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.status,
            Self::SharePointBrowseSession(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyBrowseSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyBrowseSessionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.browseSessionStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BrowseSessionStatus {
    /// `creating` (value 0).
    Creating,
    /// `created` (value 1).
    Created,
    /// `failed` (value 2).
    Failed,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for BrowseSessionStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.browseSessionStatus";
    const MEMBERS: &'static [&'static str] = &[
        "creating",
        "created",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "creating" => Self::Creating,
                "created" => Self::Created,
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
            Self::Creating => "creating",
            Self::Created => "created",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(BrowseSessionStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(BrowseSessionStatus);
