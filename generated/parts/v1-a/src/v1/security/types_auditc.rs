//! Types of `microsoft.graph.security` by the first letters of their names (`auditc`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Audit Config events.
///
/// CSDL: `microsoft.graph.security.auditConfigAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct AuditConfigAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditConfigAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditConfigAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditConfigAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.auditConfigAuditRecord\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditConfigAuditRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
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
rt::impl_object!(AuditConfigAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditConfigAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditConfigAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Root entity for the audit log API.
///
/// CSDL: `microsoft.graph.security.auditCoreRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuditCoreRootPath`](../requests/security/struct.AuditCoreRootPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct AuditCoreRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `queries`: `Collection(microsoft.graph.security.auditLogQuery)`, not nullable.
    pub queries: rt::Field<::std::vec::Vec<crate::v1::security::AuditLogQuery>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditCoreRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            queries: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditCoreRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditCoreRoot";
    const KEYS: &'static [&'static str] = &["id", "queries"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":", ",\"queries\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.auditCoreRoot\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "queries", &self.queries);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditCoreRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.queries.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.queries);
    }
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
rt::impl_object!(AuditCoreRoot);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditCoreRoot { with_id id : ::std::string::String; with_queries queries :
    ::std::vec::Vec < crate ::v1::security::AuditLogQuery >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditCoreRoot);
