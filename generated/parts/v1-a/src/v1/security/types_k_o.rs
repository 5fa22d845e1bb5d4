//! Types of `microsoft.graph.security` by the first letters of their names (`k_o`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Kaizala events.
///
/// CSDL: `microsoft.graph.security.kaizalaAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KaizalaAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KaizalaAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KaizalaAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kaizalaAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.kaizalaAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KaizalaAuditRecord {
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
rt::impl_object!(KaizalaAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KaizalaAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KaizalaAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesClusterEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesClusterEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `cloudResource`: `microsoft.graph.security.alertEvidence`, nullable.
    pub cloud_resource: rt::Field<crate::v1::security::AnyAlertEvidence>,
    /// CSDL: property `distribution`: `Edm.String`, nullable.
    pub distribution: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `platform`: `microsoft.graph.security.kubernetesPlatform`, nullable.
    pub platform: rt::Field<crate::v1::security::KubernetesPlatform>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesClusterEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            cloud_resource: rt::Field::Absent,
            distribution: rt::Field::Absent,
            name: rt::Field::Absent,
            platform: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesClusterEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesClusterEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "cloudResource",
        "distribution",
        "name",
        "platform",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"cloudResource\":                ",
        ",\"distribution\":                 ",
        ",\"name\":                         ",
        ",\"platform\":                     ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesClusterEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "cloud_resource", &self.cloud_resource);
        v.field(8usize, "distribution", &self.distribution);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "platform", &self.platform);
        v.field(11usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesClusterEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.cloud_resource.read_from(r),
            8usize => self.distribution.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.platform.read_from(r),
            11usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.cloud_resource);
        w.field(8usize, &self.distribution);
        w.field(9usize, &self.name);
        w.field(10usize, &self.platform);
        w.field(11usize, &self.version);
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
rt::impl_object!(KubernetesClusterEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesClusterEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_cloud_resource cloud_resource : crate
    ::v1::security::AnyAlertEvidence; with_distribution distribution :
    ::std::string::String; with_name name : ::std::string::String; with_platform platform
    : crate ::v1::security::KubernetesPlatform; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesClusterEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesControllerEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesControllerEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `labels`: `microsoft.graph.security.dictionary`, nullable.
    pub labels: rt::Field<crate::v1::security::Dictionary>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `namespace`: `microsoft.graph.security.kubernetesNamespaceEvidence`, nullable.
    pub namespace: rt::Field<crate::v1::security::KubernetesNamespaceEvidence>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesControllerEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            labels: rt::Field::Absent,
            name: rt::Field::Absent,
            namespace: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesControllerEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesControllerEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "labels",
        "name",
        "namespace",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"labels\":                       ",
        ",\"name\":                         ",
        ",\"namespace\":                    ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesControllerEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "labels", &self.labels);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "namespace", &self.namespace);
        v.field(10usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesControllerEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.labels.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.namespace.read_from(r),
            10usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.labels);
        w.field(8usize, &self.name);
        w.field(9usize, &self.namespace);
        w.field(10usize, &self.type_);
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
rt::impl_object!(KubernetesControllerEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesControllerEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_labels labels : crate
    ::v1::security::Dictionary; with_name name : ::std::string::String; with_namespace
    namespace : crate ::v1::security::KubernetesNamespaceEvidence; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesControllerEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesNamespaceEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesNamespaceEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `cluster`: `microsoft.graph.security.kubernetesClusterEvidence`, nullable.
    pub cluster: rt::Field<crate::v1::security::KubernetesClusterEvidence>,
    /// CSDL: property `labels`: `microsoft.graph.security.dictionary`, nullable.
    pub labels: rt::Field<crate::v1::security::Dictionary>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesNamespaceEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            cluster: rt::Field::Absent,
            labels: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesNamespaceEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesNamespaceEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "cluster",
        "labels",
        "name",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"cluster\":                      ",
        ",\"labels\":                       ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesNamespaceEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "cluster", &self.cluster);
        v.field(8usize, "labels", &self.labels);
        v.field(9usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesNamespaceEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.cluster.read_from(r),
            8usize => self.labels.read_from(r),
            9usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.cluster);
        w.field(8usize, &self.labels);
        w.field(9usize, &self.name);
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
rt::impl_object!(KubernetesNamespaceEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesNamespaceEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_cluster cluster : crate
    ::v1::security::KubernetesClusterEvidence; with_labels labels : crate
    ::v1::security::Dictionary; with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesNamespaceEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesPlatform`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum KubernetesPlatform {
    /// `unknown` (value 0).
    Unknown,
    /// `aks` (value 1).
    Aks,
    /// `eks` (value 2).
    Eks,
    /// `gke` (value 3).
    Gke,
    /// `arc` (value 4).
    Arc,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for KubernetesPlatform {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesPlatform";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "aks",
        "eks",
        "gke",
        "arc",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "aks" => Self::Aks,
                "eks" => Self::Eks,
                "gke" => Self::Gke,
                "arc" => Self::Arc,
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
            Self::Aks => "aks",
            Self::Eks => "eks",
            Self::Gke => "gke",
            Self::Arc => "arc",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(KubernetesPlatform);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesPlatform);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesPodEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesPodEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `containers`: `Collection(microsoft.graph.security.containerEvidence)`, nullable.
    pub containers: rt::Field<::std::vec::Vec<crate::v1::security::ContainerEvidence>>,
    /// CSDL: property `controller`: `microsoft.graph.security.kubernetesControllerEvidence`, nullable.
    pub controller: rt::Field<crate::v1::security::KubernetesControllerEvidence>,
    /// CSDL: property `ephemeralContainers`: `Collection(microsoft.graph.security.containerEvidence)`, nullable.
    pub ephemeral_containers: rt::Field<
        ::std::vec::Vec<crate::v1::security::ContainerEvidence>,
    >,
    /// CSDL: property `initContainers`: `Collection(microsoft.graph.security.containerEvidence)`, nullable.
    pub init_containers: rt::Field<
        ::std::vec::Vec<crate::v1::security::ContainerEvidence>,
    >,
    /// CSDL: property `labels`: `microsoft.graph.security.dictionary`, nullable.
    pub labels: rt::Field<crate::v1::security::Dictionary>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `namespace`: `microsoft.graph.security.kubernetesNamespaceEvidence`, nullable.
    pub namespace: rt::Field<crate::v1::security::KubernetesNamespaceEvidence>,
    /// CSDL: property `podIp`: `microsoft.graph.security.ipEvidence`, nullable.
    pub pod_ip: rt::Field<crate::v1::security::IpEvidence>,
    /// CSDL: property `serviceAccount`: `microsoft.graph.security.kubernetesServiceAccountEvidence`, nullable.
    pub service_account: rt::Field<
        crate::v1::security::KubernetesServiceAccountEvidence,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesPodEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            containers: rt::Field::Absent,
            controller: rt::Field::Absent,
            ephemeral_containers: rt::Field::Absent,
            init_containers: rt::Field::Absent,
            labels: rt::Field::Absent,
            name: rt::Field::Absent,
            namespace: rt::Field::Absent,
            pod_ip: rt::Field::Absent,
            service_account: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesPodEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesPodEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "containers",
        "controller",
        "ephemeralContainers",
        "initContainers",
        "labels",
        "name",
        "namespace",
        "podIp",
        "serviceAccount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"containers\":                   ",
        ",\"controller\":                   ",
        ",\"ephemeralContainers\":          ",
        ",\"initContainers\":               ",
        ",\"labels\":                       ",
        ",\"name\":                         ",
        ",\"namespace\":                    ",
        ",\"podIp\":                        ",
        ",\"serviceAccount\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesPodEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "containers", &self.containers);
        v.field(8usize, "controller", &self.controller);
        v.field(9usize, "ephemeral_containers", &self.ephemeral_containers);
        v.field(10usize, "init_containers", &self.init_containers);
        v.field(11usize, "labels", &self.labels);
        v.field(12usize, "name", &self.name);
        v.field(13usize, "namespace", &self.namespace);
        v.field(14usize, "pod_ip", &self.pod_ip);
        v.field(15usize, "service_account", &self.service_account);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesPodEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.containers.read_from(r),
            8usize => self.controller.read_from(r),
            9usize => self.ephemeral_containers.read_from(r),
            10usize => self.init_containers.read_from(r),
            11usize => self.labels.read_from(r),
            12usize => self.name.read_from(r),
            13usize => self.namespace.read_from(r),
            14usize => self.pod_ip.read_from(r),
            15usize => self.service_account.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.containers);
        w.field(8usize, &self.controller);
        w.field(9usize, &self.ephemeral_containers);
        w.field(10usize, &self.init_containers);
        w.field(11usize, &self.labels);
        w.field(12usize, &self.name);
        w.field(13usize, &self.namespace);
        w.field(14usize, &self.pod_ip);
        w.field(15usize, &self.service_account);
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
rt::impl_object!(KubernetesPodEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesPodEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_containers containers : ::std::vec::Vec < crate
    ::v1::security::ContainerEvidence >; with_controller controller : crate
    ::v1::security::KubernetesControllerEvidence; with_ephemeral_containers
    ephemeral_containers : ::std::vec::Vec < crate ::v1::security::ContainerEvidence >;
    with_init_containers init_containers : ::std::vec::Vec < crate
    ::v1::security::ContainerEvidence >; with_labels labels : crate
    ::v1::security::Dictionary; with_name name : ::std::string::String; with_namespace
    namespace : crate ::v1::security::KubernetesNamespaceEvidence; with_pod_ip pod_ip :
    crate ::v1::security::IpEvidence; with_service_account service_account : crate
    ::v1::security::KubernetesServiceAccountEvidence; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesPodEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesSecretEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesSecretEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `namespace`: `microsoft.graph.security.kubernetesNamespaceEvidence`, nullable.
    pub namespace: rt::Field<crate::v1::security::KubernetesNamespaceEvidence>,
    /// CSDL: property `secretType`: `Edm.String`, nullable.
    pub secret_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesSecretEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            name: rt::Field::Absent,
            namespace: rt::Field::Absent,
            secret_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesSecretEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesSecretEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "name",
        "namespace",
        "secretType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"name\":                         ",
        ",\"namespace\":                    ",
        ",\"secretType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesSecretEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "namespace", &self.namespace);
        v.field(9usize, "secret_type", &self.secret_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesSecretEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.namespace.read_from(r),
            9usize => self.secret_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.name);
        w.field(8usize, &self.namespace);
        w.field(9usize, &self.secret_type);
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
rt::impl_object!(KubernetesSecretEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesSecretEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_name name : ::std::string::String;
    with_namespace namespace : crate ::v1::security::KubernetesNamespaceEvidence;
    with_secret_type secret_type : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesSecretEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesServiceAccountEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesServiceAccountEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `namespace`: `microsoft.graph.security.kubernetesNamespaceEvidence`, nullable.
    pub namespace: rt::Field<crate::v1::security::KubernetesNamespaceEvidence>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesServiceAccountEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            name: rt::Field::Absent,
            namespace: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesServiceAccountEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesServiceAccountEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "name",
        "namespace",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"name\":                         ",
        ",\"namespace\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesServiceAccountEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "namespace", &self.namespace);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesServiceAccountEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.namespace.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.name);
        w.field(8usize, &self.namespace);
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
rt::impl_object!(KubernetesServiceAccountEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesServiceAccountEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_name name : ::std::string::String;
    with_namespace namespace : crate ::v1::security::KubernetesNamespaceEvidence; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesServiceAccountEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesServiceEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesServiceEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `clusterIP`: `microsoft.graph.security.ipEvidence`, nullable.
    pub cluster_ip: rt::Field<crate::v1::security::IpEvidence>,
    /// CSDL: property `externalIPs`: `Collection(microsoft.graph.security.ipEvidence)`, nullable.
    pub external_i_ps: rt::Field<::std::vec::Vec<crate::v1::security::IpEvidence>>,
    /// CSDL: property `labels`: `microsoft.graph.security.dictionary`, nullable.
    pub labels: rt::Field<crate::v1::security::Dictionary>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `namespace`: `microsoft.graph.security.kubernetesNamespaceEvidence`, nullable.
    pub namespace: rt::Field<crate::v1::security::KubernetesNamespaceEvidence>,
    /// CSDL: property `selector`: `microsoft.graph.security.dictionary`, nullable.
    pub selector: rt::Field<crate::v1::security::Dictionary>,
    /// CSDL: property `servicePorts`: `Collection(microsoft.graph.security.kubernetesServicePort)`, nullable.
    pub service_ports: rt::Field<
        ::std::vec::Vec<crate::v1::security::KubernetesServicePort>,
    >,
    /// CSDL: property `serviceType`: `microsoft.graph.security.kubernetesServiceType`, not nullable.
    pub service_type: rt::Field<crate::v1::security::KubernetesServiceType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesServiceEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            cluster_ip: rt::Field::Absent,
            external_i_ps: rt::Field::Absent,
            labels: rt::Field::Absent,
            name: rt::Field::Absent,
            namespace: rt::Field::Absent,
            selector: rt::Field::Absent,
            service_ports: rt::Field::Absent,
            service_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesServiceEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesServiceEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "clusterIP",
        "externalIPs",
        "labels",
        "name",
        "namespace",
        "selector",
        "servicePorts",
        "serviceType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"clusterIP\":                    ",
        ",\"externalIPs\":                  ",
        ",\"labels\":                       ",
        ",\"name\":                         ",
        ",\"namespace\":                    ",
        ",\"selector\":                     ",
        ",\"servicePorts\":                 ",
        ",\"serviceType\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesServiceEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "cluster_ip", &self.cluster_ip);
        v.field(8usize, "external_i_ps", &self.external_i_ps);
        v.field(9usize, "labels", &self.labels);
        v.field(10usize, "name", &self.name);
        v.field(11usize, "namespace", &self.namespace);
        v.field(12usize, "selector", &self.selector);
        v.field(13usize, "service_ports", &self.service_ports);
        v.field(14usize, "service_type", &self.service_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesServiceEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.cluster_ip.read_from(r),
            8usize => self.external_i_ps.read_from(r),
            9usize => self.labels.read_from(r),
            10usize => self.name.read_from(r),
            11usize => self.namespace.read_from(r),
            12usize => self.selector.read_from(r),
            13usize => self.service_ports.read_from(r),
            14usize => self.service_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.cluster_ip);
        w.field(8usize, &self.external_i_ps);
        w.field(9usize, &self.labels);
        w.field(10usize, &self.name);
        w.field(11usize, &self.namespace);
        w.field(12usize, &self.selector);
        w.field(13usize, &self.service_ports);
        w.field(14usize, &self.service_type);
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
rt::impl_object!(KubernetesServiceEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesServiceEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_cluster_ip cluster_ip : crate
    ::v1::security::IpEvidence; with_external_i_ps external_i_ps : ::std::vec::Vec <
    crate ::v1::security::IpEvidence >; with_labels labels : crate
    ::v1::security::Dictionary; with_name name : ::std::string::String; with_namespace
    namespace : crate ::v1::security::KubernetesNamespaceEvidence; with_selector selector
    : crate ::v1::security::Dictionary; with_service_ports service_ports :
    ::std::vec::Vec < crate ::v1::security::KubernetesServicePort >; with_service_type
    service_type : crate ::v1::security::KubernetesServiceType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesServiceEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesServicePort`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct KubernetesServicePort {
    /// CSDL: property `appProtocol`: `Edm.String`, nullable.
    pub app_protocol: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `nodePort`: `Edm.Int32`, not nullable.
    pub node_port: rt::Field<i32>,
    /// CSDL: property `port`: `Edm.Int32`, not nullable.
    pub port: rt::Field<i32>,
    /// CSDL: property `protocol`: `microsoft.graph.security.containerPortProtocol`, nullable.
    pub protocol: rt::Field<crate::v1::security::ContainerPortProtocol>,
    /// CSDL: property `targetPort`: `Edm.String`, nullable.
    pub target_port: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for KubernetesServicePort {
    #[inline]
    fn default() -> Self {
        Self {
            app_protocol: rt::Field::Absent,
            name: rt::Field::Absent,
            node_port: rt::Field::Absent,
            port: rt::Field::Absent,
            protocol: rt::Field::Absent,
            target_port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for KubernetesServicePort {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesServicePort";
    const KEYS: &'static [&'static str] = &[
        "appProtocol",
        "name",
        "nodePort",
        "port",
        "protocol",
        "targetPort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appProtocol\":                  ",
        ",\"name\":                         ",
        ",\"nodePort\":                     ",
        ",\"port\":                         ",
        ",\"protocol\":                     ",
        ",\"targetPort\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.kubernetesServicePort\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_protocol", &self.app_protocol);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "node_port", &self.node_port);
        v.field(3usize, "port", &self.port);
        v.field(4usize, "protocol", &self.protocol);
        v.field(5usize, "target_port", &self.target_port);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for KubernetesServicePort {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_protocol.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.node_port.read_from(r),
            3usize => self.port.read_from(r),
            4usize => self.protocol.read_from(r),
            5usize => self.target_port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_protocol);
        w.field(1usize, &self.name);
        w.field(2usize, &self.node_port);
        w.field(3usize, &self.port);
        w.field(4usize, &self.protocol);
        w.field(5usize, &self.target_port);
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
rt::impl_object!(KubernetesServicePort);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    KubernetesServicePort { with_app_protocol app_protocol : ::std::string::String;
    with_name name : ::std::string::String; with_node_port node_port : i32; with_port
    port : i32; with_protocol protocol : crate ::v1::security::ContainerPortProtocol;
    with_target_port target_port : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesServicePort);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.kubernetesServiceType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum KubernetesServiceType {
    /// `unknown` (value 0).
    Unknown,
    /// `clusterIP` (value 1).
    ClusterIp,
    /// `externalName` (value 2).
    ExternalName,
    /// `nodePort` (value 3).
    NodePort,
    /// `loadBalancer` (value 4).
    LoadBalancer,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for KubernetesServiceType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.kubernetesServiceType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "clusterIP",
        "externalName",
        "nodePort",
        "loadBalancer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "clusterIP" => Self::ClusterIp,
                "externalName" => Self::ExternalName,
                "nodePort" => Self::NodePort,
                "loadBalancer" => Self::LoadBalancer,
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
            Self::ClusterIp => "clusterIP",
            Self::ExternalName => "externalName",
            Self::NodePort => "nodePort",
            Self::LoadBalancer => "loadBalancer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(KubernetesServiceType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(KubernetesServiceType);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Label Analytics Aggregate events.
///
/// CSDL: `microsoft.graph.security.labelAnalyticsAggregateAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct LabelAnalyticsAggregateAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for LabelAnalyticsAggregateAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for LabelAnalyticsAggregateAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.labelAnalyticsAggregateAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.labelAnalyticsAggregateAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for LabelAnalyticsAggregateAuditRecord {
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
rt::impl_object!(LabelAnalyticsAggregateAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    LabelAnalyticsAggregateAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelAnalyticsAggregateAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Label Content Explorer events.
///
/// CSDL: `microsoft.graph.security.labelContentExplorerAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct LabelContentExplorerAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for LabelContentExplorerAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for LabelContentExplorerAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.labelContentExplorerAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.labelContentExplorerAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for LabelContentExplorerAuditRecord {
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
rt::impl_object!(LabelContentExplorerAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    LabelContentExplorerAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LabelContentExplorerAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Large Content Meta events.
///
/// CSDL: `microsoft.graph.security.largeContentMetadataAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct LargeContentMetadataAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for LargeContentMetadataAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for LargeContentMetadataAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.largeContentMetadataAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.largeContentMetadataAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for LargeContentMetadataAuditRecord {
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
rt::impl_object!(LargeContentMetadataAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    LargeContentMetadataAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LargeContentMetadataAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.loggedOnUser`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct LoggedOnUser {
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for LoggedOnUser {
    #[inline]
    fn default() -> Self {
        Self {
            account_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for LoggedOnUser {
    const TYPE_NAME: &'static str = "microsoft.graph.security.loggedOnUser";
    const KEYS: &'static [&'static str] = &["accountName", "domainName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountName\":                  ",
        ",\"domainName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.loggedOnUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_name", &self.account_name);
        v.field(1usize, "domain_name", &self.domain_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for LoggedOnUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_name.read_from(r),
            1usize => self.domain_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_name);
        w.field(1usize, &self.domain_name);
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
rt::impl_object!(LoggedOnUser);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    LoggedOnUser { with_account_name account_name : ::std::string::String;
    with_domain_name domain_name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LoggedOnUser);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for M365 Compliance Connector events.
///
/// CSDL: `microsoft.graph.security.m365ComplianceConnectorAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct M365ComplianceConnectorAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for M365ComplianceConnectorAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for M365ComplianceConnectorAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.m365ComplianceConnectorAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.m365ComplianceConnectorAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for M365ComplianceConnectorAuditRecord {
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
rt::impl_object!(M365ComplianceConnectorAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    M365ComplianceConnectorAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(M365ComplianceConnectorAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for M365 Search Sections events.
///
/// CSDL: `microsoft.graph.security.m365SearchSectionsRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct M365SearchSectionsRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for M365SearchSectionsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for M365SearchSectionsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.m365SearchSectionsRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.m365SearchSectionsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for M365SearchSectionsRecord {
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
rt::impl_object!(M365SearchSectionsRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    M365SearchSectionsRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(M365SearchSectionsRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for M365daad events.
///
/// CSDL: `microsoft.graph.security.m365daadAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct M365daadAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for M365daadAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for M365daadAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.m365daadAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.m365daadAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for M365daadAuditRecord {
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
rt::impl_object!(M365daadAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    M365daadAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(M365daadAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for M365odsp Asset Meta events.
///
/// CSDL: `microsoft.graph.security.m365odspAssetMetadataRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct M365odspAssetMetadataRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for M365odspAssetMetadataRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for M365odspAssetMetadataRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.m365odspAssetMetadataRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.m365odspAssetMetadataRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for M365odspAssetMetadataRecord {
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
rt::impl_object!(M365odspAssetMetadataRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    M365odspAssetMetadataRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(M365odspAssetMetadataRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MDASH events.
///
/// CSDL: `microsoft.graph.security.mDASHAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MDashAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MDashAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MDashAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mDASHAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mDASHAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MDashAuditRecord {
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
rt::impl_object!(MDashAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MDashAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MDashAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.mailClusterEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MailClusterEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `clusterBy`: `Edm.String`, nullable.
    pub cluster_by: rt::Field<::std::string::String>,
    /// CSDL: property `clusterByValue`: `Edm.String`, nullable.
    pub cluster_by_value: rt::Field<::std::string::String>,
    /// CSDL: property `emailCount`: `Edm.Int64`, nullable.
    pub email_count: rt::Field<i64>,
    /// CSDL: property `networkMessageIds`: `Collection(Edm.String)`, nullable.
    pub network_message_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `query`: `Edm.String`, nullable.
    pub query: rt::Field<::std::string::String>,
    /// CSDL: property `urn`: `Edm.String`, nullable.
    pub urn: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MailClusterEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            cluster_by: rt::Field::Absent,
            cluster_by_value: rt::Field::Absent,
            email_count: rt::Field::Absent,
            network_message_ids: rt::Field::Absent,
            query: rt::Field::Absent,
            urn: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MailClusterEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mailClusterEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "clusterBy",
        "clusterByValue",
        "emailCount",
        "networkMessageIds",
        "query",
        "urn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"clusterBy\":                    ",
        ",\"clusterByValue\":               ",
        ",\"emailCount\":                   ",
        ",\"networkMessageIds\":            ",
        ",\"query\":                        ",
        ",\"urn\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.mailClusterEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "cluster_by", &self.cluster_by);
        v.field(8usize, "cluster_by_value", &self.cluster_by_value);
        v.field(9usize, "email_count", &self.email_count);
        v.field(10usize, "network_message_ids", &self.network_message_ids);
        v.field(11usize, "query", &self.query);
        v.field(12usize, "urn", &self.urn);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MailClusterEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.cluster_by.read_from(r),
            8usize => self.cluster_by_value.read_from(r),
            9usize => self.email_count.read_from(r),
            10usize => self.network_message_ids.read_from(r),
            11usize => self.query.read_from(r),
            12usize => self.urn.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.cluster_by);
        w.field(8usize, &self.cluster_by_value);
        w.field(9usize, &self.email_count);
        w.field(10usize, &self.network_message_ids);
        w.field(11usize, &self.query);
        w.field(12usize, &self.urn);
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
rt::impl_object!(MailClusterEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MailClusterEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_cluster_by cluster_by : ::std::string::String;
    with_cluster_by_value cluster_by_value : ::std::string::String; with_email_count
    email_count : i64; with_network_message_ids network_message_ids : ::std::vec::Vec <
    ::std::string::String >; with_query query : ::std::string::String; with_urn urn :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailClusterEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Mail Submission events.
///
/// CSDL: `microsoft.graph.security.mailSubmissionData`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MailSubmissionData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MailSubmissionData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MailSubmissionData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mailSubmissionData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mailSubmissionData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MailSubmissionData {
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
rt::impl_object!(MailSubmissionData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MailSubmissionData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailSubmissionData);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.mailboxConfigurationEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MailboxConfigurationEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `configurationId`: `Edm.String`, nullable.
    pub configuration_id: rt::Field<::std::string::String>,
    /// CSDL: property `configurationType`: `microsoft.graph.security.mailboxConfigurationType`, nullable.
    pub configuration_type: rt::Field<crate::v1::security::MailboxConfigurationType>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalDirectoryObjectId`: `Edm.Guid`, nullable.
    pub external_directory_object_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `mailboxPrimaryAddress`: `Edm.String`, nullable.
    pub mailbox_primary_address: rt::Field<::std::string::String>,
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MailboxConfigurationEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            configuration_id: rt::Field::Absent,
            configuration_type: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_directory_object_id: rt::Field::Absent,
            mailbox_primary_address: rt::Field::Absent,
            upn: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MailboxConfigurationEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mailboxConfigurationEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "configurationId",
        "configurationType",
        "displayName",
        "externalDirectoryObjectId",
        "mailboxPrimaryAddress",
        "upn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"configurationId\":              ",
        ",\"configurationType\":            ",
        ",\"displayName\":                  ",
        ",\"externalDirectoryObjectId\":    ",
        ",\"mailboxPrimaryAddress\":        ",
        ",\"upn\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.mailboxConfigurationEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "configuration_id", &self.configuration_id);
        v.field(8usize, "configuration_type", &self.configuration_type);
        v.field(9usize, "display_name", &self.display_name);
        v.field(
            10usize,
            "external_directory_object_id",
            &self.external_directory_object_id,
        );
        v.field(11usize, "mailbox_primary_address", &self.mailbox_primary_address);
        v.field(12usize, "upn", &self.upn);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MailboxConfigurationEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.configuration_id.read_from(r),
            8usize => self.configuration_type.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.external_directory_object_id.read_from(r),
            11usize => self.mailbox_primary_address.read_from(r),
            12usize => self.upn.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.configuration_id);
        w.field(8usize, &self.configuration_type);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.external_directory_object_id);
        w.field(11usize, &self.mailbox_primary_address);
        w.field(12usize, &self.upn);
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
rt::impl_object!(MailboxConfigurationEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MailboxConfigurationEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_configuration_id configuration_id :
    ::std::string::String; with_configuration_type configuration_type : crate
    ::v1::security::MailboxConfigurationType; with_display_name display_name :
    ::std::string::String; with_external_directory_object_id external_directory_object_id
    : rt::edm::Guid; with_mailbox_primary_address mailbox_primary_address :
    ::std::string::String; with_upn upn : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxConfigurationEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.mailboxConfigurationType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MailboxConfigurationType {
    /// `mailForwardingRule` (value 0).
    MailForwardingRule,
    /// `owaSettings` (value 1).
    OwaSettings,
    /// `ewsSettings` (value 2).
    EwsSettings,
    /// `mailDelegation` (value 3).
    MailDelegation,
    /// `userInboxRule` (value 4).
    UserInboxRule,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for MailboxConfigurationType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mailboxConfigurationType";
    const MEMBERS: &'static [&'static str] = &[
        "mailForwardingRule",
        "owaSettings",
        "ewsSettings",
        "mailDelegation",
        "userInboxRule",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mailForwardingRule" => Self::MailForwardingRule,
                "owaSettings" => Self::OwaSettings,
                "ewsSettings" => Self::EwsSettings,
                "mailDelegation" => Self::MailDelegation,
                "userInboxRule" => Self::UserInboxRule,
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
            Self::MailForwardingRule => "mailForwardingRule",
            Self::OwaSettings => "owaSettings",
            Self::EwsSettings => "ewsSettings",
            Self::MailDelegation => "mailDelegation",
            Self::UserInboxRule => "userInboxRule",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(MailboxConfigurationType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxConfigurationType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.mailboxEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MailboxEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `primaryAddress`: `Edm.String`, nullable.
    pub primary_address: rt::Field<::std::string::String>,
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// CSDL: property `userAccount`: `microsoft.graph.security.userAccount`, nullable.
    pub user_account: rt::Field<crate::v1::security::UserAccount>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MailboxEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            display_name: rt::Field::Absent,
            primary_address: rt::Field::Absent,
            upn: rt::Field::Absent,
            user_account: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MailboxEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mailboxEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "displayName",
        "primaryAddress",
        "upn",
        "userAccount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"displayName\":                  ",
        ",\"primaryAddress\":               ",
        ",\"upn\":                          ",
        ",\"userAccount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.mailboxEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "display_name", &self.display_name);
        v.field(8usize, "primary_address", &self.primary_address);
        v.field(9usize, "upn", &self.upn);
        v.field(10usize, "user_account", &self.user_account);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MailboxEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.display_name.read_from(r),
            8usize => self.primary_address.read_from(r),
            9usize => self.upn.read_from(r),
            10usize => self.user_account.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.display_name);
        w.field(8usize, &self.primary_address);
        w.field(9usize, &self.upn);
        w.field(10usize, &self.user_account);
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
rt::impl_object!(MailboxEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MailboxEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_display_name display_name :
    ::std::string::String; with_primary_address primary_address : ::std::string::String;
    with_upn upn : ::std::string::String; with_user_account user_account : crate
    ::v1::security::UserAccount; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.malwareEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MalwareEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `files`: `Collection(microsoft.graph.security.fileEvidence)`, nullable.
    pub files: rt::Field<::std::vec::Vec<crate::v1::security::FileEvidence>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `processes`: `Collection(microsoft.graph.security.processEvidence)`, nullable.
    pub processes: rt::Field<::std::vec::Vec<crate::v1::security::ProcessEvidence>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MalwareEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            category: rt::Field::Absent,
            files: rt::Field::Absent,
            name: rt::Field::Absent,
            processes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MalwareEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.malwareEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "category",
        "files",
        "name",
        "processes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"category\":                     ",
        ",\"files\":                        ",
        ",\"name\":                         ",
        ",\"processes\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.malwareEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "category", &self.category);
        v.field(8usize, "files", &self.files);
        v.field(9usize, "name", &self.name);
        v.field(10usize, "processes", &self.processes);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MalwareEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.category.read_from(r),
            8usize => self.files.read_from(r),
            9usize => self.name.read_from(r),
            10usize => self.processes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.category);
        w.field(8usize, &self.files);
        w.field(9usize, &self.name);
        w.field(10usize, &self.processes);
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
rt::impl_object!(MalwareEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MalwareEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_category category : ::std::string::String;
    with_files files : ::std::vec::Vec < crate ::v1::security::FileEvidence >; with_name
    name : ::std::string::String; with_processes processes : ::std::vec::Vec < crate
    ::v1::security::ProcessEvidence >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MalwareEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Managed Services events.
///
/// CSDL: `microsoft.graph.security.managedServicesAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ManagedServicesAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ManagedServicesAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ManagedServicesAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.managedServicesAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.managedServicesAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ManagedServicesAuditRecord {
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
rt::impl_object!(ManagedServicesAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ManagedServicesAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedServicesAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Managed Tenants events.
///
/// CSDL: `microsoft.graph.security.managedTenantsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ManagedTenantsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ManagedTenantsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ManagedTenantsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.managedTenantsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.managedTenantsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ManagedTenantsAuditRecord {
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
rt::impl_object!(ManagedTenantsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ManagedTenantsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedTenantsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MAPG Alerts events.
///
/// CSDL: `microsoft.graph.security.mapgAlertsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MapgAlertsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MapgAlertsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MapgAlertsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mapgAlertsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mapgAlertsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MapgAlertsAuditRecord {
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
rt::impl_object!(MapgAlertsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MapgAlertsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MapgAlertsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MAPG Onboard events.
///
/// CSDL: `microsoft.graph.security.mapgOnboardAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MapgOnboardAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MapgOnboardAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MapgOnboardAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mapgOnboardAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mapgOnboardAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MapgOnboardAuditRecord {
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
rt::impl_object!(MapgOnboardAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MapgOnboardAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MapgOnboardAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MAPG Policy events.
///
/// CSDL: `microsoft.graph.security.mapgPolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MapgPolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MapgPolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MapgPolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mapgPolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mapgPolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MapgPolicyAuditRecord {
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
rt::impl_object!(MapgPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MapgPolicyAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MapgPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MAPG Remediation events.
///
/// CSDL: `microsoft.graph.security.mapgRemediationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MapgRemediationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MapgRemediationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MapgRemediationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mapgRemediationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mapgRemediationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MapgRemediationAuditRecord {
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
rt::impl_object!(MapgRemediationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MapgRemediationAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MapgRemediationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MCAS Alerts events.
///
/// CSDL: `microsoft.graph.security.mcasAlertsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct McasAlertsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for McasAlertsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for McasAlertsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mcasAlertsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mcasAlertsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for McasAlertsAuditRecord {
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
rt::impl_object!(McasAlertsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    McasAlertsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(McasAlertsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MDA events.
///
/// CSDL: `microsoft.graph.security.mdaAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MdaAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MdaAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MdaAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mdaAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mdaAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MdaAuditRecord {
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
rt::impl_object!(MdaAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MdaAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdaAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MDA Data Security Signal events.
///
/// CSDL: `microsoft.graph.security.mdaDataSecuritySignalRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MdaDataSecuritySignalRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MdaDataSecuritySignalRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MdaDataSecuritySignalRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mdaDataSecuritySignalRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mdaDataSecuritySignalRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MdaDataSecuritySignalRecord {
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
rt::impl_object!(MdaDataSecuritySignalRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MdaDataSecuritySignalRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdaDataSecuritySignalRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MDATP events.
///
/// CSDL: `microsoft.graph.security.mdatpAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MdatpAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MdatpAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MdatpAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mdatpAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mdatpAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MdatpAuditRecord {
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
rt::impl_object!(MdatpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MdatpAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdatpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MDC Events events.
///
/// CSDL: `microsoft.graph.security.mdcEventsRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MdcEventsRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MdcEventsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MdcEventsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mdcEventsRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mdcEventsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MdcEventsRecord {
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
rt::impl_object!(MdcEventsRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MdcEventsRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdcEventsRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MDI events.
///
/// CSDL: `microsoft.graph.security.mdiAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MdiAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MdiAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MdiAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mdiAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mdiAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MdiAuditRecord {
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
rt::impl_object!(MdiAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MdiAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MdiAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.mergeResponse`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MergeResponse {
    /// CSDL: property `targetIncidentId`: `Edm.String`, not nullable.
    pub target_incident_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MergeResponse {
    #[inline]
    fn default() -> Self {
        Self {
            target_incident_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MergeResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mergeResponse";
    const KEYS: &'static [&'static str] = &["targetIncidentId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"targetIncidentId\":             "];
    const TAG: &'static str = "\"#microsoft.graph.security.mergeResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "target_incident_id", &self.target_incident_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MergeResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.target_incident_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.target_incident_id);
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
rt::impl_object!(MergeResponse);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MergeResponse { with_target_incident_id target_incident_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MergeResponse);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Mesh Worlds events.
///
/// CSDL: `microsoft.graph.security.meshWorldsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MeshWorldsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MeshWorldsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MeshWorldsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.meshWorldsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.meshWorldsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MeshWorldsAuditRecord {
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
rt::impl_object!(MeshWorldsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MeshWorldsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MeshWorldsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft365 Backup Backup Item events.
///
/// CSDL: `microsoft.graph.security.microsoft365BackupBackupItemAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Microsoft365BackupBackupItemAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Microsoft365BackupBackupItemAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Microsoft365BackupBackupItemAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoft365BackupBackupItemAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoft365BackupBackupItemAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Microsoft365BackupBackupItemAuditRecord {
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
rt::impl_object!(Microsoft365BackupBackupItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Microsoft365BackupBackupItemAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Microsoft365BackupBackupItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft365 Backup Backup Policy events.
///
/// CSDL: `microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Microsoft365BackupBackupPolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Microsoft365BackupBackupPolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Microsoft365BackupBackupPolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Microsoft365BackupBackupPolicyAuditRecord {
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
rt::impl_object!(Microsoft365BackupBackupPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Microsoft365BackupBackupPolicyAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Microsoft365BackupBackupPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft365 Backup Granular Browse Task events.
///
/// CSDL: `microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Microsoft365BackupGranularBrowseTaskAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Microsoft365BackupGranularBrowseTaskAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Microsoft365BackupGranularBrowseTaskAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Microsoft365BackupGranularBrowseTaskAuditRecord {
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
rt::impl_object!(Microsoft365BackupGranularBrowseTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Microsoft365BackupGranularBrowseTaskAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Microsoft365BackupGranularBrowseTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft365 Backup Restore Item events.
///
/// CSDL: `microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Microsoft365BackupRestoreItemAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Microsoft365BackupRestoreItemAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Microsoft365BackupRestoreItemAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Microsoft365BackupRestoreItemAuditRecord {
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
rt::impl_object!(Microsoft365BackupRestoreItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Microsoft365BackupRestoreItemAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Microsoft365BackupRestoreItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft365 Backup Restore Task events.
///
/// CSDL: `microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Microsoft365BackupRestoreTaskAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Microsoft365BackupRestoreTaskAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Microsoft365BackupRestoreTaskAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Microsoft365BackupRestoreTaskAuditRecord {
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
rt::impl_object!(Microsoft365BackupRestoreTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Microsoft365BackupRestoreTaskAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Microsoft365BackupRestoreTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft365 Copilot Scheduled Prompt events.
///
/// CSDL: `microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Microsoft365CopilotScheduledPromptAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Microsoft365CopilotScheduledPromptAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Microsoft365CopilotScheduledPromptAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Microsoft365CopilotScheduledPromptAuditRecord {
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
rt::impl_object!(Microsoft365CopilotScheduledPromptAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Microsoft365CopilotScheduledPromptAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Microsoft365CopilotScheduledPromptAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Defender Experts XDR events.
///
/// CSDL: `microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftDefenderExpertsXdrAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftDefenderExpertsXdrAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftDefenderExpertsXdrAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftDefenderExpertsXdrAuditRecord {
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
rt::impl_object!(MicrosoftDefenderExpertsXdrAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftDefenderExpertsXdrAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftDefenderExpertsXdrAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Flow events.
///
/// CSDL: `microsoft.graph.security.microsoftFlowAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftFlowAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftFlowAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftFlowAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftFlowAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftFlowAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftFlowAuditRecord {
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
rt::impl_object!(MicrosoftFlowAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftFlowAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftFlowAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Forms events.
///
/// CSDL: `microsoft.graph.security.microsoftFormsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftFormsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftFormsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftFormsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftFormsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftFormsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftFormsAuditRecord {
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
rt::impl_object!(MicrosoftFormsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftFormsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftFormsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Graph Data Connect Consent events.
///
/// CSDL: `microsoft.graph.security.microsoftGraphDataConnectConsent`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftGraphDataConnectConsent {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftGraphDataConnectConsent {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftGraphDataConnectConsent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftGraphDataConnectConsent";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftGraphDataConnectConsent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftGraphDataConnectConsent {
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
rt::impl_object!(MicrosoftGraphDataConnectConsent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftGraphDataConnectConsent { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftGraphDataConnectConsent);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Graph Data Connect Operation events.
///
/// CSDL: `microsoft.graph.security.microsoftGraphDataConnectOperation`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftGraphDataConnectOperation {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftGraphDataConnectOperation {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftGraphDataConnectOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftGraphDataConnectOperation";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftGraphDataConnectOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftGraphDataConnectOperation {
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
rt::impl_object!(MicrosoftGraphDataConnectOperation);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftGraphDataConnectOperation { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftGraphDataConnectOperation);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Purview Data Catalog Operation events.
///
/// CSDL: `microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftPurviewDataCatalogOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftPurviewDataCatalogOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftPurviewDataCatalogOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftPurviewDataCatalogOperationRecord {
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
rt::impl_object!(MicrosoftPurviewDataCatalogOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftPurviewDataCatalogOperationRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftPurviewDataCatalogOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Purview Data Map Operation events.
///
/// CSDL: `microsoft.graph.security.microsoftPurviewDataMapOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftPurviewDataMapOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftPurviewDataMapOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftPurviewDataMapOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftPurviewDataMapOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftPurviewDataMapOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftPurviewDataMapOperationRecord {
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
rt::impl_object!(MicrosoftPurviewDataMapOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftPurviewDataMapOperationRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftPurviewDataMapOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Purview Metadata Policy Operation events.
///
/// CSDL: `microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftPurviewMetadataPolicyOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftPurviewMetadataPolicyOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftPurviewMetadataPolicyOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftPurviewMetadataPolicyOperationRecord {
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
rt::impl_object!(MicrosoftPurviewMetadataPolicyOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftPurviewMetadataPolicyOperationRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftPurviewMetadataPolicyOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Purview Policy Operation events.
///
/// CSDL: `microsoft.graph.security.microsoftPurviewPolicyOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftPurviewPolicyOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftPurviewPolicyOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftPurviewPolicyOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftPurviewPolicyOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftPurviewPolicyOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftPurviewPolicyOperationRecord {
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
rt::impl_object!(MicrosoftPurviewPolicyOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftPurviewPolicyOperationRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftPurviewPolicyOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Purview Privacy Audit Event events.
///
/// CSDL: `microsoft.graph.security.microsoftPurviewPrivacyAuditEvent`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftPurviewPrivacyAuditEvent {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftPurviewPrivacyAuditEvent {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftPurviewPrivacyAuditEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftPurviewPrivacyAuditEvent";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftPurviewPrivacyAuditEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftPurviewPrivacyAuditEvent {
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
rt::impl_object!(MicrosoftPurviewPrivacyAuditEvent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftPurviewPrivacyAuditEvent { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftPurviewPrivacyAuditEvent);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Purview Unified Catalog Operation events.
///
/// CSDL: `microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftPurviewUnifiedCatalogOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftPurviewUnifiedCatalogOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftPurviewUnifiedCatalogOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftPurviewUnifiedCatalogOperationRecord {
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
rt::impl_object!(MicrosoftPurviewUnifiedCatalogOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftPurviewUnifiedCatalogOperationRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftPurviewUnifiedCatalogOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Stream events.
///
/// CSDL: `microsoft.graph.security.microsoftStreamAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftStreamAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftStreamAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftStreamAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftStreamAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftStreamAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftStreamAuditRecord {
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
rt::impl_object!(MicrosoftStreamAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftStreamAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftStreamAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams Admin events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsAdminAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsAdminAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsAdminAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsAdminAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsAdminAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsAdminAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsAdminAuditRecord {
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
rt::impl_object!(MicrosoftTeamsAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsAdminAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams Analytics events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsAnalyticsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsAnalyticsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsAnalyticsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsAnalyticsAuditRecord {
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
rt::impl_object!(MicrosoftTeamsAnalyticsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsAnalyticsAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsAnalyticsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsAuditRecord {
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
rt::impl_object!(MicrosoftTeamsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams Device events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsDeviceAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsDeviceAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsDeviceAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsDeviceAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsDeviceAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsDeviceAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsDeviceAuditRecord {
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
rt::impl_object!(MicrosoftTeamsDeviceAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsDeviceAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsDeviceAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams Retention Label Action events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsRetentionLabelActionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsRetentionLabelActionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsRetentionLabelActionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsRetentionLabelActionAuditRecord {
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
rt::impl_object!(MicrosoftTeamsRetentionLabelActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsRetentionLabelActionAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsRetentionLabelActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams Sensitivity Label Action events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsSensitivityLabelActionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsSensitivityLabelActionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsSensitivityLabelActionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsSensitivityLabelActionAuditRecord {
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
rt::impl_object!(MicrosoftTeamsSensitivityLabelActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsSensitivityLabelActionAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsSensitivityLabelActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams Shifts events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsShiftsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsShiftsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsShiftsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsShiftsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsShiftsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsShiftsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsShiftsAuditRecord {
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
rt::impl_object!(MicrosoftTeamsShiftsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsShiftsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsShiftsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Teams User Concern events.
///
/// CSDL: `microsoft.graph.security.microsoftTeamsUserConcernAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MicrosoftTeamsUserConcernAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MicrosoftTeamsUserConcernAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MicrosoftTeamsUserConcernAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.microsoftTeamsUserConcernAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.microsoftTeamsUserConcernAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MicrosoftTeamsUserConcernAuditRecord {
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
rt::impl_object!(MicrosoftTeamsUserConcernAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MicrosoftTeamsUserConcernAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MicrosoftTeamsUserConcernAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Auto Label Exchange Item events.
///
/// CSDL: `microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipAutoLabelExchangeItemAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipAutoLabelExchangeItemAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipAutoLabelExchangeItemAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipAutoLabelExchangeItemAuditRecord {
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
rt::impl_object!(MipAutoLabelExchangeItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipAutoLabelExchangeItemAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipAutoLabelExchangeItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Auto Label Progress Feedback events.
///
/// CSDL: `microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipAutoLabelProgressFeedbackAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipAutoLabelProgressFeedbackAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipAutoLabelProgressFeedbackAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipAutoLabelProgressFeedbackAuditRecord {
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
rt::impl_object!(MipAutoLabelProgressFeedbackAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipAutoLabelProgressFeedbackAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipAutoLabelProgressFeedbackAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Auto Label SharePoint Item events.
///
/// CSDL: `microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipAutoLabelSharePointItemAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipAutoLabelSharePointItemAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipAutoLabelSharePointItemAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipAutoLabelSharePointItemAuditRecord {
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
rt::impl_object!(MipAutoLabelSharePointItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipAutoLabelSharePointItemAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipAutoLabelSharePointItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Auto Label SharePoint Policy Location events.
///
/// CSDL: `microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipAutoLabelSharePointPolicyLocationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipAutoLabelSharePointPolicyLocationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipAutoLabelSharePointPolicyLocationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipAutoLabelSharePointPolicyLocationAuditRecord {
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
rt::impl_object!(MipAutoLabelSharePointPolicyLocationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipAutoLabelSharePointPolicyLocationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipAutoLabelSharePointPolicyLocationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Auto Label Simulation SharePoint Completion events.
///
/// CSDL: `microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipAutoLabelSimulationSharePointCompletionRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipAutoLabelSimulationSharePointCompletionRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipAutoLabelSimulationSharePointCompletionRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipAutoLabelSimulationSharePointCompletionRecord {
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
rt::impl_object!(MipAutoLabelSimulationSharePointCompletionRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipAutoLabelSimulationSharePointCompletionRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipAutoLabelSimulationSharePointCompletionRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Auto Label Simulation SharePoint Progress events.
///
/// CSDL: `microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipAutoLabelSimulationSharePointProgressRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipAutoLabelSimulationSharePointProgressRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipAutoLabelSimulationSharePointProgressRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipAutoLabelSimulationSharePointProgressRecord {
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
rt::impl_object!(MipAutoLabelSimulationSharePointProgressRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipAutoLabelSimulationSharePointProgressRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipAutoLabelSimulationSharePointProgressRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Auto Label Simulation Statistics events.
///
/// CSDL: `microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipAutoLabelSimulationStatisticsRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipAutoLabelSimulationStatisticsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipAutoLabelSimulationStatisticsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipAutoLabelSimulationStatisticsRecord {
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
rt::impl_object!(MipAutoLabelSimulationStatisticsRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipAutoLabelSimulationStatisticsRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipAutoLabelSimulationStatisticsRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Exact Data Match events.
///
/// CSDL: `microsoft.graph.security.mipExactDataMatchAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipExactDataMatchAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipExactDataMatchAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipExactDataMatchAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipExactDataMatchAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipExactDataMatchAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipExactDataMatchAuditRecord {
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
rt::impl_object!(MipExactDataMatchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipExactDataMatchAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipExactDataMatchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Label Analytics events.
///
/// CSDL: `microsoft.graph.security.mipLabelAnalyticsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipLabelAnalyticsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipLabelAnalyticsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipLabelAnalyticsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipLabelAnalyticsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipLabelAnalyticsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipLabelAnalyticsAuditRecord {
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
rt::impl_object!(MipLabelAnalyticsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipLabelAnalyticsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipLabelAnalyticsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MIP Label events.
///
/// CSDL: `microsoft.graph.security.mipLabelAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MipLabelAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MipLabelAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MipLabelAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mipLabelAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mipLabelAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MipLabelAuditRecord {
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
rt::impl_object!(MipLabelAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MipLabelAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MipLabelAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MOS Agent Info events.
///
/// CSDL: `microsoft.graph.security.mosAgentInfoRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MosAgentInfoRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MosAgentInfoRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MosAgentInfoRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mosAgentInfoRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mosAgentInfoRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MosAgentInfoRecord {
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
rt::impl_object!(MosAgentInfoRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MosAgentInfoRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MosAgentInfoRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MOS Agent Info V2 events.
///
/// CSDL: `microsoft.graph.security.mosAgentInfoRecordV2`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MosAgentInfoRecordV2 {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MosAgentInfoRecordV2 {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MosAgentInfoRecordV2 {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mosAgentInfoRecordV2";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mosAgentInfoRecordV2\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MosAgentInfoRecordV2 {
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
rt::impl_object!(MosAgentInfoRecordV2);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MosAgentInfoRecordV2 { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MosAgentInfoRecordV2);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MS365D Custom Detection events.
///
/// CSDL: `microsoft.graph.security.ms365dCustomDetectionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Ms365dCustomDetectionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Ms365dCustomDetectionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Ms365dCustomDetectionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ms365dCustomDetectionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.ms365dCustomDetectionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Ms365dCustomDetectionAuditRecord {
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
rt::impl_object!(Ms365dCustomDetectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Ms365dCustomDetectionAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Ms365dCustomDetectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MS365D Incident events.
///
/// CSDL: `microsoft.graph.security.ms365dIncidentAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Ms365dIncidentAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Ms365dIncidentAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Ms365dIncidentAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ms365dIncidentAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.ms365dIncidentAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Ms365dIncidentAuditRecord {
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
rt::impl_object!(Ms365dIncidentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Ms365dIncidentAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Ms365dIncidentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MS365D Suppression Rule events.
///
/// CSDL: `microsoft.graph.security.ms365dSuppressionRuleAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Ms365dSuppressionRuleAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Ms365dSuppressionRuleAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Ms365dSuppressionRuleAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ms365dSuppressionRuleAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.ms365dSuppressionRuleAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Ms365dSuppressionRuleAuditRecord {
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
rt::impl_object!(Ms365dSuppressionRuleAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Ms365dSuppressionRuleAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Ms365dSuppressionRuleAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MSDE Custom Collection events.
///
/// CSDL: `microsoft.graph.security.msdeCustomCollectionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MsdeCustomCollectionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MsdeCustomCollectionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MsdeCustomCollectionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.msdeCustomCollectionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.msdeCustomCollectionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MsdeCustomCollectionAuditRecord {
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
rt::impl_object!(MsdeCustomCollectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MsdeCustomCollectionAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MsdeCustomCollectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MSDE General Settings events.
///
/// CSDL: `microsoft.graph.security.msdeGeneralSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MsdeGeneralSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MsdeGeneralSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MsdeGeneralSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.msdeGeneralSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.msdeGeneralSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MsdeGeneralSettingsAuditRecord {
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
rt::impl_object!(MsdeGeneralSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MsdeGeneralSettingsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MsdeGeneralSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MSDE Indicators Settings events.
///
/// CSDL: `microsoft.graph.security.msdeIndicatorsSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MsdeIndicatorsSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MsdeIndicatorsSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MsdeIndicatorsSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.msdeIndicatorsSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.msdeIndicatorsSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MsdeIndicatorsSettingsAuditRecord {
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
rt::impl_object!(MsdeIndicatorsSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MsdeIndicatorsSettingsAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MsdeIndicatorsSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MSDE Response Actions events.
///
/// CSDL: `microsoft.graph.security.msdeResponseActionsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MsdeResponseActionsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MsdeResponseActionsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MsdeResponseActionsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.msdeResponseActionsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.msdeResponseActionsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MsdeResponseActionsAuditRecord {
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
rt::impl_object!(MsdeResponseActionsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MsdeResponseActionsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MsdeResponseActionsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MSDE Roles Settings events.
///
/// CSDL: `microsoft.graph.security.msdeRolesSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MsdeRolesSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MsdeRolesSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MsdeRolesSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.msdeRolesSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.msdeRolesSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MsdeRolesSettingsAuditRecord {
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
rt::impl_object!(MsdeRolesSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MsdeRolesSettingsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MsdeRolesSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MSP Vector Search Content Metadata events.
///
/// CSDL: `microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MspVectorSearchContentMetadataAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MspVectorSearchContentMetadataAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MspVectorSearchContentMetadataAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MspVectorSearchContentMetadataAuditRecord {
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
rt::impl_object!(MspVectorSearchContentMetadataAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MspVectorSearchContentMetadataAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MspVectorSearchContentMetadataAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for MSTIC Nation State Notification events.
///
/// CSDL: `microsoft.graph.security.msticNationStateNotificationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MsticNationStateNotificationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MsticNationStateNotificationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MsticNationStateNotificationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.msticNationStateNotificationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.msticNationStateNotificationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MsticNationStateNotificationRecord {
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
rt::impl_object!(MsticNationStateNotificationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MsticNationStateNotificationRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MsticNationStateNotificationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Multi Stage Disposition events.
///
/// CSDL: `microsoft.graph.security.multiStageDispositionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MultiStageDispositionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MultiStageDispositionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MultiStageDispositionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.multiStageDispositionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.multiStageDispositionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MultiStageDispositionAuditRecord {
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
rt::impl_object!(MultiStageDispositionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MultiStageDispositionAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MultiStageDispositionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for My Analytics Settings events.
///
/// CSDL: `microsoft.graph.security.myAnalyticsSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct MyAnalyticsSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for MyAnalyticsSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for MyAnalyticsSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.myAnalyticsSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.myAnalyticsSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for MyAnalyticsSettingsAuditRecord {
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
rt::impl_object!(MyAnalyticsSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    MyAnalyticsSettingsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(MyAnalyticsSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.networkConnectionEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct NetworkConnectionEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `destinationAddress`: `microsoft.graph.security.ipEvidence`, nullable.
    pub destination_address: rt::Field<crate::v1::security::IpEvidence>,
    /// CSDL: property `destinationPort`: `Edm.Int32`, nullable.
    pub destination_port: rt::Field<i32>,
    /// CSDL: property `protocol`: `microsoft.graph.security.protocolType`, nullable.
    pub protocol: rt::Field<crate::v1::security::ProtocolType>,
    /// CSDL: property `sourceAddress`: `microsoft.graph.security.ipEvidence`, nullable.
    pub source_address: rt::Field<crate::v1::security::IpEvidence>,
    /// CSDL: property `sourcePort`: `Edm.Int32`, nullable.
    pub source_port: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for NetworkConnectionEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            destination_address: rt::Field::Absent,
            destination_port: rt::Field::Absent,
            protocol: rt::Field::Absent,
            source_address: rt::Field::Absent,
            source_port: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for NetworkConnectionEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.networkConnectionEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "destinationAddress",
        "destinationPort",
        "protocol",
        "sourceAddress",
        "sourcePort",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"destinationAddress\":           ",
        ",\"destinationPort\":              ",
        ",\"protocol\":                     ",
        ",\"sourceAddress\":                ",
        ",\"sourcePort\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.networkConnectionEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "destination_address", &self.destination_address);
        v.field(8usize, "destination_port", &self.destination_port);
        v.field(9usize, "protocol", &self.protocol);
        v.field(10usize, "source_address", &self.source_address);
        v.field(11usize, "source_port", &self.source_port);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for NetworkConnectionEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.destination_address.read_from(r),
            8usize => self.destination_port.read_from(r),
            9usize => self.protocol.read_from(r),
            10usize => self.source_address.read_from(r),
            11usize => self.source_port.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.destination_address);
        w.field(8usize, &self.destination_port);
        w.field(9usize, &self.protocol);
        w.field(10usize, &self.source_address);
        w.field(11usize, &self.source_port);
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
rt::impl_object!(NetworkConnectionEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    NetworkConnectionEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_destination_address destination_address : crate
    ::v1::security::IpEvidence; with_destination_port destination_port : i32;
    with_protocol protocol : crate ::v1::security::ProtocolType; with_source_address
    source_address : crate ::v1::security::IpEvidence; with_source_port source_port :
    i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NetworkConnectionEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.nicEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct NicEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `ipAddress`: `microsoft.graph.security.ipEvidence`, nullable.
    pub ip_address: rt::Field<crate::v1::security::IpEvidence>,
    /// CSDL: property `macAddress`: `Edm.String`, nullable.
    pub mac_address: rt::Field<::std::string::String>,
    /// CSDL: property `vlans`: `Collection(Edm.String)`, nullable.
    pub vlans: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for NicEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            mac_address: rt::Field::Absent,
            vlans: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for NicEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.nicEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "ipAddress",
        "macAddress",
        "vlans",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"ipAddress\":                    ",
        ",\"macAddress\":                   ",
        ",\"vlans\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.nicEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "ip_address", &self.ip_address);
        v.field(8usize, "mac_address", &self.mac_address);
        v.field(9usize, "vlans", &self.vlans);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for NicEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.ip_address.read_from(r),
            8usize => self.mac_address.read_from(r),
            9usize => self.vlans.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.ip_address);
        w.field(8usize, &self.mac_address);
        w.field(9usize, &self.vlans);
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
rt::impl_object!(NicEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    NicEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_ip_address ip_address : crate
    ::v1::security::IpEvidence; with_mac_address mac_address : ::std::string::String;
    with_vlans vlans : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NicEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Noisy Alert Policy events.
///
/// CSDL: `microsoft.graph.security.noisyAlertPolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct NoisyAlertPolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for NoisyAlertPolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for NoisyAlertPolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.noisyAlertPolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.noisyAlertPolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for NoisyAlertPolicyAuditRecord {
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
rt::impl_object!(NoisyAlertPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    NoisyAlertPolicyAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(NoisyAlertPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.oauthApplicationEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OauthApplicationEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `objectId`: `Edm.String`, nullable.
    pub object_id: rt::Field<::std::string::String>,
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OauthApplicationEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            app_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            object_id: rt::Field::Absent,
            publisher: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OauthApplicationEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.oauthApplicationEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "appId",
        "displayName",
        "objectId",
        "publisher",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"appId\":                        ",
        ",\"displayName\":                  ",
        ",\"objectId\":                     ",
        ",\"publisher\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.oauthApplicationEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "app_id", &self.app_id);
        v.field(8usize, "display_name", &self.display_name);
        v.field(9usize, "object_id", &self.object_id);
        v.field(10usize, "publisher", &self.publisher);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OauthApplicationEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.app_id.read_from(r),
            8usize => self.display_name.read_from(r),
            9usize => self.object_id.read_from(r),
            10usize => self.publisher.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.app_id);
        w.field(8usize, &self.display_name);
        w.field(9usize, &self.object_id);
        w.field(10usize, &self.publisher);
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
rt::impl_object!(OauthApplicationEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OauthApplicationEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_app_id app_id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_object_id object_id :
    ::std::string::String; with_publisher publisher : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OauthApplicationEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.ocrSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OcrSettings {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `maxImageSize`: `Edm.Int32`, nullable.
    pub max_image_size: rt::Field<i32>,
    /// CSDL: property `timeout`: `Edm.Duration`, nullable.
    pub timeout: rt::Field<rt::edm::Duration>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OcrSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            max_image_size: rt::Field::Absent,
            timeout: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OcrSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.security.ocrSettings";
    const KEYS: &'static [&'static str] = &["isEnabled", "maxImageSize", "timeout"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"maxImageSize\":                 ",
        ",\"timeout\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.ocrSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "max_image_size", &self.max_image_size);
        v.field(2usize, "timeout", &self.timeout);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OcrSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.max_image_size.read_from(r),
            2usize => self.timeout.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.max_image_size);
        w.field(2usize, &self.timeout);
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
rt::impl_object!(OcrSettings);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OcrSettings { with_is_enabled is_enabled : bool; with_max_image_size max_image_size :
    i32; with_timeout timeout : rt::edm::Duration; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OcrSettings);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Office Native events.
///
/// CSDL: `microsoft.graph.security.officeNativeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OfficeNativeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OfficeNativeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OfficeNativeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.officeNativeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.officeNativeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OfficeNativeAuditRecord {
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
rt::impl_object!(OfficeNativeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OfficeNativeAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeNativeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for OME Portal events.
///
/// CSDL: `microsoft.graph.security.omePortalAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OmePortalAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OmePortalAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OmePortalAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.omePortalAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.omePortalAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OmePortalAuditRecord {
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
rt::impl_object!(OmePortalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OmePortalAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OmePortalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for On Demand SharePoint Classification events.
///
/// CSDL: `microsoft.graph.security.onDemandSharePointClassificationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OnDemandSharePointClassificationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OnDemandSharePointClassificationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OnDemandSharePointClassificationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.onDemandSharePointClassificationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.onDemandSharePointClassificationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OnDemandSharePointClassificationAuditRecord {
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
rt::impl_object!(OnDemandSharePointClassificationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OnDemandSharePointClassificationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnDemandSharePointClassificationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for On Premises File Share Scanner DLP events.
///
/// CSDL: `microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OnPremisesFileShareScannerDlpAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OnPremisesFileShareScannerDlpAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OnPremisesFileShareScannerDlpAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OnPremisesFileShareScannerDlpAuditRecord {
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
rt::impl_object!(OnPremisesFileShareScannerDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OnPremisesFileShareScannerDlpAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesFileShareScannerDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for On Premises SharePoint Scanner DLP events.
///
/// CSDL: `microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OnPremisesSharePointScannerDlpAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OnPremisesSharePointScannerDlpAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OnPremisesSharePointScannerDlpAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OnPremisesSharePointScannerDlpAuditRecord {
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
rt::impl_object!(OnPremisesSharePointScannerDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OnPremisesSharePointScannerDlpAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesSharePointScannerDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.onboardingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnboardingStatus {
    /// `insufficientInfo` (value 0).
    InsufficientInfo,
    /// `onboarded` (value 1).
    Onboarded,
    /// `canBeOnboarded` (value 2).
    CanBeOnboarded,
    /// `unsupported` (value 3).
    Unsupported,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for OnboardingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.security.onboardingStatus";
    const MEMBERS: &'static [&'static str] = &[
        "insufficientInfo",
        "onboarded",
        "canBeOnboarded",
        "unsupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "insufficientInfo" => Self::InsufficientInfo,
                "onboarded" => Self::Onboarded,
                "canBeOnboarded" => Self::CanBeOnboarded,
                "unsupported" => Self::Unsupported,
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
            Self::InsufficientInfo => "insufficientInfo",
            Self::Onboarded => "onboarded",
            Self::CanBeOnboarded => "canBeOnboarded",
            Self::Unsupported => "unsupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(OnboardingStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnboardingStatus);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for OneDrive events.
///
/// CSDL: `microsoft.graph.security.oneDriveAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OneDriveAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OneDriveAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OneDriveAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.oneDriveAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.oneDriveAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OneDriveAuditRecord {
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
rt::impl_object!(OneDriveAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OneDriveAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Organizational Data In M365 events.
///
/// CSDL: `microsoft.graph.security.organizationalDataInM365AuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OrganizationalDataInM365AuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OrganizationalDataInM365AuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OrganizationalDataInM365AuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.organizationalDataInM365AuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.organizationalDataInM365AuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OrganizationalDataInM365AuditRecord {
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
rt::impl_object!(OrganizationalDataInM365AuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OrganizationalDataInM365AuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationalDataInM365AuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Outlook Copilot Automation events.
///
/// CSDL: `microsoft.graph.security.outlookCopilotAutomationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OutlookCopilotAutomationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OutlookCopilotAutomationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OutlookCopilotAutomationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.outlookCopilotAutomationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.outlookCopilotAutomationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OutlookCopilotAutomationAuditRecord {
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
rt::impl_object!(OutlookCopilotAutomationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OutlookCopilotAutomationAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlookCopilotAutomationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for OWA Get Access Token For Resource events.
///
/// CSDL: `microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct OwaGetAccessTokenForResourceAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for OwaGetAccessTokenForResourceAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for OwaGetAccessTokenForResourceAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for OwaGetAccessTokenForResourceAuditRecord {
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
rt::impl_object!(OwaGetAccessTokenForResourceAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    OwaGetAccessTokenForResourceAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OwaGetAccessTokenForResourceAuditRecord);
