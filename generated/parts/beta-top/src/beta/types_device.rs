//! Types of `microsoft.graph` by the first letters of their names (`device`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.device`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DevicePath`](requests/trait.DevicePath.html), what a path to one (`EntityPath<Device, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Device {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accountEnabled`: `Edm.Boolean`, nullable.
    pub account_enabled: rt::Field<bool>,
    /// CSDL: property `alternativeSecurityIds`: `Collection(microsoft.graph.alternativeSecurityId)`, not nullable.
    pub alternative_security_ids: rt::Field<
        ::std::vec::Vec<crate::beta::AlternativeSecurityId>,
    >,
    /// CSDL: property `approximateLastSignInDateTime`: `Edm.DateTimeOffset`, nullable.
    pub approximate_last_sign_in_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `complianceExpirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub compliance_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `deviceCategory`: `Edm.String`, nullable.
    pub device_category: rt::Field<::std::string::String>,
    /// CSDL: property `deviceId`: `Edm.String`, nullable.
    pub device_id: rt::Field<::std::string::String>,
    /// CSDL: property `deviceMetadata`: `Edm.String`, nullable.
    pub device_metadata: rt::Field<::std::string::String>,
    /// CSDL: property `deviceOwnership`: `Edm.String`, nullable.
    pub device_ownership: rt::Field<::std::string::String>,
    /// CSDL: property `deviceVersion`: `Edm.Int32`, nullable.
    pub device_version: rt::Field<i32>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `enrollmentProfileName`: `Edm.String`, nullable.
    pub enrollment_profile_name: rt::Field<::std::string::String>,
    /// CSDL: property `enrollmentType`: `Edm.String`, nullable.
    pub enrollment_type: rt::Field<::std::string::String>,
    /// CSDL: property `extensionAttributes`: `microsoft.graph.onPremisesExtensionAttributes`, nullable.
    pub extension_attributes: rt::Field<crate::beta::OnPremisesExtensionAttributes>,
    /// CSDL: property `hostnames`: `Collection(Edm.String)`, nullable.
    pub hostnames: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isCompliant`: `Edm.Boolean`, nullable.
    pub is_compliant: rt::Field<bool>,
    /// CSDL: property `isManaged`: `Edm.Boolean`, nullable.
    pub is_managed: rt::Field<bool>,
    /// CSDL: property `isRooted`: `Edm.Boolean`, nullable.
    pub is_rooted: rt::Field<bool>,
    /// CSDL: property `managementType`: `Edm.String`, nullable.
    pub management_type: rt::Field<::std::string::String>,
    /// CSDL: property `onPremisesLastSyncDateTime`: `Edm.DateTimeOffset`, nullable.
    pub on_premises_last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `onPremisesSyncEnabled`: `Edm.Boolean`, nullable.
    pub on_premises_sync_enabled: rt::Field<bool>,
    /// CSDL: property `operatingSystem`: `Edm.String`, nullable.
    pub operating_system: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// CSDL: property `physicalIds`: `Collection(Edm.String)`, not nullable.
    pub physical_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `profileType`: `Edm.String`, nullable.
    pub profile_type: rt::Field<::std::string::String>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `systemLabels`: `Collection(Edm.String)`, not nullable.
    pub system_labels: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `trustType`: `Edm.String`, nullable.
    pub trust_type: rt::Field<::std::string::String>,
    /// CSDL: property `kind`: `Edm.String`, nullable.
    pub kind: rt::Field<::std::string::String>,
    /// CSDL: property `manufacturer`: `Edm.String`, nullable.
    pub manufacturer: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `platform`: `Edm.String`, nullable.
    pub platform: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `usageRights`: `Collection(microsoft.graph.usageRight)`, not nullable.
    pub usage_rights: rt::Field<::std::vec::Vec<crate::beta::UsageRight>>,
    /// CSDL: navigation property `memberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub member_of: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `registeredOwners`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub registered_owners: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `registeredUsers`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub registered_users: rt::Field<::std::vec::Vec<crate::beta::AnyDirectoryObject>>,
    /// CSDL: navigation property `transitiveMemberOf`: `Collection(microsoft.graph.directoryObject)`, not nullable.
    pub transitive_member_of: rt::Field<
        ::std::vec::Vec<crate::beta::AnyDirectoryObject>,
    >,
    /// CSDL: containment navigation property `extensions`: `Collection(microsoft.graph.extension)`, not nullable.
    pub extensions: rt::Field<::std::vec::Vec<crate::beta::AnyExtension>>,
    /// CSDL: containment navigation property `commands`: `Collection(microsoft.graph.command)`, not nullable.
    pub commands: rt::Field<::std::vec::Vec<crate::beta::Command>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Device {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            account_enabled: rt::Field::Absent,
            alternative_security_ids: rt::Field::Absent,
            approximate_last_sign_in_date_time: rt::Field::Absent,
            compliance_expiration_date_time: rt::Field::Absent,
            device_category: rt::Field::Absent,
            device_id: rt::Field::Absent,
            device_metadata: rt::Field::Absent,
            device_ownership: rt::Field::Absent,
            device_version: rt::Field::Absent,
            display_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            enrollment_profile_name: rt::Field::Absent,
            enrollment_type: rt::Field::Absent,
            extension_attributes: rt::Field::Absent,
            hostnames: rt::Field::Absent,
            is_compliant: rt::Field::Absent,
            is_managed: rt::Field::Absent,
            is_rooted: rt::Field::Absent,
            management_type: rt::Field::Absent,
            on_premises_last_sync_date_time: rt::Field::Absent,
            on_premises_sync_enabled: rt::Field::Absent,
            operating_system: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            physical_ids: rt::Field::Absent,
            profile_type: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            system_labels: rt::Field::Absent,
            trust_type: rt::Field::Absent,
            kind: rt::Field::Absent,
            manufacturer: rt::Field::Absent,
            model: rt::Field::Absent,
            name: rt::Field::Absent,
            platform: rt::Field::Absent,
            status: rt::Field::Absent,
            usage_rights: rt::Field::Absent,
            member_of: rt::Field::Absent,
            registered_owners: rt::Field::Absent,
            registered_users: rt::Field::Absent,
            transitive_member_of: rt::Field::Absent,
            extensions: rt::Field::Absent,
            commands: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Device {
    const TYPE_NAME: &'static str = "microsoft.graph.device";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "accountEnabled",
        "alternativeSecurityIds",
        "approximateLastSignInDateTime",
        "complianceExpirationDateTime",
        "deviceCategory",
        "deviceId",
        "deviceMetadata",
        "deviceOwnership",
        "deviceVersion",
        "displayName",
        "domainName",
        "enrollmentProfileName",
        "enrollmentType",
        "extensionAttributes",
        "hostnames",
        "isCompliant",
        "isManaged",
        "isRooted",
        "managementType",
        "onPremisesLastSyncDateTime",
        "onPremisesSyncEnabled",
        "operatingSystem",
        "operatingSystemVersion",
        "physicalIds",
        "profileType",
        "registrationDateTime",
        "systemLabels",
        "trustType",
        "kind",
        "manufacturer",
        "model",
        "name",
        "platform",
        "status",
        "usageRights",
        "memberOf",
        "registeredOwners",
        "registeredUsers",
        "transitiveMemberOf",
        "extensions",
        "commands",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"accountEnabled\":               ",
        ",\"alternativeSecurityIds\":       ",
        ",\"approximateLastSignInDateTime\":",
        ",\"complianceExpirationDateTime\": ",
        ",\"deviceCategory\":               ",
        ",\"deviceId\":                     ",
        ",\"deviceMetadata\":               ",
        ",\"deviceOwnership\":              ",
        ",\"deviceVersion\":                ",
        ",\"displayName\":                  ",
        ",\"domainName\":                   ",
        ",\"enrollmentProfileName\":        ",
        ",\"enrollmentType\":               ",
        ",\"extensionAttributes\":          ",
        ",\"hostnames\":                    ",
        ",\"isCompliant\":                  ",
        ",\"isManaged\":                    ",
        ",\"isRooted\":                     ",
        ",\"managementType\":               ",
        ",\"onPremisesLastSyncDateTime\":   ",
        ",\"onPremisesSyncEnabled\":        ",
        ",\"operatingSystem\":              ",
        ",\"operatingSystemVersion\":       ",
        ",\"physicalIds\":                  ",
        ",\"profileType\":                  ",
        ",\"registrationDateTime\":         ",
        ",\"systemLabels\":                 ",
        ",\"trustType\":                    ",
        ",\"kind\":                         ",
        ",\"manufacturer\":                 ",
        ",\"model\":                        ",
        ",\"name\":                         ",
        ",\"platform\":                     ",
        ",\"status\":                       ",
        ",\"usageRights\":                  ",
        ",\"memberOf\":                     ",
        ",\"registeredOwners\":             ",
        ",\"registeredUsers\":              ",
        ",\"transitiveMemberOf\":           ",
        ",\"extensions\":                   ",
        ",\"commands\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.device\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "account_enabled", &self.account_enabled);
        v.field(3usize, "alternative_security_ids", &self.alternative_security_ids);
        v.field(
            4usize,
            "approximate_last_sign_in_date_time",
            &self.approximate_last_sign_in_date_time,
        );
        v.field(
            5usize,
            "compliance_expiration_date_time",
            &self.compliance_expiration_date_time,
        );
        v.field(6usize, "device_category", &self.device_category);
        v.field(7usize, "device_id", &self.device_id);
        v.field(8usize, "device_metadata", &self.device_metadata);
        v.field(9usize, "device_ownership", &self.device_ownership);
        v.field(10usize, "device_version", &self.device_version);
        v.field(11usize, "display_name", &self.display_name);
        v.field(12usize, "domain_name", &self.domain_name);
        v.field(13usize, "enrollment_profile_name", &self.enrollment_profile_name);
        v.field(14usize, "enrollment_type", &self.enrollment_type);
        v.field(15usize, "extension_attributes", &self.extension_attributes);
        v.field(16usize, "hostnames", &self.hostnames);
        v.field(17usize, "is_compliant", &self.is_compliant);
        v.field(18usize, "is_managed", &self.is_managed);
        v.field(19usize, "is_rooted", &self.is_rooted);
        v.field(20usize, "management_type", &self.management_type);
        v.field(
            21usize,
            "on_premises_last_sync_date_time",
            &self.on_premises_last_sync_date_time,
        );
        v.field(22usize, "on_premises_sync_enabled", &self.on_premises_sync_enabled);
        v.field(23usize, "operating_system", &self.operating_system);
        v.field(24usize, "operating_system_version", &self.operating_system_version);
        v.field(25usize, "physical_ids", &self.physical_ids);
        v.field(26usize, "profile_type", &self.profile_type);
        v.field(27usize, "registration_date_time", &self.registration_date_time);
        v.field(28usize, "system_labels", &self.system_labels);
        v.field(29usize, "trust_type", &self.trust_type);
        v.field(30usize, "kind", &self.kind);
        v.field(31usize, "manufacturer", &self.manufacturer);
        v.field(32usize, "model", &self.model);
        v.field(33usize, "name", &self.name);
        v.field(34usize, "platform", &self.platform);
        v.field(35usize, "status", &self.status);
        v.field(36usize, "usage_rights", &self.usage_rights);
        v.field(37usize, "member_of", &self.member_of);
        v.field(38usize, "registered_owners", &self.registered_owners);
        v.field(39usize, "registered_users", &self.registered_users);
        v.field(40usize, "transitive_member_of", &self.transitive_member_of);
        v.field(41usize, "extensions", &self.extensions);
        v.field(42usize, "commands", &self.commands);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Device {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.account_enabled.read_from(r),
            3usize => self.alternative_security_ids.read_from(r),
            4usize => self.approximate_last_sign_in_date_time.read_from(r),
            5usize => self.compliance_expiration_date_time.read_from(r),
            6usize => self.device_category.read_from(r),
            7usize => self.device_id.read_from(r),
            8usize => self.device_metadata.read_from(r),
            9usize => self.device_ownership.read_from(r),
            10usize => self.device_version.read_from(r),
            11usize => self.display_name.read_from(r),
            12usize => self.domain_name.read_from(r),
            13usize => self.enrollment_profile_name.read_from(r),
            14usize => self.enrollment_type.read_from(r),
            15usize => self.extension_attributes.read_from(r),
            16usize => self.hostnames.read_from(r),
            17usize => self.is_compliant.read_from(r),
            18usize => self.is_managed.read_from(r),
            19usize => self.is_rooted.read_from(r),
            20usize => self.management_type.read_from(r),
            21usize => self.on_premises_last_sync_date_time.read_from(r),
            22usize => self.on_premises_sync_enabled.read_from(r),
            23usize => self.operating_system.read_from(r),
            24usize => self.operating_system_version.read_from(r),
            25usize => self.physical_ids.read_from(r),
            26usize => self.profile_type.read_from(r),
            27usize => self.registration_date_time.read_from(r),
            28usize => self.system_labels.read_from(r),
            29usize => self.trust_type.read_from(r),
            30usize => self.kind.read_from(r),
            31usize => self.manufacturer.read_from(r),
            32usize => self.model.read_from(r),
            33usize => self.name.read_from(r),
            34usize => self.platform.read_from(r),
            35usize => self.status.read_from(r),
            36usize => self.usage_rights.read_from(r),
            37usize => self.member_of.read_from(r),
            38usize => self.registered_owners.read_from(r),
            39usize => self.registered_users.read_from(r),
            40usize => self.transitive_member_of.read_from(r),
            41usize => self.extensions.read_from(r),
            42usize => self.commands.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.account_enabled);
        w.field(3usize, &self.alternative_security_ids);
        w.field(4usize, &self.approximate_last_sign_in_date_time);
        w.field(5usize, &self.compliance_expiration_date_time);
        w.field(6usize, &self.device_category);
        w.field(7usize, &self.device_id);
        w.field(8usize, &self.device_metadata);
        w.field(9usize, &self.device_ownership);
        w.field(10usize, &self.device_version);
        w.field(11usize, &self.display_name);
        w.field(12usize, &self.domain_name);
        w.field(13usize, &self.enrollment_profile_name);
        w.field(14usize, &self.enrollment_type);
        w.field(15usize, &self.extension_attributes);
        w.field(16usize, &self.hostnames);
        w.field(17usize, &self.is_compliant);
        w.field(18usize, &self.is_managed);
        w.field(19usize, &self.is_rooted);
        w.field(20usize, &self.management_type);
        w.field(21usize, &self.on_premises_last_sync_date_time);
        w.field(22usize, &self.on_premises_sync_enabled);
        w.field(23usize, &self.operating_system);
        w.field(24usize, &self.operating_system_version);
        w.field(25usize, &self.physical_ids);
        w.field(26usize, &self.profile_type);
        w.field(27usize, &self.registration_date_time);
        w.field(28usize, &self.system_labels);
        w.field(29usize, &self.trust_type);
        w.field(30usize, &self.kind);
        w.field(31usize, &self.manufacturer);
        w.field(32usize, &self.model);
        w.field(33usize, &self.name);
        w.field(34usize, &self.platform);
        w.field(35usize, &self.status);
        w.field(36usize, &self.usage_rights);
        w.field(37usize, &self.member_of);
        w.field(38usize, &self.registered_owners);
        w.field(39usize, &self.registered_users);
        w.field(40usize, &self.transitive_member_of);
        w.field(41usize, &self.extensions);
        w.field(42usize, &self.commands);
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
rt::impl_object!(Device);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Device { with_id id : ::std::string::String; with_deleted_date_time deleted_date_time
    : rt::edm::DateTimeOffset; with_account_enabled account_enabled : bool;
    with_alternative_security_ids alternative_security_ids : ::std::vec::Vec < crate
    ::beta::AlternativeSecurityId >; with_approximate_last_sign_in_date_time
    approximate_last_sign_in_date_time : rt::edm::DateTimeOffset;
    with_compliance_expiration_date_time compliance_expiration_date_time :
    rt::edm::DateTimeOffset; with_device_category device_category :
    ::std::string::String; with_device_id device_id : ::std::string::String;
    with_device_metadata device_metadata : ::std::string::String; with_device_ownership
    device_ownership : ::std::string::String; with_device_version device_version : i32;
    with_display_name display_name : ::std::string::String; with_domain_name domain_name
    : ::std::string::String; with_enrollment_profile_name enrollment_profile_name :
    ::std::string::String; with_enrollment_type enrollment_type : ::std::string::String;
    with_extension_attributes extension_attributes : crate
    ::beta::OnPremisesExtensionAttributes; with_hostnames hostnames : ::std::vec::Vec <
    ::std::string::String >; with_is_compliant is_compliant : bool; with_is_managed
    is_managed : bool; with_is_rooted is_rooted : bool; with_management_type
    management_type : ::std::string::String; with_on_premises_last_sync_date_time
    on_premises_last_sync_date_time : rt::edm::DateTimeOffset;
    with_on_premises_sync_enabled on_premises_sync_enabled : bool; with_operating_system
    operating_system : ::std::string::String; with_operating_system_version
    operating_system_version : ::std::string::String; with_physical_ids physical_ids :
    ::std::vec::Vec < ::std::string::String >; with_profile_type profile_type :
    ::std::string::String; with_registration_date_time registration_date_time :
    rt::edm::DateTimeOffset; with_system_labels system_labels : ::std::vec::Vec <
    ::std::string::String >; with_trust_type trust_type : ::std::string::String;
    with_kind kind : ::std::string::String; with_manufacturer manufacturer :
    ::std::string::String; with_model model : ::std::string::String; with_name name :
    ::std::string::String; with_platform platform : ::std::string::String; with_status
    status : ::std::string::String; with_usage_rights usage_rights : ::std::vec::Vec <
    crate ::beta::UsageRight >; with_member_of member_of : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_registered_owners registered_owners :
    ::std::vec::Vec < crate ::beta::AnyDirectoryObject >; with_registered_users
    registered_users : ::std::vec::Vec < crate ::beta::AnyDirectoryObject >;
    with_transitive_member_of transitive_member_of : ::std::vec::Vec < crate
    ::beta::AnyDirectoryObject >; with_extensions extensions : ::std::vec::Vec < crate
    ::beta::AnyExtension >; with_commands commands : ::std::vec::Vec < crate
    ::beta::Command >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Device);
