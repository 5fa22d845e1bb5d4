//! Types of `microsoft.graph` by the first letters of their names (`o_t`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.officeGraphInsights`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OfficeGraphInsightsPath`](requests/trait.OfficeGraphInsightsPath.html), what a path to one (`EntityPath<AnyOfficeGraphInsights, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OfficeGraphInsights {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `shared`: `Collection(microsoft.graph.sharedInsight)`, not nullable.
    pub shared: rt::Field<::std::vec::Vec<crate::beta::SharedInsight>>,
    /// CSDL: containment navigation property `trending`: `Collection(microsoft.graph.trending)`, not nullable.
    pub trending: rt::Field<::std::vec::Vec<crate::beta::Trending>>,
    /// CSDL: containment navigation property `used`: `Collection(microsoft.graph.usedInsight)`, not nullable.
    pub used: rt::Field<::std::vec::Vec<crate::beta::UsedInsight>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OfficeGraphInsights {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            shared: rt::Field::Absent,
            trending: rt::Field::Absent,
            used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OfficeGraphInsights {
    const TYPE_NAME: &'static str = "microsoft.graph.officeGraphInsights";
    const KEYS: &'static [&'static str] = &["id", "shared", "trending", "used"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"shared\":                       ",
        ",\"trending\":                     ",
        ",\"used\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.officeGraphInsights\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "shared", &self.shared);
        v.field(2usize, "trending", &self.trending);
        v.field(3usize, "used", &self.used);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OfficeGraphInsights {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.shared.read_from(r),
            2usize => self.trending.read_from(r),
            3usize => self.used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.shared);
        w.field(2usize, &self.trending);
        w.field(3usize, &self.used);
    }
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
rt::impl_object!(OfficeGraphInsights);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OfficeGraphInsights { with_id id : ::std::string::String; with_shared shared :
    ::std::vec::Vec < crate ::beta::SharedInsight >; with_trending trending :
    ::std::vec::Vec < crate ::beta::Trending >; with_used used : ::std::vec::Vec < crate
    ::beta::UsedInsight >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OfficeGraphInsights);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.officeGraphInsights` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOfficeGraphInsights {
    OfficeGraphInsights(::std::boxed::Box<crate::beta::OfficeGraphInsights>),
    ItemInsights(::std::boxed::Box<crate::beta::ItemInsights>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyOfficeGraphInsights {
    #[inline]
    fn default() -> Self {
        Self::OfficeGraphInsights(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::OfficeGraphInsights> for AnyOfficeGraphInsights {
    #[inline]
    fn from(v: crate::beta::OfficeGraphInsights) -> Self {
        Self::OfficeGraphInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemInsights> for AnyOfficeGraphInsights {
    #[inline]
    fn from(v: crate::beta::ItemInsights) -> Self {
        Self::ItemInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyOfficeGraphInsights {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyOfficeGraphInsights {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyOfficeGraphInsights {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyOfficeGraphInsights {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyOfficeGraphInsights {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::OfficeGraphInsights>();
    rt::object::auto_traits::<crate::beta::ItemInsights>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyOfficeGraphInsights {
    const BASE_NAME: &'static str = "microsoft.graph.officeGraphInsights";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.itemInsights") => {
                Self::ItemInsights(rt::object::new_boxed())
            }
            _ => Self::OfficeGraphInsights(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OfficeGraphInsights(v) => &**v,
            Self::ItemInsights(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OfficeGraphInsights(v) => &mut **v,
            Self::ItemInsights(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyOfficeGraphInsights {
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
            Self::OfficeGraphInsights(v) => &v.id,
            Self::ItemInsights(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.id,
            Self::ItemInsights(v) => &mut v.id,
        }
    }
    /// `shared` of any variant.
    #[inline]
    pub fn shared(&self) -> &rt::Field<::std::vec::Vec<crate::beta::SharedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &v.shared,
            Self::ItemInsights(v) => &v.shared,
        }
    }
    /// `shared` of any variant.
    #[inline]
    pub fn shared_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::SharedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.shared,
            Self::ItemInsights(v) => &mut v.shared,
        }
    }
    /// `trending` of any variant.
    #[inline]
    pub fn trending(&self) -> &rt::Field<::std::vec::Vec<crate::beta::Trending>> {
        match self {
            Self::OfficeGraphInsights(v) => &v.trending,
            Self::ItemInsights(v) => &v.trending,
        }
    }
    /// `trending` of any variant.
    #[inline]
    pub fn trending_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::Trending>> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.trending,
            Self::ItemInsights(v) => &mut v.trending,
        }
    }
    /// `used` of any variant.
    #[inline]
    pub fn used(&self) -> &rt::Field<::std::vec::Vec<crate::beta::UsedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &v.used,
            Self::ItemInsights(v) => &v.used,
        }
    }
    /// `used` of any variant.
    #[inline]
    pub fn used_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UsedInsight>> {
        match self {
            Self::OfficeGraphInsights(v) => &mut v.used,
            Self::ItemInsights(v) => &mut v.used,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyOfficeGraphInsights);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOfficeGraphInsights);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.onPremisesPublishingProfile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OnPremisesPublishingProfilePath`](requests/trait.OnPremisesPublishingProfilePath.html), what a path to one (`EntityPath<OnPremisesPublishingProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct OnPremisesPublishingProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `hybridAgentUpdaterConfiguration`: `microsoft.graph.hybridAgentUpdaterConfiguration`, nullable.
    pub hybrid_agent_updater_configuration: rt::Field<
        crate::beta::HybridAgentUpdaterConfiguration,
    >,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: containment navigation property `agentGroups`: `Collection(microsoft.graph.onPremisesAgentGroup)`, not nullable.
    pub agent_groups: rt::Field<::std::vec::Vec<crate::beta::OnPremisesAgentGroup>>,
    /// CSDL: containment navigation property `agents`: `Collection(microsoft.graph.onPremisesAgent)`, not nullable.
    pub agents: rt::Field<::std::vec::Vec<crate::beta::OnPremisesAgent>>,
    /// CSDL: containment navigation property `connectorGroups`: `Collection(microsoft.graph.connectorGroup)`, not nullable.
    pub connector_groups: rt::Field<::std::vec::Vec<crate::beta::ConnectorGroup>>,
    /// CSDL: containment navigation property `connectors`: `Collection(microsoft.graph.connector)`, not nullable.
    pub connectors: rt::Field<::std::vec::Vec<crate::beta::Connector>>,
    /// CSDL: containment navigation property `publishedResources`: `Collection(microsoft.graph.publishedResource)`, not nullable.
    pub published_resources: rt::Field<::std::vec::Vec<crate::beta::PublishedResource>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for OnPremisesPublishingProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            hybrid_agent_updater_configuration: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            agent_groups: rt::Field::Absent,
            agents: rt::Field::Absent,
            connector_groups: rt::Field::Absent,
            connectors: rt::Field::Absent,
            published_resources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for OnPremisesPublishingProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesPublishingProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "hybridAgentUpdaterConfiguration",
        "isEnabled",
        "agentGroups",
        "agents",
        "connectorGroups",
        "connectors",
        "publishedResources",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"hybridAgentUpdaterConfiguration\":",
        ",\"isEnabled\":                    ",
        ",\"agentGroups\":                  ",
        ",\"agents\":                       ",
        ",\"connectorGroups\":              ",
        ",\"connectors\":                   ",
        ",\"publishedResources\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesPublishingProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "hybrid_agent_updater_configuration",
            &self.hybrid_agent_updater_configuration,
        );
        v.field(2usize, "is_enabled", &self.is_enabled);
        v.field(3usize, "agent_groups", &self.agent_groups);
        v.field(4usize, "agents", &self.agents);
        v.field(5usize, "connector_groups", &self.connector_groups);
        v.field(6usize, "connectors", &self.connectors);
        v.field(7usize, "published_resources", &self.published_resources);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for OnPremisesPublishingProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.hybrid_agent_updater_configuration.read_from(r),
            2usize => self.is_enabled.read_from(r),
            3usize => self.agent_groups.read_from(r),
            4usize => self.agents.read_from(r),
            5usize => self.connector_groups.read_from(r),
            6usize => self.connectors.read_from(r),
            7usize => self.published_resources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.hybrid_agent_updater_configuration);
        w.field(2usize, &self.is_enabled);
        w.field(3usize, &self.agent_groups);
        w.field(4usize, &self.agents);
        w.field(5usize, &self.connector_groups);
        w.field(6usize, &self.connectors);
        w.field(7usize, &self.published_resources);
    }
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
rt::impl_object!(OnPremisesPublishingProfile);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    OnPremisesPublishingProfile { with_id id : ::std::string::String;
    with_hybrid_agent_updater_configuration hybrid_agent_updater_configuration : crate
    ::beta::HybridAgentUpdaterConfiguration; with_is_enabled is_enabled : bool;
    with_agent_groups agent_groups : ::std::vec::Vec < crate ::beta::OnPremisesAgentGroup
    >; with_agents agents : ::std::vec::Vec < crate ::beta::OnPremisesAgent >;
    with_connector_groups connector_groups : ::std::vec::Vec < crate
    ::beta::ConnectorGroup >; with_connectors connectors : ::std::vec::Vec < crate
    ::beta::Connector >; with_published_resources published_resources : ::std::vec::Vec <
    crate ::beta::PublishedResource >; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesPublishingProfile);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.orgContact`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`OrgContactPath`](requests/trait.OrgContactPath.html), what a path to one (`EntityPath<OrgContact, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrgContact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `addresses`: `Collection(microsoft.graph.physicalOfficeAddress)`, nullable.
    pub addresses: rt::Field<::std::vec::Vec<crate::beta::PhysicalOfficeAddress>>,
    /// CSDL: property `companyName`: `Edm.String`, nullable.
    pub company_name: rt::Field<::std::string::String>,
    /// CSDL: property `department`: `Edm.String`, nullable.
    pub department: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `mail`: `Edm.String`, nullable.
    pub mail: rt::Field<::std::string::String>,
    /// CSDL: property `mailNickname`: `Edm.String`, nullable.
    pub mail_nickname: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesProvisioningErrors`: `Collection(microsoft.graph.onPremisesProvisioningError)`, nullable.
    pub on_premises_provisioning_errors: rt::Field<
        ::std::vec::Vec<crate::beta::OnPremisesProvisioningError>,
    >,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `phones`: `Collection(microsoft.graph.phone)`, nullable.
    pub phones: rt::Field<::std::vec::Vec<crate::beta::Phone>>,
    /// CSDL: property `proxyAddresses`: `Collection(Edm.String)`, not nullable.
    pub proxy_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// CSDL: navigation property `directReports`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub direct_reports: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `manager`: `microsoft.graph.directoryObject`, nullable.
    pub manager: rt::Field<crate::beta::AnyDirectoryObject>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDirectoryObject>,
    >,
    /// CSDL: navigation property `transitiveReports`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_reports: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for OrgContact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            addresses: rt::Field::Absent,
            company_name: rt::Field::Absent,
            department: rt::Field::Absent,
            display_name: rt::Field::Absent,
            given_name: rt::Field::Absent,
            job_title: rt::Field::Absent,
            mail: rt::Field::Absent,
            mail_nickname: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_provisioning_errors: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            phones: rt::Field::Absent,
            proxy_addresses: rt::Field::Absent,
            surname: rt::Field::Absent,
            direct_reports: rt::Field::Absent,
            manager: rt::Field::Absent,
            member_of: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            transitive_reports: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for OrgContact {
    const TYPE_NAME: &'static str = "microsoft.graph.orgContact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "addresses",
        "companyName",
        "department",
        "displayName",
        "givenName",
        "jobTitle",
        "mail",
        "mailNickname",
        "onPremisesLastSyncDateTime",
        "onPremisesProvisioningErrors",
        "onPremisesSyncEnabled",
        "phones",
        "proxyAddresses",
        "surname",
        "directReports",
        "manager",
        "memberOf",
        "transitiveMemberOf",
        "transitiveReports",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"addresses\":                    ",
        ",\"companyName\":                  ",
        ",\"department\":                   ",
        ",\"displayName\":                  ",
        ",\"givenName\":                    ",
        ",\"jobTitle\":                     ",
        ",\"mail\":                         ",
        ",\"mailNickname\":                 ",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesProvisioningErrors\": ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"phones\":                       ",
        ",\"proxyAddresses\":               ",
        ",\"surname\":                      ",
        ",\"directReports\":                ",
        ",\"manager\":                      ",
        ",\"memberOf\":                     ",
        ",\"transitiveMemberOf\":           ",
        ",\"transitiveReports\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.orgContact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "addresses", &self.addresses);
        v.field(3usize, "company_name", &self.company_name);
        v.field(4usize, "department", &self.department);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "given_name", &self.given_name);
        v.field(7usize, "job_title", &self.job_title);
        v.field(8usize, "mail", &self.mail);
        v.field(9usize, "mail_nickname", &self.mail_nickname);
        v.field(
            10usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(
            11usize,
            "on_premises_provisioning_errors",
            &self.on_premises_provisioning_errors,
        );
        v.field(12usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(13usize, "phones", &self.phones);
        v.field(14usize, "proxy_addresses", &self.proxy_addresses);
        v.field(15usize, "surname", &self.surname);
        v.field(16usize, "direct_reports", &self.direct_reports);
        v.field(17usize, "manager", &self.manager);
        v.field(18usize, "member_of", &self.member_of);
        v.field(19usize, "transitive_member_of", &self.transitive_member_of);
        v.field(20usize, "transitive_reports", &self.transitive_reports);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for OrgContact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.addresses.read_from(r),
            3usize => self.company_name.read_from(r),
            4usize => self.department.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.given_name.read_from(r),
            7usize => self.job_title.read_from(r),
            8usize => self.mail.read_from(r),
            9usize => self.mail_nickname.read_from(r),
            10usize => self.on_premises_last_sync_date_time.read_from(r),
            11usize => self.on_premises_provisioning_errors.read_from(r),
            12usize => self.on_premises_sync_enabled.read_from(r),
            13usize => self.phones.read_from(r),
            14usize => self.proxy_addresses.read_from(r),
            15usize => self.surname.read_from(r),
            16usize => self.direct_reports.read_from(r),
            17usize => self.manager.read_from(r),
            18usize => self.member_of.read_from(r),
            19usize => self.transitive_member_of.read_from(r),
            20usize => self.transitive_reports.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.addresses);
        w.field(3usize, &self.company_name);
        w.field(4usize, &self.department);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.given_name);
        w.field(7usize, &self.job_title);
        w.field(8usize, &self.mail);
        w.field(9usize, &self.mail_nickname);
        w.field(10usize, &self.on_premises_last_sync_date_time);
        w.field(11usize, &self.on_premises_provisioning_errors);
        w.field(12usize, &self.on_premises_sync_enabled);
        w.field(13usize, &self.phones);
        w.field(14usize, &self.proxy_addresses);
        w.field(15usize, &self.surname);
        w.field(16usize, &self.direct_reports);
        w.field(17usize, &self.manager);
        w.field(18usize, &self.member_of);
        w.field(19usize, &self.transitive_member_of);
        w.field(20usize, &self.transitive_reports);
    }
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
rt::impl_object!(OrgContact);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    OrgContact { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_addresses addresses :
    ::std::vec::Vec < crate ::beta::PhysicalOfficeAddress >; with_company_name
    company_name : ::std::string::String; with_department department :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_given_name given_name : ::std::string::String; with_job_title job_title :
    ::std::string::String; with_mail mail : ::std::string::String; with_mail_nickname
    mail_nickname : ::std::string::String; with_on_premises_last_sync_date_time
    on_premises_last_sync_date_time : rt::edm::DateTimeOffset;
    with_on_premises_provisioning_errors on_premises_provisioning_errors :
    ::std::vec::Vec < crate ::beta::OnPremisesProvisioningError >;
    with_on_premises_sync_enabled on_premises_sync_enabled : bool; with_phones phones :
    ::std::vec::Vec < crate ::beta::Phone >; with_proxy_addresses proxy_addresses :
    ::std::vec::Vec < ::std::string::String >; with_surname surname :
    ::std::string::String; with_direct_reports direct_reports : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_manager manager : crate
    ::beta::AnyDirectoryObject; with_member_of member_of : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_transitive_member_of transitive_member_of :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_transitive_reports
    transitive_reports : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrgContact);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.overallPrintUsageSummary`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct OverallPrintUsageSummary {
    /// CSDL: property `activePrintersCount`: `Edm.Int32`, not nullable.
    pub active_printers_count: rt::Field<i32>,
    /// CSDL: property `activeUsersCount`: `Edm.Int32`, not nullable.
    pub active_users_count: rt::Field<i32>,
    /// CSDL: property `daysInPeriod`: `Edm.Int32`, not nullable.
    pub days_in_period: rt::Field<i32>,
    /// CSDL: property `topPrinters`: `Collection(microsoft.graph.printerUsageSummary)`, nullable.
    pub top_printers: rt::Field<::std::vec::Vec<crate::beta::PrinterUsageSummary>>,
    /// CSDL: property `topUsers`: `Collection(microsoft.graph.userPrintUsageSummary)`, nullable.
    pub top_users: rt::Field<::std::vec::Vec<crate::beta::UserPrintUsageSummary>>,
    /// CSDL: property `totalIncompleteJobs`: `Edm.Int32`, not nullable.
    pub total_incomplete_jobs: rt::Field<i32>,
    /// CSDL: property `totalJobsProcessed`: `Edm.Int32`, not nullable.
    pub total_jobs_processed: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for OverallPrintUsageSummary {
    #[inline]
    fn default() -> Self {
        Self {
            active_printers_count: rt::Field::Absent,
            active_users_count: rt::Field::Absent,
            days_in_period: rt::Field::Absent,
            top_printers: rt::Field::Absent,
            top_users: rt::Field::Absent,
            total_incomplete_jobs: rt::Field::Absent,
            total_jobs_processed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for OverallPrintUsageSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.overallPrintUsageSummary";
    const KEYS: &'static [&'static str] = &[
        "activePrintersCount",
        "activeUsersCount",
        "daysInPeriod",
        "topPrinters",
        "topUsers",
        "totalIncompleteJobs",
        "totalJobsProcessed",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"activePrintersCount\":          ",
        ",\"activeUsersCount\":             ",
        ",\"daysInPeriod\":                 ",
        ",\"topPrinters\":                  ",
        ",\"topUsers\":                     ",
        ",\"totalIncompleteJobs\":          ",
        ",\"totalJobsProcessed\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.overallPrintUsageSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "active_printers_count", &self.active_printers_count);
        v.field(1usize, "active_users_count", &self.active_users_count);
        v.field(2usize, "days_in_period", &self.days_in_period);
        v.field(3usize, "top_printers", &self.top_printers);
        v.field(4usize, "top_users", &self.top_users);
        v.field(5usize, "total_incomplete_jobs", &self.total_incomplete_jobs);
        v.field(6usize, "total_jobs_processed", &self.total_jobs_processed);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for OverallPrintUsageSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.active_printers_count.read_from(r),
            1usize => self.active_users_count.read_from(r),
            2usize => self.days_in_period.read_from(r),
            3usize => self.top_printers.read_from(r),
            4usize => self.top_users.read_from(r),
            5usize => self.total_incomplete_jobs.read_from(r),
            6usize => self.total_jobs_processed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.active_printers_count);
        w.field(1usize, &self.active_users_count);
        w.field(2usize, &self.days_in_period);
        w.field(3usize, &self.top_printers);
        w.field(4usize, &self.top_users);
        w.field(5usize, &self.total_incomplete_jobs);
        w.field(6usize, &self.total_jobs_processed);
    }
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
rt::impl_object!(OverallPrintUsageSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    OverallPrintUsageSummary { with_active_printers_count active_printers_count : i32;
    with_active_users_count active_users_count : i32; with_days_in_period days_in_period
    : i32; with_top_printers top_printers : ::std::vec::Vec < crate
    ::beta::PrinterUsageSummary >; with_top_users top_users : ::std::vec::Vec < crate
    ::beta::UserPrintUsageSummary >; with_total_incomplete_jobs total_incomplete_jobs :
    i32; with_total_jobs_processed total_jobs_processed : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OverallPrintUsageSummary);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`PasswordlessMicrosoftAuthenticatorAuthenticationMethodPath`](requests/trait.PasswordlessMicrosoftAuthenticatorAuthenticationMethodPath.html), what a path to one (`EntityPath<PasswordlessMicrosoftAuthenticatorAuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PasswordlessMicrosoftAuthenticatorAuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `device`: `microsoft.graph.device`, nullable.
    pub device: rt::Field<crate::beta::Device>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PasswordlessMicrosoftAuthenticatorAuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            device: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PasswordlessMicrosoftAuthenticatorAuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "creationDateTime",
        "displayName",
        "device",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"creationDateTime\":             ",
        ",\"displayName\":                  ",
        ",\"device\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "creation_date_time", &self.creation_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "device", &self.device);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PasswordlessMicrosoftAuthenticatorAuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.creation_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.device.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.creation_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.device);
    }
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
rt::impl_object!(PasswordlessMicrosoftAuthenticatorAuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PasswordlessMicrosoftAuthenticatorAuthenticationMethod { with_id id :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creation_date_time creation_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_device device : crate ::beta::Device; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PasswordlessMicrosoftAuthenticatorAuthenticationMethod);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.policyBase`, entity type, derived from `microsoft.graph.directoryObject`, abstract, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<AnyPolicyBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct PolicyBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for PolicyBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for PolicyBase {
    const TYPE_NAME: &'static str = "microsoft.graph.policyBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for PolicyBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
    }
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
rt::impl_object!(PolicyBase);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    PolicyBase { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyBase);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.policyBase` or any type derived from it, selected by `@odata.type` (10 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPolicyBase {
    PolicyBase(::std::boxed::Box<crate::beta::PolicyBase>),
    ActivityBasedTimeoutPolicy(
        ::std::boxed::Box<crate::beta::ActivityBasedTimeoutPolicy>,
    ),
    AuthorizationPolicy(::std::boxed::Box<crate::beta::AuthorizationPolicy>),
    ClaimsMappingPolicy(::std::boxed::Box<crate::beta::ClaimsMappingPolicy>),
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::beta::HomeRealmDiscoveryPolicy>),
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    PermissionGrantPolicy(::std::boxed::Box<crate::beta::PermissionGrantPolicy>),
    StsPolicy(::std::boxed::Box<crate::beta::StsPolicy>),
    TokenIssuancePolicy(::std::boxed::Box<crate::beta::TokenIssuancePolicy>),
    TokenLifetimePolicy(::std::boxed::Box<crate::beta::TokenLifetimePolicy>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyPolicyBase {
    #[inline]
    fn default() -> Self {
        Self::PolicyBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PolicyBase> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivityBasedTimeoutPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthorizationPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClaimsMappingPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::HomeRealmDiscoveryPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>
for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PermissionGrantPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::StsPolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenIssuancePolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenLifetimePolicy> for AnyPolicyBase {
    #[inline]
    fn from(v: crate::beta::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyPolicyBase {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyPolicyBase {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyPolicyBase {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyPolicyBase {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyPolicyBase {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::PolicyBase>();
    rt::object::auto_traits::<crate::beta::ActivityBasedTimeoutPolicy>();
    rt::object::auto_traits::<crate::beta::AuthorizationPolicy>();
    rt::object::auto_traits::<crate::beta::ClaimsMappingPolicy>();
    rt::object::auto_traits::<crate::beta::HomeRealmDiscoveryPolicy>();
    rt::object::auto_traits::<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>();
    rt::object::auto_traits::<crate::beta::PermissionGrantPolicy>();
    rt::object::auto_traits::<crate::beta::StsPolicy>();
    rt::object::auto_traits::<crate::beta::TokenIssuancePolicy>();
    rt::object::auto_traits::<crate::beta::TokenLifetimePolicy>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyPolicyBase {
    const BASE_NAME: &'static str = "microsoft.graph.policyBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                Self::AuthorizationPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => Self::IdentitySecurityDefaultsEnforcementPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                Self::PermissionGrantPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                Self::StsPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            _ => Self::PolicyBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PolicyBase(v) => &**v,
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            Self::AuthorizationPolicy(v) => &**v,
            Self::ClaimsMappingPolicy(v) => &**v,
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &**v,
            Self::PermissionGrantPolicy(v) => &**v,
            Self::StsPolicy(v) => &**v,
            Self::TokenIssuancePolicy(v) => &**v,
            Self::TokenLifetimePolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PolicyBase(v) => &mut **v,
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            Self::AuthorizationPolicy(v) => &mut **v,
            Self::ClaimsMappingPolicy(v) => &mut **v,
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut **v,
            Self::PermissionGrantPolicy(v) => &mut **v,
            Self::StsPolicy(v) => &mut **v,
            Self::TokenIssuancePolicy(v) => &mut **v,
            Self::TokenLifetimePolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyPolicyBase {
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
            Self::PolicyBase(v) => &v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            Self::AuthorizationPolicy(v) => &v.id,
            Self::ClaimsMappingPolicy(v) => &v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            Self::PermissionGrantPolicy(v) => &v.id,
            Self::StsPolicy(v) => &v.id,
            Self::TokenIssuancePolicy(v) => &v.id,
            Self::TokenLifetimePolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            Self::AuthorizationPolicy(v) => &mut v.id,
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            Self::PermissionGrantPolicy(v) => &mut v.id,
            Self::StsPolicy(v) => &mut v.id,
            Self::TokenIssuancePolicy(v) => &mut v.id,
            Self::TokenLifetimePolicy(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyBase(v) => &v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.deleted_date_time,
            Self::PermissionGrantPolicy(v) => &v.deleted_date_time,
            Self::StsPolicy(v) => &v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PolicyBase(v) => &mut v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.deleted_date_time,
            Self::AuthorizationPolicy(v) => &mut v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &mut v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.deleted_date_time,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                &mut v.deleted_date_time
            }
            Self::PermissionGrantPolicy(v) => &mut v.deleted_date_time,
            Self::StsPolicy(v) => &mut v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &mut v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &mut v.deleted_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &v.description,
            Self::AuthorizationPolicy(v) => &v.description,
            Self::ClaimsMappingPolicy(v) => &v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &v.description,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.description,
            Self::PermissionGrantPolicy(v) => &v.description,
            Self::StsPolicy(v) => &v.description,
            Self::TokenIssuancePolicy(v) => &v.description,
            Self::TokenLifetimePolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.description,
            Self::AuthorizationPolicy(v) => &mut v.description,
            Self::ClaimsMappingPolicy(v) => &mut v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.description,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.description,
            Self::PermissionGrantPolicy(v) => &mut v.description,
            Self::StsPolicy(v) => &mut v.description,
            Self::TokenIssuancePolicy(v) => &mut v.description,
            Self::TokenLifetimePolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &v.display_name,
            Self::AuthorizationPolicy(v) => &v.display_name,
            Self::ClaimsMappingPolicy(v) => &v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &v.display_name,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.display_name,
            Self::PermissionGrantPolicy(v) => &v.display_name,
            Self::StsPolicy(v) => &v.display_name,
            Self::TokenIssuancePolicy(v) => &v.display_name,
            Self::TokenLifetimePolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PolicyBase(v) => &mut v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.display_name,
            Self::AuthorizationPolicy(v) => &mut v.display_name,
            Self::ClaimsMappingPolicy(v) => &mut v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.display_name,
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.display_name,
            Self::PermissionGrantPolicy(v) => &mut v.display_name,
            Self::StsPolicy(v) => &mut v.display_name,
            Self::TokenIssuancePolicy(v) => &mut v.display_name,
            Self::TokenLifetimePolicy(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyPolicyBase);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPolicyBase);
#[cfg(msgraph_beta_policies)]
/// CSDL: `microsoft.graph.policyRoot`, entity type.
///
/// Request builders: [`PolicyRootPath`](requests/trait.PolicyRootPath.html), what a path to one (`EntityPath<PolicyRoot, C>`) dereferences to.
///
/// Features: `beta` or `beta-policies`.
#[derive(Clone)]
pub struct PolicyRoot {
    /// CSDL: containment navigation property `authenticationMethodsPolicy`: `microsoft.graph.authenticationMethodsPolicy`, nullable.
    pub authentication_methods_policy: rt::Field<
        crate::beta::AuthenticationMethodsPolicy,
    >,
    /// CSDL: containment navigation property `authenticationFlowsPolicy`: `microsoft.graph.authenticationFlowsPolicy`, nullable.
    pub authentication_flows_policy: rt::Field<crate::beta::AuthenticationFlowsPolicy>,
    /// CSDL: containment navigation property `b2cAuthenticationMethodsPolicy`: `microsoft.graph.b2cAuthenticationMethodsPolicy`, nullable.
    pub b2c_authentication_methods_policy: rt::Field<
        crate::beta::B2cAuthenticationMethodsPolicy,
    >,
    /// CSDL: containment navigation property `activityBasedTimeoutPolicies`: `Collection(microsoft.graph.activityBasedTimeoutPolicy)`, not nullable.
    pub activity_based_timeout_policies: rt::Field<
        ::std::vec::Vec<crate::beta::ActivityBasedTimeoutPolicy>,
    >,
    /// CSDL: containment navigation property `authorizationPolicy`: `Collection(microsoft.graph.authorizationPolicy)`, not nullable.
    pub authorization_policy: rt::Field<
        ::std::vec::Vec<crate::beta::AuthorizationPolicy>,
    >,
    /// CSDL: containment navigation property `claimsMappingPolicies`: `Collection(microsoft.graph.claimsMappingPolicy)`, not nullable.
    pub claims_mapping_policies: rt::Field<
        ::std::vec::Vec<crate::beta::ClaimsMappingPolicy>,
    >,
    /// CSDL: containment navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::beta::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: containment navigation property `permissionGrantPolicies`: `Collection(microsoft.graph.permissionGrantPolicy)`, not nullable.
    pub permission_grant_policies: rt::Field<
        ::std::vec::Vec<crate::beta::PermissionGrantPolicy>,
    >,
    /// CSDL: containment navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::beta::TokenIssuancePolicy>,
    >,
    /// CSDL: containment navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::beta::TokenLifetimePolicy>,
    >,
    /// CSDL: containment navigation property `featureRolloutPolicies`: `Collection(microsoft.graph.featureRolloutPolicy)`, not nullable.
    pub feature_rollout_policies: rt::Field<
        ::std::vec::Vec<crate::beta::FeatureRolloutPolicy>,
    >,
    /// CSDL: containment navigation property `accessReviewPolicy`: `microsoft.graph.accessReviewPolicy`, nullable.
    pub access_review_policy: rt::Field<crate::beta::AccessReviewPolicy>,
    /// CSDL: containment navigation property `adminConsentRequestPolicy`: `microsoft.graph.adminConsentRequestPolicy`, nullable.
    pub admin_consent_request_policy: rt::Field<crate::beta::AdminConsentRequestPolicy>,
    /// CSDL: containment navigation property `directoryRoleAccessReviewPolicy`: `microsoft.graph.directoryRoleAccessReviewPolicy`, nullable.
    pub directory_role_access_review_policy: rt::Field<
        crate::beta::DirectoryRoleAccessReviewPolicy,
    >,
    /// CSDL: containment navigation property `conditionalAccessPolicies`: `Collection(microsoft.graph.conditionalAccessPolicy)`, not nullable.
    pub conditional_access_policies: rt::Field<
        ::std::vec::Vec<crate::beta::ConditionalAccessPolicy>,
    >,
    /// CSDL: containment navigation property `identitySecurityDefaultsEnforcementPolicy`: `microsoft.graph.identitySecurityDefaultsEnforcementPolicy`, nullable.
    pub identity_security_defaults_enforcement_policy: rt::Field<
        crate::beta::IdentitySecurityDefaultsEnforcementPolicy,
    >,
    /// CSDL: containment navigation property `roleManagementPolicies`: `Collection(microsoft.graph.unifiedRoleManagementPolicy)`, not nullable.
    pub role_management_policies: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleManagementPolicy>,
    >,
    /// CSDL: containment navigation property `roleManagementPolicyAssignments`: `Collection(microsoft.graph.unifiedRoleManagementPolicyAssignment)`, not nullable.
    pub role_management_policy_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleManagementPolicyAssignment>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_policies)]
impl ::std::default::Default for PolicyRoot {
    #[inline]
    fn default() -> Self {
        Self {
            authentication_methods_policy: rt::Field::Absent,
            authentication_flows_policy: rt::Field::Absent,
            b2c_authentication_methods_policy: rt::Field::Absent,
            activity_based_timeout_policies: rt::Field::Absent,
            authorization_policy: rt::Field::Absent,
            claims_mapping_policies: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            permission_grant_policies: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            feature_rollout_policies: rt::Field::Absent,
            access_review_policy: rt::Field::Absent,
            admin_consent_request_policy: rt::Field::Absent,
            directory_role_access_review_policy: rt::Field::Absent,
            conditional_access_policies: rt::Field::Absent,
            identity_security_defaults_enforcement_policy: rt::Field::Absent,
            role_management_policies: rt::Field::Absent,
            role_management_policy_assignments: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_policies)]
impl rt::Object for PolicyRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.policyRoot";
    const KEYS: &'static [&'static str] = &[
        "authenticationMethodsPolicy",
        "authenticationFlowsPolicy",
        "b2cAuthenticationMethodsPolicy",
        "activityBasedTimeoutPolicies",
        "authorizationPolicy",
        "claimsMappingPolicies",
        "homeRealmDiscoveryPolicies",
        "permissionGrantPolicies",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
        "featureRolloutPolicies",
        "accessReviewPolicy",
        "adminConsentRequestPolicy",
        "directoryRoleAccessReviewPolicy",
        "conditionalAccessPolicies",
        "identitySecurityDefaultsEnforcementPolicy",
        "roleManagementPolicies",
        "roleManagementPolicyAssignments",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"authenticationMethodsPolicy\":  ",
        ",\"authenticationFlowsPolicy\":    ",
        ",\"b2cAuthenticationMethodsPolicy\":",
        ",\"activityBasedTimeoutPolicies\": ",
        ",\"authorizationPolicy\":          ",
        ",\"claimsMappingPolicies\":        ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"permissionGrantPolicies\":      ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
        ",\"featureRolloutPolicies\":       ",
        ",\"accessReviewPolicy\":           ",
        ",\"adminConsentRequestPolicy\":    ",
        ",\"directoryRoleAccessReviewPolicy\":",
        ",\"conditionalAccessPolicies\":    ",
        ",\"identitySecurityDefaultsEnforcementPolicy\":",
        ",\"roleManagementPolicies\":       ",
        ",\"roleManagementPolicyAssignments\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.policyRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "authentication_methods_policy",
            &self.authentication_methods_policy,
        );
        v.field(
            1usize,
            "authentication_flows_policy",
            &self.authentication_flows_policy,
        );
        v.field(
            2usize,
            "b2c_authentication_methods_policy",
            &self.b2c_authentication_methods_policy,
        );
        v.field(
            3usize,
            "activity_based_timeout_policies",
            &self.activity_based_timeout_policies,
        );
        v.field(4usize, "authorization_policy", &self.authorization_policy);
        v.field(5usize, "claims_mapping_policies", &self.claims_mapping_policies);
        v.field(
            6usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(7usize, "permission_grant_policies", &self.permission_grant_policies);
        v.field(8usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(9usize, "token_lifetime_policies", &self.token_lifetime_policies);
        v.field(10usize, "feature_rollout_policies", &self.feature_rollout_policies);
        v.field(11usize, "access_review_policy", &self.access_review_policy);
        v.field(
            12usize,
            "admin_consent_request_policy",
            &self.admin_consent_request_policy,
        );
        v.field(
            13usize,
            "directory_role_access_review_policy",
            &self.directory_role_access_review_policy,
        );
        v.field(
            14usize,
            "conditional_access_policies",
            &self.conditional_access_policies,
        );
        v.field(
            15usize,
            "identity_security_defaults_enforcement_policy",
            &self.identity_security_defaults_enforcement_policy,
        );
        v.field(16usize, "role_management_policies", &self.role_management_policies);
        v.field(
            17usize,
            "role_management_policy_assignments",
            &self.role_management_policy_assignments,
        );
    }
}
#[cfg(msgraph_beta_policies)]
impl rt::object::Members for PolicyRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.authentication_methods_policy.read_from(r),
            1usize => self.authentication_flows_policy.read_from(r),
            2usize => self.b2c_authentication_methods_policy.read_from(r),
            3usize => self.activity_based_timeout_policies.read_from(r),
            4usize => self.authorization_policy.read_from(r),
            5usize => self.claims_mapping_policies.read_from(r),
            6usize => self.home_realm_discovery_policies.read_from(r),
            7usize => self.permission_grant_policies.read_from(r),
            8usize => self.token_issuance_policies.read_from(r),
            9usize => self.token_lifetime_policies.read_from(r),
            10usize => self.feature_rollout_policies.read_from(r),
            11usize => self.access_review_policy.read_from(r),
            12usize => self.admin_consent_request_policy.read_from(r),
            13usize => self.directory_role_access_review_policy.read_from(r),
            14usize => self.conditional_access_policies.read_from(r),
            15usize => self.identity_security_defaults_enforcement_policy.read_from(r),
            16usize => self.role_management_policies.read_from(r),
            17usize => self.role_management_policy_assignments.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.authentication_methods_policy);
        w.field(1usize, &self.authentication_flows_policy);
        w.field(2usize, &self.b2c_authentication_methods_policy);
        w.field(3usize, &self.activity_based_timeout_policies);
        w.field(4usize, &self.authorization_policy);
        w.field(5usize, &self.claims_mapping_policies);
        w.field(6usize, &self.home_realm_discovery_policies);
        w.field(7usize, &self.permission_grant_policies);
        w.field(8usize, &self.token_issuance_policies);
        w.field(9usize, &self.token_lifetime_policies);
        w.field(10usize, &self.feature_rollout_policies);
        w.field(11usize, &self.access_review_policy);
        w.field(12usize, &self.admin_consent_request_policy);
        w.field(13usize, &self.directory_role_access_review_policy);
        w.field(14usize, &self.conditional_access_policies);
        w.field(15usize, &self.identity_security_defaults_enforcement_policy);
        w.field(16usize, &self.role_management_policies);
        w.field(17usize, &self.role_management_policy_assignments);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_policies)]
rt::impl_object!(PolicyRoot);
#[cfg(msgraph_beta_policies)]
rt::impl_setters!(
    PolicyRoot { with_authentication_methods_policy authentication_methods_policy : crate
    ::beta::AuthenticationMethodsPolicy; with_authentication_flows_policy
    authentication_flows_policy : crate ::beta::AuthenticationFlowsPolicy;
    with_b2c_authentication_methods_policy b2c_authentication_methods_policy : crate
    ::beta::B2cAuthenticationMethodsPolicy; with_activity_based_timeout_policies
    activity_based_timeout_policies : ::std::vec::Vec < crate
    ::beta::ActivityBasedTimeoutPolicy >; with_authorization_policy authorization_policy
    : ::std::vec::Vec < crate ::beta::AuthorizationPolicy >; with_claims_mapping_policies
    claims_mapping_policies : ::std::vec::Vec < crate ::beta::ClaimsMappingPolicy >;
    with_home_realm_discovery_policies home_realm_discovery_policies : ::std::vec::Vec <
    crate ::beta::HomeRealmDiscoveryPolicy >; with_permission_grant_policies
    permission_grant_policies : ::std::vec::Vec < crate ::beta::PermissionGrantPolicy >;
    with_token_issuance_policies token_issuance_policies : ::std::vec::Vec < crate
    ::beta::TokenIssuancePolicy >; with_token_lifetime_policies token_lifetime_policies :
    ::std::vec::Vec < crate ::beta::TokenLifetimePolicy >; with_feature_rollout_policies
    feature_rollout_policies : ::std::vec::Vec < crate ::beta::FeatureRolloutPolicy >;
    with_access_review_policy access_review_policy : crate ::beta::AccessReviewPolicy;
    with_admin_consent_request_policy admin_consent_request_policy : crate
    ::beta::AdminConsentRequestPolicy; with_directory_role_access_review_policy
    directory_role_access_review_policy : crate ::beta::DirectoryRoleAccessReviewPolicy;
    with_conditional_access_policies conditional_access_policies : ::std::vec::Vec <
    crate ::beta::ConditionalAccessPolicy >;
    with_identity_security_defaults_enforcement_policy
    identity_security_defaults_enforcement_policy : crate
    ::beta::IdentitySecurityDefaultsEnforcementPolicy; with_role_management_policies
    role_management_policies : ::std::vec::Vec < crate
    ::beta::UnifiedRoleManagementPolicy >; with_role_management_policy_assignments
    role_management_policy_assignments : ::std::vec::Vec < crate
    ::beta::UnifiedRoleManagementPolicyAssignment >; }
);
#[cfg(msgraph_beta_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyRoot);
#[cfg(msgraph_beta_print)]
/// CSDL: `microsoft.graph.print`, entity type.
///
/// Request builders: [`PrintPath`](requests/trait.PrintPath.html), what a path to one (`EntityPath<Print, C>`) dereferences to.
///
/// Features: `beta` or `beta-print`.
#[derive(Clone)]
pub struct Print {
    /// CSDL: property `settings`: `microsoft.graph.printSettings`, nullable.
    pub settings: rt::Field<crate::beta::PrintSettings>,
    /// CSDL: containment navigation property `connectors`: `Collection(microsoft.graph.printConnector)`, not nullable.
    pub connectors: rt::Field<::std::vec::Vec<crate::beta::PrintConnector>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.printOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::AnyPrintOperation>>,
    /// CSDL: containment navigation property `printers`: `Collection(microsoft.graph.printer)`, not nullable.
    pub printers: rt::Field<::std::vec::Vec<crate::beta::Printer>>,
    /// CSDL: containment navigation property `printerShares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub printer_shares: rt::Field<::std::vec::Vec<crate::beta::PrinterShare>>,
    /// CSDL: containment navigation property `reports`: `microsoft.graph.reportRoot`, nullable.
    pub reports: rt::Field<crate::beta::ReportRoot>,
    /// CSDL: containment navigation property `services`: `Collection(microsoft.graph.printService)`, not nullable.
    pub services: rt::Field<::std::vec::Vec<crate::beta::PrintService>>,
    /// CSDL: containment navigation property `shares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub shares: rt::Field<::std::vec::Vec<crate::beta::PrinterShare>>,
    /// CSDL: containment navigation property `taskDefinitions`: `Collection(microsoft.graph.printTaskDefinition)`, not nullable.
    pub task_definitions: rt::Field<::std::vec::Vec<crate::beta::PrintTaskDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print)]
impl ::std::default::Default for Print {
    #[inline]
    fn default() -> Self {
        Self {
            settings: rt::Field::Absent,
            connectors: rt::Field::Absent,
            operations: rt::Field::Absent,
            printers: rt::Field::Absent,
            printer_shares: rt::Field::Absent,
            reports: rt::Field::Absent,
            services: rt::Field::Absent,
            shares: rt::Field::Absent,
            task_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print)]
impl rt::Object for Print {
    const TYPE_NAME: &'static str = "microsoft.graph.print";
    const KEYS: &'static [&'static str] = &[
        "settings",
        "connectors",
        "operations",
        "printers",
        "printerShares",
        "reports",
        "services",
        "shares",
        "taskDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"settings\":                     ",
        ",\"connectors\":                   ",
        ",\"operations\":                   ",
        ",\"printers\":                     ",
        ",\"printerShares\":                ",
        ",\"reports\":                      ",
        ",\"services\":                     ",
        ",\"shares\":                       ",
        ",\"taskDefinitions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.print\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "settings", &self.settings);
        v.field(1usize, "connectors", &self.connectors);
        v.field(2usize, "operations", &self.operations);
        v.field(3usize, "printers", &self.printers);
        v.field(4usize, "printer_shares", &self.printer_shares);
        v.field(5usize, "reports", &self.reports);
        v.field(6usize, "services", &self.services);
        v.field(7usize, "shares", &self.shares);
        v.field(8usize, "task_definitions", &self.task_definitions);
    }
}
#[cfg(msgraph_beta_print)]
impl rt::object::Members for Print {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.settings.read_from(r),
            1usize => self.connectors.read_from(r),
            2usize => self.operations.read_from(r),
            3usize => self.printers.read_from(r),
            4usize => self.printer_shares.read_from(r),
            5usize => self.reports.read_from(r),
            6usize => self.services.read_from(r),
            7usize => self.shares.read_from(r),
            8usize => self.task_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.settings);
        w.field(1usize, &self.connectors);
        w.field(2usize, &self.operations);
        w.field(3usize, &self.printers);
        w.field(4usize, &self.printer_shares);
        w.field(5usize, &self.reports);
        w.field(6usize, &self.services);
        w.field(7usize, &self.shares);
        w.field(8usize, &self.task_definitions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print)]
rt::impl_object!(Print);
#[cfg(msgraph_beta_print)]
rt::impl_setters!(
    Print { with_settings settings : crate ::beta::PrintSettings; with_connectors
    connectors : ::std::vec::Vec < crate ::beta::PrintConnector >; with_operations
    operations : ::std::vec::Vec < crate ::beta::AnyPrintOperation >; with_printers
    printers : ::std::vec::Vec < crate ::beta::Printer >; with_printer_shares
    printer_shares : ::std::vec::Vec < crate ::beta::PrinterShare >; with_reports reports
    : crate ::beta::ReportRoot; with_services services : ::std::vec::Vec < crate
    ::beta::PrintService >; with_shares shares : ::std::vec::Vec < crate
    ::beta::PrinterShare >; with_task_definitions task_definitions : ::std::vec::Vec <
    crate ::beta::PrintTaskDefinition >; }
);
#[cfg(msgraph_beta_print)]
#[cfg(feature = "serde")]
rt::impl_serde!(Print);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printOperation`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrintOperationPath`](requests/trait.PrintOperationPath.html), what a path to one (`EntityPath<AnyPrintOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrintOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.printOperationStatus`, not nullable.
    pub status: rt::Field<crate::beta::PrintOperationStatus>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrintOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrintOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.printOperation";
    const KEYS: &'static [&'static str] = &["id", "createdDateTime", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrintOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
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
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrintOperation);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrintOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::beta::PrintOperationStatus; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrintOperation);
#[cfg(msgraph_beta_print_or_search)]
/// `microsoft.graph.printOperation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrintOperation {
    PrintOperation(::std::boxed::Box<crate::beta::PrintOperation>),
    PrinterCreateOperation(::std::boxed::Box<crate::beta::PrinterCreateOperation>),
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for AnyPrintOperation {
    #[inline]
    fn default() -> Self {
        Self::PrintOperation(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrintOperation> for AnyPrintOperation {
    #[inline]
    fn from(v: crate::beta::PrintOperation) -> Self {
        Self::PrintOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrinterCreateOperation> for AnyPrintOperation {
    #[inline]
    fn from(v: crate::beta::PrinterCreateOperation) -> Self {
        Self::PrinterCreateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_search)]
unsafe impl ::std::marker::Send for AnyPrintOperation {}
#[cfg(msgraph_beta_print_or_search)]
unsafe impl ::std::marker::Sync for AnyPrintOperation {}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::marker::Unpin for AnyPrintOperation {}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::panic::UnwindSafe for AnyPrintOperation {}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrintOperation {}
#[cfg(msgraph_beta_print_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::PrintOperation>();
    rt::object::auto_traits::<crate::beta::PrinterCreateOperation>();
};
#[cfg(msgraph_beta_print_or_search)]
impl rt::Poly for AnyPrintOperation {
    const BASE_NAME: &'static str = "microsoft.graph.printOperation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.printerCreateOperation") => {
                Self::PrinterCreateOperation(rt::object::new_boxed())
            }
            _ => Self::PrintOperation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrintOperation(v) => &**v,
            Self::PrinterCreateOperation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrintOperation(v) => &mut **v,
            Self::PrinterCreateOperation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl AnyPrintOperation {
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
            Self::PrintOperation(v) => &v.id,
            Self::PrinterCreateOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrintOperation(v) => &mut v.id,
            Self::PrinterCreateOperation(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrintOperation(v) => &v.created_date_time,
            Self::PrinterCreateOperation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::PrintOperation(v) => &mut v.created_date_time,
            Self::PrinterCreateOperation(v) => &mut v.created_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::PrintOperationStatus> {
        match self {
            Self::PrintOperation(v) => &v.status,
            Self::PrinterCreateOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::PrintOperationStatus> {
        match self {
            Self::PrintOperation(v) => &mut v.status,
            Self::PrinterCreateOperation(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_poly!(AnyPrintOperation);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrintOperation);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printer`, entity type, derived from `microsoft.graph.printerBase`, key `id`.
///
/// Request builders: [`PrinterPath`](requests/trait.PrinterPath.html), what a path to one (`EntityPath<Printer, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct Printer {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::beta::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::beta::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::beta::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, nullable.
    pub status: rt::Field<crate::beta::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::beta::PrintJob>>,
    /// CSDL: property `acceptingJobs`: `Edm.Boolean`, nullable.
    pub accepting_jobs: rt::Field<bool>,
    /// CSDL: property `hasPhysicalDevice`: `Edm.Boolean`, not nullable.
    pub has_physical_device: rt::Field<bool>,
    /// CSDL: property `isShared`: `Edm.Boolean`, not nullable.
    pub is_shared: rt::Field<bool>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `registeredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `connectors`: `Collection(microsoft.graph.printConnector)`, not nullable.
    pub connectors: rt::Field<::std::vec::Vec<crate::beta::PrintConnector>>,
    /// CSDL: navigation property `share`: `microsoft.graph.printerShare`, nullable.
    pub share: rt::Field<::std::boxed::Box<crate::beta::PrinterShare>>,
    /// CSDL: navigation property `shares`: `Collection(microsoft.graph.printerShare)`, not nullable.
    pub shares: rt::Field<::std::vec::Vec<crate::beta::PrinterShare>>,
    /// CSDL: containment navigation property `taskTriggers`: `Collection(microsoft.graph.printTaskTrigger)`, not nullable.
    pub task_triggers: rt::Field<::std::vec::Vec<crate::beta::PrintTaskTrigger>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for Printer {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            name: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            accepting_jobs: rt::Field::Absent,
            has_physical_device: rt::Field::Absent,
            is_shared: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            registered_date_time: rt::Field::Absent,
            connectors: rt::Field::Absent,
            share: rt::Field::Absent,
            shares: rt::Field::Absent,
            task_triggers: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for Printer {
    const TYPE_NAME: &'static str = "microsoft.graph.printer";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "name",
        "status",
        "jobs",
        "acceptingJobs",
        "hasPhysicalDevice",
        "isShared",
        "lastSeenDateTime",
        "registeredDateTime",
        "connectors",
        "share",
        "shares",
        "taskTriggers",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capabilities\":                 ",
        ",\"defaults\":                     ",
        ",\"displayName\":                  ",
        ",\"isAcceptingJobs\":              ",
        ",\"location\":                     ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"name\":                         ",
        ",\"status\":                       ",
        ",\"jobs\":                         ",
        ",\"acceptingJobs\":                ",
        ",\"hasPhysicalDevice\":            ",
        ",\"isShared\":                     ",
        ",\"lastSeenDateTime\":             ",
        ",\"registeredDateTime\":           ",
        ",\"connectors\":                   ",
        ",\"share\":                        ",
        ",\"shares\":                       ",
        ",\"taskTriggers\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capabilities", &self.capabilities);
        v.field(2usize, "defaults", &self.defaults);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        v.field(5usize, "location", &self.location);
        v.field(6usize, "manufacturer", &self.manufacturer);
        v.field(7usize, "model", &self.model);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "jobs", &self.jobs);
        v.field(11usize, "accepting_jobs", &self.accepting_jobs);
        v.field(12usize, "has_physical_device", &self.has_physical_device);
        v.field(13usize, "is_shared", &self.is_shared);
        v.field(14usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(15usize, "registered_date_time", &self.registered_date_time);
        v.field(16usize, "connectors", &self.connectors);
        v.field(17usize, "share", &self.share);
        v.field(18usize, "shares", &self.shares);
        v.field(19usize, "task_triggers", &self.task_triggers);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for Printer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.jobs.read_from(r),
            11usize => self.accepting_jobs.read_from(r),
            12usize => self.has_physical_device.read_from(r),
            13usize => self.is_shared.read_from(r),
            14usize => self.last_seen_date_time.read_from(r),
            15usize => self.registered_date_time.read_from(r),
            16usize => self.connectors.read_from(r),
            17usize => self.share.read_from(r),
            18usize => self.shares.read_from(r),
            19usize => self.task_triggers.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.name);
        w.field(9usize, &self.status);
        w.field(10usize, &self.jobs);
        w.field(11usize, &self.accepting_jobs);
        w.field(12usize, &self.has_physical_device);
        w.field(13usize, &self.is_shared);
        w.field(14usize, &self.last_seen_date_time);
        w.field(15usize, &self.registered_date_time);
        w.field(16usize, &self.connectors);
        w.field(17usize, &self.share);
        w.field(18usize, &self.shares);
        w.field(19usize, &self.task_triggers);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(Printer);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_boxed!(Printer);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    Printer { with_id id : ::std::string::String; with_capabilities capabilities : crate
    ::beta::PrinterCapabilities; with_defaults defaults : crate ::beta::PrinterDefaults;
    with_display_name display_name : ::std::string::String; with_is_accepting_jobs
    is_accepting_jobs : bool; with_location location : crate ::beta::PrinterLocation;
    with_manufacturer manufacturer : ::std::string::String; with_model model :
    ::std::string::String; with_name name : ::std::string::String; with_status status :
    crate ::beta::PrinterStatus; with_jobs jobs : ::std::vec::Vec < crate
    ::beta::PrintJob >; with_accepting_jobs accepting_jobs : bool;
    with_has_physical_device has_physical_device : bool; with_is_shared is_shared : bool;
    with_last_seen_date_time last_seen_date_time : rt::edm::DateTimeOffset;
    with_registered_date_time registered_date_time : rt::edm::DateTimeOffset;
    with_connectors connectors : ::std::vec::Vec < crate ::beta::PrintConnector >;
    with_share share : ::std::boxed::Box < crate ::beta::PrinterShare >; with_shares
    shares : ::std::vec::Vec < crate ::beta::PrinterShare >; with_task_triggers
    task_triggers : ::std::vec::Vec < crate ::beta::PrintTaskTrigger >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Printer);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`PrinterBasePath`](requests/trait.PrinterBasePath.html), what a path to one (`EntityPath<AnyPrinterBase, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrinterBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::beta::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::beta::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::beta::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, nullable.
    pub status: rt::Field<crate::beta::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::beta::PrintJob>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrinterBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            name: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterBase {
    const TYPE_NAME: &'static str = "microsoft.graph.printerBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "name",
        "status",
        "jobs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capabilities\":                 ",
        ",\"defaults\":                     ",
        ",\"displayName\":                  ",
        ",\"isAcceptingJobs\":              ",
        ",\"location\":                     ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"name\":                         ",
        ",\"status\":                       ",
        ",\"jobs\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capabilities", &self.capabilities);
        v.field(2usize, "defaults", &self.defaults);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        v.field(5usize, "location", &self.location);
        v.field(6usize, "manufacturer", &self.manufacturer);
        v.field(7usize, "model", &self.model);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "jobs", &self.jobs);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrinterBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.name);
        w.field(9usize, &self.status);
        w.field(10usize, &self.jobs);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrinterBase);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterBase { with_id id : ::std::string::String; with_capabilities capabilities :
    crate ::beta::PrinterCapabilities; with_defaults defaults : crate
    ::beta::PrinterDefaults; with_display_name display_name : ::std::string::String;
    with_is_accepting_jobs is_accepting_jobs : bool; with_location location : crate
    ::beta::PrinterLocation; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_name name : ::std::string::String;
    with_status status : crate ::beta::PrinterStatus; with_jobs jobs : ::std::vec::Vec <
    crate ::beta::PrintJob >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterBase);
#[cfg(msgraph_beta_print_or_search)]
/// `microsoft.graph.printerBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyPrinterBase {
    PrinterBase(::std::boxed::Box<crate::beta::PrinterBase>),
    Printer(::std::boxed::Box<crate::beta::Printer>),
    PrinterShare(::std::boxed::Box<crate::beta::PrinterShare>),
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for AnyPrinterBase {
    #[inline]
    fn default() -> Self {
        Self::PrinterBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrinterBase> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::beta::PrinterBase) -> Self {
        Self::PrinterBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Printer> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::beta::Printer) -> Self {
        Self::Printer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::PrinterShare> for AnyPrinterBase {
    #[inline]
    fn from(v: crate::beta::PrinterShare) -> Self {
        Self::PrinterShare(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_print_or_search)]
unsafe impl ::std::marker::Send for AnyPrinterBase {}
#[cfg(msgraph_beta_print_or_search)]
unsafe impl ::std::marker::Sync for AnyPrinterBase {}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::marker::Unpin for AnyPrinterBase {}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::panic::UnwindSafe for AnyPrinterBase {}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::panic::RefUnwindSafe for AnyPrinterBase {}
#[cfg(msgraph_beta_print_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::PrinterBase>();
    rt::object::auto_traits::<crate::beta::Printer>();
    rt::object::auto_traits::<crate::beta::PrinterShare>();
};
#[cfg(msgraph_beta_print_or_search)]
impl rt::Poly for AnyPrinterBase {
    const BASE_NAME: &'static str = "microsoft.graph.printerBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.printer") => {
                Self::Printer(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.printerShare") => {
                Self::PrinterShare(rt::object::new_boxed())
            }
            _ => Self::PrinterBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::PrinterBase(v) => &**v,
            Self::Printer(v) => &**v,
            Self::PrinterShare(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::PrinterBase(v) => &mut **v,
            Self::Printer(v) => &mut **v,
            Self::PrinterShare(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl AnyPrinterBase {
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
            Self::PrinterBase(v) => &v.id,
            Self::Printer(v) => &v.id,
            Self::PrinterShare(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.id,
            Self::Printer(v) => &mut v.id,
            Self::PrinterShare(v) => &mut v.id,
        }
    }
    /// `capabilities` of any variant.
    #[inline]
    pub fn capabilities(&self) -> &rt::Field<crate::beta::PrinterCapabilities> {
        match self {
            Self::PrinterBase(v) => &v.capabilities,
            Self::Printer(v) => &v.capabilities,
            Self::PrinterShare(v) => &v.capabilities,
        }
    }
    /// `capabilities` of any variant.
    #[inline]
    pub fn capabilities_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::PrinterCapabilities> {
        match self {
            Self::PrinterBase(v) => &mut v.capabilities,
            Self::Printer(v) => &mut v.capabilities,
            Self::PrinterShare(v) => &mut v.capabilities,
        }
    }
    /// `defaults` of any variant.
    #[inline]
    pub fn defaults(&self) -> &rt::Field<crate::beta::PrinterDefaults> {
        match self {
            Self::PrinterBase(v) => &v.defaults,
            Self::Printer(v) => &v.defaults,
            Self::PrinterShare(v) => &v.defaults,
        }
    }
    /// `defaults` of any variant.
    #[inline]
    pub fn defaults_mut(&mut self) -> &mut rt::Field<crate::beta::PrinterDefaults> {
        match self {
            Self::PrinterBase(v) => &mut v.defaults,
            Self::Printer(v) => &mut v.defaults,
            Self::PrinterShare(v) => &mut v.defaults,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.display_name,
            Self::Printer(v) => &v.display_name,
            Self::PrinterShare(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.display_name,
            Self::Printer(v) => &mut v.display_name,
            Self::PrinterShare(v) => &mut v.display_name,
        }
    }
    /// `isAcceptingJobs` of any variant.
    #[inline]
    pub fn is_accepting_jobs(&self) -> &rt::Field<bool> {
        match self {
            Self::PrinterBase(v) => &v.is_accepting_jobs,
            Self::Printer(v) => &v.is_accepting_jobs,
            Self::PrinterShare(v) => &v.is_accepting_jobs,
        }
    }
    /// `isAcceptingJobs` of any variant.
    #[inline]
    pub fn is_accepting_jobs_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::PrinterBase(v) => &mut v.is_accepting_jobs,
            Self::Printer(v) => &mut v.is_accepting_jobs,
            Self::PrinterShare(v) => &mut v.is_accepting_jobs,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location(&self) -> &rt::Field<crate::beta::PrinterLocation> {
        match self {
            Self::PrinterBase(v) => &v.location,
            Self::Printer(v) => &v.location,
            Self::PrinterShare(v) => &v.location,
        }
    }
    /// `location` of any variant.
    #[inline]
    pub fn location_mut(&mut self) -> &mut rt::Field<crate::beta::PrinterLocation> {
        match self {
            Self::PrinterBase(v) => &mut v.location,
            Self::Printer(v) => &mut v.location,
            Self::PrinterShare(v) => &mut v.location,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.manufacturer,
            Self::Printer(v) => &v.manufacturer,
            Self::PrinterShare(v) => &v.manufacturer,
        }
    }
    /// `manufacturer` of any variant.
    #[inline]
    pub fn manufacturer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.manufacturer,
            Self::Printer(v) => &mut v.manufacturer,
            Self::PrinterShare(v) => &mut v.manufacturer,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.model,
            Self::Printer(v) => &v.model,
            Self::PrinterShare(v) => &v.model,
        }
    }
    /// `model` of any variant.
    #[inline]
    pub fn model_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.model,
            Self::Printer(v) => &mut v.model,
            Self::PrinterShare(v) => &mut v.model,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &v.name,
            Self::Printer(v) => &v.name,
            Self::PrinterShare(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::PrinterBase(v) => &mut v.name,
            Self::Printer(v) => &mut v.name,
            Self::PrinterShare(v) => &mut v.name,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::beta::PrinterStatus> {
        match self {
            Self::PrinterBase(v) => &v.status,
            Self::Printer(v) => &v.status,
            Self::PrinterShare(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::beta::PrinterStatus> {
        match self {
            Self::PrinterBase(v) => &mut v.status,
            Self::Printer(v) => &mut v.status,
            Self::PrinterShare(v) => &mut v.status,
        }
    }
    /// `jobs` of any variant.
    #[inline]
    pub fn jobs(&self) -> &rt::Field<::std::vec::Vec<crate::beta::PrintJob>> {
        match self {
            Self::PrinterBase(v) => &v.jobs,
            Self::Printer(v) => &v.jobs,
            Self::PrinterShare(v) => &v.jobs,
        }
    }
    /// `jobs` of any variant.
    #[inline]
    pub fn jobs_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::PrintJob>> {
        match self {
            Self::PrinterBase(v) => &mut v.jobs,
            Self::Printer(v) => &mut v.jobs,
            Self::PrinterShare(v) => &mut v.jobs,
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_poly!(AnyPrinterBase);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyPrinterBase);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerCreateOperation`, entity type, derived from `microsoft.graph.printOperation`, key `id`.
///
/// Request builders: [`PrinterCreateOperationPath`](requests/trait.PrinterCreateOperationPath.html), what a path to one (`EntityPath<PrinterCreateOperation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrinterCreateOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.printOperationStatus`, not nullable.
    pub status: rt::Field<crate::beta::PrintOperationStatus>,
    /// CSDL: property `certificate`: `Edm.String`, nullable.
    pub certificate: rt::Field<::std::string::String>,
    /// CSDL: navigation property `printer`: `microsoft.graph.printer`, nullable.
    pub printer: rt::Field<crate::beta::Printer>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrinterCreateOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            certificate: rt::Field::Absent,
            printer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterCreateOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.printerCreateOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "status",
        "certificate",
        "printer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"status\":                       ",
        ",\"certificate\":                  ",
        ",\"printer\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerCreateOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "status", &self.status);
        v.field(3usize, "certificate", &self.certificate);
        v.field(4usize, "printer", &self.printer);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrinterCreateOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.certificate.read_from(r),
            4usize => self.printer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.status);
        w.field(3usize, &self.certificate);
        w.field(4usize, &self.printer);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrinterCreateOperation);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterCreateOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_status status : crate
    ::beta::PrintOperationStatus; with_certificate certificate : ::std::string::String;
    with_printer printer : crate ::beta::Printer; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterCreateOperation);
#[cfg(msgraph_beta_print_or_search)]
/// CSDL: `microsoft.graph.printerShare`, entity type, derived from `microsoft.graph.printerBase`, key `id`.
///
/// Request builders: [`PrinterSharePath`](requests/trait.PrinterSharePath.html), what a path to one (`EntityPath<PrinterShare, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-print`, `beta-search`.
#[derive(Clone)]
pub struct PrinterShare {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capabilities`: `microsoft.graph.printerCapabilities`, nullable.
    pub capabilities: rt::Field<crate::beta::PrinterCapabilities>,
    /// CSDL: property `defaults`: `microsoft.graph.printerDefaults`, nullable.
    pub defaults: rt::Field<crate::beta::PrinterDefaults>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isAcceptingJobs`: `Edm.Boolean`, nullable.
    pub is_accepting_jobs: rt::Field<bool>,
    /// CSDL: property `location`: `microsoft.graph.printerLocation`, nullable.
    pub location: rt::Field<crate::beta::PrinterLocation>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.printerStatus`, nullable.
    pub status: rt::Field<crate::beta::PrinterStatus>,
    /// CSDL: containment navigation property `jobs`: `Collection(microsoft.graph.printJob)`, not nullable.
    pub jobs: rt::Field<::std::vec::Vec<crate::beta::PrintJob>>,
    /// CSDL: property `allowAllUsers`: `Edm.Boolean`, not nullable.
    pub allow_all_users: rt::Field<bool>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `allowedGroups`: `Collection(microsoft.graph.group)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub allowed_groups: rt::Field<::std::vec::Vec<crate::beta::Group>>,
    /// CSDL: navigation property `allowedUsers`: `Collection(microsoft.graph.user)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub allowed_users: rt::Field<::std::vec::Vec<crate::beta::User>>,
    /// CSDL: navigation property `printer`: `microsoft.graph.printer`, nullable.
    pub printer: rt::Field<::std::boxed::Box<crate::beta::Printer>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_search)]
impl ::std::default::Default for PrinterShare {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capabilities: rt::Field::Absent,
            defaults: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_accepting_jobs: rt::Field::Absent,
            location: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            name: rt::Field::Absent,
            status: rt::Field::Absent,
            jobs: rt::Field::Absent,
            allow_all_users: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            allowed_groups: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            allowed_users: rt::Field::Absent,
            printer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::Object for PrinterShare {
    const TYPE_NAME: &'static str = "microsoft.graph.printerShare";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capabilities",
        "defaults",
        "displayName",
        "isAcceptingJobs",
        "location",
        "manufacturer",
        "model",
        "name",
        "status",
        "jobs",
        "allowAllUsers",
        "createdDateTime",
        "allowedGroups",
        "allowedUsers",
        "printer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"capabilities\":                 ",
        ",\"defaults\":                     ",
        ",\"displayName\":                  ",
        ",\"isAcceptingJobs\":              ",
        ",\"location\":                     ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"name\":                         ",
        ",\"status\":                       ",
        ",\"jobs\":                         ",
        ",\"allowAllUsers\":                ",
        ",\"createdDateTime\":              ",
        ",\"allowedGroups\":                ",
        ",\"allowedUsers\":                 ",
        ",\"printer\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerShare\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "capabilities", &self.capabilities);
        v.field(2usize, "defaults", &self.defaults);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_accepting_jobs", &self.is_accepting_jobs);
        v.field(5usize, "location", &self.location);
        v.field(6usize, "manufacturer", &self.manufacturer);
        v.field(7usize, "model", &self.model);
        v.field(8usize, "name", &self.name);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "jobs", &self.jobs);
        v.field(11usize, "allow_all_users", &self.allow_all_users);
        v.field(12usize, "created_date_time", &self.created_date_time);
        #[cfg(msgraph_beta_core)]
        v.field(13usize, "allowed_groups", &self.allowed_groups);
        #[cfg(msgraph_beta_core)] v.field(14usize, "allowed_users", &self.allowed_users);
        v.field(15usize, "printer", &self.printer);
    }
}
#[cfg(msgraph_beta_print_or_search)]
impl rt::object::Members for PrinterShare {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capabilities.read_from(r),
            2usize => self.defaults.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_accepting_jobs.read_from(r),
            5usize => self.location.read_from(r),
            6usize => self.manufacturer.read_from(r),
            7usize => self.model.read_from(r),
            8usize => self.name.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.jobs.read_from(r),
            11usize => self.allow_all_users.read_from(r),
            12usize => self.created_date_time.read_from(r),
            #[cfg(msgraph_beta_core)]
            13usize => self.allowed_groups.read_from(r),
            #[cfg(msgraph_beta_core)]
            14usize => self.allowed_users.read_from(r),
            15usize => self.printer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capabilities);
        w.field(2usize, &self.defaults);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_accepting_jobs);
        w.field(5usize, &self.location);
        w.field(6usize, &self.manufacturer);
        w.field(7usize, &self.model);
        w.field(8usize, &self.name);
        w.field(9usize, &self.status);
        w.field(10usize, &self.jobs);
        w.field(11usize, &self.allow_all_users);
        w.field(12usize, &self.created_date_time);
        #[cfg(msgraph_beta_core)] w.field(13usize, &self.allowed_groups);
        #[cfg(msgraph_beta_core)] w.field(14usize, &self.allowed_users);
        w.field(15usize, &self.printer);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_search)]
rt::impl_object!(PrinterShare);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_boxed!(PrinterShare);
#[cfg(msgraph_beta_print_or_search)]
rt::impl_setters!(
    PrinterShare { with_id id : ::std::string::String; with_capabilities capabilities :
    crate ::beta::PrinterCapabilities; with_defaults defaults : crate
    ::beta::PrinterDefaults; with_display_name display_name : ::std::string::String;
    with_is_accepting_jobs is_accepting_jobs : bool; with_location location : crate
    ::beta::PrinterLocation; with_manufacturer manufacturer : ::std::string::String;
    with_model model : ::std::string::String; with_name name : ::std::string::String;
    with_status status : crate ::beta::PrinterStatus; with_jobs jobs : ::std::vec::Vec <
    crate ::beta::PrintJob >; with_allow_all_users allow_all_users : bool;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    #[cfg(msgraph_beta_core)] with_allowed_groups allowed_groups : ::std::vec::Vec <
    crate ::beta::Group >; #[cfg(msgraph_beta_core)] with_allowed_users allowed_users :
    ::std::vec::Vec < crate ::beta::User >; with_printer printer : ::std::boxed::Box <
    crate ::beta::Printer >; }
);
#[cfg(msgraph_beta_print_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterShare);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.printerUsageSummary`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct PrinterUsageSummary {
    /// CSDL: property `completedJobCount`: `Edm.Int32`, not nullable.
    pub completed_job_count: rt::Field<i32>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int32`, not nullable.
    pub incomplete_job_count: rt::Field<i32>,
    /// CSDL: property `printerDisplayName`: `Edm.String`, nullable.
    pub printer_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `printerId`: `Edm.String`, nullable.
    pub printer_id: rt::Field<::std::string::String>,
    /// CSDL: property `printerManufacturer`: `Edm.String`, nullable.
    pub printer_manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `printerModel`: `Edm.String`, nullable.
    pub printer_model: rt::Field<::std::string::String>,
    /// CSDL: navigation property `printer`: `microsoft.graph.directoryObject`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub printer: rt::Field<crate::beta::AnyDirectoryObject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for PrinterUsageSummary {
    #[inline]
    fn default() -> Self {
        Self {
            completed_job_count: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            printer_display_name: rt::Field::Absent,
            printer_id: rt::Field::Absent,
            printer_manufacturer: rt::Field::Absent,
            printer_model: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            printer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for PrinterUsageSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.printerUsageSummary";
    const KEYS: &'static [&'static str] = &[
        "completedJobCount",
        "incompleteJobCount",
        "printerDisplayName",
        "printerId",
        "printerManufacturer",
        "printerModel",
        "printer",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedJobCount\":            ",
        ",\"incompleteJobCount\":           ",
        ",\"printerDisplayName\":           ",
        ",\"printerId\":                    ",
        ",\"printerManufacturer\":          ",
        ",\"printerModel\":                 ",
        ",\"printer\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.printerUsageSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_job_count", &self.completed_job_count);
        v.field(1usize, "incomplete_job_count", &self.incomplete_job_count);
        v.field(2usize, "printer_display_name", &self.printer_display_name);
        v.field(3usize, "printer_id", &self.printer_id);
        v.field(4usize, "printer_manufacturer", &self.printer_manufacturer);
        v.field(5usize, "printer_model", &self.printer_model);
        #[cfg(msgraph_beta_core)] v.field(6usize, "printer", &self.printer);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for PrinterUsageSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_job_count.read_from(r),
            1usize => self.incomplete_job_count.read_from(r),
            2usize => self.printer_display_name.read_from(r),
            3usize => self.printer_id.read_from(r),
            4usize => self.printer_manufacturer.read_from(r),
            5usize => self.printer_model.read_from(r),
            #[cfg(msgraph_beta_core)]
            6usize => self.printer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_job_count);
        w.field(1usize, &self.incomplete_job_count);
        w.field(2usize, &self.printer_display_name);
        w.field(3usize, &self.printer_id);
        w.field(4usize, &self.printer_manufacturer);
        w.field(5usize, &self.printer_model);
        #[cfg(msgraph_beta_core)] w.field(6usize, &self.printer);
    }
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
rt::impl_object!(PrinterUsageSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    PrinterUsageSummary { with_completed_job_count completed_job_count : i32;
    with_incomplete_job_count incomplete_job_count : i32; with_printer_display_name
    printer_display_name : ::std::string::String; with_printer_id printer_id :
    ::std::string::String; with_printer_manufacturer printer_manufacturer :
    ::std::string::String; with_printer_model printer_model : ::std::string::String;
    #[cfg(msgraph_beta_core)] with_printer printer : crate ::beta::AnyDirectoryObject; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrinterUsageSummary);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.rbacApplication`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RbacApplicationPath`](requests/trait.RbacApplicationPath.html), what a path to one (`EntityPath<RbacApplication, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct RbacApplication {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resourceNamespaces`: `Collection(microsoft.graph.unifiedRbacResourceNamespace)`, not nullable.
    pub resource_namespaces: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRbacResourceNamespace>,
    >,
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.unifiedRoleAssignment)`, not nullable.
    pub role_assignments: rt::Field<::std::vec::Vec<crate::beta::UnifiedRoleAssignment>>,
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.unifiedRoleDefinition)`, not nullable.
    pub role_definitions: rt::Field<::std::vec::Vec<crate::beta::UnifiedRoleDefinition>>,
    /// CSDL: containment navigation property `roleAssignmentApprovals`: `Collection(microsoft.graph.approval)`, not nullable.
    pub role_assignment_approvals: rt::Field<::std::vec::Vec<crate::beta::Approval>>,
    /// CSDL: containment navigation property `roleAssignmentScheduleInstances`: `Collection(microsoft.graph.unifiedRoleAssignmentScheduleInstance)`, not nullable.
    pub role_assignment_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleAssignmentScheduleInstance>,
    >,
    /// CSDL: containment navigation property `roleAssignmentScheduleRequests`: `Collection(microsoft.graph.unifiedRoleAssignmentScheduleRequest)`, not nullable.
    pub role_assignment_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleAssignmentScheduleRequest>,
    >,
    /// CSDL: containment navigation property `roleAssignmentSchedules`: `Collection(microsoft.graph.unifiedRoleAssignmentSchedule)`, not nullable.
    pub role_assignment_schedules: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleAssignmentSchedule>,
    >,
    /// CSDL: containment navigation property `roleEligibilityScheduleInstances`: `Collection(microsoft.graph.unifiedRoleEligibilityScheduleInstance)`, not nullable.
    pub role_eligibility_schedule_instances: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleEligibilityScheduleInstance>,
    >,
    /// CSDL: containment navigation property `roleEligibilityScheduleRequests`: `Collection(microsoft.graph.unifiedRoleEligibilityScheduleRequest)`, not nullable.
    pub role_eligibility_schedule_requests: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleEligibilityScheduleRequest>,
    >,
    /// CSDL: containment navigation property `roleEligibilitySchedules`: `Collection(microsoft.graph.unifiedRoleEligibilitySchedule)`, not nullable.
    pub role_eligibility_schedules: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleEligibilitySchedule>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for RbacApplication {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            resource_namespaces: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            role_assignment_approvals: rt::Field::Absent,
            role_assignment_schedule_instances: rt::Field::Absent,
            role_assignment_schedule_requests: rt::Field::Absent,
            role_assignment_schedules: rt::Field::Absent,
            role_eligibility_schedule_instances: rt::Field::Absent,
            role_eligibility_schedule_requests: rt::Field::Absent,
            role_eligibility_schedules: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for RbacApplication {
    const TYPE_NAME: &'static str = "microsoft.graph.rbacApplication";
    const KEYS: &'static [&'static str] = &[
        "id",
        "resourceNamespaces",
        "roleAssignments",
        "roleDefinitions",
        "roleAssignmentApprovals",
        "roleAssignmentScheduleInstances",
        "roleAssignmentScheduleRequests",
        "roleAssignmentSchedules",
        "roleEligibilityScheduleInstances",
        "roleEligibilityScheduleRequests",
        "roleEligibilitySchedules",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"resourceNamespaces\":           ",
        ",\"roleAssignments\":              ",
        ",\"roleDefinitions\":              ",
        ",\"roleAssignmentApprovals\":      ",
        ",\"roleAssignmentScheduleInstances\":",
        ",\"roleAssignmentScheduleRequests\":",
        ",\"roleAssignmentSchedules\":      ",
        ",\"roleEligibilityScheduleInstances\":",
        ",\"roleEligibilityScheduleRequests\":",
        ",\"roleEligibilitySchedules\":     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rbacApplication\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "resource_namespaces", &self.resource_namespaces);
        v.field(2usize, "role_assignments", &self.role_assignments);
        v.field(3usize, "role_definitions", &self.role_definitions);
        v.field(4usize, "role_assignment_approvals", &self.role_assignment_approvals);
        v.field(
            5usize,
            "role_assignment_schedule_instances",
            &self.role_assignment_schedule_instances,
        );
        v.field(
            6usize,
            "role_assignment_schedule_requests",
            &self.role_assignment_schedule_requests,
        );
        v.field(7usize, "role_assignment_schedules", &self.role_assignment_schedules);
        v.field(
            8usize,
            "role_eligibility_schedule_instances",
            &self.role_eligibility_schedule_instances,
        );
        v.field(
            9usize,
            "role_eligibility_schedule_requests",
            &self.role_eligibility_schedule_requests,
        );
        v.field(10usize, "role_eligibility_schedules", &self.role_eligibility_schedules);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for RbacApplication {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.resource_namespaces.read_from(r),
            2usize => self.role_assignments.read_from(r),
            3usize => self.role_definitions.read_from(r),
            4usize => self.role_assignment_approvals.read_from(r),
            5usize => self.role_assignment_schedule_instances.read_from(r),
            6usize => self.role_assignment_schedule_requests.read_from(r),
            7usize => self.role_assignment_schedules.read_from(r),
            8usize => self.role_eligibility_schedule_instances.read_from(r),
            9usize => self.role_eligibility_schedule_requests.read_from(r),
            10usize => self.role_eligibility_schedules.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.resource_namespaces);
        w.field(2usize, &self.role_assignments);
        w.field(3usize, &self.role_definitions);
        w.field(4usize, &self.role_assignment_approvals);
        w.field(5usize, &self.role_assignment_schedule_instances);
        w.field(6usize, &self.role_assignment_schedule_requests);
        w.field(7usize, &self.role_assignment_schedules);
        w.field(8usize, &self.role_eligibility_schedule_instances);
        w.field(9usize, &self.role_eligibility_schedule_requests);
        w.field(10usize, &self.role_eligibility_schedules);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(RbacApplication);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    RbacApplication { with_id id : ::std::string::String; with_resource_namespaces
    resource_namespaces : ::std::vec::Vec < crate ::beta::UnifiedRbacResourceNamespace >;
    with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::beta::UnifiedRoleAssignment >; with_role_definitions role_definitions :
    ::std::vec::Vec < crate ::beta::UnifiedRoleDefinition >;
    with_role_assignment_approvals role_assignment_approvals : ::std::vec::Vec < crate
    ::beta::Approval >; with_role_assignment_schedule_instances
    role_assignment_schedule_instances : ::std::vec::Vec < crate
    ::beta::UnifiedRoleAssignmentScheduleInstance >;
    with_role_assignment_schedule_requests role_assignment_schedule_requests :
    ::std::vec::Vec < crate ::beta::UnifiedRoleAssignmentScheduleRequest >;
    with_role_assignment_schedules role_assignment_schedules : ::std::vec::Vec < crate
    ::beta::UnifiedRoleAssignmentSchedule >; with_role_eligibility_schedule_instances
    role_eligibility_schedule_instances : ::std::vec::Vec < crate
    ::beta::UnifiedRoleEligibilityScheduleInstance >;
    with_role_eligibility_schedule_requests role_eligibility_schedule_requests :
    ::std::vec::Vec < crate ::beta::UnifiedRoleEligibilityScheduleRequest >;
    with_role_eligibility_schedules role_eligibility_schedules : ::std::vec::Vec < crate
    ::beta::UnifiedRoleEligibilitySchedule >; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RbacApplication);
#[cfg(msgraph_beta_role_management_or_search)]
/// CSDL: `microsoft.graph.rbacApplicationMultiple`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RbacApplicationMultiplePath`](requests/trait.RbacApplicationMultiplePath.html), what a path to one (`EntityPath<RbacApplicationMultiple, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
#[derive(Clone)]
pub struct RbacApplicationMultiple {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resourceNamespaces`: `Collection(microsoft.graph.unifiedRbacResourceNamespace)`, not nullable.
    pub resource_namespaces: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRbacResourceNamespace>,
    >,
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.unifiedRoleAssignmentMultiple)`, not nullable.
    pub role_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::UnifiedRoleAssignmentMultiple>,
    >,
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.unifiedRoleDefinition)`, not nullable.
    pub role_definitions: rt::Field<::std::vec::Vec<crate::beta::UnifiedRoleDefinition>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management_or_search)]
impl ::std::default::Default for RbacApplicationMultiple {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            resource_namespaces: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::Object for RbacApplicationMultiple {
    const TYPE_NAME: &'static str = "microsoft.graph.rbacApplicationMultiple";
    const KEYS: &'static [&'static str] = &[
        "id",
        "resourceNamespaces",
        "roleAssignments",
        "roleDefinitions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"resourceNamespaces\":           ",
        ",\"roleAssignments\":              ",
        ",\"roleDefinitions\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.rbacApplicationMultiple\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "resource_namespaces", &self.resource_namespaces);
        v.field(2usize, "role_assignments", &self.role_assignments);
        v.field(3usize, "role_definitions", &self.role_definitions);
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
impl rt::object::Members for RbacApplicationMultiple {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.resource_namespaces.read_from(r),
            2usize => self.role_assignments.read_from(r),
            3usize => self.role_definitions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.resource_namespaces);
        w.field(2usize, &self.role_assignments);
        w.field(3usize, &self.role_definitions);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_object!(RbacApplicationMultiple);
#[cfg(msgraph_beta_role_management_or_search)]
rt::impl_setters!(
    RbacApplicationMultiple { with_id id : ::std::string::String;
    with_resource_namespaces resource_namespaces : ::std::vec::Vec < crate
    ::beta::UnifiedRbacResourceNamespace >; with_role_assignments role_assignments :
    ::std::vec::Vec < crate ::beta::UnifiedRoleAssignmentMultiple >;
    with_role_definitions role_definitions : ::std::vec::Vec < crate
    ::beta::UnifiedRoleDefinition >; }
);
#[cfg(msgraph_beta_role_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(RbacApplicationMultiple);
#[cfg(msgraph_beta_core_or_role_management)]
/// CSDL: `microsoft.graph.request`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`RequestPath`](requests/trait.RequestPath.html), what a path to one (`EntityPath<AnyRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Request {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `approvalId`: `Edm.String`, nullable.
    pub approval_id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customData`: `Edm.String`, nullable.
    pub custom_data: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for Request {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            approval_id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_data: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Object for Request {
    const TYPE_NAME: &'static str = "microsoft.graph.request";
    const KEYS: &'static [&'static str] = &[
        "id",
        "approvalId",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "customData",
        "status",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"approvalId\":                   ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"customData\":                   ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.request\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "approval_id", &self.approval_id);
        v.field(2usize, "completed_date_time", &self.completed_date_time);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "custom_data", &self.custom_data);
        v.field(6usize, "status", &self.status);
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::object::Members for Request {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.approval_id.read_from(r),
            2usize => self.completed_date_time.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.custom_data.read_from(r),
            6usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.approval_id);
        w.field(2usize, &self.completed_date_time);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.custom_data);
        w.field(6usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_object!(Request);
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_setters!(
    Request { with_id id : ::std::string::String; with_approval_id approval_id :
    ::std::string::String; with_completed_date_time completed_date_time :
    rt::edm::DateTimeOffset; with_created_by created_by : crate ::beta::IdentitySet;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_custom_data
    custom_data : ::std::string::String; with_status status : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(Request);
#[cfg(msgraph_beta_core_or_role_management)]
/// `microsoft.graph.request` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyRequest {
    Request(::std::boxed::Box<crate::beta::Request>),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleAssignmentScheduleRequest(
        ::std::boxed::Box<crate::beta::UnifiedRoleAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleEligibilityScheduleRequest(
        ::std::boxed::Box<crate::beta::UnifiedRoleEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_beta_core)]
    UserConsentRequest(::std::boxed::Box<crate::beta::UserConsentRequest>),
}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::default::Default for AnyRequest {
    #[inline]
    fn default() -> Self {
        Self::Request(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Request> for AnyRequest {
    #[inline]
    fn from(v: crate::beta::Request) -> Self {
        Self::Request(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleAssignmentScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleAssignmentScheduleRequest) -> Self {
        Self::UnifiedRoleAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UnifiedRoleEligibilityScheduleRequest>
for AnyRequest {
    #[inline]
    fn from(v: crate::beta::UnifiedRoleEligibilityScheduleRequest) -> Self {
        Self::UnifiedRoleEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserConsentRequest> for AnyRequest {
    #[inline]
    fn from(v: crate::beta::UserConsentRequest) -> Self {
        Self::UserConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
unsafe impl ::std::marker::Send for AnyRequest {}
#[cfg(msgraph_beta_core_or_role_management)]
unsafe impl ::std::marker::Sync for AnyRequest {}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::marker::Unpin for AnyRequest {}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::panic::UnwindSafe for AnyRequest {}
#[cfg(msgraph_beta_core_or_role_management)]
impl ::std::panic::RefUnwindSafe for AnyRequest {}
#[cfg(msgraph_beta_core_or_role_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::Request>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleAssignmentScheduleRequest>();
    #[cfg(msgraph_beta_role_management_or_search)]
    rt::object::auto_traits::<crate::beta::UnifiedRoleEligibilityScheduleRequest>();
    #[cfg(msgraph_beta_core)]
    rt::object::auto_traits::<crate::beta::UserConsentRequest>();
};
#[cfg(msgraph_beta_core_or_role_management)]
impl rt::Poly for AnyRequest {
    const BASE_NAME: &'static str = "microsoft.graph.request";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
            ) => Self::UnifiedRoleAssignmentScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
            ) => Self::UnifiedRoleEligibilityScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userConsentRequest") => {
                Self::UserConsentRequest(rt::object::new_boxed())
            }
            _ => Self::Request(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Request(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Request(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
impl AnyRequest {
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
            Self::Request(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.approval_id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.approval_id,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.approval_id,
        }
    }
    /// `approvalId` of any variant.
    #[inline]
    pub fn approval_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.approval_id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.approval_id,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.approval_id,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &v.completed_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.completed_date_time,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.completed_date_time,
        }
    }
    /// `completedDateTime` of any variant.
    #[inline]
    pub fn completed_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &mut v.completed_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.completed_date_time,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.completed_date_time,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::Request(v) => &v.created_by,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(&mut self) -> &mut rt::Field<crate::beta::IdentitySet> {
        match self {
            Self::Request(v) => &mut v.created_by,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.created_by,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.created_by,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &v.created_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::Request(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.created_date_time,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.created_date_time,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.custom_data,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.custom_data,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.custom_data,
        }
    }
    /// `customData` of any variant.
    #[inline]
    pub fn custom_data_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.custom_data,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.custom_data,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.custom_data,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &v.status,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.status,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.status,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Request(v) => &mut v.status,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.status,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.status,
        }
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
rt::impl_poly!(AnyRequest);
#[cfg(msgraph_beta_core_or_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyRequest);
#[cfg(msgraph_beta_role_management)]
/// CSDL: `microsoft.graph.roleManagement`, entity type.
///
/// Request builders: [`RoleManagementPath`](requests/trait.RoleManagementPath.html), what a path to one (`EntityPath<RoleManagement, C>`) dereferences to.
///
/// Features: `beta` or `beta-role-management`.
#[derive(Clone)]
pub struct RoleManagement {
    /// CSDL: containment navigation property `directory`: `microsoft.graph.rbacApplication`, nullable.
    pub directory: rt::Field<crate::beta::RbacApplication>,
    /// CSDL: containment navigation property `cloudPC`: `microsoft.graph.rbacApplicationMultiple`, nullable.
    pub cloud_pc: rt::Field<crate::beta::RbacApplicationMultiple>,
    /// The RbacApplication for Entitlement Management
    ///
    /// CSDL: containment navigation property `entitlementManagement`: `microsoft.graph.rbacApplication`, nullable.
    pub entitlement_management: rt::Field<crate::beta::RbacApplication>,
    /// The RbacApplication for Device Management
    ///
    /// CSDL: containment navigation property `deviceManagement`: `microsoft.graph.rbacApplicationMultiple`, nullable.
    pub device_management: rt::Field<crate::beta::RbacApplicationMultiple>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_role_management)]
impl ::std::default::Default for RoleManagement {
    #[inline]
    fn default() -> Self {
        Self {
            directory: rt::Field::Absent,
            cloud_pc: rt::Field::Absent,
            entitlement_management: rt::Field::Absent,
            device_management: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_role_management)]
impl rt::Object for RoleManagement {
    const TYPE_NAME: &'static str = "microsoft.graph.roleManagement";
    const KEYS: &'static [&'static str] = &[
        "directory",
        "cloudPC",
        "entitlementManagement",
        "deviceManagement",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"directory\":                    ",
        ",\"cloudPC\":                      ",
        ",\"entitlementManagement\":        ",
        ",\"deviceManagement\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.roleManagement\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "directory", &self.directory);
        v.field(1usize, "cloud_pc", &self.cloud_pc);
        v.field(2usize, "entitlement_management", &self.entitlement_management);
        v.field(3usize, "device_management", &self.device_management);
    }
}
#[cfg(msgraph_beta_role_management)]
impl rt::object::Members for RoleManagement {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.directory.read_from(r),
            1usize => self.cloud_pc.read_from(r),
            2usize => self.entitlement_management.read_from(r),
            3usize => self.device_management.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.directory);
        w.field(1usize, &self.cloud_pc);
        w.field(2usize, &self.entitlement_management);
        w.field(3usize, &self.device_management);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_role_management)]
rt::impl_object!(RoleManagement);
#[cfg(msgraph_beta_role_management)]
rt::impl_setters!(
    RoleManagement { with_directory directory : crate ::beta::RbacApplication;
    with_cloud_pc cloud_pc : crate ::beta::RbacApplicationMultiple;
    with_entitlement_management entitlement_management : crate ::beta::RbacApplication;
    with_device_management device_management : crate ::beta::RbacApplicationMultiple; }
);
#[cfg(msgraph_beta_role_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(RoleManagement);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchHit`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchHit {
    /// CSDL: property `contentSource`: `Edm.String`, nullable.
    pub content_source: rt::Field<::std::string::String>,
    /// CSDL: property `hitId`: `Edm.String`, nullable.
    pub hit_id: rt::Field<::std::string::String>,
    /// CSDL: property `rank`: `Edm.Int32`, nullable.
    pub rank: rt::Field<i32>,
    /// CSDL: property `summary`: `Edm.String`, nullable.
    pub summary: rt::Field<::std::string::String>,
    /// CSDL: property `_id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `_score`: `Edm.Int32`, nullable.
    pub score: rt::Field<i32>,
    /// CSDL: property `_summary`: `Edm.String`, nullable.
    pub summary_2: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::beta::AnyEntity>,
    /// CSDL: containment navigation property `_source`: `microsoft.graph.entity`, nullable.
    pub source: rt::Field<crate::beta::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchHit {
    #[inline]
    fn default() -> Self {
        Self {
            content_source: rt::Field::Absent,
            hit_id: rt::Field::Absent,
            rank: rt::Field::Absent,
            summary: rt::Field::Absent,
            id: rt::Field::Absent,
            score: rt::Field::Absent,
            summary_2: rt::Field::Absent,
            resource: rt::Field::Absent,
            source: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchHit {
    const TYPE_NAME: &'static str = "microsoft.graph.searchHit";
    const KEYS: &'static [&'static str] = &[
        "contentSource",
        "hitId",
        "rank",
        "summary",
        "_id",
        "_score",
        "_summary",
        "resource",
        "_source",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentSource\":                ",
        ",\"hitId\":                        ",
        ",\"rank\":                         ",
        ",\"summary\":                      ",
        ",\"_id\":                          ",
        ",\"_score\":                       ",
        ",\"_summary\":                     ",
        ",\"resource\":                     ",
        ",\"_source\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchHit\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_source", &self.content_source);
        v.field(1usize, "hit_id", &self.hit_id);
        v.field(2usize, "rank", &self.rank);
        v.field(3usize, "summary", &self.summary);
        v.field(4usize, "id", &self.id);
        v.field(5usize, "score", &self.score);
        v.field(6usize, "summary_2", &self.summary_2);
        v.field(7usize, "resource", &self.resource);
        v.field(8usize, "source", &self.source);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchHit {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_source.read_from(r),
            1usize => self.hit_id.read_from(r),
            2usize => self.rank.read_from(r),
            3usize => self.summary.read_from(r),
            4usize => self.id.read_from(r),
            5usize => self.score.read_from(r),
            6usize => self.summary_2.read_from(r),
            7usize => self.resource.read_from(r),
            8usize => self.source.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_source);
        w.field(1usize, &self.hit_id);
        w.field(2usize, &self.rank);
        w.field(3usize, &self.summary);
        w.field(4usize, &self.id);
        w.field(5usize, &self.score);
        w.field(6usize, &self.summary_2);
        w.field(7usize, &self.resource);
        w.field(8usize, &self.source);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchHit);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchHit { with_content_source content_source : ::std::string::String; with_hit_id
    hit_id : ::std::string::String; with_rank rank : i32; with_summary summary :
    ::std::string::String; with_id id : ::std::string::String; with_score score : i32;
    with_summary_2 summary_2 : ::std::string::String; with_resource resource : crate
    ::beta::AnyEntity; with_source source : crate ::beta::AnyEntity; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchHit);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchHitsContainer`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchHitsContainer {
    /// CSDL: property `aggregations`: `Collection(microsoft.graph.searchAggregation)`, nullable.
    pub aggregations: rt::Field<::std::vec::Vec<crate::beta::SearchAggregation>>,
    /// CSDL: property `hits`: `Collection(microsoft.graph.searchHit)`, nullable.
    pub hits: rt::Field<::std::vec::Vec<crate::beta::SearchHit>>,
    /// CSDL: property `moreResultsAvailable`: `Edm.Boolean`, nullable.
    pub more_results_available: rt::Field<bool>,
    /// CSDL: property `total`: `Edm.Int32`, nullable.
    pub total: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchHitsContainer {
    #[inline]
    fn default() -> Self {
        Self {
            aggregations: rt::Field::Absent,
            hits: rt::Field::Absent,
            more_results_available: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchHitsContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.searchHitsContainer";
    const KEYS: &'static [&'static str] = &[
        "aggregations",
        "hits",
        "moreResultsAvailable",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aggregations\":                 ",
        ",\"hits\":                         ",
        ",\"moreResultsAvailable\":         ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchHitsContainer\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aggregations", &self.aggregations);
        v.field(1usize, "hits", &self.hits);
        v.field(2usize, "more_results_available", &self.more_results_available);
        v.field(3usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchHitsContainer {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aggregations.read_from(r),
            1usize => self.hits.read_from(r),
            2usize => self.more_results_available.read_from(r),
            3usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aggregations);
        w.field(1usize, &self.hits);
        w.field(2usize, &self.more_results_available);
        w.field(3usize, &self.total);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchHitsContainer);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchHitsContainer { with_aggregations aggregations : ::std::vec::Vec < crate
    ::beta::SearchAggregation >; with_hits hits : ::std::vec::Vec < crate
    ::beta::SearchHit >; with_more_results_available more_results_available : bool;
    with_total total : i32; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchHitsContainer);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchResponse`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchResponse {
    /// CSDL: property `queryAlterationResponse`: `microsoft.graph.alterationResponse`, nullable.
    pub query_alteration_response: rt::Field<crate::beta::AlterationResponse>,
    /// CSDL: property `value`: `Collection(microsoft.graph.searchResultSet)`, not nullable.
    pub value: rt::Field<::std::vec::Vec<crate::beta::SearchResultSet>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchResponse {
    #[inline]
    fn default() -> Self {
        Self {
            query_alteration_response: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.searchResponse";
    const KEYS: &'static [&'static str] = &["queryAlterationResponse", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"queryAlterationResponse\":      ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "query_alteration_response", &self.query_alteration_response);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.query_alteration_response.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.query_alteration_response);
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
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchResponse);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchResponse { with_query_alteration_response query_alteration_response : crate
    ::beta::AlterationResponse; with_value value : ::std::vec::Vec < crate
    ::beta::SearchResultSet >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchResponse);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.searchResultSet`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct SearchResultSet {
    /// CSDL: property `hitsContainers`: `Collection(microsoft.graph.searchHitsContainer)`, nullable.
    pub hits_containers: rt::Field<::std::vec::Vec<crate::beta::SearchHitsContainer>>,
    /// CSDL: property `resultTemplates`: `microsoft.graph.resultTemplateDictionary`, nullable.
    pub result_templates: rt::Field<crate::beta::ResultTemplateDictionary>,
    /// CSDL: property `searchTerms`: `Collection(Edm.String)`, nullable.
    pub search_terms: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for SearchResultSet {
    #[inline]
    fn default() -> Self {
        Self {
            hits_containers: rt::Field::Absent,
            result_templates: rt::Field::Absent,
            search_terms: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for SearchResultSet {
    const TYPE_NAME: &'static str = "microsoft.graph.searchResultSet";
    const KEYS: &'static [&'static str] = &[
        "hitsContainers",
        "resultTemplates",
        "searchTerms",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hitsContainers\":               ",
        ",\"resultTemplates\":              ",
        ",\"searchTerms\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.searchResultSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hits_containers", &self.hits_containers);
        v.field(1usize, "result_templates", &self.result_templates);
        v.field(2usize, "search_terms", &self.search_terms);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for SearchResultSet {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hits_containers.read_from(r),
            1usize => self.result_templates.read_from(r),
            2usize => self.search_terms.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hits_containers);
        w.field(1usize, &self.result_templates);
        w.field(2usize, &self.search_terms);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(SearchResultSet);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    SearchResultSet { with_hits_containers hits_containers : ::std::vec::Vec < crate
    ::beta::SearchHitsContainer >; with_result_templates result_templates : crate
    ::beta::ResultTemplateDictionary; with_search_terms search_terms : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchResultSet);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.servicePrincipal`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`ServicePrincipalPath`](requests/trait.ServicePrincipalPath.html), what a path to one (`EntityPath<ServicePrincipal, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ServicePrincipal {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `passwordSingleSignOnSettings`: `microsoft.graph.passwordSingleSignOnSettings`, nullable.
    pub password_single_sign_on_settings: rt::Field<
        crate::beta::PasswordSingleSignOnSettings,
    >,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `addIns`: `Collection(microsoft.graph.addIn)`, not nullable.
    pub add_ins: rt::Field<::std::vec::Vec<crate::beta::AddIn>>,
    /// CSDL: property `alternativeNames`: `Collection(Edm.String)`, not nullable.
    pub alternative_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `appDescription`: `Edm.String`, nullable.
    pub app_description: rt::Field<::std::string::String>,
    /// CSDL: property `appDisplayName`: `Edm.String`, nullable.
    pub app_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationTemplateId`: `Edm.String`, nullable.
    pub application_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `appOwnerOrganizationId`: `Edm.Guid`, nullable.
    pub app_owner_organization_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `appRoleAssignmentRequired`: `Edm.Boolean`, not nullable.
    pub app_role_assignment_required: rt::Field<bool>,
    /// CSDL: property `appRoles`: `Collection(microsoft.graph.appRole)`, not nullable.
    pub app_roles: rt::Field<::std::vec::Vec<crate::beta::AppRole>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `disabledByMicrosoftStatus`: `Edm.String`, nullable.
    pub disabled_by_microsoft_status: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `errorUrl`: `Edm.String`, nullable.
    pub error_url: rt::Field<::std::string::String>,
    /// CSDL: property `homepage`: `Edm.String`, nullable.
    pub homepage: rt::Field<::std::string::String>,
    /// CSDL: property `info`: `microsoft.graph.informationalUrl`, nullable.
    pub info: rt::Field<crate::beta::InformationalUrl>,
    /// CSDL: property `keyCredentials`: `Collection(microsoft.graph.keyCredential)`, not nullable.
    pub key_credentials: rt::Field<::std::vec::Vec<crate::beta::KeyCredential>>,
    /// CSDL: property `loginUrl`: `Edm.String`, nullable.
    pub login_url: rt::Field<::std::string::String>,
    /// CSDL: property `logoutUrl`: `Edm.String`, nullable.
    pub logout_url: rt::Field<::std::string::String>,
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// CSDL: property `notificationEmailAddresses`: `Collection(Edm.String)`, not nullable.
    pub notification_email_addresses: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `passwordCredentials`: `Collection(microsoft.graph.passwordCredential)`, not nullable.
    pub password_credentials: rt::Field<
        ::std::vec::Vec<crate::beta::PasswordCredential>,
    >,
    /// CSDL: property `preferredSingleSignOnMode`: `Edm.String`, nullable.
    pub preferred_single_sign_on_mode: rt::Field<::std::string::String>,
    /// CSDL: property `preferredTokenSigningKeyEndDateTime`: `Edm.DateTimeOffset`, nullable.
    pub preferred_token_signing_key_end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `preferredTokenSigningKeyThumbprint`: `Edm.String`, nullable.
    pub preferred_token_signing_key_thumbprint: rt::Field<::std::string::String>,
    /// CSDL: property `publishedPermissionScopes`: `Collection(microsoft.graph.permissionScope)`, not nullable.
    pub published_permission_scopes: rt::Field<
        ::std::vec::Vec<crate::beta::PermissionScope>,
    >,
    /// CSDL: property `publisherName`: `Edm.String`, nullable.
    pub publisher_name: rt::Field<::std::string::String>,
    /// CSDL: property `replyUrls`: `Collection(Edm.String)`, not nullable.
    pub reply_urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `samlMetadataUrl`: `Edm.String`, nullable.
    pub saml_metadata_url: rt::Field<::std::string::String>,
    /// CSDL: property `samlSingleSignOnSettings`: `microsoft.graph.samlSingleSignOnSettings`, nullable.
    pub saml_single_sign_on_settings: rt::Field<crate::beta::SamlSingleSignOnSettings>,
    /// CSDL: property `servicePrincipalNames`: `Collection(Edm.String)`, not nullable.
    pub service_principal_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `servicePrincipalType`: `Edm.String`, nullable.
    pub service_principal_type: rt::Field<::std::string::String>,
    /// CSDL: property `signInAudience`: `Edm.String`, nullable.
    pub sign_in_audience: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tokenEncryptionKeyId`: `Edm.Guid`, nullable.
    pub token_encryption_key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: containment navigation property `appRoleAssignedTo`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assigned_to: rt::Field<::std::vec::Vec<crate::beta::AppRoleAssignment>>,
    /// CSDL: containment navigation property `appRoleAssignments`: `Collection(microsoft.graph.appRoleAssignment)`, not nullable.
    pub app_role_assignments: rt::Field<::std::vec::Vec<crate::beta::AppRoleAssignment>>,
    /// CSDL: navigation property `claimsMappingPolicies`: `Collection(microsoft.graph.claimsMappingPolicy)`, not nullable.
    pub claims_mapping_policies: rt::Field<
        ::std::vec::Vec<crate::beta::ClaimsMappingPolicy>,
    >,
    /// CSDL: navigation property `createdObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub created_objects: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: containment navigation property `delegatedPermissionClassifications`: `Collection(microsoft.graph.delegatedPermissionClassification)`, not nullable.
    pub delegated_permission_classifications: rt::Field<
        ::std::vec::Vec<crate::beta::DelegatedPermissionClassification>,
    >,
    /// CSDL: containment navigation property `endpoints`: `Collection(microsoft.graph.endpoint)`, not nullable.
    pub endpoints: rt::Field<::std::vec::Vec<crate::beta::Endpoint>>,
    /// CSDL: navigation property `homeRealmDiscoveryPolicies`: `Collection(microsoft.graph.homeRealmDiscoveryPolicy)`, not nullable.
    pub home_realm_discovery_policies: rt::Field<
        ::std::vec::Vec<crate::beta::HomeRealmDiscoveryPolicy>,
    >,
    /// CSDL: containment navigation property `licenseDetails`: `Collection(microsoft.graph.licenseDetails)`, not nullable.
    pub license_details: rt::Field<::std::vec::Vec<crate::beta::LicenseDetails>>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `oauth2PermissionGrants`: `Collection(microsoft.graph.oAuth2PermissionGrant)`, not nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    pub oauth2_permission_grants: rt::Field<
        ::std::vec::Vec<crate::beta::OAuth2PermissionGrant>,
    >,
    /// CSDL: navigation property `ownedObjects`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owned_objects: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `tokenIssuancePolicies`: `Collection(microsoft.graph.tokenIssuancePolicy)`, not nullable.
    pub token_issuance_policies: rt::Field<
        ::std::vec::Vec<crate::beta::TokenIssuancePolicy>,
    >,
    /// CSDL: navigation property `tokenLifetimePolicies`: `Collection(microsoft.graph.tokenLifetimePolicy)`, not nullable.
    pub token_lifetime_policies: rt::Field<
        ::std::vec::Vec<crate::beta::TokenLifetimePolicy>,
    >,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDirectoryObject>,
    >,
    /// CSDL: containment navigation property `synchronization`: `microsoft.graph.synchronization`, nullable.
    pub synchronization: rt::Field<crate::beta::Synchronization>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ServicePrincipal {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            password_single_sign_on_settings: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            add_ins: rt::Field::Absent,
            alternative_names: rt::Field::Absent,
            app_description: rt::Field::Absent,
            app_display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            application_template_id: rt::Field::Absent,
            app_owner_organization_id: rt::Field::Absent,
            app_role_assignment_required: rt::Field::Absent,
            app_roles: rt::Field::Absent,
            description: rt::Field::Absent,
            disabled_by_microsoft_status: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_url: rt::Field::Absent,
            homepage: rt::Field::Absent,
            info: rt::Field::Absent,
            key_credentials: rt::Field::Absent,
            login_url: rt::Field::Absent,
            logout_url: rt::Field::Absent,
            notes: rt::Field::Absent,
            notification_email_addresses: rt::Field::Absent,
            password_credentials: rt::Field::Absent,
            preferred_single_sign_on_mode: rt::Field::Absent,
            preferred_token_signing_key_end_date_time: rt::Field::Absent,
            preferred_token_signing_key_thumbprint: rt::Field::Absent,
            published_permission_scopes: rt::Field::Absent,
            publisher_name: rt::Field::Absent,
            reply_urls: rt::Field::Absent,
            saml_metadata_url: rt::Field::Absent,
            saml_single_sign_on_settings: rt::Field::Absent,
            service_principal_names: rt::Field::Absent,
            service_principal_type: rt::Field::Absent,
            sign_in_audience: rt::Field::Absent,
            tags: rt::Field::Absent,
            token_encryption_key_id: rt::Field::Absent,
            app_role_assigned_to: rt::Field::Absent,
            app_role_assignments: rt::Field::Absent,
            claims_mapping_policies: rt::Field::Absent,
            created_objects: rt::Field::Absent,
            delegated_permission_classifications: rt::Field::Absent,
            endpoints: rt::Field::Absent,
            home_realm_discovery_policies: rt::Field::Absent,
            license_details: rt::Field::Absent,
            member_of: rt::Field::Absent,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            oauth2_permission_grants: rt::Field::Absent,
            owned_objects: rt::Field::Absent,
            owners: rt::Field::Absent,
            token_issuance_policies: rt::Field::Absent,
            token_lifetime_policies: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            synchronization: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ServicePrincipal {
    const TYPE_NAME: &'static str = "microsoft.graph.servicePrincipal";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "passwordSingleSignOnSettings",
        "accountEnabled",
        "addIns",
        "alternativeNames",
        "appDescription",
        "appDisplayName",
        "appId",
        "applicationTemplateId",
        "appOwnerOrganizationId",
        "appRoleAssignmentRequired",
        "appRoles",
        "description",
        "disabledByMicrosoftStatus",
        "displayName",
        "errorUrl",
        "homepage",
        "info",
        "keyCredentials",
        "loginUrl",
        "logoutUrl",
        "notes",
        "notificationEmailAddresses",
        "passwordCredentials",
        "preferredSingleSignOnMode",
        "preferredTokenSigningKeyEndDateTime",
        "preferredTokenSigningKeyThumbprint",
        "publishedPermissionScopes",
        "publisherName",
        "replyUrls",
        "samlMetadataUrl",
        "samlSingleSignOnSettings",
        "servicePrincipalNames",
        "servicePrincipalType",
        "signInAudience",
        "tags",
        "tokenEncryptionKeyId",
        "appRoleAssignedTo",
        "appRoleAssignments",
        "claimsMappingPolicies",
        "createdObjects",
        "delegatedPermissionClassifications",
        "endpoints",
        "homeRealmDiscoveryPolicies",
        "licenseDetails",
        "memberOf",
        "oauth2PermissionGrants",
        "ownedObjects",
        "owners",
        "tokenIssuancePolicies",
        "tokenLifetimePolicies",
        "transitiveMemberOf",
        "synchronization",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"passwordSingleSignOnSettings\": ",
        ",\"accountEnabled\":               ",
        ",\"addIns\":                       ",
        ",\"alternativeNames\":             ",
        ",\"appDescription\":               ",
        ",\"appDisplayName\":               ",
        ",\"appId\":                        ",
        ",\"applicationTemplateId\":        ",
        ",\"appOwnerOrganizationId\":       ",
        ",\"appRoleAssignmentRequired\":    ",
        ",\"appRoles\":                     ",
        ",\"description\":                  ",
        ",\"disabledByMicrosoftStatus\":    ",
        ",\"displayName\":                  ",
        ",\"errorUrl\":                     ",
        ",\"homepage\":                     ",
        ",\"info\":                         ",
        ",\"keyCredentials\":               ",
        ",\"loginUrl\":                     ",
        ",\"logoutUrl\":                    ",
        ",\"notes\":                        ",
        ",\"notificationEmailAddresses\":   ",
        ",\"passwordCredentials\":          ",
        ",\"preferredSingleSignOnMode\":    ",
        ",\"preferredTokenSigningKeyEndDateTime\":",
        ",\"preferredTokenSigningKeyThumbprint\":",
        ",\"publishedPermissionScopes\":    ",
        ",\"publisherName\":                ",
        ",\"replyUrls\":                    ",
        ",\"samlMetadataUrl\":              ",
        ",\"samlSingleSignOnSettings\":     ",
        ",\"servicePrincipalNames\":        ",
        ",\"servicePrincipalType\":         ",
        ",\"signInAudience\":               ",
        ",\"tags\":                         ",
        ",\"tokenEncryptionKeyId\":         ",
        ",\"appRoleAssignedTo\":            ",
        ",\"appRoleAssignments\":           ",
        ",\"claimsMappingPolicies\":        ",
        ",\"createdObjects\":               ",
        ",\"delegatedPermissionClassifications\":",
        ",\"endpoints\":                    ",
        ",\"homeRealmDiscoveryPolicies\":   ",
        ",\"licenseDetails\":               ",
        ",\"memberOf\":                     ",
        ",\"oauth2PermissionGrants\":       ",
        ",\"ownedObjects\":                 ",
        ",\"owners\":                       ",
        ",\"tokenIssuancePolicies\":        ",
        ",\"tokenLifetimePolicies\":        ",
        ",\"transitiveMemberOf\":           ",
        ",\"synchronization\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.servicePrincipal\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(
            2usize,
            "password_single_sign_on_settings",
            &self.password_single_sign_on_settings,
        );
        v.field(3usize, "account_enabled", &self.account_enabled);
        v.field(4usize, "add_ins", &self.add_ins);
        v.field(5usize, "alternative_names", &self.alternative_names);
        v.field(6usize, "app_description", &self.app_description);
        v.field(7usize, "app_display_name", &self.app_display_name);
        v.field(8usize, "app_id", &self.app_id);
        v.field(9usize, "application_template_id", &self.application_template_id);
        v.field(10usize, "app_owner_organization_id", &self.app_owner_organization_id);
        v.field(
            11usize,
            "app_role_assignment_required",
            &self.app_role_assignment_required,
        );
        v.field(12usize, "app_roles", &self.app_roles);
        v.field(13usize, "description", &self.description);
        v.field(
            14usize,
            "disabled_by_microsoft_status",
            &self.disabled_by_microsoft_status,
        );
        v.field(15usize, "display_name", &self.display_name);
        v.field(16usize, "error_url", &self.error_url);
        v.field(17usize, "homepage", &self.homepage);
        v.field(18usize, "info", &self.info);
        v.field(19usize, "key_credentials", &self.key_credentials);
        v.field(20usize, "login_url", &self.login_url);
        v.field(21usize, "logout_url", &self.logout_url);
        v.field(22usize, "notes", &self.notes);
        v.field(
            23usize,
            "notification_email_addresses",
            &self.notification_email_addresses,
        );
        v.field(24usize, "password_credentials", &self.password_credentials);
        v.field(
            25usize,
            "preferred_single_sign_on_mode",
            &self.preferred_single_sign_on_mode,
        );
        v.field(
            26usize,
            "preferred_token_signing_key_end_date_time",
            &self.preferred_token_signing_key_end_date_time,
        );
        v.field(
            27usize,
            "preferred_token_signing_key_thumbprint",
            &self.preferred_token_signing_key_thumbprint,
        );
        v.field(
            28usize,
            "published_permission_scopes",
            &self.published_permission_scopes,
        );
        v.field(29usize, "publisher_name", &self.publisher_name);
        v.field(30usize, "reply_urls", &self.reply_urls);
        v.field(31usize, "saml_metadata_url", &self.saml_metadata_url);
        v.field(
            32usize,
            "saml_single_sign_on_settings",
            &self.saml_single_sign_on_settings,
        );
        v.field(33usize, "service_principal_names", &self.service_principal_names);
        v.field(34usize, "service_principal_type", &self.service_principal_type);
        v.field(35usize, "sign_in_audience", &self.sign_in_audience);
        v.field(36usize, "tags", &self.tags);
        v.field(37usize, "token_encryption_key_id", &self.token_encryption_key_id);
        v.field(38usize, "app_role_assigned_to", &self.app_role_assigned_to);
        v.field(39usize, "app_role_assignments", &self.app_role_assignments);
        v.field(40usize, "claims_mapping_policies", &self.claims_mapping_policies);
        v.field(41usize, "created_objects", &self.created_objects);
        v.field(
            42usize,
            "delegated_permission_classifications",
            &self.delegated_permission_classifications,
        );
        v.field(43usize, "endpoints", &self.endpoints);
        v.field(
            44usize,
            "home_realm_discovery_policies",
            &self.home_realm_discovery_policies,
        );
        v.field(45usize, "license_details", &self.license_details);
        v.field(46usize, "member_of", &self.member_of);
        #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
        v.field(47usize, "oauth2_permission_grants", &self.oauth2_permission_grants);
        v.field(48usize, "owned_objects", &self.owned_objects);
        v.field(49usize, "owners", &self.owners);
        v.field(50usize, "token_issuance_policies", &self.token_issuance_policies);
        v.field(51usize, "token_lifetime_policies", &self.token_lifetime_policies);
        v.field(52usize, "transitive_member_of", &self.transitive_member_of);
        v.field(53usize, "synchronization", &self.synchronization);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ServicePrincipal {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.password_single_sign_on_settings.read_from(r),
            3usize => self.account_enabled.read_from(r),
            4usize => self.add_ins.read_from(r),
            5usize => self.alternative_names.read_from(r),
            6usize => self.app_description.read_from(r),
            7usize => self.app_display_name.read_from(r),
            8usize => self.app_id.read_from(r),
            9usize => self.application_template_id.read_from(r),
            10usize => self.app_owner_organization_id.read_from(r),
            11usize => self.app_role_assignment_required.read_from(r),
            12usize => self.app_roles.read_from(r),
            13usize => self.description.read_from(r),
            14usize => self.disabled_by_microsoft_status.read_from(r),
            15usize => self.display_name.read_from(r),
            16usize => self.error_url.read_from(r),
            17usize => self.homepage.read_from(r),
            18usize => self.info.read_from(r),
            19usize => self.key_credentials.read_from(r),
            20usize => self.login_url.read_from(r),
            21usize => self.logout_url.read_from(r),
            22usize => self.notes.read_from(r),
            23usize => self.notification_email_addresses.read_from(r),
            24usize => self.password_credentials.read_from(r),
            25usize => self.preferred_single_sign_on_mode.read_from(r),
            26usize => self.preferred_token_signing_key_end_date_time.read_from(r),
            27usize => self.preferred_token_signing_key_thumbprint.read_from(r),
            28usize => self.published_permission_scopes.read_from(r),
            29usize => self.publisher_name.read_from(r),
            30usize => self.reply_urls.read_from(r),
            31usize => self.saml_metadata_url.read_from(r),
            32usize => self.saml_single_sign_on_settings.read_from(r),
            33usize => self.service_principal_names.read_from(r),
            34usize => self.service_principal_type.read_from(r),
            35usize => self.sign_in_audience.read_from(r),
            36usize => self.tags.read_from(r),
            37usize => self.token_encryption_key_id.read_from(r),
            38usize => self.app_role_assigned_to.read_from(r),
            39usize => self.app_role_assignments.read_from(r),
            40usize => self.claims_mapping_policies.read_from(r),
            41usize => self.created_objects.read_from(r),
            42usize => self.delegated_permission_classifications.read_from(r),
            43usize => self.endpoints.read_from(r),
            44usize => self.home_realm_discovery_policies.read_from(r),
            45usize => self.license_details.read_from(r),
            46usize => self.member_of.read_from(r),
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            47usize => self.oauth2_permission_grants.read_from(r),
            48usize => self.owned_objects.read_from(r),
            49usize => self.owners.read_from(r),
            50usize => self.token_issuance_policies.read_from(r),
            51usize => self.token_lifetime_policies.read_from(r),
            52usize => self.transitive_member_of.read_from(r),
            53usize => self.synchronization.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.password_single_sign_on_settings);
        w.field(3usize, &self.account_enabled);
        w.field(4usize, &self.add_ins);
        w.field(5usize, &self.alternative_names);
        w.field(6usize, &self.app_description);
        w.field(7usize, &self.app_display_name);
        w.field(8usize, &self.app_id);
        w.field(9usize, &self.application_template_id);
        w.field(10usize, &self.app_owner_organization_id);
        w.field(11usize, &self.app_role_assignment_required);
        w.field(12usize, &self.app_roles);
        w.field(13usize, &self.description);
        w.field(14usize, &self.disabled_by_microsoft_status);
        w.field(15usize, &self.display_name);
        w.field(16usize, &self.error_url);
        w.field(17usize, &self.homepage);
        w.field(18usize, &self.info);
        w.field(19usize, &self.key_credentials);
        w.field(20usize, &self.login_url);
        w.field(21usize, &self.logout_url);
        w.field(22usize, &self.notes);
        w.field(23usize, &self.notification_email_addresses);
        w.field(24usize, &self.password_credentials);
        w.field(25usize, &self.preferred_single_sign_on_mode);
        w.field(26usize, &self.preferred_token_signing_key_end_date_time);
        w.field(27usize, &self.preferred_token_signing_key_thumbprint);
        w.field(28usize, &self.published_permission_scopes);
        w.field(29usize, &self.publisher_name);
        w.field(30usize, &self.reply_urls);
        w.field(31usize, &self.saml_metadata_url);
        w.field(32usize, &self.saml_single_sign_on_settings);
        w.field(33usize, &self.service_principal_names);
        w.field(34usize, &self.service_principal_type);
        w.field(35usize, &self.sign_in_audience);
        w.field(36usize, &self.tags);
        w.field(37usize, &self.token_encryption_key_id);
        w.field(38usize, &self.app_role_assigned_to);
        w.field(39usize, &self.app_role_assignments);
        w.field(40usize, &self.claims_mapping_policies);
        w.field(41usize, &self.created_objects);
        w.field(42usize, &self.delegated_permission_classifications);
        w.field(43usize, &self.endpoints);
        w.field(44usize, &self.home_realm_discovery_policies);
        w.field(45usize, &self.license_details);
        w.field(46usize, &self.member_of);
        #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
        w.field(47usize, &self.oauth2_permission_grants);
        w.field(48usize, &self.owned_objects);
        w.field(49usize, &self.owners);
        w.field(50usize, &self.token_issuance_policies);
        w.field(51usize, &self.token_lifetime_policies);
        w.field(52usize, &self.transitive_member_of);
        w.field(53usize, &self.synchronization);
    }
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
rt::impl_object!(ServicePrincipal);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ServicePrincipal { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_password_single_sign_on_settings
    password_single_sign_on_settings : crate ::beta::PasswordSingleSignOnSettings;
    with_account_enabled account_enabled : bool; with_add_ins add_ins : ::std::vec::Vec <
    crate ::beta::AddIn >; with_alternative_names alternative_names : ::std::vec::Vec <
    ::std::string::String >; with_app_description app_description :
    ::std::string::String; with_app_display_name app_display_name :
    ::std::string::String; with_app_id app_id : ::std::string::String;
    with_application_template_id application_template_id : ::std::string::String;
    with_app_owner_organization_id app_owner_organization_id : rt::edm::Guid;
    with_app_role_assignment_required app_role_assignment_required : bool; with_app_roles
    app_roles : ::std::vec::Vec < crate ::beta::AppRole >; with_description description :
    ::std::string::String; with_disabled_by_microsoft_status disabled_by_microsoft_status
    : ::std::string::String; with_display_name display_name : ::std::string::String;
    with_error_url error_url : ::std::string::String; with_homepage homepage :
    ::std::string::String; with_info info : crate ::beta::InformationalUrl;
    with_key_credentials key_credentials : ::std::vec::Vec < crate ::beta::KeyCredential
    >; with_login_url login_url : ::std::string::String; with_logout_url logout_url :
    ::std::string::String; with_notes notes : ::std::string::String;
    with_notification_email_addresses notification_email_addresses : ::std::vec::Vec <
    ::std::string::String >; with_password_credentials password_credentials :
    ::std::vec::Vec < crate ::beta::PasswordCredential >;
    with_preferred_single_sign_on_mode preferred_single_sign_on_mode :
    ::std::string::String; with_preferred_token_signing_key_end_date_time
    preferred_token_signing_key_end_date_time : rt::edm::DateTimeOffset;
    with_preferred_token_signing_key_thumbprint preferred_token_signing_key_thumbprint :
    ::std::string::String; with_published_permission_scopes published_permission_scopes :
    ::std::vec::Vec < crate ::beta::PermissionScope >; with_publisher_name publisher_name
    : ::std::string::String; with_reply_urls reply_urls : ::std::vec::Vec <
    ::std::string::String >; with_saml_metadata_url saml_metadata_url :
    ::std::string::String; with_saml_single_sign_on_settings saml_single_sign_on_settings
    : crate ::beta::SamlSingleSignOnSettings; with_service_principal_names
    service_principal_names : ::std::vec::Vec < ::std::string::String >;
    with_service_principal_type service_principal_type : ::std::string::String;
    with_sign_in_audience sign_in_audience : ::std::string::String; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_token_encryption_key_id
    token_encryption_key_id : rt::edm::Guid; with_app_role_assigned_to
    app_role_assigned_to : ::std::vec::Vec < crate ::beta::AppRoleAssignment >;
    with_app_role_assignments app_role_assignments : ::std::vec::Vec < crate
    ::beta::AppRoleAssignment >; with_claims_mapping_policies claims_mapping_policies :
    ::std::vec::Vec < crate ::beta::ClaimsMappingPolicy >; with_created_objects
    created_objects : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_delegated_permission_classifications delegated_permission_classifications :
    ::std::vec::Vec < crate ::beta::DelegatedPermissionClassification >; with_endpoints
    endpoints : ::std::vec::Vec < crate ::beta::Endpoint >;
    with_home_realm_discovery_policies home_realm_discovery_policies : ::std::vec::Vec <
    crate ::beta::HomeRealmDiscoveryPolicy >; with_license_details license_details :
    ::std::vec::Vec < crate ::beta::LicenseDetails >; with_member_of member_of :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)] with_oauth2_permission_grants
    oauth2_permission_grants : ::std::vec::Vec < crate ::beta::OAuth2PermissionGrant >;
    with_owned_objects owned_objects : ::std::vec::Vec < crate ::beta::AnyDirectoryObject
    >; with_owners owners : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_token_issuance_policies token_issuance_policies : ::std::vec::Vec < crate
    ::beta::TokenIssuancePolicy >; with_token_lifetime_policies token_lifetime_policies :
    ::std::vec::Vec < crate ::beta::TokenLifetimePolicy >; with_transitive_member_of
    transitive_member_of : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_synchronization synchronization : crate ::beta::Synchronization; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipal);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.sharedDriveItem`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`SharedDriveItemPath`](requests/trait.SharedDriveItemPath.html), what a path to one (`EntityPath<SharedDriveItem, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharedDriveItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub created_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub last_modified_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: property `owner`: `microsoft.graph.identitySet`, nullable.
    pub owner: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: containment navigation property `driveItem`: `microsoft.graph.driveItem`, nullable.
    pub drive_item: rt::Field<crate::beta::DriveItem>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.driveItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::beta::DriveItem>>,
    /// CSDL: containment navigation property `list`: `microsoft.graph.list`, nullable.
    pub list: rt::Field<crate::beta::List>,
    /// CSDL: containment navigation property `listItem`: `microsoft.graph.listItem`, nullable.
    pub list_item: rt::Field<crate::beta::ListItem>,
    /// CSDL: containment navigation property `permission`: `microsoft.graph.permission`, nullable.
    pub permission: rt::Field<crate::beta::Permission>,
    /// CSDL: containment navigation property `root`: `microsoft.graph.driveItem`, nullable.
    pub root: rt::Field<crate::beta::DriveItem>,
    /// CSDL: containment navigation property `site`: `microsoft.graph.site`, nullable.
    pub site: rt::Field<crate::beta::Site>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SharedDriveItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            owner: rt::Field::Absent,
            drive_item: rt::Field::Absent,
            items: rt::Field::Absent,
            list: rt::Field::Absent,
            list_item: rt::Field::Absent,
            permission: rt::Field::Absent,
            root: rt::Field::Absent,
            site: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SharedDriveItem {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedDriveItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "owner",
        "driveItem",
        "items",
        "list",
        "listItem",
        "permission",
        "root",
        "site",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"owner\":                        ",
        ",\"driveItem\":                    ",
        ",\"items\":                        ",
        ",\"list\":                         ",
        ",\"listItem\":                     ",
        ",\"permission\":                   ",
        ",\"root\":                         ",
        ",\"site\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedDriveItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "drive_item", &self.drive_item);
        v.field(14usize, "items", &self.items);
        v.field(15usize, "list", &self.list);
        v.field(16usize, "list_item", &self.list_item);
        v.field(17usize, "permission", &self.permission);
        v.field(18usize, "root", &self.root);
        v.field(19usize, "site", &self.site);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for SharedDriveItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.drive_item.read_from(r),
            14usize => self.items.read_from(r),
            15usize => self.list.read_from(r),
            16usize => self.list_item.read_from(r),
            17usize => self.permission.read_from(r),
            18usize => self.root.read_from(r),
            19usize => self.site.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.drive_item);
        w.field(14usize, &self.items);
        w.field(15usize, &self.list);
        w.field(16usize, &self.list_item);
        w.field(17usize, &self.permission);
        w.field(18usize, &self.root);
        w.field(19usize, &self.site);
    }
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
rt::impl_object!(SharedDriveItem);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    SharedDriveItem { with_id id : ::std::string::String; with_created_by created_by :
    crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; with_owner owner : crate ::beta::IdentitySet; with_drive_item
    drive_item : crate ::beta::DriveItem; with_items items : ::std::vec::Vec < crate
    ::beta::DriveItem >; with_list list : crate ::beta::List; with_list_item list_item :
    crate ::beta::ListItem; with_permission permission : crate ::beta::Permission;
    with_root root : crate ::beta::DriveItem; with_site site : crate ::beta::Site; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedDriveItem);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.sharedInsight`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SharedInsightPath`](requests/trait.SharedInsightPath.html), what a path to one (`EntityPath<SharedInsight, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SharedInsight {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastShared`: `microsoft.graph.sharingDetail`, nullable.
    pub last_shared: rt::Field<crate::beta::SharingDetail>,
    /// CSDL: property `resourceReference`: `microsoft.graph.resourceReference`, nullable.
    pub resource_reference: rt::Field<crate::beta::ResourceReference>,
    /// CSDL: property `resourceVisualization`: `microsoft.graph.resourceVisualization`, nullable.
    pub resource_visualization: rt::Field<crate::beta::ResourceVisualization>,
    /// CSDL: property `sharingHistory`: `Collection(microsoft.graph.sharingDetail)`, nullable.
    pub sharing_history: rt::Field<::std::vec::Vec<crate::beta::SharingDetail>>,
    /// CSDL: navigation property `lastSharedMethod`: `microsoft.graph.entity`, nullable.
    pub last_shared_method: rt::Field<crate::beta::AnyEntity>,
    /// CSDL: navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::beta::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for SharedInsight {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_shared: rt::Field::Absent,
            resource_reference: rt::Field::Absent,
            resource_visualization: rt::Field::Absent,
            sharing_history: rt::Field::Absent,
            last_shared_method: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for SharedInsight {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedInsight";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastShared",
        "resourceReference",
        "resourceVisualization",
        "sharingHistory",
        "lastSharedMethod",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastShared\":                   ",
        ",\"resourceReference\":            ",
        ",\"resourceVisualization\":        ",
        ",\"sharingHistory\":               ",
        ",\"lastSharedMethod\":             ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedInsight\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_shared", &self.last_shared);
        v.field(2usize, "resource_reference", &self.resource_reference);
        v.field(3usize, "resource_visualization", &self.resource_visualization);
        v.field(4usize, "sharing_history", &self.sharing_history);
        v.field(5usize, "last_shared_method", &self.last_shared_method);
        v.field(6usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for SharedInsight {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_shared.read_from(r),
            2usize => self.resource_reference.read_from(r),
            3usize => self.resource_visualization.read_from(r),
            4usize => self.sharing_history.read_from(r),
            5usize => self.last_shared_method.read_from(r),
            6usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_shared);
        w.field(2usize, &self.resource_reference);
        w.field(3usize, &self.resource_visualization);
        w.field(4usize, &self.sharing_history);
        w.field(5usize, &self.last_shared_method);
        w.field(6usize, &self.resource);
    }
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
rt::impl_object!(SharedInsight);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    SharedInsight { with_id id : ::std::string::String; with_last_shared last_shared :
    crate ::beta::SharingDetail; with_resource_reference resource_reference : crate
    ::beta::ResourceReference; with_resource_visualization resource_visualization : crate
    ::beta::ResourceVisualization; with_sharing_history sharing_history : ::std::vec::Vec
    < crate ::beta::SharingDetail >; with_last_shared_method last_shared_method : crate
    ::beta::AnyEntity; with_resource resource : crate ::beta::AnyEntity; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedInsight);
#[cfg(msgraph_beta_device_management_or_search)]
/// This topic provides descriptions of the declared methods, properties and relationships exposed by the sharedPCConfiguration resource.
///
/// CSDL: `microsoft.graph.sharedPCConfiguration`, entity type, derived from `microsoft.graph.deviceConfiguration`, key `id`.
///
/// Request builders: [`SharedPcConfigurationPath`](requests/trait.SharedPcConfigurationPath.html), what a path to one (`EntityPath<SharedPcConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct SharedPcConfiguration {
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
    /// Specifies how accounts are managed on a shared PC. Only applies when disableAccountManager is false.
    ///
    /// CSDL: property `accountManagerPolicy`: `microsoft.graph.sharedPCAccountManagerPolicy`, nullable.
    pub account_manager_policy: rt::Field<crate::beta::SharedPcAccountManagerPolicy>,
    /// Indicates which type of accounts are allowed to use on a shared PC.
    ///
    /// CSDL: property `allowedAccounts`: `microsoft.graph.sharedPCAllowedAccountType`, not nullable.
    pub allowed_accounts: rt::Field<rt::Flags<crate::beta::SharedPcAllowedAccountType>>,
    /// Specifies whether local storage is allowed on a shared PC.
    ///
    /// CSDL: property `allowLocalStorage`: `Edm.Boolean`, not nullable.
    pub allow_local_storage: rt::Field<bool>,
    /// Disables the account manager for shared PC mode.
    ///
    /// CSDL: property `disableAccountManager`: `Edm.Boolean`, not nullable.
    pub disable_account_manager: rt::Field<bool>,
    /// Specifies whether the default shared PC education environment policies should be disabled. For Windows 10 RS2 and later, this policy will be applied without setting Enabled to true.
    ///
    /// CSDL: property `disableEduPolicies`: `Edm.Boolean`, not nullable.
    pub disable_edu_policies: rt::Field<bool>,
    /// Specifies whether the default shared PC power policies should be disabled.
    ///
    /// CSDL: property `disablePowerPolicies`: `Edm.Boolean`, not nullable.
    pub disable_power_policies: rt::Field<bool>,
    /// Disables the requirement to sign in whenever the device wakes up from sleep mode.
    ///
    /// CSDL: property `disableSignInOnResume`: `Edm.Boolean`, not nullable.
    pub disable_sign_in_on_resume: rt::Field<bool>,
    /// Enables shared PC mode and applies the shared pc policies.
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// Specifies whether to auto connect new non-admin Azure AD accounts to pre-configured candidate local accounts
    ///
    /// CSDL: property `fastFirstSignIn`: `microsoft.graph.enablement`, not nullable.
    pub fast_first_sign_in: rt::Field<crate::beta::Enablement>,
    /// Specifies the time in seconds that a device must sit idle before the PC goes to sleep. Setting this value to 0 prevents the sleep timeout from occurring.
    ///
    /// CSDL: property `idleTimeBeforeSleepInSeconds`: `Edm.Int32`, nullable.
    pub idle_time_before_sleep_in_seconds: rt::Field<i32>,
    /// Specifies the display text for the account shown on the sign-in screen which launches the app specified by SetKioskAppUserModelId. Only applies when KioskAppUserModelId is set.
    ///
    /// CSDL: property `kioskAppDisplayName`: `Edm.String`, nullable.
    pub kiosk_app_display_name: rt::Field<::std::string::String>,
    /// Specifies the application user model ID of the app to use with assigned access.
    ///
    /// CSDL: property `kioskAppUserModelId`: `Edm.String`, nullable.
    pub kiosk_app_user_model_id: rt::Field<::std::string::String>,
    /// Specifies whether local storage is allowed on a shared PC.
    ///
    /// CSDL: property `localStorage`: `microsoft.graph.enablement`, not nullable.
    pub local_storage: rt::Field<crate::beta::Enablement>,
    /// Specifies the daily start time of maintenance hour.
    ///
    /// CSDL: property `maintenanceStartTime`: `Edm.TimeOfDay`, nullable.
    pub maintenance_start_time: rt::Field<rt::edm::TimeOfDay>,
    /// Disables the account manager for shared PC mode.
    ///
    /// CSDL: property `setAccountManager`: `microsoft.graph.enablement`, not nullable.
    pub set_account_manager: rt::Field<crate::beta::Enablement>,
    /// Specifies whether the default shared PC education environment policies should be enabled/disabled/not configured. For Windows 10 RS2 and later, this policy will be applied without setting Enabled to true.
    ///
    /// CSDL: property `setEduPolicies`: `microsoft.graph.enablement`, not nullable.
    pub set_edu_policies: rt::Field<crate::beta::Enablement>,
    /// Specifies whether the default shared PC power policies should be enabled/disabled.
    ///
    /// CSDL: property `setPowerPolicies`: `microsoft.graph.enablement`, not nullable.
    pub set_power_policies: rt::Field<crate::beta::Enablement>,
    /// Specifies the requirement to sign in whenever the device wakes up from sleep mode.
    ///
    /// CSDL: property `signInOnResume`: `microsoft.graph.enablement`, not nullable.
    pub sign_in_on_resume: rt::Field<crate::beta::Enablement>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for SharedPcConfiguration {
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
            account_manager_policy: rt::Field::Absent,
            allowed_accounts: rt::Field::Absent,
            allow_local_storage: rt::Field::Absent,
            disable_account_manager: rt::Field::Absent,
            disable_edu_policies: rt::Field::Absent,
            disable_power_policies: rt::Field::Absent,
            disable_sign_in_on_resume: rt::Field::Absent,
            enabled: rt::Field::Absent,
            fast_first_sign_in: rt::Field::Absent,
            idle_time_before_sleep_in_seconds: rt::Field::Absent,
            kiosk_app_display_name: rt::Field::Absent,
            kiosk_app_user_model_id: rt::Field::Absent,
            local_storage: rt::Field::Absent,
            maintenance_start_time: rt::Field::Absent,
            set_account_manager: rt::Field::Absent,
            set_edu_policies: rt::Field::Absent,
            set_power_policies: rt::Field::Absent,
            sign_in_on_resume: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for SharedPcConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.sharedPCConfiguration";
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
        "accountManagerPolicy",
        "allowedAccounts",
        "allowLocalStorage",
        "disableAccountManager",
        "disableEduPolicies",
        "disablePowerPolicies",
        "disableSignInOnResume",
        "enabled",
        "fastFirstSignIn",
        "idleTimeBeforeSleepInSeconds",
        "kioskAppDisplayName",
        "kioskAppUserModelId",
        "localStorage",
        "maintenanceStartTime",
        "setAccountManager",
        "setEduPolicies",
        "setPowerPolicies",
        "signInOnResume",
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
        ",\"accountManagerPolicy\":         ",
        ",\"allowedAccounts\":              ",
        ",\"allowLocalStorage\":            ",
        ",\"disableAccountManager\":        ",
        ",\"disableEduPolicies\":           ",
        ",\"disablePowerPolicies\":         ",
        ",\"disableSignInOnResume\":        ",
        ",\"enabled\":                      ",
        ",\"fastFirstSignIn\":              ",
        ",\"idleTimeBeforeSleepInSeconds\": ",
        ",\"kioskAppDisplayName\":          ",
        ",\"kioskAppUserModelId\":          ",
        ",\"localStorage\":                 ",
        ",\"maintenanceStartTime\":         ",
        ",\"setAccountManager\":            ",
        ",\"setEduPolicies\":               ",
        ",\"setPowerPolicies\":             ",
        ",\"signInOnResume\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sharedPCConfiguration\"";
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
        v.field(18usize, "account_manager_policy", &self.account_manager_policy);
        v.field(19usize, "allowed_accounts", &self.allowed_accounts);
        v.field(20usize, "allow_local_storage", &self.allow_local_storage);
        v.field(21usize, "disable_account_manager", &self.disable_account_manager);
        v.field(22usize, "disable_edu_policies", &self.disable_edu_policies);
        v.field(23usize, "disable_power_policies", &self.disable_power_policies);
        v.field(24usize, "disable_sign_in_on_resume", &self.disable_sign_in_on_resume);
        v.field(25usize, "enabled", &self.enabled);
        v.field(26usize, "fast_first_sign_in", &self.fast_first_sign_in);
        v.field(
            27usize,
            "idle_time_before_sleep_in_seconds",
            &self.idle_time_before_sleep_in_seconds,
        );
        v.field(28usize, "kiosk_app_display_name", &self.kiosk_app_display_name);
        v.field(29usize, "kiosk_app_user_model_id", &self.kiosk_app_user_model_id);
        v.field(30usize, "local_storage", &self.local_storage);
        v.field(31usize, "maintenance_start_time", &self.maintenance_start_time);
        v.field(32usize, "set_account_manager", &self.set_account_manager);
        v.field(33usize, "set_edu_policies", &self.set_edu_policies);
        v.field(34usize, "set_power_policies", &self.set_power_policies);
        v.field(35usize, "sign_in_on_resume", &self.sign_in_on_resume);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for SharedPcConfiguration {
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
            18usize => self.account_manager_policy.read_from(r),
            19usize => self.allowed_accounts.read_from(r),
            20usize => self.allow_local_storage.read_from(r),
            21usize => self.disable_account_manager.read_from(r),
            22usize => self.disable_edu_policies.read_from(r),
            23usize => self.disable_power_policies.read_from(r),
            24usize => self.disable_sign_in_on_resume.read_from(r),
            25usize => self.enabled.read_from(r),
            26usize => self.fast_first_sign_in.read_from(r),
            27usize => self.idle_time_before_sleep_in_seconds.read_from(r),
            28usize => self.kiosk_app_display_name.read_from(r),
            29usize => self.kiosk_app_user_model_id.read_from(r),
            30usize => self.local_storage.read_from(r),
            31usize => self.maintenance_start_time.read_from(r),
            32usize => self.set_account_manager.read_from(r),
            33usize => self.set_edu_policies.read_from(r),
            34usize => self.set_power_policies.read_from(r),
            35usize => self.sign_in_on_resume.read_from(r),
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
        w.field(18usize, &self.account_manager_policy);
        w.field(19usize, &self.allowed_accounts);
        w.field(20usize, &self.allow_local_storage);
        w.field(21usize, &self.disable_account_manager);
        w.field(22usize, &self.disable_edu_policies);
        w.field(23usize, &self.disable_power_policies);
        w.field(24usize, &self.disable_sign_in_on_resume);
        w.field(25usize, &self.enabled);
        w.field(26usize, &self.fast_first_sign_in);
        w.field(27usize, &self.idle_time_before_sleep_in_seconds);
        w.field(28usize, &self.kiosk_app_display_name);
        w.field(29usize, &self.kiosk_app_user_model_id);
        w.field(30usize, &self.local_storage);
        w.field(31usize, &self.maintenance_start_time);
        w.field(32usize, &self.set_account_manager);
        w.field(33usize, &self.set_edu_policies);
        w.field(34usize, &self.set_power_policies);
        w.field(35usize, &self.sign_in_on_resume);
    }
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
rt::impl_object!(SharedPcConfiguration);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    SharedPcConfiguration { with_id id : ::std::string::String; with_created_date_time
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
    with_account_manager_policy account_manager_policy : crate
    ::beta::SharedPcAccountManagerPolicy; with_allowed_accounts allowed_accounts :
    rt::Flags < crate ::beta::SharedPcAllowedAccountType >; with_allow_local_storage
    allow_local_storage : bool; with_disable_account_manager disable_account_manager :
    bool; with_disable_edu_policies disable_edu_policies : bool;
    with_disable_power_policies disable_power_policies : bool;
    with_disable_sign_in_on_resume disable_sign_in_on_resume : bool; with_enabled enabled
    : bool; with_fast_first_sign_in fast_first_sign_in : crate ::beta::Enablement;
    with_idle_time_before_sleep_in_seconds idle_time_before_sleep_in_seconds : i32;
    with_kiosk_app_display_name kiosk_app_display_name : ::std::string::String;
    with_kiosk_app_user_model_id kiosk_app_user_model_id : ::std::string::String;
    with_local_storage local_storage : crate ::beta::Enablement;
    with_maintenance_start_time maintenance_start_time : rt::edm::TimeOfDay;
    with_set_account_manager set_account_manager : crate ::beta::Enablement;
    with_set_edu_policies set_edu_policies : crate ::beta::Enablement;
    with_set_power_policies set_power_policies : crate ::beta::Enablement;
    with_sign_in_on_resume sign_in_on_resume : crate ::beta::Enablement; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharedPcConfiguration);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.site`, entity type, derived from `microsoft.graph.baseItem`, key `id`.
///
/// Request builders: [`SitePath`](requests/trait.SitePath.html), what a path to one (`EntityPath<Site, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Site {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub created_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub last_modified_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: property `deleted`: `microsoft.graph.deleted`, nullable.
    pub deleted: rt::Field<crate::beta::Deleted>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `root`: `microsoft.graph.root`, nullable.
    pub root: rt::Field<crate::beta::Root>,
    /// CSDL: property `sharepointIds`: `microsoft.graph.sharepointIds`, nullable.
    pub sharepoint_ids: rt::Field<crate::beta::SharepointIds>,
    /// CSDL: property `siteCollection`: `microsoft.graph.siteCollection`, nullable.
    pub site_collection: rt::Field<crate::beta::SiteCollection>,
    /// CSDL: navigation property `analytics`: `microsoft.graph.itemAnalytics`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search)]
    pub analytics: rt::Field<crate::beta::ItemAnalytics>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::beta::ColumnDefinition>>,
    /// CSDL: containment navigation property `contentTypes`: `Collection(microsoft.graph.contentType)`, not nullable.
    pub content_types: rt::Field<::std::vec::Vec<crate::beta::ContentType>>,
    /// CSDL: containment navigation property `drive`: `microsoft.graph.drive`, nullable.
    pub drive: rt::Field<crate::beta::Drive>,
    /// CSDL: containment navigation property `drives`: `Collection(microsoft.graph.drive)`, not nullable.
    pub drives: rt::Field<::std::vec::Vec<crate::beta::Drive>>,
    /// CSDL: navigation property `externalColumns`: `Collection(microsoft.graph.columnDefinition)`, not nullable.
    pub external_columns: rt::Field<::std::vec::Vec<crate::beta::ColumnDefinition>>,
    /// CSDL: containment navigation property `items`: `Collection(microsoft.graph.baseItem)`, not nullable.
    pub items: rt::Field<::std::vec::Vec<crate::beta::AnyBaseItem>>,
    /// CSDL: containment navigation property `lists`: `Collection(microsoft.graph.list)`, not nullable.
    pub lists: rt::Field<::std::vec::Vec<crate::beta::List>>,
    /// CSDL: containment navigation property `pages`: `Collection(microsoft.graph.sitePage)`, not nullable.
    pub pages: rt::Field<::std::vec::Vec<crate::beta::SitePage>>,
    /// CSDL: containment navigation property `permissions`: `Collection(microsoft.graph.permission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::beta::Permission>>,
    /// CSDL: containment navigation property `sites`: `Collection(microsoft.graph.site)`, not nullable.
    pub sites: rt::Field<::std::vec::Vec<crate::beta::Site>>,
    /// CSDL: containment navigation property `termStore`: `microsoft.graph.termStore.store`, nullable.
    pub term_store: rt::Field<crate::beta::term_store::Store>,
    /// CSDL: containment navigation property `onenote`: `microsoft.graph.onenote`, nullable.
    pub onenote: rt::Field<crate::beta::Onenote>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for Site {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            deleted: rt::Field::Absent,
            display_name: rt::Field::Absent,
            root: rt::Field::Absent,
            sharepoint_ids: rt::Field::Absent,
            site_collection: rt::Field::Absent,
            #[cfg(msgraph_beta_search)]
            analytics: rt::Field::Absent,
            columns: rt::Field::Absent,
            content_types: rt::Field::Absent,
            drive: rt::Field::Absent,
            drives: rt::Field::Absent,
            external_columns: rt::Field::Absent,
            items: rt::Field::Absent,
            lists: rt::Field::Absent,
            pages: rt::Field::Absent,
            permissions: rt::Field::Absent,
            sites: rt::Field::Absent,
            term_store: rt::Field::Absent,
            onenote: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for Site {
    const TYPE_NAME: &'static str = "microsoft.graph.site";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "deleted",
        "displayName",
        "root",
        "sharepointIds",
        "siteCollection",
        "analytics",
        "columns",
        "contentTypes",
        "drive",
        "drives",
        "externalColumns",
        "items",
        "lists",
        "pages",
        "permissions",
        "sites",
        "termStore",
        "onenote",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"deleted\":                      ",
        ",\"displayName\":                  ",
        ",\"root\":                         ",
        ",\"sharepointIds\":                ",
        ",\"siteCollection\":               ",
        ",\"analytics\":                    ",
        ",\"columns\":                      ",
        ",\"contentTypes\":                 ",
        ",\"drive\":                        ",
        ",\"drives\":                       ",
        ",\"externalColumns\":              ",
        ",\"items\":                        ",
        ",\"lists\":                        ",
        ",\"pages\":                        ",
        ",\"permissions\":                  ",
        ",\"sites\":                        ",
        ",\"termStore\":                    ",
        ",\"onenote\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.site\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "deleted", &self.deleted);
        v.field(13usize, "display_name", &self.display_name);
        v.field(14usize, "root", &self.root);
        v.field(15usize, "sharepoint_ids", &self.sharepoint_ids);
        v.field(16usize, "site_collection", &self.site_collection);
        #[cfg(msgraph_beta_search)] v.field(17usize, "analytics", &self.analytics);
        v.field(18usize, "columns", &self.columns);
        v.field(19usize, "content_types", &self.content_types);
        v.field(20usize, "drive", &self.drive);
        v.field(21usize, "drives", &self.drives);
        v.field(22usize, "external_columns", &self.external_columns);
        v.field(23usize, "items", &self.items);
        v.field(24usize, "lists", &self.lists);
        v.field(25usize, "pages", &self.pages);
        v.field(26usize, "permissions", &self.permissions);
        v.field(27usize, "sites", &self.sites);
        v.field(28usize, "term_store", &self.term_store);
        v.field(29usize, "onenote", &self.onenote);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for Site {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.deleted.read_from(r),
            13usize => self.display_name.read_from(r),
            14usize => self.root.read_from(r),
            15usize => self.sharepoint_ids.read_from(r),
            16usize => self.site_collection.read_from(r),
            #[cfg(msgraph_beta_search)]
            17usize => self.analytics.read_from(r),
            18usize => self.columns.read_from(r),
            19usize => self.content_types.read_from(r),
            20usize => self.drive.read_from(r),
            21usize => self.drives.read_from(r),
            22usize => self.external_columns.read_from(r),
            23usize => self.items.read_from(r),
            24usize => self.lists.read_from(r),
            25usize => self.pages.read_from(r),
            26usize => self.permissions.read_from(r),
            27usize => self.sites.read_from(r),
            28usize => self.term_store.read_from(r),
            29usize => self.onenote.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.deleted);
        w.field(13usize, &self.display_name);
        w.field(14usize, &self.root);
        w.field(15usize, &self.sharepoint_ids);
        w.field(16usize, &self.site_collection);
        #[cfg(msgraph_beta_search)] w.field(17usize, &self.analytics);
        w.field(18usize, &self.columns);
        w.field(19usize, &self.content_types);
        w.field(20usize, &self.drive);
        w.field(21usize, &self.drives);
        w.field(22usize, &self.external_columns);
        w.field(23usize, &self.items);
        w.field(24usize, &self.lists);
        w.field(25usize, &self.pages);
        w.field(26usize, &self.permissions);
        w.field(27usize, &self.sites);
        w.field(28usize, &self.term_store);
        w.field(29usize, &self.onenote);
    }
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
rt::impl_object!(Site);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    Site { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; with_deleted deleted : crate ::beta::Deleted; with_display_name
    display_name : ::std::string::String; with_root root : crate ::beta::Root;
    with_sharepoint_ids sharepoint_ids : crate ::beta::SharepointIds;
    with_site_collection site_collection : crate ::beta::SiteCollection;
    #[cfg(msgraph_beta_search)] with_analytics analytics : crate ::beta::ItemAnalytics;
    with_columns columns : ::std::vec::Vec < crate ::beta::ColumnDefinition >;
    with_content_types content_types : ::std::vec::Vec < crate ::beta::ContentType >;
    with_drive drive : crate ::beta::Drive; with_drives drives : ::std::vec::Vec < crate
    ::beta::Drive >; with_external_columns external_columns : ::std::vec::Vec < crate
    ::beta::ColumnDefinition >; with_items items : ::std::vec::Vec < crate
    ::beta::AnyBaseItem >; with_lists lists : ::std::vec::Vec < crate ::beta::List >;
    with_pages pages : ::std::vec::Vec < crate ::beta::SitePage >; with_permissions
    permissions : ::std::vec::Vec < crate ::beta::Permission >; with_sites sites :
    ::std::vec::Vec < crate ::beta::Site >; with_term_store term_store : crate
    ::beta::term_store::Store; with_onenote onenote : crate ::beta::Onenote; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(Site);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// CSDL: `microsoft.graph.sitePage`, entity type, derived from `microsoft.graph.baseItem`, open, key `id`.
///
/// Request builders: [`SitePagePath`](requests/trait.SitePagePath.html), what a path to one (`EntityPath<SitePage, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct SitePage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `parentReference`: `microsoft.graph.itemReference`, nullable.
    pub parent_reference: rt::Field<crate::beta::ItemReference>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: navigation property `createdByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub created_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: navigation property `lastModifiedByUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[cfg(msgraph_beta_core)]
    pub last_modified_by_user: rt::Field<::std::boxed::Box<crate::beta::User>>,
    /// CSDL: property `contentType`: `microsoft.graph.contentTypeInfo`, nullable.
    pub content_type: rt::Field<crate::beta::ContentTypeInfo>,
    /// CSDL: property `pageLayoutType`: `Edm.String`, nullable.
    pub page_layout_type: rt::Field<::std::string::String>,
    /// CSDL: property `publishingState`: `microsoft.graph.publicationFacet`, nullable.
    pub publishing_state: rt::Field<crate::beta::PublicationFacet>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: property `webParts`: `Collection(microsoft.graph.webPart)`, nullable.
    pub web_parts: rt::Field<::std::vec::Vec<crate::beta::WebPart>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl ::std::default::Default for SitePage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            parent_reference: rt::Field::Absent,
            web_url: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            created_by_user: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            last_modified_by_user: rt::Field::Absent,
            content_type: rt::Field::Absent,
            page_layout_type: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            title: rt::Field::Absent,
            web_parts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::Object for SitePage {
    const TYPE_NAME: &'static str = "microsoft.graph.sitePage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "description",
        "eTag",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "name",
        "parentReference",
        "webUrl",
        "createdByUser",
        "lastModifiedByUser",
        "contentType",
        "pageLayoutType",
        "publishingState",
        "title",
        "webParts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"eTag\":                         ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"parentReference\":              ",
        ",\"webUrl\":                       ",
        ",\"createdByUser\":                ",
        ",\"lastModifiedByUser\":           ",
        ",\"contentType\":                  ",
        ",\"pageLayoutType\":               ",
        ",\"publishingState\":              ",
        ",\"title\":                        ",
        ",\"webParts\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.sitePage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "e_tag", &self.e_tag);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "name", &self.name);
        v.field(8usize, "parent_reference", &self.parent_reference);
        v.field(9usize, "web_url", &self.web_url);
        #[cfg(msgraph_beta_core)]
        v.field(10usize, "created_by_user", &self.created_by_user);
        #[cfg(msgraph_beta_core)]
        v.field(11usize, "last_modified_by_user", &self.last_modified_by_user);
        v.field(12usize, "content_type", &self.content_type);
        v.field(13usize, "page_layout_type", &self.page_layout_type);
        v.field(14usize, "publishing_state", &self.publishing_state);
        v.field(15usize, "title", &self.title);
        v.field(16usize, "web_parts", &self.web_parts);
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
impl rt::object::Members for SitePage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.e_tag.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.name.read_from(r),
            8usize => self.parent_reference.read_from(r),
            9usize => self.web_url.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.created_by_user.read_from(r),
            #[cfg(msgraph_beta_core)]
            11usize => self.last_modified_by_user.read_from(r),
            12usize => self.content_type.read_from(r),
            13usize => self.page_layout_type.read_from(r),
            14usize => self.publishing_state.read_from(r),
            15usize => self.title.read_from(r),
            16usize => self.web_parts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.e_tag);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.name);
        w.field(8usize, &self.parent_reference);
        w.field(9usize, &self.web_url);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.created_by_user);
        #[cfg(msgraph_beta_core)] w.field(11usize, &self.last_modified_by_user);
        w.field(12usize, &self.content_type);
        w.field(13usize, &self.page_layout_type);
        w.field(14usize, &self.publishing_state);
        w.field(15usize, &self.title);
        w.field(16usize, &self.web_parts);
    }
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
rt::impl_object!(SitePage);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
rt::impl_setters!(
    SitePage { with_id id : ::std::string::String; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_e_tag e_tag : ::std::string::String; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String;
    with_parent_reference parent_reference : crate ::beta::ItemReference; with_web_url
    web_url : ::std::string::String; #[cfg(msgraph_beta_core)] with_created_by_user
    created_by_user : ::std::boxed::Box < crate ::beta::User >; #[cfg(msgraph_beta_core)]
    with_last_modified_by_user last_modified_by_user : ::std::boxed::Box < crate
    ::beta::User >; with_content_type content_type : crate ::beta::ContentTypeInfo;
    with_page_layout_type page_layout_type : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::PublicationFacet; with_title title :
    ::std::string::String; with_web_parts web_parts : ::std::vec::Vec < crate
    ::beta::WebPart >; }
);
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(SitePage);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.stsPolicy`, entity type, derived from `microsoft.graph.policyBase`, abstract, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<AnyStsPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct StsPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for StsPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for StsPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.stsPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.stsPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for StsPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
    }
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
rt::impl_object!(StsPolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    StsPolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(StsPolicy);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.stsPolicy` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyStsPolicy {
    StsPolicy(::std::boxed::Box<crate::beta::StsPolicy>),
    ActivityBasedTimeoutPolicy(
        ::std::boxed::Box<crate::beta::ActivityBasedTimeoutPolicy>,
    ),
    ClaimsMappingPolicy(::std::boxed::Box<crate::beta::ClaimsMappingPolicy>),
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::beta::HomeRealmDiscoveryPolicy>),
    TokenIssuancePolicy(::std::boxed::Box<crate::beta::TokenIssuancePolicy>),
    TokenLifetimePolicy(::std::boxed::Box<crate::beta::TokenLifetimePolicy>),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyStsPolicy {
    #[inline]
    fn default() -> Self {
        Self::StsPolicy(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::StsPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::beta::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivityBasedTimeoutPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::beta::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClaimsMappingPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::beta::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::HomeRealmDiscoveryPolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::beta::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenIssuancePolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::beta::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TokenLifetimePolicy> for AnyStsPolicy {
    #[inline]
    fn from(v: crate::beta::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyStsPolicy {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyStsPolicy {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyStsPolicy {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyStsPolicy {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyStsPolicy {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::StsPolicy>();
    rt::object::auto_traits::<crate::beta::ActivityBasedTimeoutPolicy>();
    rt::object::auto_traits::<crate::beta::ClaimsMappingPolicy>();
    rt::object::auto_traits::<crate::beta::HomeRealmDiscoveryPolicy>();
    rt::object::auto_traits::<crate::beta::TokenIssuancePolicy>();
    rt::object::auto_traits::<crate::beta::TokenLifetimePolicy>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyStsPolicy {
    const BASE_NAME: &'static str = "microsoft.graph.stsPolicy";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            _ => Self::StsPolicy(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::StsPolicy(v) => &**v,
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            Self::ClaimsMappingPolicy(v) => &**v,
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            Self::TokenIssuancePolicy(v) => &**v,
            Self::TokenLifetimePolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::StsPolicy(v) => &mut **v,
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            Self::ClaimsMappingPolicy(v) => &mut **v,
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            Self::TokenIssuancePolicy(v) => &mut **v,
            Self::TokenLifetimePolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyStsPolicy {
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
            Self::StsPolicy(v) => &v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            Self::ClaimsMappingPolicy(v) => &v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            Self::TokenIssuancePolicy(v) => &v.id,
            Self::TokenLifetimePolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &mut v.id,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            Self::TokenIssuancePolicy(v) => &mut v.id,
            Self::TokenLifetimePolicy(v) => &mut v.id,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::StsPolicy(v) => &v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &v.deleted_date_time,
        }
    }
    /// `deletedDateTime` of any variant.
    #[inline]
    pub fn deleted_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::StsPolicy(v) => &mut v.deleted_date_time,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.deleted_date_time,
            Self::ClaimsMappingPolicy(v) => &mut v.deleted_date_time,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.deleted_date_time,
            Self::TokenIssuancePolicy(v) => &mut v.deleted_date_time,
            Self::TokenLifetimePolicy(v) => &mut v.deleted_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &v.description,
            Self::ClaimsMappingPolicy(v) => &v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &v.description,
            Self::TokenIssuancePolicy(v) => &v.description,
            Self::TokenLifetimePolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &mut v.description,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.description,
            Self::ClaimsMappingPolicy(v) => &mut v.description,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.description,
            Self::TokenIssuancePolicy(v) => &mut v.description,
            Self::TokenLifetimePolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &v.display_name,
            Self::ClaimsMappingPolicy(v) => &v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &v.display_name,
            Self::TokenIssuancePolicy(v) => &v.display_name,
            Self::TokenLifetimePolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::StsPolicy(v) => &mut v.display_name,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.display_name,
            Self::ClaimsMappingPolicy(v) => &mut v.display_name,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.display_name,
            Self::TokenIssuancePolicy(v) => &mut v.display_name,
            Self::TokenLifetimePolicy(v) => &mut v.display_name,
        }
    }
    /// `definition` of any variant.
    #[inline]
    pub fn definition(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::StsPolicy(v) => &v.definition,
            Self::ActivityBasedTimeoutPolicy(v) => &v.definition,
            Self::ClaimsMappingPolicy(v) => &v.definition,
            Self::HomeRealmDiscoveryPolicy(v) => &v.definition,
            Self::TokenIssuancePolicy(v) => &v.definition,
            Self::TokenLifetimePolicy(v) => &v.definition,
        }
    }
    /// `definition` of any variant.
    #[inline]
    pub fn definition_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::StsPolicy(v) => &mut v.definition,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.definition,
            Self::ClaimsMappingPolicy(v) => &mut v.definition,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.definition,
            Self::TokenIssuancePolicy(v) => &mut v.definition,
            Self::TokenLifetimePolicy(v) => &mut v.definition,
        }
    }
    /// `isOrganizationDefault` of any variant.
    #[inline]
    pub fn is_organization_default(&self) -> &rt::Field<bool> {
        match self {
            Self::StsPolicy(v) => &v.is_organization_default,
            Self::ActivityBasedTimeoutPolicy(v) => &v.is_organization_default,
            Self::ClaimsMappingPolicy(v) => &v.is_organization_default,
            Self::HomeRealmDiscoveryPolicy(v) => &v.is_organization_default,
            Self::TokenIssuancePolicy(v) => &v.is_organization_default,
            Self::TokenLifetimePolicy(v) => &v.is_organization_default,
        }
    }
    /// `isOrganizationDefault` of any variant.
    #[inline]
    pub fn is_organization_default_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::StsPolicy(v) => &mut v.is_organization_default,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.is_organization_default,
            Self::ClaimsMappingPolicy(v) => &mut v.is_organization_default,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.is_organization_default,
            Self::TokenIssuancePolicy(v) => &mut v.is_organization_default,
            Self::TokenLifetimePolicy(v) => &mut v.is_organization_default,
        }
    }
    /// `appliesTo` of any variant.
    #[inline]
    pub fn applies_to(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>> {
        match self {
            Self::StsPolicy(v) => &v.applies_to,
            Self::ActivityBasedTimeoutPolicy(v) => &v.applies_to,
            Self::ClaimsMappingPolicy(v) => &v.applies_to,
            Self::HomeRealmDiscoveryPolicy(v) => &v.applies_to,
            Self::TokenIssuancePolicy(v) => &v.applies_to,
            Self::TokenLifetimePolicy(v) => &v.applies_to,
        }
    }
    /// `appliesTo` of any variant.
    #[inline]
    pub fn applies_to_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>> {
        match self {
            Self::StsPolicy(v) => &mut v.applies_to,
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.applies_to,
            Self::ClaimsMappingPolicy(v) => &mut v.applies_to,
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.applies_to,
            Self::TokenIssuancePolicy(v) => &mut v.applies_to,
            Self::TokenLifetimePolicy(v) => &mut v.applies_to,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyStsPolicy);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyStsPolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.team`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`TeamPath`](requests/trait.TeamPath.html), what a path to one (`EntityPath<Team, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Team {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `Edm.String`, nullable.
    pub classification: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `discoverySettings`: `microsoft.graph.teamDiscoverySettings`, nullable.
    pub discovery_settings: rt::Field<crate::beta::TeamDiscoverySettings>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `funSettings`: `microsoft.graph.teamFunSettings`, nullable.
    pub fun_settings: rt::Field<crate::beta::TeamFunSettings>,
    /// CSDL: property `guestSettings`: `microsoft.graph.teamGuestSettings`, nullable.
    pub guest_settings: rt::Field<crate::beta::TeamGuestSettings>,
    /// CSDL: property `internalId`: `Edm.String`, nullable.
    pub internal_id: rt::Field<::std::string::String>,
    /// CSDL: property `isArchived`: `Edm.Boolean`, nullable.
    pub is_archived: rt::Field<bool>,
    /// CSDL: property `isMembershipLimitedToOwners`: `Edm.Boolean`, nullable.
    pub is_membership_limited_to_owners: rt::Field<bool>,
    /// CSDL: property `memberSettings`: `microsoft.graph.teamMemberSettings`, nullable.
    pub member_settings: rt::Field<crate::beta::TeamMemberSettings>,
    /// CSDL: property `messagingSettings`: `microsoft.graph.teamMessagingSettings`, nullable.
    pub messaging_settings: rt::Field<crate::beta::TeamMessagingSettings>,
    /// CSDL: property `specialization`: `microsoft.graph.teamSpecialization`, nullable.
    pub specialization: rt::Field<crate::beta::TeamSpecialization>,
    /// CSDL: property `visibility`: `microsoft.graph.teamVisibilityType`, nullable.
    pub visibility: rt::Field<crate::beta::TeamVisibilityType>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `channels`: `Collection(microsoft.graph.channel)`, not nullable.
    pub channels: rt::Field<::std::vec::Vec<crate::beta::Channel>>,
    /// CSDL: navigation property `group`: `microsoft.graph.group`, nullable.
    pub group: rt::Field<::std::boxed::Box<crate::beta::Group>>,
    /// CSDL: containment navigation property `installedApps`: `Collection(microsoft.graph.teamsAppInstallation)`, not nullable.
    pub installed_apps: rt::Field<::std::vec::Vec<crate::beta::AnyTeamsAppInstallation>>,
    /// CSDL: containment navigation property `members`: `Collection(microsoft.graph.conversationMember)`, not nullable.
    pub members: rt::Field<::std::vec::Vec<crate::beta::AnyConversationMember>>,
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.teamsAsyncOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::TeamsAsyncOperation>>,
    /// CSDL: navigation property `owners`: `Collection(microsoft.graph.user)`, not nullable.
    pub owners: rt::Field<::std::vec::Vec<crate::beta::User>>,
    /// CSDL: containment navigation property `permissionGrants`: `Collection(microsoft.graph.resourceSpecificPermissionGrant)`, not nullable.
    pub permission_grants: rt::Field<
        ::std::vec::Vec<crate::beta::ResourceSpecificPermissionGrant>,
    >,
    /// CSDL: containment navigation property `photo`: `microsoft.graph.profilePhoto`, nullable.
    pub photo: rt::Field<crate::beta::ProfilePhoto>,
    /// CSDL: containment navigation property `primaryChannel`: `microsoft.graph.channel`, nullable.
    pub primary_channel: rt::Field<crate::beta::Channel>,
    /// CSDL: containment navigation property `tags`: `Collection(microsoft.graph.teamworkTag)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<crate::beta::TeamworkTag>>,
    /// CSDL: navigation property `template`: `microsoft.graph.teamsTemplate`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_search_or_teams_templates)]
    pub template: rt::Field<crate::beta::TeamsTemplate>,
    /// CSDL: containment navigation property `schedule`: `microsoft.graph.schedule`, nullable.
    pub schedule: rt::Field<crate::beta::Schedule>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Team {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classification: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            discovery_settings: rt::Field::Absent,
            display_name: rt::Field::Absent,
            fun_settings: rt::Field::Absent,
            guest_settings: rt::Field::Absent,
            internal_id: rt::Field::Absent,
            is_archived: rt::Field::Absent,
            is_membership_limited_to_owners: rt::Field::Absent,
            member_settings: rt::Field::Absent,
            messaging_settings: rt::Field::Absent,
            specialization: rt::Field::Absent,
            visibility: rt::Field::Absent,
            web_url: rt::Field::Absent,
            channels: rt::Field::Absent,
            group: rt::Field::Absent,
            installed_apps: rt::Field::Absent,
            members: rt::Field::Absent,
            operations: rt::Field::Absent,
            owners: rt::Field::Absent,
            permission_grants: rt::Field::Absent,
            photo: rt::Field::Absent,
            primary_channel: rt::Field::Absent,
            tags: rt::Field::Absent,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            template: rt::Field::Absent,
            schedule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Team {
    const TYPE_NAME: &'static str = "microsoft.graph.team";
    const KEYS: &'static [&'static str] = &[
        "id",
        "classification",
        "createdDateTime",
        "description",
        "discoverySettings",
        "displayName",
        "funSettings",
        "guestSettings",
        "internalId",
        "isArchived",
        "isMembershipLimitedToOwners",
        "memberSettings",
        "messagingSettings",
        "specialization",
        "visibility",
        "webUrl",
        "channels",
        "group",
        "installedApps",
        "members",
        "operations",
        "owners",
        "permissionGrants",
        "photo",
        "primaryChannel",
        "tags",
        "template",
        "schedule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classification\":               ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"discoverySettings\":            ",
        ",\"displayName\":                  ",
        ",\"funSettings\":                  ",
        ",\"guestSettings\":                ",
        ",\"internalId\":                   ",
        ",\"isArchived\":                   ",
        ",\"isMembershipLimitedToOwners\":  ",
        ",\"memberSettings\":               ",
        ",\"messagingSettings\":            ",
        ",\"specialization\":               ",
        ",\"visibility\":                   ",
        ",\"webUrl\":                       ",
        ",\"channels\":                     ",
        ",\"group\":                        ",
        ",\"installedApps\":                ",
        ",\"members\":                      ",
        ",\"operations\":                   ",
        ",\"owners\":                       ",
        ",\"permissionGrants\":             ",
        ",\"photo\":                        ",
        ",\"primaryChannel\":               ",
        ",\"tags\":                         ",
        ",\"template\":                     ",
        ",\"schedule\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.team\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classification", &self.classification);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "discovery_settings", &self.discovery_settings);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "fun_settings", &self.fun_settings);
        v.field(7usize, "guest_settings", &self.guest_settings);
        v.field(8usize, "internal_id", &self.internal_id);
        v.field(9usize, "is_archived", &self.is_archived);
        v.field(
            10usize,
            "is_membership_limited_to_owners",
            &self.is_membership_limited_to_owners,
        );
        v.field(11usize, "member_settings", &self.member_settings);
        v.field(12usize, "messaging_settings", &self.messaging_settings);
        v.field(13usize, "specialization", &self.specialization);
        v.field(14usize, "visibility", &self.visibility);
        v.field(15usize, "web_url", &self.web_url);
        v.field(16usize, "channels", &self.channels);
        v.field(17usize, "group", &self.group);
        v.field(18usize, "installed_apps", &self.installed_apps);
        v.field(19usize, "members", &self.members);
        v.field(20usize, "operations", &self.operations);
        v.field(21usize, "owners", &self.owners);
        v.field(22usize, "permission_grants", &self.permission_grants);
        v.field(23usize, "photo", &self.photo);
        v.field(24usize, "primary_channel", &self.primary_channel);
        v.field(25usize, "tags", &self.tags);
        #[cfg(msgraph_beta_search_or_teams_templates)]
        v.field(26usize, "template", &self.template);
        v.field(27usize, "schedule", &self.schedule);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Team {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classification.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.discovery_settings.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.fun_settings.read_from(r),
            7usize => self.guest_settings.read_from(r),
            8usize => self.internal_id.read_from(r),
            9usize => self.is_archived.read_from(r),
            10usize => self.is_membership_limited_to_owners.read_from(r),
            11usize => self.member_settings.read_from(r),
            12usize => self.messaging_settings.read_from(r),
            13usize => self.specialization.read_from(r),
            14usize => self.visibility.read_from(r),
            15usize => self.web_url.read_from(r),
            16usize => self.channels.read_from(r),
            17usize => self.group.read_from(r),
            18usize => self.installed_apps.read_from(r),
            19usize => self.members.read_from(r),
            20usize => self.operations.read_from(r),
            21usize => self.owners.read_from(r),
            22usize => self.permission_grants.read_from(r),
            23usize => self.photo.read_from(r),
            24usize => self.primary_channel.read_from(r),
            25usize => self.tags.read_from(r),
            #[cfg(msgraph_beta_search_or_teams_templates)]
            26usize => self.template.read_from(r),
            27usize => self.schedule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classification);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.discovery_settings);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.fun_settings);
        w.field(7usize, &self.guest_settings);
        w.field(8usize, &self.internal_id);
        w.field(9usize, &self.is_archived);
        w.field(10usize, &self.is_membership_limited_to_owners);
        w.field(11usize, &self.member_settings);
        w.field(12usize, &self.messaging_settings);
        w.field(13usize, &self.specialization);
        w.field(14usize, &self.visibility);
        w.field(15usize, &self.web_url);
        w.field(16usize, &self.channels);
        w.field(17usize, &self.group);
        w.field(18usize, &self.installed_apps);
        w.field(19usize, &self.members);
        w.field(20usize, &self.operations);
        w.field(21usize, &self.owners);
        w.field(22usize, &self.permission_grants);
        w.field(23usize, &self.photo);
        w.field(24usize, &self.primary_channel);
        w.field(25usize, &self.tags);
        #[cfg(msgraph_beta_search_or_teams_templates)] w.field(26usize, &self.template);
        w.field(27usize, &self.schedule);
    }
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
rt::impl_object!(Team);
#[cfg(msgraph_beta_core)]
rt::impl_boxed!(Team);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Team { with_id id : ::std::string::String; with_classification classification :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_discovery_settings discovery_settings : crate ::beta::TeamDiscoverySettings;
    with_display_name display_name : ::std::string::String; with_fun_settings
    fun_settings : crate ::beta::TeamFunSettings; with_guest_settings guest_settings :
    crate ::beta::TeamGuestSettings; with_internal_id internal_id :
    ::std::string::String; with_is_archived is_archived : bool;
    with_is_membership_limited_to_owners is_membership_limited_to_owners : bool;
    with_member_settings member_settings : crate ::beta::TeamMemberSettings;
    with_messaging_settings messaging_settings : crate ::beta::TeamMessagingSettings;
    with_specialization specialization : crate ::beta::TeamSpecialization;
    with_visibility visibility : crate ::beta::TeamVisibilityType; with_web_url web_url :
    ::std::string::String; with_channels channels : ::std::vec::Vec < crate
    ::beta::Channel >; with_group group : ::std::boxed::Box < crate ::beta::Group >;
    with_installed_apps installed_apps : ::std::vec::Vec < crate
    ::beta::AnyTeamsAppInstallation >; with_members members : ::std::vec::Vec < crate
    ::beta::AnyConversationMember >; with_operations operations : ::std::vec::Vec < crate
    ::beta::TeamsAsyncOperation >; with_owners owners : ::std::vec::Vec < crate
    ::beta::User >; with_permission_grants permission_grants : ::std::vec::Vec < crate
    ::beta::ResourceSpecificPermissionGrant >; with_photo photo : crate
    ::beta::ProfilePhoto; with_primary_channel primary_channel : crate ::beta::Channel;
    with_tags tags : ::std::vec::Vec < crate ::beta::TeamworkTag >;
    #[cfg(msgraph_beta_search_or_teams_templates)] with_template template : crate
    ::beta::TeamsTemplate; with_schedule schedule : crate ::beta::Schedule; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Team);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.teamsAppInstallation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TeamsAppInstallationPath`](requests/trait.TeamsAppInstallationPath.html), what a path to one (`EntityPath<AnyTeamsAppInstallation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TeamsAppInstallation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `teamsApp`: `microsoft.graph.teamsApp`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    pub teams_app: rt::Field<crate::beta::TeamsApp>,
    /// CSDL: navigation property `teamsAppDefinition`: `microsoft.graph.teamsAppDefinition`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    pub teams_app_definition: rt::Field<crate::beta::TeamsAppDefinition>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TeamsAppInstallation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            teams_app: rt::Field::Absent,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            teams_app_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TeamsAppInstallation {
    const TYPE_NAME: &'static str = "microsoft.graph.teamsAppInstallation";
    const KEYS: &'static [&'static str] = &["id", "teamsApp", "teamsAppDefinition"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"teamsApp\":                     ",
        ",\"teamsAppDefinition\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.teamsAppInstallation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        #[cfg(msgraph_beta_app_catalogs_or_search)]
        v.field(1usize, "teams_app", &self.teams_app);
        #[cfg(msgraph_beta_app_catalogs_or_search)]
        v.field(2usize, "teams_app_definition", &self.teams_app_definition);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TeamsAppInstallation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            1usize => self.teams_app.read_from(r),
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            2usize => self.teams_app_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        #[cfg(msgraph_beta_app_catalogs_or_search)] w.field(1usize, &self.teams_app);
        #[cfg(msgraph_beta_app_catalogs_or_search)]
        w.field(2usize, &self.teams_app_definition);
    }
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
rt::impl_object!(TeamsAppInstallation);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TeamsAppInstallation { with_id id : ::std::string::String;
    #[cfg(msgraph_beta_app_catalogs_or_search)] with_teams_app teams_app : crate
    ::beta::TeamsApp; #[cfg(msgraph_beta_app_catalogs_or_search)]
    with_teams_app_definition teams_app_definition : crate ::beta::TeamsAppDefinition; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsAppInstallation);
#[cfg(msgraph_beta_core)]
/// `microsoft.graph.teamsAppInstallation` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyTeamsAppInstallation {
    TeamsAppInstallation(::std::boxed::Box<crate::beta::TeamsAppInstallation>),
    UserScopeTeamsAppInstallation(
        ::std::boxed::Box<crate::beta::UserScopeTeamsAppInstallation>,
    ),
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for AnyTeamsAppInstallation {
    #[inline]
    fn default() -> Self {
        Self::TeamsAppInstallation(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TeamsAppInstallation>
for AnyTeamsAppInstallation {
    #[inline]
    fn from(v: crate::beta::TeamsAppInstallation) -> Self {
        Self::TeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::UserScopeTeamsAppInstallation>
for AnyTeamsAppInstallation {
    #[inline]
    fn from(v: crate::beta::UserScopeTeamsAppInstallation) -> Self {
        Self::UserScopeTeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Send for AnyTeamsAppInstallation {}
#[cfg(msgraph_beta_core)]
unsafe impl ::std::marker::Sync for AnyTeamsAppInstallation {}
#[cfg(msgraph_beta_core)]
impl ::std::marker::Unpin for AnyTeamsAppInstallation {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::UnwindSafe for AnyTeamsAppInstallation {}
#[cfg(msgraph_beta_core)]
impl ::std::panic::RefUnwindSafe for AnyTeamsAppInstallation {}
#[cfg(msgraph_beta_core)]
const _: () = {
    rt::object::auto_traits::<crate::beta::TeamsAppInstallation>();
    rt::object::auto_traits::<crate::beta::UserScopeTeamsAppInstallation>();
};
#[cfg(msgraph_beta_core)]
impl rt::Poly for AnyTeamsAppInstallation {
    const BASE_NAME: &'static str = "microsoft.graph.teamsAppInstallation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.userScopeTeamsAppInstallation",
            ) => Self::UserScopeTeamsAppInstallation(rt::object::new_boxed()),
            _ => Self::TeamsAppInstallation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::TeamsAppInstallation(v) => &**v,
            Self::UserScopeTeamsAppInstallation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::TeamsAppInstallation(v) => &mut **v,
            Self::UserScopeTeamsAppInstallation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core)]
impl AnyTeamsAppInstallation {
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
            Self::TeamsAppInstallation(v) => &v.id,
            Self::UserScopeTeamsAppInstallation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::TeamsAppInstallation(v) => &mut v.id,
            Self::UserScopeTeamsAppInstallation(v) => &mut v.id,
        }
    }
    /// `teamsApp` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app(&self) -> &rt::Field<crate::beta::TeamsApp> {
        match self {
            Self::TeamsAppInstallation(v) => &v.teams_app,
            Self::UserScopeTeamsAppInstallation(v) => &v.teams_app,
        }
    }
    /// `teamsApp` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app_mut(&mut self) -> &mut rt::Field<crate::beta::TeamsApp> {
        match self {
            Self::TeamsAppInstallation(v) => &mut v.teams_app,
            Self::UserScopeTeamsAppInstallation(v) => &mut v.teams_app,
        }
    }
    /// `teamsAppDefinition` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app_definition(&self) -> &rt::Field<crate::beta::TeamsAppDefinition> {
        match self {
            Self::TeamsAppInstallation(v) => &v.teams_app_definition,
            Self::UserScopeTeamsAppInstallation(v) => &v.teams_app_definition,
        }
    }
    /// `teamsAppDefinition` of any variant.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    #[inline]
    pub fn teams_app_definition_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::TeamsAppDefinition> {
        match self {
            Self::TeamsAppInstallation(v) => &mut v.teams_app_definition,
            Self::UserScopeTeamsAppInstallation(v) => &mut v.teams_app_definition,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_poly!(AnyTeamsAppInstallation);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyTeamsAppInstallation);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.tokenIssuancePolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<TokenIssuancePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TokenIssuancePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TokenIssuancePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TokenIssuancePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenIssuancePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tokenIssuancePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TokenIssuancePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
    }
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
rt::impl_object!(TokenIssuancePolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TokenIssuancePolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenIssuancePolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.tokenLifetimePolicy`, entity type, derived from `microsoft.graph.stsPolicy`, key `id`.
///
/// Request builders: [`StsPolicyPath`](requests/trait.StsPolicyPath.html), what a path to one (`EntityPath<TokenLifetimePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct TokenLifetimePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, not nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `definition`: `Collection(Edm.String)`, not nullable.
    pub definition: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isOrganizationDefault`: `Edm.Boolean`, nullable.
    pub is_organization_default: rt::Field<bool>,
    /// CSDL: navigation property `appliesTo`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub applies_to: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for TokenLifetimePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            definition: rt::Field::Absent,
            is_organization_default: rt::Field::Absent,
            applies_to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for TokenLifetimePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.tokenLifetimePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "definition",
        "isOrganizationDefault",
        "appliesTo",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"definition\":                   ",
        ",\"isOrganizationDefault\":        ",
        ",\"appliesTo\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.tokenLifetimePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "definition", &self.definition);
        v.field(5usize, "is_organization_default", &self.is_organization_default);
        v.field(6usize, "applies_to", &self.applies_to);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for TokenLifetimePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.definition.read_from(r),
            5usize => self.is_organization_default.read_from(r),
            6usize => self.applies_to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.definition);
        w.field(5usize, &self.is_organization_default);
        w.field(6usize, &self.applies_to);
    }
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
rt::impl_object!(TokenLifetimePolicy);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    TokenLifetimePolicy { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_definition definition : ::std::vec::Vec < ::std::string::String >;
    with_is_organization_default is_organization_default : bool; with_applies_to
    applies_to : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(TokenLifetimePolicy);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.trending`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TrendingPath`](requests/trait.TrendingPath.html), what a path to one (`EntityPath<Trending, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Trending {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceReference`: `microsoft.graph.resourceReference`, nullable.
    pub resource_reference: rt::Field<crate::beta::ResourceReference>,
    /// CSDL: property `resourceVisualization`: `microsoft.graph.resourceVisualization`, nullable.
    pub resource_visualization: rt::Field<crate::beta::ResourceVisualization>,
    /// CSDL: property `weight`: `Edm.Double`, not nullable.
    pub weight: rt::Field<f64>,
    /// CSDL: navigation property `resource`: `microsoft.graph.entity`, nullable.
    pub resource: rt::Field<crate::beta::AnyEntity>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Trending {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            resource_reference: rt::Field::Absent,
            resource_visualization: rt::Field::Absent,
            weight: rt::Field::Absent,
            resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Trending {
    const TYPE_NAME: &'static str = "microsoft.graph.trending";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedDateTime",
        "resourceReference",
        "resourceVisualization",
        "weight",
        "resource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedDateTime\":         ",
        ",\"resourceReference\":            ",
        ",\"resourceVisualization\":        ",
        ",\"weight\":                       ",
        ",\"resource\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.trending\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(2usize, "resource_reference", &self.resource_reference);
        v.field(3usize, "resource_visualization", &self.resource_visualization);
        v.field(4usize, "weight", &self.weight);
        v.field(5usize, "resource", &self.resource);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Trending {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_date_time.read_from(r),
            2usize => self.resource_reference.read_from(r),
            3usize => self.resource_visualization.read_from(r),
            4usize => self.weight.read_from(r),
            5usize => self.resource.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_date_time);
        w.field(2usize, &self.resource_reference);
        w.field(3usize, &self.resource_visualization);
        w.field(4usize, &self.weight);
        w.field(5usize, &self.resource);
    }
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
rt::impl_object!(Trending);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Trending { with_id id : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_resource_reference
    resource_reference : crate ::beta::ResourceReference; with_resource_visualization
    resource_visualization : crate ::beta::ResourceVisualization; with_weight weight :
    f64; with_resource resource : crate ::beta::AnyEntity; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Trending);
