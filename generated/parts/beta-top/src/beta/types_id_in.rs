//! Types of `microsoft.graph` by the first letters of their names (`id_in`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_identity_governance)]
/// CSDL: `microsoft.graph.identityGovernance`, entity type.
///
/// Request builders: [`IdentityGovernancePath`](requests/trait.IdentityGovernancePath.html), what a path to one (`EntityPath<IdentityGovernance, C>`) dereferences to.
///
/// Features: `beta` or `beta-identity-governance`.
#[derive(Clone)]
pub struct IdentityGovernance {
    /// CSDL: containment navigation property `accessReviews`: `microsoft.graph.accessReviewSet`, nullable.
    pub access_reviews: rt::Field<crate::beta::AccessReviewSet>,
    /// CSDL: containment navigation property `appConsent`: `microsoft.graph.appConsentApprovalRoute`, nullable.
    pub app_consent: rt::Field<crate::beta::AppConsentApprovalRoute>,
    /// CSDL: containment navigation property `termsOfUse`: `microsoft.graph.termsOfUseContainer`, nullable.
    pub terms_of_use: rt::Field<crate::beta::TermsOfUseContainer>,
    /// CSDL: containment navigation property `entitlementManagement`: `microsoft.graph.entitlementManagement`, nullable.
    pub entitlement_management: rt::Field<crate::beta::EntitlementManagement>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_identity_governance)]
impl ::std::default::Default for IdentityGovernance {
    #[inline]
    fn default() -> Self {
        Self {
            access_reviews: rt::Field::Absent,
            app_consent: rt::Field::Absent,
            terms_of_use: rt::Field::Absent,
            entitlement_management: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_identity_governance)]
impl rt::Object for IdentityGovernance {
    const TYPE_NAME: &'static str = "microsoft.graph.identityGovernance";
    const KEYS: &'static [&'static str] = &[
        "accessReviews",
        "appConsent",
        "termsOfUse",
        "entitlementManagement",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessReviews\":                ",
        ",\"appConsent\":                   ",
        ",\"termsOfUse\":                   ",
        ",\"entitlementManagement\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityGovernance\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_reviews", &self.access_reviews);
        v.field(1usize, "app_consent", &self.app_consent);
        v.field(2usize, "terms_of_use", &self.terms_of_use);
        v.field(3usize, "entitlement_management", &self.entitlement_management);
    }
}
#[cfg(msgraph_beta_identity_governance)]
impl rt::object::Members for IdentityGovernance {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_reviews.read_from(r),
            1usize => self.app_consent.read_from(r),
            2usize => self.terms_of_use.read_from(r),
            3usize => self.entitlement_management.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_reviews);
        w.field(1usize, &self.app_consent);
        w.field(2usize, &self.terms_of_use);
        w.field(3usize, &self.entitlement_management);
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
#[cfg(msgraph_beta_identity_governance)]
rt::impl_object!(IdentityGovernance);
#[cfg(msgraph_beta_identity_governance)]
rt::impl_setters!(
    IdentityGovernance { with_access_reviews access_reviews : crate
    ::beta::AccessReviewSet; with_app_consent app_consent : crate
    ::beta::AppConsentApprovalRoute; with_terms_of_use terms_of_use : crate
    ::beta::TermsOfUseContainer; with_entitlement_management entitlement_management :
    crate ::beta::EntitlementManagement; }
);
#[cfg(msgraph_beta_identity_governance)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityGovernance);
#[cfg(msgraph_beta_invitations_or_search)]
/// CSDL: `microsoft.graph.invitation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InvitationPath`](requests/trait.InvitationPath.html), what a path to one (`EntityPath<Invitation, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-invitations`, `beta-search`.
#[derive(Clone)]
pub struct Invitation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `invitedUserDisplayName`: `Edm.String`, nullable.
    pub invited_user_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `invitedUserEmailAddress`: `Edm.String`, not nullable.
    pub invited_user_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `invitedUserMessageInfo`: `microsoft.graph.invitedUserMessageInfo`, nullable.
    pub invited_user_message_info: rt::Field<crate::beta::InvitedUserMessageInfo>,
    /// CSDL: property `invitedUserType`: `Edm.String`, nullable.
    pub invited_user_type: rt::Field<::std::string::String>,
    /// CSDL: property `inviteRedeemUrl`: `Edm.String`, nullable.
    pub invite_redeem_url: rt::Field<::std::string::String>,
    /// CSDL: property `inviteRedirectUrl`: `Edm.String`, not nullable.
    pub invite_redirect_url: rt::Field<::std::string::String>,
    /// CSDL: property `resetRedemption`: `Edm.Boolean`, nullable.
    pub reset_redemption: rt::Field<bool>,
    /// CSDL: property `sendInvitationMessage`: `Edm.Boolean`, nullable.
    pub send_invitation_message: rt::Field<bool>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: navigation property `invitedUser`: `microsoft.graph.user`, nullable.
    ///
    /// Features: `beta` or `beta-search`.
    #[cfg(msgraph_beta_core)]
    pub invited_user: rt::Field<crate::beta::User>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_invitations_or_search)]
impl ::std::default::Default for Invitation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            invited_user_display_name: rt::Field::Absent,
            invited_user_email_address: rt::Field::Absent,
            invited_user_message_info: rt::Field::Absent,
            invited_user_type: rt::Field::Absent,
            invite_redeem_url: rt::Field::Absent,
            invite_redirect_url: rt::Field::Absent,
            reset_redemption: rt::Field::Absent,
            send_invitation_message: rt::Field::Absent,
            status: rt::Field::Absent,
            #[cfg(msgraph_beta_core)]
            invited_user: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_invitations_or_search)]
impl rt::Object for Invitation {
    const TYPE_NAME: &'static str = "microsoft.graph.invitation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "invitedUserDisplayName",
        "invitedUserEmailAddress",
        "invitedUserMessageInfo",
        "invitedUserType",
        "inviteRedeemUrl",
        "inviteRedirectUrl",
        "resetRedemption",
        "sendInvitationMessage",
        "status",
        "invitedUser",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"invitedUserDisplayName\":       ",
        ",\"invitedUserEmailAddress\":      ",
        ",\"invitedUserMessageInfo\":       ",
        ",\"invitedUserType\":              ",
        ",\"inviteRedeemUrl\":              ",
        ",\"inviteRedirectUrl\":            ",
        ",\"resetRedemption\":              ",
        ",\"sendInvitationMessage\":        ",
        ",\"status\":                       ",
        ",\"invitedUser\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invitation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "invited_user_display_name", &self.invited_user_display_name);
        v.field(2usize, "invited_user_email_address", &self.invited_user_email_address);
        v.field(3usize, "invited_user_message_info", &self.invited_user_message_info);
        v.field(4usize, "invited_user_type", &self.invited_user_type);
        v.field(5usize, "invite_redeem_url", &self.invite_redeem_url);
        v.field(6usize, "invite_redirect_url", &self.invite_redirect_url);
        v.field(7usize, "reset_redemption", &self.reset_redemption);
        v.field(8usize, "send_invitation_message", &self.send_invitation_message);
        v.field(9usize, "status", &self.status);
        #[cfg(msgraph_beta_core)] v.field(10usize, "invited_user", &self.invited_user);
    }
}
#[cfg(msgraph_beta_invitations_or_search)]
impl rt::object::Members for Invitation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.invited_user_display_name.read_from(r),
            2usize => self.invited_user_email_address.read_from(r),
            3usize => self.invited_user_message_info.read_from(r),
            4usize => self.invited_user_type.read_from(r),
            5usize => self.invite_redeem_url.read_from(r),
            6usize => self.invite_redirect_url.read_from(r),
            7usize => self.reset_redemption.read_from(r),
            8usize => self.send_invitation_message.read_from(r),
            9usize => self.status.read_from(r),
            #[cfg(msgraph_beta_core)]
            10usize => self.invited_user.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.invited_user_display_name);
        w.field(2usize, &self.invited_user_email_address);
        w.field(3usize, &self.invited_user_message_info);
        w.field(4usize, &self.invited_user_type);
        w.field(5usize, &self.invite_redeem_url);
        w.field(6usize, &self.invite_redirect_url);
        w.field(7usize, &self.reset_redemption);
        w.field(8usize, &self.send_invitation_message);
        w.field(9usize, &self.status);
        #[cfg(msgraph_beta_core)] w.field(10usize, &self.invited_user);
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
#[cfg(msgraph_beta_invitations_or_search)]
rt::impl_object!(Invitation);
#[cfg(msgraph_beta_invitations_or_search)]
rt::impl_setters!(
    Invitation { with_id id : ::std::string::String; with_invited_user_display_name
    invited_user_display_name : ::std::string::String; with_invited_user_email_address
    invited_user_email_address : ::std::string::String; with_invited_user_message_info
    invited_user_message_info : crate ::beta::InvitedUserMessageInfo;
    with_invited_user_type invited_user_type : ::std::string::String;
    with_invite_redeem_url invite_redeem_url : ::std::string::String;
    with_invite_redirect_url invite_redirect_url : ::std::string::String;
    with_reset_redemption reset_redemption : bool; with_send_invitation_message
    send_invitation_message : bool; with_status status : ::std::string::String;
    #[cfg(msgraph_beta_core)] with_invited_user invited_user : crate ::beta::User; }
);
#[cfg(msgraph_beta_invitations_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Invitation);
