//! Items of `requests` by the first letters of their types' names (`s_t`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SamlOrWsFedExternalDomainFederation, C> {
    /// Containment navigation property `domains` (`microsoft.graph.externalDomainName`).
    pub fn domains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExternalDomainName,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("domains"))
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnySamlOrWsFedProvider>
for crate::v1::SamlOrWsFedExternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedExternalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::SamlOrWsFedExternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedExternalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SamlOrWsFedExternalDomainFederation {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedExternalDomainFederation";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::SamlOrWsFedExternalDomainFederation, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::AnySamlOrWsFedProvider {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedProvider";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnySamlOrWsFedProvider {
    const SEGMENT: &'static str = "microsoft.graph.samlOrWsFedProvider";
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnySamlOrWsFedProvider, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Schedule, C> {
    /// Structural property `timeClockSettings` (`microsoft.graph.timeClockSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn time_clock_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimeClockSettings> {
        crate::path::PropertyPath::new(self.target().segment("timeClockSettings"))
    }
    /// Containment navigation property `dayNotes` (`microsoft.graph.dayNote`).
    pub fn day_notes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DayNote,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("dayNotes"))
    }
    /// Containment navigation property `offerShiftRequests` (`microsoft.graph.offerShiftRequest`).
    pub fn offer_shift_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyOfferShiftRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("offerShiftRequests"))
    }
    /// Containment navigation property `openShiftChangeRequests` (`microsoft.graph.openShiftChangeRequest`).
    pub fn open_shift_change_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OpenShiftChangeRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("openShiftChangeRequests"),
        )
    }
    /// Containment navigation property `openShifts` (`microsoft.graph.openShift`).
    pub fn open_shifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OpenShift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("openShifts"))
    }
    /// Containment navigation property `schedulingGroups` (`microsoft.graph.schedulingGroup`).
    pub fn scheduling_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SchedulingGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("schedulingGroups"))
    }
    /// Containment navigation property `shifts` (`microsoft.graph.shift`).
    pub fn shifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Shift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("shifts"))
    }
    /// Containment navigation property `swapShiftsChangeRequests` (`microsoft.graph.swapShiftsChangeRequest`).
    pub fn swap_shifts_change_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SwapShiftsChangeRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("swapShiftsChangeRequests"),
        )
    }
    /// Containment navigation property `timeCards` (`microsoft.graph.timeCard`).
    pub fn time_cards(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TimeCard,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("timeCards"))
    }
    /// Containment navigation property `timeOffReasons` (`microsoft.graph.timeOffReason`).
    pub fn time_off_reasons(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TimeOffReason,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("timeOffReasons"))
    }
    /// Containment navigation property `timeOffRequests` (`microsoft.graph.timeOffRequest`).
    pub fn time_off_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TimeOffRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("timeOffRequests"))
    }
    /// Containment navigation property `timesOff` (`microsoft.graph.timeOff`).
    pub fn times_off(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TimeOff,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("timesOff"))
    }
    /// `POST .../share`: action `microsoft.graph.share`.
    pub fn share(
        &self,
        params: crate::v1::params::ScheduleShareParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleShareParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("share"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Schedule {
    const SEGMENT: &'static str = "microsoft.graph.schedule";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyScheduleChangeRequest, C> {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    pub fn approve(
        &self,
        params: crate::v1::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestApproveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("approve"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    pub fn decline(
        &self,
        params: crate::v1::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SchedulingGroup, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_v1_schema_extensions_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SchemaExtension {
    const SEGMENT: &'static str = "microsoft.graph.schemaExtension";
}
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::ScopedRoleMembership, C> {
    /// Structural property `roleMemberInfo` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn role_member_info(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.target().segment("roleMemberInfo"))
    }
}
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ScopedRoleMembership {
    const SEGMENT: &'static str = "microsoft.graph.scopedRoleMembership";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SearchEntity, C> {
    /// Containment navigation property `acronyms` (`microsoft.graph.search.acronym`).
    pub fn acronyms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::search::Acronym,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("acronyms"))
    }
    /// Containment navigation property `bookmarks` (`microsoft.graph.search.bookmark`).
    pub fn bookmarks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::search::Bookmark,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("bookmarks"))
    }
    /// Containment navigation property `qnas` (`microsoft.graph.search.qna`).
    pub fn qnas(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::search::Qna,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("qnas"))
    }
    /// `POST .../query`: action `microsoft.graph.query`.
    pub fn query(
        &self,
        params: crate::v1::params::SearchEntityQueryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SearchEntityQueryParams>,
        rt::request::Collection<crate::v1::SearchResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("query"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SearchEntity {
    const SEGMENT: &'static str = "microsoft.graph.searchEntity";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::Section, C> {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.target().segment("geoCoordinates"))
    }
    /// Containment navigation property `checkIns` (`microsoft.graph.checkInClaim`).
    pub fn check_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CheckInClaim,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("checkIns"))
    }
    /// `GET .../descendants`: function `microsoft.graph.descendants`.
    pub fn descendants(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyPlace>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("descendants", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Section {
    const SEGMENT: &'static str = "microsoft.graph.section";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Section {
    const SEGMENT: &'static str = "microsoft.graph.section";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SectionGroup, C> {
    /// Navigation property `parentNotebook` (`microsoft.graph.notebook`).
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Notebook,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("parentNotebook"))
    }
    /// Navigation property `parentSectionGroup` (`microsoft.graph.sectionGroup`).
    pub fn parent_section_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SectionGroup,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("parentSectionGroup"))
    }
    /// Navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionGroup,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sections"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityHierarchyModel>
for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseMapFeature> for crate::v1::SectionMap {
    const SEGMENT: &'static str = "microsoft.graph.sectionMap";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SectionMap {
    const SEGMENT: &'static str = "microsoft.graph.sectionMap";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::SecureScore, C> {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SecureScore {
    const SEGMENT: &'static str = "microsoft.graph.secureScore";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::SecureScoreControlProfile, C> {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SecureScoreControlProfile {
    const SEGMENT: &'static str = "microsoft.graph.secureScoreControlProfile";
}
#[cfg(msgraph_v1_security)]
/// Features: `v1` or `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::Security, C> {
    /// Containment navigation property `alerts` (`microsoft.graph.alert`).
    pub fn alerts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Alert,
        crate::path::caps::ListCreateUpdate,
    > {
        crate::path::CollectionPath::new(self.target().segment("alerts"))
    }
    /// Containment navigation property `alerts_v2` (`microsoft.graph.security.alert`).
    pub fn alerts_v2(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Alert,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("alerts_v2"))
    }
    /// Containment navigation property `attackSimulation` (`microsoft.graph.attackSimulationRoot`).
    pub fn attack_simulation(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AttackSimulationRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("attackSimulation"))
    }
    /// Containment navigation property `auditLog` (`microsoft.graph.security.auditCoreRoot`).
    pub fn audit_log(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AuditCoreRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("auditLog"))
    }
    /// Containment navigation property `cases` (`microsoft.graph.security.casesRoot`).
    pub fn cases(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::CasesRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("cases"))
    }
    /// Containment navigation property `collaboration` (`microsoft.graph.security.collaborationRoot`).
    pub fn collaboration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::CollaborationRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("collaboration"))
    }
    /// Containment navigation property `dataSecurityAndGovernance` (`microsoft.graph.tenantDataSecurityAndGovernance`).
    pub fn data_security_and_governance(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TenantDataSecurityAndGovernance,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("dataSecurityAndGovernance"))
    }
    /// Containment navigation property `identities` (`microsoft.graph.security.identityContainer`).
    pub fn identities(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::IdentityContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("identities"))
    }
    /// Containment navigation property `incidents` (`microsoft.graph.security.incident`).
    pub fn incidents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Incident,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("incidents"))
    }
    /// Containment navigation property `labels` (`microsoft.graph.security.labelsRoot`).
    pub fn labels(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::LabelsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("labels"))
    }
    /// Containment navigation property `secureScoreControlProfiles` (`microsoft.graph.secureScoreControlProfile`).
    pub fn secure_score_control_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SecureScoreControlProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("secureScoreControlProfiles"),
        )
    }
    /// Containment navigation property `secureScores` (`microsoft.graph.secureScore`).
    pub fn secure_scores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SecureScore,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("secureScores"))
    }
    /// Containment navigation property `subjectRightsRequests` (`microsoft.graph.subjectRightsRequest`).
    pub fn subject_rights_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SubjectRightsRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("subjectRightsRequests"))
    }
    /// Containment navigation property `threatIntelligence` (`microsoft.graph.security.threatIntelligence`).
    pub fn threat_intelligence(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::ThreatIntelligence,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("threatIntelligence"))
    }
    /// Containment navigation property `triggers` (`microsoft.graph.security.triggersRoot`).
    pub fn triggers(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::TriggersRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("triggers"))
    }
    /// Containment navigation property `triggerTypes` (`microsoft.graph.security.triggerTypesRoot`).
    pub fn trigger_types(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::TriggerTypesRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("triggerTypes"))
    }
    /// `POST .../microsoft.graph.security.runHuntingQuery`: action `microsoft.graph.security.runHuntingQuery`.
    pub fn run_hunting_query(
        &self,
        params: crate::v1::params::SecurityRunHuntingQueryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SecurityRunHuntingQueryParams>,
        rt::request::Entity<crate::v1::security::HuntingQueryResults>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.runHuntingQuery"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SecurityReportsRoot, C> {
    /// `GET .../getAttackSimulationRepeatOffenders`: function `microsoft.graph.getAttackSimulationRepeatOffenders`.
    pub fn get_attack_simulation_repeat_offenders(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AttackSimulationRepeatOffender>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAttackSimulationRepeatOffenders", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAttackSimulationSimulationUserCoverage`: function `microsoft.graph.getAttackSimulationSimulationUserCoverage`.
    pub fn get_attack_simulation_simulation_user_coverage(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AttackSimulationSimulationUserCoverage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAttackSimulationSimulationUserCoverage", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAttackSimulationTrainingUserCoverage`: function `microsoft.graph.getAttackSimulationTrainingUserCoverage`.
    pub fn get_attack_simulation_training_user_coverage(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AttackSimulationTrainingUserCoverage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAttackSimulationTrainingUserCoverage", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SecurityReportsRoot {
    const SEGMENT: &'static str = "microsoft.graph.securityReportsRoot";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SendDtmfTonesOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::SendDtmfTonesOperation {
    const SEGMENT: &'static str = "microsoft.graph.sendDtmfTonesOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SendDtmfTonesOperation {
    const SEGMENT: &'static str = "microsoft.graph.sendDtmfTonesOperation";
}
#[cfg(msgraph_v1_core_or_security)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SensitivityLabel, C> {
    #[cfg(msgraph_v1_search)]
    /// Navigation property `rights` (`microsoft.graph.usageRightsIncluded`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn rights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UsageRightsIncluded,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("rights"))
    }
    /// Containment navigation property `sublabels` (`microsoft.graph.sensitivityLabel`).
    pub fn sublabels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sublabels"))
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SensitivityLabel {
    const SEGMENT: &'static str = "microsoft.graph.sensitivityLabel";
}
#[cfg(msgraph_v1_core_or_security)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::SensitivityLabel, C> {
    /// `GET .../computeInheritance`: function `microsoft.graph.computeInheritance`.
    pub fn compute_inheritance(
        &self,
        label_ids: &[::std::string::String],
        locale: &str,
        content_formats: &[::std::string::String],
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::SensitivityLabel>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "computeInheritance",
                    &[
                        (
                            "labelIds",
                            ::core::option::Option::Some(
                                rt::request::Literal::json(label_ids),
                            ),
                        ),
                        (
                            "locale",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(locale),
                            ),
                        ),
                        (
                            "contentFormats",
                            ::core::option::Option::Some(
                                rt::request::Literal::json(content_formats),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../computeRightsAndInheritance`: action `microsoft.graph.computeRightsAndInheritance`.
    pub fn compute_rights_and_inheritance(
        &self,
        params: crate::v1::params::SensitivityLabelCollectionComputeRightsAndInheritanceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::SensitivityLabelCollectionComputeRightsAndInheritanceParams,
        >,
        rt::request::Entity<crate::v1::ComputeRightsAndInheritanceResult>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("computeRightsAndInheritance"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ServiceAnnouncement, C> {
    /// Containment navigation property `healthOverviews` (`microsoft.graph.serviceHealth`).
    pub fn health_overviews(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceHealth,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("healthOverviews"))
    }
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("issues"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.serviceUpdateMessage`).
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceUpdateMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("messages"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceAnnouncement {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncement";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ServiceAnnouncementAttachment, C> {
    /// Stream property `content`.
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("content"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ServiceAnnouncementAttachment {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncementAttachment";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyServiceAnnouncementBase {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncementBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::ServiceApp, C> {
    /// Structural property `application` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn application(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.target().segment("application"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    pub fn activate(
        &self,
        params: crate::v1::params::ServiceAppActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServiceAppActivateParams>,
        rt::request::Entity<crate::v1::ServiceApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("activate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::ServiceApp>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceApp {
    const SEGMENT: &'static str = "microsoft.graph.serviceApp";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ServiceHealth, C> {
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("issues"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceHealth {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealth";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ServiceHealthIssue, C> {
    /// `GET .../incidentReport`: function `microsoft.graph.incidentReport`.
    pub fn incident_report(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("incidentReport", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyServiceAnnouncementBase>
for crate::v1::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyServicePrincipal, C> {
    /// Structural property `customSecurityAttributes` (`microsoft.graph.customSecurityAttributeValue`), addressed on its own: `GET` or `PATCH` it.
    pub fn custom_security_attributes(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CustomSecurityAttributeValue> {
        crate::path::PropertyPath::new(self.target().segment("customSecurityAttributes"))
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::InformationalUrl> {
        crate::path::PropertyPath::new(self.target().segment("info"))
    }
    /// Structural property `samlSingleSignOnSettings` (`microsoft.graph.samlSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn saml_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SamlSingleSignOnSettings> {
        crate::path::PropertyPath::new(self.target().segment("samlSingleSignOnSettings"))
    }
    /// Structural property `verifiedPublisher` (`microsoft.graph.verifiedPublisher`), addressed on its own: `GET` or `PATCH` it.
    pub fn verified_publisher(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::VerifiedPublisher> {
        crate::path::PropertyPath::new(self.target().segment("verifiedPublisher"))
    }
    /// Navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("appManagementPolicies"))
    }
    /// Containment navigation property `appRoleAssignedTo` (`microsoft.graph.appRoleAssignment`).
    pub fn app_role_assigned_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("appRoleAssignedTo"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("appRoleAssignments"))
    }
    /// Navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("claimsMappingPolicies"))
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("createdObjects"))
    }
    /// Containment navigation property `delegatedPermissionClassifications` (`microsoft.graph.delegatedPermissionClassification`).
    pub fn delegated_permission_classifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedPermissionClassification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("delegatedPermissionClassifications"),
        )
    }
    /// Containment navigation property `endpoints` (`microsoft.graph.endpoint`).
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Endpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("endpoints"))
    }
    /// Containment navigation property `federatedIdentityCredentials` (`microsoft.graph.federatedIdentityCredential`).
    pub fn federated_identity_credentials(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FederatedIdentityCredential,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("federatedIdentityCredentials"),
        )
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("memberOf"))
    }
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("oauth2PermissionGrants"))
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("ownedObjects"))
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("owners"))
    }
    /// Containment navigation property `remoteDesktopSecurityConfiguration` (`microsoft.graph.remoteDesktopSecurityConfiguration`).
    pub fn remote_desktop_security_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RemoteDesktopSecurityConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.target().segment("remoteDesktopSecurityConfiguration"),
        )
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("synchronization"))
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("tokenIssuancePolicies"))
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("tokenLifetimePolicies"))
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("transitiveMemberOf"))
    }
    /// `POST .../addKey`: action `microsoft.graph.addKey`.
    pub fn add_key(
        &self,
        params: crate::v1::params::ServicePrincipalAddKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddKeyParams>,
        rt::request::Entity<crate::v1::KeyCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addPassword`: action `microsoft.graph.addPassword`.
    pub fn add_password(
        &self,
        params: crate::v1::params::ServicePrincipalAddPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalAddPasswordParams>,
        rt::request::Entity<crate::v1::PasswordCredential>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addPassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../addTokenSigningCertificate`: action `microsoft.graph.addTokenSigningCertificate`.
    pub fn add_token_signing_certificate(
        &self,
        params: crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServicePrincipalAddTokenSigningCertificateParams,
        >,
        rt::request::Entity<crate::v1::SelfSignedCertificate>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("addTokenSigningCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removeKey`: action `microsoft.graph.removeKey`.
    pub fn remove_key(
        &self,
        params: crate::v1::params::ServicePrincipalRemoveKeyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemoveKeyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("removeKey"),
            rt::request::Json(params),
        )
    }
    /// `POST .../removePassword`: action `microsoft.graph.removePassword`.
    pub fn remove_password(
        &self,
        params: crate::v1::params::ServicePrincipalRemovePasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ServicePrincipalRemovePasswordParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("removePassword"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AnyServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyServicePrincipal, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyServicePrincipal>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ServicePrincipalRiskDetection, C> {
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::SignInLocation> {
        crate::path::PropertyPath::new(self.target().segment("location"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ServicePrincipalRiskDetection {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipalRiskDetection";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyServiceProviderConstraints {
    const SEGMENT: &'static str = "microsoft.graph.serviceProviderConstraints";
}
#[cfg(msgraph_v1_core_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyStorageQuotaBreakdown>
for crate::v1::ServiceStorageQuotaBreakdown {
    const SEGMENT: &'static str = "microsoft.graph.serviceStorageQuotaBreakdown";
}
#[cfg(msgraph_v1_core_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ServiceStorageQuotaBreakdown {
    const SEGMENT: &'static str = "microsoft.graph.serviceStorageQuotaBreakdown";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ServiceUpdateMessage, C> {
    /// Stream property `attachmentsArchive`.
    pub fn attachments_archive(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("attachmentsArchive"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("body"))
    }
    /// Structural property `viewPoint` (`microsoft.graph.serviceUpdateMessageViewpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn view_point(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ServiceUpdateMessageViewpoint> {
        crate::path::PropertyPath::new(self.target().segment("viewPoint"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.serviceAnnouncementAttachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ServiceAnnouncementAttachment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attachments"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyServiceAnnouncementBase>
for crate::v1::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::ServiceUpdateMessage, C> {
    /// `POST .../archive`: action `microsoft.graph.archive`.
    pub fn archive(
        &self,
        params: crate::v1::params::ServiceUpdateMessageCollectionArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionArchiveParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("archive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../favorite`: action `microsoft.graph.favorite`.
    pub fn favorite(
        &self,
        params: crate::v1::params::ServiceUpdateMessageCollectionFavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionFavoriteParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("favorite"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markRead`: action `microsoft.graph.markRead`.
    pub fn mark_read(
        &self,
        params: crate::v1::params::ServiceUpdateMessageCollectionMarkReadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionMarkReadParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("markRead"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markUnread`: action `microsoft.graph.markUnread`.
    pub fn mark_unread(
        &self,
        params: crate::v1::params::ServiceUpdateMessageCollectionMarkUnreadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionMarkUnreadParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("markUnread"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unarchive`: action `microsoft.graph.unarchive`.
    pub fn unarchive(
        &self,
        params: crate::v1::params::ServiceUpdateMessageCollectionUnarchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionUnarchiveParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unarchive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unfavorite`: action `microsoft.graph.unfavorite`.
    pub fn unfavorite(
        &self,
        params: crate::v1::params::ServiceUpdateMessageCollectionUnfavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ServiceUpdateMessageCollectionUnfavoriteParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unfavorite"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SettingStateDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.settingStateDeviceSummary";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SharePointBrowseSession, C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// `POST .../browse`: action `microsoft.graph.browse`.
    pub fn browse(
        &self,
        params: crate::v1::params::BrowseSessionBaseBrowseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BrowseSessionBaseBrowseParams>,
        rt::request::Collection<crate::v1::BrowseQueryResponseItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("browse"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyBrowseSessionBase>
for crate::v1::SharePointBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointBrowseSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointBrowseSession";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::SharePointGroup, C> {
    /// Containment navigation property `members` (`microsoft.graph.sharePointGroupMember`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharePointGroupMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("members"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharePointGroup {
    const SEGMENT: &'static str = "microsoft.graph.sharePointGroup";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::SharePointGroupMember, C> {
    /// Structural property `identity` (`microsoft.graph.sharePointIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharePointIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("identity"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointGroupMember {
    const SEGMENT: &'static str = "microsoft.graph.sharePointGroupMember";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnySharePointMigrationEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationFinishManifestFileUploadEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationFinishManifestFileUploadEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::SharePointMigrationJob, C> {
    /// Structural property `containerInfo` (`microsoft.graph.sharePointMigrationContainerInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn container_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharePointMigrationContainerInfo> {
        crate::path::PropertyPath::new(self.target().segment("containerInfo"))
    }
    /// Containment navigation property `progressEvents` (`microsoft.graph.sharePointMigrationEvent`).
    pub fn progress_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnySharePointMigrationEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("progressEvents"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJob {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJob";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobCancelledEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobCancelledEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobCancelledEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobCancelledEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobDeletedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobDeletedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobDeletedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobDeletedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::SharePointMigrationJobErrorEvent, C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobErrorEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobErrorEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobErrorEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobErrorEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobPostponedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobPostponedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobPostponedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobPostponedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobProgressEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobProgressEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobProgressEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobProgressEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobQueuedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobQueuedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobQueuedEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobQueuedEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnySharePointMigrationEvent>
for crate::v1::SharePointMigrationJobStartEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobStartEvent";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointMigrationJobStartEvent {
    const SEGMENT: &'static str = "microsoft.graph.sharePointMigrationJobStartEvent";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SharePointProtectionPolicy, C> {
    /// Navigation property `siteInclusionRules` (`microsoft.graph.siteProtectionRule`).
    pub fn site_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionRule,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("siteInclusionRules"))
    }
    /// Navigation property `siteProtectionUnits` (`microsoft.graph.siteProtectionUnit`).
    pub fn site_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionUnit,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("siteProtectionUnits"))
    }
    /// Navigation property `siteProtectionUnitsBulkAdditionJobs` (`microsoft.graph.siteProtectionUnitsBulkAdditionJob`).
    pub fn site_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("siteProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionPolicyArtifactCount` (`microsoft.graph.protectionPolicyArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    pub fn protection_policy_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProtectionPolicyArtifactCount> {
        crate::path::PropertyPath::new(
            self.target().segment("protectionPolicyArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionPolicyBase>
for crate::v1::SharePointProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.sharePointProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.sharePointProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SharePointRestoreSession, C> {
    /// Containment navigation property `granularSiteRestoreArtifacts` (`microsoft.graph.granularSiteRestoreArtifact`).
    pub fn granular_site_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GranularSiteRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("granularSiteRestoreArtifacts"),
        )
    }
    /// Containment navigation property `siteRestoreArtifacts` (`microsoft.graph.siteRestoreArtifact`).
    pub fn site_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("siteRestoreArtifacts"))
    }
    /// Containment navigation property `siteRestoreArtifactsBulkAdditionRequests` (`microsoft.graph.siteRestoreArtifactsBulkAdditionRequest`).
    pub fn site_restore_artifacts_bulk_addition_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SiteRestoreArtifactsBulkAdditionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("siteRestoreArtifactsBulkAdditionRequests"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `restoreSessionArtifactCount` (`microsoft.graph.restoreSessionArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    pub fn restore_session_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RestoreSessionArtifactCount> {
        crate::path::PropertyPath::new(
            self.target().segment("restoreSessionArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyRestoreSessionBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("activate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreSessionBase>
for crate::v1::SharePointRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointRestoreSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharePointRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.sharePointRestoreSession";
}
#[cfg(msgraph_v1_search_or_shares)]
/// Features: `v1`, or one of `v1-search`, `v1-shares`.
impl<C> crate::path::EntityPath<crate::v1::SharedDriveItem, C> {
    /// Structural property `owner` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn owner(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("owner"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `driveItem` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("driveItem"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `items` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("items"))
    }
    /// Containment navigation property `list` (`microsoft.graph.list`).
    pub fn list_2(
        &self,
    ) -> crate::path::EntityPath<crate::v1::List, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.target().segment("list"))
    }
    /// Navigation property `listItem` (`microsoft.graph.listItem`).
    pub fn list_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ListItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("listItem"))
    }
    /// Containment navigation property `permission` (`microsoft.graph.permission`).
    pub fn permission(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Permission,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("permission"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `root` (`microsoft.graph.driveItem`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn root(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DriveItem,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("root"))
    }
    #[cfg(msgraph_v1_core_or_sites)]
    /// Navigation property `site` (`microsoft.graph.site`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn site(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Site, crate::path::caps::GetUpdateRef> {
        crate::path::EntityPath::new(self.target().segment("site"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_search_or_shares)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_v1_search_or_shares)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SharedInsight, C> {
    /// Structural property `lastShared` (`microsoft.graph.sharingDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_shared(&self) -> crate::path::PropertyPath<crate::v1::SharingDetail> {
        crate::path::PropertyPath::new(self.target().segment("lastShared"))
    }
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceReference> {
        crate::path::PropertyPath::new(self.target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceVisualization> {
        crate::path::PropertyPath::new(self.target().segment("resourceVisualization"))
    }
    /// Navigation property `lastSharedMethod` (`microsoft.graph.entity`).
    pub fn last_shared_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("lastSharedMethod"))
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("resource"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharedInsight {
    const SEGMENT: &'static str = "microsoft.graph.sharedInsight";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SharedPcConfiguration, C> {
    /// Structural property `accountManagerPolicy` (`microsoft.graph.sharedPCAccountManagerPolicy`), addressed on its own: `GET` or `PATCH` it.
    pub fn account_manager_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharedPcAccountManagerPolicy> {
        crate::path::PropertyPath::new(self.target().segment("accountManagerPolicy"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::v1::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SharedWithChannelTeamInfo, C> {
    /// Navigation property `allowedMembers` (`microsoft.graph.conversationMember`).
    pub fn allowed_members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("allowedMembers"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `team` (`microsoft.graph.team`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn team(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Team,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("team"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyTeamInfo>
for crate::v1::SharedWithChannelTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.sharedWithChannelTeamInfo";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SharedWithChannelTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.sharedWithChannelTeamInfo";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::Sharepoint, C> {
    /// Containment navigation property `settings` (`microsoft.graph.sharepointSettings`).
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SharepointSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("settings"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Sharepoint {
    const SEGMENT: &'static str = "microsoft.graph.sharepoint";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SharepointSettings, C> {
    /// Structural property `idleSessionSignOut` (`microsoft.graph.idleSessionSignOut`), addressed on its own: `GET` or `PATCH` it.
    pub fn idle_session_sign_out(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IdleSessionSignOut> {
        crate::path::PropertyPath::new(self.target().segment("idleSessionSignOut"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SharepointSettings {
    const SEGMENT: &'static str = "microsoft.graph.sharepointSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Shift, C> {
    /// Structural property `draftShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn draft_shift(&self) -> crate::path::PropertyPath<crate::v1::AnyShiftItem> {
        crate::path::PropertyPath::new(self.target().segment("draftShift"))
    }
    /// Structural property `sharedShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_shift(&self) -> crate::path::PropertyPath<crate::v1::AnyShiftItem> {
        crate::path::PropertyPath::new(self.target().segment("sharedShift"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity> for crate::v1::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::ShiftPreferences, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SignIn, C> {
    /// Structural property `authenticationAppDeviceDetails` (`microsoft.graph.authenticationAppDeviceDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn authentication_app_device_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationAppDeviceDetails> {
        crate::path::PropertyPath::new(
            self.target().segment("authenticationAppDeviceDetails"),
        )
    }
    /// Structural property `deviceDetail` (`microsoft.graph.deviceDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn device_detail(&self) -> crate::path::PropertyPath<crate::v1::DeviceDetail> {
        crate::path::PropertyPath::new(self.target().segment("deviceDetail"))
    }
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::SignInLocation> {
        crate::path::PropertyPath::new(self.target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.signInStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::SignInStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SignIn {
    const SEGMENT: &'static str = "microsoft.graph.signIn";
}
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::SignIn, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::SignInCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SignInCollectionConfirmCompromisedParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confirmSafe`: action `microsoft.graph.confirmSafe`.
    pub fn confirm_safe(
        &self,
        params: crate::v1::params::SignInCollectionConfirmSafeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SignInCollectionConfirmSafeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmSafe"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::v1::params::SignInCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SignInCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::Simulation, C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `endUserNotificationSetting` (`microsoft.graph.endUserNotificationSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn end_user_notification_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEndUserNotificationSetting> {
        crate::path::PropertyPath::new(
            self.target().segment("endUserNotificationSetting"),
        )
    }
    /// Structural property `excludedAccountTarget` (`microsoft.graph.accountTargetContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn excluded_account_target(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyAccountTargetContent> {
        crate::path::PropertyPath::new(self.target().segment("excludedAccountTarget"))
    }
    /// Structural property `includedAccountTarget` (`microsoft.graph.accountTargetContent`), addressed on its own: `GET` or `PATCH` it.
    pub fn included_account_target(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyAccountTargetContent> {
        crate::path::PropertyPath::new(self.target().segment("includedAccountTarget"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `oAuthConsentAppDetail` (`microsoft.graph.oAuthConsentAppDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn o_auth_consent_app_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OAuthConsentAppDetail> {
        crate::path::PropertyPath::new(self.target().segment("oAuthConsentAppDetail"))
    }
    /// Structural property `report` (`microsoft.graph.simulationReport`), addressed on its own: `GET` or `PATCH` it.
    pub fn report(&self) -> crate::path::PropertyPath<crate::v1::SimulationReport> {
        crate::path::PropertyPath::new(self.target().segment("report"))
    }
    /// Structural property `trainingSetting` (`microsoft.graph.trainingSetting`), addressed on its own: `GET` or `PATCH` it.
    pub fn training_setting(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyTrainingSetting> {
        crate::path::PropertyPath::new(self.target().segment("trainingSetting"))
    }
    /// Navigation property `landingPage` (`microsoft.graph.landingPage`).
    pub fn landing_page(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::LandingPage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("landingPage"))
    }
    /// Navigation property `loginPage` (`microsoft.graph.loginPage`).
    pub fn login_page(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::LoginPage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("loginPage"))
    }
    /// Navigation property `payload` (`microsoft.graph.payload`).
    pub fn payload(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Payload,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("payload"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Simulation {
    const SEGMENT: &'static str = "microsoft.graph.simulation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::SimulationAutomation, C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `runs` (`microsoft.graph.simulationAutomationRun`).
    pub fn runs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SimulationAutomationRun,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("runs"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SimulationAutomation {
    const SEGMENT: &'static str = "microsoft.graph.simulationAutomation";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SimulationAutomationRun {
    const SEGMENT: &'static str = "microsoft.graph.simulationAutomationRun";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SingleValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.singleValueLegacyExtendedProperty";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Site, C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `root` (`microsoft.graph.root`), addressed on its own: `GET` or `PATCH` it.
    pub fn root(&self) -> crate::path::PropertyPath<crate::v1::Root> {
        crate::path::PropertyPath::new(self.target().segment("root"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn sharepoint_ids(&self) -> crate::path::PropertyPath<crate::v1::SharepointIds> {
        crate::path::PropertyPath::new(self.target().segment("sharepointIds"))
    }
    /// Structural property `siteCollection` (`microsoft.graph.siteCollection`), addressed on its own: `GET` or `PATCH` it.
    pub fn site_collection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SiteCollection> {
        crate::path::PropertyPath::new(self.target().segment("siteCollection"))
    }
    /// Containment navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ItemAnalytics,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("analytics"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("columns"))
    }
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("contentTypes"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drive` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Drive,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("drive"))
    }
    #[cfg(msgraph_v1_drives_or_search)]
    /// Navigation property `drives` (`microsoft.graph.drive`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Drive,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("drives"))
    }
    /// Navigation property `externalColumns` (`microsoft.graph.columnDefinition`).
    pub fn external_columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("externalColumns"))
    }
    /// Navigation property `items` (`microsoft.graph.baseItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyBaseItem,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("items"))
    }
    /// Containment navigation property `lists` (`microsoft.graph.list`).
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::List,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("lists"))
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    pub fn onenote(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Onenote,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("onenote"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.richLongRunningOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RichLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.baseSitePage`).
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyBaseSitePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("pages"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("permissions"))
    }
    /// Navigation property `sites` (`microsoft.graph.site`).
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Site,
        crate::path::caps::ListUpdateRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("sites"))
    }
    /// Containment navigation property `termStore` (`microsoft.graph.termStore.store`).
    pub fn term_store(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Store,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("termStore"))
    }
    /// Containment navigation property `termStores` (`microsoft.graph.termStore.store`).
    pub fn term_stores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Store,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("termStores"))
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getActivitiesByInterval", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    pub fn get_activities_by_interval_2(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getActivitiesByInterval",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                        (
                            "interval",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(interval),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getApplicableContentTypesForList`: function `microsoft.graph.getApplicableContentTypesForList`.
    pub fn get_applicable_content_types_for_list(
        &self,
        list_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ContentType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getApplicableContentTypesForList",
                    &[
                        (
                            "listId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(list_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getByPath`: function `microsoft.graph.getByPath`.
    pub fn get_by_path(
        &self,
        path: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getByPath",
                    &[
                        (
                            "path",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(path),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Site, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::SiteCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SiteCollectionAddParams>,
        rt::request::Collection<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllSites`: function `microsoft.graph.getAllSites`.
    pub fn get_all_sites(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllSites", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::SiteCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SiteCollectionRemoveParams>,
        rt::request::Collection<crate::v1::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SitePage, C> {
    /// Structural property `reactions` (`microsoft.graph.reactionsFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn reactions(&self) -> crate::path::PropertyPath<crate::v1::ReactionsFacet> {
        crate::path::PropertyPath::new(self.target().segment("reactions"))
    }
    /// Structural property `titleArea` (`microsoft.graph.titleArea`), addressed on its own: `GET` or `PATCH` it.
    pub fn title_area(&self) -> crate::path::PropertyPath<crate::v1::TitleArea> {
        crate::path::PropertyPath::new(self.target().segment("titleArea"))
    }
    /// Containment navigation property `canvasLayout` (`microsoft.graph.canvasLayout`).
    pub fn canvas_layout(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CanvasLayout,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("canvasLayout"))
    }
    /// Containment navigation property `webParts` (`microsoft.graph.webPart`).
    pub fn web_parts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyWebPart,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("webParts"))
    }
    /// `POST .../getWebPartsByPosition`: action `microsoft.graph.getWebPartsByPosition`.
    pub fn get_web_parts_by_position(
        &self,
        params: crate::v1::params::SitePageGetWebPartsByPositionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SitePageGetWebPartsByPositionParams>,
        rt::request::Collection<crate::v1::AnyWebPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getWebPartsByPosition"),
            rt::request::Json(params),
        )
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// Structural property `publishingState` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    pub fn publishing_state(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PublicationFacet> {
        crate::path::PropertyPath::new(self.target().segment("publishingState"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.target().segment("parentReference"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("createdByUser"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseSitePage> for crate::v1::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SiteProtectionRule, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../deleteAndUnprotect`: action `microsoft.graph.deleteAndUnprotect`.
    pub fn delete_and_unprotect(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("deleteAndUnprotect"),
            rt::request::NoBody,
        )
    }
    /// `POST .../run`: action `microsoft.graph.run`.
    pub fn run(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("run"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionRuleBase>
for crate::v1::SiteProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SiteProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SiteProtectionUnit, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../cancelOffboard`: action `microsoft.graph.cancelOffboard`.
    pub fn cancel_offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancelOffboard"),
            rt::request::NoBody,
        )
    }
    /// `POST .../offboard`: action `microsoft.graph.offboard`.
    pub fn offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("offboard"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitBase>
for crate::v1::SiteProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SiteProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SiteProtectionUnitsBulkAdditionJob, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitsBulkJobBase>
for crate::v1::SiteProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SiteProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.siteProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SiteRestoreArtifact, C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Navigation property `restorePoint` (`microsoft.graph.restorePoint`).
    pub fn restore_point(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RestorePoint,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("restorePoint"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactBase>
for crate::v1::SiteRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SiteRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SiteRestoreArtifactsBulkAdditionRequest, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionTimePeriod` (`microsoft.graph.timePeriod`), addressed on its own: `GET` or `PATCH` it.
    pub fn protection_time_period(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimePeriod> {
        crate::path::PropertyPath::new(self.target().segment("protectionTimePeriod"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactsBulkRequestBase>
for crate::v1::SiteRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SiteRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::SkypeForBusinessUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SkypeForBusinessUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::v1::SkypeForBusinessUserConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::SkypeUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SkypeUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.skypeUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::SkypeUserConversationMember, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::v1::params::ConversationMemberCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionAddParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::v1::params::ConversationMemberCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ConversationMemberCollectionRemoveParams>,
        rt::request::Collection<crate::v1::AnyActionResultPart>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SmsAuthenticationMethodConfiguration, C> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.smsAuthenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SmsAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::SocialIdentityProvider, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SoftwareOathAuthenticationMethod, C> {
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::SoftwareOathAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SoftwareOathAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::SoftwareOathAuthenticationMethodConfiguration, C> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::SoftwareOathAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SoftwareOathAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.softwareOathAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SoftwareUpdateStatusSummary {
    const SEGMENT: &'static str = "microsoft.graph.softwareUpdateStatusSummary";
}
#[cfg(msgraph_v1_solutions)]
/// Features: `v1` or `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::SolutionsRoot, C> {
    /// Containment navigation property `backupRestore` (`microsoft.graph.backupRestoreRoot`).
    pub fn backup_restore(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::BackupRestoreRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("backupRestore"))
    }
    /// Containment navigation property `bookingBusinesses` (`microsoft.graph.bookingBusiness`).
    pub fn booking_businesses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingBusiness,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("bookingBusinesses"))
    }
    /// Containment navigation property `bookingCurrencies` (`microsoft.graph.bookingCurrency`).
    pub fn booking_currencies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::BookingCurrency,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("bookingCurrencies"))
    }
    /// Containment navigation property `virtualEvents` (`microsoft.graph.virtualEventsRoot`).
    pub fn virtual_events(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::VirtualEventsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("virtualEvents"))
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SpeakerAssignmentSubmission {
    const SEGMENT: &'static str = "microsoft.graph.speakerAssignmentSubmission";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::StandardWebPart, C> {
    /// Structural property `data` (`microsoft.graph.webPartData`), addressed on its own: `GET` or `PATCH` it.
    pub fn data(&self) -> crate::path::PropertyPath<crate::v1::WebPartData> {
        crate::path::PropertyPath::new(self.target().segment("data"))
    }
    /// `POST .../getPositionOfWebPart`: action `microsoft.graph.getPositionOfWebPart`.
    pub fn get_position_of_web_part(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WebPartPosition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getPositionOfWebPart"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyWebPart> for crate::v1::StandardWebPart {
    const SEGMENT: &'static str = "microsoft.graph.standardWebPart";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::StandardWebPart {
    const SEGMENT: &'static str = "microsoft.graph.standardWebPart";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::StartHoldMusicOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::StartHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.startHoldMusicOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::StartHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.startHoldMusicOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::StopHoldMusicOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::StopHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.stopHoldMusicOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::StopHoldMusicOperation {
    const SEGMENT: &'static str = "microsoft.graph.stopHoldMusicOperation";
}
#[cfg(msgraph_v1_storage)]
/// Features: `v1` or `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::Storage, C> {
    /// Containment navigation property `fileStorage` (`microsoft.graph.fileStorage`).
    pub fn file_storage(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FileStorage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("fileStorage"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.storageSettings`).
    pub fn settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::StorageSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("settings"))
    }
}
#[cfg(msgraph_v1_core_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyStorageQuotaBreakdown {
    const SEGMENT: &'static str = "microsoft.graph.storageQuotaBreakdown";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::StorageSettings, C> {
    /// Containment navigation property `quota` (`microsoft.graph.unifiedStorageQuota`).
    pub fn quota(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::UnifiedStorageQuota,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("quota"))
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::StorageSettings {
    const SEGMENT: &'static str = "microsoft.graph.storageSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyStsPolicy, C> {
    /// Navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("appliesTo"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase> for crate::v1::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyStsPolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
/// Features: `v1`, or one of `v1-privacy`, `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::SubjectRightsRequest, C> {
    /// Structural property `assignedTo` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn assigned_to(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.target().segment("assignedTo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `dataSubject` (`microsoft.graph.dataSubject`), addressed on its own: `GET` or `PATCH` it.
    pub fn data_subject(&self) -> crate::path::PropertyPath<crate::v1::DataSubject> {
        crate::path::PropertyPath::new(self.target().segment("dataSubject"))
    }
    /// Structural property `insight` (`microsoft.graph.subjectRightsRequestDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn insight(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SubjectRightsRequestDetail> {
        crate::path::PropertyPath::new(self.target().segment("insight"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Structural property `mailboxLocations` (`microsoft.graph.subjectRightsRequestMailboxLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn mailbox_locations(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnySubjectRightsRequestMailboxLocation> {
        crate::path::PropertyPath::new(self.target().segment("mailboxLocations"))
    }
    /// Structural property `siteLocations` (`microsoft.graph.subjectRightsRequestSiteLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn site_locations(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnySubjectRightsRequestSiteLocation> {
        crate::path::PropertyPath::new(self.target().segment("siteLocations"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `approvers` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn approvers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("approvers"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `collaborators` (`microsoft.graph.user`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn collaborators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("collaborators"))
    }
    /// Containment navigation property `notes` (`microsoft.graph.authoredNote`).
    pub fn notes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuthoredNote,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("notes"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `team` (`microsoft.graph.team`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn team(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Team,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("team"))
    }
    /// `GET .../getFinalAttachment`: function `microsoft.graph.getFinalAttachment`.
    pub fn get_final_attachment(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getFinalAttachment", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getFinalReport`: function `microsoft.graph.getFinalReport`.
    pub fn get_final_report(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getFinalReport", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_privacy_or_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SubjectRightsRequest {
    const SEGMENT: &'static str = "microsoft.graph.subjectRightsRequest";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::SubscribeToToneOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
/// Features: `v1`, or one of `v1-search`, `v1-subscribed-skus`.
impl<C> crate::path::EntityPath<crate::v1::SubscribedSku, C> {
    /// Structural property `prepaidUnits` (`microsoft.graph.licenseUnitsDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn prepaid_units(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LicenseUnitsDetail> {
        crate::path::PropertyPath::new(self.target().segment("prepaidUnits"))
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SubscribedSku {
    const SEGMENT: &'static str = "microsoft.graph.subscribedSku";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Subscription, C> {
    /// `POST .../reauthorize`: action `microsoft.graph.reauthorize`.
    pub fn reauthorize(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("reauthorize"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Subscription {
    const SEGMENT: &'static str = "microsoft.graph.subscription";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SwapShiftsChangeRequest, C> {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    pub fn approve(
        &self,
        params: crate::v1::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestApproveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("approve"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    pub fn decline(
        &self,
        params: crate::v1::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyOfferShiftRequest>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Synchronization, C> {
    /// Containment navigation property `jobs` (`microsoft.graph.synchronizationJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SynchronizationJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("jobs"))
    }
    /// Containment navigation property `templates` (`microsoft.graph.synchronizationTemplate`).
    pub fn templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SynchronizationTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("templates"))
    }
    /// `POST .../acquireAccessToken`: action `microsoft.graph.acquireAccessToken`.
    pub fn acquire_access_token(
        &self,
        params: crate::v1::params::SynchronizationAcquireAccessTokenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationAcquireAccessTokenParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("acquireAccessToken"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Synchronization {
    const SEGMENT: &'static str = "microsoft.graph.synchronization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SynchronizationJob, C> {
    /// Structural property `schedule` (`microsoft.graph.synchronizationSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SynchronizationSchedule> {
        crate::path::PropertyPath::new(self.target().segment("schedule"))
    }
    /// Structural property `status` (`microsoft.graph.synchronizationStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::SynchronizationStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
    /// Containment navigation property `bulkUpload` (`microsoft.graph.bulkUpload`).
    pub fn bulk_upload(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::BulkUpload,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("bulkUpload"))
    }
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SynchronizationSchema,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("schema"))
    }
    /// `POST .../pause`: action `microsoft.graph.pause`.
    pub fn pause(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("pause"),
            rt::request::NoBody,
        )
    }
    /// `POST .../provisionOnDemand`: action `microsoft.graph.provisionOnDemand`.
    pub fn provision_on_demand(
        &self,
        params: crate::v1::params::SynchronizationJobProvisionOnDemandParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationJobProvisionOnDemandParams>,
        rt::request::Entity<crate::v1::StringKeyStringValuePair>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("provisionOnDemand"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restart`: action `microsoft.graph.restart`.
    pub fn restart(
        &self,
        params: crate::v1::params::SynchronizationJobRestartParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationJobRestartParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restart"),
            rt::request::Json(params),
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    pub fn start(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("start"),
            rt::request::NoBody,
        )
    }
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    pub fn validate_credentials(
        &self,
        params: crate::v1::params::SynchronizationJobValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::SynchronizationJobValidateCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateCredentials"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::SynchronizationJob {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationJob";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::SynchronizationJob, C> {
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    pub fn validate_credentials(
        &self,
        params: crate::v1::params::SynchronizationJobCollectionValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::SynchronizationJobCollectionValidateCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateCredentials"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SynchronizationSchema, C> {
    /// Containment navigation property `directories` (`microsoft.graph.directoryDefinition`).
    pub fn directories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DirectoryDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("directories"))
    }
    /// `GET .../filterOperators`: function `microsoft.graph.filterOperators`.
    pub fn filter_operators(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::FilterOperatorSchema>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("filterOperators", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../functions`: function `microsoft.graph.functions`.
    pub fn functions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AttributeMappingFunctionSchema>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("functions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../parseExpression`: action `microsoft.graph.parseExpression`.
    pub fn parse_expression(
        &self,
        params: crate::v1::params::SynchronizationSchemaParseExpressionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SynchronizationSchemaParseExpressionParams>,
        rt::request::Entity<crate::v1::ParseExpressionResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("parseExpression"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SynchronizationSchema {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationSchema";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::SynchronizationTemplate, C> {
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SynchronizationSchema,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("schema"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::SynchronizationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationTemplate";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::call_records::Segment, C> {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.target().segment("failureInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Segment {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.segment";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::call_records::Session, C> {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.target().segment("failureInfo"))
    }
    /// Containment navigation property `segments` (`microsoft.graph.callRecords.segment`).
    pub fn segments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::call_records::Segment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("segments"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Session {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.session";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::entra_recovery_services::Snapshot, C> {
    /// Navigation property `recoveryJobs` (`microsoft.graph.entraRecoveryServices.recoveryJob`).
    pub fn recovery_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::RecoveryJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("recoveryJobs"))
    }
    /// Navigation property `recoveryPreviewJobs` (`microsoft.graph.entraRecoveryServices.recoveryPreviewJob`).
    pub fn recovery_preview_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::RecoveryPreviewJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("recoveryPreviewJobs"))
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::Snapshot {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.snapshot";
}
#[cfg(msgraph_v1_connections_or_external_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::external_connectors::Schema {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.schema";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::search::AnySearchAnswer, C> {
    /// Structural property `lastModifiedBy` (`microsoft.graph.search.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::IdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::search::AnySearchAnswer {
    const SEGMENT: &'static str = "microsoft.graph.search.searchAnswer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::AnySearch, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::AnySearch {
    const SEGMENT: &'static str = "microsoft.graph.security.search";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::Sensor, C> {
    /// Structural property `settings` (`microsoft.graph.security.sensorSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::SensorSettings> {
        crate::path::PropertyPath::new(self.target().segment("settings"))
    }
    /// Navigation property `healthIssues` (`microsoft.graph.security.healthIssue`).
    pub fn health_issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HealthIssue,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("healthIssues"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Sensor {
    const SEGMENT: &'static str = "microsoft.graph.security.sensor";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::Sensor, C> {
    /// `GET .../microsoft.graph.security.getDeploymentAccessKey`: function `microsoft.graph.security.getDeploymentAccessKey`.
    pub fn get_deployment_access_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::security::DeploymentAccessKeyType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function("microsoft.graph.security.getDeploymentAccessKey", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../microsoft.graph.security.getDeploymentPackageUri`: function `microsoft.graph.security.getDeploymentPackageUri`.
    pub fn get_deployment_package_uri(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::security::SensorDeploymentPackage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function("microsoft.graph.security.getDeploymentPackageUri", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../microsoft.graph.security.regenerateDeploymentAccessKey`: action `microsoft.graph.security.regenerateDeploymentAccessKey`.
    pub fn regenerate_deployment_access_key(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::security::DeploymentAccessKeyType>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self
                .target()
                .segment("microsoft.graph.security.regenerateDeploymentAccessKey"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SensorCandidate {
    const SEGMENT: &'static str = "microsoft.graph.security.sensorCandidate";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::CollectionPath<crate::v1::security::SensorCandidate, C> {
    /// `POST .../microsoft.graph.security.activate`: action `microsoft.graph.security.activate`.
    pub fn activate(
        &self,
        params: crate::v1::params::SensorCandidateCollectionActivateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::SensorCandidateCollectionActivateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.security.activate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SensorCandidateActivationConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.security.sensorCandidateActivationConfiguration";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::SettingsContainer, C> {
    /// Containment navigation property `autoAuditingConfiguration` (`microsoft.graph.security.autoAuditingConfiguration`).
    pub fn auto_auditing_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AutoAuditingConfiguration,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("autoAuditingConfiguration"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SettingsContainer {
    const SEGMENT: &'static str = "microsoft.graph.security.settingsContainer";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::SiteSource, C> {
    #[cfg(msgraph_v1_core_or_sites)]
    /// Navigation property `site` (`microsoft.graph.site`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn site(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Site, crate::path::caps::GetUpdateRef> {
        crate::path::EntityPath::new(self.target().segment("site"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::security::AnyDataSource>
for crate::v1::security::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.security.siteSource";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.security.siteSource";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::SslCertificate, C> {
    /// Structural property `issuer` (`microsoft.graph.security.sslCertificateEntity`), addressed on its own: `GET` or `PATCH` it.
    pub fn issuer(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::SslCertificateEntity> {
        crate::path::PropertyPath::new(self.target().segment("issuer"))
    }
    /// Structural property `subject` (`microsoft.graph.security.sslCertificateEntity`), addressed on its own: `GET` or `PATCH` it.
    pub fn subject(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::SslCertificateEntity> {
        crate::path::PropertyPath::new(self.target().segment("subject"))
    }
    /// Navigation property `relatedHosts` (`microsoft.graph.security.host`).
    pub fn related_hosts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyHost,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("relatedHosts"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::SslCertificate {
    const SEGMENT: &'static str = "microsoft.graph.security.sslCertificate";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SslCertificate {
    const SEGMENT: &'static str = "microsoft.graph.security.sslCertificate";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::SubcategoryTemplate, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::security::AnyFilePlanDescriptorTemplate>
for crate::v1::security::SubcategoryTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.subcategoryTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::SubcategoryTemplate {
    const SEGMENT: &'static str = "microsoft.graph.security.subcategoryTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::Subdomain, C> {
    /// Navigation property `host` (`microsoft.graph.security.host`).
    pub fn host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("host"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::Subdomain {
    const SEGMENT: &'static str = "microsoft.graph.security.subdomain";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::term_store::Set, C> {
    /// Containment navigation property `children` (`microsoft.graph.termStore.term`).
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("children"))
    }
    /// Containment navigation property `parentGroup` (`microsoft.graph.termStore.group`).
    pub fn parent_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Group,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("parentGroup"))
    }
    /// Containment navigation property `relations` (`microsoft.graph.termStore.relation`).
    pub fn relations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Relation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("relations"))
    }
    /// Containment navigation property `terms` (`microsoft.graph.termStore.term`).
    pub fn terms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("terms"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Set {
    const SEGMENT: &'static str = "microsoft.graph.termStore.set";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::term_store::Store, C> {
    /// Containment navigation property `groups` (`microsoft.graph.termStore.group`).
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Group,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("groups"))
    }
    /// Containment navigation property `sets` (`microsoft.graph.termStore.set`).
    pub fn sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Set,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sets"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Store {
    const SEGMENT: &'static str = "microsoft.graph.termStore.store";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TargetDeviceGroup {
    const SEGMENT: &'static str = "microsoft.graph.targetDeviceGroup";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TargetedChatMessage, C> {
    /// Structural property `recipient` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    pub fn recipient(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentity> {
        crate::path::PropertyPath::new(self.target().segment("recipient"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("body"))
    }
    /// Structural property `channelIdentity` (`microsoft.graph.channelIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn channel_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChannelIdentity> {
        crate::path::PropertyPath::new(self.target().segment("channelIdentity"))
    }
    /// Structural property `eventDetail` (`microsoft.graph.eventMessageDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn event_detail(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyEventMessageDetail> {
        crate::path::PropertyPath::new(self.target().segment("eventDetail"))
    }
    /// Structural property `from` (`microsoft.graph.chatMessageFromIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatMessageFromIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("from"))
    }
    /// Structural property `policyViolation` (`microsoft.graph.chatMessagePolicyViolation`), addressed on its own: `GET` or `PATCH` it.
    pub fn policy_violation(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatMessagePolicyViolation> {
        crate::path::PropertyPath::new(self.target().segment("policyViolation"))
    }
    /// Containment navigation property `hostedContents` (`microsoft.graph.chatMessageHostedContent`).
    pub fn hosted_contents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ChatMessageHostedContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hostedContents"))
    }
    /// Containment navigation property `replies` (`microsoft.graph.chatMessage`).
    pub fn replies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyChatMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("replies"))
    }
    /// `POST .../setReaction`: action `microsoft.graph.setReaction`.
    pub fn set_reaction(
        &self,
        params: crate::v1::params::ChatMessageSetReactionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMessageSetReactionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setReaction"),
            rt::request::Json(params),
        )
    }
    /// `POST .../softDelete`: action `microsoft.graph.softDelete`.
    pub fn soft_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("softDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../undoSoftDelete`: action `microsoft.graph.undoSoftDelete`.
    pub fn undo_soft_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("undoSoftDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../unsetReaction`: action `microsoft.graph.unsetReaction`.
    pub fn unset_reaction(
        &self,
        params: crate::v1::params::ChatMessageUnsetReactionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMessageUnsetReactionParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unsetReaction"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyChatMessage>
for crate::v1::TargetedChatMessage {
    const SEGMENT: &'static str = "microsoft.graph.targetedChatMessage";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TargetedChatMessage {
    const SEGMENT: &'static str = "microsoft.graph.targetedChatMessage";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TargetedChatMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../replyWithQuote`: action `microsoft.graph.replyWithQuote`.
    pub fn reply_with_quote(
        &self,
        params: crate::v1::params::ChatMessageCollectionReplyWithQuoteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ChatMessageCollectionReplyWithQuoteParams>,
        rt::request::Entity<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("replyWithQuote"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TargetedManagedAppConfiguration, C> {
    /// Containment navigation property `apps` (`microsoft.graph.managedMobileApp`).
    pub fn apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedMobileApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("apps"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// Containment navigation property `deploymentSummary` (`microsoft.graph.managedAppPolicyDeploymentSummary`).
    pub fn deployment_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedAppPolicyDeploymentSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("deploymentSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::TargetedManagedAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppConfigurationAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::TargetedManagedAppConfigurationTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppConfigurationTargetAppsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppConfiguration>
for crate::v1::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TargetedManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TargetedManagedAppPolicyAssignment, C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TargetedManagedAppPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppPolicyAssignment";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyTargetedManagedAppProtection, C> {
    /// Containment navigation property `assignments` (`microsoft.graph.targetedManagedAppPolicyAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetedManagedAppPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TargetedManagedAppProtectionAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    pub fn target_apps(
        &self,
        params: crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TargetedManagedAppProtectionTargetAppsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppProtection>
for crate::v1::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyTargetedManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.targetedManagedAppProtection";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TaskFileAttachment, C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyAttachmentBase>
for crate::v1::TaskFileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.taskFileAttachment";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TaskFileAttachment {
    const SEGMENT: &'static str = "microsoft.graph.taskFileAttachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TaskFileAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentBaseCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentBaseCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Team, C> {
    /// Structural property `funSettings` (`microsoft.graph.teamFunSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn fun_settings(&self) -> crate::path::PropertyPath<crate::v1::TeamFunSettings> {
        crate::path::PropertyPath::new(self.target().segment("funSettings"))
    }
    /// Structural property `guestSettings` (`microsoft.graph.teamGuestSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn guest_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamGuestSettings> {
        crate::path::PropertyPath::new(self.target().segment("guestSettings"))
    }
    /// Structural property `memberSettings` (`microsoft.graph.teamMemberSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn member_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamMemberSettings> {
        crate::path::PropertyPath::new(self.target().segment("memberSettings"))
    }
    /// Structural property `messagingSettings` (`microsoft.graph.teamMessagingSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn messaging_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamMessagingSettings> {
        crate::path::PropertyPath::new(self.target().segment("messagingSettings"))
    }
    /// Structural property `summary` (`microsoft.graph.teamSummary`), addressed on its own: `GET` or `PATCH` it.
    pub fn summary(&self) -> crate::path::PropertyPath<crate::v1::TeamSummary> {
        crate::path::PropertyPath::new(self.target().segment("summary"))
    }
    /// Navigation property `allChannels` (`microsoft.graph.channel`).
    pub fn all_channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Channel,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("allChannels"))
    }
    /// Containment navigation property `channels` (`microsoft.graph.channel`).
    pub fn channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Channel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("channels"))
    }
    /// Navigation property `group` (`microsoft.graph.group`).
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("group"))
    }
    /// Navigation property `incomingChannels` (`microsoft.graph.channel`).
    pub fn incoming_channels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Channel,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("incomingChannels"))
    }
    /// Containment navigation property `installedApps` (`microsoft.graph.teamsAppInstallation`).
    pub fn installed_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyTeamsAppInstallation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("installedApps"))
    }
    /// Containment navigation property `members` (`microsoft.graph.conversationMember`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConversationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("members"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.teamsAsyncOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsAsyncOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
    /// Containment navigation property `permissionGrants` (`microsoft.graph.resourceSpecificPermissionGrant`).
    pub fn permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ResourceSpecificPermissionGrant,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("permissionGrants"))
    }
    /// Containment navigation property `photo` (`microsoft.graph.profilePhoto`).
    pub fn photo(
        &self,
    ) -> crate::path::EntityPath<crate::v1::ProfilePhoto, crate::path::caps::GetUpdate> {
        crate::path::EntityPath::new(self.target().segment("photo"))
    }
    /// Containment navigation property `primaryChannel` (`microsoft.graph.channel`).
    pub fn primary_channel(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Channel,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("primaryChannel"))
    }
    /// Containment navigation property `schedule` (`microsoft.graph.schedule`).
    pub fn schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Schedule,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("schedule"))
    }
    /// Containment navigation property `tags` (`microsoft.graph.teamworkTag`).
    pub fn tags(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamworkTag,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tags"))
    }
    #[cfg(msgraph_v1_search_or_teams_templates)]
    /// Navigation property `template` (`microsoft.graph.teamsTemplate`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn template(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsTemplate,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("template"))
    }
    /// `POST .../archive`: action `microsoft.graph.archive`.
    pub fn archive(
        &self,
        params: crate::v1::params::TeamArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamArchiveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("archive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clone`: action `microsoft.graph.clone`.
    pub fn clone_2(
        &self,
        params: crate::v1::params::TeamCloneParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamCloneParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clone"),
            rt::request::Json(params),
        )
    }
    /// `POST .../completeMigration`: action `microsoft.graph.completeMigration`.
    pub fn complete_migration(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("completeMigration"),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendActivityNotification`: action `microsoft.graph.sendActivityNotification`.
    pub fn send_activity_notification(
        &self,
        params: crate::v1::params::TeamSendActivityNotificationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamSendActivityNotificationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("sendActivityNotification"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unarchive`: action `microsoft.graph.unarchive`.
    pub fn unarchive(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unarchive"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Team {
    const SEGMENT: &'static str = "microsoft.graph.team";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Team, C> {
    /// `GET .../getAllMessages`: function `microsoft.graph.getAllMessages`.
    pub fn get_all_messages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyChatMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getAllMessages", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyTeamInfo, C> {
    #[cfg(msgraph_v1_core)]
    /// Navigation property `team` (`microsoft.graph.team`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn team(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Team,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("team"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyTeamInfo {
    const SEGMENT: &'static str = "microsoft.graph.teamInfo";
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::TeamsApp, C> {
    /// Containment navigation property `appDefinitions` (`microsoft.graph.teamsAppDefinition`).
    pub fn app_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamsAppDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("appDefinitions"))
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsApp {
    const SEGMENT: &'static str = "microsoft.graph.teamsApp";
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
/// Features: `v1`, or one of `v1-app-catalogs`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::TeamsAppDefinition, C> {
    /// Structural property `authorization` (`microsoft.graph.teamsAppAuthorization`), addressed on its own: `GET` or `PATCH` it.
    pub fn authorization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsAppAuthorization> {
        crate::path::PropertyPath::new(self.target().segment("authorization"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Containment navigation property `bot` (`microsoft.graph.teamworkBot`).
    pub fn bot(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamworkBot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("bot"))
    }
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsAppDefinition {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppDefinition";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyTeamsAppInstallation, C> {
    /// Structural property `consentedPermissionSet` (`microsoft.graph.teamsAppPermissionSet`), addressed on its own: `GET` or `PATCH` it.
    pub fn consented_permission_set(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsAppPermissionSet> {
        crate::path::PropertyPath::new(self.target().segment("consentedPermissionSet"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("teamsApp"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsAppDefinition` (`microsoft.graph.teamsAppDefinition`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn teams_app_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsAppDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("teamsAppDefinition"))
    }
    /// `POST .../upgrade`: action `microsoft.graph.upgrade`.
    pub fn upgrade(
        &self,
        params: crate::v1::params::TeamsAppInstallationUpgradeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TeamsAppInstallationUpgradeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("upgrade"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyTeamsAppInstallation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppInstallation";
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsAppSettings {
    const SEGMENT: &'static str = "microsoft.graph.teamsAppSettings";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TeamsAsyncOperation, C> {
    /// Structural property `error` (`microsoft.graph.operationError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::OperationError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsAsyncOperation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAsyncOperation";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TeamsTab, C> {
    /// Structural property `configuration` (`microsoft.graph.teamsTabConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TeamsTabConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("configuration"))
    }
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    /// Navigation property `teamsApp` (`microsoft.graph.teamsApp`).
    ///
    /// Features: `v1` or `v1-search`.
    pub fn teams_app(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsApp,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("teamsApp"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsTab {
    const SEGMENT: &'static str = "microsoft.graph.teamsTab";
}
#[cfg(msgraph_v1_search_or_teams_templates)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamsTemplate {
    const SEGMENT: &'static str = "microsoft.graph.teamsTemplate";
}
#[cfg(msgraph_v1_search_or_teamwork)]
/// Features: `v1`, or one of `v1-search`, `v1-teamwork`.
impl<C> crate::path::EntityPath<crate::v1::Teamwork, C> {
    /// Containment navigation property `deletedChats` (`microsoft.graph.deletedChat`).
    pub fn deleted_chats(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeletedChat,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deletedChats"))
    }
    /// Containment navigation property `deletedTeams` (`microsoft.graph.deletedTeam`).
    pub fn deleted_teams(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeletedTeam,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("deletedTeams"))
    }
    /// Containment navigation property `teamsAppSettings` (`microsoft.graph.teamsAppSettings`).
    pub fn teams_app_settings(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TeamsAppSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("teamsAppSettings"))
    }
    /// Containment navigation property `workforceIntegrations` (`microsoft.graph.workforceIntegration`).
    pub fn workforce_integrations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WorkforceIntegration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("workforceIntegrations"))
    }
    /// `POST .../sendActivityNotificationToRecipients`: action `microsoft.graph.sendActivityNotificationToRecipients`.
    pub fn send_activity_notification_to_recipients(
        &self,
        params: crate::v1::params::TeamworkSendActivityNotificationToRecipientsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TeamworkSendActivityNotificationToRecipientsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("sendActivityNotificationToRecipients"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Teamwork {
    const SEGMENT: &'static str = "microsoft.graph.teamwork";
}
#[cfg(msgraph_v1_app_catalogs_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamworkBot {
    const SEGMENT: &'static str = "microsoft.graph.teamworkBot";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyTeamworkHostedContent, C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyTeamworkHostedContent {
    const SEGMENT: &'static str = "microsoft.graph.teamworkHostedContent";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TeamworkTag, C> {
    /// Containment navigation property `members` (`microsoft.graph.teamworkTagMember`).
    pub fn members(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TeamworkTagMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("members"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamworkTag {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTag";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TeamworkTagMember {
    const SEGMENT: &'static str = "microsoft.graph.teamworkTagMember";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TemporaryAccessPassAuthenticationMethod, C> {
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TemporaryAccessPassAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
    C,
> {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TenantAppManagementPolicy, C> {
    /// Structural property `applicationRestrictions` (`microsoft.graph.appManagementApplicationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn application_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppManagementApplicationConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("applicationRestrictions"))
    }
    /// Structural property `servicePrincipalRestrictions` (`microsoft.graph.appManagementServicePrincipalConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn service_principal_restrictions(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AppManagementServicePrincipalConfiguration,
    > {
        crate::path::PropertyPath::new(
            self.target().segment("servicePrincipalRestrictions"),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::TenantAppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.tenantAppManagementPolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::TenantAppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.tenantAppManagementPolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TenantAppManagementPolicy {
    const SEGMENT: &'static str = "microsoft.graph.tenantAppManagementPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TenantAppManagementPolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::TenantDataSecurityAndGovernance, C> {
    /// Containment navigation property `protectionScopes` (`microsoft.graph.tenantProtectionScopeContainer`).
    pub fn protection_scopes(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TenantProtectionScopeContainer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("protectionScopes"))
    }
    /// `POST .../processContentAsync`: action `microsoft.graph.processContentAsync`.
    pub fn process_content_async(
        &self,
        params: crate::v1::params::TenantDataSecurityAndGovernanceProcessContentAsyncParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TenantDataSecurityAndGovernanceProcessContentAsyncParams,
        >,
        rt::request::Collection<crate::v1::ProcessContentResponses>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("processContentAsync"),
            rt::request::Json(params),
        )
    }
    /// Containment navigation property `sensitivityLabels` (`microsoft.graph.sensitivityLabel`).
    pub fn sensitivity_labels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sensitivityLabels"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyDataSecurityAndGovernance>
for crate::v1::TenantDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.tenantDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TenantDataSecurityAndGovernance {
    const SEGMENT: &'static str = "microsoft.graph.tenantDataSecurityAndGovernance";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::TenantProtectionScopeContainer, C> {
    /// `POST .../compute`: action `microsoft.graph.compute`.
    pub fn compute(
        &self,
        params: crate::v1::params::TenantProtectionScopeContainerComputeParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TenantProtectionScopeContainerComputeParams,
        >,
        rt::request::Collection<crate::v1::PolicyTenantScope>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("compute"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TenantProtectionScopeContainer {
    const SEGMENT: &'static str = "microsoft.graph.tenantProtectionScopeContainer";
}
#[cfg(msgraph_v1_tenant_relationships)]
/// Features: `v1` or `v1-tenant-relationships`.
impl<C> crate::path::EntityPath<crate::v1::TenantRelationship, C> {
    /// Containment navigation property `delegatedAdminCustomers` (`microsoft.graph.delegatedAdminCustomer`).
    pub fn delegated_admin_customers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminCustomer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("delegatedAdminCustomers"),
        )
    }
    /// Containment navigation property `delegatedAdminRelationships` (`microsoft.graph.delegatedAdminRelationship`).
    pub fn delegated_admin_relationships(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDelegatedAdminRelationship,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("delegatedAdminRelationships"),
        )
    }
    /// Containment navigation property `multiTenantOrganization` (`microsoft.graph.multiTenantOrganization`).
    pub fn multi_tenant_organization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganization,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("multiTenantOrganization"))
    }
    /// `GET .../findTenantInformationByDomainName`: function `microsoft.graph.findTenantInformationByDomainName`.
    pub fn find_tenant_information_by_domain_name(
        &self,
        domain_name: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::TenantInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "findTenantInformationByDomainName",
                    &[
                        (
                            "domainName",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(domain_name),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../findTenantInformationByTenantId`: function `microsoft.graph.findTenantInformationByTenantId`.
    pub fn find_tenant_information_by_tenant_id(
        &self,
        tenant_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::TenantInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "findTenantInformationByTenantId",
                    &[
                        (
                            "tenantId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(tenant_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::TermsAndConditions, C> {
    /// Containment navigation property `acceptanceStatuses` (`microsoft.graph.termsAndConditionsAcceptanceStatus`).
    pub fn acceptance_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TermsAndConditionsAcceptanceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("acceptanceStatuses"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.termsAndConditionsAssignment`).
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TermsAndConditionsAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignments"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TermsAndConditions {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditions";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::TermsAndConditionsAcceptanceStatus, C> {
    /// Navigation property `termsAndConditions` (`microsoft.graph.termsAndConditions`).
    pub fn terms_and_conditions(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TermsAndConditions,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("termsAndConditions"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TermsAndConditionsAcceptanceStatus {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAcceptanceStatus";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::TermsAndConditionsAssignment, C> {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TermsAndConditionsAssignment {
    const SEGMENT: &'static str = "microsoft.graph.termsAndConditionsAssignment";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::TermsOfUseContainer, C> {
    /// Containment navigation property `agreementAcceptances` (`microsoft.graph.agreementAcceptance`).
    pub fn agreement_acceptances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AgreementAcceptance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("agreementAcceptances"))
    }
    /// Containment navigation property `agreements` (`microsoft.graph.agreement`).
    pub fn agreements(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Agreement,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("agreements"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TermsOfUseContainer {
    const SEGMENT: &'static str = "microsoft.graph.termsOfUseContainer";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TextWebPart, C> {
    /// `POST .../getPositionOfWebPart`: action `microsoft.graph.getPositionOfWebPart`.
    pub fn get_position_of_web_part(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::WebPartPosition>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getPositionOfWebPart"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyWebPart> for crate::v1::TextWebPart {
    const SEGMENT: &'static str = "microsoft.graph.textWebPart";
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TextWebPart {
    const SEGMENT: &'static str = "microsoft.graph.textWebPart";
}
#[cfg(msgraph_v1_information_protection_or_search)]
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyThreatAssessmentRequest, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Containment navigation property `results` (`microsoft.graph.threatAssessmentResult`).
    pub fn results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ThreatAssessmentResult,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("results"))
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyThreatAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ThreatAssessmentResult {
    const SEGMENT: &'static str = "microsoft.graph.threatAssessmentResult";
}
#[cfg(msgraph_v1_drives_or_search)]
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ThumbnailSet, C> {
    /// Structural property `large` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn large(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.target().segment("large"))
    }
    /// Structural property `medium` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn medium(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.target().segment("medium"))
    }
    /// Structural property `small` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn small(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.target().segment("small"))
    }
    /// Structural property `source` (`microsoft.graph.thumbnail`), addressed on its own: `GET` or `PATCH` it.
    pub fn source(&self) -> crate::path::PropertyPath<crate::v1::Thumbnail> {
        crate::path::PropertyPath::new(self.target().segment("source"))
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ThumbnailSet {
    const SEGMENT: &'static str = "microsoft.graph.thumbnailSet";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TimeCard, C> {
    /// Structural property `clockInEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    pub fn clock_in_event(&self) -> crate::path::PropertyPath<crate::v1::TimeCardEvent> {
        crate::path::PropertyPath::new(self.target().segment("clockInEvent"))
    }
    /// Structural property `clockOutEvent` (`microsoft.graph.timeCardEvent`), addressed on its own: `GET` or `PATCH` it.
    pub fn clock_out_event(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::TimeCardEvent> {
        crate::path::PropertyPath::new(self.target().segment("clockOutEvent"))
    }
    /// Structural property `notes` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn notes(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("notes"))
    }
    /// Structural property `originalEntry` (`microsoft.graph.timeCardEntry`), addressed on its own: `GET` or `PATCH` it.
    pub fn original_entry(&self) -> crate::path::PropertyPath<crate::v1::TimeCardEntry> {
        crate::path::PropertyPath::new(self.target().segment("originalEntry"))
    }
    /// `POST .../clockOut`: action `microsoft.graph.clockOut`.
    pub fn clock_out(
        &self,
        params: crate::v1::params::TimeCardClockOutParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardClockOutParams>,
        rt::request::Entity<crate::v1::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clockOut"),
            rt::request::Json(params),
        )
    }
    /// `POST .../confirm`: action `microsoft.graph.confirm`.
    pub fn confirm(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirm"),
            rt::request::NoBody,
        )
    }
    /// `POST .../endBreak`: action `microsoft.graph.endBreak`.
    pub fn end_break(
        &self,
        params: crate::v1::params::TimeCardEndBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardEndBreakParams>,
        rt::request::Entity<crate::v1::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("endBreak"),
            rt::request::Json(params),
        )
    }
    /// `POST .../startBreak`: action `microsoft.graph.startBreak`.
    pub fn start_break(
        &self,
        params: crate::v1::params::TimeCardStartBreakParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardStartBreakParams>,
        rt::request::Entity<crate::v1::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("startBreak"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeCard {
    const SEGMENT: &'static str = "microsoft.graph.timeCard";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TimeCard, C> {
    /// `POST .../clockIn`: action `microsoft.graph.clockIn`.
    pub fn clock_in(
        &self,
        params: crate::v1::params::TimeCardCollectionClockInParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TimeCardCollectionClockInParams>,
        rt::request::Entity<crate::v1::TimeCard>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clockIn"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TimeOff, C> {
    /// Structural property `draftTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn draft_time_off(&self) -> crate::path::PropertyPath<crate::v1::TimeOffItem> {
        crate::path::PropertyPath::new(self.target().segment("draftTimeOff"))
    }
    /// Structural property `sharedTimeOff` (`microsoft.graph.timeOffItem`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_time_off(&self) -> crate::path::PropertyPath<crate::v1::TimeOffItem> {
        crate::path::PropertyPath::new(self.target().segment("sharedTimeOff"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity> for crate::v1::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeOff {
    const SEGMENT: &'static str = "microsoft.graph.timeOff";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TimeOffReason, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeOffReason {
    const SEGMENT: &'static str = "microsoft.graph.timeOffReason";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TimeOffRequest, C> {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    pub fn approve(
        &self,
        params: crate::v1::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestApproveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("approve"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    pub fn decline(
        &self,
        params: crate::v1::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ScheduleChangeRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TimeOffRequest {
    const SEGMENT: &'static str = "microsoft.graph.timeOffRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Todo, C> {
    /// Containment navigation property `lists` (`microsoft.graph.todoTaskList`).
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TodoTaskList,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("lists"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Todo {
    const SEGMENT: &'static str = "microsoft.graph.todo";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TodoTask, C> {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("body"))
    }
    /// Structural property `completedDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn completed_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("completedDateTime"))
    }
    /// Structural property `dueDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn due_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("dueDateTime"))
    }
    /// Structural property `recurrence` (`microsoft.graph.patternedRecurrence`), addressed on its own: `GET` or `PATCH` it.
    pub fn recurrence(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PatternedRecurrence> {
        crate::path::PropertyPath::new(self.target().segment("recurrence"))
    }
    /// Structural property `reminderDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn reminder_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("reminderDateTime"))
    }
    /// Structural property `startDateTime` (`microsoft.graph.dateTimeTimeZone`), addressed on its own: `GET` or `PATCH` it.
    pub fn start_date_time(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DateTimeTimeZone> {
        crate::path::PropertyPath::new(self.target().segment("startDateTime"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachmentBase`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachmentBase,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attachments"))
    }
    /// Containment navigation property `attachmentSessions` (`microsoft.graph.attachmentSession`).
    pub fn attachment_sessions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttachmentSession,
        crate::path::caps::ListUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attachmentSessions"))
    }
    /// Containment navigation property `checklistItems` (`microsoft.graph.checklistItem`).
    pub fn checklist_items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ChecklistItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("checklistItems"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("extensions"))
    }
    /// Containment navigation property `linkedResources` (`microsoft.graph.linkedResource`).
    pub fn linked_resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LinkedResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("linkedResources"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TodoTask {
    const SEGMENT: &'static str = "microsoft.graph.todoTask";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TodoTask, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TodoTask>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TodoTaskList, C> {
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("extensions"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.todoTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TodoTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TodoTaskList {
    const SEGMENT: &'static str = "microsoft.graph.todoTaskList";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TodoTaskList, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TodoTaskList>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TokenIssuancePolicy, C> {
    /// Navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("appliesTo"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyStsPolicy>
for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TokenIssuancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenIssuancePolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TokenIssuancePolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::TokenLifetimePolicy, C> {
    /// Navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("appliesTo"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyStsPolicy>
for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::TokenLifetimePolicy {
    const SEGMENT: &'static str = "microsoft.graph.tokenLifetimePolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::TokenLifetimePolicy, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getAvailableExtensionProperties`: action `microsoft.graph.getAvailableExtensionProperties`.
    pub fn get_available_extension_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionGetAvailableExtensionPropertiesParams,
        >,
        rt::request::Collection<crate::v1::ExtensionProperty>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getAvailableExtensionProperties"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::Training, C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `languageDetails` (`microsoft.graph.trainingLanguageDetail`).
    pub fn language_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TrainingLanguageDetail,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("languageDetails"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Training {
    const SEGMENT: &'static str = "microsoft.graph.training";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::TrainingLanguageDetail, C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::TrainingLanguageDetail {
    const SEGMENT: &'static str = "microsoft.graph.trainingLanguageDetail";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Trending, C> {
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceReference> {
        crate::path::PropertyPath::new(self.target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ResourceVisualization> {
        crate::path::PropertyPath::new(self.target().segment("resourceVisualization"))
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("resource"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Trending {
    const SEGMENT: &'static str = "microsoft.graph.trending";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::identity_governance::Task, C> {
    /// Containment navigation property `taskProcessingResults` (`microsoft.graph.identityGovernance.taskProcessingResult`).
    pub fn task_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("taskProcessingResults"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::Task {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.task";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::TaskDefinition {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.taskDefinition";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::identity_governance::TaskProcessingResult, C> {
    /// Navigation property `subject` (`microsoft.graph.user`).
    pub fn subject(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("subject"))
    }
    /// Navigation property `task` (`microsoft.graph.identityGovernance.task`).
    pub fn task(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("task"))
    }
    /// `POST .../microsoft.graph.identityGovernance.resume`: action `microsoft.graph.identityGovernance.resume`.
    pub fn resume(
        &self,
        params: crate::v1::params::TaskProcessingResultResumeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::TaskProcessingResultResumeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.identityGovernance.resume"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::TaskProcessingResult {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.taskProcessingResult";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::identity_governance::TaskReport, C> {
    /// Navigation property `task` (`microsoft.graph.identityGovernance.task`).
    pub fn task(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::Task,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("task"))
    }
    /// Navigation property `taskDefinition` (`microsoft.graph.identityGovernance.taskDefinition`).
    pub fn task_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::identity_governance::TaskDefinition,
        crate::path::caps::GetDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("taskDefinition"))
    }
    /// Containment navigation property `taskProcessingResults` (`microsoft.graph.identityGovernance.taskProcessingResult`).
    pub fn task_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::TaskProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("taskProcessingResults"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::TaskReport {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.taskReport";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::identity_governance::TaskReport, C> {
    /// `GET .../microsoft.graph.identityGovernance.summary`: function `microsoft.graph.identityGovernance.summary`.
    pub fn summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::TaskReportSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "microsoft.graph.identityGovernance.summary",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::AnyTag, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::security::AnyTag {
    const SEGMENT: &'static str = "microsoft.graph.security.tag";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::ThreatIntelligence, C> {
    /// Containment navigation property `articleIndicators` (`microsoft.graph.security.articleIndicator`).
    pub fn article_indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::ArticleIndicator,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("articleIndicators"))
    }
    /// Containment navigation property `articles` (`microsoft.graph.security.article`).
    pub fn articles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Article,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("articles"))
    }
    /// Containment navigation property `hostComponents` (`microsoft.graph.security.hostComponent`).
    pub fn host_components(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostComponent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hostComponents"))
    }
    /// Containment navigation property `hostCookies` (`microsoft.graph.security.hostCookie`).
    pub fn host_cookies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostCookie,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hostCookies"))
    }
    /// Containment navigation property `hostPairs` (`microsoft.graph.security.hostPair`).
    pub fn host_pairs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPair,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hostPairs"))
    }
    /// Containment navigation property `hostPorts` (`microsoft.graph.security.hostPort`).
    pub fn host_ports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostPort,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hostPorts"))
    }
    /// Containment navigation property `hosts` (`microsoft.graph.security.host`).
    pub fn hosts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::AnyHost,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hosts"))
    }
    /// Containment navigation property `hostSslCertificates` (`microsoft.graph.security.hostSslCertificate`).
    pub fn host_ssl_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostSslCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hostSslCertificates"))
    }
    /// Containment navigation property `hostTrackers` (`microsoft.graph.security.hostTracker`).
    pub fn host_trackers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::HostTracker,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("hostTrackers"))
    }
    /// Containment navigation property `intelligenceProfileIndicators` (`microsoft.graph.security.intelligenceProfileIndicator`).
    pub fn intelligence_profile_indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::IntelligenceProfileIndicator,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("intelligenceProfileIndicators"),
        )
    }
    /// Containment navigation property `intelProfiles` (`microsoft.graph.security.intelligenceProfile`).
    pub fn intel_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::IntelligenceProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("intelProfiles"))
    }
    /// Containment navigation property `passiveDnsRecords` (`microsoft.graph.security.passiveDnsRecord`).
    pub fn passive_dns_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::PassiveDnsRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("passiveDnsRecords"))
    }
    /// Containment navigation property `sslCertificates` (`microsoft.graph.security.sslCertificate`).
    pub fn ssl_certificates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::SslCertificate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("sslCertificates"))
    }
    /// Containment navigation property `subdomains` (`microsoft.graph.security.subdomain`).
    pub fn subdomains(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Subdomain,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("subdomains"))
    }
    /// Containment navigation property `vulnerabilities` (`microsoft.graph.security.vulnerability`).
    pub fn vulnerabilities(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::Vulnerability,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("vulnerabilities"))
    }
    /// Containment navigation property `whoisHistoryRecords` (`microsoft.graph.security.whoisHistoryRecord`).
    pub fn whois_history_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::WhoisHistoryRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("whoisHistoryRecords"))
    }
    /// Containment navigation property `whoisRecords` (`microsoft.graph.security.whoisRecord`).
    pub fn whois_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::WhoisRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("whoisRecords"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::ThreatIntelligence {
    const SEGMENT: &'static str = "microsoft.graph.security.threatIntelligence";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::TriggerTypesRoot, C> {
    /// Containment navigation property `retentionEventTypes` (`microsoft.graph.security.retentionEventType`).
    pub fn retention_event_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::RetentionEventType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("retentionEventTypes"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::TriggerTypesRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.triggerTypesRoot";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::TriggersRoot, C> {
    /// Containment navigation property `retentionEvents` (`microsoft.graph.security.retentionEvent`).
    pub fn retention_events(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::RetentionEvent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("retentionEvents"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::TriggersRoot {
    const SEGMENT: &'static str = "microsoft.graph.security.triggersRoot";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::teams_administration::TeamsAdminRoot, C> {
    /// Containment navigation property `policy` (`microsoft.graph.teamsAdministration.teamsPolicyAssignment`).
    pub fn policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::teams_administration::TeamsPolicyAssignment,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("policy"))
    }
    /// Containment navigation property `telephoneNumberManagement` (`microsoft.graph.teamsAdministration.telephoneNumberManagementRoot`).
    pub fn telephone_number_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::teams_administration::TelephoneNumberManagementRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("telephoneNumberManagement"))
    }
    /// Containment navigation property `userConfigurations` (`microsoft.graph.teamsAdministration.teamsUserConfiguration`).
    pub fn user_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::TeamsUserConfiguration,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userConfigurations"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsAdminRoot {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsAdminRoot";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::teams_administration::TeamsPolicyAssignment, C> {
    /// Containment navigation property `userAssignments` (`microsoft.graph.teamsAdministration.teamsPolicyUserAssignment`).
    pub fn user_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::TeamsPolicyUserAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("userAssignments"))
    }
    /// `GET .../microsoft.graph.teamsAdministration.getPolicyId`: function `microsoft.graph.teamsAdministration.getPolicyId`.
    pub fn get_policy_id(
        &self,
        type_: &str,
        name: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::teams_administration::PolicyIdentifierDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "microsoft.graph.teamsAdministration.getPolicyId",
                    &[
                        (
                            "type",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(type_),
                            ),
                        ),
                        (
                            "name",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(name),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsPolicyAssignment {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsPolicyAssignment";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsPolicyUserAssignment {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsPolicyUserAssignment";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::v1::teams_administration::TeamsPolicyUserAssignment,
    C,
> {
    /// `POST .../microsoft.graph.teamsAdministration.assign`: action `microsoft.graph.teamsAdministration.assign`.
    pub fn assign(
        &self,
        params: crate::v1::params::TeamsPolicyUserAssignmentCollectionAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TeamsPolicyUserAssignmentCollectionAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.unassign`: action `microsoft.graph.teamsAdministration.unassign`.
    pub fn unassign(
        &self,
        params: crate::v1::params::TeamsPolicyUserAssignmentCollectionUnassignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::TeamsPolicyUserAssignmentCollectionUnassignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.unassign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::teams_administration::TeamsUserConfiguration, C> {
    /// Navigation property `user` (`microsoft.graph.user`).
    pub fn user(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("user"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TeamsUserConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.teamsUserConfiguration";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TelephoneNumberLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::teams_administration::TelephoneNumberManagementRoot,
    C,
> {
    /// Containment navigation property `numberAssignments` (`microsoft.graph.teamsAdministration.numberAssignment`).
    pub fn number_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::NumberAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("numberAssignments"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::teams_administration::TelephoneNumberLongRunningOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::TelephoneNumberManagementRoot {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.telephoneNumberManagementRoot";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::term_store::Term, C> {
    /// Containment navigation property `children` (`microsoft.graph.termStore.term`).
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("children"))
    }
    /// Containment navigation property `relations` (`microsoft.graph.termStore.relation`).
    pub fn relations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::term_store::Relation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("relations"))
    }
    /// Navigation property `set` (`microsoft.graph.termStore.set`).
    pub fn set(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Set,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("set"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Term {
    const SEGMENT: &'static str = "microsoft.graph.termStore.term";
}
