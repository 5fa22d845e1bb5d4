//! Types of `microsoft.graph` by the first letters of their names (`m_n`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailboxItemImportSession`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailboxItemImportSession {
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `importUrl`: `Edm.String`, nullable.
    pub import_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailboxItemImportSession {
    #[inline]
    fn default() -> Self {
        Self {
            expiration_date_time: rt::Field::Absent,
            import_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailboxItemImportSession {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxItemImportSession";
    const KEYS: &'static [&'static str] = &["expirationDateTime", "importUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"expirationDateTime\":           ",
        ",\"importUrl\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxItemImportSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "expiration_date_time", &self.expiration_date_time);
        v.field(1usize, "import_url", &self.import_url);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailboxItemImportSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.expiration_date_time.read_from(r),
            1usize => self.import_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.expiration_date_time);
        w.field(1usize, &self.import_url);
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
rt::impl_object!(MailboxItemImportSession);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailboxItemImportSession { with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_import_url import_url : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxItemImportSession);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.mailboxProtectionRule`, entity type, derived from `microsoft.graph.protectionRuleBase`, key `id`.
///
/// Request builders: [`ProtectionRuleBasePath`](requests/trait.ProtectionRuleBasePath.html), what a path to one (`EntityPath<MailboxProtectionRule, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct MailboxProtectionRule {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `isAutoApplyEnabled`: `Edm.Boolean`, nullable.
    pub is_auto_apply_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionRuleStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionRuleStatus>,
    /// CSDL: property `mailboxExpression`: `Edm.String`, nullable.
    pub mailbox_expression: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for MailboxProtectionRule {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            is_auto_apply_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            mailbox_expression: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for MailboxProtectionRule {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxProtectionRule";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "error",
        "isAutoApplyEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
        "mailboxExpression",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"isAutoApplyEnabled\":           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"mailboxExpression\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxProtectionRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "is_auto_apply_enabled", &self.is_auto_apply_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "mailbox_expression", &self.mailbox_expression);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for MailboxProtectionRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.is_auto_apply_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.mailbox_expression.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.is_auto_apply_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.status);
        w.field(8usize, &self.mailbox_expression);
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
rt::impl_object!(MailboxProtectionRule);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    MailboxProtectionRule { with_id id : ::std::string::String; with_created_by
    created_by : crate ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_error error : crate ::v1::PublicError;
    with_is_auto_apply_enabled is_auto_apply_enabled : bool; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::v1::ProtectionRuleStatus; with_mailbox_expression mailbox_expression :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxProtectionRule);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.mailboxProtectionUnitsBulkAdditionJob`, entity type, derived from `microsoft.graph.protectionUnitsBulkJobBase`, key `id`.
///
/// Request builders: [`ProtectionUnitsBulkJobBasePath`](requests/trait.ProtectionUnitsBulkJobBasePath.html), what a path to one (`EntityPath<MailboxProtectionUnitsBulkAdditionJob, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct MailboxProtectionUnitsBulkAdditionJob {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.protectionUnitsBulkJobStatus`, not nullable.
    pub status: rt::Field<crate::v1::ProtectionUnitsBulkJobStatus>,
    /// CSDL: property `directoryObjectIds`: `Collection(Edm.String)`, nullable.
    pub directory_object_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `mailboxes`: `Collection(Edm.String)`, nullable.
    pub mailboxes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for MailboxProtectionUnitsBulkAdditionJob {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            directory_object_ids: rt::Field::Absent,
            mailboxes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for MailboxProtectionUnitsBulkAdditionJob {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "status",
        "directoryObjectIds",
        "mailboxes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"status\":                       ",
        ",\"directoryObjectIds\":           ",
        ",\"mailboxes\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxProtectionUnitsBulkAdditionJob\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "directory_object_ids", &self.directory_object_ids);
        v.field(9usize, "mailboxes", &self.mailboxes);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for MailboxProtectionUnitsBulkAdditionJob {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.directory_object_ids.read_from(r),
            9usize => self.mailboxes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.status);
        w.field(8usize, &self.directory_object_ids);
        w.field(9usize, &self.mailboxes);
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
rt::impl_object!(MailboxProtectionUnitsBulkAdditionJob);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    MailboxProtectionUnitsBulkAdditionJob { with_id id : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_error error : crate ::v1::PublicError;
    with_last_modified_by last_modified_by : crate ::v1::AnyIdentitySet;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::ProtectionUnitsBulkJobStatus;
    with_directory_object_ids directory_object_ids : ::std::vec::Vec <
    ::std::string::String >; with_mailboxes mailboxes : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxProtectionUnitsBulkAdditionJob);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest`, entity type, derived from `microsoft.graph.restoreArtifactsBulkRequestBase`, key `id`.
///
/// Request builders: [`RestoreArtifactsBulkRequestBasePath`](requests/trait.RestoreArtifactsBulkRequestBasePath.html), what a path to one (`EntityPath<MailboxRestoreArtifactsBulkAdditionRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct MailboxRestoreArtifactsBulkAdditionRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `destinationType`: `microsoft.graph.destinationType`, nullable.
    pub destination_type: rt::Field<crate::v1::DestinationType>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionTimePeriod`: `microsoft.graph.timePeriod`, nullable.
    pub protection_time_period: rt::Field<crate::v1::TimePeriod>,
    /// CSDL: property `protectionUnitIds`: `Collection(Edm.String)`, nullable.
    pub protection_unit_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `restorePointPreference`: `microsoft.graph.restorePointPreference`, nullable.
    pub restore_point_preference: rt::Field<crate::v1::RestorePointPreference>,
    /// CSDL: property `status`: `microsoft.graph.restoreArtifactsBulkRequestStatus`, not nullable.
    pub status: rt::Field<crate::v1::RestoreArtifactsBulkRequestStatus>,
    /// CSDL: property `tags`: `microsoft.graph.restorePointTags`, nullable.
    pub tags: rt::Field<rt::Flags<crate::v1::RestorePointTags>>,
    /// CSDL: property `directoryObjectIds`: `Collection(Edm.String)`, nullable.
    pub directory_object_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `mailboxes`: `Collection(Edm.String)`, nullable.
    pub mailboxes: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for MailboxRestoreArtifactsBulkAdditionRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            destination_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_time_period: rt::Field::Absent,
            protection_unit_ids: rt::Field::Absent,
            restore_point_preference: rt::Field::Absent,
            status: rt::Field::Absent,
            tags: rt::Field::Absent,
            directory_object_ids: rt::Field::Absent,
            mailboxes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for MailboxRestoreArtifactsBulkAdditionRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "destinationType",
        "displayName",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionTimePeriod",
        "protectionUnitIds",
        "restorePointPreference",
        "status",
        "tags",
        "directoryObjectIds",
        "mailboxes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"destinationType\":              ",
        ",\"displayName\":                  ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionTimePeriod\":         ",
        ",\"protectionUnitIds\":            ",
        ",\"restorePointPreference\":       ",
        ",\"status\":                       ",
        ",\"tags\":                         ",
        ",\"directoryObjectIds\":           ",
        ",\"mailboxes\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "destination_type", &self.destination_type);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "error", &self.error);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "protection_time_period", &self.protection_time_period);
        v.field(9usize, "protection_unit_ids", &self.protection_unit_ids);
        v.field(10usize, "restore_point_preference", &self.restore_point_preference);
        v.field(11usize, "status", &self.status);
        v.field(12usize, "tags", &self.tags);
        v.field(13usize, "directory_object_ids", &self.directory_object_ids);
        v.field(14usize, "mailboxes", &self.mailboxes);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for MailboxRestoreArtifactsBulkAdditionRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.destination_type.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.error.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.protection_time_period.read_from(r),
            9usize => self.protection_unit_ids.read_from(r),
            10usize => self.restore_point_preference.read_from(r),
            11usize => self.status.read_from(r),
            12usize => self.tags.read_from(r),
            13usize => self.directory_object_ids.read_from(r),
            14usize => self.mailboxes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.destination_type);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.error);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.protection_time_period);
        w.field(9usize, &self.protection_unit_ids);
        w.field(10usize, &self.restore_point_preference);
        w.field(11usize, &self.status);
        w.field(12usize, &self.tags);
        w.field(13usize, &self.directory_object_ids);
        w.field(14usize, &self.mailboxes);
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
rt::impl_object!(MailboxRestoreArtifactsBulkAdditionRequest);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    MailboxRestoreArtifactsBulkAdditionRequest { with_id id : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_destination_type destination_type :
    crate ::v1::DestinationType; with_display_name display_name : ::std::string::String;
    with_error error : crate ::v1::PublicError; with_last_modified_by last_modified_by :
    crate ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_protection_time_period protection_time_period : crate
    ::v1::TimePeriod; with_protection_unit_ids protection_unit_ids : ::std::vec::Vec <
    ::std::string::String >; with_restore_point_preference restore_point_preference :
    crate ::v1::RestorePointPreference; with_status status : crate
    ::v1::RestoreArtifactsBulkRequestStatus; with_tags tags : rt::Flags < crate
    ::v1::RestorePointTags >; with_directory_object_ids directory_object_ids :
    ::std::vec::Vec < ::std::string::String >; with_mailboxes mailboxes : ::std::vec::Vec
    < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxRestoreArtifactsBulkAdditionRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.mailboxSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailboxSettings {
    /// CSDL: property `archiveFolder`: `Edm.String`, nullable.
    pub archive_folder: rt::Field<::std::string::String>,
    /// CSDL: property `automaticRepliesSetting`: `microsoft.graph.automaticRepliesSetting`, nullable.
    pub automatic_replies_setting: rt::Field<crate::v1::AutomaticRepliesSetting>,
    /// CSDL: property `dateFormat`: `Edm.String`, nullable.
    pub date_format: rt::Field<::std::string::String>,
    /// CSDL: property `delegateMeetingMessageDeliveryOptions`: `microsoft.graph.delegateMeetingMessageDeliveryOptions`, nullable.
    pub delegate_meeting_message_delivery_options: rt::Field<
        crate::v1::DelegateMeetingMessageDeliveryOptions,
    >,
    /// CSDL: property `language`: `microsoft.graph.localeInfo`, nullable.
    pub language: rt::Field<crate::v1::LocaleInfo>,
    /// CSDL: property `timeFormat`: `Edm.String`, nullable.
    pub time_format: rt::Field<::std::string::String>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `userPurpose`: `microsoft.graph.userPurpose`, nullable.
    pub user_purpose: rt::Field<crate::v1::UserPurpose>,
    /// CSDL: property `workingHours`: `microsoft.graph.workingHours`, nullable.
    pub working_hours: rt::Field<crate::v1::WorkingHours>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MailboxSettings {
    #[inline]
    fn default() -> Self {
        Self {
            archive_folder: rt::Field::Absent,
            automatic_replies_setting: rt::Field::Absent,
            date_format: rt::Field::Absent,
            delegate_meeting_message_delivery_options: rt::Field::Absent,
            language: rt::Field::Absent,
            time_format: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            user_purpose: rt::Field::Absent,
            working_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MailboxSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxSettings";
    const KEYS: &'static [&'static str] = &[
        "archiveFolder",
        "automaticRepliesSetting",
        "dateFormat",
        "delegateMeetingMessageDeliveryOptions",
        "language",
        "timeFormat",
        "timeZone",
        "userPurpose",
        "workingHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"archiveFolder\":                ",
        ",\"automaticRepliesSetting\":      ",
        ",\"dateFormat\":                   ",
        ",\"delegateMeetingMessageDeliveryOptions\":",
        ",\"language\":                     ",
        ",\"timeFormat\":                   ",
        ",\"timeZone\":                     ",
        ",\"userPurpose\":                  ",
        ",\"workingHours\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "archive_folder", &self.archive_folder);
        v.field(1usize, "automatic_replies_setting", &self.automatic_replies_setting);
        v.field(2usize, "date_format", &self.date_format);
        v.field(
            3usize,
            "delegate_meeting_message_delivery_options",
            &self.delegate_meeting_message_delivery_options,
        );
        v.field(4usize, "language", &self.language);
        v.field(5usize, "time_format", &self.time_format);
        v.field(6usize, "time_zone", &self.time_zone);
        v.field(7usize, "user_purpose", &self.user_purpose);
        v.field(8usize, "working_hours", &self.working_hours);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MailboxSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.archive_folder.read_from(r),
            1usize => self.automatic_replies_setting.read_from(r),
            2usize => self.date_format.read_from(r),
            3usize => self.delegate_meeting_message_delivery_options.read_from(r),
            4usize => self.language.read_from(r),
            5usize => self.time_format.read_from(r),
            6usize => self.time_zone.read_from(r),
            7usize => self.user_purpose.read_from(r),
            8usize => self.working_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.archive_folder);
        w.field(1usize, &self.automatic_replies_setting);
        w.field(2usize, &self.date_format);
        w.field(3usize, &self.delegate_meeting_message_delivery_options);
        w.field(4usize, &self.language);
        w.field(5usize, &self.time_format);
        w.field(6usize, &self.time_zone);
        w.field(7usize, &self.user_purpose);
        w.field(8usize, &self.working_hours);
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
rt::impl_object!(MailboxSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MailboxSettings { with_archive_folder archive_folder : ::std::string::String;
    with_automatic_replies_setting automatic_replies_setting : crate
    ::v1::AutomaticRepliesSetting; with_date_format date_format : ::std::string::String;
    with_delegate_meeting_message_delivery_options
    delegate_meeting_message_delivery_options : crate
    ::v1::DelegateMeetingMessageDeliveryOptions; with_language language : crate
    ::v1::LocaleInfo; with_time_format time_format : ::std::string::String;
    with_time_zone time_zone : ::std::string::String; with_user_purpose user_purpose :
    crate ::v1::UserPurpose; with_working_hours working_hours : crate ::v1::WorkingHours;
    }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxSettings);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.malware`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Malware {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Malware {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Malware {
    const TYPE_NAME: &'static str = "microsoft.graph.malware";
    const KEYS: &'static [&'static str] = &["description"];
    const KEYS_JSON: &'static [&'static str] = &[",\"description\":                  "];
    const TAG: &'static str = "\"#microsoft.graph.malware\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Malware {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
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
rt::impl_object!(Malware);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(Malware { with_description description : ::std::string::String; });
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Malware);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.malwareState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MalwareState {
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `family`: `Edm.String`, nullable.
    pub family: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `Edm.String`, nullable.
    pub severity: rt::Field<::std::string::String>,
    /// CSDL: property `wasRunning`: `Edm.Boolean`, nullable.
    pub was_running: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MalwareState {
    #[inline]
    fn default() -> Self {
        Self {
            category: rt::Field::Absent,
            family: rt::Field::Absent,
            name: rt::Field::Absent,
            severity: rt::Field::Absent,
            was_running: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MalwareState {
    const TYPE_NAME: &'static str = "microsoft.graph.malwareState";
    const KEYS: &'static [&'static str] = &[
        "category",
        "family",
        "name",
        "severity",
        "wasRunning",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"category\":                     ",
        ",\"family\":                       ",
        ",\"name\":                         ",
        ",\"severity\":                     ",
        ",\"wasRunning\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.malwareState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "category", &self.category);
        v.field(1usize, "family", &self.family);
        v.field(2usize, "name", &self.name);
        v.field(3usize, "severity", &self.severity);
        v.field(4usize, "was_running", &self.was_running);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MalwareState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.category.read_from(r),
            1usize => self.family.read_from(r),
            2usize => self.name.read_from(r),
            3usize => self.severity.read_from(r),
            4usize => self.was_running.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.category);
        w.field(1usize, &self.family);
        w.field(2usize, &self.name);
        w.field(3usize, &self.severity);
        w.field(4usize, &self.was_running);
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
rt::impl_object!(MalwareState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MalwareState { with_category category : ::std::string::String; with_family family :
    ::std::string::String; with_name name : ::std::string::String; with_severity severity
    : ::std::string::String; with_was_running was_running : bool; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MalwareState);
#[cfg(msgraph_v1_device_management_or_search)]
/// Malware state for a windows device
///
/// CSDL: `microsoft.graph.malwareStateForWindowsDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MalwareStateForWindowsDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates the number of times the malware is detected
    ///
    /// CSDL: property `detectionCount`: `Edm.Int32`, nullable.
    pub detection_count: rt::Field<i32>,
    /// Indicates the name of the device being evaluated for malware state
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Indicates execution status of the malware. Possible values are: unknown, blocked, allowed, running, notRunning. Defaults to unknown
    ///
    /// CSDL: property `executionState`: `microsoft.graph.windowsMalwareExecutionState`, nullable.
    pub execution_state: rt::Field<crate::v1::WindowsMalwareExecutionState>,
    /// Initial detection datetime of the malware
    ///
    /// CSDL: property `initialDetectionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub initial_detection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time this particular threat was changed
    ///
    /// CSDL: property `lastStateChangeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_state_change_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Indicates threat status of the malware. Possible values are: active, actionFailed, manualStepsRequired, fullScanRequired, rebootRequired, remediatedWithNonCriticalFailures, quarantined, removed, cleaned, allowed, noStatusCleared. defaults to noStatusCleared
    ///
    /// CSDL: property `threatState`: `microsoft.graph.windowsMalwareThreatState`, nullable.
    pub threat_state: rt::Field<crate::v1::WindowsMalwareThreatState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MalwareStateForWindowsDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            detection_count: rt::Field::Absent,
            device_name: rt::Field::Absent,
            execution_state: rt::Field::Absent,
            initial_detection_date_time: rt::Field::Absent,
            last_state_change_date_time: rt::Field::Absent,
            threat_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MalwareStateForWindowsDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.malwareStateForWindowsDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "detectionCount",
        "deviceName",
        "executionState",
        "initialDetectionDateTime",
        "lastStateChangeDateTime",
        "threatState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"detectionCount\":               ",
        ",\"deviceName\":                   ",
        ",\"executionState\":               ",
        ",\"initialDetectionDateTime\":     ",
        ",\"lastStateChangeDateTime\":      ",
        ",\"threatState\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.malwareStateForWindowsDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "detection_count", &self.detection_count);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "execution_state", &self.execution_state);
        v.field(
            4usize,
            "initial_detection_date_time",
            &self.initial_detection_date_time,
        );
        v.field(
            5usize,
            "last_state_change_date_time",
            &self.last_state_change_date_time,
        );
        v.field(6usize, "threat_state", &self.threat_state);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MalwareStateForWindowsDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.detection_count.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.execution_state.read_from(r),
            4usize => self.initial_detection_date_time.read_from(r),
            5usize => self.last_state_change_date_time.read_from(r),
            6usize => self.threat_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.detection_count);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.execution_state);
        w.field(4usize, &self.initial_detection_date_time);
        w.field(5usize, &self.last_state_change_date_time);
        w.field(6usize, &self.threat_state);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(MalwareStateForWindowsDevice);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MalwareStateForWindowsDevice { with_id id : ::std::string::String;
    with_detection_count detection_count : i32; with_device_name device_name :
    ::std::string::String; with_execution_state execution_state : crate
    ::v1::WindowsMalwareExecutionState; with_initial_detection_date_time
    initial_detection_date_time : rt::edm::DateTimeOffset;
    with_last_state_change_date_time last_state_change_date_time :
    rt::edm::DateTimeOffset; with_threat_state threat_state : crate
    ::v1::WindowsMalwareThreatState; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MalwareStateForWindowsDevice);
#[cfg(msgraph_v1_search)]
/// Summary data for managed devices
///
/// CSDL: `microsoft.graph.managedDeviceOverview`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ManagedDeviceOverviewPath`](requests/trait.ManagedDeviceOverviewPath.html), what a path to one (`EntityPath<ManagedDeviceOverview, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct ManagedDeviceOverview {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Distribution of Exchange Access State in Intune
    ///
    /// CSDL: property `deviceExchangeAccessStateSummary`: `microsoft.graph.deviceExchangeAccessStateSummary`, nullable.
    pub device_exchange_access_state_summary: rt::Field<
        crate::v1::DeviceExchangeAccessStateSummary,
    >,
    /// Device operating system summary.
    ///
    /// CSDL: property `deviceOperatingSystemSummary`: `microsoft.graph.deviceOperatingSystemSummary`, nullable.
    pub device_operating_system_summary: rt::Field<
        crate::v1::DeviceOperatingSystemSummary,
    >,
    /// The number of devices enrolled in both MDM and EAS
    ///
    /// CSDL: property `dualEnrolledDeviceCount`: `Edm.Int32`, not nullable.
    pub dual_enrolled_device_count: rt::Field<i32>,
    /// Total enrolled device count. Does not include PC devices managed via Intune PC Agent
    ///
    /// CSDL: property `enrolledDeviceCount`: `Edm.Int32`, not nullable.
    pub enrolled_device_count: rt::Field<i32>,
    /// The number of devices enrolled in MDM
    ///
    /// CSDL: property `mdmEnrolledCount`: `Edm.Int32`, not nullable.
    pub mdm_enrolled_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for ManagedDeviceOverview {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            device_exchange_access_state_summary: rt::Field::Absent,
            device_operating_system_summary: rt::Field::Absent,
            dual_enrolled_device_count: rt::Field::Absent,
            enrolled_device_count: rt::Field::Absent,
            mdm_enrolled_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for ManagedDeviceOverview {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceOverview";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deviceExchangeAccessStateSummary",
        "deviceOperatingSystemSummary",
        "dualEnrolledDeviceCount",
        "enrolledDeviceCount",
        "mdmEnrolledCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deviceExchangeAccessStateSummary\":",
        ",\"deviceOperatingSystemSummary\": ",
        ",\"dualEnrolledDeviceCount\":      ",
        ",\"enrolledDeviceCount\":          ",
        ",\"mdmEnrolledCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedDeviceOverview\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "device_exchange_access_state_summary",
            &self.device_exchange_access_state_summary,
        );
        v.field(
            2usize,
            "device_operating_system_summary",
            &self.device_operating_system_summary,
        );
        v.field(3usize, "dual_enrolled_device_count", &self.dual_enrolled_device_count);
        v.field(4usize, "enrolled_device_count", &self.enrolled_device_count);
        v.field(5usize, "mdm_enrolled_count", &self.mdm_enrolled_count);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for ManagedDeviceOverview {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.device_exchange_access_state_summary.read_from(r),
            2usize => self.device_operating_system_summary.read_from(r),
            3usize => self.dual_enrolled_device_count.read_from(r),
            4usize => self.enrolled_device_count.read_from(r),
            5usize => self.mdm_enrolled_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.device_exchange_access_state_summary);
        w.field(2usize, &self.device_operating_system_summary);
        w.field(3usize, &self.dual_enrolled_device_count);
        w.field(4usize, &self.enrolled_device_count);
        w.field(5usize, &self.mdm_enrolled_count);
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
rt::impl_object!(ManagedDeviceOverview);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    ManagedDeviceOverview { with_id id : ::std::string::String;
    with_device_exchange_access_state_summary device_exchange_access_state_summary :
    crate ::v1::DeviceExchangeAccessStateSummary; with_device_operating_system_summary
    device_operating_system_summary : crate ::v1::DeviceOperatingSystemSummary;
    with_dual_enrolled_device_count dual_enrolled_device_count : i32;
    with_enrolled_device_count enrolled_device_count : i32; with_mdm_enrolled_count
    mdm_enrolled_count : i32; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceOverview);
#[cfg(msgraph_v1_core_or_device_management)]
/// Owner type of device.
///
/// CSDL: `microsoft.graph.managedDeviceOwnerType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedDeviceOwnerType {
    /// Unknown device owner type.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Corporate device owner type.
    ///
    /// `company` (value 1).
    Company,
    /// Personal device owner type.
    ///
    /// `personal` (value 2).
    Personal,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for ManagedDeviceOwnerType {
    const TYPE_NAME: &'static str = "microsoft.graph.managedDeviceOwnerType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "company",
        "personal",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "company" => Self::Company,
                "personal" => Self::Personal,
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
            Self::Company => "company",
            Self::Personal => "personal",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(ManagedDeviceOwnerType);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedDeviceOwnerType);
#[cfg(msgraph_v1_core_or_device_management)]
/// Management state of device in Microsoft Intune.
///
/// CSDL: `microsoft.graph.managementState`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagementState {
    /// The device is under management
    ///
    /// `managed` (value 0).
    Managed,
    /// A retire command is occuring on the device and in the process of unenrolling from management
    ///
    /// `retirePending` (value 1).
    RetirePending,
    /// Retire command failed on the device
    ///
    /// `retireFailed` (value 2).
    RetireFailed,
    /// A wipe command is occuring on the device and in the process of unenrolling from management
    ///
    /// `wipePending` (value 3).
    WipePending,
    /// Wipe command failed on the device
    ///
    /// `wipeFailed` (value 4).
    WipeFailed,
    /// The device is unhealthy.
    ///
    /// `unhealthy` (value 5).
    Unhealthy,
    /// A delete command is occuring on the device
    ///
    /// `deletePending` (value 6).
    DeletePending,
    /// A retire command was issued for the device
    ///
    /// `retireIssued` (value 7).
    RetireIssued,
    /// A wipe command was issued for the device
    ///
    /// `wipeIssued` (value 8).
    WipeIssued,
    /// A wipe command for this device has been canceled
    ///
    /// `wipeCanceled` (value 9).
    WipeCanceled,
    /// A retire command for this device has been canceled
    ///
    /// `retireCanceled` (value 10).
    RetireCanceled,
    /// The device is discovered but not fully enrolled.
    ///
    /// `discovered` (value 11).
    Discovered,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 12).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_device_management)]
impl rt::StrEnum for ManagementState {
    const TYPE_NAME: &'static str = "microsoft.graph.managementState";
    const MEMBERS: &'static [&'static str] = &[
        "managed",
        "retirePending",
        "retireFailed",
        "wipePending",
        "wipeFailed",
        "unhealthy",
        "deletePending",
        "retireIssued",
        "wipeIssued",
        "wipeCanceled",
        "retireCanceled",
        "discovered",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "managed" => Self::Managed,
                "retirePending" => Self::RetirePending,
                "retireFailed" => Self::RetireFailed,
                "wipePending" => Self::WipePending,
                "wipeFailed" => Self::WipeFailed,
                "unhealthy" => Self::Unhealthy,
                "deletePending" => Self::DeletePending,
                "retireIssued" => Self::RetireIssued,
                "wipeIssued" => Self::WipeIssued,
                "wipeCanceled" => Self::WipeCanceled,
                "retireCanceled" => Self::RetireCanceled,
                "discovered" => Self::Discovered,
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
            Self::Managed => "managed",
            Self::RetirePending => "retirePending",
            Self::RetireFailed => "retireFailed",
            Self::WipePending => "wipePending",
            Self::WipeFailed => "wipeFailed",
            Self::Unhealthy => "unhealthy",
            Self::DeletePending => "deletePending",
            Self::RetireIssued => "retireIssued",
            Self::WipeIssued => "wipeIssued",
            Self::WipeCanceled => "wipeCanceled",
            Self::RetireCanceled => "retireCanceled",
            Self::Discovered => "discovered",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
rt::impl_enum!(ManagementState);
#[cfg(msgraph_v1_core_or_device_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagementState);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.maxWorkLocationDetails`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MaxWorkLocationDetails {
    /// `unknown` (value 0).
    Unknown,
    /// `none` (value 1).
    None,
    /// `approximate` (value 2).
    Approximate,
    /// `specific` (value 3).
    Specific,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for MaxWorkLocationDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.maxWorkLocationDetails";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "none",
        "approximate",
        "specific",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "none" => Self::None,
                "approximate" => Self::Approximate,
                "specific" => Self::Specific,
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
            Self::None => "none",
            Self::Approximate => "approximate",
            Self::Specific => "specific",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(MaxWorkLocationDetails);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MaxWorkLocationDetails);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.mediaConfig`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct MediaConfig {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for MediaConfig {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for MediaConfig {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaConfig";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.mediaConfig\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for MediaConfig {
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(MediaConfig);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaConfig);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.mediaConfig` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMediaConfig {
    MediaConfig(::std::boxed::Box<crate::v1::MediaConfig>),
    AppHostedMediaConfig(::std::boxed::Box<crate::v1::AppHostedMediaConfig>),
    ServiceHostedMediaConfig(::std::boxed::Box<crate::v1::ServiceHostedMediaConfig>),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyMediaConfig {
    #[inline]
    fn default() -> Self {
        Self::MediaConfig(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MediaConfig> for AnyMediaConfig {
    #[inline]
    fn from(v: crate::v1::MediaConfig) -> Self {
        Self::MediaConfig(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppHostedMediaConfig> for AnyMediaConfig {
    #[inline]
    fn from(v: crate::v1::AppHostedMediaConfig) -> Self {
        Self::AppHostedMediaConfig(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceHostedMediaConfig> for AnyMediaConfig {
    #[inline]
    fn from(v: crate::v1::ServiceHostedMediaConfig) -> Self {
        Self::ServiceHostedMediaConfig(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyMediaConfig {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyMediaConfig {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyMediaConfig {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyMediaConfig {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMediaConfig {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MediaConfig>();
    rt::object::auto_traits::<crate::v1::AppHostedMediaConfig>();
    rt::object::auto_traits::<crate::v1::ServiceHostedMediaConfig>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyMediaConfig {
    const BASE_NAME: &'static str = "microsoft.graph.mediaConfig";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.appHostedMediaConfig") => {
                Self::AppHostedMediaConfig(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.serviceHostedMediaConfig") => {
                Self::ServiceHostedMediaConfig(rt::object::new_boxed())
            }
            _ => Self::MediaConfig(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MediaConfig(v) => &**v,
            Self::AppHostedMediaConfig(v) => &**v,
            Self::ServiceHostedMediaConfig(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MediaConfig(v) => &mut **v,
            Self::AppHostedMediaConfig(v) => &mut **v,
            Self::ServiceHostedMediaConfig(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyMediaConfig {
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyMediaConfig);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMediaConfig);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.mediaInfo`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct MediaInfo {
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `uri`: `Edm.String`, not nullable.
    pub uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for MediaInfo {
    #[inline]
    fn default() -> Self {
        Self {
            resource_id: rt::Field::Absent,
            uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for MediaInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaInfo";
    const KEYS: &'static [&'static str] = &["resourceId", "uri"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"resourceId\":                   ",
        ",\"uri\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mediaInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "resource_id", &self.resource_id);
        v.field(1usize, "uri", &self.uri);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for MediaInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.resource_id.read_from(r),
            1usize => self.uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.resource_id);
        w.field(1usize, &self.uri);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(MediaInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    MediaInfo { with_resource_id resource_id : ::std::string::String; with_uri uri :
    ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaInfo);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.mediaPrompt`, complex type, derived from `microsoft.graph.prompt`.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct MediaPrompt {
    /// CSDL: property `mediaInfo`: `microsoft.graph.mediaInfo`, not nullable.
    pub media_info: rt::Field<crate::v1::MediaInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for MediaPrompt {
    #[inline]
    fn default() -> Self {
        Self {
            media_info: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for MediaPrompt {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaPrompt";
    const KEYS: &'static [&'static str] = &["mediaInfo"];
    const KEYS_JSON: &'static [&'static str] = &[",\"mediaInfo\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.mediaPrompt\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "media_info", &self.media_info);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for MediaPrompt {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.media_info.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.media_info);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(MediaPrompt);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(MediaPrompt { with_media_info media_info : crate ::v1::MediaInfo; });
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaPrompt);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.mediaState`, enum type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MediaState {
    /// `active` (value 0).
    Active,
    /// `inactive` (value 1).
    Inactive,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::StrEnum for MediaState {
    const TYPE_NAME: &'static str = "microsoft.graph.mediaState";
    const MEMBERS: &'static [&'static str] = &[
        "active",
        "inactive",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "active" => Self::Active,
                "inactive" => Self::Inactive,
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
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_enum!(MediaState);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MediaState);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.meetingAttendanceReport`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MeetingAttendanceReportPath`](requests/trait.MeetingAttendanceReportPath.html), what a path to one (`EntityPath<MeetingAttendanceReport, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingAttendanceReport {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `externalEventInformation`: `Collection(microsoft.graph.virtualEventExternalInformation)`, nullable.
    pub external_event_information: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventExternalInformation>,
    >,
    /// CSDL: property `meetingEndDateTime`: `Edm.DateTimeOffset`, nullable.
    pub meeting_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `meetingStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub meeting_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `totalParticipantCount`: `Edm.Int32`, nullable.
    pub total_participant_count: rt::Field<i32>,
    /// CSDL: containment navigation property `attendanceRecords`: `Collection(microsoft.graph.attendanceRecord)`, not nullable.
    pub attendance_records: rt::Field<::std::vec::Vec<crate::v1::AttendanceRecord>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for MeetingAttendanceReport {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            external_event_information: rt::Field::Absent,
            meeting_end_date_time: rt::Field::Absent,
            meeting_start_date_time: rt::Field::Absent,
            total_participant_count: rt::Field::Absent,
            attendance_records: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for MeetingAttendanceReport {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingAttendanceReport";
    const KEYS: &'static [&'static str] = &[
        "id",
        "externalEventInformation",
        "meetingEndDateTime",
        "meetingStartDateTime",
        "totalParticipantCount",
        "attendanceRecords",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"externalEventInformation\":     ",
        ",\"meetingEndDateTime\":           ",
        ",\"meetingStartDateTime\":         ",
        ",\"totalParticipantCount\":        ",
        ",\"attendanceRecords\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingAttendanceReport\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "external_event_information", &self.external_event_information);
        v.field(2usize, "meeting_end_date_time", &self.meeting_end_date_time);
        v.field(3usize, "meeting_start_date_time", &self.meeting_start_date_time);
        v.field(4usize, "total_participant_count", &self.total_participant_count);
        v.field(5usize, "attendance_records", &self.attendance_records);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for MeetingAttendanceReport {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.external_event_information.read_from(r),
            2usize => self.meeting_end_date_time.read_from(r),
            3usize => self.meeting_start_date_time.read_from(r),
            4usize => self.total_participant_count.read_from(r),
            5usize => self.attendance_records.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.external_event_information);
        w.field(2usize, &self.meeting_end_date_time);
        w.field(3usize, &self.meeting_start_date_time);
        w.field(4usize, &self.total_participant_count);
        w.field(5usize, &self.attendance_records);
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
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(MeetingAttendanceReport);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    MeetingAttendanceReport { with_id id : ::std::string::String;
    with_external_event_information external_event_information : ::std::vec::Vec < crate
    ::v1::VirtualEventExternalInformation >; with_meeting_end_date_time
    meeting_end_date_time : rt::edm::DateTimeOffset; with_meeting_start_date_time
    meeting_start_date_time : rt::edm::DateTimeOffset; with_total_participant_count
    total_participant_count : i32; with_attendance_records attendance_records :
    ::std::vec::Vec < crate ::v1::AttendanceRecord >; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingAttendanceReport);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.meetingAudience`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingAudience {
    /// `everyone` (value 0).
    Everyone,
    /// `organization` (value 1).
    Organization,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for MeetingAudience {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingAudience";
    const MEMBERS: &'static [&'static str] = &[
        "everyone",
        "organization",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyone" => Self::Everyone,
                "organization" => Self::Organization,
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
            Self::Everyone => "everyone",
            Self::Organization => "organization",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(MeetingAudience);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingAudience);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.meetingChatHistoryDefaultMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingChatHistoryDefaultMode {
    /// `none` (value 0).
    None,
    /// `all` (value 1).
    All,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::StrEnum for MeetingChatHistoryDefaultMode {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingChatHistoryDefaultMode";
    const MEMBERS: &'static [&'static str] = &["none", "all", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "all" => Self::All,
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
            Self::All => "all",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_enum!(MeetingChatHistoryDefaultMode);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingChatHistoryDefaultMode);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.meetingChatMode`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingChatMode {
    /// `enabled` (value 0).
    Enabled,
    /// `disabled` (value 1).
    Disabled,
    /// `limited` (value 2).
    Limited,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::StrEnum for MeetingChatMode {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingChatMode";
    const MEMBERS: &'static [&'static str] = &[
        "enabled",
        "disabled",
        "limited",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
                "limited" => Self::Limited,
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Limited => "limited",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_enum!(MeetingChatMode);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingChatMode);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.meetingInfo`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct MeetingInfo {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for MeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for MeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingInfo";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.meetingInfo\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for MeetingInfo {
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(MeetingInfo);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingInfo);
#[cfg(msgraph_v1_communications_or_search)]
/// `microsoft.graph.meetingInfo` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMeetingInfo {
    MeetingInfo(::std::boxed::Box<crate::v1::MeetingInfo>),
    JoinMeetingIdMeetingInfo(::std::boxed::Box<crate::v1::JoinMeetingIdMeetingInfo>),
    OrganizerMeetingInfo(::std::boxed::Box<crate::v1::OrganizerMeetingInfo>),
    TokenMeetingInfo(::std::boxed::Box<crate::v1::TokenMeetingInfo>),
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for AnyMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self::MeetingInfo(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MeetingInfo> for AnyMeetingInfo {
    #[inline]
    fn from(v: crate::v1::MeetingInfo) -> Self {
        Self::MeetingInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::JoinMeetingIdMeetingInfo> for AnyMeetingInfo {
    #[inline]
    fn from(v: crate::v1::JoinMeetingIdMeetingInfo) -> Self {
        Self::JoinMeetingIdMeetingInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrganizerMeetingInfo> for AnyMeetingInfo {
    #[inline]
    fn from(v: crate::v1::OrganizerMeetingInfo) -> Self {
        Self::OrganizerMeetingInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenMeetingInfo> for AnyMeetingInfo {
    #[inline]
    fn from(v: crate::v1::TokenMeetingInfo) -> Self {
        Self::TokenMeetingInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Send for AnyMeetingInfo {}
#[cfg(msgraph_v1_communications_or_search)]
unsafe impl ::std::marker::Sync for AnyMeetingInfo {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::marker::Unpin for AnyMeetingInfo {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::UnwindSafe for AnyMeetingInfo {}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::panic::RefUnwindSafe for AnyMeetingInfo {}
#[cfg(msgraph_v1_communications_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MeetingInfo>();
    rt::object::auto_traits::<crate::v1::JoinMeetingIdMeetingInfo>();
    rt::object::auto_traits::<crate::v1::OrganizerMeetingInfo>();
    rt::object::auto_traits::<crate::v1::TokenMeetingInfo>();
};
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Poly for AnyMeetingInfo {
    const BASE_NAME: &'static str = "microsoft.graph.meetingInfo";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.joinMeetingIdMeetingInfo") => {
                Self::JoinMeetingIdMeetingInfo(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.organizerMeetingInfo") => {
                Self::OrganizerMeetingInfo(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenMeetingInfo") => {
                Self::TokenMeetingInfo(rt::object::new_boxed())
            }
            _ => Self::MeetingInfo(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MeetingInfo(v) => &**v,
            Self::JoinMeetingIdMeetingInfo(v) => &**v,
            Self::OrganizerMeetingInfo(v) => &**v,
            Self::TokenMeetingInfo(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MeetingInfo(v) => &mut **v,
            Self::JoinMeetingIdMeetingInfo(v) => &mut **v,
            Self::OrganizerMeetingInfo(v) => &mut **v,
            Self::TokenMeetingInfo(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl AnyMeetingInfo {
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_poly!(AnyMeetingInfo);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMeetingInfo);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.meetingLiveShareOptions`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MeetingLiveShareOptions {
    /// `enabled` (value 0).
    Enabled,
    /// `disabled` (value 1).
    Disabled,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::StrEnum for MeetingLiveShareOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingLiveShareOptions";
    const MEMBERS: &'static [&'static str] = &[
        "enabled",
        "disabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "enabled" => Self::Enabled,
                "disabled" => Self::Disabled,
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
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_enum!(MeetingLiveShareOptions);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingLiveShareOptions);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.meetingNote`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct MeetingNote {
    /// CSDL: property `subpoints`: `Collection(microsoft.graph.meetingNoteSubpoint)`, nullable.
    pub subpoints: rt::Field<::std::vec::Vec<crate::v1::MeetingNoteSubpoint>>,
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for MeetingNote {
    #[inline]
    fn default() -> Self {
        Self {
            subpoints: rt::Field::Absent,
            text: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for MeetingNote {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingNote";
    const KEYS: &'static [&'static str] = &["subpoints", "text", "title"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"subpoints\":                    ",
        ",\"text\":                         ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingNote\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "subpoints", &self.subpoints);
        v.field(1usize, "text", &self.text);
        v.field(2usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for MeetingNote {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.subpoints.read_from(r),
            1usize => self.text.read_from(r),
            2usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.subpoints);
        w.field(1usize, &self.text);
        w.field(2usize, &self.title);
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(MeetingNote);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    MeetingNote { with_subpoints subpoints : ::std::vec::Vec < crate
    ::v1::MeetingNoteSubpoint >; with_text text : ::std::string::String; with_title title
    : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingNote);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.meetingNoteSubpoint`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct MeetingNoteSubpoint {
    /// CSDL: property `text`: `Edm.String`, nullable.
    pub text: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for MeetingNoteSubpoint {
    #[inline]
    fn default() -> Self {
        Self {
            text: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for MeetingNoteSubpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingNoteSubpoint";
    const KEYS: &'static [&'static str] = &["text", "title"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"text\":                         ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingNoteSubpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "text", &self.text);
        v.field(1usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for MeetingNoteSubpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.text.read_from(r),
            1usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.text);
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(MeetingNoteSubpoint);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    MeetingNoteSubpoint { with_text text : ::std::string::String; with_title title :
    ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingNoteSubpoint);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.meetingParticipantInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingParticipantInfo {
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, nullable.
    pub identity: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `role`: `microsoft.graph.onlineMeetingRole`, nullable.
    pub role: rt::Field<crate::v1::OnlineMeetingRole>,
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for MeetingParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            role: rt::Field::Absent,
            upn: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for MeetingParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingParticipantInfo";
    const KEYS: &'static [&'static str] = &["identity", "role", "upn"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identity\":                     ",
        ",\"role\":                         ",
        ",\"upn\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingParticipantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity", &self.identity);
        v.field(1usize, "role", &self.role);
        v.field(2usize, "upn", &self.upn);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for MeetingParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            1usize => self.role.read_from(r),
            2usize => self.upn.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
        w.field(1usize, &self.role);
        w.field(2usize, &self.upn);
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
rt::impl_object!(MeetingParticipantInfo);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    MeetingParticipantInfo { with_identity identity : crate ::v1::AnyIdentitySet;
    with_role role : crate ::v1::OnlineMeetingRole; with_upn upn : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingParticipantInfo);
#[cfg(msgraph_v1_core_or_communications)]
/// `microsoft.graph.meetingParticipantInfo` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyMeetingParticipantInfo {
    MeetingParticipantInfo(::std::boxed::Box<crate::v1::MeetingParticipantInfo>),
    VirtualEventPresenterInfo(::std::boxed::Box<crate::v1::VirtualEventPresenterInfo>),
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for AnyMeetingParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self::MeetingParticipantInfo(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MeetingParticipantInfo>
for AnyMeetingParticipantInfo {
    #[inline]
    fn from(v: crate::v1::MeetingParticipantInfo) -> Self {
        Self::MeetingParticipantInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventPresenterInfo>
for AnyMeetingParticipantInfo {
    #[inline]
    fn from(v: crate::v1::VirtualEventPresenterInfo) -> Self {
        Self::VirtualEventPresenterInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_communications)]
unsafe impl ::std::marker::Send for AnyMeetingParticipantInfo {}
#[cfg(msgraph_v1_core_or_communications)]
unsafe impl ::std::marker::Sync for AnyMeetingParticipantInfo {}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::marker::Unpin for AnyMeetingParticipantInfo {}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::panic::UnwindSafe for AnyMeetingParticipantInfo {}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::panic::RefUnwindSafe for AnyMeetingParticipantInfo {}
#[cfg(msgraph_v1_core_or_communications)]
const _: () = {
    rt::object::auto_traits::<crate::v1::MeetingParticipantInfo>();
    rt::object::auto_traits::<crate::v1::VirtualEventPresenterInfo>();
};
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Poly for AnyMeetingParticipantInfo {
    const BASE_NAME: &'static str = "microsoft.graph.meetingParticipantInfo";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.virtualEventPresenterInfo") => {
                Self::VirtualEventPresenterInfo(rt::object::new_boxed())
            }
            _ => Self::MeetingParticipantInfo(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::MeetingParticipantInfo(v) => &**v,
            Self::VirtualEventPresenterInfo(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::MeetingParticipantInfo(v) => &mut **v,
            Self::VirtualEventPresenterInfo(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl AnyMeetingParticipantInfo {
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
    /// `identity` of any variant.
    #[inline]
    pub fn identity(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::MeetingParticipantInfo(v) => &v.identity,
            Self::VirtualEventPresenterInfo(v) => &v.identity,
        }
    }
    /// `identity` of any variant.
    #[inline]
    pub fn identity_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::MeetingParticipantInfo(v) => &mut v.identity,
            Self::VirtualEventPresenterInfo(v) => &mut v.identity,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role(&self) -> &rt::Field<crate::v1::OnlineMeetingRole> {
        match self {
            Self::MeetingParticipantInfo(v) => &v.role,
            Self::VirtualEventPresenterInfo(v) => &v.role,
        }
    }
    /// `role` of any variant.
    #[inline]
    pub fn role_mut(&mut self) -> &mut rt::Field<crate::v1::OnlineMeetingRole> {
        match self {
            Self::MeetingParticipantInfo(v) => &mut v.role,
            Self::VirtualEventPresenterInfo(v) => &mut v.role,
        }
    }
    /// `upn` of any variant.
    #[inline]
    pub fn upn(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::MeetingParticipantInfo(v) => &v.upn,
            Self::VirtualEventPresenterInfo(v) => &v.upn,
        }
    }
    /// `upn` of any variant.
    #[inline]
    pub fn upn_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::MeetingParticipantInfo(v) => &mut v.upn,
            Self::VirtualEventPresenterInfo(v) => &mut v.upn,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_poly!(AnyMeetingParticipantInfo);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyMeetingParticipantInfo);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.meetingParticipants`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingParticipants {
    /// CSDL: property `attendees`: `Collection(microsoft.graph.meetingParticipantInfo)`, nullable.
    pub attendees: rt::Field<::std::vec::Vec<crate::v1::AnyMeetingParticipantInfo>>,
    /// CSDL: property `organizer`: `microsoft.graph.meetingParticipantInfo`, nullable.
    pub organizer: rt::Field<crate::v1::AnyMeetingParticipantInfo>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for MeetingParticipants {
    #[inline]
    fn default() -> Self {
        Self {
            attendees: rt::Field::Absent,
            organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for MeetingParticipants {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingParticipants";
    const KEYS: &'static [&'static str] = &["attendees", "organizer"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendees\":                    ",
        ",\"organizer\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingParticipants\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendees", &self.attendees);
        v.field(1usize, "organizer", &self.organizer);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for MeetingParticipants {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendees.read_from(r),
            1usize => self.organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendees);
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
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(MeetingParticipants);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    MeetingParticipants { with_attendees attendees : ::std::vec::Vec < crate
    ::v1::AnyMeetingParticipantInfo >; with_organizer organizer : crate
    ::v1::AnyMeetingParticipantInfo; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingParticipants);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.meetingPolicyUpdatedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingPolicyUpdatedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `meetingChatEnabled`: `Edm.Boolean`, nullable.
    pub meeting_chat_enabled: rt::Field<bool>,
    /// CSDL: property `meetingChatId`: `Edm.String`, nullable.
    pub meeting_chat_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MeetingPolicyUpdatedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            meeting_chat_enabled: rt::Field::Absent,
            meeting_chat_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MeetingPolicyUpdatedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingPolicyUpdatedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "meetingChatEnabled",
        "meetingChatId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"meetingChatEnabled\":           ",
        ",\"meetingChatId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingPolicyUpdatedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "meeting_chat_enabled", &self.meeting_chat_enabled);
        v.field(2usize, "meeting_chat_id", &self.meeting_chat_id);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MeetingPolicyUpdatedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.meeting_chat_enabled.read_from(r),
            2usize => self.meeting_chat_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.meeting_chat_enabled);
        w.field(2usize, &self.meeting_chat_id);
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
rt::impl_object!(MeetingPolicyUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MeetingPolicyUpdatedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_meeting_chat_enabled meeting_chat_enabled : bool;
    with_meeting_chat_id meeting_chat_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingPolicyUpdatedEventMessageDetail);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.meetingTimeSuggestion`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingTimeSuggestion {
    /// CSDL: property `attendeeAvailability`: `Collection(microsoft.graph.attendeeAvailability)`, nullable.
    pub attendee_availability: rt::Field<
        ::std::vec::Vec<crate::v1::AttendeeAvailability>,
    >,
    /// CSDL: property `confidence`: `Edm.Double`, nullable.
    pub confidence: rt::Field<f64>,
    /// CSDL: property `locations`: `Collection(microsoft.graph.location)`, nullable.
    pub locations: rt::Field<::std::vec::Vec<crate::v1::AnyLocation>>,
    /// CSDL: property `meetingTimeSlot`: `microsoft.graph.timeSlot`, nullable.
    pub meeting_time_slot: rt::Field<crate::v1::TimeSlot>,
    /// CSDL: property `order`: `Edm.Int32`, nullable.
    pub order: rt::Field<i32>,
    /// CSDL: property `organizerAvailability`: `microsoft.graph.freeBusyStatus`, nullable.
    pub organizer_availability: rt::Field<crate::v1::FreeBusyStatus>,
    /// CSDL: property `suggestionReason`: `Edm.String`, nullable.
    pub suggestion_reason: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MeetingTimeSuggestion {
    #[inline]
    fn default() -> Self {
        Self {
            attendee_availability: rt::Field::Absent,
            confidence: rt::Field::Absent,
            locations: rt::Field::Absent,
            meeting_time_slot: rt::Field::Absent,
            order: rt::Field::Absent,
            organizer_availability: rt::Field::Absent,
            suggestion_reason: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MeetingTimeSuggestion {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingTimeSuggestion";
    const KEYS: &'static [&'static str] = &[
        "attendeeAvailability",
        "confidence",
        "locations",
        "meetingTimeSlot",
        "order",
        "organizerAvailability",
        "suggestionReason",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"attendeeAvailability\":         ",
        ",\"confidence\":                   ",
        ",\"locations\":                    ",
        ",\"meetingTimeSlot\":              ",
        ",\"order\":                        ",
        ",\"organizerAvailability\":        ",
        ",\"suggestionReason\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingTimeSuggestion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "attendee_availability", &self.attendee_availability);
        v.field(1usize, "confidence", &self.confidence);
        v.field(2usize, "locations", &self.locations);
        v.field(3usize, "meeting_time_slot", &self.meeting_time_slot);
        v.field(4usize, "order", &self.order);
        v.field(5usize, "organizer_availability", &self.organizer_availability);
        v.field(6usize, "suggestion_reason", &self.suggestion_reason);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MeetingTimeSuggestion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.attendee_availability.read_from(r),
            1usize => self.confidence.read_from(r),
            2usize => self.locations.read_from(r),
            3usize => self.meeting_time_slot.read_from(r),
            4usize => self.order.read_from(r),
            5usize => self.organizer_availability.read_from(r),
            6usize => self.suggestion_reason.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.attendee_availability);
        w.field(1usize, &self.confidence);
        w.field(2usize, &self.locations);
        w.field(3usize, &self.meeting_time_slot);
        w.field(4usize, &self.order);
        w.field(5usize, &self.organizer_availability);
        w.field(6usize, &self.suggestion_reason);
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
rt::impl_object!(MeetingTimeSuggestion);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MeetingTimeSuggestion { with_attendee_availability attendee_availability :
    ::std::vec::Vec < crate ::v1::AttendeeAvailability >; with_confidence confidence :
    f64; with_locations locations : ::std::vec::Vec < crate ::v1::AnyLocation >;
    with_meeting_time_slot meeting_time_slot : crate ::v1::TimeSlot; with_order order :
    i32; with_organizer_availability organizer_availability : crate ::v1::FreeBusyStatus;
    with_suggestion_reason suggestion_reason : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingTimeSuggestion);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.meetingTimeSuggestionsResult`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MeetingTimeSuggestionsResult {
    /// CSDL: property `emptySuggestionsReason`: `Edm.String`, nullable.
    pub empty_suggestions_reason: rt::Field<::std::string::String>,
    /// CSDL: property `meetingTimeSuggestions`: `Collection(microsoft.graph.meetingTimeSuggestion)`, nullable.
    pub meeting_time_suggestions: rt::Field<
        ::std::vec::Vec<crate::v1::MeetingTimeSuggestion>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for MeetingTimeSuggestionsResult {
    #[inline]
    fn default() -> Self {
        Self {
            empty_suggestions_reason: rt::Field::Absent,
            meeting_time_suggestions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for MeetingTimeSuggestionsResult {
    const TYPE_NAME: &'static str = "microsoft.graph.meetingTimeSuggestionsResult";
    const KEYS: &'static [&'static str] = &[
        "emptySuggestionsReason",
        "meetingTimeSuggestions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"emptySuggestionsReason\":       ",
        ",\"meetingTimeSuggestions\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.meetingTimeSuggestionsResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "empty_suggestions_reason", &self.empty_suggestions_reason);
        v.field(1usize, "meeting_time_suggestions", &self.meeting_time_suggestions);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for MeetingTimeSuggestionsResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.empty_suggestions_reason.read_from(r),
            1usize => self.meeting_time_suggestions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.empty_suggestions_reason);
        w.field(1usize, &self.meeting_time_suggestions);
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
rt::impl_object!(MeetingTimeSuggestionsResult);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    MeetingTimeSuggestionsResult { with_empty_suggestions_reason empty_suggestions_reason
    : ::std::string::String; with_meeting_time_suggestions meeting_time_suggestions :
    ::std::vec::Vec < crate ::v1::MeetingTimeSuggestion >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeetingTimeSuggestionsResult);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.membersAddedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersAddedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.teamworkUserIdentity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::TeamworkUserIdentity>>,
    /// CSDL: property `visibleHistoryStartDateTime`: `Edm.DateTimeOffset`, nullable.
    pub visible_history_start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MembersAddedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            visible_history_start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MembersAddedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersAddedEventMessageDetail";
    const KEYS: &'static [&'static str] = &[
        "initiator",
        "members",
        "visibleHistoryStartDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
        ",\"visibleHistoryStartDateTime\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersAddedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
        v.field(
            2usize,
            "visible_history_start_date_time",
            &self.visible_history_start_date_time,
        );
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MembersAddedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            2usize => self.visible_history_start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
        w.field(2usize, &self.visible_history_start_date_time);
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
rt::impl_object!(MembersAddedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MembersAddedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_members members : ::std::vec::Vec < crate
    ::v1::TeamworkUserIdentity >; with_visible_history_start_date_time
    visible_history_start_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersAddedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.membersDeletedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersDeletedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.teamworkUserIdentity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::TeamworkUserIdentity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MembersDeletedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MembersDeletedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersDeletedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersDeletedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MembersDeletedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
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
rt::impl_object!(MembersDeletedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MembersDeletedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_members members : ::std::vec::Vec < crate
    ::v1::TeamworkUserIdentity >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersDeletedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.membersJoinedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersJoinedEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.teamworkUserIdentity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::TeamworkUserIdentity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MembersJoinedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MembersJoinedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersJoinedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersJoinedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MembersJoinedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
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
rt::impl_object!(MembersJoinedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MembersJoinedEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_members members : ::std::vec::Vec < crate
    ::v1::TeamworkUserIdentity >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersJoinedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.membersLeftEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MembersLeftEventMessageDetail {
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `members`: `Collection(microsoft.graph.teamworkUserIdentity)`, nullable.
    pub members: rt::Field<::std::vec::Vec<crate::v1::TeamworkUserIdentity>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MembersLeftEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            initiator: rt::Field::Absent,
            members: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MembersLeftEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.membersLeftEventMessageDetail";
    const KEYS: &'static [&'static str] = &["initiator", "members"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"initiator\":                    ",
        ",\"members\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.membersLeftEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "initiator", &self.initiator);
        v.field(1usize, "members", &self.members);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MembersLeftEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.initiator.read_from(r),
            1usize => self.members.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.initiator);
        w.field(1usize, &self.members);
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
rt::impl_object!(MembersLeftEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MembersLeftEventMessageDetail { with_initiator initiator : crate
    ::v1::AnyIdentitySet; with_members members : ::std::vec::Vec < crate
    ::v1::TeamworkUserIdentity >; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MembersLeftEventMessageDetail);
#[cfg(msgraph_v1_copilot_or_search)]
/// CSDL: `microsoft.graph.mentionEvent`, complex type.
///
/// Features: `v1`, or one of `v1-copilot`, `v1-search`.
#[derive(Clone)]
pub struct MentionEvent {
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `speaker`: `microsoft.graph.identitySet`, nullable.
    pub speaker: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `transcriptUtterance`: `Edm.String`, nullable.
    pub transcript_utterance: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_copilot_or_search)]
impl ::std::default::Default for MentionEvent {
    #[inline]
    fn default() -> Self {
        Self {
            event_date_time: rt::Field::Absent,
            speaker: rt::Field::Absent,
            transcript_utterance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::Object for MentionEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.mentionEvent";
    const KEYS: &'static [&'static str] = &[
        "eventDateTime",
        "speaker",
        "transcriptUtterance",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"eventDateTime\":                ",
        ",\"speaker\":                      ",
        ",\"transcriptUtterance\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mentionEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "event_date_time", &self.event_date_time);
        v.field(1usize, "speaker", &self.speaker);
        v.field(2usize, "transcript_utterance", &self.transcript_utterance);
    }
}
#[cfg(msgraph_v1_copilot_or_search)]
impl rt::object::Members for MentionEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.event_date_time.read_from(r),
            1usize => self.speaker.read_from(r),
            2usize => self.transcript_utterance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.event_date_time);
        w.field(1usize, &self.speaker);
        w.field(2usize, &self.transcript_utterance);
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
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_object!(MentionEvent);
#[cfg(msgraph_v1_copilot_or_search)]
rt::impl_setters!(
    MentionEvent { with_event_date_time event_date_time : rt::edm::DateTimeOffset;
    with_speaker speaker : crate ::v1::AnyIdentitySet; with_transcript_utterance
    transcript_utterance : ::std::string::String; }
);
#[cfg(msgraph_v1_copilot_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MentionEvent);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.messagePinnedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessagePinnedEventMessageDetail {
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MessagePinnedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            event_date_time: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MessagePinnedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.messagePinnedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["eventDateTime", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"eventDateTime\":                ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messagePinnedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "event_date_time", &self.event_date_time);
        v.field(1usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MessagePinnedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.event_date_time.read_from(r),
            1usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.event_date_time);
        w.field(1usize, &self.initiator);
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
rt::impl_object!(MessagePinnedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MessagePinnedEventMessageDetail { with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessagePinnedEventMessageDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.messageSecurityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MessageSecurityState {
    /// CSDL: property `connectingIP`: `Edm.String`, nullable.
    pub connecting_ip: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryAction`: `Edm.String`, nullable.
    pub delivery_action: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryLocation`: `Edm.String`, nullable.
    pub delivery_location: rt::Field<::std::string::String>,
    /// CSDL: property `directionality`: `Edm.String`, nullable.
    pub directionality: rt::Field<::std::string::String>,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `messageFingerprint`: `Edm.String`, nullable.
    pub message_fingerprint: rt::Field<::std::string::String>,
    /// CSDL: property `messageReceivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub message_received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `messageSubject`: `Edm.String`, nullable.
    pub message_subject: rt::Field<::std::string::String>,
    /// CSDL: property `networkMessageId`: `Edm.String`, nullable.
    pub network_message_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MessageSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            connecting_ip: rt::Field::Absent,
            delivery_action: rt::Field::Absent,
            delivery_location: rt::Field::Absent,
            directionality: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            message_fingerprint: rt::Field::Absent,
            message_received_date_time: rt::Field::Absent,
            message_subject: rt::Field::Absent,
            network_message_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MessageSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.messageSecurityState";
    const KEYS: &'static [&'static str] = &[
        "connectingIP",
        "deliveryAction",
        "deliveryLocation",
        "directionality",
        "internetMessageId",
        "messageFingerprint",
        "messageReceivedDateTime",
        "messageSubject",
        "networkMessageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"connectingIP\":                 ",
        ",\"deliveryAction\":               ",
        ",\"deliveryLocation\":             ",
        ",\"directionality\":               ",
        ",\"internetMessageId\":            ",
        ",\"messageFingerprint\":           ",
        ",\"messageReceivedDateTime\":      ",
        ",\"messageSubject\":               ",
        ",\"networkMessageId\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "connecting_ip", &self.connecting_ip);
        v.field(1usize, "delivery_action", &self.delivery_action);
        v.field(2usize, "delivery_location", &self.delivery_location);
        v.field(3usize, "directionality", &self.directionality);
        v.field(4usize, "internet_message_id", &self.internet_message_id);
        v.field(5usize, "message_fingerprint", &self.message_fingerprint);
        v.field(6usize, "message_received_date_time", &self.message_received_date_time);
        v.field(7usize, "message_subject", &self.message_subject);
        v.field(8usize, "network_message_id", &self.network_message_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MessageSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.connecting_ip.read_from(r),
            1usize => self.delivery_action.read_from(r),
            2usize => self.delivery_location.read_from(r),
            3usize => self.directionality.read_from(r),
            4usize => self.internet_message_id.read_from(r),
            5usize => self.message_fingerprint.read_from(r),
            6usize => self.message_received_date_time.read_from(r),
            7usize => self.message_subject.read_from(r),
            8usize => self.network_message_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.connecting_ip);
        w.field(1usize, &self.delivery_action);
        w.field(2usize, &self.delivery_location);
        w.field(3usize, &self.directionality);
        w.field(4usize, &self.internet_message_id);
        w.field(5usize, &self.message_fingerprint);
        w.field(6usize, &self.message_received_date_time);
        w.field(7usize, &self.message_subject);
        w.field(8usize, &self.network_message_id);
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
rt::impl_object!(MessageSecurityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MessageSecurityState { with_connecting_ip connecting_ip : ::std::string::String;
    with_delivery_action delivery_action : ::std::string::String; with_delivery_location
    delivery_location : ::std::string::String; with_directionality directionality :
    ::std::string::String; with_internet_message_id internet_message_id :
    ::std::string::String; with_message_fingerprint message_fingerprint :
    ::std::string::String; with_message_received_date_time message_received_date_time :
    rt::edm::DateTimeOffset; with_message_subject message_subject :
    ::std::string::String; with_network_message_id network_message_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageSecurityState);
#[cfg(msgraph_v1_core_or_teamwork)]
/// CSDL: `microsoft.graph.messageUnpinnedEventMessageDetail`, complex type, derived from `microsoft.graph.eventMessageDetail`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MessageUnpinnedEventMessageDetail {
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `initiator`: `microsoft.graph.identitySet`, nullable.
    pub initiator: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl ::std::default::Default for MessageUnpinnedEventMessageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            event_date_time: rt::Field::Absent,
            initiator: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::Object for MessageUnpinnedEventMessageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.messageUnpinnedEventMessageDetail";
    const KEYS: &'static [&'static str] = &["eventDateTime", "initiator"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"eventDateTime\":                ",
        ",\"initiator\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.messageUnpinnedEventMessageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "event_date_time", &self.event_date_time);
        v.field(1usize, "initiator", &self.initiator);
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl rt::object::Members for MessageUnpinnedEventMessageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.event_date_time.read_from(r),
            1usize => self.initiator.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.event_date_time);
        w.field(1usize, &self.initiator);
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
rt::impl_object!(MessageUnpinnedEventMessageDetail);
#[cfg(msgraph_v1_core_or_teamwork)]
rt::impl_setters!(
    MessageUnpinnedEventMessageDetail { with_event_date_time event_date_time :
    rt::edm::DateTimeOffset; with_initiator initiator : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_core_or_teamwork)]
#[cfg(feature = "serde")]
rt::impl_serde!(MessageUnpinnedEventMessageDetail);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`MicrosoftAuthenticatorAuthenticationMethodConfigurationPath`](requests/trait.MicrosoftAuthenticatorAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<MicrosoftAuthenticatorAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `featureSettings`: `microsoft.graph.microsoftAuthenticatorFeatureSettings`, nullable.
    pub feature_settings: rt::Field<crate::v1::MicrosoftAuthenticatorFeatureSettings>,
    /// CSDL: property `isSoftwareOathEnabled`: `Edm.Boolean`, nullable.
    pub is_software_oath_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default
for MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            feature_settings: rt::Field::Absent,
            is_software_oath_enabled: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "featureSettings",
        "isSoftwareOathEnabled",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"featureSettings\":              ",
        ",\"isSoftwareOathEnabled\":        ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "feature_settings", &self.feature_settings);
        v.field(4usize, "is_software_oath_enabled", &self.is_software_oath_enabled);
        v.field(5usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.feature_settings.read_from(r),
            4usize => self.is_software_oath_enabled.read_from(r),
            5usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.feature_settings);
        w.field(4usize, &self.is_software_oath_enabled);
        w.field(5usize, &self.include_targets);
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(MicrosoftAuthenticatorAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    MicrosoftAuthenticatorAuthenticationMethodConfiguration { with_id id :
    ::std::string::String; with_exclude_targets exclude_targets : ::std::vec::Vec < crate
    ::v1::ExcludeTarget >; with_state state : crate ::v1::AuthenticationMethodState;
    with_feature_settings feature_settings : crate
    ::v1::MicrosoftAuthenticatorFeatureSettings; with_is_software_oath_enabled
    is_software_oath_enabled : bool; with_include_targets include_targets :
    ::std::vec::Vec < crate ::v1::MicrosoftAuthenticatorAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget`, entity type, derived from `microsoft.graph.authenticationMethodTarget`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct MicrosoftAuthenticatorAuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// CSDL: property `authenticationMode`: `microsoft.graph.microsoftAuthenticatorAuthenticationMode`, not nullable.
    pub authentication_mode: rt::Field<
        crate::v1::MicrosoftAuthenticatorAuthenticationMode,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for MicrosoftAuthenticatorAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            authentication_mode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for MicrosoftAuthenticatorAuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
        "authenticationMode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isRegistrationRequired\":       ",
        ",\"targetType\":                   ",
        ",\"authenticationMode\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_registration_required", &self.is_registration_required);
        v.field(2usize, "target_type", &self.target_type);
        v.field(3usize, "authentication_mode", &self.authentication_mode);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for MicrosoftAuthenticatorAuthenticationMethodTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            3usize => self.authentication_mode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
        w.field(3usize, &self.authentication_mode);
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(MicrosoftAuthenticatorAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    MicrosoftAuthenticatorAuthenticationMethodTarget { with_id id :
    ::std::string::String; with_is_registration_required is_registration_required : bool;
    with_target_type target_type : crate ::v1::AuthenticationMethodTargetType;
    with_authentication_mode authentication_mode : crate
    ::v1::MicrosoftAuthenticatorAuthenticationMode; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorAuthenticationMode`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MicrosoftAuthenticatorAuthenticationMode {
    /// `deviceBasedPush` (value 0).
    DeviceBasedPush,
    /// `push` (value 1).
    Push,
    /// `any` (value 2).
    Any,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for MicrosoftAuthenticatorAuthenticationMode {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMode";
    const MEMBERS: &'static [&'static str] = &["deviceBasedPush", "push", "any"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceBasedPush" => Self::DeviceBasedPush,
                "push" => Self::Push,
                "any" => Self::Any,
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
            Self::DeviceBasedPush => "deviceBasedPush",
            Self::Push => "push",
            Self::Any => "any",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(MicrosoftAuthenticatorAuthenticationMode);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorAuthenticationMode);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.microsoftAuthenticatorFeatureSettings`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct MicrosoftAuthenticatorFeatureSettings {
    /// CSDL: property `displayAppInformationRequiredState`: `microsoft.graph.authenticationMethodFeatureConfiguration`, nullable.
    pub display_app_information_required_state: rt::Field<
        crate::v1::AuthenticationMethodFeatureConfiguration,
    >,
    /// CSDL: property `displayLocationInformationRequiredState`: `microsoft.graph.authenticationMethodFeatureConfiguration`, nullable.
    pub display_location_information_required_state: rt::Field<
        crate::v1::AuthenticationMethodFeatureConfiguration,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for MicrosoftAuthenticatorFeatureSettings {
    #[inline]
    fn default() -> Self {
        Self {
            display_app_information_required_state: rt::Field::Absent,
            display_location_information_required_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for MicrosoftAuthenticatorFeatureSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.microsoftAuthenticatorFeatureSettings";
    const KEYS: &'static [&'static str] = &[
        "displayAppInformationRequiredState",
        "displayLocationInformationRequiredState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayAppInformationRequiredState\":",
        ",\"displayLocationInformationRequiredState\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.microsoftAuthenticatorFeatureSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "display_app_information_required_state",
            &self.display_app_information_required_state,
        );
        v.field(
            1usize,
            "display_location_information_required_state",
            &self.display_location_information_required_state,
        );
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for MicrosoftAuthenticatorFeatureSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_app_information_required_state.read_from(r),
            1usize => self.display_location_information_required_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_app_information_required_state);
        w.field(1usize, &self.display_location_information_required_state);
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(MicrosoftAuthenticatorFeatureSettings);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    MicrosoftAuthenticatorFeatureSettings { with_display_app_information_required_state
    display_app_information_required_state : crate
    ::v1::AuthenticationMethodFeatureConfiguration;
    with_display_location_information_required_state
    display_location_information_required_state : crate
    ::v1::AuthenticationMethodFeatureConfiguration; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftAuthenticatorFeatureSettings);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.mobileAppTroubleshootingEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`MobileAppTroubleshootingEventPath`](requests/trait.MobileAppTroubleshootingEventPath.html), what a path to one (`EntityPath<MobileAppTroubleshootingEvent, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct MobileAppTroubleshootingEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates collection of App Log Upload Request.
    ///
    /// CSDL: containment navigation property `appLogCollectionRequests`: `Collection(microsoft.graph.appLogCollectionRequest)`, not nullable.
    pub app_log_collection_requests: rt::Field<
        ::std::vec::Vec<crate::v1::AppLogCollectionRequest>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for MobileAppTroubleshootingEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_log_collection_requests: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for MobileAppTroubleshootingEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
    const KEYS: &'static [&'static str] = &["id", "appLogCollectionRequests"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appLogCollectionRequests\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mobileAppTroubleshootingEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "app_log_collection_requests",
            &self.app_log_collection_requests,
        );
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for MobileAppTroubleshootingEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_log_collection_requests.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_log_collection_requests);
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
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(MobileAppTroubleshootingEvent);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    MobileAppTroubleshootingEvent { with_id id : ::std::string::String;
    with_app_log_collection_requests app_log_collection_requests : ::std::vec::Vec <
    crate ::v1::AppLogCollectionRequest >; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MobileAppTroubleshootingEvent);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.moveAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct MoveAction {
    /// CSDL: property `from`: `Edm.String`, nullable.
    pub from: rt::Field<::std::string::String>,
    /// CSDL: property `to`: `Edm.String`, nullable.
    pub to: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for MoveAction {
    #[inline]
    fn default() -> Self {
        Self {
            from: rt::Field::Absent,
            to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for MoveAction {
    const TYPE_NAME: &'static str = "microsoft.graph.moveAction";
    const KEYS: &'static [&'static str] = &["from", "to"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"from\":                         ",
        ",\"to\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.moveAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "from", &self.from);
        v.field(1usize, "to", &self.to);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for MoveAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.from.read_from(r),
            1usize => self.to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.from);
        w.field(1usize, &self.to);
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
rt::impl_object!(MoveAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    MoveAction { with_from from : ::std::string::String; with_to to :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(MoveAction);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.muteParticipantOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<MuteParticipantOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct MuteParticipantOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for MuteParticipantOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for MuteParticipantOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.muteParticipantOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.muteParticipantOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for MuteParticipantOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
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
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(MuteParticipantOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    MuteParticipantOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MuteParticipantOperation);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.nativeAuthenticationApisEnabled`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NativeAuthenticationApisEnabled {
    /// `none` (value 0).
    None,
    /// `all` (value 1).
    All,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for NativeAuthenticationApisEnabled {
    const TYPE_NAME: &'static str = "microsoft.graph.nativeAuthenticationApisEnabled";
    const MEMBERS: &'static [&'static str] = &["none", "all", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "all" => Self::All,
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
            Self::All => "all",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(NativeAuthenticationApisEnabled);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(NativeAuthenticationApisEnabled);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.networkConnection`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
    pub direction: rt::Field<crate::v1::ConnectionDirection>,
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
    pub protocol: rt::Field<crate::v1::SecurityNetworkProtocol>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `sourceAddress`: `Edm.String`, nullable.
    pub source_address: rt::Field<::std::string::String>,
    /// CSDL: property `sourceLocation`: `Edm.String`, nullable.
    pub source_location: rt::Field<::std::string::String>,
    /// CSDL: property `sourcePort`: `Edm.String`, nullable.
    pub source_port: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.connectionStatus`, nullable.
    pub status: rt::Field<crate::v1::ConnectionStatus>,
    /// CSDL: property `urlParameters`: `Edm.String`, nullable.
    pub url_parameters: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(NetworkConnection);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    NetworkConnection { with_application_name application_name : ::std::string::String;
    with_destination_address destination_address : ::std::string::String;
    with_destination_domain destination_domain : ::std::string::String;
    with_destination_location destination_location : ::std::string::String;
    with_destination_port destination_port : ::std::string::String; with_destination_url
    destination_url : ::std::string::String; with_direction direction : crate
    ::v1::ConnectionDirection; with_domain_registered_date_time
    domain_registered_date_time : rt::edm::DateTimeOffset; with_local_dns_name
    local_dns_name : ::std::string::String; with_nat_destination_address
    nat_destination_address : ::std::string::String; with_nat_destination_port
    nat_destination_port : ::std::string::String; with_nat_source_address
    nat_source_address : ::std::string::String; with_nat_source_port nat_source_port :
    ::std::string::String; with_protocol protocol : crate ::v1::SecurityNetworkProtocol;
    with_risk_score risk_score : ::std::string::String; with_source_address
    source_address : ::std::string::String; with_source_location source_location :
    ::std::string::String; with_source_port source_port : ::std::string::String;
    with_status status : crate ::v1::ConnectionStatus; with_url_parameters url_parameters
    : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkConnection);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.notificationEventsType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NotificationEventsType {
    /// `none` (value 1).
    None,
    /// `restoreAndPolicyUpdates` (value 2).
    RestoreAndPolicyUpdates,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for NotificationEventsType {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationEventsType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "restoreAndPolicyUpdates",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "restoreAndPolicyUpdates" => Self::RestoreAndPolicyUpdates,
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
            Self::RestoreAndPolicyUpdates => "restoreAndPolicyUpdates",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(NotificationEventsType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationEventsType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.notificationRecipients`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct NotificationRecipients {
    /// CSDL: property `customRecipients`: `Collection(microsoft.graph.emailIdentity)`, not nullable.
    pub custom_recipients: rt::Field<::std::vec::Vec<crate::v1::EmailIdentity>>,
    /// CSDL: property `role`: `microsoft.graph.notificationRecipientsType`, not nullable.
    pub role: rt::Field<rt::Flags<crate::v1::NotificationRecipientsType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for NotificationRecipients {
    #[inline]
    fn default() -> Self {
        Self {
            custom_recipients: rt::Field::Absent,
            role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for NotificationRecipients {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationRecipients";
    const KEYS: &'static [&'static str] = &["customRecipients", "role"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customRecipients\":             ",
        ",\"role\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.notificationRecipients\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_recipients", &self.custom_recipients);
        v.field(1usize, "role", &self.role);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for NotificationRecipients {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_recipients.read_from(r),
            1usize => self.role.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_recipients);
        w.field(1usize, &self.role);
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
rt::impl_object!(NotificationRecipients);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    NotificationRecipients { with_custom_recipients custom_recipients : ::std::vec::Vec <
    crate ::v1::EmailIdentity >; with_role role : rt::Flags < crate
    ::v1::NotificationRecipientsType >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationRecipients);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.notificationRecipientsType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NotificationRecipientsType {
    /// `none` (value 0).
    None,
    /// `globalAdmins` (value 1).
    GlobalAdmins,
    /// `backupAdmins` (value 2).
    BackupAdmins,
    /// `custom` (value 4).
    Custom,
    /// `allAdmins` (value 8).
    AllAdmins,
    /// `unknownFutureValue` (value 16).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for NotificationRecipientsType {
    const TYPE_NAME: &'static str = "microsoft.graph.notificationRecipientsType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "globalAdmins",
        "backupAdmins",
        "custom",
        "allAdmins",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "globalAdmins" => Self::GlobalAdmins,
                "backupAdmins" => Self::BackupAdmins,
                "custom" => Self::Custom,
                "allAdmins" => Self::AllAdmins,
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
            Self::GlobalAdmins => "globalAdmins",
            Self::BackupAdmins => "backupAdmins",
            Self::Custom => "custom",
            Self::AllAdmins => "allAdmins",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(NotificationRecipientsType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotificationRecipientsType);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.notifyMembers`, enum type.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum NotifyMembers {
    /// `all` (value 0).
    All,
    /// `allowSelected` (value 1).
    AllowSelected,
    /// `blockSelected` (value 2).
    BlockSelected,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::StrEnum for NotifyMembers {
    const TYPE_NAME: &'static str = "microsoft.graph.notifyMembers";
    const MEMBERS: &'static [&'static str] = &[
        "all",
        "allowSelected",
        "blockSelected",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "all" => Self::All,
                "allowSelected" => Self::AllowSelected,
                "blockSelected" => Self::BlockSelected,
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
            Self::All => "all",
            Self::AllowSelected => "allowSelected",
            Self::BlockSelected => "blockSelected",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_enum!(NotifyMembers);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(NotifyMembers);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.numberColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct NumberColumn {
    /// CSDL: property `decimalPlaces`: `Edm.String`, nullable.
    pub decimal_places: rt::Field<::std::string::String>,
    /// CSDL: property `displayAs`: `Edm.String`, nullable.
    pub display_as: rt::Field<::std::string::String>,
    /// CSDL: property `maximum`: `Edm.Double`, nullable.
    pub maximum: rt::Field<f64>,
    /// CSDL: property `minimum`: `Edm.Double`, nullable.
    pub minimum: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for NumberColumn {
    #[inline]
    fn default() -> Self {
        Self {
            decimal_places: rt::Field::Absent,
            display_as: rt::Field::Absent,
            maximum: rt::Field::Absent,
            minimum: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for NumberColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.numberColumn";
    const KEYS: &'static [&'static str] = &[
        "decimalPlaces",
        "displayAs",
        "maximum",
        "minimum",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"decimalPlaces\":                ",
        ",\"displayAs\":                    ",
        ",\"maximum\":                      ",
        ",\"minimum\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.numberColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "decimal_places", &self.decimal_places);
        v.field(1usize, "display_as", &self.display_as);
        v.field(2usize, "maximum", &self.maximum);
        v.field(3usize, "minimum", &self.minimum);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for NumberColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.decimal_places.read_from(r),
            1usize => self.display_as.read_from(r),
            2usize => self.maximum.read_from(r),
            3usize => self.minimum.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.decimal_places);
        w.field(1usize, &self.display_as);
        w.field(2usize, &self.maximum);
        w.field(3usize, &self.minimum);
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(NumberColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    NumberColumn { with_decimal_places decimal_places : ::std::string::String;
    with_display_as display_as : ::std::string::String; with_maximum maximum : f64;
    with_minimum minimum : f64; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(NumberColumn);
