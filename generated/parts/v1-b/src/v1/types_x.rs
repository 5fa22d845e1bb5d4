//! Types of `microsoft.graph` by the first letters of their names (`x`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.x509CertificateCombinationConfiguration`, entity type, derived from `microsoft.graph.authenticationCombinationConfiguration`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateCombinationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appliesToCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`, not nullable.
    pub applies_to_combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// CSDL: property `allowedIssuerSkis`: `Collection(Edm.String)`, not nullable.
    pub allowed_issuer_skis: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `allowedPolicyOIDs`: `Collection(Edm.String)`, not nullable.
    pub allowed_policy_oi_ds: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for X509CertificateCombinationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applies_to_combinations: rt::Field::Absent,
            allowed_issuer_skis: rt::Field::Absent,
            allowed_policy_oi_ds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for X509CertificateCombinationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateCombinationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appliesToCombinations",
        "allowedIssuerSkis",
        "allowedPolicyOIDs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appliesToCombinations\":        ",
        ",\"allowedIssuerSkis\":            ",
        ",\"allowedPolicyOIDs\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateCombinationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applies_to_combinations", &self.applies_to_combinations);
        v.field(2usize, "allowed_issuer_skis", &self.allowed_issuer_skis);
        v.field(3usize, "allowed_policy_oi_ds", &self.allowed_policy_oi_ds);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for X509CertificateCombinationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applies_to_combinations.read_from(r),
            2usize => self.allowed_issuer_skis.read_from(r),
            3usize => self.allowed_policy_oi_ds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applies_to_combinations);
        w.field(2usize, &self.allowed_issuer_skis);
        w.field(3usize, &self.allowed_policy_oi_ds);
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
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_object!(X509CertificateCombinationConfiguration);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    X509CertificateCombinationConfiguration { with_id id : ::std::string::String;
    with_applies_to_combinations applies_to_combinations : ::std::vec::Vec < rt::Flags <
    crate ::v1::AuthenticationMethodModes > >; with_allowed_issuer_skis
    allowed_issuer_skis : ::std::vec::Vec < ::std::string::String >;
    with_allowed_policy_oi_ds allowed_policy_oi_ds : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateCombinationConfiguration);
