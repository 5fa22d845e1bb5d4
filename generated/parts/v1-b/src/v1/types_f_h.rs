//! Types of `microsoft.graph` by the first letters of their names (`f_h`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.faceCheckConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct FaceCheckConfiguration {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `sourcePhotoClaimName`: `Edm.String`, not nullable.
    pub source_photo_claim_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for FaceCheckConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            source_photo_claim_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for FaceCheckConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.faceCheckConfiguration";
    const KEYS: &'static [&'static str] = &["isEnabled", "sourcePhotoClaimName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"sourcePhotoClaimName\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.faceCheckConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "source_photo_claim_name", &self.source_photo_claim_name);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for FaceCheckConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.source_photo_claim_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.source_photo_claim_name);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(FaceCheckConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    FaceCheckConfiguration { with_is_enabled is_enabled : bool;
    with_source_photo_claim_name source_photo_claim_name : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FaceCheckConfiguration);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// CSDL: `microsoft.graph.fallbackToMicrosoftProviderOnError`, complex type, derived from `microsoft.graph.customExtensionBehaviorOnError`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct FallbackToMicrosoftProviderOnError {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl ::std::default::Default for FallbackToMicrosoftProviderOnError {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::Object for FallbackToMicrosoftProviderOnError {
    const TYPE_NAME: &'static str = "microsoft.graph.fallbackToMicrosoftProviderOnError";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.fallbackToMicrosoftProviderOnError\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
impl rt::object::Members for FallbackToMicrosoftProviderOnError {
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
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
rt::impl_object!(FallbackToMicrosoftProviderOnError);
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FallbackToMicrosoftProviderOnError);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.featureType`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FeatureType {
    /// `registration` (value 0).
    Registration,
    /// `reset` (value 1).
    Reset,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for FeatureType {
    const TYPE_NAME: &'static str = "microsoft.graph.featureType";
    const MEMBERS: &'static [&'static str] = &[
        "registration",
        "reset",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "registration" => Self::Registration,
                "reset" => Self::Reset,
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
            Self::Registration => "registration",
            Self::Reset => "reset",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(FeatureType);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(FeatureType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.federatedIdentityCredential`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FederatedIdentityCredential {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `audiences`: `Collection(Edm.String)`, not nullable.
    pub audiences: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `issuer`: `Edm.String`, not nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FederatedIdentityCredential {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            audiences: rt::Field::Absent,
            description: rt::Field::Absent,
            issuer: rt::Field::Absent,
            name: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FederatedIdentityCredential {
    const TYPE_NAME: &'static str = "microsoft.graph.federatedIdentityCredential";
    const KEYS: &'static [&'static str] = &[
        "id",
        "audiences",
        "description",
        "issuer",
        "name",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"audiences\":                    ",
        ",\"description\":                  ",
        ",\"issuer\":                       ",
        ",\"name\":                         ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.federatedIdentityCredential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "audiences", &self.audiences);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "issuer", &self.issuer);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FederatedIdentityCredential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.audiences.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.issuer.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.audiences);
        w.field(2usize, &self.description);
        w.field(3usize, &self.issuer);
        w.field(4usize, &self.name);
        w.field(5usize, &self.subject);
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
rt::impl_object!(FederatedIdentityCredential);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FederatedIdentityCredential { with_id id : ::std::string::String; with_audiences
    audiences : ::std::vec::Vec < ::std::string::String >; with_description description :
    ::std::string::String; with_issuer issuer : ::std::string::String; with_name name :
    ::std::string::String; with_subject subject : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FederatedIdentityCredential);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
/// CSDL: `microsoft.graph.federatedIdpMfaBehavior`, enum type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-domains`, `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FederatedIdpMfaBehavior {
    /// `acceptIfMfaDoneByFederatedIdp` (value 0).
    AcceptIfMfaDoneByFederatedIdp,
    /// `enforceMfaByFederatedIdp` (value 1).
    EnforceMfaByFederatedIdp,
    /// `rejectMfaByFederatedIdp` (value 2).
    RejectMfaByFederatedIdp,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
impl rt::StrEnum for FederatedIdpMfaBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.federatedIdpMfaBehavior";
    const MEMBERS: &'static [&'static str] = &[
        "acceptIfMfaDoneByFederatedIdp",
        "enforceMfaByFederatedIdp",
        "rejectMfaByFederatedIdp",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "acceptIfMfaDoneByFederatedIdp" => Self::AcceptIfMfaDoneByFederatedIdp,
                "enforceMfaByFederatedIdp" => Self::EnforceMfaByFederatedIdp,
                "rejectMfaByFederatedIdp" => Self::RejectMfaByFederatedIdp,
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
            Self::AcceptIfMfaDoneByFederatedIdp => "acceptIfMfaDoneByFederatedIdp",
            Self::EnforceMfaByFederatedIdp => "enforceMfaByFederatedIdp",
            Self::RejectMfaByFederatedIdp => "rejectMfaByFederatedIdp",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
rt::impl_enum!(FederatedIdpMfaBehavior);
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FederatedIdpMfaBehavior);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.fido2AuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`Fido2AuthenticationMethodPath`](requests/trait.Fido2AuthenticationMethodPath.html), what a path to one (`EntityPath<Fido2AuthenticationMethod, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Fido2AuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `aaGuid`: `Edm.String`, nullable.
    pub aa_guid: rt::Field<::std::string::String>,
    /// CSDL: property `attestationCertificates`: `Collection(Edm.String)`, nullable.
    pub attestation_certificates: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `attestationLevel`: `microsoft.graph.attestationLevel`, nullable.
    pub attestation_level: rt::Field<crate::v1::AttestationLevel>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `passkeyType`: `microsoft.graph.passkeyType`, nullable.
    pub passkey_type: rt::Field<crate::v1::PasskeyType>,
    /// CSDL: property `publicKeyCredential`: `microsoft.graph.webauthnPublicKeyCredential`, nullable.
    pub public_key_credential: rt::Field<crate::v1::WebauthnPublicKeyCredential>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Fido2AuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            aa_guid: rt::Field::Absent,
            attestation_certificates: rt::Field::Absent,
            attestation_level: rt::Field::Absent,
            display_name: rt::Field::Absent,
            model: rt::Field::Absent,
            passkey_type: rt::Field::Absent,
            public_key_credential: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Fido2AuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.fido2AuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "aaGuid",
        "attestationCertificates",
        "attestationLevel",
        "displayName",
        "model",
        "passkeyType",
        "publicKeyCredential",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"aaGuid\":                       ",
        ",\"attestationCertificates\":      ",
        ",\"attestationLevel\":             ",
        ",\"displayName\":                  ",
        ",\"model\":                        ",
        ",\"passkeyType\":                  ",
        ",\"publicKeyCredential\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fido2AuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "aa_guid", &self.aa_guid);
        v.field(3usize, "attestation_certificates", &self.attestation_certificates);
        v.field(4usize, "attestation_level", &self.attestation_level);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "model", &self.model);
        v.field(7usize, "passkey_type", &self.passkey_type);
        v.field(8usize, "public_key_credential", &self.public_key_credential);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Fido2AuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.aa_guid.read_from(r),
            3usize => self.attestation_certificates.read_from(r),
            4usize => self.attestation_level.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.model.read_from(r),
            7usize => self.passkey_type.read_from(r),
            8usize => self.public_key_credential.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.aa_guid);
        w.field(3usize, &self.attestation_certificates);
        w.field(4usize, &self.attestation_level);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.model);
        w.field(7usize, &self.passkey_type);
        w.field(8usize, &self.public_key_credential);
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
rt::impl_object!(Fido2AuthenticationMethod);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Fido2AuthenticationMethod { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_aa_guid
    aa_guid : ::std::string::String; with_attestation_certificates
    attestation_certificates : ::std::vec::Vec < ::std::string::String >;
    with_attestation_level attestation_level : crate ::v1::AttestationLevel;
    with_display_name display_name : ::std::string::String; with_model model :
    ::std::string::String; with_passkey_type passkey_type : crate ::v1::PasskeyType;
    with_public_key_credential public_key_credential : crate
    ::v1::WebauthnPublicKeyCredential; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2AuthenticationMethod);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.fido2CombinationConfiguration`, entity type, derived from `microsoft.graph.authenticationCombinationConfiguration`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct Fido2CombinationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `appliesToCombinations`: `Collection(microsoft.graph.authenticationMethodModes)`, not nullable.
    pub applies_to_combinations: rt::Field<
        ::std::vec::Vec<rt::Flags<crate::v1::AuthenticationMethodModes>>,
    >,
    /// CSDL: property `allowedAAGUIDs`: `Collection(Edm.String)`, not nullable.
    pub allowed_aagui_ds: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl ::std::default::Default for Fido2CombinationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applies_to_combinations: rt::Field::Absent,
            allowed_aagui_ds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::Object for Fido2CombinationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.fido2CombinationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appliesToCombinations",
        "allowedAAGUIDs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appliesToCombinations\":        ",
        ",\"allowedAAGUIDs\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fido2CombinationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applies_to_combinations", &self.applies_to_combinations);
        v.field(2usize, "allowed_aagui_ds", &self.allowed_aagui_ds);
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::object::Members for Fido2CombinationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applies_to_combinations.read_from(r),
            2usize => self.allowed_aagui_ds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applies_to_combinations);
        w.field(2usize, &self.allowed_aagui_ds);
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
rt::impl_object!(Fido2CombinationConfiguration);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_setters!(
    Fido2CombinationConfiguration { with_id id : ::std::string::String;
    with_applies_to_combinations applies_to_combinations : ::std::vec::Vec < rt::Flags <
    crate ::v1::AuthenticationMethodModes > >; with_allowed_aagui_ds allowed_aagui_ds :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2CombinationConfiguration);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.file`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct File {
    /// CSDL: property `hashes`: `microsoft.graph.hashes`, nullable.
    pub hashes: rt::Field<crate::v1::Hashes>,
    /// CSDL: property `mimeType`: `Edm.String`, nullable.
    pub mime_type: rt::Field<::std::string::String>,
    /// CSDL: property `processingMetadata`: `Edm.Boolean`, nullable.
    pub processing_metadata: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for File {
    #[inline]
    fn default() -> Self {
        Self {
            hashes: rt::Field::Absent,
            mime_type: rt::Field::Absent,
            processing_metadata: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for File {
    const TYPE_NAME: &'static str = "microsoft.graph.file";
    const KEYS: &'static [&'static str] = &["hashes", "mimeType", "processingMetadata"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hashes\":                       ",
        ",\"mimeType\":                     ",
        ",\"processingMetadata\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.file\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hashes", &self.hashes);
        v.field(1usize, "mime_type", &self.mime_type);
        v.field(2usize, "processing_metadata", &self.processing_metadata);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for File {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hashes.read_from(r),
            1usize => self.mime_type.read_from(r),
            2usize => self.processing_metadata.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hashes);
        w.field(1usize, &self.mime_type);
        w.field(2usize, &self.processing_metadata);
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
rt::impl_object!(File);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    File { with_hashes hashes : crate ::v1::Hashes; with_mime_type mime_type :
    ::std::string::String; with_processing_metadata processing_metadata : bool; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(File);
#[cfg(msgraph_v1_information_protection_or_search)]
/// CSDL: `microsoft.graph.fileAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<FileAssessmentRequest, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-information-protection`, `v1-search`.
#[derive(Clone)]
pub struct FileAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::v1::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::v1::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::v1::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::v1::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::v1::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::v1::ThreatAssessmentResult>>,
    /// CSDL: property `contentData`: `Edm.String`, not nullable.
    pub content_data: rt::Field<::std::string::String>,
    /// CSDL: property `fileName`: `Edm.String`, not nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl ::std::default::Default for FileAssessmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            category: rt::Field::Absent,
            content_type: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            expected_assessment: rt::Field::Absent,
            request_source: rt::Field::Absent,
            status: rt::Field::Absent,
            results: rt::Field::Absent,
            content_data: rt::Field::Absent,
            file_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::Object for FileAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.fileAssessmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "category",
        "contentType",
        "createdBy",
        "createdDateTime",
        "expectedAssessment",
        "requestSource",
        "status",
        "results",
        "contentData",
        "fileName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"category\":                     ",
        ",\"contentType\":                  ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"expectedAssessment\":           ",
        ",\"requestSource\":                ",
        ",\"status\":                       ",
        ",\"results\":                      ",
        ",\"contentData\":                  ",
        ",\"fileName\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileAssessmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "category", &self.category);
        v.field(2usize, "content_type", &self.content_type);
        v.field(3usize, "created_by", &self.created_by);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "expected_assessment", &self.expected_assessment);
        v.field(6usize, "request_source", &self.request_source);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "results", &self.results);
        v.field(9usize, "content_data", &self.content_data);
        v.field(10usize, "file_name", &self.file_name);
    }
}
#[cfg(msgraph_v1_information_protection_or_search)]
impl rt::object::Members for FileAssessmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.category.read_from(r),
            2usize => self.content_type.read_from(r),
            3usize => self.created_by.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.expected_assessment.read_from(r),
            6usize => self.request_source.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.results.read_from(r),
            9usize => self.content_data.read_from(r),
            10usize => self.file_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.category);
        w.field(2usize, &self.content_type);
        w.field(3usize, &self.created_by);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.expected_assessment);
        w.field(6usize, &self.request_source);
        w.field(7usize, &self.status);
        w.field(8usize, &self.results);
        w.field(9usize, &self.content_data);
        w.field(10usize, &self.file_name);
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
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_object!(FileAssessmentRequest);
#[cfg(msgraph_v1_information_protection_or_search)]
rt::impl_setters!(
    FileAssessmentRequest { with_id id : ::std::string::String; with_category category :
    crate ::v1::ThreatCategory; with_content_type content_type : crate
    ::v1::ThreatAssessmentContentType; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::v1::ThreatExpectedAssessment; with_request_source request_source : crate
    ::v1::ThreatAssessmentRequestSource; with_status status : crate
    ::v1::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::v1::ThreatAssessmentResult >; with_content_data content_data :
    ::std::string::String; with_file_name file_name : ::std::string::String; }
);
#[cfg(msgraph_v1_information_protection_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileAssessmentRequest);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.fileAttachment`, entity type, derived from `microsoft.graph.attachment`, media entity, key `id`.
///
/// Request builders: [`FileAttachmentPath`](requests/trait.FileAttachmentPath.html), what a path to one (`EntityPath<FileAttachment, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FileAttachment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `isInline`: `Edm.Boolean`, not nullable.
    pub is_inline: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// CSDL: property `contentBytes`: `Edm.Binary`, nullable.
    pub content_bytes: rt::Field<rt::edm::Binary>,
    /// CSDL: property `contentId`: `Edm.String`, nullable.
    pub content_id: rt::Field<::std::string::String>,
    /// CSDL: property `contentLocation`: `Edm.String`, nullable.
    pub content_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FileAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_bytes: rt::Field::Absent,
            content_id: rt::Field::Absent,
            content_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FileAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.fileAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
        "contentBytes",
        "contentId",
        "contentLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"contentBytes\":                 ",
        ",\"contentId\":                    ",
        ",\"contentLocation\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "content_bytes", &self.content_bytes);
        v.field(7usize, "content_id", &self.content_id);
        v.field(8usize, "content_location", &self.content_location);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FileAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.content_bytes.read_from(r),
            7usize => self.content_id.read_from(r),
            8usize => self.content_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.is_inline);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
        w.field(6usize, &self.content_bytes);
        w.field(7usize, &self.content_id);
        w.field(8usize, &self.content_location);
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
rt::impl_object!(FileAttachment);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FileAttachment { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_is_inline is_inline : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_size size : i32; with_content_bytes content_bytes :
    rt::edm::Binary; with_content_id content_id : ::std::string::String;
    with_content_location content_location : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileAttachment);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerBillingClassification`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileStorageContainerBillingClassification {
    /// `standard` (value 0).
    Standard,
    /// `trial` (value 1).
    Trial,
    /// `directToCustomer` (value 2).
    DirectToCustomer,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for FileStorageContainerBillingClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerBillingClassification";
    const MEMBERS: &'static [&'static str] = &[
        "standard",
        "trial",
        "directToCustomer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "standard" => Self::Standard,
                "trial" => Self::Trial,
                "directToCustomer" => Self::DirectToCustomer,
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
            Self::Standard => "standard",
            Self::Trial => "trial",
            Self::DirectToCustomer => "directToCustomer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(FileStorageContainerBillingClassification);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerBillingClassification);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerBillingStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileStorageContainerBillingStatus {
    /// `invalid` (value 0).
    Invalid,
    /// `valid` (value 1).
    Valid,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for FileStorageContainerBillingStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerBillingStatus";
    const MEMBERS: &'static [&'static str] = &["invalid", "valid", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "invalid" => Self::Invalid,
                "valid" => Self::Valid,
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
            Self::Invalid => "invalid",
            Self::Valid => "valid",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(FileStorageContainerBillingStatus);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerBillingStatus);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.fileStorageContainerCustomPropertyValue`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct FileStorageContainerCustomPropertyValue {
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for FileStorageContainerCustomPropertyValue {
    #[inline]
    fn default() -> Self {
        Self {
            is_searchable: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for FileStorageContainerCustomPropertyValue {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerCustomPropertyValue";
    const KEYS: &'static [&'static str] = &["isSearchable", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isSearchable\":                 ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerCustomPropertyValue\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_searchable", &self.is_searchable);
        v.field(1usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for FileStorageContainerCustomPropertyValue {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_searchable.read_from(r),
            1usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_searchable);
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
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(FileStorageContainerCustomPropertyValue);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    FileStorageContainerCustomPropertyValue { with_is_searchable is_searchable : bool;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerCustomPropertyValue);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerType`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`FileStorageContainerTypePath`](requests/trait.FileStorageContainerTypePath.html), what a path to one (`EntityPath<FileStorageContainerType, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerType {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `billingClassification`: `microsoft.graph.fileStorageContainerBillingClassification`, not nullable.
    pub billing_classification: rt::Field<
        crate::v1::FileStorageContainerBillingClassification,
    >,
    /// CSDL: property `billingStatus`: `microsoft.graph.fileStorageContainerBillingStatus`, not nullable.
    pub billing_status: rt::Field<crate::v1::FileStorageContainerBillingStatus>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `etag`: `Edm.String`, not nullable.
    pub etag: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `owningAppId`: `Edm.Guid`, not nullable.
    pub owning_app_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `settings`: `microsoft.graph.fileStorageContainerTypeSettings`, not nullable.
    pub settings: rt::Field<crate::v1::FileStorageContainerTypeSettings>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerType {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            billing_classification: rt::Field::Absent,
            billing_status: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            etag: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            owning_app_id: rt::Field::Absent,
            settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerType {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerType";
    const KEYS: &'static [&'static str] = &[
        "id",
        "billingClassification",
        "billingStatus",
        "createdDateTime",
        "etag",
        "expirationDateTime",
        "name",
        "owningAppId",
        "settings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"billingClassification\":        ",
        ",\"billingStatus\":                ",
        ",\"createdDateTime\":              ",
        ",\"etag\":                         ",
        ",\"expirationDateTime\":           ",
        ",\"name\":                         ",
        ",\"owningAppId\":                  ",
        ",\"settings\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerType\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "billing_classification", &self.billing_classification);
        v.field(2usize, "billing_status", &self.billing_status);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "etag", &self.etag);
        v.field(5usize, "expiration_date_time", &self.expiration_date_time);
        v.field(6usize, "name", &self.name);
        v.field(7usize, "owning_app_id", &self.owning_app_id);
        v.field(8usize, "settings", &self.settings);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerType {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.billing_classification.read_from(r),
            2usize => self.billing_status.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.etag.read_from(r),
            5usize => self.expiration_date_time.read_from(r),
            6usize => self.name.read_from(r),
            7usize => self.owning_app_id.read_from(r),
            8usize => self.settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.billing_classification);
        w.field(2usize, &self.billing_status);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.etag);
        w.field(5usize, &self.expiration_date_time);
        w.field(6usize, &self.name);
        w.field(7usize, &self.owning_app_id);
        w.field(8usize, &self.settings);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerType);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerType { with_id id : ::std::string::String;
    with_billing_classification billing_classification : crate
    ::v1::FileStorageContainerBillingClassification; with_billing_status billing_status :
    crate ::v1::FileStorageContainerBillingStatus; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_etag etag : ::std::string::String;
    with_expiration_date_time expiration_date_time : rt::edm::DateTimeOffset; with_name
    name : ::std::string::String; with_owning_app_id owning_app_id : rt::edm::Guid;
    with_settings settings : crate ::v1::FileStorageContainerTypeSettings; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerType);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerTypeAppPermission`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileStorageContainerTypeAppPermission {
    /// `none` (value 0).
    None,
    /// `readContent` (value 1).
    ReadContent,
    /// `writeContent` (value 2).
    WriteContent,
    /// `manageContent` (value 3).
    ManageContent,
    /// `create` (value 4).
    Create,
    /// `delete` (value 5).
    Delete,
    /// `read` (value 6).
    Read,
    /// `write` (value 7).
    Write,
    /// `enumeratePermissions` (value 8).
    EnumeratePermissions,
    /// `addPermissions` (value 9).
    AddPermissions,
    /// `updatePermissions` (value 10).
    UpdatePermissions,
    /// `deletePermissions` (value 11).
    DeletePermissions,
    /// `deleteOwnPermission` (value 12).
    DeleteOwnPermission,
    /// `managePermissions` (value 13).
    ManagePermissions,
    /// `full` (value 14).
    Full,
    /// `unknownFutureValue` (value 15).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for FileStorageContainerTypeAppPermission {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerTypeAppPermission";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "readContent",
        "writeContent",
        "manageContent",
        "create",
        "delete",
        "read",
        "write",
        "enumeratePermissions",
        "addPermissions",
        "updatePermissions",
        "deletePermissions",
        "deleteOwnPermission",
        "managePermissions",
        "full",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "readContent" => Self::ReadContent,
                "writeContent" => Self::WriteContent,
                "manageContent" => Self::ManageContent,
                "create" => Self::Create,
                "delete" => Self::Delete,
                "read" => Self::Read,
                "write" => Self::Write,
                "enumeratePermissions" => Self::EnumeratePermissions,
                "addPermissions" => Self::AddPermissions,
                "updatePermissions" => Self::UpdatePermissions,
                "deletePermissions" => Self::DeletePermissions,
                "deleteOwnPermission" => Self::DeleteOwnPermission,
                "managePermissions" => Self::ManagePermissions,
                "full" => Self::Full,
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
            Self::ReadContent => "readContent",
            Self::WriteContent => "writeContent",
            Self::ManageContent => "manageContent",
            Self::Create => "create",
            Self::Delete => "delete",
            Self::Read => "read",
            Self::Write => "write",
            Self::EnumeratePermissions => "enumeratePermissions",
            Self::AddPermissions => "addPermissions",
            Self::UpdatePermissions => "updatePermissions",
            Self::DeletePermissions => "deletePermissions",
            Self::DeleteOwnPermission => "deleteOwnPermission",
            Self::ManagePermissions => "managePermissions",
            Self::Full => "full",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(FileStorageContainerTypeAppPermission);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerTypeAppPermission);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerTypeAppPermissionGrant`, entity type, key `appId`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerTypeAppPermissionGrant {
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `applicationPermissions`: `Collection(microsoft.graph.fileStorageContainerTypeAppPermission)`, nullable.
    pub application_permissions: rt::Field<
        ::std::vec::Vec<crate::v1::FileStorageContainerTypeAppPermission>,
    >,
    /// CSDL: property `delegatedPermissions`: `Collection(microsoft.graph.fileStorageContainerTypeAppPermission)`, nullable.
    pub delegated_permissions: rt::Field<
        ::std::vec::Vec<crate::v1::FileStorageContainerTypeAppPermission>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerTypeAppPermissionGrant {
    #[inline]
    fn default() -> Self {
        Self {
            app_id: rt::Field::Absent,
            application_permissions: rt::Field::Absent,
            delegated_permissions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerTypeAppPermissionGrant {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerTypeAppPermissionGrant";
    const KEYS: &'static [&'static str] = &[
        "appId",
        "applicationPermissions",
        "delegatedPermissions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"appId\":                        ",
        ",\"applicationPermissions\":       ",
        ",\"delegatedPermissions\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerTypeAppPermissionGrant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "app_id", &self.app_id);
        v.field(1usize, "application_permissions", &self.application_permissions);
        v.field(2usize, "delegated_permissions", &self.delegated_permissions);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerTypeAppPermissionGrant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.app_id.read_from(r),
            1usize => self.application_permissions.read_from(r),
            2usize => self.delegated_permissions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.app_id);
        w.field(1usize, &self.application_permissions);
        w.field(2usize, &self.delegated_permissions);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerTypeAppPermissionGrant);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerTypeAppPermissionGrant { with_app_id app_id :
    ::std::string::String; with_application_permissions application_permissions :
    ::std::vec::Vec < crate ::v1::FileStorageContainerTypeAppPermission >;
    with_delegated_permissions delegated_permissions : ::std::vec::Vec < crate
    ::v1::FileStorageContainerTypeAppPermission >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerTypeAppPermissionGrant);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerTypeRegistration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`FileStorageContainerTypeRegistrationPath`](requests/trait.FileStorageContainerTypeRegistrationPath.html), what a path to one (`EntityPath<FileStorageContainerTypeRegistration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerTypeRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `billingClassification`: `microsoft.graph.fileStorageContainerBillingClassification`, not nullable.
    pub billing_classification: rt::Field<
        crate::v1::FileStorageContainerBillingClassification,
    >,
    /// CSDL: property `billingStatus`: `microsoft.graph.fileStorageContainerBillingStatus`, not nullable.
    pub billing_status: rt::Field<crate::v1::FileStorageContainerBillingStatus>,
    /// CSDL: property `etag`: `Edm.String`, not nullable.
    pub etag: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `owningAppId`: `Edm.Guid`, not nullable.
    pub owning_app_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `registeredDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `settings`: `microsoft.graph.fileStorageContainerTypeRegistrationSettings`, not nullable.
    pub settings: rt::Field<crate::v1::FileStorageContainerTypeRegistrationSettings>,
    /// CSDL: containment navigation property `applicationPermissionGrants`: `Collection(microsoft.graph.fileStorageContainerTypeAppPermissionGrant)`, not nullable.
    pub application_permission_grants: rt::Field<
        ::std::vec::Vec<crate::v1::FileStorageContainerTypeAppPermissionGrant>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerTypeRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            billing_classification: rt::Field::Absent,
            billing_status: rt::Field::Absent,
            etag: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            owning_app_id: rt::Field::Absent,
            registered_date_time: rt::Field::Absent,
            settings: rt::Field::Absent,
            application_permission_grants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerTypeRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerTypeRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "billingClassification",
        "billingStatus",
        "etag",
        "expirationDateTime",
        "name",
        "owningAppId",
        "registeredDateTime",
        "settings",
        "applicationPermissionGrants",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"billingClassification\":        ",
        ",\"billingStatus\":                ",
        ",\"etag\":                         ",
        ",\"expirationDateTime\":           ",
        ",\"name\":                         ",
        ",\"owningAppId\":                  ",
        ",\"registeredDateTime\":           ",
        ",\"settings\":                     ",
        ",\"applicationPermissionGrants\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerTypeRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "billing_classification", &self.billing_classification);
        v.field(2usize, "billing_status", &self.billing_status);
        v.field(3usize, "etag", &self.etag);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "name", &self.name);
        v.field(6usize, "owning_app_id", &self.owning_app_id);
        v.field(7usize, "registered_date_time", &self.registered_date_time);
        v.field(8usize, "settings", &self.settings);
        v.field(
            9usize,
            "application_permission_grants",
            &self.application_permission_grants,
        );
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerTypeRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.billing_classification.read_from(r),
            2usize => self.billing_status.read_from(r),
            3usize => self.etag.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.name.read_from(r),
            6usize => self.owning_app_id.read_from(r),
            7usize => self.registered_date_time.read_from(r),
            8usize => self.settings.read_from(r),
            9usize => self.application_permission_grants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.billing_classification);
        w.field(2usize, &self.billing_status);
        w.field(3usize, &self.etag);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.name);
        w.field(6usize, &self.owning_app_id);
        w.field(7usize, &self.registered_date_time);
        w.field(8usize, &self.settings);
        w.field(9usize, &self.application_permission_grants);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerTypeRegistration);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerTypeRegistration { with_id id : ::std::string::String;
    with_billing_classification billing_classification : crate
    ::v1::FileStorageContainerBillingClassification; with_billing_status billing_status :
    crate ::v1::FileStorageContainerBillingStatus; with_etag etag :
    ::std::string::String; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_name name : ::std::string::String; with_owning_app_id
    owning_app_id : rt::edm::Guid; with_registered_date_time registered_date_time :
    rt::edm::DateTimeOffset; with_settings settings : crate
    ::v1::FileStorageContainerTypeRegistrationSettings;
    with_application_permission_grants application_permission_grants : ::std::vec::Vec <
    crate ::v1::FileStorageContainerTypeAppPermissionGrant >; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerTypeRegistration);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerTypeRegistrationSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerTypeRegistrationSettings {
    /// CSDL: property `isDiscoverabilityEnabled`: `Edm.Boolean`, nullable.
    pub is_discoverability_enabled: rt::Field<bool>,
    /// CSDL: property `isItemVersioningEnabled`: `Edm.Boolean`, nullable.
    pub is_item_versioning_enabled: rt::Field<bool>,
    /// CSDL: property `isSearchEnabled`: `Edm.Boolean`, nullable.
    pub is_search_enabled: rt::Field<bool>,
    /// CSDL: property `isSharingRestricted`: `Edm.Boolean`, nullable.
    pub is_sharing_restricted: rt::Field<bool>,
    /// CSDL: property `itemMajorVersionLimit`: `Edm.Int64`, nullable.
    pub item_major_version_limit: rt::Field<i64>,
    /// CSDL: property `maxStoragePerContainerInBytes`: `Edm.Int64`, nullable.
    pub max_storage_per_container_in_bytes: rt::Field<i64>,
    /// CSDL: property `sharingCapability`: `microsoft.graph.sharingCapabilities`, nullable.
    pub sharing_capability: rt::Field<crate::v1::SharingCapabilities>,
    /// CSDL: property `urlTemplate`: `Edm.String`, nullable.
    pub url_template: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerTypeRegistrationSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_discoverability_enabled: rt::Field::Absent,
            is_item_versioning_enabled: rt::Field::Absent,
            is_search_enabled: rt::Field::Absent,
            is_sharing_restricted: rt::Field::Absent,
            item_major_version_limit: rt::Field::Absent,
            max_storage_per_container_in_bytes: rt::Field::Absent,
            sharing_capability: rt::Field::Absent,
            url_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerTypeRegistrationSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerTypeRegistrationSettings";
    const KEYS: &'static [&'static str] = &[
        "isDiscoverabilityEnabled",
        "isItemVersioningEnabled",
        "isSearchEnabled",
        "isSharingRestricted",
        "itemMajorVersionLimit",
        "maxStoragePerContainerInBytes",
        "sharingCapability",
        "urlTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDiscoverabilityEnabled\":     ",
        ",\"isItemVersioningEnabled\":      ",
        ",\"isSearchEnabled\":              ",
        ",\"isSharingRestricted\":          ",
        ",\"itemMajorVersionLimit\":        ",
        ",\"maxStoragePerContainerInBytes\":",
        ",\"sharingCapability\":            ",
        ",\"urlTemplate\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerTypeRegistrationSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_discoverability_enabled", &self.is_discoverability_enabled);
        v.field(1usize, "is_item_versioning_enabled", &self.is_item_versioning_enabled);
        v.field(2usize, "is_search_enabled", &self.is_search_enabled);
        v.field(3usize, "is_sharing_restricted", &self.is_sharing_restricted);
        v.field(4usize, "item_major_version_limit", &self.item_major_version_limit);
        v.field(
            5usize,
            "max_storage_per_container_in_bytes",
            &self.max_storage_per_container_in_bytes,
        );
        v.field(6usize, "sharing_capability", &self.sharing_capability);
        v.field(7usize, "url_template", &self.url_template);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerTypeRegistrationSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_discoverability_enabled.read_from(r),
            1usize => self.is_item_versioning_enabled.read_from(r),
            2usize => self.is_search_enabled.read_from(r),
            3usize => self.is_sharing_restricted.read_from(r),
            4usize => self.item_major_version_limit.read_from(r),
            5usize => self.max_storage_per_container_in_bytes.read_from(r),
            6usize => self.sharing_capability.read_from(r),
            7usize => self.url_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_discoverability_enabled);
        w.field(1usize, &self.is_item_versioning_enabled);
        w.field(2usize, &self.is_search_enabled);
        w.field(3usize, &self.is_sharing_restricted);
        w.field(4usize, &self.item_major_version_limit);
        w.field(5usize, &self.max_storage_per_container_in_bytes);
        w.field(6usize, &self.sharing_capability);
        w.field(7usize, &self.url_template);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerTypeRegistrationSettings);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerTypeRegistrationSettings { with_is_discoverability_enabled
    is_discoverability_enabled : bool; with_is_item_versioning_enabled
    is_item_versioning_enabled : bool; with_is_search_enabled is_search_enabled : bool;
    with_is_sharing_restricted is_sharing_restricted : bool;
    with_item_major_version_limit item_major_version_limit : i64;
    with_max_storage_per_container_in_bytes max_storage_per_container_in_bytes : i64;
    with_sharing_capability sharing_capability : crate ::v1::SharingCapabilities;
    with_url_template url_template : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerTypeRegistrationSettings);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerTypeSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerTypeSettings {
    /// CSDL: property `consumingTenantOverridables`: `microsoft.graph.fileStorageContainerTypeSettingsOverride`, nullable.
    pub consuming_tenant_overridables: rt::Field<
        rt::Flags<crate::v1::FileStorageContainerTypeSettingsOverride>,
    >,
    /// CSDL: property `isDiscoverabilityEnabled`: `Edm.Boolean`, nullable.
    pub is_discoverability_enabled: rt::Field<bool>,
    /// CSDL: property `isItemVersioningEnabled`: `Edm.Boolean`, nullable.
    pub is_item_versioning_enabled: rt::Field<bool>,
    /// CSDL: property `isSearchEnabled`: `Edm.Boolean`, nullable.
    pub is_search_enabled: rt::Field<bool>,
    /// CSDL: property `isSharingRestricted`: `Edm.Boolean`, nullable.
    pub is_sharing_restricted: rt::Field<bool>,
    /// CSDL: property `itemMajorVersionLimit`: `Edm.Int64`, nullable.
    pub item_major_version_limit: rt::Field<i64>,
    /// CSDL: property `maxStoragePerContainerInBytes`: `Edm.Int64`, nullable.
    pub max_storage_per_container_in_bytes: rt::Field<i64>,
    /// CSDL: property `sharingCapability`: `microsoft.graph.sharingCapabilities`, nullable.
    pub sharing_capability: rt::Field<crate::v1::SharingCapabilities>,
    /// CSDL: property `urlTemplate`: `Edm.String`, nullable.
    pub url_template: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerTypeSettings {
    #[inline]
    fn default() -> Self {
        Self {
            consuming_tenant_overridables: rt::Field::Absent,
            is_discoverability_enabled: rt::Field::Absent,
            is_item_versioning_enabled: rt::Field::Absent,
            is_search_enabled: rt::Field::Absent,
            is_sharing_restricted: rt::Field::Absent,
            item_major_version_limit: rt::Field::Absent,
            max_storage_per_container_in_bytes: rt::Field::Absent,
            sharing_capability: rt::Field::Absent,
            url_template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerTypeSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerTypeSettings";
    const KEYS: &'static [&'static str] = &[
        "consumingTenantOverridables",
        "isDiscoverabilityEnabled",
        "isItemVersioningEnabled",
        "isSearchEnabled",
        "isSharingRestricted",
        "itemMajorVersionLimit",
        "maxStoragePerContainerInBytes",
        "sharingCapability",
        "urlTemplate",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"consumingTenantOverridables\":  ",
        ",\"isDiscoverabilityEnabled\":     ",
        ",\"isItemVersioningEnabled\":      ",
        ",\"isSearchEnabled\":              ",
        ",\"isSharingRestricted\":          ",
        ",\"itemMajorVersionLimit\":        ",
        ",\"maxStoragePerContainerInBytes\":",
        ",\"sharingCapability\":            ",
        ",\"urlTemplate\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerTypeSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "consuming_tenant_overridables",
            &self.consuming_tenant_overridables,
        );
        v.field(1usize, "is_discoverability_enabled", &self.is_discoverability_enabled);
        v.field(2usize, "is_item_versioning_enabled", &self.is_item_versioning_enabled);
        v.field(3usize, "is_search_enabled", &self.is_search_enabled);
        v.field(4usize, "is_sharing_restricted", &self.is_sharing_restricted);
        v.field(5usize, "item_major_version_limit", &self.item_major_version_limit);
        v.field(
            6usize,
            "max_storage_per_container_in_bytes",
            &self.max_storage_per_container_in_bytes,
        );
        v.field(7usize, "sharing_capability", &self.sharing_capability);
        v.field(8usize, "url_template", &self.url_template);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerTypeSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.consuming_tenant_overridables.read_from(r),
            1usize => self.is_discoverability_enabled.read_from(r),
            2usize => self.is_item_versioning_enabled.read_from(r),
            3usize => self.is_search_enabled.read_from(r),
            4usize => self.is_sharing_restricted.read_from(r),
            5usize => self.item_major_version_limit.read_from(r),
            6usize => self.max_storage_per_container_in_bytes.read_from(r),
            7usize => self.sharing_capability.read_from(r),
            8usize => self.url_template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.consuming_tenant_overridables);
        w.field(1usize, &self.is_discoverability_enabled);
        w.field(2usize, &self.is_item_versioning_enabled);
        w.field(3usize, &self.is_search_enabled);
        w.field(4usize, &self.is_sharing_restricted);
        w.field(5usize, &self.item_major_version_limit);
        w.field(6usize, &self.max_storage_per_container_in_bytes);
        w.field(7usize, &self.sharing_capability);
        w.field(8usize, &self.url_template);
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerTypeSettings);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerTypeSettings { with_consuming_tenant_overridables
    consuming_tenant_overridables : rt::Flags < crate
    ::v1::FileStorageContainerTypeSettingsOverride >; with_is_discoverability_enabled
    is_discoverability_enabled : bool; with_is_item_versioning_enabled
    is_item_versioning_enabled : bool; with_is_search_enabled is_search_enabled : bool;
    with_is_sharing_restricted is_sharing_restricted : bool;
    with_item_major_version_limit item_major_version_limit : i64;
    with_max_storage_per_container_in_bytes max_storage_per_container_in_bytes : i64;
    with_sharing_capability sharing_capability : crate ::v1::SharingCapabilities;
    with_url_template url_template : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerTypeSettings);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerTypeSettingsOverride`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileStorageContainerTypeSettingsOverride {
    /// `urlTemplate` (value 0).
    UrlTemplate,
    /// `isDiscoverabilityEnabled` (value 1).
    IsDiscoverabilityEnabled,
    /// `isSearchEnabled` (value 2).
    IsSearchEnabled,
    /// `isItemVersioningEnabled` (value 3).
    IsItemVersioningEnabled,
    /// `itemMajorVersionLimit` (value 4).
    ItemMajorVersionLimit,
    /// `maxStoragePerContainerInBytes` (value 5).
    MaxStoragePerContainerInBytes,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for FileStorageContainerTypeSettingsOverride {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerTypeSettingsOverride";
    const MEMBERS: &'static [&'static str] = &[
        "urlTemplate",
        "isDiscoverabilityEnabled",
        "isSearchEnabled",
        "isItemVersioningEnabled",
        "itemMajorVersionLimit",
        "maxStoragePerContainerInBytes",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "urlTemplate" => Self::UrlTemplate,
                "isDiscoverabilityEnabled" => Self::IsDiscoverabilityEnabled,
                "isSearchEnabled" => Self::IsSearchEnabled,
                "isItemVersioningEnabled" => Self::IsItemVersioningEnabled,
                "itemMajorVersionLimit" => Self::ItemMajorVersionLimit,
                "maxStoragePerContainerInBytes" => Self::MaxStoragePerContainerInBytes,
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
            Self::UrlTemplate => "urlTemplate",
            Self::IsDiscoverabilityEnabled => "isDiscoverabilityEnabled",
            Self::IsSearchEnabled => "isSearchEnabled",
            Self::IsItemVersioningEnabled => "isItemVersioningEnabled",
            Self::ItemMajorVersionLimit => "itemMajorVersionLimit",
            Self::MaxStoragePerContainerInBytes => "maxStoragePerContainerInBytes",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(FileStorageContainerTypeSettingsOverride);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerTypeSettingsOverride);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.fileSystemInfo`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct FileSystemInfo {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastAccessedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_accessed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for FileSystemInfo {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            last_accessed_date_time: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for FileSystemInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.fileSystemInfo";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "lastAccessedDateTime",
        "lastModifiedDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"lastAccessedDateTime\":         ",
        ",\"lastModifiedDateTime\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileSystemInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "last_accessed_date_time", &self.last_accessed_date_time);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for FileSystemInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.last_accessed_date_time.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.last_accessed_date_time);
        w.field(2usize, &self.last_modified_date_time);
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
rt::impl_object!(FileSystemInfo);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    FileSystemInfo { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_last_accessed_date_time last_accessed_date_time : rt::edm::DateTimeOffset;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileSystemInfo);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.filter`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Filter {
    /// CSDL: property `categoryFilterGroups`: `Collection(microsoft.graph.filterGroup)`, nullable.
    pub category_filter_groups: rt::Field<::std::vec::Vec<crate::v1::FilterGroup>>,
    /// CSDL: property `groups`: `Collection(microsoft.graph.filterGroup)`, nullable.
    pub groups: rt::Field<::std::vec::Vec<crate::v1::FilterGroup>>,
    /// CSDL: property `inputFilterGroups`: `Collection(microsoft.graph.filterGroup)`, nullable.
    pub input_filter_groups: rt::Field<::std::vec::Vec<crate::v1::FilterGroup>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for Filter {
    #[inline]
    fn default() -> Self {
        Self {
            category_filter_groups: rt::Field::Absent,
            groups: rt::Field::Absent,
            input_filter_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for Filter {
    const TYPE_NAME: &'static str = "microsoft.graph.filter";
    const KEYS: &'static [&'static str] = &[
        "categoryFilterGroups",
        "groups",
        "inputFilterGroups",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"categoryFilterGroups\":         ",
        ",\"groups\":                       ",
        ",\"inputFilterGroups\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.filter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "category_filter_groups", &self.category_filter_groups);
        v.field(1usize, "groups", &self.groups);
        v.field(2usize, "input_filter_groups", &self.input_filter_groups);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for Filter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.category_filter_groups.read_from(r),
            1usize => self.groups.read_from(r),
            2usize => self.input_filter_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.category_filter_groups);
        w.field(1usize, &self.groups);
        w.field(2usize, &self.input_filter_groups);
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
rt::impl_object!(Filter);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    Filter { with_category_filter_groups category_filter_groups : ::std::vec::Vec < crate
    ::v1::FilterGroup >; with_groups groups : ::std::vec::Vec < crate ::v1::FilterGroup
    >; with_input_filter_groups input_filter_groups : ::std::vec::Vec < crate
    ::v1::FilterGroup >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Filter);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.filterClause`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterClause {
    /// CSDL: property `operatorName`: `Edm.String`, nullable.
    pub operator_name: rt::Field<::std::string::String>,
    /// CSDL: property `sourceOperandName`: `Edm.String`, nullable.
    pub source_operand_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetOperand`: `microsoft.graph.filterOperand`, nullable.
    pub target_operand: rt::Field<crate::v1::FilterOperand>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FilterClause {
    #[inline]
    fn default() -> Self {
        Self {
            operator_name: rt::Field::Absent,
            source_operand_name: rt::Field::Absent,
            target_operand: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FilterClause {
    const TYPE_NAME: &'static str = "microsoft.graph.filterClause";
    const KEYS: &'static [&'static str] = &[
        "operatorName",
        "sourceOperandName",
        "targetOperand",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"operatorName\":                 ",
        ",\"sourceOperandName\":            ",
        ",\"targetOperand\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.filterClause\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "operator_name", &self.operator_name);
        v.field(1usize, "source_operand_name", &self.source_operand_name);
        v.field(2usize, "target_operand", &self.target_operand);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FilterClause {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.operator_name.read_from(r),
            1usize => self.source_operand_name.read_from(r),
            2usize => self.target_operand.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.operator_name);
        w.field(1usize, &self.source_operand_name);
        w.field(2usize, &self.target_operand);
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
rt::impl_object!(FilterClause);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FilterClause { with_operator_name operator_name : ::std::string::String;
    with_source_operand_name source_operand_name : ::std::string::String;
    with_target_operand target_operand : crate ::v1::FilterOperand; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterClause);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.filterGroup`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterGroup {
    /// CSDL: property `clauses`: `Collection(microsoft.graph.filterClause)`, nullable.
    pub clauses: rt::Field<::std::vec::Vec<crate::v1::FilterClause>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FilterGroup {
    #[inline]
    fn default() -> Self {
        Self {
            clauses: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FilterGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.filterGroup";
    const KEYS: &'static [&'static str] = &["clauses", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clauses\":                      ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.filterGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "clauses", &self.clauses);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FilterGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.clauses.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.clauses);
        w.field(1usize, &self.name);
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
rt::impl_object!(FilterGroup);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FilterGroup { with_clauses clauses : ::std::vec::Vec < crate ::v1::FilterClause >;
    with_name name : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterGroup);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
/// CSDL: `microsoft.graph.filterMode`, enum type.
///
/// Features: `v1`, or one of `v1-identity`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FilterMode {
    /// `include` (value 0).
    Include,
    /// `exclude` (value 1).
    Exclude,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
impl rt::StrEnum for FilterMode {
    const TYPE_NAME: &'static str = "microsoft.graph.filterMode";
    const MEMBERS: &'static [&'static str] = &["include", "exclude"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "include" => Self::Include,
                "exclude" => Self::Exclude,
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
            Self::Include => "include",
            Self::Exclude => "exclude",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_or_policies_or_search)]
rt::impl_enum!(FilterMode);
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterMode);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.filterOperand`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterOperand {
    /// CSDL: property `values`: `Collection(Edm.String)`, nullable.
    pub values: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FilterOperand {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FilterOperand {
    const TYPE_NAME: &'static str = "microsoft.graph.filterOperand";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.filterOperand\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FilterOperand {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
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
rt::impl_object!(FilterOperand);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FilterOperand { with_values values : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterOperand);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for firewallCertificateRevocationListCheckMethod
///
/// CSDL: `microsoft.graph.firewallCertificateRevocationListCheckMethodType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallCertificateRevocationListCheckMethodType {
    /// No value configured by Intune, do not override the user-configured device default value
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Do not check certificate revocation list
    ///
    /// `none` (value 1).
    None,
    /// Attempt CRL check and allow a certificate only if the certificate is confirmed by the check
    ///
    /// `attempt` (value 2).
    Attempt,
    /// Require a successful CRL check before allowing a certificate
    ///
    /// `require` (value 3).
    Require,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for FirewallCertificateRevocationListCheckMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.firewallCertificateRevocationListCheckMethodType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "none",
        "attempt",
        "require",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "none" => Self::None,
                "attempt" => Self::Attempt,
                "require" => Self::Require,
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
            Self::DeviceDefault => "deviceDefault",
            Self::None => "none",
            Self::Attempt => "attempt",
            Self::Require => "require",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(FirewallCertificateRevocationListCheckMethodType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FirewallCertificateRevocationListCheckMethodType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for firewallPacketQueueingMethod
///
/// CSDL: `microsoft.graph.firewallPacketQueueingMethodType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallPacketQueueingMethodType {
    /// No value configured by Intune, do not override the user-configured device default value
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Disable packet queuing
    ///
    /// `disabled` (value 1).
    Disabled,
    /// Queue inbound encrypted packets
    ///
    /// `queueInbound` (value 2).
    QueueInbound,
    /// Queue decrypted outbound packets for forwarding
    ///
    /// `queueOutbound` (value 3).
    QueueOutbound,
    /// Queue both inbound and outbound packets
    ///
    /// `queueBoth` (value 4).
    QueueBoth,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for FirewallPacketQueueingMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.firewallPacketQueueingMethodType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "disabled",
        "queueInbound",
        "queueOutbound",
        "queueBoth",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "disabled" => Self::Disabled,
                "queueInbound" => Self::QueueInbound,
                "queueOutbound" => Self::QueueOutbound,
                "queueBoth" => Self::QueueBoth,
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
            Self::DeviceDefault => "deviceDefault",
            Self::Disabled => "disabled",
            Self::QueueInbound => "queueInbound",
            Self::QueueOutbound => "queueOutbound",
            Self::QueueBoth => "queueBoth",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(FirewallPacketQueueingMethodType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FirewallPacketQueueingMethodType);
#[cfg(msgraph_v1_device_management_or_search)]
/// Possible values for firewallPreSharedKeyEncodingMethod
///
/// CSDL: `microsoft.graph.firewallPreSharedKeyEncodingMethodType`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallPreSharedKeyEncodingMethodType {
    /// No value configured by Intune, do not override the user-configured device default value
    ///
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// Preshared key is not encoded. Instead, it is kept in its wide-character format
    ///
    /// `none` (value 1).
    None,
    /// Encode the preshared key using UTF-8
    ///
    /// `utF8` (value 2).
    UtF8,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for FirewallPreSharedKeyEncodingMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.firewallPreSharedKeyEncodingMethodType";
    const MEMBERS: &'static [&'static str] = &["deviceDefault", "none", "utF8"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "none" => Self::None,
                "utF8" => Self::UtF8,
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
            Self::DeviceDefault => "deviceDefault",
            Self::None => "none",
            Self::UtF8 => "utF8",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(FirewallPreSharedKeyEncodingMethodType);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FirewallPreSharedKeyEncodingMethodType);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.fixtureMap`, entity type, derived from `microsoft.graph.baseMapFeature`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct FixtureMap {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.String`, nullable.
    pub properties: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for FixtureMap {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            place_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for FixtureMap {
    const TYPE_NAME: &'static str = "microsoft.graph.fixtureMap";
    const KEYS: &'static [&'static str] = &["id", "properties", "placeId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
        ",\"placeId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fixtureMap\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
        v.field(2usize, "place_id", &self.place_id);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for FixtureMap {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            2usize => self.place_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
        w.field(2usize, &self.place_id);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(FixtureMap);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    FixtureMap { with_id id : ::std::string::String; with_properties properties :
    ::std::string::String; with_place_id place_id : ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FixtureMap);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.floor`, entity type, derived from `microsoft.graph.place`, key `id`.
///
/// Request builders: [`PlacePath`](requests/trait.PlacePath.html), what a path to one (`EntityPath<Floor, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct Floor {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `geoCoordinates`: `microsoft.graph.outlookGeoCoordinates`, nullable.
    pub geo_coordinates: rt::Field<crate::v1::OutlookGeoCoordinates>,
    /// CSDL: property `isWheelChairAccessible`: `Edm.Boolean`, nullable.
    pub is_wheel_chair_accessible: rt::Field<bool>,
    /// CSDL: property `label`: `Edm.String`, nullable.
    pub label: rt::Field<::std::string::String>,
    /// CSDL: property `parentId`: `Edm.String`, nullable.
    pub parent_id: rt::Field<::std::string::String>,
    /// CSDL: property `phone`: `Edm.String`, nullable.
    pub phone: rt::Field<::std::string::String>,
    /// CSDL: property `placeId`: `Edm.String`, nullable.
    pub place_id: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, not nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: containment navigation property `checkIns`: `Collection(microsoft.graph.checkInClaim)`, not nullable.
    pub check_ins: rt::Field<::std::vec::Vec<crate::v1::CheckInClaim>>,
    /// CSDL: property `sortOrder`: `Edm.Int32`, nullable.
    pub sort_order: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for Floor {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            geo_coordinates: rt::Field::Absent,
            is_wheel_chair_accessible: rt::Field::Absent,
            label: rt::Field::Absent,
            parent_id: rt::Field::Absent,
            phone: rt::Field::Absent,
            place_id: rt::Field::Absent,
            tags: rt::Field::Absent,
            check_ins: rt::Field::Absent,
            sort_order: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for Floor {
    const TYPE_NAME: &'static str = "microsoft.graph.floor";
    const KEYS: &'static [&'static str] = &[
        "id",
        "address",
        "displayName",
        "geoCoordinates",
        "isWheelChairAccessible",
        "label",
        "parentId",
        "phone",
        "placeId",
        "tags",
        "checkIns",
        "sortOrder",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"geoCoordinates\":               ",
        ",\"isWheelChairAccessible\":       ",
        ",\"label\":                        ",
        ",\"parentId\":                     ",
        ",\"phone\":                        ",
        ",\"placeId\":                      ",
        ",\"tags\":                         ",
        ",\"checkIns\":                     ",
        ",\"sortOrder\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.floor\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "address", &self.address);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "geo_coordinates", &self.geo_coordinates);
        v.field(4usize, "is_wheel_chair_accessible", &self.is_wheel_chair_accessible);
        v.field(5usize, "label", &self.label);
        v.field(6usize, "parent_id", &self.parent_id);
        v.field(7usize, "phone", &self.phone);
        v.field(8usize, "place_id", &self.place_id);
        v.field(9usize, "tags", &self.tags);
        v.field(10usize, "check_ins", &self.check_ins);
        v.field(11usize, "sort_order", &self.sort_order);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for Floor {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.address.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.geo_coordinates.read_from(r),
            4usize => self.is_wheel_chair_accessible.read_from(r),
            5usize => self.label.read_from(r),
            6usize => self.parent_id.read_from(r),
            7usize => self.phone.read_from(r),
            8usize => self.place_id.read_from(r),
            9usize => self.tags.read_from(r),
            10usize => self.check_ins.read_from(r),
            11usize => self.sort_order.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.address);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.geo_coordinates);
        w.field(4usize, &self.is_wheel_chair_accessible);
        w.field(5usize, &self.label);
        w.field(6usize, &self.parent_id);
        w.field(7usize, &self.phone);
        w.field(8usize, &self.place_id);
        w.field(9usize, &self.tags);
        w.field(10usize, &self.check_ins);
        w.field(11usize, &self.sort_order);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(Floor);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    Floor { with_id id : ::std::string::String; with_address address : crate
    ::v1::PhysicalAddress; with_display_name display_name : ::std::string::String;
    with_geo_coordinates geo_coordinates : crate ::v1::OutlookGeoCoordinates;
    with_is_wheel_chair_accessible is_wheel_chair_accessible : bool; with_label label :
    ::std::string::String; with_parent_id parent_id : ::std::string::String; with_phone
    phone : ::std::string::String; with_place_id place_id : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_check_ins check_ins
    : ::std::vec::Vec < crate ::v1::CheckInClaim >; with_sort_order sort_order : i32; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Floor);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.folder`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Folder {
    /// CSDL: property `childCount`: `Edm.Int32`, nullable.
    pub child_count: rt::Field<i32>,
    /// CSDL: property `view`: `microsoft.graph.folderView`, nullable.
    pub view: rt::Field<crate::v1::FolderView>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Folder {
    #[inline]
    fn default() -> Self {
        Self {
            child_count: rt::Field::Absent,
            view: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Folder {
    const TYPE_NAME: &'static str = "microsoft.graph.folder";
    const KEYS: &'static [&'static str] = &["childCount", "view"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"childCount\":                   ",
        ",\"view\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.folder\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "child_count", &self.child_count);
        v.field(1usize, "view", &self.view);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Folder {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.child_count.read_from(r),
            1usize => self.view.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.child_count);
        w.field(1usize, &self.view);
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
rt::impl_object!(Folder);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Folder { with_child_count child_count : i32; with_view view : crate ::v1::FolderView;
    }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Folder);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.folderView`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct FolderView {
    /// CSDL: property `sortBy`: `Edm.String`, nullable.
    pub sort_by: rt::Field<::std::string::String>,
    /// CSDL: property `sortOrder`: `Edm.String`, nullable.
    pub sort_order: rt::Field<::std::string::String>,
    /// CSDL: property `viewType`: `Edm.String`, nullable.
    pub view_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for FolderView {
    #[inline]
    fn default() -> Self {
        Self {
            sort_by: rt::Field::Absent,
            sort_order: rt::Field::Absent,
            view_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for FolderView {
    const TYPE_NAME: &'static str = "microsoft.graph.folderView";
    const KEYS: &'static [&'static str] = &["sortBy", "sortOrder", "viewType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"sortBy\":                       ",
        ",\"sortOrder\":                    ",
        ",\"viewType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.folderView\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sort_by", &self.sort_by);
        v.field(1usize, "sort_order", &self.sort_order);
        v.field(2usize, "view_type", &self.view_type);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for FolderView {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sort_by.read_from(r),
            1usize => self.sort_order.read_from(r),
            2usize => self.view_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sort_by);
        w.field(1usize, &self.sort_order);
        w.field(2usize, &self.view_type);
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
rt::impl_object!(FolderView);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    FolderView { with_sort_by sort_by : ::std::string::String; with_sort_order sort_order
    : ::std::string::String; with_view_type view_type : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FolderView);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.followupFlag`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FollowupFlag {
    /// CSDL: property `completedDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub completed_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `dueDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub due_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `flagStatus`: `microsoft.graph.followupFlagStatus`, nullable.
    pub flag_status: rt::Field<crate::v1::FollowupFlagStatus>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FollowupFlag {
    #[inline]
    fn default() -> Self {
        Self {
            completed_date_time: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            flag_status: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FollowupFlag {
    const TYPE_NAME: &'static str = "microsoft.graph.followupFlag";
    const KEYS: &'static [&'static str] = &[
        "completedDateTime",
        "dueDateTime",
        "flagStatus",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedDateTime\":            ",
        ",\"dueDateTime\":                  ",
        ",\"flagStatus\":                   ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.followupFlag\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_date_time", &self.completed_date_time);
        v.field(1usize, "due_date_time", &self.due_date_time);
        v.field(2usize, "flag_status", &self.flag_status);
        v.field(3usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FollowupFlag {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_date_time.read_from(r),
            1usize => self.due_date_time.read_from(r),
            2usize => self.flag_status.read_from(r),
            3usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_date_time);
        w.field(1usize, &self.due_date_time);
        w.field(2usize, &self.flag_status);
        w.field(3usize, &self.start_date_time);
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
rt::impl_object!(FollowupFlag);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FollowupFlag { with_completed_date_time completed_date_time : crate
    ::v1::DateTimeTimeZone; with_due_date_time due_date_time : crate
    ::v1::DateTimeTimeZone; with_flag_status flag_status : crate
    ::v1::FollowupFlagStatus; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FollowupFlag);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.followupFlagStatus`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FollowupFlagStatus {
    /// `notFlagged` (value 0).
    NotFlagged,
    /// `complete` (value 1).
    Complete,
    /// `flagged` (value 2).
    Flagged,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for FollowupFlagStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.followupFlagStatus";
    const MEMBERS: &'static [&'static str] = &["notFlagged", "complete", "flagged"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notFlagged" => Self::NotFlagged,
                "complete" => Self::Complete,
                "flagged" => Self::Flagged,
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
            Self::NotFlagged => "notFlagged",
            Self::Complete => "complete",
            Self::Flagged => "flagged",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(FollowupFlagStatus);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FollowupFlagStatus);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.footprintMap`, entity type, derived from `microsoft.graph.baseMapFeature`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct FootprintMap {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `properties`: `Edm.String`, nullable.
    pub properties: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for FootprintMap {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for FootprintMap {
    const TYPE_NAME: &'static str = "microsoft.graph.footprintMap";
    const KEYS: &'static [&'static str] = &["id", "properties"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"properties\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.footprintMap\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "properties", &self.properties);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for FootprintMap {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.properties);
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
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(FootprintMap);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(
    FootprintMap { with_id id : ::std::string::String; with_properties properties :
    ::std::string::String; }
);
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FootprintMap);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.fraudProtectionConfiguration`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct FraudProtectionConfiguration {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for FraudProtectionConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for FraudProtectionConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.fraudProtectionConfiguration";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.fraudProtectionConfiguration\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for FraudProtectionConfiguration {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(FraudProtectionConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FraudProtectionConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.fraudProtectionConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyFraudProtectionConfiguration {
    FraudProtectionConfiguration(
        ::std::boxed::Box<crate::v1::FraudProtectionConfiguration>,
    ),
    FraudProtectionProviderConfiguration(
        ::std::boxed::Box<crate::v1::FraudProtectionProviderConfiguration>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyFraudProtectionConfiguration {
    #[inline]
    fn default() -> Self {
        Self::FraudProtectionConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FraudProtectionConfiguration>
for AnyFraudProtectionConfiguration {
    #[inline]
    fn from(v: crate::v1::FraudProtectionConfiguration) -> Self {
        Self::FraudProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FraudProtectionProviderConfiguration>
for AnyFraudProtectionConfiguration {
    #[inline]
    fn from(v: crate::v1::FraudProtectionProviderConfiguration) -> Self {
        Self::FraudProtectionProviderConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyFraudProtectionConfiguration {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyFraudProtectionConfiguration {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyFraudProtectionConfiguration {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyFraudProtectionConfiguration {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyFraudProtectionConfiguration {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::FraudProtectionConfiguration>();
    rt::object::auto_traits::<crate::v1::FraudProtectionProviderConfiguration>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyFraudProtectionConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.fraudProtectionConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.fraudProtectionProviderConfiguration",
            ) => Self::FraudProtectionProviderConfiguration(rt::object::new_boxed()),
            _ => Self::FraudProtectionConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::FraudProtectionConfiguration(v) => &**v,
            Self::FraudProtectionProviderConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::FraudProtectionConfiguration(v) => &mut **v,
            Self::FraudProtectionProviderConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyFraudProtectionConfiguration {
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyFraudProtectionConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyFraudProtectionConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.fraudProtectionProvider`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct FraudProtectionProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for FraudProtectionProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for FraudProtectionProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.fraudProtectionProvider";
    const KEYS: &'static [&'static str] = &["id", "displayName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fraudProtectionProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for FraudProtectionProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(FraudProtectionProvider);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    FraudProtectionProvider { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FraudProtectionProvider);
#[cfg(msgraph_v1_identity_or_search)]
/// `microsoft.graph.fraudProtectionProvider` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyFraudProtectionProvider {
    FraudProtectionProvider(::std::boxed::Box<crate::v1::FraudProtectionProvider>),
    ArkoseFraudProtectionProvider(
        ::std::boxed::Box<crate::v1::ArkoseFraudProtectionProvider>,
    ),
    HumanSecurityFraudProtectionProvider(
        ::std::boxed::Box<crate::v1::HumanSecurityFraudProtectionProvider>,
    ),
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for AnyFraudProtectionProvider {
    #[inline]
    fn default() -> Self {
        Self::FraudProtectionProvider(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FraudProtectionProvider>
for AnyFraudProtectionProvider {
    #[inline]
    fn from(v: crate::v1::FraudProtectionProvider) -> Self {
        Self::FraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ArkoseFraudProtectionProvider>
for AnyFraudProtectionProvider {
    #[inline]
    fn from(v: crate::v1::ArkoseFraudProtectionProvider) -> Self {
        Self::ArkoseFraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HumanSecurityFraudProtectionProvider>
for AnyFraudProtectionProvider {
    #[inline]
    fn from(v: crate::v1::HumanSecurityFraudProtectionProvider) -> Self {
        Self::HumanSecurityFraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Send for AnyFraudProtectionProvider {}
#[cfg(msgraph_v1_identity_or_search)]
unsafe impl ::std::marker::Sync for AnyFraudProtectionProvider {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::marker::Unpin for AnyFraudProtectionProvider {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::UnwindSafe for AnyFraudProtectionProvider {}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::panic::RefUnwindSafe for AnyFraudProtectionProvider {}
#[cfg(msgraph_v1_identity_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::v1::FraudProtectionProvider>();
    rt::object::auto_traits::<crate::v1::ArkoseFraudProtectionProvider>();
    rt::object::auto_traits::<crate::v1::HumanSecurityFraudProtectionProvider>();
};
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Poly for AnyFraudProtectionProvider {
    const BASE_NAME: &'static str = "microsoft.graph.fraudProtectionProvider";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.arkoseFraudProtectionProvider",
            ) => Self::ArkoseFraudProtectionProvider(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.humanSecurityFraudProtectionProvider",
            ) => Self::HumanSecurityFraudProtectionProvider(rt::object::new_boxed()),
            _ => Self::FraudProtectionProvider(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::FraudProtectionProvider(v) => &**v,
            Self::ArkoseFraudProtectionProvider(v) => &**v,
            Self::HumanSecurityFraudProtectionProvider(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::FraudProtectionProvider(v) => &mut **v,
            Self::ArkoseFraudProtectionProvider(v) => &mut **v,
            Self::HumanSecurityFraudProtectionProvider(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl AnyFraudProtectionProvider {
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
            Self::FraudProtectionProvider(v) => &v.id,
            Self::ArkoseFraudProtectionProvider(v) => &v.id,
            Self::HumanSecurityFraudProtectionProvider(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::FraudProtectionProvider(v) => &mut v.id,
            Self::ArkoseFraudProtectionProvider(v) => &mut v.id,
            Self::HumanSecurityFraudProtectionProvider(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::FraudProtectionProvider(v) => &v.display_name,
            Self::ArkoseFraudProtectionProvider(v) => &v.display_name,
            Self::HumanSecurityFraudProtectionProvider(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::FraudProtectionProvider(v) => &mut v.display_name,
            Self::ArkoseFraudProtectionProvider(v) => &mut v.display_name,
            Self::HumanSecurityFraudProtectionProvider(v) => &mut v.display_name,
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_poly!(AnyFraudProtectionProvider);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyFraudProtectionProvider);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.fraudProtectionProviderConfiguration`, complex type, derived from `microsoft.graph.fraudProtectionConfiguration`.
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct FraudProtectionProviderConfiguration {
    /// CSDL: navigation property `fraudProtectionProvider`: `microsoft.graph.fraudProtectionProvider`, nullable.
    pub fraud_protection_provider: rt::Field<crate::v1::AnyFraudProtectionProvider>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for FraudProtectionProviderConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            fraud_protection_provider: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for FraudProtectionProviderConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.fraudProtectionProviderConfiguration";
    const KEYS: &'static [&'static str] = &["fraudProtectionProvider"];
    const KEYS_JSON: &'static [&'static str] = &[",\"fraudProtectionProvider\":      "];
    const TAG: &'static str = "\"#microsoft.graph.fraudProtectionProviderConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fraud_protection_provider", &self.fraud_protection_provider);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for FraudProtectionProviderConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fraud_protection_provider.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fraud_protection_provider);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(FraudProtectionProviderConfiguration);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    FraudProtectionProviderConfiguration { with_fraud_protection_provider
    fraud_protection_provider : crate ::v1::AnyFraudProtectionProvider; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FraudProtectionProviderConfiguration);
#[cfg(msgraph_v1_core_or_identity)]
/// CSDL: `microsoft.graph.genericError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GenericError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_identity)]
impl ::std::default::Default for GenericError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_identity)]
impl rt::Object for GenericError {
    const TYPE_NAME: &'static str = "microsoft.graph.genericError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.genericError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core_or_identity)]
impl rt::object::Members for GenericError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
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
#[cfg(msgraph_v1_core_or_identity)]
rt::impl_object!(GenericError);
#[cfg(msgraph_v1_core_or_identity)]
rt::impl_setters!(
    GenericError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_identity)]
#[cfg(feature = "serde")]
rt::impl_serde!(GenericError);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.groupAccessType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupAccessType {
    /// `none` (value 0).
    None,
    /// `private` (value 1).
    Private,
    /// `secret` (value 2).
    Secret,
    /// `public` (value 3).
    Public,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core)]
impl rt::StrEnum for GroupAccessType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupAccessType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "private",
        "secret",
        "public",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "private" => Self::Private,
                "secret" => Self::Secret,
                "public" => Self::Public,
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
            Self::Private => "private",
            Self::Secret => "secret",
            Self::Public => "public",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_enum!(GroupAccessType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupAccessType);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.groupFilter`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupFilter {
    /// CSDL: property `includedGroups`: `Collection(Edm.String)`, nullable.
    pub included_groups: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for GroupFilter {
    #[inline]
    fn default() -> Self {
        Self {
            included_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for GroupFilter {
    const TYPE_NAME: &'static str = "microsoft.graph.groupFilter";
    const KEYS: &'static [&'static str] = &["includedGroups"];
    const KEYS_JSON: &'static [&'static str] = &[",\"includedGroups\":               "];
    const TAG: &'static str = "\"#microsoft.graph.groupFilter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "included_groups", &self.included_groups);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for GroupFilter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.included_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.included_groups);
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
rt::impl_object!(GroupFilter);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    GroupFilter { with_included_groups included_groups : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupFilter);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
/// CSDL: `microsoft.graph.groupLifecyclePolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupLifecyclePolicyPath`](requests/trait.GroupLifecyclePolicyPath.html), what a path to one (`EntityPath<GroupLifecyclePolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-lifecycle-policies`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupLifecyclePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `alternateNotificationEmails`: `Edm.String`, nullable.
    pub alternate_notification_emails: rt::Field<::std::string::String>,
    /// CSDL: property `groupLifetimeInDays`: `Edm.Int32`, nullable.
    pub group_lifetime_in_days: rt::Field<i32>,
    /// CSDL: property `managedGroupTypes`: `Edm.String`, nullable.
    pub managed_group_types: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            alternate_notification_emails: rt::Field::Absent,
            group_lifetime_in_days: rt::Field::Absent,
            managed_group_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::Object for GroupLifecyclePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.groupLifecyclePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "alternateNotificationEmails",
        "groupLifetimeInDays",
        "managedGroupTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"alternateNotificationEmails\":  ",
        ",\"groupLifetimeInDays\":          ",
        ",\"managedGroupTypes\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupLifecyclePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "alternate_notification_emails",
            &self.alternate_notification_emails,
        );
        v.field(2usize, "group_lifetime_in_days", &self.group_lifetime_in_days);
        v.field(3usize, "managed_group_types", &self.managed_group_types);
    }
}
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
impl rt::object::Members for GroupLifecyclePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.alternate_notification_emails.read_from(r),
            2usize => self.group_lifetime_in_days.read_from(r),
            3usize => self.managed_group_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.alternate_notification_emails);
        w.field(2usize, &self.group_lifetime_in_days);
        w.field(3usize, &self.managed_group_types);
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
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicy);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicy { with_id id : ::std::string::String;
    with_alternate_notification_emails alternate_notification_emails :
    ::std::string::String; with_group_lifetime_in_days group_lifetime_in_days : i32;
    with_managed_group_types managed_group_types : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicy);
#[cfg(msgraph_v1_audit_logs_or_search)]
/// CSDL: `microsoft.graph.groupType`, enum type.
///
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupType {
    /// `unifiedGroups` (value 0).
    UnifiedGroups,
    /// `azureAD` (value 1).
    AzureAd,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_audit_logs_or_search)]
impl rt::StrEnum for GroupType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupType";
    const MEMBERS: &'static [&'static str] = &[
        "unifiedGroups",
        "azureAD",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unifiedGroups" => Self::UnifiedGroups,
                "azureAD" => Self::AzureAd,
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
            Self::UnifiedGroups => "unifiedGroups",
            Self::AzureAd => "azureAD",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
rt::impl_enum!(GroupType);
#[cfg(msgraph_v1_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupType);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.hashes`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct Hashes {
    /// CSDL: property `crc32Hash`: `Edm.String`, nullable.
    pub crc32_hash: rt::Field<::std::string::String>,
    /// CSDL: property `quickXorHash`: `Edm.String`, nullable.
    pub quick_xor_hash: rt::Field<::std::string::String>,
    /// CSDL: property `sha1Hash`: `Edm.String`, nullable.
    pub sha1_hash: rt::Field<::std::string::String>,
    /// CSDL: property `sha256Hash`: `Edm.String`, nullable.
    pub sha256_hash: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for Hashes {
    #[inline]
    fn default() -> Self {
        Self {
            crc32_hash: rt::Field::Absent,
            quick_xor_hash: rt::Field::Absent,
            sha1_hash: rt::Field::Absent,
            sha256_hash: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for Hashes {
    const TYPE_NAME: &'static str = "microsoft.graph.hashes";
    const KEYS: &'static [&'static str] = &[
        "crc32Hash",
        "quickXorHash",
        "sha1Hash",
        "sha256Hash",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"crc32Hash\":                    ",
        ",\"quickXorHash\":                 ",
        ",\"sha1Hash\":                     ",
        ",\"sha256Hash\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hashes\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "crc32_hash", &self.crc32_hash);
        v.field(1usize, "quick_xor_hash", &self.quick_xor_hash);
        v.field(2usize, "sha1_hash", &self.sha1_hash);
        v.field(3usize, "sha256_hash", &self.sha256_hash);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for Hashes {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.crc32_hash.read_from(r),
            1usize => self.quick_xor_hash.read_from(r),
            2usize => self.sha1_hash.read_from(r),
            3usize => self.sha256_hash.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.crc32_hash);
        w.field(1usize, &self.quick_xor_hash);
        w.field(2usize, &self.sha1_hash);
        w.field(3usize, &self.sha256_hash);
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
rt::impl_object!(Hashes);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    Hashes { with_crc32_hash crc32_hash : ::std::string::String; with_quick_xor_hash
    quick_xor_hash : ::std::string::String; with_sha1_hash sha1_hash :
    ::std::string::String; with_sha256_hash sha256_hash : ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(Hashes);
#[cfg(msgraph_v1_identity_or_search)]
/// CSDL: `microsoft.graph.humanSecurityFraudProtectionProvider`, entity type, derived from `microsoft.graph.fraudProtectionProvider`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
#[derive(Clone)]
pub struct HumanSecurityFraudProtectionProvider {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `appId`: `Edm.String`, not nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `serverToken`: `Edm.String`, not nullable.
    pub server_token: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_or_search)]
impl ::std::default::Default for HumanSecurityFraudProtectionProvider {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            app_id: rt::Field::Absent,
            server_token: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::Object for HumanSecurityFraudProtectionProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.humanSecurityFraudProtectionProvider";
    const KEYS: &'static [&'static str] = &["id", "displayName", "appId", "serverToken"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"appId\":                        ",
        ",\"serverToken\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.humanSecurityFraudProtectionProvider\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "app_id", &self.app_id);
        v.field(3usize, "server_token", &self.server_token);
    }
}
#[cfg(msgraph_v1_identity_or_search)]
impl rt::object::Members for HumanSecurityFraudProtectionProvider {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.app_id.read_from(r),
            3usize => self.server_token.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.app_id);
        w.field(3usize, &self.server_token);
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
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_object!(HumanSecurityFraudProtectionProvider);
#[cfg(msgraph_v1_identity_or_search)]
rt::impl_setters!(
    HumanSecurityFraudProtectionProvider { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_app_id app_id :
    ::std::string::String; with_server_token server_token : ::std::string::String; }
);
#[cfg(msgraph_v1_identity_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(HumanSecurityFraudProtectionProvider);
