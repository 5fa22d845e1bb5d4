//! Items of `requests` by the first letters of their types' names (`p_r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::Participant, C> {
    /// Structural property `info` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::ParticipantInfo> {
        crate::path::PropertyPath::new(self.target().segment("info"))
    }
    /// Structural property `recordingInfo` (`microsoft.graph.recordingInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn recording_info(&self) -> crate::path::PropertyPath<crate::v1::RecordingInfo> {
        crate::path::PropertyPath::new(self.target().segment("recordingInfo"))
    }
    /// Structural property `removedState` (`microsoft.graph.removedState`), addressed on its own: `GET` or `PATCH` it.
    pub fn removed_state(&self) -> crate::path::PropertyPath<crate::v1::RemovedState> {
        crate::path::PropertyPath::new(self.target().segment("removedState"))
    }
    /// Structural property `restrictedExperience` (`microsoft.graph.onlineMeetingRestricted`), addressed on its own: `GET` or `PATCH` it.
    pub fn restricted_experience(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingRestricted> {
        crate::path::PropertyPath::new(self.target().segment("restrictedExperience"))
    }
    /// `POST .../mute`: action `microsoft.graph.mute`.
    pub fn mute(
        &self,
        params: crate::v1::params::ParticipantMuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ParticipantMuteParams>,
        rt::request::Entity<crate::v1::MuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("mute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../startHoldMusic`: action `microsoft.graph.startHoldMusic`.
    pub fn start_hold_music(
        &self,
        params: crate::v1::params::ParticipantStartHoldMusicParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ParticipantStartHoldMusicParams>,
        rt::request::Entity<crate::v1::StartHoldMusicOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("startHoldMusic"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stopHoldMusic`: action `microsoft.graph.stopHoldMusic`.
    pub fn stop_hold_music(
        &self,
        params: crate::v1::params::ParticipantStopHoldMusicParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ParticipantStopHoldMusicParams>,
        rt::request::Entity<crate::v1::StopHoldMusicOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("stopHoldMusic"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Participant {
    const SEGMENT: &'static str = "microsoft.graph.participant";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::Participant, C> {
    /// `POST .../invite`: action `microsoft.graph.invite`.
    pub fn invite(
        &self,
        params: crate::v1::params::ParticipantCollectionInviteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ParticipantCollectionInviteParams>,
        rt::request::Entity<crate::v1::InviteParticipantsOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("invite"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ParticipantJoiningNotification, C> {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    pub fn call(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Call, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.target().segment("call"))
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ParticipantJoiningNotification {
    const SEGMENT: &'static str = "microsoft.graph.participantJoiningNotification";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ParticipantLeftNotification, C> {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    pub fn call(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Call, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.target().segment("call"))
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ParticipantLeftNotification {
    const SEGMENT: &'static str = "microsoft.graph.participantLeftNotification";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::Partners, C> {
    /// Containment navigation property `billing` (`microsoft.graph.partners.billing.billing`).
    pub fn billing(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::Billing,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("billing"))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Partners {
    const SEGMENT: &'static str = "microsoft.graph.partners";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::PasskeyAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.passkeyAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PasskeyAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.passkeyAuthenticationMethodTarget";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PasskeyProfile, C> {
    /// Structural property `keyRestrictions` (`microsoft.graph.fido2KeyRestrictions`), addressed on its own: `GET` or `PATCH` it.
    pub fn key_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Fido2KeyRestrictions> {
        crate::path::PropertyPath::new(self.target().segment("keyRestrictions"))
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PasskeyProfile {
    const SEGMENT: &'static str = "microsoft.graph.passkeyProfile";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PasswordAuthenticationMethod, C> {
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
for crate::v1::PasswordAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PasswordAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordAuthenticationMethod";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::Payload, C> {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `detail` (`microsoft.graph.payloadDetail`), addressed on its own: `GET` or `PATCH` it.
    pub fn detail(&self) -> crate::path::PropertyPath<crate::v1::AnyPayloadDetail> {
        crate::path::PropertyPath::new(self.target().segment("detail"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Payload {
    const SEGMENT: &'static str = "microsoft.graph.payload";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PeopleAdminSettings, C> {
    /// Containment navigation property `itemInsights` (`microsoft.graph.insightsSettings`).
    pub fn item_insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::InsightsSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("itemInsights"))
    }
    /// Containment navigation property `profileCardProperties` (`microsoft.graph.profileCardProperty`).
    pub fn profile_card_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfileCardProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("profileCardProperties"))
    }
    /// Containment navigation property `profilePropertySettings` (`microsoft.graph.profilePropertySetting`).
    pub fn profile_property_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfilePropertySetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("profilePropertySettings"),
        )
    }
    /// Containment navigation property `profileSources` (`microsoft.graph.profileSource`).
    pub fn profile_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfileSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("profileSources"))
    }
    /// Containment navigation property `pronouns` (`microsoft.graph.pronounsSettings`).
    pub fn pronouns(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PronounsSettings,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("pronouns"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PeopleAdminSettings {
    const SEGMENT: &'static str = "microsoft.graph.peopleAdminSettings";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Permission, C> {
    /// Structural property `grantedTo` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn granted_to(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("grantedTo"))
    }
    /// Structural property `grantedToV2` (`microsoft.graph.sharePointIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn granted_to_v2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharePointIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("grantedToV2"))
    }
    /// Structural property `inheritedFrom` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    pub fn inherited_from(&self) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.target().segment("inheritedFrom"))
    }
    /// Structural property `invitation` (`microsoft.graph.sharingInvitation`), addressed on its own: `GET` or `PATCH` it.
    pub fn invitation(&self) -> crate::path::PropertyPath<crate::v1::SharingInvitation> {
        crate::path::PropertyPath::new(self.target().segment("invitation"))
    }
    /// Structural property `link` (`microsoft.graph.sharingLink`), addressed on its own: `GET` or `PATCH` it.
    pub fn link(&self) -> crate::path::PropertyPath<crate::v1::SharingLink> {
        crate::path::PropertyPath::new(self.target().segment("link"))
    }
    /// `POST .../grant`: action `microsoft.graph.grant`.
    pub fn grant(
        &self,
        params: crate::v1::params::PermissionGrantParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PermissionGrantParams>,
        rt::request::Collection<crate::v1::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("grant"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Permission {
    const SEGMENT: &'static str = "microsoft.graph.permission";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PermissionGrantConditionSet {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantConditionSet";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PermissionGrantPolicy, C> {
    /// Containment navigation property `excludes` (`microsoft.graph.permissionGrantConditionSet`).
    pub fn excludes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("excludes"))
    }
    /// Containment navigation property `includes` (`microsoft.graph.permissionGrantConditionSet`).
    pub fn includes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("includes"))
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
for crate::v1::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::PermissionGrantPolicy, C> {
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
impl<C> crate::path::EntityPath<crate::v1::Person, C> {
    /// Structural property `personType` (`microsoft.graph.personType`), addressed on its own: `GET` or `PATCH` it.
    pub fn person_type(&self) -> crate::path::PropertyPath<crate::v1::PersonType> {
        crate::path::PropertyPath::new(self.target().segment("personType"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Person {
    const SEGMENT: &'static str = "microsoft.graph.person";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PhoneAuthenticationMethod, C> {
    /// `POST .../disableSmsSignIn`: action `microsoft.graph.disableSmsSignIn`.
    pub fn disable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("disableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableSmsSignIn`: action `microsoft.graph.enableSmsSignIn`.
    pub fn enable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("enableSmsSignIn"),
            rt::request::NoBody,
        )
    }
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
for crate::v1::PhoneAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.phoneAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PhoneAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.phoneAuthenticationMethod";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::PhoneUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.phoneUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PhoneUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.phoneUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::PhoneUserConversationMember, C> {
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
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PinnedChatMessageInfo, C> {
    /// Navigation property `message` (`microsoft.graph.chatMessage`).
    pub fn message(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyChatMessage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("message"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PinnedChatMessageInfo {
    const SEGMENT: &'static str = "microsoft.graph.pinnedChatMessageInfo";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyPlace, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPlace {
    const SEGMENT: &'static str = "microsoft.graph.place";
}
#[cfg(msgraph_v1_planner_or_search)]
/// Features: `v1`, or one of `v1-planner`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::Planner, C> {
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("buckets"))
    }
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("plans"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_planner_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Planner {
    const SEGMENT: &'static str = "microsoft.graph.planner";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerAssignedToTaskBoardTaskFormat, C> {
    /// Structural property `orderHintsByAssignee` (`microsoft.graph.plannerOrderHintsByAssignee`), addressed on its own: `GET` or `PATCH` it.
    pub fn order_hints_by_assignee(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerOrderHintsByAssignee> {
        crate::path::PropertyPath::new(self.target().segment("orderHintsByAssignee"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlannerAssignedToTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerAssignedToTaskBoardTaskFormat";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerBucket, C> {
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerBucket {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucket";
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlannerBucketTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucketTaskBoardTaskFormat";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerGroup, C> {
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("plans"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerGroup {
    const SEGMENT: &'static str = "microsoft.graph.plannerGroup";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerPlan, C> {
    /// Structural property `container` (`microsoft.graph.plannerPlanContainer`), addressed on its own: `GET` or `PATCH` it.
    pub fn container(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerPlanContainer> {
        crate::path::PropertyPath::new(self.target().segment("container"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("buckets"))
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerPlanDetails`).
    pub fn details(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerPlanDetails,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("details"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerPlan {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlan";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerPlanDetails, C> {
    /// Structural property `categoryDescriptions` (`microsoft.graph.plannerCategoryDescriptions`), addressed on its own: `GET` or `PATCH` it.
    pub fn category_descriptions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerCategoryDescriptions> {
        crate::path::PropertyPath::new(self.target().segment("categoryDescriptions"))
    }
    /// Structural property `sharedWith` (`microsoft.graph.plannerUserIds`), addressed on its own: `GET` or `PATCH` it.
    pub fn shared_with(&self) -> crate::path::PropertyPath<crate::v1::PlannerUserIds> {
        crate::path::PropertyPath::new(self.target().segment("sharedWith"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerPlanDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlanDetails";
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlannerProgressTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerProgressTaskBoardTaskFormat";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerTask, C> {
    /// Structural property `appliedCategories` (`microsoft.graph.plannerAppliedCategories`), addressed on its own: `GET` or `PATCH` it.
    pub fn applied_categories(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerAppliedCategories> {
        crate::path::PropertyPath::new(self.target().segment("appliedCategories"))
    }
    /// Structural property `assignments` (`microsoft.graph.plannerAssignments`), addressed on its own: `GET` or `PATCH` it.
    pub fn assignments(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerAssignments> {
        crate::path::PropertyPath::new(self.target().segment("assignments"))
    }
    /// Structural property `completedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn completed_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("completedBy"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Containment navigation property `assignedToTaskBoardFormat` (`microsoft.graph.plannerAssignedToTaskBoardTaskFormat`).
    pub fn assigned_to_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerAssignedToTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("assignedToTaskBoardFormat"))
    }
    /// Containment navigation property `bucketTaskBoardFormat` (`microsoft.graph.plannerBucketTaskBoardTaskFormat`).
    pub fn bucket_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerBucketTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("bucketTaskBoardFormat"))
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerTaskDetails`).
    pub fn details(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerTaskDetails,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("details"))
    }
    /// Containment navigation property `progressTaskBoardFormat` (`microsoft.graph.plannerProgressTaskBoardTaskFormat`).
    pub fn progress_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerProgressTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("progressTaskBoardFormat"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerTask {
    const SEGMENT: &'static str = "microsoft.graph.plannerTask";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerTaskDetails, C> {
    /// Structural property `checklist` (`microsoft.graph.plannerChecklistItems`), addressed on its own: `GET` or `PATCH` it.
    pub fn checklist(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerChecklistItems> {
        crate::path::PropertyPath::new(self.target().segment("checklist"))
    }
    /// Structural property `references` (`microsoft.graph.plannerExternalReferences`), addressed on its own: `GET` or `PATCH` it.
    pub fn references(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerExternalReferences> {
        crate::path::PropertyPath::new(self.target().segment("references"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerTaskDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerTaskDetails";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlannerUser, C> {
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("plans"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerUser {
    const SEGMENT: &'static str = "microsoft.graph.plannerUser";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PlatformCredentialAuthenticationMethod, C> {
    /// Navigation property `device` (`microsoft.graph.device`).
    pub fn device(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Device,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("device"))
    }
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
for crate::v1::PlatformCredentialAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.platformCredentialAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlatformCredentialAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.platformCredentialAuthenticationMethod";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PlayPromptOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::PlayPromptOperation {
    const SEGMENT: &'static str = "microsoft.graph.playPromptOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlayPromptOperation {
    const SEGMENT: &'static str = "microsoft.graph.playPromptOperation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyPolicyBase, C> {
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
for crate::v1::AnyPolicyBase {
    const SEGMENT: &'static str = "microsoft.graph.policyBase";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPolicyBase {
    const SEGMENT: &'static str = "microsoft.graph.policyBase";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyPolicyBase, C> {
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
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PolicyRoot, C> {
    /// Containment navigation property `activityBasedTimeoutPolicies` (`microsoft.graph.activityBasedTimeoutPolicy`).
    pub fn activity_based_timeout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ActivityBasedTimeoutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("activityBasedTimeoutPolicies"),
        )
    }
    /// Containment navigation property `adminConsentRequestPolicy` (`microsoft.graph.adminConsentRequestPolicy`).
    pub fn admin_consent_request_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AdminConsentRequestPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("adminConsentRequestPolicy"))
    }
    /// Containment navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("appManagementPolicies"))
    }
    /// Containment navigation property `authenticationFlowsPolicy` (`microsoft.graph.authenticationFlowsPolicy`).
    pub fn authentication_flows_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationFlowsPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("authenticationFlowsPolicy"))
    }
    /// Containment navigation property `authenticationMethodsPolicy` (`microsoft.graph.authenticationMethodsPolicy`).
    pub fn authentication_methods_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationMethodsPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.target().segment("authenticationMethodsPolicy"),
        )
    }
    /// Containment navigation property `authenticationStrengthPolicies` (`microsoft.graph.authenticationStrengthPolicy`).
    pub fn authentication_strength_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuthenticationStrengthPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("authenticationStrengthPolicies"),
        )
    }
    /// Containment navigation property `authorizationPolicy` (`microsoft.graph.authorizationPolicy`).
    pub fn authorization_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthorizationPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("authorizationPolicy"))
    }
    /// Containment navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("claimsMappingPolicies"))
    }
    /// Containment navigation property `conditionalAccessPolicies` (`microsoft.graph.conditionalAccessPolicy`).
    pub fn conditional_access_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("conditionalAccessPolicies"),
        )
    }
    /// Containment navigation property `crossTenantAccessPolicy` (`microsoft.graph.crossTenantAccessPolicy`).
    pub fn cross_tenant_access_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CrossTenantAccessPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("crossTenantAccessPolicy"))
    }
    /// Containment navigation property `defaultAppManagementPolicy` (`microsoft.graph.tenantAppManagementPolicy`).
    pub fn default_app_management_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TenantAppManagementPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("defaultAppManagementPolicy"))
    }
    /// Containment navigation property `deviceRegistrationPolicy` (`microsoft.graph.deviceRegistrationPolicy`).
    pub fn device_registration_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceRegistrationPolicy,
        crate::path::caps::Get,
    > {
        crate::path::EntityPath::new(self.target().segment("deviceRegistrationPolicy"))
    }
    /// Containment navigation property `featureRolloutPolicies` (`microsoft.graph.featureRolloutPolicy`).
    pub fn feature_rollout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FeatureRolloutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("featureRolloutPolicies"))
    }
    /// Containment navigation property `federatedTokenValidationPolicy` (`microsoft.graph.federatedTokenValidationPolicy`).
    pub fn federated_token_validation_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FederatedTokenValidationPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.target().segment("federatedTokenValidationPolicy"),
        )
    }
    /// Containment navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Containment navigation property `identitySecurityDefaultsEnforcementPolicy` (`microsoft.graph.identitySecurityDefaultsEnforcementPolicy`).
    pub fn identity_security_defaults_enforcement_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::IdentitySecurityDefaultsEnforcementPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.target().segment("identitySecurityDefaultsEnforcementPolicy"),
        )
    }
    /// Containment navigation property `ownerlessGroupPolicy` (`microsoft.graph.ownerlessGroupPolicy`).
    pub fn ownerless_group_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OwnerlessGroupPolicy,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.target().segment("ownerlessGroupPolicy"))
    }
    /// Containment navigation property `permissionGrantPolicies` (`microsoft.graph.permissionGrantPolicy`).
    pub fn permission_grant_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PermissionGrantPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("permissionGrantPolicies"),
        )
    }
    /// Containment navigation property `roleManagementPolicies` (`microsoft.graph.unifiedRoleManagementPolicy`).
    pub fn role_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleManagementPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("roleManagementPolicies"))
    }
    /// Containment navigation property `roleManagementPolicyAssignments` (`microsoft.graph.unifiedRoleManagementPolicyAssignment`).
    pub fn role_management_policy_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleManagementPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("roleManagementPolicyAssignments"),
        )
    }
    /// Containment navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tokenIssuancePolicies"))
    }
    /// Containment navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tokenLifetimePolicies"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PolicyRoot {
    const SEGMENT: &'static str = "microsoft.graph.policyRoot";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PolicyTemplate, C> {
    /// Containment navigation property `multiTenantOrganizationIdentitySynchronization` (`microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate`).
    pub fn multi_tenant_organization_identity_synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.target().segment("multiTenantOrganizationIdentitySynchronization"),
        )
    }
    /// Containment navigation property `multiTenantOrganizationPartnerConfiguration` (`microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate`).
    pub fn multi_tenant_organization_partner_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.target().segment("multiTenantOrganizationPartnerConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PolicyTemplate {
    const SEGMENT: &'static str = "microsoft.graph.policyTemplate";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Post, C> {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.target().segment("body"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.target().segment("sender"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("attachments"))
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
    /// Containment navigation property `inReplyTo` (`microsoft.graph.post`).
    pub fn in_reply_to(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Post, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.target().segment("inReplyTo"))
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    pub fn forward(
        &self,
        params: crate::v1::params::PostForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PostForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    pub fn reply(
        &self,
        params: crate::v1::params::PostReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PostReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("reply"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::Post {
    const SEGMENT: &'static str = "microsoft.graph.post";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Post {
    const SEGMENT: &'static str = "microsoft.graph.post";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::Presence, C> {
    /// Structural property `outOfOfficeSettings` (`microsoft.graph.outOfOfficeSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn out_of_office_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutOfOfficeSettings> {
        crate::path::PropertyPath::new(self.target().segment("outOfOfficeSettings"))
    }
    /// Structural property `statusMessage` (`microsoft.graph.presenceStatusMessage`), addressed on its own: `GET` or `PATCH` it.
    pub fn status_message(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PresenceStatusMessage> {
        crate::path::PropertyPath::new(self.target().segment("statusMessage"))
    }
    /// Structural property `workLocation` (`microsoft.graph.userWorkLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn work_location(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UserWorkLocation> {
        crate::path::PropertyPath::new(self.target().segment("workLocation"))
    }
    /// `POST .../clearAutomaticLocation`: action `microsoft.graph.clearAutomaticLocation`.
    pub fn clear_automatic_location(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clearAutomaticLocation"),
            rt::request::NoBody,
        )
    }
    /// `POST .../clearLocation`: action `microsoft.graph.clearLocation`.
    pub fn clear_location(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clearLocation"),
            rt::request::NoBody,
        )
    }
    /// `POST .../clearPresence`: action `microsoft.graph.clearPresence`.
    pub fn clear_presence(
        &self,
        params: crate::v1::params::PresenceClearPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceClearPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clearPresence"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clearUserPreferredPresence`: action `microsoft.graph.clearUserPreferredPresence`.
    pub fn clear_user_preferred_presence(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("clearUserPreferredPresence"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setAutomaticLocation`: action `microsoft.graph.setAutomaticLocation`.
    pub fn set_automatic_location(
        &self,
        params: crate::v1::params::PresenceSetAutomaticLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetAutomaticLocationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setAutomaticLocation"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setManualLocation`: action `microsoft.graph.setManualLocation`.
    pub fn set_manual_location(
        &self,
        params: crate::v1::params::PresenceSetManualLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetManualLocationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setManualLocation"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPresence`: action `microsoft.graph.setPresence`.
    pub fn set_presence(
        &self,
        params: crate::v1::params::PresenceSetPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setPresence"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setStatusMessage`: action `microsoft.graph.setStatusMessage`.
    pub fn set_status_message(
        &self,
        params: crate::v1::params::PresenceSetStatusMessageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetStatusMessageParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setStatusMessage"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setUserPreferredPresence`: action `microsoft.graph.setUserPreferredPresence`.
    pub fn set_user_preferred_presence(
        &self,
        params: crate::v1::params::PresenceSetUserPreferredPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetUserPreferredPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("setUserPreferredPresence"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Presence {
    const SEGMENT: &'static str = "microsoft.graph.presence";
}
#[cfg(msgraph_v1_print)]
/// Features: `v1` or `v1-print`.
impl<C> crate::path::EntityPath<crate::v1::Print, C> {
    /// Structural property `settings` (`microsoft.graph.printSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(&self) -> crate::path::PropertyPath<crate::v1::PrintSettings> {
        crate::path::PropertyPath::new(self.target().segment("settings"))
    }
    /// Containment navigation property `connectors` (`microsoft.graph.printConnector`).
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("connectors"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.printOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyPrintOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
    /// Containment navigation property `printers` (`microsoft.graph.printer`).
    pub fn printers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Printer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("printers"))
    }
    /// Containment navigation property `services` (`microsoft.graph.printService`).
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintService,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("services"))
    }
    /// Containment navigation property `shares` (`microsoft.graph.printerShare`).
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrinterShare,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("shares"))
    }
    /// Containment navigation property `taskDefinitions` (`microsoft.graph.printTaskDefinition`).
    pub fn task_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTaskDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("taskDefinitions"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrintConnector, C> {
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.target().segment("location"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintConnector {
    const SEGMENT: &'static str = "microsoft.graph.printConnector";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PrintDocument, C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("$value"))
    }
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::PrintDocumentCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PrintDocumentCreateUploadSessionParams>,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintDocument {
    const SEGMENT: &'static str = "microsoft.graph.printDocument";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PrintJob, C> {
    /// Structural property `configuration` (`microsoft.graph.printJobConfiguration`), addressed on its own: `GET` or `PATCH` it.
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrintJobConfiguration> {
        crate::path::PropertyPath::new(self.target().segment("configuration"))
    }
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::UserIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `status` (`microsoft.graph.printJobStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintJobStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
    /// Containment navigation property `documents` (`microsoft.graph.printDocument`).
    pub fn documents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintDocument,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("documents"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tasks"))
    }
    /// `POST .../abort`: action `microsoft.graph.abort`.
    pub fn abort(
        &self,
        params: crate::v1::params::PrintJobAbortParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PrintJobAbortParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("abort"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../redirect`: action `microsoft.graph.redirect`.
    pub fn redirect(
        &self,
        params: crate::v1::params::PrintJobRedirectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PrintJobRedirectParams>,
        rt::request::Entity<crate::v1::PrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("redirect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    pub fn start(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::PrintJobStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("start"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintJob {
    const SEGMENT: &'static str = "microsoft.graph.printJob";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyPrintOperation, C> {
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPrintOperation {
    const SEGMENT: &'static str = "microsoft.graph.printOperation";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrintService, C> {
    /// Containment navigation property `endpoints` (`microsoft.graph.printServiceEndpoint`).
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintServiceEndpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("endpoints"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintService {
    const SEGMENT: &'static str = "microsoft.graph.printService";
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintServiceEndpoint {
    const SEGMENT: &'static str = "microsoft.graph.printServiceEndpoint";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PrintTask, C> {
    /// Structural property `status` (`microsoft.graph.printTaskStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintTaskStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
    #[cfg(msgraph_v1_print_or_search)]
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrintTaskDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("definition"))
    }
    #[cfg(msgraph_v1_print_or_search)]
    /// Navigation property `trigger` (`microsoft.graph.printTaskTrigger`).
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    pub fn trigger(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrintTaskTrigger,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("trigger"))
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintTask {
    const SEGMENT: &'static str = "microsoft.graph.printTask";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrintTaskDefinition, C> {
    /// Structural property `createdBy` (`microsoft.graph.appIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AppIdentity> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintTaskDefinition {
    const SEGMENT: &'static str = "microsoft.graph.printTaskDefinition";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrintTaskTrigger, C> {
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrintTaskDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("definition"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintTaskTrigger {
    const SEGMENT: &'static str = "microsoft.graph.printTaskTrigger";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPrintUsage {
    const SEGMENT: &'static str = "microsoft.graph.printUsage";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrintUsage>
for crate::v1::PrintUsageByPrinter {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByPrinter";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintUsageByPrinter {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByPrinter";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrintUsage> for crate::v1::PrintUsageByUser {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByUser";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintUsageByUser {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByUser";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::Printer, C> {
    /// Navigation property `connectors` (`microsoft.graph.printConnector`).
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintConnector,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("connectors"))
    }
    /// Navigation property `shares` (`microsoft.graph.printerShare`).
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrinterShare,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("shares"))
    }
    /// Containment navigation property `taskTriggers` (`microsoft.graph.printTaskTrigger`).
    pub fn task_triggers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTaskTrigger,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("taskTriggers"))
    }
    /// `POST .../restoreFactoryDefaults`: action `microsoft.graph.restoreFactoryDefaults`.
    pub fn restore_factory_defaults(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("restoreFactoryDefaults"),
            rt::request::NoBody,
        )
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::v1::PrinterDefaults> {
        crate::path::PropertyPath::new(self.target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrinterStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("jobs"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrinterBase> for crate::v1::Printer {
    const SEGMENT: &'static str = "microsoft.graph.printer";
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Printer {
    const SEGMENT: &'static str = "microsoft.graph.printer";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::Printer, C> {
    /// `POST .../create`: action `microsoft.graph.create`.
    pub fn create_2(
        &self,
        params: crate::v1::params::PrinterCollectionCreateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PrinterCollectionCreateParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("create"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::AnyPrinterBase, C> {
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::v1::PrinterDefaults> {
        crate::path::PropertyPath::new(self.target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrinterStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("jobs"))
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPrinterBase {
    const SEGMENT: &'static str = "microsoft.graph.printerBase";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrinterCreateOperation, C> {
    /// Navigation property `printer` (`microsoft.graph.printer`).
    pub fn printer(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Printer,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("printer"))
    }
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrintOperation>
for crate::v1::PrinterCreateOperation {
    const SEGMENT: &'static str = "microsoft.graph.printerCreateOperation";
}
#[cfg(msgraph_v1_print_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrinterCreateOperation {
    const SEGMENT: &'static str = "microsoft.graph.printerCreateOperation";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::PrinterShare, C> {
    /// Structural property `viewPoint` (`microsoft.graph.printerShareViewpoint`), addressed on its own: `GET` or `PATCH` it.
    pub fn view_point(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterShareViewpoint> {
        crate::path::PropertyPath::new(self.target().segment("viewPoint"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `allowedGroups` (`microsoft.graph.group`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn allowed_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Group,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("allowedGroups"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `allowedUsers` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    pub fn allowed_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("allowedUsers"))
    }
    #[cfg(msgraph_v1_print_or_search)]
    /// Navigation property `printer` (`microsoft.graph.printer`).
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    pub fn printer(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Printer,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("printer"))
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::v1::PrinterDefaults> {
        crate::path::PropertyPath::new(self.target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrinterStatus> {
        crate::path::PropertyPath::new(self.target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("jobs"))
    }
}
#[cfg(msgraph_v1_core_or_print)]
impl crate::path::DerivedFrom<crate::v1::AnyPrinterBase> for crate::v1::PrinterShare {
    const SEGMENT: &'static str = "microsoft.graph.printerShare";
}
#[cfg(msgraph_v1_core_or_print)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrinterShare {
    const SEGMENT: &'static str = "microsoft.graph.printerShare";
}
#[cfg(msgraph_v1_privacy)]
/// Features: `v1` or `v1-privacy`.
impl<C> crate::path::EntityPath<crate::v1::Privacy, C> {
    /// Containment navigation property `subjectRightsRequests` (`microsoft.graph.subjectRightsRequest`).
    pub fn subject_rights_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SubjectRightsRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("subjectRightsRequests"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrivilegedAccessGroup, C> {
    /// Containment navigation property `assignmentApprovals` (`microsoft.graph.approval`).
    pub fn assignment_approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignmentApprovals"))
    }
    /// Containment navigation property `assignmentScheduleInstances` (`microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance`).
    pub fn assignment_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("assignmentScheduleInstances"),
        )
    }
    /// Containment navigation property `assignmentScheduleRequests` (`microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest`).
    pub fn assignment_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("assignmentScheduleRequests"),
        )
    }
    /// Containment navigation property `assignmentSchedules` (`microsoft.graph.privilegedAccessGroupAssignmentSchedule`).
    pub fn assignment_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupAssignmentSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("assignmentSchedules"))
    }
    /// Containment navigation property `eligibilityScheduleInstances` (`microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`).
    pub fn eligibility_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("eligibilityScheduleInstances"),
        )
    }
    /// Containment navigation property `eligibilityScheduleRequests` (`microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest`).
    pub fn eligibility_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("eligibilityScheduleRequests"),
        )
    }
    /// Containment navigation property `eligibilitySchedules` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    pub fn eligibility_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("eligibilitySchedules"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroup {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroup";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrivilegedAccessGroupAssignmentSchedule, C> {
    /// Navigation property `activatedUsing` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("activatedUsing"))
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
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessSchedule>
for crate::v1::PrivilegedAccessGroupAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentSchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroupAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentSchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::PrivilegedAccessGroupAssignmentSchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AssignmentScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::PrivilegedAccessGroupAssignmentSchedule>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance,
    C,
> {
    /// Navigation property `activatedUsing` (`microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`).
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("activatedUsing"))
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
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleInstance>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance,
    C,
> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AssignmentScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest, C> {
    /// Navigation property `activatedUsing` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("activatedUsing"))
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
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("targetSchedule"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.target().segment("ticketInfo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleRequest>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest,
    C,
> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::AssignmentScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrivilegedAccessGroupEligibilitySchedule, C> {
    /// Navigation property `group` (`microsoft.graph.group`).
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessSchedule>
for crate::v1::PrivilegedAccessGroupEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilitySchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroupEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilitySchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::PrivilegedAccessGroupEligibilitySchedule, C> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::EligibilityScheduleFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
    C,
> {
    /// Navigation property `group` (`microsoft.graph.group`).
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleInstance>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
    C,
> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::EligibilityScheduleInstanceFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<
    crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
    C,
> {
    /// Navigation property `group` (`microsoft.graph.group`).
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("principal"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("targetSchedule"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.target().segment("ticketInfo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleRequest>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<
    crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
    C,
> {
    /// `GET .../filterByCurrentUser`: function `microsoft.graph.filterByCurrentUser`.
    pub fn filter_by_current_user(
        &self,
        on: &crate::v1::EligibilityScheduleRequestFilterByCurrentUserOptions,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "filterByCurrentUser",
                    &[
                        (
                            "on",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(on),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PrivilegedAccessRoot, C> {
    /// Containment navigation property `group` (`microsoft.graph.privilegedAccessGroup`).
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroup,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("group"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrivilegedAccessRoot {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessRoot";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyPrivilegedAccessSchedule, C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyPrivilegedAccessSchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessSchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyPrivilegedAccessScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyPrivilegedAccessScheduleRequest, C> {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.target().segment("ticketInfo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::AnyPrivilegedAccessScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyPrivilegedAccessScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ProfileCardProperty {
    const SEGMENT: &'static str = "microsoft.graph.profileCardProperty";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::ProfilePhoto, C> {
    /// The media content (`$value`) of this entity.
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ProfilePhoto {
    const SEGMENT: &'static str = "microsoft.graph.profilePhoto";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ProfilePropertySetting {
    const SEGMENT: &'static str = "microsoft.graph.profilePropertySetting";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ProfileSource {
    const SEGMENT: &'static str = "microsoft.graph.profileSource";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PronounsSettings {
    const SEGMENT: &'static str = "microsoft.graph.pronounsSettings";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyProtectionPolicyBase, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionPolicyBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionPolicyBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyProtectionRuleBase, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionRuleBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionRuleBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyProtectionUnitBase, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionUnitBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionUnitBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyProtectionUnitsBulkJobBase, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionUnitsBulkJobBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionUnitsBulkJobBase";
}
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ProvisioningObjectSummary, C> {
    /// Structural property `initiatedBy` (`microsoft.graph.initiator`), addressed on its own: `GET` or `PATCH` it.
    pub fn initiated_by(&self) -> crate::path::PropertyPath<crate::v1::Initiator> {
        crate::path::PropertyPath::new(self.target().segment("initiatedBy"))
    }
    /// Structural property `provisioningStatusInfo` (`microsoft.graph.provisioningStatusInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn provisioning_status_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningStatusInfo> {
        crate::path::PropertyPath::new(self.target().segment("provisioningStatusInfo"))
    }
    /// Structural property `servicePrincipal` (`microsoft.graph.provisioningServicePrincipal`), addressed on its own: `GET` or `PATCH` it.
    pub fn service_principal(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningServicePrincipal> {
        crate::path::PropertyPath::new(self.target().segment("servicePrincipal"))
    }
    /// Structural property `sourceIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn source_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.target().segment("sourceIdentity"))
    }
    /// Structural property `sourceSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn source_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.target().segment("sourceSystem"))
    }
    /// Structural property `targetIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.target().segment("targetIdentity"))
    }
    /// Structural property `targetSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    pub fn target_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.target().segment("targetSystem"))
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ProvisioningObjectSummary {
    const SEGMENT: &'static str = "microsoft.graph.provisioningObjectSummary";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::PublicKeyInfrastructureRoot, C> {
    /// Containment navigation property `certificateBasedAuthConfigurations` (`microsoft.graph.certificateBasedAuthPki`).
    pub fn certificate_based_auth_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CertificateBasedAuthPki,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("certificateBasedAuthConfigurations"),
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PublicKeyInfrastructureRoot {
    const SEGMENT: &'static str = "microsoft.graph.publicKeyInfrastructureRoot";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::call_records::Participant, C> {
    /// Structural property `identity` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("identity"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::call_records::AnyParticipantBase>
for crate::v1::call_records::Participant {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.participant";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Participant {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.participant";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::call_records::AnyParticipantBase, C> {
    /// Structural property `identity` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("identity"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::AnyParticipantBase {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.participantBase";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::PassiveDnsRecord, C> {
    /// Navigation property `artifact` (`microsoft.graph.security.artifact`).
    pub fn artifact(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyArtifact,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("artifact"))
    }
    /// Navigation property `parentHost` (`microsoft.graph.security.host`).
    pub fn parent_host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("parentHost"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::PassiveDnsRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.passiveDnsRecord";
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::PassiveDnsRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.passiveDnsRecord";
}
#[cfg(msgraph_v1_admin_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::PolicyIdentifierDetail {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.policyIdentifierDetail";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::QrCode, C> {
    /// Structural property `image` (`microsoft.graph.qrCodeImageDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn image(&self) -> crate::path::PropertyPath<crate::v1::QrCodeImageDetails> {
        crate::path::PropertyPath::new(self.target().segment("image"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::QrCode {
    const SEGMENT: &'static str = "microsoft.graph.qrCode";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::QrCodePinAuthenticationMethod, C> {
    /// Containment navigation property `pin` (`microsoft.graph.qrPin`).
    pub fn pin(
        &self,
    ) -> crate::path::EntityPath<crate::v1::QrPin, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.target().segment("pin"))
    }
    /// Containment navigation property `standardQRCode` (`microsoft.graph.qrCode`).
    pub fn standard_qr_code(
        &self,
    ) -> crate::path::EntityPath<crate::v1::QrCode, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.target().segment("standardQRCode"))
    }
    /// Containment navigation property `temporaryQRCode` (`microsoft.graph.qrCode`).
    pub fn temporary_qr_code(
        &self,
    ) -> crate::path::EntityPath<crate::v1::QrCode, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.target().segment("temporaryQRCode"))
    }
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
for crate::v1::QrCodePinAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::QrCodePinAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::QrCodePinAuthenticationMethodConfiguration, C> {
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
for crate::v1::QrCodePinAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::QrCodePinAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::QrPin {
    const SEGMENT: &'static str = "microsoft.graph.qrPin";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::search::Qna, C> {
    /// Structural property `keywords` (`microsoft.graph.search.answerKeyword`), addressed on its own: `GET` or `PATCH` it.
    pub fn keywords(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::AnswerKeyword> {
        crate::path::PropertyPath::new(self.target().segment("keywords"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.search.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::IdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::search::AnySearchAnswer>
for crate::v1::search::Qna {
    const SEGMENT: &'static str = "microsoft.graph.search.qna";
}
#[cfg(msgraph_v1_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::search::Qna {
    const SEGMENT: &'static str = "microsoft.graph.search.qna";
}
#[cfg(msgraph_v1_role_management_or_search)]
/// Features: `v1`, or one of `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RbacApplication, C> {
    /// Containment navigation property `resourceNamespaces` (`microsoft.graph.unifiedRbacResourceNamespace`).
    pub fn resource_namespaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRbacResourceNamespace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("resourceNamespaces"))
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.unifiedRoleAssignment`).
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleAssignmentScheduleInstances` (`microsoft.graph.unifiedRoleAssignmentScheduleInstance`).
    pub fn role_assignment_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleAssignmentScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("roleAssignmentScheduleInstances"),
        )
    }
    /// Containment navigation property `roleAssignmentScheduleRequests` (`microsoft.graph.unifiedRoleAssignmentScheduleRequest`).
    pub fn role_assignment_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleAssignmentScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("roleAssignmentScheduleRequests"),
        )
    }
    /// Containment navigation property `roleAssignmentSchedules` (`microsoft.graph.unifiedRoleAssignmentSchedule`).
    pub fn role_assignment_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleAssignmentSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("roleAssignmentSchedules"),
        )
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.unifiedRoleDefinition`).
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleEligibilityScheduleInstances` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    pub fn role_eligibility_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleEligibilityScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("roleEligibilityScheduleInstances"),
        )
    }
    /// Containment navigation property `roleEligibilityScheduleRequests` (`microsoft.graph.unifiedRoleEligibilityScheduleRequest`).
    pub fn role_eligibility_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleEligibilityScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("roleEligibilityScheduleRequests"),
        )
    }
    /// Containment navigation property `roleEligibilitySchedules` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    pub fn role_eligibility_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleEligibilitySchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("roleEligibilitySchedules"),
        )
    }
}
#[cfg(msgraph_v1_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RbacApplication {
    const SEGMENT: &'static str = "microsoft.graph.rbacApplication";
}
#[cfg(msgraph_v1_education_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ReadingAssignmentSubmission {
    const SEGMENT: &'static str = "microsoft.graph.readingAssignmentSubmission";
}
#[cfg(msgraph_v1_education_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ReadingCoachPassage {
    const SEGMENT: &'static str = "microsoft.graph.readingCoachPassage";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RecordOperation, C> {
    /// Structural property `resultInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    pub fn result_info(&self) -> crate::path::PropertyPath<crate::v1::ResultInfo> {
        crate::path::PropertyPath::new(self.target().segment("resultInfo"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::RecycleBin, C> {
    /// Structural property `settings` (`microsoft.graph.recycleBinSettings`), addressed on its own: `GET` or `PATCH` it.
    pub fn settings(&self) -> crate::path::PropertyPath<crate::v1::RecycleBinSettings> {
        crate::path::PropertyPath::new(self.target().segment("settings"))
    }
    /// Containment navigation property `items` (`microsoft.graph.recycleBinItem`).
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RecycleBinItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("items"))
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
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::RecycleBin {
    const SEGMENT: &'static str = "microsoft.graph.recycleBin";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RecycleBin {
    const SEGMENT: &'static str = "microsoft.graph.recycleBin";
}
#[cfg(msgraph_v1_search_or_storage)]
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
impl<C> crate::path::EntityPath<crate::v1::RecycleBinItem, C> {
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
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyBaseItem> for crate::v1::RecycleBinItem {
    const SEGMENT: &'static str = "microsoft.graph.recycleBinItem";
}
#[cfg(msgraph_v1_search_or_storage)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RecycleBinItem {
    const SEGMENT: &'static str = "microsoft.graph.recycleBinItem";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyAttachment>
for crate::v1::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ReferenceAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::AttachmentCollectionCreateUploadSessionParams,
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
#[cfg(msgraph_v1_education_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ReflectCheckInResponse {
    const SEGMENT: &'static str = "microsoft.graph.reflectCheckInResponse";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RelyingPartyDetailedSummary {
    const SEGMENT: &'static str = "microsoft.graph.relyingPartyDetailedSummary";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RemoteAssistancePartner, C> {
    /// A request to start onboarding.  Must be coupled with the appropriate TeamViewer account information
    ///
    /// `POST .../beginOnboarding`: action `microsoft.graph.beginOnboarding`.
    pub fn begin_onboarding(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("beginOnboarding"),
            rt::request::NoBody,
        )
    }
    /// A request to remove the active TeamViewer connector
    ///
    /// `POST .../disconnect`: action `microsoft.graph.disconnect`.
    pub fn disconnect(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("disconnect"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RemoteAssistancePartner {
    const SEGMENT: &'static str = "microsoft.graph.remoteAssistancePartner";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::RemoteDesktopSecurityConfiguration, C> {
    /// Containment navigation property `approvedClientApps` (`microsoft.graph.approvedClientApp`).
    pub fn approved_client_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ApprovedClientApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("approvedClientApps"))
    }
    /// Containment navigation property `targetDeviceGroups` (`microsoft.graph.targetDeviceGroup`).
    pub fn target_device_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TargetDeviceGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("targetDeviceGroups"))
    }
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RemoteDesktopSecurityConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.remoteDesktopSecurityConfiguration";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::RemoteTenantGroup, C> {
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
for crate::v1::RemoteTenantGroup {
    const SEGMENT: &'static str = "microsoft.graph.remoteTenantGroup";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RemoteTenantGroup {
    const SEGMENT: &'static str = "microsoft.graph.remoteTenantGroup";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::RemoteTenantGroup, C> {
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
#[cfg(msgraph_v1_reports)]
/// Features: `v1` or `v1-reports`.
impl<C> crate::path::EntityPath<crate::v1::ReportRoot, C> {
    /// Containment navigation property `authenticationMethods` (`microsoft.graph.authenticationMethodsRoot`).
    pub fn authentication_methods(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationMethodsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("authenticationMethods"))
    }
    /// Containment navigation property `dailyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    pub fn daily_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("dailyPrintUsageByPrinter"),
        )
    }
    /// Containment navigation property `dailyPrintUsageByUser` (`microsoft.graph.printUsageByUser`).
    pub fn daily_print_usage_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("dailyPrintUsageByUser"))
    }
    /// Containment navigation property `monthlyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    pub fn monthly_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("monthlyPrintUsageByPrinter"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageByUser` (`microsoft.graph.printUsageByUser`).
    pub fn monthly_print_usage_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("monthlyPrintUsageByUser"),
        )
    }
    /// Containment navigation property `partners` (`microsoft.graph.partners`).
    pub fn partners(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Partners,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("partners"))
    }
    /// Containment navigation property `security` (`microsoft.graph.securityReportsRoot`).
    pub fn security(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SecurityReportsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("security"))
    }
    /// Metadata for the device configuration device activity report
    ///
    /// `GET .../deviceConfigurationDeviceActivity`: function `microsoft.graph.deviceConfigurationDeviceActivity`.
    pub fn device_configuration_device_activity(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("deviceConfigurationDeviceActivity", &[]),
            rt::request::NoBody,
        )
    }
    /// Metadata for the device configuration user activity report
    ///
    /// `GET .../deviceConfigurationUserActivity`: function `microsoft.graph.deviceConfigurationUserActivity`.
    pub fn device_configuration_user_activity(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("deviceConfigurationUserActivity", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityCounts`: function `microsoft.graph.getEmailActivityCounts`.
    pub fn get_email_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserCounts`: function `microsoft.graph.getEmailActivityUserCounts`.
    pub fn get_email_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserDetail`: function `microsoft.graph.getEmailActivityUserDetail`.
    pub fn get_email_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserDetail`: function `microsoft.graph.getEmailActivityUserDetail`.
    pub fn get_email_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageAppsUserCounts`: function `microsoft.graph.getEmailAppUsageAppsUserCounts`.
    pub fn get_email_app_usage_apps_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailAppUsageAppsUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserCounts`: function `microsoft.graph.getEmailAppUsageUserCounts`.
    pub fn get_email_app_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailAppUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserDetail`: function `microsoft.graph.getEmailAppUsageUserDetail`.
    pub fn get_email_app_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailAppUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserDetail`: function `microsoft.graph.getEmailAppUsageUserDetail`.
    pub fn get_email_app_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailAppUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageVersionsUserCounts`: function `microsoft.graph.getEmailAppUsageVersionsUserCounts`.
    pub fn get_email_app_usage_versions_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getEmailAppUsageVersionsUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getGroupArchivedPrintJobs`: function `microsoft.graph.getGroupArchivedPrintJobs`.
    pub fn get_group_archived_print_jobs(
        &self,
        group_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getGroupArchivedPrintJobs",
                    &[
                        (
                            "groupId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(group_id),
                            ),
                        ),
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
    /// `GET .../getM365AppPlatformUserCounts`: function `microsoft.graph.getM365AppPlatformUserCounts`.
    pub fn get_m365_app_platform_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getM365AppPlatformUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserCounts`: function `microsoft.graph.getM365AppUserCounts`.
    pub fn get_m365_app_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getM365AppUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserDetail`: function `microsoft.graph.getM365AppUserDetail`.
    pub fn get_m365_app_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getM365AppUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserDetail`: function `microsoft.graph.getM365AppUserDetail`.
    pub fn get_m365_app_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getM365AppUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageDetail`: function `microsoft.graph.getMailboxUsageDetail`.
    pub fn get_mailbox_usage_detail(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMailboxUsageDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageMailboxCounts`: function `microsoft.graph.getMailboxUsageMailboxCounts`.
    pub fn get_mailbox_usage_mailbox_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMailboxUsageMailboxCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageQuotaStatusMailboxCounts`: function `microsoft.graph.getMailboxUsageQuotaStatusMailboxCounts`.
    pub fn get_mailbox_usage_quota_status_mailbox_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMailboxUsageQuotaStatusMailboxCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageStorage`: function `microsoft.graph.getMailboxUsageStorage`.
    pub fn get_mailbox_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getMailboxUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationCounts`: function `microsoft.graph.getOffice365ActivationCounts`.
    pub fn get_office365_activation_counts(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getOffice365ActivationCounts", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationsUserCounts`: function `microsoft.graph.getOffice365ActivationsUserCounts`.
    pub fn get_office365_activations_user_counts(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getOffice365ActivationsUserCounts", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationsUserDetail`: function `microsoft.graph.getOffice365ActivationsUserDetail`.
    pub fn get_office365_activations_user_detail(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getOffice365ActivationsUserDetail", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserCounts`: function `microsoft.graph.getOffice365ActiveUserCounts`.
    pub fn get_office365_active_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365ActiveUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserDetail`: function `microsoft.graph.getOffice365ActiveUserDetail`.
    pub fn get_office365_active_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365ActiveUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserDetail`: function `microsoft.graph.getOffice365ActiveUserDetail`.
    pub fn get_office365_active_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365ActiveUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityCounts`: function `microsoft.graph.getOffice365GroupsActivityCounts`.
    pub fn get_office365_groups_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365GroupsActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityDetail`: function `microsoft.graph.getOffice365GroupsActivityDetail`.
    pub fn get_office365_groups_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365GroupsActivityDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityDetail`: function `microsoft.graph.getOffice365GroupsActivityDetail`.
    pub fn get_office365_groups_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365GroupsActivityDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityFileCounts`: function `microsoft.graph.getOffice365GroupsActivityFileCounts`.
    pub fn get_office365_groups_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365GroupsActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityGroupCounts`: function `microsoft.graph.getOffice365GroupsActivityGroupCounts`.
    pub fn get_office365_groups_activity_group_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365GroupsActivityGroupCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityStorage`: function `microsoft.graph.getOffice365GroupsActivityStorage`.
    pub fn get_office365_groups_activity_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365GroupsActivityStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ServicesUserCounts`: function `microsoft.graph.getOffice365ServicesUserCounts`.
    pub fn get_office365_services_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOffice365ServicesUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityFileCounts`: function `microsoft.graph.getOneDriveActivityFileCounts`.
    pub fn get_one_drive_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserCounts`: function `microsoft.graph.getOneDriveActivityUserCounts`.
    pub fn get_one_drive_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserDetail`: function `microsoft.graph.getOneDriveActivityUserDetail`.
    pub fn get_one_drive_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserDetail`: function `microsoft.graph.getOneDriveActivityUserDetail`.
    pub fn get_one_drive_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountCounts`: function `microsoft.graph.getOneDriveUsageAccountCounts`.
    pub fn get_one_drive_usage_account_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveUsageAccountCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountDetail`: function `microsoft.graph.getOneDriveUsageAccountDetail`.
    pub fn get_one_drive_usage_account_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveUsageAccountDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountDetail`: function `microsoft.graph.getOneDriveUsageAccountDetail`.
    pub fn get_one_drive_usage_account_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveUsageAccountDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageFileCounts`: function `microsoft.graph.getOneDriveUsageFileCounts`.
    pub fn get_one_drive_usage_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveUsageFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageStorage`: function `microsoft.graph.getOneDriveUsageStorage`.
    pub fn get_one_drive_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOneDriveUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrinterArchivedPrintJobs`: function `microsoft.graph.getPrinterArchivedPrintJobs`.
    pub fn get_printer_archived_print_jobs(
        &self,
        printer_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrinterArchivedPrintJobs",
                    &[
                        (
                            "printerId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(printer_id),
                            ),
                        ),
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
    /// `GET .../getRelyingPartyDetailedSummary`: function `microsoft.graph.getRelyingPartyDetailedSummary`.
    pub fn get_relying_party_detailed_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::RelyingPartyDetailedSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getRelyingPartyDetailedSummary",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityFileCounts`: function `microsoft.graph.getSharePointActivityFileCounts`.
    pub fn get_share_point_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityPages`: function `microsoft.graph.getSharePointActivityPages`.
    pub fn get_share_point_activity_pages(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointActivityPages",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserCounts`: function `microsoft.graph.getSharePointActivityUserCounts`.
    pub fn get_share_point_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserDetail`: function `microsoft.graph.getSharePointActivityUserDetail`.
    pub fn get_share_point_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserDetail`: function `microsoft.graph.getSharePointActivityUserDetail`.
    pub fn get_share_point_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageDetail`: function `microsoft.graph.getSharePointSiteUsageDetail`.
    pub fn get_share_point_site_usage_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointSiteUsageDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageDetail`: function `microsoft.graph.getSharePointSiteUsageDetail`.
    pub fn get_share_point_site_usage_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointSiteUsageDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageFileCounts`: function `microsoft.graph.getSharePointSiteUsageFileCounts`.
    pub fn get_share_point_site_usage_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointSiteUsageFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsagePages`: function `microsoft.graph.getSharePointSiteUsagePages`.
    pub fn get_share_point_site_usage_pages(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointSiteUsagePages",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageSiteCounts`: function `microsoft.graph.getSharePointSiteUsageSiteCounts`.
    pub fn get_share_point_site_usage_site_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointSiteUsageSiteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageStorage`: function `microsoft.graph.getSharePointSiteUsageStorage`.
    pub fn get_share_point_site_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSharePointSiteUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityCounts`: function `microsoft.graph.getSkypeForBusinessActivityCounts`.
    pub fn get_skype_for_business_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessActivityUserCounts`.
    pub fn get_skype_for_business_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserDetail`: function `microsoft.graph.getSkypeForBusinessActivityUserDetail`.
    pub fn get_skype_for_business_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserDetail`: function `microsoft.graph.getSkypeForBusinessActivityUserDetail`.
    pub fn get_skype_for_business_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageDistributionUserCounts`: function `microsoft.graph.getSkypeForBusinessDeviceUsageDistributionUserCounts`.
    pub fn get_skype_for_business_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserCounts`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserCounts`.
    pub fn get_skype_for_business_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserDetail`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserDetail`.
    pub fn get_skype_for_business_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserDetail`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserDetail`.
    pub fn get_skype_for_business_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityCounts`.
    pub fn get_skype_for_business_organizer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessOrganizerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityMinuteCounts`.
    pub fn get_skype_for_business_organizer_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessOrganizerActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityUserCounts`.
    pub fn get_skype_for_business_organizer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessOrganizerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityCounts`.
    pub fn get_skype_for_business_participant_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessParticipantActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityMinuteCounts`.
    pub fn get_skype_for_business_participant_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessParticipantActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityUserCounts`.
    pub fn get_skype_for_business_participant_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessParticipantActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityCounts`.
    pub fn get_skype_for_business_peer_to_peer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityMinuteCounts`.
    pub fn get_skype_for_business_peer_to_peer_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityUserCounts`.
    pub fn get_skype_for_business_peer_to_peer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageDistributionUserCounts`: function `microsoft.graph.getTeamsDeviceUsageDistributionUserCounts`.
    pub fn get_teams_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserCounts`: function `microsoft.graph.getTeamsDeviceUsageUserCounts`.
    pub fn get_teams_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserDetail`: function `microsoft.graph.getTeamsDeviceUsageUserDetail`.
    pub fn get_teams_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserDetail`: function `microsoft.graph.getTeamsDeviceUsageUserDetail`.
    pub fn get_teams_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsTeamActivityCounts`: function `microsoft.graph.getTeamsTeamActivityCounts`.
    pub fn get_teams_team_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsTeamActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsTeamActivityDetail`: function `microsoft.graph.getTeamsTeamActivityDetail`.
    pub fn get_teams_team_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsTeamActivityDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsTeamActivityDetail`: function `microsoft.graph.getTeamsTeamActivityDetail`.
    pub fn get_teams_team_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsTeamActivityDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsTeamActivityDistributionCounts`: function `microsoft.graph.getTeamsTeamActivityDistributionCounts`.
    pub fn get_teams_team_activity_distribution_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsTeamActivityDistributionCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsTeamCounts`: function `microsoft.graph.getTeamsTeamCounts`.
    pub fn get_teams_team_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsTeamCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityCounts`: function `microsoft.graph.getTeamsUserActivityCounts`.
    pub fn get_teams_user_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsUserActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserCounts`: function `microsoft.graph.getTeamsUserActivityUserCounts`.
    pub fn get_teams_user_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsUserActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserDetail`: function `microsoft.graph.getTeamsUserActivityUserDetail`.
    pub fn get_teams_user_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsUserActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserDetail`: function `microsoft.graph.getTeamsUserActivityUserDetail`.
    pub fn get_teams_user_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getTeamsUserActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getUserArchivedPrintJobs`: function `microsoft.graph.getUserArchivedPrintJobs`.
    pub fn get_user_archived_print_jobs(
        &self,
        user_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getUserArchivedPrintJobs",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
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
    /// `GET .../getYammerActivityCounts`: function `microsoft.graph.getYammerActivityCounts`.
    pub fn get_yammer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserCounts`: function `microsoft.graph.getYammerActivityUserCounts`.
    pub fn get_yammer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserDetail`: function `microsoft.graph.getYammerActivityUserDetail`.
    pub fn get_yammer_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserDetail`: function `microsoft.graph.getYammerActivityUserDetail`.
    pub fn get_yammer_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageDistributionUserCounts`: function `microsoft.graph.getYammerDeviceUsageDistributionUserCounts`.
    pub fn get_yammer_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserCounts`: function `microsoft.graph.getYammerDeviceUsageUserCounts`.
    pub fn get_yammer_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserDetail`: function `microsoft.graph.getYammerDeviceUsageUserDetail`.
    pub fn get_yammer_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserDetail`: function `microsoft.graph.getYammerDeviceUsageUserDetail`.
    pub fn get_yammer_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityCounts`: function `microsoft.graph.getYammerGroupsActivityCounts`.
    pub fn get_yammer_groups_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerGroupsActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityDetail`: function `microsoft.graph.getYammerGroupsActivityDetail`.
    pub fn get_yammer_groups_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerGroupsActivityDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityDetail`: function `microsoft.graph.getYammerGroupsActivityDetail`.
    pub fn get_yammer_groups_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerGroupsActivityDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityGroupCounts`: function `microsoft.graph.getYammerGroupsActivityGroupCounts`.
    pub fn get_yammer_groups_activity_group_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getYammerGroupsActivityGroupCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentFailureDetails`: function `microsoft.graph.managedDeviceEnrollmentFailureDetails`.
    pub fn managed_device_enrollment_failure_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("managedDeviceEnrollmentFailureDetails", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentFailureDetails`: function `microsoft.graph.managedDeviceEnrollmentFailureDetails`.
    pub fn managed_device_enrollment_failure_details_2(
        &self,
        skip: i32,
        top: i32,
        filter: &str,
        skip_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "managedDeviceEnrollmentFailureDetails",
                    &[
                        (
                            "skip",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&skip),
                            ),
                        ),
                        (
                            "top",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top),
                            ),
                        ),
                        (
                            "filter",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(filter),
                            ),
                        ),
                        (
                            "skipToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(skip_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentTopFailures`: function `microsoft.graph.managedDeviceEnrollmentTopFailures`.
    pub fn managed_device_enrollment_top_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("managedDeviceEnrollmentTopFailures", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentTopFailures`: function `microsoft.graph.managedDeviceEnrollmentTopFailures`.
    pub fn managed_device_enrollment_top_failures_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "managedDeviceEnrollmentTopFailures",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
/// Features: `v1`, or one of `v1-education`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::ReportsRoot, C> {
    /// Containment navigation property `readingAssignmentSubmissions` (`microsoft.graph.readingAssignmentSubmission`).
    pub fn reading_assignment_submissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ReadingAssignmentSubmission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("readingAssignmentSubmissions"),
        )
    }
    /// Containment navigation property `readingCoachPassages` (`microsoft.graph.readingCoachPassage`).
    pub fn reading_coach_passages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ReadingCoachPassage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("readingCoachPassages"))
    }
    /// Containment navigation property `reflectCheckInResponses` (`microsoft.graph.reflectCheckInResponse`).
    pub fn reflect_check_in_responses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ReflectCheckInResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("reflectCheckInResponses"),
        )
    }
    /// Containment navigation property `speakerAssignmentSubmissions` (`microsoft.graph.speakerAssignmentSubmission`).
    pub fn speaker_assignment_submissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SpeakerAssignmentSubmission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("speakerAssignmentSubmissions"),
        )
    }
}
#[cfg(msgraph_v1_education_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ReportsRoot {
    const SEGMENT: &'static str = "microsoft.graph.reportsRoot";
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-role-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyRequest, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRequest {
    const SEGMENT: &'static str = "microsoft.graph.request";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl<C> crate::path::EntityPath<crate::v1::ResellerDelegatedAdminRelationship, C> {
    /// Structural property `accessDetails` (`microsoft.graph.delegatedAdminAccessDetails`), addressed on its own: `GET` or `PATCH` it.
    pub fn access_details(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DelegatedAdminAccessDetails> {
        crate::path::PropertyPath::new(self.target().segment("accessDetails"))
    }
    /// Structural property `customer` (`microsoft.graph.delegatedAdminRelationshipCustomerParticipant`), addressed on its own: `GET` or `PATCH` it.
    pub fn customer(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::DelegatedAdminRelationshipCustomerParticipant,
    > {
        crate::path::PropertyPath::new(self.target().segment("customer"))
    }
    /// Containment navigation property `accessAssignments` (`microsoft.graph.delegatedAdminAccessAssignment`).
    pub fn access_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminAccessAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("accessAssignments"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.delegatedAdminRelationshipOperation`).
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminRelationshipOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("operations"))
    }
    /// Containment navigation property `requests` (`microsoft.graph.delegatedAdminRelationshipRequest`).
    pub fn requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DelegatedAdminRelationshipRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("requests"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl crate::path::DerivedFrom<crate::v1::AnyDelegatedAdminRelationship>
for crate::v1::ResellerDelegatedAdminRelationship {
    const SEGMENT: &'static str = "microsoft.graph.resellerDelegatedAdminRelationship";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ResellerDelegatedAdminRelationship {
    const SEGMENT: &'static str = "microsoft.graph.resellerDelegatedAdminRelationship";
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ResourceOperation {
    const SEGMENT: &'static str = "microsoft.graph.resourceOperation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::ResourceSpecificPermissionGrant, C> {
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
for crate::v1::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_v1_core)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::ResourceSpecificPermissionGrant, C> {
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
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyRestoreArtifactBase, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRestoreArtifactBase {
    const SEGMENT: &'static str = "microsoft.graph.restoreArtifactBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyRestoreArtifactsBulkRequestBase, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRestoreArtifactsBulkRequestBase {
    const SEGMENT: &'static str = "microsoft.graph.restoreArtifactsBulkRequestBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::RestorePoint, C> {
    /// Navigation property `protectionUnit` (`microsoft.graph.protectionUnitBase`).
    pub fn protection_unit(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyProtectionUnitBase,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("protectionUnit"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RestorePoint {
    const SEGMENT: &'static str = "microsoft.graph.restorePoint";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::CollectionPath<crate::v1::RestorePoint, C> {
    /// `POST .../search`: action `microsoft.graph.search`.
    pub fn search(
        &self,
        params: crate::v1::params::RestorePointCollectionSearchParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RestorePointCollectionSearchParams>,
        rt::request::Entity<crate::v1::RestorePointSearchResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("search"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl<C> crate::path::EntityPath<crate::v1::AnyRestoreSessionBase, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRestoreSessionBase {
    const SEGMENT: &'static str = "microsoft.graph.restoreSessionBase";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::RichLongRunningOperation, C> {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.target().segment("error"))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyLongRunningOperation>
for crate::v1::RichLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.richLongRunningOperation";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RichLongRunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.richLongRunningOperation";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RiskDetection, C> {
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::SignInLocation> {
        crate::path::PropertyPath::new(self.target().segment("location"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RiskDetection {
    const SEGMENT: &'static str = "microsoft.graph.riskDetection";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RiskPreventionContainer, C> {
    /// Containment navigation property `fraudProtectionProviders` (`microsoft.graph.fraudProtectionProvider`).
    pub fn fraud_protection_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyFraudProtectionProvider,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("fraudProtectionProviders"),
        )
    }
    /// Containment navigation property `webApplicationFirewallProviders` (`microsoft.graph.webApplicationFirewallProvider`).
    pub fn web_application_firewall_providers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyWebApplicationFirewallProvider,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("webApplicationFirewallProviders"),
        )
    }
    /// Containment navigation property `webApplicationFirewallVerifications` (`microsoft.graph.webApplicationFirewallVerificationModel`).
    pub fn web_application_firewall_verifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::WebApplicationFirewallVerificationModel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("webApplicationFirewallVerifications"),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyRiskyServicePrincipal, C> {
    /// Containment navigation property `history` (`microsoft.graph.riskyServicePrincipalHistoryItem`).
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyServicePrincipalHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyRiskyServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.riskyServicePrincipal";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyRiskyServicePrincipal, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RiskyServicePrincipalHistoryItem, C> {
    /// Structural property `activity` (`microsoft.graph.riskServicePrincipalActivity`), addressed on its own: `GET` or `PATCH` it.
    pub fn activity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RiskServicePrincipalActivity> {
        crate::path::PropertyPath::new(self.target().segment("activity"))
    }
    /// Containment navigation property `history` (`microsoft.graph.riskyServicePrincipalHistoryItem`).
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyServicePrincipalHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRiskyServicePrincipal>
for crate::v1::RiskyServicePrincipalHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyServicePrincipalHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::RiskyServicePrincipalHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyServicePrincipalHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::RiskyServicePrincipalHistoryItem, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyServicePrincipalCollectionDismissParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyRiskyUser, C> {
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRiskyUser {
    const SEGMENT: &'static str = "microsoft.graph.riskyUser";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyRiskyUser, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
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
        params: crate::v1::params::RiskyUserCollectionConfirmSafeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionConfirmSafeParams>,
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
        params: crate::v1::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RiskyUserHistoryItem, C> {
    /// Structural property `activity` (`microsoft.graph.riskUserActivity`), addressed on its own: `GET` or `PATCH` it.
    pub fn activity(&self) -> crate::path::PropertyPath<crate::v1::RiskUserActivity> {
        crate::path::PropertyPath::new(self.target().segment("activity"))
    }
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("history"))
    }
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyRiskyUser>
for crate::v1::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_v1_identity_protection_or_search)]
/// Features: `v1`, or one of `v1-identity-protection`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::RiskyUserHistoryItem, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
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
        params: crate::v1::params::RiskyUserCollectionConfirmSafeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionConfirmSafeParams>,
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
        params: crate::v1::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyRoleAssignment, C> {
    /// Navigation property `roleDefinition` (`microsoft.graph.roleDefinition`).
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.roleAssignment";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::AnyRoleDefinition, C> {
    /// Containment navigation property `roleAssignments` (`microsoft.graph.roleAssignment`).
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("roleAssignments"))
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.roleDefinition";
}
#[cfg(msgraph_v1_role_management)]
/// Features: `v1` or `v1-role-management`.
impl<C> crate::path::EntityPath<crate::v1::RoleManagement, C> {
    /// Containment navigation property `directory` (`microsoft.graph.rbacApplication`).
    pub fn directory(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RbacApplication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("directory"))
    }
    /// Containment navigation property `entitlementManagement` (`microsoft.graph.rbacApplication`).
    pub fn entitlement_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::RbacApplication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("entitlementManagement"))
    }
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::Room, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::RoomList, C> {
    /// Containment navigation property `rooms` (`microsoft.graph.room`).
    pub fn rooms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Room,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("rooms"))
    }
    /// Containment navigation property `workspaces` (`microsoft.graph.workspace`).
    pub fn workspaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Workspace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("workspaces"))
    }
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
impl crate::path::DerivedFrom<crate::v1::AnyPlace> for crate::v1::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_v1_places_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::entra_recovery_services::Recovery, C> {
    /// Containment navigation property `jobs` (`microsoft.graph.entraRecoveryServices.recoveryJobBase`).
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobBase,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("jobs"))
    }
    /// Containment navigation property `snapshots` (`microsoft.graph.entraRecoveryServices.snapshot`).
    pub fn snapshots(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::entra_recovery_services::Snapshot,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.target().segment("snapshots"))
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::Recovery {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recovery";
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::RecoveryChangeObjectBase {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::entra_recovery_services::RecoveryJob, C> {
    /// `GET .../microsoft.graph.entraRecoveryServices.getFailedChanges`: function `microsoft.graph.entraRecoveryServices.getFailedChanges`.
    pub fn get_failed_changes(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::entra_recovery_services::RecoveryChangeObjectBase,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function("microsoft.graph.entraRecoveryServices.getFailedChanges", &[]),
            rt::request::NoBody,
        )
    }
    /// Structural property `filteringCriteria` (`microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase`), addressed on its own: `GET` or `PATCH` it.
    pub fn filtering_criteria(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobFilteringCriteriaBase,
    > {
        crate::path::PropertyPath::new(self.target().segment("filteringCriteria"))
    }
    /// `POST .../microsoft.graph.entraRecoveryServices.cancel`: action `microsoft.graph.entraRecoveryServices.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.entraRecoveryServices.cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::entra_recovery_services::AnyRecoveryJobBase>
for crate::v1::entra_recovery_services::RecoveryJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryJob";
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::RecoveryJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryJob";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::entra_recovery_services::AnyRecoveryJobBase, C> {
    /// Structural property `filteringCriteria` (`microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase`), addressed on its own: `GET` or `PATCH` it.
    pub fn filtering_criteria(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobFilteringCriteriaBase,
    > {
        crate::path::PropertyPath::new(self.target().segment("filteringCriteria"))
    }
    /// `POST .../microsoft.graph.entraRecoveryServices.cancel`: action `microsoft.graph.entraRecoveryServices.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.entraRecoveryServices.cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::AnyRecoveryJobBase {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryJobBase";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl<
    C,
> crate::path::EntityPath<crate::v1::entra_recovery_services::RecoveryPreviewJob, C> {
    /// `GET .../microsoft.graph.entraRecoveryServices.getChanges`: function `microsoft.graph.entraRecoveryServices.getChanges`.
    pub fn get_changes(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::v1::entra_recovery_services::RecoveryChangeObjectBase,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function("microsoft.graph.entraRecoveryServices.getChanges", &[]),
            rt::request::NoBody,
        )
    }
    /// Structural property `filteringCriteria` (`microsoft.graph.entraRecoveryServices.recoveryJobFilteringCriteriaBase`), addressed on its own: `GET` or `PATCH` it.
    pub fn filtering_criteria(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::entra_recovery_services::AnyRecoveryJobFilteringCriteriaBase,
    > {
        crate::path::PropertyPath::new(self.target().segment("filteringCriteria"))
    }
    /// `POST .../microsoft.graph.entraRecoveryServices.cancel`: action `microsoft.graph.entraRecoveryServices.cancel`.
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.entraRecoveryServices.cancel"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::entra_recovery_services::AnyRecoveryJobBase>
for crate::v1::entra_recovery_services::RecoveryPreviewJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryPreviewJob";
}
#[cfg(msgraph_v1_directory_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::entra_recovery_services::RecoveryPreviewJob {
    const SEGMENT: &'static str = "microsoft.graph.entraRecoveryServices.recoveryPreviewJob";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::EntityPath<crate::v1::identity_governance::Run, C> {
    /// Structural property `activatedOnScope` (`microsoft.graph.identityGovernance.activationScope`), addressed on its own: `GET` or `PATCH` it.
    pub fn activated_on_scope(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::identity_governance::AnyActivationScope> {
        crate::path::PropertyPath::new(self.target().segment("activatedOnScope"))
    }
    /// Navigation property `reprocessedRuns` (`microsoft.graph.identityGovernance.run`).
    pub fn reprocessed_runs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::Run,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.target().segment("reprocessedRuns"))
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
    /// Containment navigation property `userProcessingResults` (`microsoft.graph.identityGovernance.userProcessingResult`).
    pub fn user_processing_results(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::identity_governance::UserProcessingResult,
        crate::path::caps::List,
    > {
        crate::path::CollectionPath::new(self.target().segment("userProcessingResults"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::identity_governance::Run {
    const SEGMENT: &'static str = "microsoft.graph.identityGovernance.run";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::identity_governance::Run, C> {
    /// `GET .../microsoft.graph.identityGovernance.summary`: function `microsoft.graph.identityGovernance.summary`.
    pub fn summary(
        &self,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::identity_governance::RunSummary>,
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
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::partners_billing::AnyOperation>
for crate::v1::partners_billing::RunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.runningOperation";
}
#[cfg(msgraph_v1_reports_or_search)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::RunningOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.runningOperation";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::RetentionEvent, C> {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("createdBy"))
    }
    /// Structural property `eventStatus` (`microsoft.graph.security.retentionEventStatus`), addressed on its own: `GET` or `PATCH` it.
    pub fn event_status(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::RetentionEventStatus> {
        crate::path::PropertyPath::new(self.target().segment("eventStatus"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.target().segment("lastModifiedBy"))
    }
    /// Navigation property `retentionEventType` (`microsoft.graph.security.retentionEventType`).
    pub fn retention_event_type(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::RetentionEventType,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("retentionEventType"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::RetentionEvent {
    const SEGMENT: &'static str = "microsoft.graph.security.retentionEvent";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::RetentionEventType, C> {
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
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::RetentionEventType {
    const SEGMENT: &'static str = "microsoft.graph.security.retentionEventType";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl<C> crate::path::EntityPath<crate::v1::security::RetentionLabel, C> {
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
    /// Structural property `retentionDuration` (`microsoft.graph.security.retentionDuration`), addressed on its own: `GET` or `PATCH` it.
    pub fn retention_duration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::security::AnyRetentionDuration> {
        crate::path::PropertyPath::new(self.target().segment("retentionDuration"))
    }
    /// Containment navigation property `descriptors` (`microsoft.graph.security.filePlanDescriptor`).
    pub fn descriptors(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::FilePlanDescriptor,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.target().segment("descriptors"))
    }
    /// Containment navigation property `dispositionReviewStages` (`microsoft.graph.security.dispositionReviewStage`).
    pub fn disposition_review_stages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::security::DispositionReviewStage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.target().segment("dispositionReviewStages"),
        )
    }
    /// Navigation property `retentionEventType` (`microsoft.graph.security.retentionEventType`).
    pub fn retention_event_type(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::RetentionEventType,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("retentionEventType"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::RetentionLabel {
    const SEGMENT: &'static str = "microsoft.graph.security.retentionLabel";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::EntityPath<crate::v1::term_store::Relation, C> {
    /// Navigation property `fromTerm` (`microsoft.graph.termStore.term`).
    pub fn from_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Term,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("fromTerm"))
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
    /// Navigation property `toTerm` (`microsoft.graph.termStore.term`).
    pub fn to_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::term_store::Term,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.target().segment("toTerm"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::term_store::Relation {
    const SEGMENT: &'static str = "microsoft.graph.termStore.relation";
}
