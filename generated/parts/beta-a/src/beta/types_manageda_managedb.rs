//! Types of `microsoft.graph` by the first letters of their names (`manageda_managedb`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.managedAllDeviceCertificateState`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAllDeviceCertificateState {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Certificate expiry date
    ///
    /// CSDL: property `certificateExpirationDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub certificate_expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Enhanced Key Usage
    ///
    /// CSDL: property `certificateExtendedKeyUsages`: `Edm.String`, nullable.
    pub certificate_extended_key_usages: rt::Field<::std::string::String>,
    /// Issuance date
    ///
    /// CSDL: property `certificateIssuanceDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub certificate_issuance_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Issuer
    ///
    /// CSDL: property `certificateIssuerName`: `Edm.String`, nullable.
    pub certificate_issuer_name: rt::Field<::std::string::String>,
    /// Key Usage
    ///
    /// CSDL: property `certificateKeyUsages`: `Edm.Int32`, nullable.
    pub certificate_key_usages: rt::Field<i32>,
    /// Revoke status
    ///
    /// CSDL: property `certificateRevokeStatus`: `microsoft.graph.certificateRevocationStatus`, not nullable.
    pub certificate_revoke_status: rt::Field<crate::beta::CertificateRevocationStatus>,
    /// The time the revoke status was last changed
    ///
    /// CSDL: property `certificateRevokeStatusLastChangeDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub certificate_revoke_status_last_change_date_time: rt::Field<
        rt::edm::DateTimeOffset,
    >,
    /// Serial number
    ///
    /// CSDL: property `certificateSerialNumber`: `Edm.String`, nullable.
    pub certificate_serial_number: rt::Field<::std::string::String>,
    /// Certificate subject name
    ///
    /// CSDL: property `certificateSubjectName`: `Edm.String`, nullable.
    pub certificate_subject_name: rt::Field<::std::string::String>,
    /// Thumbprint
    ///
    /// CSDL: property `certificateThumbprint`: `Edm.String`, nullable.
    pub certificate_thumbprint: rt::Field<::std::string::String>,
    /// Device display name
    ///
    /// CSDL: property `managedDeviceDisplayName`: `Edm.String`, nullable.
    pub managed_device_display_name: rt::Field<::std::string::String>,
    /// User principal name
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for ManagedAllDeviceCertificateState {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            certificate_expiration_date_time: rt::Field::Absent,
            certificate_extended_key_usages: rt::Field::Absent,
            certificate_issuance_date_time: rt::Field::Absent,
            certificate_issuer_name: rt::Field::Absent,
            certificate_key_usages: rt::Field::Absent,
            certificate_revoke_status: rt::Field::Absent,
            certificate_revoke_status_last_change_date_time: rt::Field::Absent,
            certificate_serial_number: rt::Field::Absent,
            certificate_subject_name: rt::Field::Absent,
            certificate_thumbprint: rt::Field::Absent,
            managed_device_display_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for ManagedAllDeviceCertificateState {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAllDeviceCertificateState";
    const KEYS: &'static [&'static str] = &[
        "id",
        "certificateExpirationDateTime",
        "certificateExtendedKeyUsages",
        "certificateIssuanceDateTime",
        "certificateIssuerName",
        "certificateKeyUsages",
        "certificateRevokeStatus",
        "certificateRevokeStatusLastChangeDateTime",
        "certificateSerialNumber",
        "certificateSubjectName",
        "certificateThumbprint",
        "managedDeviceDisplayName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"certificateExpirationDateTime\":",
        ",\"certificateExtendedKeyUsages\": ",
        ",\"certificateIssuanceDateTime\":  ",
        ",\"certificateIssuerName\":        ",
        ",\"certificateKeyUsages\":         ",
        ",\"certificateRevokeStatus\":      ",
        ",\"certificateRevokeStatusLastChangeDateTime\":",
        ",\"certificateSerialNumber\":      ",
        ",\"certificateSubjectName\":       ",
        ",\"certificateThumbprint\":        ",
        ",\"managedDeviceDisplayName\":     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAllDeviceCertificateState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "certificate_expiration_date_time",
            &self.certificate_expiration_date_time,
        );
        v.field(
            2usize,
            "certificate_extended_key_usages",
            &self.certificate_extended_key_usages,
        );
        v.field(
            3usize,
            "certificate_issuance_date_time",
            &self.certificate_issuance_date_time,
        );
        v.field(4usize, "certificate_issuer_name", &self.certificate_issuer_name);
        v.field(5usize, "certificate_key_usages", &self.certificate_key_usages);
        v.field(6usize, "certificate_revoke_status", &self.certificate_revoke_status);
        v.field(
            7usize,
            "certificate_revoke_status_last_change_date_time",
            &self.certificate_revoke_status_last_change_date_time,
        );
        v.field(8usize, "certificate_serial_number", &self.certificate_serial_number);
        v.field(9usize, "certificate_subject_name", &self.certificate_subject_name);
        v.field(10usize, "certificate_thumbprint", &self.certificate_thumbprint);
        v.field(
            11usize,
            "managed_device_display_name",
            &self.managed_device_display_name,
        );
        v.field(12usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for ManagedAllDeviceCertificateState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.certificate_expiration_date_time.read_from(r),
            2usize => self.certificate_extended_key_usages.read_from(r),
            3usize => self.certificate_issuance_date_time.read_from(r),
            4usize => self.certificate_issuer_name.read_from(r),
            5usize => self.certificate_key_usages.read_from(r),
            6usize => self.certificate_revoke_status.read_from(r),
            7usize => self.certificate_revoke_status_last_change_date_time.read_from(r),
            8usize => self.certificate_serial_number.read_from(r),
            9usize => self.certificate_subject_name.read_from(r),
            10usize => self.certificate_thumbprint.read_from(r),
            11usize => self.managed_device_display_name.read_from(r),
            12usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.certificate_expiration_date_time);
        w.field(2usize, &self.certificate_extended_key_usages);
        w.field(3usize, &self.certificate_issuance_date_time);
        w.field(4usize, &self.certificate_issuer_name);
        w.field(5usize, &self.certificate_key_usages);
        w.field(6usize, &self.certificate_revoke_status);
        w.field(7usize, &self.certificate_revoke_status_last_change_date_time);
        w.field(8usize, &self.certificate_serial_number);
        w.field(9usize, &self.certificate_subject_name);
        w.field(10usize, &self.certificate_thumbprint);
        w.field(11usize, &self.managed_device_display_name);
        w.field(12usize, &self.user_principal_name);
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
rt::impl_object!(ManagedAllDeviceCertificateState);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    ManagedAllDeviceCertificateState { with_id id : ::std::string::String;
    with_certificate_expiration_date_time certificate_expiration_date_time :
    rt::edm::DateTimeOffset; with_certificate_extended_key_usages
    certificate_extended_key_usages : ::std::string::String;
    with_certificate_issuance_date_time certificate_issuance_date_time :
    rt::edm::DateTimeOffset; with_certificate_issuer_name certificate_issuer_name :
    ::std::string::String; with_certificate_key_usages certificate_key_usages : i32;
    with_certificate_revoke_status certificate_revoke_status : crate
    ::beta::CertificateRevocationStatus;
    with_certificate_revoke_status_last_change_date_time
    certificate_revoke_status_last_change_date_time : rt::edm::DateTimeOffset;
    with_certificate_serial_number certificate_serial_number : ::std::string::String;
    with_certificate_subject_name certificate_subject_name : ::std::string::String;
    with_certificate_thumbprint certificate_thumbprint : ::std::string::String;
    with_managed_device_display_name managed_device_display_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAllDeviceCertificateState);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Managed Android Line Of Business apps.
///
/// CSDL: `microsoft.graph.managedAndroidLobApp`, entity type, derived from `microsoft.graph.managedMobileLobApp`, key `id`.
///
/// Request builders: [`ManagedAndroidLobAppPath`](requests/trait.ManagedAndroidLobAppPath.html), what a path to one (`EntityPath<ManagedAndroidLobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAndroidLobApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Application's availability.
    ///
    /// CSDL: property `appAvailability`: `microsoft.graph.managedAppAvailability`, not nullable.
    pub app_availability: rt::Field<crate::beta::ManagedAppAvailability>,
    /// The Application's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The internal committed content version.
    ///
    /// CSDL: property `committedContentVersion`: `Edm.String`, nullable.
    pub committed_content_version: rt::Field<::std::string::String>,
    /// The name of the main Lob application file.
    ///
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// The total size, including all uploaded files.
    ///
    /// CSDL: property `size`: `Edm.Int64`, not nullable.
    pub size: rt::Field<i64>,
    /// The list of content versions for this app.
    ///
    /// CSDL: containment navigation property `contentVersions`: `Collection(microsoft.graph.mobileAppContent)`, not nullable.
    pub content_versions: rt::Field<::std::vec::Vec<crate::beta::MobileAppContent>>,
    /// The Identity Name.
    ///
    /// CSDL: property `identityName`: `Edm.String`, nullable.
    pub identity_name: rt::Field<::std::string::String>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::AndroidMinimumOperatingSystem,
    >,
    /// The package identifier.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// The version code of managed Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionCode`: `Edm.String`, nullable.
    pub version_code: rt::Field<::std::string::String>,
    /// The version name of managed Android Line of Business (LoB) app.
    ///
    /// CSDL: property `versionName`: `Edm.String`, nullable.
    pub version_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedAndroidLobApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_availability: rt::Field::Absent,
            version: rt::Field::Absent,
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            identity_name: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            version_code: rt::Field::Absent,
            version_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedAndroidLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAndroidLobApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appAvailability",
        "version",
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "identityName",
        "identityVersion",
        "minimumSupportedOperatingSystem",
        "packageId",
        "versionCode",
        "versionName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"identityName\":                 ",
        ",\"identityVersion\":              ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
        ",\"versionCode\":                  ",
        ",\"versionName\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAndroidLobApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_availability", &self.app_availability);
        v.field(27usize, "version", &self.version);
        v.field(28usize, "committed_content_version", &self.committed_content_version);
        v.field(29usize, "file_name", &self.file_name);
        v.field(30usize, "size", &self.size);
        v.field(31usize, "content_versions", &self.content_versions);
        v.field(32usize, "identity_name", &self.identity_name);
        v.field(33usize, "identity_version", &self.identity_version);
        v.field(
            34usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(35usize, "package_id", &self.package_id);
        v.field(36usize, "version_code", &self.version_code);
        v.field(37usize, "version_name", &self.version_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedAndroidLobApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_availability.read_from(r),
            27usize => self.version.read_from(r),
            28usize => self.committed_content_version.read_from(r),
            29usize => self.file_name.read_from(r),
            30usize => self.size.read_from(r),
            31usize => self.content_versions.read_from(r),
            32usize => self.identity_name.read_from(r),
            33usize => self.identity_version.read_from(r),
            34usize => self.minimum_supported_operating_system.read_from(r),
            35usize => self.package_id.read_from(r),
            36usize => self.version_code.read_from(r),
            37usize => self.version_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_availability);
        w.field(27usize, &self.version);
        w.field(28usize, &self.committed_content_version);
        w.field(29usize, &self.file_name);
        w.field(30usize, &self.size);
        w.field(31usize, &self.content_versions);
        w.field(32usize, &self.identity_name);
        w.field(33usize, &self.identity_version);
        w.field(34usize, &self.minimum_supported_operating_system);
        w.field(35usize, &self.package_id);
        w.field(36usize, &self.version_code);
        w.field(37usize, &self.version_name);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedAndroidLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAndroidLobApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_availability
    app_availability : crate ::beta::ManagedAppAvailability; with_version version :
    ::std::string::String; with_committed_content_version committed_content_version :
    ::std::string::String; with_file_name file_name : ::std::string::String; with_size
    size : i64; with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_identity_name identity_name : ::std::string::String;
    with_identity_version identity_version : ::std::string::String;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::AndroidMinimumOperatingSystem; with_package_id package_id :
    ::std::string::String; with_version_code version_code : ::std::string::String;
    with_version_name version_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAndroidLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for Android store apps that you can manage with an Intune app protection policy.
///
/// CSDL: `microsoft.graph.managedAndroidStoreApp`, entity type, derived from `microsoft.graph.managedApp`, key `id`.
///
/// Request builders: [`ManagedAndroidStoreAppPath`](requests/trait.ManagedAndroidStoreAppPath.html), what a path to one (`EntityPath<ManagedAndroidStoreApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAndroidStoreApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Application's availability.
    ///
    /// CSDL: property `appAvailability`: `microsoft.graph.managedAppAvailability`, not nullable.
    pub app_availability: rt::Field<crate::beta::ManagedAppAvailability>,
    /// The Application's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// The Android AppStoreUrl.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, not nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The value for the minimum supported operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.androidMinimumOperatingSystem`, not nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::AndroidMinimumOperatingSystem,
    >,
    /// The app's package ID.
    ///
    /// CSDL: property `packageId`: `Edm.String`, nullable.
    pub package_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedAndroidStoreApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_availability: rt::Field::Absent,
            version: rt::Field::Absent,
            app_store_url: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            package_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedAndroidStoreApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAndroidStoreApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appAvailability",
        "version",
        "appStoreUrl",
        "minimumSupportedOperatingSystem",
        "packageId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
        ",\"appStoreUrl\":                  ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"packageId\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAndroidStoreApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_availability", &self.app_availability);
        v.field(27usize, "version", &self.version);
        v.field(28usize, "app_store_url", &self.app_store_url);
        v.field(
            29usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(30usize, "package_id", &self.package_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedAndroidStoreApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_availability.read_from(r),
            27usize => self.version.read_from(r),
            28usize => self.app_store_url.read_from(r),
            29usize => self.minimum_supported_operating_system.read_from(r),
            30usize => self.package_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_availability);
        w.field(27usize, &self.version);
        w.field(28usize, &self.app_store_url);
        w.field(29usize, &self.minimum_supported_operating_system);
        w.field(30usize, &self.package_id);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedAndroidStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAndroidStoreApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_availability
    app_availability : crate ::beta::ManagedAppAvailability; with_version version :
    ::std::string::String; with_app_store_url app_store_url : ::std::string::String;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::AndroidMinimumOperatingSystem; with_package_id package_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAndroidStoreApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Abstract class that contains properties and inherited properties for apps that you can manage with an Intune app protection policy.
///
/// CSDL: `microsoft.graph.managedApp`, entity type, derived from `microsoft.graph.mobileApp`, abstract, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<AnyManagedApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedApp {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the app was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The total number of dependencies the child app has.
    ///
    /// CSDL: property `dependentAppCount`: `Edm.Int32`, not nullable.
    pub dependent_app_count: rt::Field<i32>,
    /// The description of the app.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The developer of the app.
    ///
    /// CSDL: property `developer`: `Edm.String`, nullable.
    pub developer: rt::Field<::std::string::String>,
    /// The admin provided or imported title of the app.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The more information Url.
    ///
    /// CSDL: property `informationUrl`: `Edm.String`, nullable.
    pub information_url: rt::Field<::std::string::String>,
    /// The value indicating whether the app is assigned to at least one group.
    ///
    /// CSDL: property `isAssigned`: `Edm.Boolean`, not nullable.
    pub is_assigned: rt::Field<bool>,
    /// The value indicating whether the app is marked as featured by the admin.
    ///
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    ///
    /// CSDL: property `largeIcon`: `microsoft.graph.mimeContent`, nullable.
    pub large_icon: rt::Field<crate::beta::MimeContent>,
    /// The date and time the app was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Notes for the app.
    ///
    /// CSDL: property `notes`: `Edm.String`, nullable.
    pub notes: rt::Field<::std::string::String>,
    /// The owner of the app.
    ///
    /// CSDL: property `owner`: `Edm.String`, nullable.
    pub owner: rt::Field<::std::string::String>,
    /// The privacy statement Url.
    ///
    /// CSDL: property `privacyInformationUrl`: `Edm.String`, nullable.
    pub privacy_information_url: rt::Field<::std::string::String>,
    /// The publisher of the app.
    ///
    /// CSDL: property `publisher`: `Edm.String`, nullable.
    pub publisher: rt::Field<::std::string::String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published.
    ///
    /// CSDL: property `publishingState`: `microsoft.graph.mobileAppPublishingState`, not nullable.
    pub publishing_state: rt::Field<crate::beta::MobileAppPublishingState>,
    /// List of scope tag ids for this mobile app.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The total number of apps this app is directly or indirectly superseded by.
    ///
    /// CSDL: property `supersededAppCount`: `Edm.Int32`, not nullable.
    pub superseded_app_count: rt::Field<i32>,
    /// The total number of apps this app directly or indirectly supersedes.
    ///
    /// CSDL: property `supersedingAppCount`: `Edm.Int32`, not nullable.
    pub superseding_app_count: rt::Field<i32>,
    /// The upload state. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Processing`.
    ///
    /// CSDL: property `uploadState`: `Edm.Int32`, not nullable.
    pub upload_state: rt::Field<i32>,
    /// The list of group assignments for this mobile app.
    ///
    /// CSDL: containment navigation property `assignments`: `Collection(microsoft.graph.mobileAppAssignment)`, not nullable.
    pub assignments: rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>>,
    /// The list of categories for this app.
    ///
    /// CSDL: navigation property `categories`: `Collection(microsoft.graph.mobileAppCategory)`, not nullable.
    pub categories: rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `deviceStatuses`: `Collection(microsoft.graph.mobileAppInstallStatus)`, not nullable.
    pub device_statuses: rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>>,
    /// Mobile App Install Summary.
    ///
    /// CSDL: containment navigation property `installSummary`: `microsoft.graph.mobileAppInstallSummary`, nullable.
    pub install_summary: rt::Field<crate::beta::MobileAppInstallSummary>,
    /// The set of direct relationships for this app.
    ///
    /// CSDL: containment navigation property `relationships`: `Collection(microsoft.graph.mobileAppRelationship)`, not nullable.
    pub relationships: rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>>,
    /// The list of installation states for this mobile app.
    ///
    /// CSDL: containment navigation property `userStatuses`: `Collection(microsoft.graph.userAppInstallStatus)`, not nullable.
    pub user_statuses: rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>>,
    /// The Application's availability.
    ///
    /// CSDL: property `appAvailability`: `microsoft.graph.managedAppAvailability`, not nullable.
    pub app_availability: rt::Field<crate::beta::ManagedAppAvailability>,
    /// The Application's version.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedApp {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            dependent_app_count: rt::Field::Absent,
            description: rt::Field::Absent,
            developer: rt::Field::Absent,
            display_name: rt::Field::Absent,
            information_url: rt::Field::Absent,
            is_assigned: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            large_icon: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            notes: rt::Field::Absent,
            owner: rt::Field::Absent,
            privacy_information_url: rt::Field::Absent,
            publisher: rt::Field::Absent,
            publishing_state: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            superseded_app_count: rt::Field::Absent,
            superseding_app_count: rt::Field::Absent,
            upload_state: rt::Field::Absent,
            assignments: rt::Field::Absent,
            categories: rt::Field::Absent,
            device_statuses: rt::Field::Absent,
            install_summary: rt::Field::Absent,
            relationships: rt::Field::Absent,
            user_statuses: rt::Field::Absent,
            app_availability: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedApp";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "dependentAppCount",
        "description",
        "developer",
        "displayName",
        "informationUrl",
        "isAssigned",
        "isFeatured",
        "largeIcon",
        "lastModifiedDateTime",
        "notes",
        "owner",
        "privacyInformationUrl",
        "publisher",
        "publishingState",
        "roleScopeTagIds",
        "supersededAppCount",
        "supersedingAppCount",
        "uploadState",
        "assignments",
        "categories",
        "deviceStatuses",
        "installSummary",
        "relationships",
        "userStatuses",
        "appAvailability",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"dependentAppCount\":            ",
        ",\"description\":                  ",
        ",\"developer\":                    ",
        ",\"displayName\":                  ",
        ",\"informationUrl\":               ",
        ",\"isAssigned\":                   ",
        ",\"isFeatured\":                   ",
        ",\"largeIcon\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"notes\":                        ",
        ",\"owner\":                        ",
        ",\"privacyInformationUrl\":        ",
        ",\"publisher\":                    ",
        ",\"publishingState\":              ",
        ",\"roleScopeTagIds\":              ",
        ",\"supersededAppCount\":           ",
        ",\"supersedingAppCount\":          ",
        ",\"uploadState\":                  ",
        ",\"assignments\":                  ",
        ",\"categories\":                   ",
        ",\"deviceStatuses\":               ",
        ",\"installSummary\":               ",
        ",\"relationships\":                ",
        ",\"userStatuses\":                 ",
        ",\"appAvailability\":              ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "dependent_app_count", &self.dependent_app_count);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "developer", &self.developer);
        v.field(5usize, "display_name", &self.display_name);
        v.field(6usize, "information_url", &self.information_url);
        v.field(7usize, "is_assigned", &self.is_assigned);
        v.field(8usize, "is_featured", &self.is_featured);
        v.field(9usize, "large_icon", &self.large_icon);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "notes", &self.notes);
        v.field(12usize, "owner", &self.owner);
        v.field(13usize, "privacy_information_url", &self.privacy_information_url);
        v.field(14usize, "publisher", &self.publisher);
        v.field(15usize, "publishing_state", &self.publishing_state);
        v.field(16usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(17usize, "superseded_app_count", &self.superseded_app_count);
        v.field(18usize, "superseding_app_count", &self.superseding_app_count);
        v.field(19usize, "upload_state", &self.upload_state);
        v.field(20usize, "assignments", &self.assignments);
        v.field(21usize, "categories", &self.categories);
        v.field(22usize, "device_statuses", &self.device_statuses);
        v.field(23usize, "install_summary", &self.install_summary);
        v.field(24usize, "relationships", &self.relationships);
        v.field(25usize, "user_statuses", &self.user_statuses);
        v.field(26usize, "app_availability", &self.app_availability);
        v.field(27usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.dependent_app_count.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.developer.read_from(r),
            5usize => self.display_name.read_from(r),
            6usize => self.information_url.read_from(r),
            7usize => self.is_assigned.read_from(r),
            8usize => self.is_featured.read_from(r),
            9usize => self.large_icon.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.notes.read_from(r),
            12usize => self.owner.read_from(r),
            13usize => self.privacy_information_url.read_from(r),
            14usize => self.publisher.read_from(r),
            15usize => self.publishing_state.read_from(r),
            16usize => self.role_scope_tag_ids.read_from(r),
            17usize => self.superseded_app_count.read_from(r),
            18usize => self.superseding_app_count.read_from(r),
            19usize => self.upload_state.read_from(r),
            20usize => self.assignments.read_from(r),
            21usize => self.categories.read_from(r),
            22usize => self.device_statuses.read_from(r),
            23usize => self.install_summary.read_from(r),
            24usize => self.relationships.read_from(r),
            25usize => self.user_statuses.read_from(r),
            26usize => self.app_availability.read_from(r),
            27usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.dependent_app_count);
        w.field(3usize, &self.description);
        w.field(4usize, &self.developer);
        w.field(5usize, &self.display_name);
        w.field(6usize, &self.information_url);
        w.field(7usize, &self.is_assigned);
        w.field(8usize, &self.is_featured);
        w.field(9usize, &self.large_icon);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.notes);
        w.field(12usize, &self.owner);
        w.field(13usize, &self.privacy_information_url);
        w.field(14usize, &self.publisher);
        w.field(15usize, &self.publishing_state);
        w.field(16usize, &self.role_scope_tag_ids);
        w.field(17usize, &self.superseded_app_count);
        w.field(18usize, &self.superseding_app_count);
        w.field(19usize, &self.upload_state);
        w.field(20usize, &self.assignments);
        w.field(21usize, &self.categories);
        w.field(22usize, &self.device_statuses);
        w.field(23usize, &self.install_summary);
        w.field(24usize, &self.relationships);
        w.field(25usize, &self.user_statuses);
        w.field(26usize, &self.app_availability);
        w.field(27usize, &self.version);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedApp { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_dependent_app_count
    dependent_app_count : i32; with_description description : ::std::string::String;
    with_developer developer : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_information_url information_url : ::std::string::String;
    with_is_assigned is_assigned : bool; with_is_featured is_featured : bool;
    with_large_icon large_icon : crate ::beta::MimeContent; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_notes notes :
    ::std::string::String; with_owner owner : ::std::string::String;
    with_privacy_information_url privacy_information_url : ::std::string::String;
    with_publisher publisher : ::std::string::String; with_publishing_state
    publishing_state : crate ::beta::MobileAppPublishingState; with_role_scope_tag_ids
    role_scope_tag_ids : ::std::vec::Vec < ::std::string::String >;
    with_superseded_app_count superseded_app_count : i32; with_superseding_app_count
    superseding_app_count : i32; with_upload_state upload_state : i32; with_assignments
    assignments : ::std::vec::Vec < crate ::beta::MobileAppAssignment >; with_categories
    categories : ::std::vec::Vec < crate ::beta::MobileAppCategory >;
    with_device_statuses device_statuses : ::std::vec::Vec < crate
    ::beta::MobileAppInstallStatus >; with_install_summary install_summary : crate
    ::beta::MobileAppInstallSummary; with_relationships relationships : ::std::vec::Vec <
    crate ::beta::AnyMobileAppRelationship >; with_user_statuses user_statuses :
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_availability
    app_availability : crate ::beta::ManagedAppAvailability; with_version version :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.managedApp` or any type derived from it, selected by `@odata.type` (6 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedApp {
    ManagedApp(::std::boxed::Box<crate::beta::ManagedApp>),
    ManagedAndroidLobApp(::std::boxed::Box<crate::beta::ManagedAndroidLobApp>),
    ManagedAndroidStoreApp(::std::boxed::Box<crate::beta::ManagedAndroidStoreApp>),
    ManagedIosLobApp(::std::boxed::Box<crate::beta::ManagedIosLobApp>),
    ManagedIosStoreApp(::std::boxed::Box<crate::beta::ManagedIosStoreApp>),
    ManagedMobileLobApp(::std::boxed::Box<crate::beta::ManagedMobileLobApp>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedApp {
    #[inline]
    fn default() -> Self {
        Self::ManagedApp(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::beta::ManagedApp) -> Self {
        Self::ManagedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAndroidLobApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::beta::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAndroidStoreApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::beta::ManagedAndroidStoreApp) -> Self {
        Self::ManagedAndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedIosLobApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::beta::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedIosStoreApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::beta::ManagedIosStoreApp) -> Self {
        Self::ManagedIosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedMobileLobApp> for AnyManagedApp {
    #[inline]
    fn from(v: crate::beta::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedApp {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedApp>();
    rt::object::auto_traits::<crate::beta::ManagedAndroidLobApp>();
    rt::object::auto_traits::<crate::beta::ManagedAndroidStoreApp>();
    rt::object::auto_traits::<crate::beta::ManagedIosLobApp>();
    rt::object::auto_traits::<crate::beta::ManagedIosStoreApp>();
    rt::object::auto_traits::<crate::beta::ManagedMobileLobApp>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyManagedApp {
    const BASE_NAME: &'static str = "microsoft.graph.managedApp";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                Self::ManagedAndroidStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                Self::ManagedIosStoreApp(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                Self::ManagedMobileLobApp(rt::object::new_boxed())
            }
            _ => Self::ManagedApp(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedApp(v) => &**v,
            Self::ManagedAndroidLobApp(v) => &**v,
            Self::ManagedAndroidStoreApp(v) => &**v,
            Self::ManagedIosLobApp(v) => &**v,
            Self::ManagedIosStoreApp(v) => &**v,
            Self::ManagedMobileLobApp(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedApp(v) => &mut **v,
            Self::ManagedAndroidLobApp(v) => &mut **v,
            Self::ManagedAndroidStoreApp(v) => &mut **v,
            Self::ManagedIosLobApp(v) => &mut **v,
            Self::ManagedIosStoreApp(v) => &mut **v,
            Self::ManagedMobileLobApp(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyManagedApp {
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
            Self::ManagedApp(v) => &v.id,
            Self::ManagedAndroidLobApp(v) => &v.id,
            Self::ManagedAndroidStoreApp(v) => &v.id,
            Self::ManagedIosLobApp(v) => &v.id,
            Self::ManagedIosStoreApp(v) => &v.id,
            Self::ManagedMobileLobApp(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.id,
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            Self::ManagedAndroidStoreApp(v) => &mut v.id,
            Self::ManagedIosLobApp(v) => &mut v.id,
            Self::ManagedIosStoreApp(v) => &mut v.id,
            Self::ManagedMobileLobApp(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.created_date_time,
            Self::ManagedIosLobApp(v) => &v.created_date_time,
            Self::ManagedIosStoreApp(v) => &v.created_date_time,
            Self::ManagedMobileLobApp(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.created_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.created_date_time,
            Self::ManagedIosLobApp(v) => &mut v.created_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.created_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.created_date_time,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &v.dependent_app_count,
            Self::ManagedAndroidLobApp(v) => &v.dependent_app_count,
            Self::ManagedAndroidStoreApp(v) => &v.dependent_app_count,
            Self::ManagedIosLobApp(v) => &v.dependent_app_count,
            Self::ManagedIosStoreApp(v) => &v.dependent_app_count,
            Self::ManagedMobileLobApp(v) => &v.dependent_app_count,
        }
    }
    /// `dependentAppCount` of any variant.
    #[inline]
    pub fn dependent_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &mut v.dependent_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.dependent_app_count,
            Self::ManagedAndroidStoreApp(v) => &mut v.dependent_app_count,
            Self::ManagedIosLobApp(v) => &mut v.dependent_app_count,
            Self::ManagedIosStoreApp(v) => &mut v.dependent_app_count,
            Self::ManagedMobileLobApp(v) => &mut v.dependent_app_count,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.description,
            Self::ManagedAndroidLobApp(v) => &v.description,
            Self::ManagedAndroidStoreApp(v) => &v.description,
            Self::ManagedIosLobApp(v) => &v.description,
            Self::ManagedIosStoreApp(v) => &v.description,
            Self::ManagedMobileLobApp(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.description,
            Self::ManagedAndroidLobApp(v) => &mut v.description,
            Self::ManagedAndroidStoreApp(v) => &mut v.description,
            Self::ManagedIosLobApp(v) => &mut v.description,
            Self::ManagedIosStoreApp(v) => &mut v.description,
            Self::ManagedMobileLobApp(v) => &mut v.description,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.developer,
            Self::ManagedAndroidLobApp(v) => &v.developer,
            Self::ManagedAndroidStoreApp(v) => &v.developer,
            Self::ManagedIosLobApp(v) => &v.developer,
            Self::ManagedIosStoreApp(v) => &v.developer,
            Self::ManagedMobileLobApp(v) => &v.developer,
        }
    }
    /// `developer` of any variant.
    #[inline]
    pub fn developer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.developer,
            Self::ManagedAndroidLobApp(v) => &mut v.developer,
            Self::ManagedAndroidStoreApp(v) => &mut v.developer,
            Self::ManagedIosLobApp(v) => &mut v.developer,
            Self::ManagedIosStoreApp(v) => &mut v.developer,
            Self::ManagedMobileLobApp(v) => &mut v.developer,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.display_name,
            Self::ManagedAndroidLobApp(v) => &v.display_name,
            Self::ManagedAndroidStoreApp(v) => &v.display_name,
            Self::ManagedIosLobApp(v) => &v.display_name,
            Self::ManagedIosStoreApp(v) => &v.display_name,
            Self::ManagedMobileLobApp(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.display_name,
            Self::ManagedAndroidLobApp(v) => &mut v.display_name,
            Self::ManagedAndroidStoreApp(v) => &mut v.display_name,
            Self::ManagedIosLobApp(v) => &mut v.display_name,
            Self::ManagedIosStoreApp(v) => &mut v.display_name,
            Self::ManagedMobileLobApp(v) => &mut v.display_name,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.information_url,
            Self::ManagedAndroidLobApp(v) => &v.information_url,
            Self::ManagedAndroidStoreApp(v) => &v.information_url,
            Self::ManagedIosLobApp(v) => &v.information_url,
            Self::ManagedIosStoreApp(v) => &v.information_url,
            Self::ManagedMobileLobApp(v) => &v.information_url,
        }
    }
    /// `informationUrl` of any variant.
    #[inline]
    pub fn information_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.information_url,
            Self::ManagedIosLobApp(v) => &mut v.information_url,
            Self::ManagedIosStoreApp(v) => &mut v.information_url,
            Self::ManagedMobileLobApp(v) => &mut v.information_url,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedApp(v) => &v.is_assigned,
            Self::ManagedAndroidLobApp(v) => &v.is_assigned,
            Self::ManagedAndroidStoreApp(v) => &v.is_assigned,
            Self::ManagedIosLobApp(v) => &v.is_assigned,
            Self::ManagedIosStoreApp(v) => &v.is_assigned,
            Self::ManagedMobileLobApp(v) => &v.is_assigned,
        }
    }
    /// `isAssigned` of any variant.
    #[inline]
    pub fn is_assigned_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedApp(v) => &mut v.is_assigned,
            Self::ManagedAndroidLobApp(v) => &mut v.is_assigned,
            Self::ManagedAndroidStoreApp(v) => &mut v.is_assigned,
            Self::ManagedIosLobApp(v) => &mut v.is_assigned,
            Self::ManagedIosStoreApp(v) => &mut v.is_assigned,
            Self::ManagedMobileLobApp(v) => &mut v.is_assigned,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedApp(v) => &v.is_featured,
            Self::ManagedAndroidLobApp(v) => &v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &v.is_featured,
            Self::ManagedIosLobApp(v) => &v.is_featured,
            Self::ManagedIosStoreApp(v) => &v.is_featured,
            Self::ManagedMobileLobApp(v) => &v.is_featured,
        }
    }
    /// `isFeatured` of any variant.
    #[inline]
    pub fn is_featured_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedApp(v) => &mut v.is_featured,
            Self::ManagedAndroidLobApp(v) => &mut v.is_featured,
            Self::ManagedAndroidStoreApp(v) => &mut v.is_featured,
            Self::ManagedIosLobApp(v) => &mut v.is_featured,
            Self::ManagedIosStoreApp(v) => &mut v.is_featured,
            Self::ManagedMobileLobApp(v) => &mut v.is_featured,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon(&self) -> &rt::Field<crate::beta::MimeContent> {
        match self {
            Self::ManagedApp(v) => &v.large_icon,
            Self::ManagedAndroidLobApp(v) => &v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &v.large_icon,
            Self::ManagedIosLobApp(v) => &v.large_icon,
            Self::ManagedIosStoreApp(v) => &v.large_icon,
            Self::ManagedMobileLobApp(v) => &v.large_icon,
        }
    }
    /// `largeIcon` of any variant.
    #[inline]
    pub fn large_icon_mut(&mut self) -> &mut rt::Field<crate::beta::MimeContent> {
        match self {
            Self::ManagedApp(v) => &mut v.large_icon,
            Self::ManagedAndroidLobApp(v) => &mut v.large_icon,
            Self::ManagedAndroidStoreApp(v) => &mut v.large_icon,
            Self::ManagedIosLobApp(v) => &mut v.large_icon,
            Self::ManagedIosStoreApp(v) => &mut v.large_icon,
            Self::ManagedMobileLobApp(v) => &mut v.large_icon,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedAndroidStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosLobApp(v) => &mut v.last_modified_date_time,
            Self::ManagedIosStoreApp(v) => &mut v.last_modified_date_time,
            Self::ManagedMobileLobApp(v) => &mut v.last_modified_date_time,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.notes,
            Self::ManagedAndroidLobApp(v) => &v.notes,
            Self::ManagedAndroidStoreApp(v) => &v.notes,
            Self::ManagedIosLobApp(v) => &v.notes,
            Self::ManagedIosStoreApp(v) => &v.notes,
            Self::ManagedMobileLobApp(v) => &v.notes,
        }
    }
    /// `notes` of any variant.
    #[inline]
    pub fn notes_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.notes,
            Self::ManagedAndroidLobApp(v) => &mut v.notes,
            Self::ManagedAndroidStoreApp(v) => &mut v.notes,
            Self::ManagedIosLobApp(v) => &mut v.notes,
            Self::ManagedIosStoreApp(v) => &mut v.notes,
            Self::ManagedMobileLobApp(v) => &mut v.notes,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.owner,
            Self::ManagedAndroidLobApp(v) => &v.owner,
            Self::ManagedAndroidStoreApp(v) => &v.owner,
            Self::ManagedIosLobApp(v) => &v.owner,
            Self::ManagedIosStoreApp(v) => &v.owner,
            Self::ManagedMobileLobApp(v) => &v.owner,
        }
    }
    /// `owner` of any variant.
    #[inline]
    pub fn owner_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.owner,
            Self::ManagedAndroidLobApp(v) => &mut v.owner,
            Self::ManagedAndroidStoreApp(v) => &mut v.owner,
            Self::ManagedIosLobApp(v) => &mut v.owner,
            Self::ManagedIosStoreApp(v) => &mut v.owner,
            Self::ManagedMobileLobApp(v) => &mut v.owner,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &v.privacy_information_url,
        }
    }
    /// `privacyInformationUrl` of any variant.
    #[inline]
    pub fn privacy_information_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedAndroidStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosLobApp(v) => &mut v.privacy_information_url,
            Self::ManagedIosStoreApp(v) => &mut v.privacy_information_url,
            Self::ManagedMobileLobApp(v) => &mut v.privacy_information_url,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.publisher,
            Self::ManagedAndroidLobApp(v) => &v.publisher,
            Self::ManagedAndroidStoreApp(v) => &v.publisher,
            Self::ManagedIosLobApp(v) => &v.publisher,
            Self::ManagedIosStoreApp(v) => &v.publisher,
            Self::ManagedMobileLobApp(v) => &v.publisher,
        }
    }
    /// `publisher` of any variant.
    #[inline]
    pub fn publisher_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.publisher,
            Self::ManagedAndroidLobApp(v) => &mut v.publisher,
            Self::ManagedAndroidStoreApp(v) => &mut v.publisher,
            Self::ManagedIosLobApp(v) => &mut v.publisher,
            Self::ManagedIosStoreApp(v) => &mut v.publisher,
            Self::ManagedMobileLobApp(v) => &mut v.publisher,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state(&self) -> &rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::ManagedApp(v) => &v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &v.publishing_state,
            Self::ManagedIosLobApp(v) => &v.publishing_state,
            Self::ManagedIosStoreApp(v) => &v.publishing_state,
            Self::ManagedMobileLobApp(v) => &v.publishing_state,
        }
    }
    /// `publishingState` of any variant.
    #[inline]
    pub fn publishing_state_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppPublishingState> {
        match self {
            Self::ManagedApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidLobApp(v) => &mut v.publishing_state,
            Self::ManagedAndroidStoreApp(v) => &mut v.publishing_state,
            Self::ManagedIosLobApp(v) => &mut v.publishing_state,
            Self::ManagedIosStoreApp(v) => &mut v.publishing_state,
            Self::ManagedMobileLobApp(v) => &mut v.publishing_state,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedApp(v) => &v.role_scope_tag_ids,
            Self::ManagedAndroidLobApp(v) => &v.role_scope_tag_ids,
            Self::ManagedAndroidStoreApp(v) => &v.role_scope_tag_ids,
            Self::ManagedIosLobApp(v) => &v.role_scope_tag_ids,
            Self::ManagedIosStoreApp(v) => &v.role_scope_tag_ids,
            Self::ManagedMobileLobApp(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedAndroidLobApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedAndroidStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedIosLobApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedIosStoreApp(v) => &mut v.role_scope_tag_ids,
            Self::ManagedMobileLobApp(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &v.superseded_app_count,
            Self::ManagedAndroidLobApp(v) => &v.superseded_app_count,
            Self::ManagedAndroidStoreApp(v) => &v.superseded_app_count,
            Self::ManagedIosLobApp(v) => &v.superseded_app_count,
            Self::ManagedIosStoreApp(v) => &v.superseded_app_count,
            Self::ManagedMobileLobApp(v) => &v.superseded_app_count,
        }
    }
    /// `supersededAppCount` of any variant.
    #[inline]
    pub fn superseded_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &mut v.superseded_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.superseded_app_count,
            Self::ManagedAndroidStoreApp(v) => &mut v.superseded_app_count,
            Self::ManagedIosLobApp(v) => &mut v.superseded_app_count,
            Self::ManagedIosStoreApp(v) => &mut v.superseded_app_count,
            Self::ManagedMobileLobApp(v) => &mut v.superseded_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &v.superseding_app_count,
            Self::ManagedAndroidLobApp(v) => &v.superseding_app_count,
            Self::ManagedAndroidStoreApp(v) => &v.superseding_app_count,
            Self::ManagedIosLobApp(v) => &v.superseding_app_count,
            Self::ManagedIosStoreApp(v) => &v.superseding_app_count,
            Self::ManagedMobileLobApp(v) => &v.superseding_app_count,
        }
    }
    /// `supersedingAppCount` of any variant.
    #[inline]
    pub fn superseding_app_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &mut v.superseding_app_count,
            Self::ManagedAndroidLobApp(v) => &mut v.superseding_app_count,
            Self::ManagedAndroidStoreApp(v) => &mut v.superseding_app_count,
            Self::ManagedIosLobApp(v) => &mut v.superseding_app_count,
            Self::ManagedIosStoreApp(v) => &mut v.superseding_app_count,
            Self::ManagedMobileLobApp(v) => &mut v.superseding_app_count,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &v.upload_state,
            Self::ManagedAndroidLobApp(v) => &v.upload_state,
            Self::ManagedAndroidStoreApp(v) => &v.upload_state,
            Self::ManagedIosLobApp(v) => &v.upload_state,
            Self::ManagedIosStoreApp(v) => &v.upload_state,
            Self::ManagedMobileLobApp(v) => &v.upload_state,
        }
    }
    /// `uploadState` of any variant.
    #[inline]
    pub fn upload_state_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedApp(v) => &mut v.upload_state,
            Self::ManagedAndroidLobApp(v) => &mut v.upload_state,
            Self::ManagedAndroidStoreApp(v) => &mut v.upload_state,
            Self::ManagedIosLobApp(v) => &mut v.upload_state,
            Self::ManagedIosStoreApp(v) => &mut v.upload_state,
            Self::ManagedMobileLobApp(v) => &mut v.upload_state,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::ManagedApp(v) => &v.assignments,
            Self::ManagedAndroidLobApp(v) => &v.assignments,
            Self::ManagedAndroidStoreApp(v) => &v.assignments,
            Self::ManagedIosLobApp(v) => &v.assignments,
            Self::ManagedIosStoreApp(v) => &v.assignments,
            Self::ManagedMobileLobApp(v) => &v.assignments,
        }
    }
    /// `assignments` of any variant.
    #[inline]
    pub fn assignments_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppAssignment>> {
        match self {
            Self::ManagedApp(v) => &mut v.assignments,
            Self::ManagedAndroidLobApp(v) => &mut v.assignments,
            Self::ManagedAndroidStoreApp(v) => &mut v.assignments,
            Self::ManagedIosLobApp(v) => &mut v.assignments,
            Self::ManagedIosStoreApp(v) => &mut v.assignments,
            Self::ManagedMobileLobApp(v) => &mut v.assignments,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::ManagedApp(v) => &v.categories,
            Self::ManagedAndroidLobApp(v) => &v.categories,
            Self::ManagedAndroidStoreApp(v) => &v.categories,
            Self::ManagedIosLobApp(v) => &v.categories,
            Self::ManagedIosStoreApp(v) => &v.categories,
            Self::ManagedMobileLobApp(v) => &v.categories,
        }
    }
    /// `categories` of any variant.
    #[inline]
    pub fn categories_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppCategory>> {
        match self {
            Self::ManagedApp(v) => &mut v.categories,
            Self::ManagedAndroidLobApp(v) => &mut v.categories,
            Self::ManagedAndroidStoreApp(v) => &mut v.categories,
            Self::ManagedIosLobApp(v) => &mut v.categories,
            Self::ManagedIosStoreApp(v) => &mut v.categories,
            Self::ManagedMobileLobApp(v) => &mut v.categories,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::ManagedApp(v) => &v.device_statuses,
            Self::ManagedAndroidLobApp(v) => &v.device_statuses,
            Self::ManagedAndroidStoreApp(v) => &v.device_statuses,
            Self::ManagedIosLobApp(v) => &v.device_statuses,
            Self::ManagedIosStoreApp(v) => &v.device_statuses,
            Self::ManagedMobileLobApp(v) => &v.device_statuses,
        }
    }
    /// `deviceStatuses` of any variant.
    #[inline]
    pub fn device_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::MobileAppInstallStatus>> {
        match self {
            Self::ManagedApp(v) => &mut v.device_statuses,
            Self::ManagedAndroidLobApp(v) => &mut v.device_statuses,
            Self::ManagedAndroidStoreApp(v) => &mut v.device_statuses,
            Self::ManagedIosLobApp(v) => &mut v.device_statuses,
            Self::ManagedIosStoreApp(v) => &mut v.device_statuses,
            Self::ManagedMobileLobApp(v) => &mut v.device_statuses,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary(&self) -> &rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::ManagedApp(v) => &v.install_summary,
            Self::ManagedAndroidLobApp(v) => &v.install_summary,
            Self::ManagedAndroidStoreApp(v) => &v.install_summary,
            Self::ManagedIosLobApp(v) => &v.install_summary,
            Self::ManagedIosStoreApp(v) => &v.install_summary,
            Self::ManagedMobileLobApp(v) => &v.install_summary,
        }
    }
    /// `installSummary` of any variant.
    #[inline]
    pub fn install_summary_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::MobileAppInstallSummary> {
        match self {
            Self::ManagedApp(v) => &mut v.install_summary,
            Self::ManagedAndroidLobApp(v) => &mut v.install_summary,
            Self::ManagedAndroidStoreApp(v) => &mut v.install_summary,
            Self::ManagedIosLobApp(v) => &mut v.install_summary,
            Self::ManagedIosStoreApp(v) => &mut v.install_summary,
            Self::ManagedMobileLobApp(v) => &mut v.install_summary,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::ManagedApp(v) => &v.relationships,
            Self::ManagedAndroidLobApp(v) => &v.relationships,
            Self::ManagedAndroidStoreApp(v) => &v.relationships,
            Self::ManagedIosLobApp(v) => &v.relationships,
            Self::ManagedIosStoreApp(v) => &v.relationships,
            Self::ManagedMobileLobApp(v) => &v.relationships,
        }
    }
    /// `relationships` of any variant.
    #[inline]
    pub fn relationships_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyMobileAppRelationship>> {
        match self {
            Self::ManagedApp(v) => &mut v.relationships,
            Self::ManagedAndroidLobApp(v) => &mut v.relationships,
            Self::ManagedAndroidStoreApp(v) => &mut v.relationships,
            Self::ManagedIosLobApp(v) => &mut v.relationships,
            Self::ManagedIosStoreApp(v) => &mut v.relationships,
            Self::ManagedMobileLobApp(v) => &mut v.relationships,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::ManagedApp(v) => &v.user_statuses,
            Self::ManagedAndroidLobApp(v) => &v.user_statuses,
            Self::ManagedAndroidStoreApp(v) => &v.user_statuses,
            Self::ManagedIosLobApp(v) => &v.user_statuses,
            Self::ManagedIosStoreApp(v) => &v.user_statuses,
            Self::ManagedMobileLobApp(v) => &v.user_statuses,
        }
    }
    /// `userStatuses` of any variant.
    #[inline]
    pub fn user_statuses_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::UserAppInstallStatus>> {
        match self {
            Self::ManagedApp(v) => &mut v.user_statuses,
            Self::ManagedAndroidLobApp(v) => &mut v.user_statuses,
            Self::ManagedAndroidStoreApp(v) => &mut v.user_statuses,
            Self::ManagedIosLobApp(v) => &mut v.user_statuses,
            Self::ManagedIosStoreApp(v) => &mut v.user_statuses,
            Self::ManagedMobileLobApp(v) => &mut v.user_statuses,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability(&self) -> &rt::Field<crate::beta::ManagedAppAvailability> {
        match self {
            Self::ManagedApp(v) => &v.app_availability,
            Self::ManagedAndroidLobApp(v) => &v.app_availability,
            Self::ManagedAndroidStoreApp(v) => &v.app_availability,
            Self::ManagedIosLobApp(v) => &v.app_availability,
            Self::ManagedIosStoreApp(v) => &v.app_availability,
            Self::ManagedMobileLobApp(v) => &v.app_availability,
        }
    }
    /// `appAvailability` of any variant.
    #[inline]
    pub fn app_availability_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppAvailability> {
        match self {
            Self::ManagedApp(v) => &mut v.app_availability,
            Self::ManagedAndroidLobApp(v) => &mut v.app_availability,
            Self::ManagedAndroidStoreApp(v) => &mut v.app_availability,
            Self::ManagedIosLobApp(v) => &mut v.app_availability,
            Self::ManagedIosStoreApp(v) => &mut v.app_availability,
            Self::ManagedMobileLobApp(v) => &mut v.app_availability,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &v.version,
            Self::ManagedAndroidLobApp(v) => &v.version,
            Self::ManagedAndroidStoreApp(v) => &v.version,
            Self::ManagedIosLobApp(v) => &v.version,
            Self::ManagedIosStoreApp(v) => &v.version,
            Self::ManagedMobileLobApp(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedApp(v) => &mut v.version,
            Self::ManagedAndroidLobApp(v) => &mut v.version,
            Self::ManagedAndroidStoreApp(v) => &mut v.version,
            Self::ManagedIosLobApp(v) => &mut v.version,
            Self::ManagedIosStoreApp(v) => &mut v.version,
            Self::ManagedMobileLobApp(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyManagedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.managedAppAvailability`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppAvailability {
    /// `global` (value 0).
    Global,
    /// `lineOfBusiness` (value 1).
    LineOfBusiness,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for ManagedAppAvailability {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppAvailability";
    const MEMBERS: &'static [&'static str] = &["global", "lineOfBusiness"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "global" => Self::Global,
                "lineOfBusiness" => Self::LineOfBusiness,
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
            Self::Global => "global",
            Self::LineOfBusiness => "lineOfBusiness",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(ManagedAppAvailability);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppAvailability);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppClipboardSharingLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppClipboardSharingLevel {
    /// `allApps` (value 0).
    AllApps,
    /// `managedAppsWithPasteIn` (value 1).
    ManagedAppsWithPasteIn,
    /// `managedApps` (value 2).
    ManagedApps,
    /// `blocked` (value 3).
    Blocked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppClipboardSharingLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppClipboardSharingLevel";
    const MEMBERS: &'static [&'static str] = &[
        "allApps",
        "managedAppsWithPasteIn",
        "managedApps",
        "blocked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allApps" => Self::AllApps,
                "managedAppsWithPasteIn" => Self::ManagedAppsWithPasteIn,
                "managedApps" => Self::ManagedApps,
                "blocked" => Self::Blocked,
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
            Self::AllApps => "allApps",
            Self::ManagedAppsWithPasteIn => "managedAppsWithPasteIn",
            Self::ManagedApps => "managedApps",
            Self::Blocked => "blocked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppClipboardSharingLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppClipboardSharingLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Configuration used to deliver a set of custom settings as-is to apps for users to whom the configuration is scoped
///
/// CSDL: `microsoft.graph.managedAppConfiguration`, entity type, derived from `microsoft.graph.managedAppPolicy`, abstract, key `id`.
///
/// Request builders: [`ManagedAppPolicyPath`](requests/trait.ManagedAppPolicyPath.html), what a path to one (`EntityPath<AnyManagedAppConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// A set of string key and string value pairs to be sent to apps for users to whom the configuration is scoped, unalterned by this service
    ///
    /// CSDL: property `customSettings`: `Collection(microsoft.graph.keyValuePair)`, not nullable.
    pub custom_settings: rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            custom_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ManagedAppConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "customSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"customSettings\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(7usize, "custom_settings", &self.custom_settings);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ManagedAppConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.custom_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.custom_settings);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedAppConfiguration);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppConfiguration { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : ::std::string::String; with_custom_settings custom_settings
    : ::std::vec::Vec < crate ::beta::KeyValuePair >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppConfiguration);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.managedAppConfiguration` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppConfiguration {
    ManagedAppConfiguration(::std::boxed::Box<crate::beta::ManagedAppConfiguration>),
    TargetedManagedAppConfiguration(
        ::std::boxed::Box<crate::beta::TargetedManagedAppConfiguration>,
    ),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyManagedAppConfiguration {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppConfiguration>
for AnyManagedAppConfiguration {
    #[inline]
    fn from(v: crate::beta::ManagedAppConfiguration) -> Self {
        Self::ManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppConfiguration>
for AnyManagedAppConfiguration {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppConfiguration) -> Self {
        Self::TargetedManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyManagedAppConfiguration {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyManagedAppConfiguration {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyManagedAppConfiguration {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyManagedAppConfiguration {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppConfiguration {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedAppConfiguration>();
    rt::object::auto_traits::<crate::beta::TargetedManagedAppConfiguration>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyManagedAppConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => Self::TargetedManagedAppConfiguration(rt::object::new_boxed()),
            _ => Self::ManagedAppConfiguration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppConfiguration(v) => &**v,
            Self::TargetedManagedAppConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppConfiguration(v) => &mut **v,
            Self::TargetedManagedAppConfiguration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyManagedAppConfiguration {
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
            Self::ManagedAppConfiguration(v) => &v.id,
            Self::TargetedManagedAppConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.id,
            Self::TargetedManagedAppConfiguration(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.description,
            Self::TargetedManagedAppConfiguration(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.description,
            Self::TargetedManagedAppConfiguration(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.last_modified_date_time,
            Self::TargetedManagedAppConfiguration(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.role_scope_tag_ids,
            Self::TargetedManagedAppConfiguration(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::TargetedManagedAppConfiguration(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.version,
            Self::TargetedManagedAppConfiguration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.version,
            Self::TargetedManagedAppConfiguration(v) => &mut v.version,
        }
    }
    /// `customSettings` of any variant.
    #[inline]
    pub fn custom_settings(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::ManagedAppConfiguration(v) => &v.custom_settings,
            Self::TargetedManagedAppConfiguration(v) => &v.custom_settings,
        }
    }
    /// `customSettings` of any variant.
    #[inline]
    pub fn custom_settings_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::KeyValuePair>> {
        match self {
            Self::ManagedAppConfiguration(v) => &mut v.custom_settings,
            Self::TargetedManagedAppConfiguration(v) => &mut v.custom_settings,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyManagedAppConfiguration);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppConfiguration);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppDataEncryptionType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDataEncryptionType {
    /// `useDeviceSettings` (value 0).
    UseDeviceSettings,
    /// `afterDeviceRestart` (value 1).
    AfterDeviceRestart,
    /// `whenDeviceLockedExceptOpenFiles` (value 2).
    WhenDeviceLockedExceptOpenFiles,
    /// `whenDeviceLocked` (value 3).
    WhenDeviceLocked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDataEncryptionType {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDataEncryptionType";
    const MEMBERS: &'static [&'static str] = &[
        "useDeviceSettings",
        "afterDeviceRestart",
        "whenDeviceLockedExceptOpenFiles",
        "whenDeviceLocked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "useDeviceSettings" => Self::UseDeviceSettings,
                "afterDeviceRestart" => Self::AfterDeviceRestart,
                "whenDeviceLockedExceptOpenFiles" => {
                    Self::WhenDeviceLockedExceptOpenFiles
                }
                "whenDeviceLocked" => Self::WhenDeviceLocked,
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
            Self::UseDeviceSettings => "useDeviceSettings",
            Self::AfterDeviceRestart => "afterDeviceRestart",
            Self::WhenDeviceLockedExceptOpenFiles => "whenDeviceLockedExceptOpenFiles",
            Self::WhenDeviceLocked => "whenDeviceLocked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDataEncryptionType);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDataEncryptionType);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppDataIngestionLocation`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDataIngestionLocation {
    /// `oneDriveForBusiness` (value 1).
    OneDriveForBusiness,
    /// `sharePoint` (value 2).
    SharePoint,
    /// `camera` (value 3).
    Camera,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDataIngestionLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDataIngestionLocation";
    const MEMBERS: &'static [&'static str] = &[
        "oneDriveForBusiness",
        "sharePoint",
        "camera",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "oneDriveForBusiness" => Self::OneDriveForBusiness,
                "sharePoint" => Self::SharePoint,
                "camera" => Self::Camera,
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
            Self::OneDriveForBusiness => "oneDriveForBusiness",
            Self::SharePoint => "sharePoint",
            Self::Camera => "camera",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDataIngestionLocation);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDataIngestionLocation);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppDataStorageLocation`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDataStorageLocation {
    /// `oneDriveForBusiness` (value 1).
    OneDriveForBusiness,
    /// `sharePoint` (value 2).
    SharePoint,
    /// `box` (value 3).
    Box,
    /// `localStorage` (value 6).
    LocalStorage,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDataStorageLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDataStorageLocation";
    const MEMBERS: &'static [&'static str] = &[
        "oneDriveForBusiness",
        "sharePoint",
        "box",
        "localStorage",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "oneDriveForBusiness" => Self::OneDriveForBusiness,
                "sharePoint" => Self::SharePoint,
                "box" => Self::Box,
                "localStorage" => Self::LocalStorage,
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
            Self::OneDriveForBusiness => "oneDriveForBusiness",
            Self::SharePoint => "sharePoint",
            Self::Box => "box",
            Self::LocalStorage => "localStorage",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDataStorageLocation);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDataStorageLocation);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppDataTransferLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDataTransferLevel {
    /// `allApps` (value 0).
    AllApps,
    /// `managedApps` (value 1).
    ManagedApps,
    /// `none` (value 2).
    None,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDataTransferLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDataTransferLevel";
    const MEMBERS: &'static [&'static str] = &["allApps", "managedApps", "none"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allApps" => Self::AllApps,
                "managedApps" => Self::ManagedApps,
                "none" => Self::None,
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
            Self::AllApps => "allApps",
            Self::ManagedApps => "managedApps",
            Self::None => "none",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDataTransferLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDataTransferLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppDeviceThreatLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppDeviceThreatLevel {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `secured` (value 1).
    Secured,
    /// `low` (value 2).
    Low,
    /// `medium` (value 3).
    Medium,
    /// `high` (value 4).
    High,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppDeviceThreatLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDeviceThreatLevel";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "secured",
        "low",
        "medium",
        "high",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "secured" => Self::Secured,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
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
            Self::NotConfigured => "notConfigured",
            Self::Secured => "secured",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppDeviceThreatLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDeviceThreatLevel);
#[cfg(msgraph_beta_core)]
/// Represents diagnostics status.
///
/// CSDL: `microsoft.graph.managedAppDiagnosticStatus`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppDiagnosticStatus {
    /// Instruction on how to mitigate a failed validation
    ///
    /// CSDL: property `mitigationInstruction`: `Edm.String`, nullable.
    pub mitigation_instruction: rt::Field<::std::string::String>,
    /// The state of the operation
    ///
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// The validation friendly name
    ///
    /// CSDL: property `validationName`: `Edm.String`, nullable.
    pub validation_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for ManagedAppDiagnosticStatus {
    #[inline]
    fn default() -> Self {
        Self {
            mitigation_instruction: rt::Field::Absent,
            state: rt::Field::Absent,
            validation_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for ManagedAppDiagnosticStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppDiagnosticStatus";
    const KEYS: &'static [&'static str] = &[
        "mitigationInstruction",
        "state",
        "validationName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"mitigationInstruction\":        ",
        ",\"state\":                        ",
        ",\"validationName\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppDiagnosticStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "mitigation_instruction", &self.mitigation_instruction);
        v.field(1usize, "state", &self.state);
        v.field(2usize, "validation_name", &self.validation_name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for ManagedAppDiagnosticStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.mitigation_instruction.read_from(r),
            1usize => self.state.read_from(r),
            2usize => self.validation_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.mitigation_instruction);
        w.field(1usize, &self.state);
        w.field(2usize, &self.validation_name);
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
rt::impl_object!(ManagedAppDiagnosticStatus);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    ManagedAppDiagnosticStatus { with_mitigation_instruction mitigation_instruction :
    ::std::string::String; with_state state : ::std::string::String; with_validation_name
    validation_name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppDiagnosticStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// CSDL: `microsoft.graph.managedAppFlaggedReason`, enum type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppFlaggedReason {
    /// `none` (value 0).
    None,
    /// `rootedDevice` (value 1).
    RootedDevice,
    /// `androidBootloaderUnlocked` (value 2).
    AndroidBootloaderUnlocked,
    /// `androidFactoryRomModified` (value 3).
    AndroidFactoryRomModified,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::StrEnum for ManagedAppFlaggedReason {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppFlaggedReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "rootedDevice",
        "androidBootloaderUnlocked",
        "androidFactoryRomModified",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "rootedDevice" => Self::RootedDevice,
                "androidBootloaderUnlocked" => Self::AndroidBootloaderUnlocked,
                "androidFactoryRomModified" => Self::AndroidFactoryRomModified,
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
            Self::RootedDevice => "rootedDevice",
            Self::AndroidBootloaderUnlocked => "androidBootloaderUnlocked",
            Self::AndroidFactoryRomModified => "androidFactoryRomModified",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_enum!(ManagedAppFlaggedReason);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppFlaggedReason);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppNotificationRestriction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppNotificationRestriction {
    /// `allow` (value 0).
    Allow,
    /// `blockOrganizationalData` (value 1).
    BlockOrganizationalData,
    /// `block` (value 2).
    Block,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppNotificationRestriction {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppNotificationRestriction";
    const MEMBERS: &'static [&'static str] = &[
        "allow",
        "blockOrganizationalData",
        "block",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allow" => Self::Allow,
                "blockOrganizationalData" => Self::BlockOrganizationalData,
                "block" => Self::Block,
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
            Self::Allow => "allow",
            Self::BlockOrganizationalData => "blockOrganizationalData",
            Self::Block => "block",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppNotificationRestriction);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppNotificationRestriction);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Represents an operation applied against an app registration.
///
/// CSDL: `microsoft.graph.managedAppOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAppOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The operation name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// The last time the app operation was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The current state of the operation
    ///
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            state: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedAppOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "lastModifiedDateTime",
        "state",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"state\":                        ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "state", &self.state);
        v.field(4usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedAppOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.state.read_from(r),
            4usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.state);
        w.field(4usize, &self.version);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedAppOperation);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppOperation { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_state state :
    ::std::string::String; with_version version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppOperation);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppPhoneNumberRedirectLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppPhoneNumberRedirectLevel {
    /// `allApps` (value 0).
    AllApps,
    /// `managedApps` (value 1).
    ManagedApps,
    /// `customApp` (value 2).
    CustomApp,
    /// `blocked` (value 3).
    Blocked,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppPhoneNumberRedirectLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPhoneNumberRedirectLevel";
    const MEMBERS: &'static [&'static str] = &[
        "allApps",
        "managedApps",
        "customApp",
        "blocked",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allApps" => Self::AllApps,
                "managedApps" => Self::ManagedApps,
                "customApp" => Self::CustomApp,
                "blocked" => Self::Blocked,
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
            Self::AllApps => "allApps",
            Self::ManagedApps => "managedApps",
            Self::CustomApp => "customApp",
            Self::Blocked => "blocked",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppPhoneNumberRedirectLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPhoneNumberRedirectLevel);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppPinCharacterSet`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppPinCharacterSet {
    /// `numeric` (value 0).
    Numeric,
    /// `alphanumericAndSymbol` (value 1).
    AlphanumericAndSymbol,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppPinCharacterSet {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPinCharacterSet";
    const MEMBERS: &'static [&'static str] = &["numeric", "alphanumericAndSymbol"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "numeric" => Self::Numeric,
                "alphanumericAndSymbol" => Self::AlphanumericAndSymbol,
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
            Self::Numeric => "numeric",
            Self::AlphanumericAndSymbol => "alphanumericAndSymbol",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppPinCharacterSet);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPinCharacterSet);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The ManagedAppPolicy resource represents a base type for platform specific policies.
///
/// CSDL: `microsoft.graph.managedAppPolicy`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedAppPolicyPath`](requests/trait.ManagedAppPolicyPath.html), what a path to one (`EntityPath<AnyManagedAppPolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicy);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicy { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicy);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.managedAppPolicy` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppPolicy {
    ManagedAppPolicy(::std::boxed::Box<crate::beta::ManagedAppPolicy>),
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::beta::AndroidManagedAppProtection>,
    ),
    DefaultManagedAppProtection(
        ::std::boxed::Box<crate::beta::DefaultManagedAppProtection>,
    ),
    IosManagedAppProtection(::std::boxed::Box<crate::beta::IosManagedAppProtection>),
    ManagedAppConfiguration(::std::boxed::Box<crate::beta::ManagedAppConfiguration>),
    ManagedAppProtection(::std::boxed::Box<crate::beta::ManagedAppProtection>),
    MdmWindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::beta::MdmWindowsInformationProtectionPolicy>,
    ),
    TargetedManagedAppConfiguration(
        ::std::boxed::Box<crate::beta::TargetedManagedAppConfiguration>,
    ),
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::beta::TargetedManagedAppProtection>,
    ),
    WindowsInformationProtection(
        ::std::boxed::Box<crate::beta::WindowsInformationProtection>,
    ),
    WindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionPolicy>,
    ),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyManagedAppPolicy {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppPolicy(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppPolicy> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::ManagedAppPolicy) -> Self {
        Self::ManagedAppPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedAppProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DefaultManagedAppProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::DefaultManagedAppProtection) -> Self {
        Self::DefaultManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosManagedAppProtection> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppConfiguration> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::ManagedAppConfiguration) -> Self {
        Self::ManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppProtection> for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::ManagedAppProtection) -> Self {
        Self::ManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MdmWindowsInformationProtectionPolicy>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::MdmWindowsInformationProtectionPolicy) -> Self {
        Self::MdmWindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppConfiguration>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppConfiguration) -> Self {
        Self::TargetedManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtection>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtection) -> Self {
        Self::WindowsInformationProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::WindowsInformationProtectionPolicy>
for AnyManagedAppPolicy {
    #[inline]
    fn from(v: crate::beta::WindowsInformationProtectionPolicy) -> Self {
        Self::WindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyManagedAppPolicy {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyManagedAppPolicy {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyManagedAppPolicy {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyManagedAppPolicy {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppPolicy {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedAppPolicy>();
    rt::object::auto_traits::<crate::beta::AndroidManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::DefaultManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::IosManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::ManagedAppConfiguration>();
    rt::object::auto_traits::<crate::beta::ManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::MdmWindowsInformationProtectionPolicy>();
    rt::object::auto_traits::<crate::beta::TargetedManagedAppConfiguration>();
    rt::object::auto_traits::<crate::beta::TargetedManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::WindowsInformationProtection>();
    rt::object::auto_traits::<crate::beta::WindowsInformationProtectionPolicy>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyManagedAppPolicy {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppPolicy";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => Self::DefaultManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAppConfiguration") => {
                Self::ManagedAppConfiguration(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.managedAppProtection") => {
                Self::ManagedAppProtection(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => Self::MdmWindowsInformationProtectionPolicy(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => Self::TargetedManagedAppConfiguration(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtection",
            ) => Self::WindowsInformationProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => Self::WindowsInformationProtectionPolicy(rt::object::new_boxed()),
            _ => Self::ManagedAppPolicy(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppPolicy(v) => &**v,
            Self::AndroidManagedAppProtection(v) => &**v,
            Self::DefaultManagedAppProtection(v) => &**v,
            Self::IosManagedAppProtection(v) => &**v,
            Self::ManagedAppConfiguration(v) => &**v,
            Self::ManagedAppProtection(v) => &**v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &**v,
            Self::TargetedManagedAppConfiguration(v) => &**v,
            Self::TargetedManagedAppProtection(v) => &**v,
            Self::WindowsInformationProtection(v) => &**v,
            Self::WindowsInformationProtectionPolicy(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppPolicy(v) => &mut **v,
            Self::AndroidManagedAppProtection(v) => &mut **v,
            Self::DefaultManagedAppProtection(v) => &mut **v,
            Self::IosManagedAppProtection(v) => &mut **v,
            Self::ManagedAppConfiguration(v) => &mut **v,
            Self::ManagedAppProtection(v) => &mut **v,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut **v,
            Self::TargetedManagedAppConfiguration(v) => &mut **v,
            Self::TargetedManagedAppProtection(v) => &mut **v,
            Self::WindowsInformationProtection(v) => &mut **v,
            Self::WindowsInformationProtectionPolicy(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyManagedAppPolicy {
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
            Self::ManagedAppPolicy(v) => &v.id,
            Self::AndroidManagedAppProtection(v) => &v.id,
            Self::DefaultManagedAppProtection(v) => &v.id,
            Self::IosManagedAppProtection(v) => &v.id,
            Self::ManagedAppConfiguration(v) => &v.id,
            Self::ManagedAppProtection(v) => &v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.id,
            Self::TargetedManagedAppConfiguration(v) => &v.id,
            Self::TargetedManagedAppProtection(v) => &v.id,
            Self::WindowsInformationProtection(v) => &v.id,
            Self::WindowsInformationProtectionPolicy(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.id,
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            Self::DefaultManagedAppProtection(v) => &mut v.id,
            Self::IosManagedAppProtection(v) => &mut v.id,
            Self::ManagedAppConfiguration(v) => &mut v.id,
            Self::ManagedAppProtection(v) => &mut v.id,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.id,
            Self::TargetedManagedAppConfiguration(v) => &mut v.id,
            Self::TargetedManagedAppProtection(v) => &mut v.id,
            Self::WindowsInformationProtection(v) => &mut v.id,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &v.created_date_time,
            Self::IosManagedAppProtection(v) => &v.created_date_time,
            Self::ManagedAppConfiguration(v) => &v.created_date_time,
            Self::ManagedAppProtection(v) => &v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &v.created_date_time,
            Self::WindowsInformationProtection(v) => &v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.created_date_time,
            Self::IosManagedAppProtection(v) => &mut v.created_date_time,
            Self::ManagedAppConfiguration(v) => &mut v.created_date_time,
            Self::ManagedAppProtection(v) => &mut v.created_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
            Self::TargetedManagedAppConfiguration(v) => &mut v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.created_date_time,
            Self::WindowsInformationProtection(v) => &mut v.created_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &v.description,
            Self::AndroidManagedAppProtection(v) => &v.description,
            Self::DefaultManagedAppProtection(v) => &v.description,
            Self::IosManagedAppProtection(v) => &v.description,
            Self::ManagedAppConfiguration(v) => &v.description,
            Self::ManagedAppProtection(v) => &v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.description,
            Self::TargetedManagedAppConfiguration(v) => &v.description,
            Self::TargetedManagedAppProtection(v) => &v.description,
            Self::WindowsInformationProtection(v) => &v.description,
            Self::WindowsInformationProtectionPolicy(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.description,
            Self::AndroidManagedAppProtection(v) => &mut v.description,
            Self::DefaultManagedAppProtection(v) => &mut v.description,
            Self::IosManagedAppProtection(v) => &mut v.description,
            Self::ManagedAppConfiguration(v) => &mut v.description,
            Self::ManagedAppProtection(v) => &mut v.description,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.description,
            Self::TargetedManagedAppConfiguration(v) => &mut v.description,
            Self::TargetedManagedAppProtection(v) => &mut v.description,
            Self::WindowsInformationProtection(v) => &mut v.description,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &v.display_name,
            Self::AndroidManagedAppProtection(v) => &v.display_name,
            Self::DefaultManagedAppProtection(v) => &v.display_name,
            Self::IosManagedAppProtection(v) => &v.display_name,
            Self::ManagedAppConfiguration(v) => &v.display_name,
            Self::ManagedAppProtection(v) => &v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &v.display_name,
            Self::TargetedManagedAppProtection(v) => &v.display_name,
            Self::WindowsInformationProtection(v) => &v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.display_name,
            Self::AndroidManagedAppProtection(v) => &mut v.display_name,
            Self::DefaultManagedAppProtection(v) => &mut v.display_name,
            Self::IosManagedAppProtection(v) => &mut v.display_name,
            Self::ManagedAppConfiguration(v) => &mut v.display_name,
            Self::ManagedAppProtection(v) => &mut v.display_name,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.display_name,
            Self::TargetedManagedAppConfiguration(v) => &mut v.display_name,
            Self::TargetedManagedAppProtection(v) => &mut v.display_name,
            Self::WindowsInformationProtection(v) => &mut v.display_name,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &v.last_modified_date_time,
            Self::ManagedAppConfiguration(v) => &v.last_modified_date_time,
            Self::ManagedAppProtection(v) => &v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppConfiguration(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &v.last_modified_date_time,
            Self::WindowsInformationProtection(v) => &v.last_modified_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::ManagedAppConfiguration(v) => &mut v.last_modified_date_time,
            Self::ManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                &mut v.last_modified_date_time
            }
            Self::TargetedManagedAppConfiguration(v) => &mut v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::WindowsInformationProtection(v) => &mut v.last_modified_date_time,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedAppPolicy(v) => &v.role_scope_tag_ids,
            Self::AndroidManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::DefaultManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::IosManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::ManagedAppConfiguration(v) => &v.role_scope_tag_ids,
            Self::ManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.role_scope_tag_ids,
            Self::TargetedManagedAppConfiguration(v) => &v.role_scope_tag_ids,
            Self::TargetedManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::WindowsInformationProtection(v) => &v.role_scope_tag_ids,
            Self::WindowsInformationProtectionPolicy(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.role_scope_tag_ids,
            Self::AndroidManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::DefaultManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::IosManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::ManagedAppConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::ManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.role_scope_tag_ids,
            Self::TargetedManagedAppConfiguration(v) => &mut v.role_scope_tag_ids,
            Self::TargetedManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::WindowsInformationProtection(v) => &mut v.role_scope_tag_ids,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &v.version,
            Self::AndroidManagedAppProtection(v) => &v.version,
            Self::DefaultManagedAppProtection(v) => &v.version,
            Self::IosManagedAppProtection(v) => &v.version,
            Self::ManagedAppConfiguration(v) => &v.version,
            Self::ManagedAppProtection(v) => &v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.version,
            Self::TargetedManagedAppConfiguration(v) => &v.version,
            Self::TargetedManagedAppProtection(v) => &v.version,
            Self::WindowsInformationProtection(v) => &v.version,
            Self::WindowsInformationProtectionPolicy(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppPolicy(v) => &mut v.version,
            Self::AndroidManagedAppProtection(v) => &mut v.version,
            Self::DefaultManagedAppProtection(v) => &mut v.version,
            Self::IosManagedAppProtection(v) => &mut v.version,
            Self::ManagedAppConfiguration(v) => &mut v.version,
            Self::ManagedAppProtection(v) => &mut v.version,
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.version,
            Self::TargetedManagedAppConfiguration(v) => &mut v.version,
            Self::TargetedManagedAppProtection(v) => &mut v.version,
            Self::WindowsInformationProtection(v) => &mut v.version,
            Self::WindowsInformationProtectionPolicy(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyManagedAppPolicy);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppPolicy);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// The ManagedAppEntity is the base entity type for all other entity types under app management workflow.
///
/// CSDL: `microsoft.graph.managedAppPolicyDeploymentSummary`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicyDeploymentSummary {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configurationDeployedUserCount`: `Edm.Int32`, not nullable.
    pub configuration_deployed_user_count: rt::Field<i32>,
    /// CSDL: property `configurationDeploymentSummaryPerApp`: `Collection(microsoft.graph.managedAppPolicyDeploymentSummaryPerApp)`, nullable.
    pub configuration_deployment_summary_per_app: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppPolicyDeploymentSummaryPerApp>,
    >,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastRefreshTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_refresh_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicyDeploymentSummary {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration_deployed_user_count: rt::Field::Absent,
            configuration_deployment_summary_per_app: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_refresh_time: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicyDeploymentSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummary";
    const KEYS: &'static [&'static str] = &[
        "id",
        "configurationDeployedUserCount",
        "configurationDeploymentSummaryPerApp",
        "displayName",
        "lastRefreshTime",
        "version",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configurationDeployedUserCount\":",
        ",\"configurationDeploymentSummaryPerApp\":",
        ",\"displayName\":                  ",
        ",\"lastRefreshTime\":              ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppPolicyDeploymentSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "configuration_deployed_user_count",
            &self.configuration_deployed_user_count,
        );
        v.field(
            2usize,
            "configuration_deployment_summary_per_app",
            &self.configuration_deployment_summary_per_app,
        );
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_refresh_time", &self.last_refresh_time);
        v.field(5usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicyDeploymentSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration_deployed_user_count.read_from(r),
            2usize => self.configuration_deployment_summary_per_app.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_refresh_time.read_from(r),
            5usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration_deployed_user_count);
        w.field(2usize, &self.configuration_deployment_summary_per_app);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_refresh_time);
        w.field(5usize, &self.version);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicyDeploymentSummary);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicyDeploymentSummary { with_id id : ::std::string::String;
    with_configuration_deployed_user_count configuration_deployed_user_count : i32;
    with_configuration_deployment_summary_per_app
    configuration_deployment_summary_per_app : ::std::vec::Vec < crate
    ::beta::ManagedAppPolicyDeploymentSummaryPerApp >; with_display_name display_name :
    ::std::string::String; with_last_refresh_time last_refresh_time :
    rt::edm::DateTimeOffset; with_version version : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicyDeploymentSummary);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Represents policy deployment summary per app.
///
/// CSDL: `microsoft.graph.managedAppPolicyDeploymentSummaryPerApp`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppPolicyDeploymentSummaryPerApp {
    /// Number of users the policy is applied.
    ///
    /// CSDL: property `configurationAppliedUserCount`: `Edm.Int32`, not nullable.
    pub configuration_applied_user_count: rt::Field<i32>,
    /// Deployment of an app.
    ///
    /// CSDL: property `mobileAppIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub mobile_app_identifier: rt::Field<crate::beta::AnyMobileAppIdentifier>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppPolicyDeploymentSummaryPerApp {
    #[inline]
    fn default() -> Self {
        Self {
            configuration_applied_user_count: rt::Field::Absent,
            mobile_app_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ManagedAppPolicyDeploymentSummaryPerApp {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummaryPerApp";
    const KEYS: &'static [&'static str] = &[
        "configurationAppliedUserCount",
        "mobileAppIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"configurationAppliedUserCount\":",
        ",\"mobileAppIdentifier\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppPolicyDeploymentSummaryPerApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "configuration_applied_user_count",
            &self.configuration_applied_user_count,
        );
        v.field(1usize, "mobile_app_identifier", &self.mobile_app_identifier);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ManagedAppPolicyDeploymentSummaryPerApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.configuration_applied_user_count.read_from(r),
            1usize => self.mobile_app_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.configuration_applied_user_count);
        w.field(1usize, &self.mobile_app_identifier);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedAppPolicyDeploymentSummaryPerApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppPolicyDeploymentSummaryPerApp { with_configuration_applied_user_count
    configuration_applied_user_count : i32; with_mobile_app_identifier
    mobile_app_identifier : crate ::beta::AnyMobileAppIdentifier; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppPolicyDeploymentSummaryPerApp);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// Policy used to configure detailed management settings for a specified set of apps
///
/// CSDL: `microsoft.graph.managedAppProtection`, entity type, derived from `microsoft.graph.managedAppPolicy`, abstract, key `id`.
///
/// Request builders: [`ManagedAppProtectionPath`](requests/trait.ManagedAppProtectionPath.html), what a path to one (`EntityPath<AnyManagedAppProtection, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ManagedAppProtection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The date and time the policy was created.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The policy's description.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// Policy display name.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Last time the policy was modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// List of Scope Tags for this Entity instance.
    ///
    /// CSDL: property `roleScopeTagIds`: `Collection(Edm.String)`, nullable.
    pub role_scope_tag_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataIngestionLocations`: `Collection(microsoft.graph.managedAppDataIngestionLocation)`, not nullable.
    pub allowed_data_ingestion_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>,
    >,
    /// Data storage locations where a user may store managed data.
    ///
    /// CSDL: property `allowedDataStorageLocations`: `Collection(microsoft.graph.managedAppDataStorageLocation)`, not nullable.
    pub allowed_data_storage_locations: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>,
    >,
    /// Sources from which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedInboundDataTransferSources`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_inbound_data_transfer_sources: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Specify the number of characters that may be cut or copied from Org data and accounts to any application. This setting overrides the AllowedOutboundClipboardSharingLevel restriction. Default value of '0' means no exception is allowed.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingExceptionLength`: `Edm.Int32`, not nullable.
    pub allowed_outbound_clipboard_sharing_exception_length: rt::Field<i32>,
    /// The level to which the clipboard may be shared between apps on the managed device.
    ///
    /// CSDL: property `allowedOutboundClipboardSharingLevel`: `microsoft.graph.managedAppClipboardSharingLevel`, not nullable.
    pub allowed_outbound_clipboard_sharing_level: rt::Field<
        crate::beta::ManagedAppClipboardSharingLevel,
    >,
    /// Destinations to which data is allowed to be transferred.
    ///
    /// CSDL: property `allowedOutboundDataTransferDestinations`: `microsoft.graph.managedAppDataTransferLevel`, not nullable.
    pub allowed_outbound_data_transfer_destinations: rt::Field<
        crate::beta::ManagedAppDataTransferLevel,
    >,
    /// Defines a managed app behavior, either block or wipe, when the device is either rooted or jailbroken, if DeviceComplianceRequired is set to true.
    ///
    /// CSDL: property `appActionIfDeviceComplianceRequired`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_device_compliance_required: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Defines a managed app behavior, either block or wipe, based on maximum number of incorrect pin retry attempts.
    ///
    /// CSDL: property `appActionIfMaximumPinRetriesExceeded`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub app_action_if_maximum_pin_retries_exceeded: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// If set, it will specify what action to take in the case where the user is unable to checkin because their authentication token is invalid. This happens when the user is deleted or disabled in AAD.
    ///
    /// CSDL: property `appActionIfUnableToAuthenticateUser`: `microsoft.graph.managedAppRemediationAction`, nullable.
    pub app_action_if_unable_to_authenticate_user: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Indicates whether a user can bring data into org documents.
    ///
    /// CSDL: property `blockDataIngestionIntoOrganizationDocuments`: `Edm.Boolean`, not nullable.
    pub block_data_ingestion_into_organization_documents: rt::Field<bool>,
    /// Indicates whether contacts can be synced to the user's device.
    ///
    /// CSDL: property `contactSyncBlocked`: `Edm.Boolean`, not nullable.
    pub contact_sync_blocked: rt::Field<bool>,
    /// Indicates whether the backup of a managed app's data is blocked.
    ///
    /// CSDL: property `dataBackupBlocked`: `Edm.Boolean`, not nullable.
    pub data_backup_blocked: rt::Field<bool>,
    /// Indicates whether device compliance is required.
    ///
    /// CSDL: property `deviceComplianceRequired`: `Edm.Boolean`, not nullable.
    pub device_compliance_required: rt::Field<bool>,
    /// The classes of dialer apps that are allowed to click-to-open a phone number.
    ///
    /// CSDL: property `dialerRestrictionLevel`: `microsoft.graph.managedAppPhoneNumberRedirectLevel`, not nullable.
    pub dialer_restriction_level: rt::Field<
        crate::beta::ManagedAppPhoneNumberRedirectLevel,
    >,
    /// Indicates whether use of the app pin is required if the device pin is set.
    ///
    /// CSDL: property `disableAppPinIfDevicePinIsSet`: `Edm.Boolean`, not nullable.
    pub disable_app_pin_if_device_pin_is_set: rt::Field<bool>,
    /// Indicates whether use of the fingerprint reader is allowed in place of a pin if PinRequired is set to True.
    ///
    /// CSDL: property `fingerprintBlocked`: `Edm.Boolean`, not nullable.
    pub fingerprint_blocked: rt::Field<bool>,
    /// Indicates in which managed browser(s) that internet links should be opened. When this property is configured, ManagedBrowserToOpenLinksRequired should be true.
    ///
    /// CSDL: property `managedBrowser`: `microsoft.graph.managedBrowserType`, not nullable.
    pub managed_browser: rt::Field<rt::Flags<crate::beta::ManagedBrowserType>>,
    /// Indicates whether internet links should be opened in the managed browser app, or any custom browser specified by CustomBrowserProtocol (for iOS) or CustomBrowserPackageId/CustomBrowserDisplayName (for Android)
    ///
    /// CSDL: property `managedBrowserToOpenLinksRequired`: `Edm.Boolean`, not nullable.
    pub managed_browser_to_open_links_required: rt::Field<bool>,
    /// Maximum allowed device threat level, as reported by the MTD app
    ///
    /// CSDL: property `maximumAllowedDeviceThreatLevel`: `microsoft.graph.managedAppDeviceThreatLevel`, not nullable.
    pub maximum_allowed_device_threat_level: rt::Field<
        crate::beta::ManagedAppDeviceThreatLevel,
    >,
    /// Maximum number of incorrect pin retry attempts before the managed app is either blocked or wiped.
    ///
    /// CSDL: property `maximumPinRetries`: `Edm.Int32`, not nullable.
    pub maximum_pin_retries: rt::Field<i32>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumRequiredOsVersion`: `Edm.String`, nullable.
    pub maximum_required_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWarningOsVersion`: `Edm.String`, nullable.
    pub maximum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions bigger than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `maximumWipeOsVersion`: `Edm.String`, nullable.
    pub maximum_wipe_os_version: rt::Field<::std::string::String>,
    /// Minimum pin length required for an app-level pin if PinRequired is set to True
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, not nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredAppVersion`: `Edm.String`, nullable.
    pub minimum_required_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will block the managed app from accessing company data.
    ///
    /// CSDL: property `minimumRequiredOsVersion`: `Edm.String`, nullable.
    pub minimum_required_os_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app.
    ///
    /// CSDL: property `minimumWarningAppVersion`: `Edm.String`, nullable.
    pub minimum_warning_app_version: rt::Field<::std::string::String>,
    /// Versions less than the specified version will result in warning message on the managed app from accessing company data.
    ///
    /// CSDL: property `minimumWarningOsVersion`: `Edm.String`, nullable.
    pub minimum_warning_os_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeAppVersion`: `Edm.String`, nullable.
    pub minimum_wipe_app_version: rt::Field<::std::string::String>,
    /// Versions less than or equal to the specified version will wipe the managed app and the associated company data.
    ///
    /// CSDL: property `minimumWipeOsVersion`: `Edm.String`, nullable.
    pub minimum_wipe_os_version: rt::Field<::std::string::String>,
    /// Determines what action to take if the mobile threat defense threat threshold isn't met. Warn isn't a supported value for this property
    ///
    /// CSDL: property `mobileThreatDefenseRemediationAction`: `microsoft.graph.managedAppRemediationAction`, not nullable.
    pub mobile_threat_defense_remediation_action: rt::Field<
        crate::beta::ManagedAppRemediationAction,
    >,
    /// Specify app notification restriction
    ///
    /// CSDL: property `notificationRestriction`: `microsoft.graph.managedAppNotificationRestriction`, not nullable.
    pub notification_restriction: rt::Field<
        crate::beta::ManagedAppNotificationRestriction,
    >,
    /// Indicates whether organizational credentials are required for app use.
    ///
    /// CSDL: property `organizationalCredentialsRequired`: `Edm.Boolean`, not nullable.
    pub organizational_credentials_required: rt::Field<bool>,
    /// TimePeriod before the all-level pin must be reset if PinRequired is set to True.
    ///
    /// CSDL: property `periodBeforePinReset`: `Edm.Duration`, not nullable.
    pub period_before_pin_reset: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is not connected to the internet.
    ///
    /// CSDL: property `periodOfflineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_offline_before_access_check: rt::Field<rt::edm::Duration>,
    /// The amount of time an app is allowed to remain disconnected from the internet before all managed data it is wiped.
    ///
    /// CSDL: property `periodOfflineBeforeWipeIsEnforced`: `Edm.Duration`, not nullable.
    pub period_offline_before_wipe_is_enforced: rt::Field<rt::edm::Duration>,
    /// The period after which access is checked when the device is connected to the internet.
    ///
    /// CSDL: property `periodOnlineBeforeAccessCheck`: `Edm.Duration`, not nullable.
    pub period_online_before_access_check: rt::Field<rt::edm::Duration>,
    /// Character set which may be used for an app-level pin if PinRequired is set to True.
    ///
    /// CSDL: property `pinCharacterSet`: `microsoft.graph.managedAppPinCharacterSet`, not nullable.
    pub pin_character_set: rt::Field<crate::beta::ManagedAppPinCharacterSet>,
    /// Indicates whether an app-level pin is required.
    ///
    /// CSDL: property `pinRequired`: `Edm.Boolean`, not nullable.
    pub pin_required: rt::Field<bool>,
    /// Timeout in minutes for an app pin instead of non biometrics passcode
    ///
    /// CSDL: property `pinRequiredInsteadOfBiometricTimeout`: `Edm.Duration`, nullable.
    pub pin_required_instead_of_biometric_timeout: rt::Field<rt::edm::Duration>,
    /// Requires a pin to be unique from the number specified in this property.
    ///
    /// CSDL: property `previousPinBlockCount`: `Edm.Int32`, not nullable.
    pub previous_pin_block_count: rt::Field<i32>,
    /// Indicates whether printing is allowed from managed apps.
    ///
    /// CSDL: property `printBlocked`: `Edm.Boolean`, not nullable.
    pub print_blocked: rt::Field<bool>,
    /// Indicates whether users may use the "Save As" menu item to save a copy of protected files.
    ///
    /// CSDL: property `saveAsBlocked`: `Edm.Boolean`, not nullable.
    pub save_as_blocked: rt::Field<bool>,
    /// Indicates whether simplePin is blocked.
    ///
    /// CSDL: property `simplePinBlocked`: `Edm.Boolean`, not nullable.
    pub simple_pin_blocked: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for ManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            role_scope_tag_ids: rt::Field::Absent,
            version: rt::Field::Absent,
            allowed_data_ingestion_locations: rt::Field::Absent,
            allowed_data_storage_locations: rt::Field::Absent,
            allowed_inbound_data_transfer_sources: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_exception_length: rt::Field::Absent,
            allowed_outbound_clipboard_sharing_level: rt::Field::Absent,
            allowed_outbound_data_transfer_destinations: rt::Field::Absent,
            app_action_if_device_compliance_required: rt::Field::Absent,
            app_action_if_maximum_pin_retries_exceeded: rt::Field::Absent,
            app_action_if_unable_to_authenticate_user: rt::Field::Absent,
            block_data_ingestion_into_organization_documents: rt::Field::Absent,
            contact_sync_blocked: rt::Field::Absent,
            data_backup_blocked: rt::Field::Absent,
            device_compliance_required: rt::Field::Absent,
            dialer_restriction_level: rt::Field::Absent,
            disable_app_pin_if_device_pin_is_set: rt::Field::Absent,
            fingerprint_blocked: rt::Field::Absent,
            managed_browser: rt::Field::Absent,
            managed_browser_to_open_links_required: rt::Field::Absent,
            maximum_allowed_device_threat_level: rt::Field::Absent,
            maximum_pin_retries: rt::Field::Absent,
            maximum_required_os_version: rt::Field::Absent,
            maximum_warning_os_version: rt::Field::Absent,
            maximum_wipe_os_version: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            minimum_required_app_version: rt::Field::Absent,
            minimum_required_os_version: rt::Field::Absent,
            minimum_warning_app_version: rt::Field::Absent,
            minimum_warning_os_version: rt::Field::Absent,
            minimum_wipe_app_version: rt::Field::Absent,
            minimum_wipe_os_version: rt::Field::Absent,
            mobile_threat_defense_remediation_action: rt::Field::Absent,
            notification_restriction: rt::Field::Absent,
            organizational_credentials_required: rt::Field::Absent,
            period_before_pin_reset: rt::Field::Absent,
            period_offline_before_access_check: rt::Field::Absent,
            period_offline_before_wipe_is_enforced: rt::Field::Absent,
            period_online_before_access_check: rt::Field::Absent,
            pin_character_set: rt::Field::Absent,
            pin_required: rt::Field::Absent,
            pin_required_instead_of_biometric_timeout: rt::Field::Absent,
            previous_pin_block_count: rt::Field::Absent,
            print_blocked: rt::Field::Absent,
            save_as_blocked: rt::Field::Absent,
            simple_pin_blocked: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for ManagedAppProtection {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppProtection";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "description",
        "displayName",
        "lastModifiedDateTime",
        "roleScopeTagIds",
        "version",
        "allowedDataIngestionLocations",
        "allowedDataStorageLocations",
        "allowedInboundDataTransferSources",
        "allowedOutboundClipboardSharingExceptionLength",
        "allowedOutboundClipboardSharingLevel",
        "allowedOutboundDataTransferDestinations",
        "appActionIfDeviceComplianceRequired",
        "appActionIfMaximumPinRetriesExceeded",
        "appActionIfUnableToAuthenticateUser",
        "blockDataIngestionIntoOrganizationDocuments",
        "contactSyncBlocked",
        "dataBackupBlocked",
        "deviceComplianceRequired",
        "dialerRestrictionLevel",
        "disableAppPinIfDevicePinIsSet",
        "fingerprintBlocked",
        "managedBrowser",
        "managedBrowserToOpenLinksRequired",
        "maximumAllowedDeviceThreatLevel",
        "maximumPinRetries",
        "maximumRequiredOsVersion",
        "maximumWarningOsVersion",
        "maximumWipeOsVersion",
        "minimumPinLength",
        "minimumRequiredAppVersion",
        "minimumRequiredOsVersion",
        "minimumWarningAppVersion",
        "minimumWarningOsVersion",
        "minimumWipeAppVersion",
        "minimumWipeOsVersion",
        "mobileThreatDefenseRemediationAction",
        "notificationRestriction",
        "organizationalCredentialsRequired",
        "periodBeforePinReset",
        "periodOfflineBeforeAccessCheck",
        "periodOfflineBeforeWipeIsEnforced",
        "periodOnlineBeforeAccessCheck",
        "pinCharacterSet",
        "pinRequired",
        "pinRequiredInsteadOfBiometricTimeout",
        "previousPinBlockCount",
        "printBlocked",
        "saveAsBlocked",
        "simplePinBlocked",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"lastModifiedDateTime\":         ",
        ",\"roleScopeTagIds\":              ",
        ",\"version\":                      ",
        ",\"allowedDataIngestionLocations\":",
        ",\"allowedDataStorageLocations\":  ",
        ",\"allowedInboundDataTransferSources\":",
        ",\"allowedOutboundClipboardSharingExceptionLength\":",
        ",\"allowedOutboundClipboardSharingLevel\":",
        ",\"allowedOutboundDataTransferDestinations\":",
        ",\"appActionIfDeviceComplianceRequired\":",
        ",\"appActionIfMaximumPinRetriesExceeded\":",
        ",\"appActionIfUnableToAuthenticateUser\":",
        ",\"blockDataIngestionIntoOrganizationDocuments\":",
        ",\"contactSyncBlocked\":           ",
        ",\"dataBackupBlocked\":            ",
        ",\"deviceComplianceRequired\":     ",
        ",\"dialerRestrictionLevel\":       ",
        ",\"disableAppPinIfDevicePinIsSet\":",
        ",\"fingerprintBlocked\":           ",
        ",\"managedBrowser\":               ",
        ",\"managedBrowserToOpenLinksRequired\":",
        ",\"maximumAllowedDeviceThreatLevel\":",
        ",\"maximumPinRetries\":            ",
        ",\"maximumRequiredOsVersion\":     ",
        ",\"maximumWarningOsVersion\":      ",
        ",\"maximumWipeOsVersion\":         ",
        ",\"minimumPinLength\":             ",
        ",\"minimumRequiredAppVersion\":    ",
        ",\"minimumRequiredOsVersion\":     ",
        ",\"minimumWarningAppVersion\":     ",
        ",\"minimumWarningOsVersion\":      ",
        ",\"minimumWipeAppVersion\":        ",
        ",\"minimumWipeOsVersion\":         ",
        ",\"mobileThreatDefenseRemediationAction\":",
        ",\"notificationRestriction\":      ",
        ",\"organizationalCredentialsRequired\":",
        ",\"periodBeforePinReset\":         ",
        ",\"periodOfflineBeforeAccessCheck\":",
        ",\"periodOfflineBeforeWipeIsEnforced\":",
        ",\"periodOnlineBeforeAccessCheck\":",
        ",\"pinCharacterSet\":              ",
        ",\"pinRequired\":                  ",
        ",\"pinRequiredInsteadOfBiometricTimeout\":",
        ",\"previousPinBlockCount\":        ",
        ",\"printBlocked\":                 ",
        ",\"saveAsBlocked\":                ",
        ",\"simplePinBlocked\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppProtection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "role_scope_tag_ids", &self.role_scope_tag_ids);
        v.field(6usize, "version", &self.version);
        v.field(
            7usize,
            "allowed_data_ingestion_locations",
            &self.allowed_data_ingestion_locations,
        );
        v.field(
            8usize,
            "allowed_data_storage_locations",
            &self.allowed_data_storage_locations,
        );
        v.field(
            9usize,
            "allowed_inbound_data_transfer_sources",
            &self.allowed_inbound_data_transfer_sources,
        );
        v.field(
            10usize,
            "allowed_outbound_clipboard_sharing_exception_length",
            &self.allowed_outbound_clipboard_sharing_exception_length,
        );
        v.field(
            11usize,
            "allowed_outbound_clipboard_sharing_level",
            &self.allowed_outbound_clipboard_sharing_level,
        );
        v.field(
            12usize,
            "allowed_outbound_data_transfer_destinations",
            &self.allowed_outbound_data_transfer_destinations,
        );
        v.field(
            13usize,
            "app_action_if_device_compliance_required",
            &self.app_action_if_device_compliance_required,
        );
        v.field(
            14usize,
            "app_action_if_maximum_pin_retries_exceeded",
            &self.app_action_if_maximum_pin_retries_exceeded,
        );
        v.field(
            15usize,
            "app_action_if_unable_to_authenticate_user",
            &self.app_action_if_unable_to_authenticate_user,
        );
        v.field(
            16usize,
            "block_data_ingestion_into_organization_documents",
            &self.block_data_ingestion_into_organization_documents,
        );
        v.field(17usize, "contact_sync_blocked", &self.contact_sync_blocked);
        v.field(18usize, "data_backup_blocked", &self.data_backup_blocked);
        v.field(19usize, "device_compliance_required", &self.device_compliance_required);
        v.field(20usize, "dialer_restriction_level", &self.dialer_restriction_level);
        v.field(
            21usize,
            "disable_app_pin_if_device_pin_is_set",
            &self.disable_app_pin_if_device_pin_is_set,
        );
        v.field(22usize, "fingerprint_blocked", &self.fingerprint_blocked);
        v.field(23usize, "managed_browser", &self.managed_browser);
        v.field(
            24usize,
            "managed_browser_to_open_links_required",
            &self.managed_browser_to_open_links_required,
        );
        v.field(
            25usize,
            "maximum_allowed_device_threat_level",
            &self.maximum_allowed_device_threat_level,
        );
        v.field(26usize, "maximum_pin_retries", &self.maximum_pin_retries);
        v.field(
            27usize,
            "maximum_required_os_version",
            &self.maximum_required_os_version,
        );
        v.field(28usize, "maximum_warning_os_version", &self.maximum_warning_os_version);
        v.field(29usize, "maximum_wipe_os_version", &self.maximum_wipe_os_version);
        v.field(30usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            31usize,
            "minimum_required_app_version",
            &self.minimum_required_app_version,
        );
        v.field(
            32usize,
            "minimum_required_os_version",
            &self.minimum_required_os_version,
        );
        v.field(
            33usize,
            "minimum_warning_app_version",
            &self.minimum_warning_app_version,
        );
        v.field(34usize, "minimum_warning_os_version", &self.minimum_warning_os_version);
        v.field(35usize, "minimum_wipe_app_version", &self.minimum_wipe_app_version);
        v.field(36usize, "minimum_wipe_os_version", &self.minimum_wipe_os_version);
        v.field(
            37usize,
            "mobile_threat_defense_remediation_action",
            &self.mobile_threat_defense_remediation_action,
        );
        v.field(38usize, "notification_restriction", &self.notification_restriction);
        v.field(
            39usize,
            "organizational_credentials_required",
            &self.organizational_credentials_required,
        );
        v.field(40usize, "period_before_pin_reset", &self.period_before_pin_reset);
        v.field(
            41usize,
            "period_offline_before_access_check",
            &self.period_offline_before_access_check,
        );
        v.field(
            42usize,
            "period_offline_before_wipe_is_enforced",
            &self.period_offline_before_wipe_is_enforced,
        );
        v.field(
            43usize,
            "period_online_before_access_check",
            &self.period_online_before_access_check,
        );
        v.field(44usize, "pin_character_set", &self.pin_character_set);
        v.field(45usize, "pin_required", &self.pin_required);
        v.field(
            46usize,
            "pin_required_instead_of_biometric_timeout",
            &self.pin_required_instead_of_biometric_timeout,
        );
        v.field(47usize, "previous_pin_block_count", &self.previous_pin_block_count);
        v.field(48usize, "print_blocked", &self.print_blocked);
        v.field(49usize, "save_as_blocked", &self.save_as_blocked);
        v.field(50usize, "simple_pin_blocked", &self.simple_pin_blocked);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for ManagedAppProtection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.role_scope_tag_ids.read_from(r),
            6usize => self.version.read_from(r),
            7usize => self.allowed_data_ingestion_locations.read_from(r),
            8usize => self.allowed_data_storage_locations.read_from(r),
            9usize => self.allowed_inbound_data_transfer_sources.read_from(r),
            10usize => {
                self.allowed_outbound_clipboard_sharing_exception_length.read_from(r)
            }
            11usize => self.allowed_outbound_clipboard_sharing_level.read_from(r),
            12usize => self.allowed_outbound_data_transfer_destinations.read_from(r),
            13usize => self.app_action_if_device_compliance_required.read_from(r),
            14usize => self.app_action_if_maximum_pin_retries_exceeded.read_from(r),
            15usize => self.app_action_if_unable_to_authenticate_user.read_from(r),
            16usize => self.block_data_ingestion_into_organization_documents.read_from(r),
            17usize => self.contact_sync_blocked.read_from(r),
            18usize => self.data_backup_blocked.read_from(r),
            19usize => self.device_compliance_required.read_from(r),
            20usize => self.dialer_restriction_level.read_from(r),
            21usize => self.disable_app_pin_if_device_pin_is_set.read_from(r),
            22usize => self.fingerprint_blocked.read_from(r),
            23usize => self.managed_browser.read_from(r),
            24usize => self.managed_browser_to_open_links_required.read_from(r),
            25usize => self.maximum_allowed_device_threat_level.read_from(r),
            26usize => self.maximum_pin_retries.read_from(r),
            27usize => self.maximum_required_os_version.read_from(r),
            28usize => self.maximum_warning_os_version.read_from(r),
            29usize => self.maximum_wipe_os_version.read_from(r),
            30usize => self.minimum_pin_length.read_from(r),
            31usize => self.minimum_required_app_version.read_from(r),
            32usize => self.minimum_required_os_version.read_from(r),
            33usize => self.minimum_warning_app_version.read_from(r),
            34usize => self.minimum_warning_os_version.read_from(r),
            35usize => self.minimum_wipe_app_version.read_from(r),
            36usize => self.minimum_wipe_os_version.read_from(r),
            37usize => self.mobile_threat_defense_remediation_action.read_from(r),
            38usize => self.notification_restriction.read_from(r),
            39usize => self.organizational_credentials_required.read_from(r),
            40usize => self.period_before_pin_reset.read_from(r),
            41usize => self.period_offline_before_access_check.read_from(r),
            42usize => self.period_offline_before_wipe_is_enforced.read_from(r),
            43usize => self.period_online_before_access_check.read_from(r),
            44usize => self.pin_character_set.read_from(r),
            45usize => self.pin_required.read_from(r),
            46usize => self.pin_required_instead_of_biometric_timeout.read_from(r),
            47usize => self.previous_pin_block_count.read_from(r),
            48usize => self.print_blocked.read_from(r),
            49usize => self.save_as_blocked.read_from(r),
            50usize => self.simple_pin_blocked.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.role_scope_tag_ids);
        w.field(6usize, &self.version);
        w.field(7usize, &self.allowed_data_ingestion_locations);
        w.field(8usize, &self.allowed_data_storage_locations);
        w.field(9usize, &self.allowed_inbound_data_transfer_sources);
        w.field(10usize, &self.allowed_outbound_clipboard_sharing_exception_length);
        w.field(11usize, &self.allowed_outbound_clipboard_sharing_level);
        w.field(12usize, &self.allowed_outbound_data_transfer_destinations);
        w.field(13usize, &self.app_action_if_device_compliance_required);
        w.field(14usize, &self.app_action_if_maximum_pin_retries_exceeded);
        w.field(15usize, &self.app_action_if_unable_to_authenticate_user);
        w.field(16usize, &self.block_data_ingestion_into_organization_documents);
        w.field(17usize, &self.contact_sync_blocked);
        w.field(18usize, &self.data_backup_blocked);
        w.field(19usize, &self.device_compliance_required);
        w.field(20usize, &self.dialer_restriction_level);
        w.field(21usize, &self.disable_app_pin_if_device_pin_is_set);
        w.field(22usize, &self.fingerprint_blocked);
        w.field(23usize, &self.managed_browser);
        w.field(24usize, &self.managed_browser_to_open_links_required);
        w.field(25usize, &self.maximum_allowed_device_threat_level);
        w.field(26usize, &self.maximum_pin_retries);
        w.field(27usize, &self.maximum_required_os_version);
        w.field(28usize, &self.maximum_warning_os_version);
        w.field(29usize, &self.maximum_wipe_os_version);
        w.field(30usize, &self.minimum_pin_length);
        w.field(31usize, &self.minimum_required_app_version);
        w.field(32usize, &self.minimum_required_os_version);
        w.field(33usize, &self.minimum_warning_app_version);
        w.field(34usize, &self.minimum_warning_os_version);
        w.field(35usize, &self.minimum_wipe_app_version);
        w.field(36usize, &self.minimum_wipe_os_version);
        w.field(37usize, &self.mobile_threat_defense_remediation_action);
        w.field(38usize, &self.notification_restriction);
        w.field(39usize, &self.organizational_credentials_required);
        w.field(40usize, &self.period_before_pin_reset);
        w.field(41usize, &self.period_offline_before_access_check);
        w.field(42usize, &self.period_offline_before_wipe_is_enforced);
        w.field(43usize, &self.period_online_before_access_check);
        w.field(44usize, &self.pin_character_set);
        w.field(45usize, &self.pin_required);
        w.field(46usize, &self.pin_required_instead_of_biometric_timeout);
        w.field(47usize, &self.previous_pin_block_count);
        w.field(48usize, &self.print_blocked);
        w.field(49usize, &self.save_as_blocked);
        w.field(50usize, &self.simple_pin_blocked);
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
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(ManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    ManagedAppProtection { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_role_scope_tag_ids role_scope_tag_ids : ::std::vec::Vec < ::std::string::String
    >; with_version version : ::std::string::String;
    with_allowed_data_ingestion_locations allowed_data_ingestion_locations :
    ::std::vec::Vec < crate ::beta::ManagedAppDataIngestionLocation >;
    with_allowed_data_storage_locations allowed_data_storage_locations : ::std::vec::Vec
    < crate ::beta::ManagedAppDataStorageLocation >;
    with_allowed_inbound_data_transfer_sources allowed_inbound_data_transfer_sources :
    crate ::beta::ManagedAppDataTransferLevel;
    with_allowed_outbound_clipboard_sharing_exception_length
    allowed_outbound_clipboard_sharing_exception_length : i32;
    with_allowed_outbound_clipboard_sharing_level
    allowed_outbound_clipboard_sharing_level : crate
    ::beta::ManagedAppClipboardSharingLevel;
    with_allowed_outbound_data_transfer_destinations
    allowed_outbound_data_transfer_destinations : crate
    ::beta::ManagedAppDataTransferLevel; with_app_action_if_device_compliance_required
    app_action_if_device_compliance_required : crate ::beta::ManagedAppRemediationAction;
    with_app_action_if_maximum_pin_retries_exceeded
    app_action_if_maximum_pin_retries_exceeded : crate
    ::beta::ManagedAppRemediationAction; with_app_action_if_unable_to_authenticate_user
    app_action_if_unable_to_authenticate_user : crate
    ::beta::ManagedAppRemediationAction;
    with_block_data_ingestion_into_organization_documents
    block_data_ingestion_into_organization_documents : bool; with_contact_sync_blocked
    contact_sync_blocked : bool; with_data_backup_blocked data_backup_blocked : bool;
    with_device_compliance_required device_compliance_required : bool;
    with_dialer_restriction_level dialer_restriction_level : crate
    ::beta::ManagedAppPhoneNumberRedirectLevel; with_disable_app_pin_if_device_pin_is_set
    disable_app_pin_if_device_pin_is_set : bool; with_fingerprint_blocked
    fingerprint_blocked : bool; with_managed_browser managed_browser : rt::Flags < crate
    ::beta::ManagedBrowserType >; with_managed_browser_to_open_links_required
    managed_browser_to_open_links_required : bool;
    with_maximum_allowed_device_threat_level maximum_allowed_device_threat_level : crate
    ::beta::ManagedAppDeviceThreatLevel; with_maximum_pin_retries maximum_pin_retries :
    i32; with_maximum_required_os_version maximum_required_os_version :
    ::std::string::String; with_maximum_warning_os_version maximum_warning_os_version :
    ::std::string::String; with_maximum_wipe_os_version maximum_wipe_os_version :
    ::std::string::String; with_minimum_pin_length minimum_pin_length : i32;
    with_minimum_required_app_version minimum_required_app_version :
    ::std::string::String; with_minimum_required_os_version minimum_required_os_version :
    ::std::string::String; with_minimum_warning_app_version minimum_warning_app_version :
    ::std::string::String; with_minimum_warning_os_version minimum_warning_os_version :
    ::std::string::String; with_minimum_wipe_app_version minimum_wipe_app_version :
    ::std::string::String; with_minimum_wipe_os_version minimum_wipe_os_version :
    ::std::string::String; with_mobile_threat_defense_remediation_action
    mobile_threat_defense_remediation_action : crate ::beta::ManagedAppRemediationAction;
    with_notification_restriction notification_restriction : crate
    ::beta::ManagedAppNotificationRestriction; with_organizational_credentials_required
    organizational_credentials_required : bool; with_period_before_pin_reset
    period_before_pin_reset : rt::edm::Duration; with_period_offline_before_access_check
    period_offline_before_access_check : rt::edm::Duration;
    with_period_offline_before_wipe_is_enforced period_offline_before_wipe_is_enforced :
    rt::edm::Duration; with_period_online_before_access_check
    period_online_before_access_check : rt::edm::Duration; with_pin_character_set
    pin_character_set : crate ::beta::ManagedAppPinCharacterSet; with_pin_required
    pin_required : bool; with_pin_required_instead_of_biometric_timeout
    pin_required_instead_of_biometric_timeout : rt::edm::Duration;
    with_previous_pin_block_count previous_pin_block_count : i32; with_print_blocked
    print_blocked : bool; with_save_as_blocked save_as_blocked : bool;
    with_simple_pin_blocked simple_pin_blocked : bool; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// `microsoft.graph.managedAppProtection` or any type derived from it, selected by `@odata.type` (5 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppProtection {
    ManagedAppProtection(::std::boxed::Box<crate::beta::ManagedAppProtection>),
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::beta::AndroidManagedAppProtection>,
    ),
    DefaultManagedAppProtection(
        ::std::boxed::Box<crate::beta::DefaultManagedAppProtection>,
    ),
    IosManagedAppProtection(::std::boxed::Box<crate::beta::IosManagedAppProtection>),
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::beta::TargetedManagedAppProtection>,
    ),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for AnyManagedAppProtection {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppProtection(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::ManagedAppProtection) -> Self {
        Self::ManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DefaultManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::DefaultManagedAppProtection) -> Self {
        Self::DefaultManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::TargetedManagedAppProtection>
for AnyManagedAppProtection {
    #[inline]
    fn from(v: crate::beta::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Send for AnyManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
unsafe impl ::std::marker::Sync for AnyManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::marker::Unpin for AnyManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::UnwindSafe for AnyManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppProtection {}
#[cfg(msgraph_beta_core_or_device_app_management)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::AndroidManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::DefaultManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::IosManagedAppProtection>();
    rt::object::auto_traits::<crate::beta::TargetedManagedAppProtection>();
};
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Poly for AnyManagedAppProtection {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppProtection";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => Self::DefaultManagedAppProtection(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
            _ => Self::ManagedAppProtection(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppProtection(v) => &**v,
            Self::AndroidManagedAppProtection(v) => &**v,
            Self::DefaultManagedAppProtection(v) => &**v,
            Self::IosManagedAppProtection(v) => &**v,
            Self::TargetedManagedAppProtection(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppProtection(v) => &mut **v,
            Self::AndroidManagedAppProtection(v) => &mut **v,
            Self::DefaultManagedAppProtection(v) => &mut **v,
            Self::IosManagedAppProtection(v) => &mut **v,
            Self::TargetedManagedAppProtection(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl AnyManagedAppProtection {
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
            Self::ManagedAppProtection(v) => &v.id,
            Self::AndroidManagedAppProtection(v) => &v.id,
            Self::DefaultManagedAppProtection(v) => &v.id,
            Self::IosManagedAppProtection(v) => &v.id,
            Self::TargetedManagedAppProtection(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.id,
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            Self::DefaultManagedAppProtection(v) => &mut v.id,
            Self::IosManagedAppProtection(v) => &mut v.id,
            Self::TargetedManagedAppProtection(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &v.created_date_time,
            Self::IosManagedAppProtection(v) => &v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.created_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.created_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.created_date_time,
            Self::IosManagedAppProtection(v) => &mut v.created_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.description,
            Self::AndroidManagedAppProtection(v) => &v.description,
            Self::DefaultManagedAppProtection(v) => &v.description,
            Self::IosManagedAppProtection(v) => &v.description,
            Self::TargetedManagedAppProtection(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.description,
            Self::AndroidManagedAppProtection(v) => &mut v.description,
            Self::DefaultManagedAppProtection(v) => &mut v.description,
            Self::IosManagedAppProtection(v) => &mut v.description,
            Self::TargetedManagedAppProtection(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.display_name,
            Self::AndroidManagedAppProtection(v) => &v.display_name,
            Self::DefaultManagedAppProtection(v) => &v.display_name,
            Self::IosManagedAppProtection(v) => &v.display_name,
            Self::TargetedManagedAppProtection(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.display_name,
            Self::AndroidManagedAppProtection(v) => &mut v.display_name,
            Self::DefaultManagedAppProtection(v) => &mut v.display_name,
            Self::IosManagedAppProtection(v) => &mut v.display_name,
            Self::TargetedManagedAppProtection(v) => &mut v.display_name,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::AndroidManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::DefaultManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::IosManagedAppProtection(v) => &mut v.last_modified_date_time,
            Self::TargetedManagedAppProtection(v) => &mut v.last_modified_date_time,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids(
        &self,
    ) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::AndroidManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::DefaultManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::IosManagedAppProtection(v) => &v.role_scope_tag_ids,
            Self::TargetedManagedAppProtection(v) => &v.role_scope_tag_ids,
        }
    }
    /// `roleScopeTagIds` of any variant.
    #[inline]
    pub fn role_scope_tag_ids_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::AndroidManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::DefaultManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::IosManagedAppProtection(v) => &mut v.role_scope_tag_ids,
            Self::TargetedManagedAppProtection(v) => &mut v.role_scope_tag_ids,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.version,
            Self::AndroidManagedAppProtection(v) => &v.version,
            Self::DefaultManagedAppProtection(v) => &v.version,
            Self::IosManagedAppProtection(v) => &v.version,
            Self::TargetedManagedAppProtection(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.version,
            Self::AndroidManagedAppProtection(v) => &mut v.version,
            Self::DefaultManagedAppProtection(v) => &mut v.version,
            Self::IosManagedAppProtection(v) => &mut v.version,
            Self::TargetedManagedAppProtection(v) => &mut v.version,
        }
    }
    /// `allowedDataIngestionLocations` of any variant.
    #[inline]
    pub fn allowed_data_ingestion_locations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>> {
        match self {
            Self::ManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
            Self::AndroidManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
            Self::DefaultManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
            Self::IosManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
            Self::TargetedManagedAppProtection(v) => &v.allowed_data_ingestion_locations,
        }
    }
    /// `allowedDataIngestionLocations` of any variant.
    #[inline]
    pub fn allowed_data_ingestion_locations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataIngestionLocation>> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.allowed_data_ingestion_locations,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_data_ingestion_locations
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_data_ingestion_locations
            }
            Self::IosManagedAppProtection(v) => &mut v.allowed_data_ingestion_locations,
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_data_ingestion_locations
            }
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>> {
        match self {
            Self::ManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::AndroidManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::DefaultManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &v.allowed_data_storage_locations,
            Self::TargetedManagedAppProtection(v) => &v.allowed_data_storage_locations,
        }
    }
    /// `allowedDataStorageLocations` of any variant.
    #[inline]
    pub fn allowed_data_storage_locations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagedAppDataStorageLocation>> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::AndroidManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::DefaultManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::IosManagedAppProtection(v) => &mut v.allowed_data_storage_locations,
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_data_storage_locations
            }
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => &v.allowed_inbound_data_transfer_sources,
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => &v.allowed_inbound_data_transfer_sources,
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_inbound_data_transfer_sources
            }
        }
    }
    /// `allowedInboundDataTransferSources` of any variant.
    #[inline]
    pub fn allowed_inbound_data_transfer_sources_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.allowed_inbound_data_transfer_sources,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_inbound_data_transfer_sources
            }
        }
    }
    /// `allowedOutboundClipboardSharingExceptionLength` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_exception_length(
        &self,
    ) -> &rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_exception_length
            }
        }
    }
    /// `allowedOutboundClipboardSharingExceptionLength` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_exception_length_mut(
        &mut self,
    ) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_exception_length
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppClipboardSharingLevel> {
        match self {
            Self::ManagedAppProtection(v) => &v.allowed_outbound_clipboard_sharing_level,
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundClipboardSharingLevel` of any variant.
    #[inline]
    pub fn allowed_outbound_clipboard_sharing_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppClipboardSharingLevel> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_clipboard_sharing_level
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `allowedOutboundDataTransferDestinations` of any variant.
    #[inline]
    pub fn allowed_outbound_data_transfer_destinations_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppDataTransferLevel> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.allowed_outbound_data_transfer_destinations
            }
        }
    }
    /// `appActionIfDeviceComplianceRequired` of any variant.
    #[inline]
    pub fn app_action_if_device_compliance_required(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => &v.app_action_if_device_compliance_required,
            Self::AndroidManagedAppProtection(v) => {
                &v.app_action_if_device_compliance_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.app_action_if_device_compliance_required
            }
            Self::IosManagedAppProtection(v) => {
                &v.app_action_if_device_compliance_required
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.app_action_if_device_compliance_required
            }
        }
    }
    /// `appActionIfDeviceComplianceRequired` of any variant.
    #[inline]
    pub fn app_action_if_device_compliance_required_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.app_action_if_device_compliance_required
            }
        }
    }
    /// `appActionIfMaximumPinRetriesExceeded` of any variant.
    #[inline]
    pub fn app_action_if_maximum_pin_retries_exceeded(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::IosManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.app_action_if_maximum_pin_retries_exceeded
            }
        }
    }
    /// `appActionIfMaximumPinRetriesExceeded` of any variant.
    #[inline]
    pub fn app_action_if_maximum_pin_retries_exceeded_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.app_action_if_maximum_pin_retries_exceeded
            }
        }
    }
    /// `appActionIfUnableToAuthenticateUser` of any variant.
    #[inline]
    pub fn app_action_if_unable_to_authenticate_user(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => &v.app_action_if_unable_to_authenticate_user,
            Self::AndroidManagedAppProtection(v) => {
                &v.app_action_if_unable_to_authenticate_user
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.app_action_if_unable_to_authenticate_user
            }
            Self::IosManagedAppProtection(v) => {
                &v.app_action_if_unable_to_authenticate_user
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.app_action_if_unable_to_authenticate_user
            }
        }
    }
    /// `appActionIfUnableToAuthenticateUser` of any variant.
    #[inline]
    pub fn app_action_if_unable_to_authenticate_user_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.app_action_if_unable_to_authenticate_user
            }
        }
    }
    /// `blockDataIngestionIntoOrganizationDocuments` of any variant.
    #[inline]
    pub fn block_data_ingestion_into_organization_documents(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
            Self::AndroidManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
            Self::IosManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.block_data_ingestion_into_organization_documents
            }
        }
    }
    /// `blockDataIngestionIntoOrganizationDocuments` of any variant.
    #[inline]
    pub fn block_data_ingestion_into_organization_documents_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.block_data_ingestion_into_organization_documents
            }
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::DefaultManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &v.contact_sync_blocked,
            Self::TargetedManagedAppProtection(v) => &v.contact_sync_blocked,
        }
    }
    /// `contactSyncBlocked` of any variant.
    #[inline]
    pub fn contact_sync_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::IosManagedAppProtection(v) => &mut v.contact_sync_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.contact_sync_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &v.data_backup_blocked,
            Self::DefaultManagedAppProtection(v) => &v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &v.data_backup_blocked,
            Self::TargetedManagedAppProtection(v) => &v.data_backup_blocked,
        }
    }
    /// `dataBackupBlocked` of any variant.
    #[inline]
    pub fn data_backup_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::IosManagedAppProtection(v) => &mut v.data_backup_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.data_backup_blocked,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &v.device_compliance_required,
            Self::DefaultManagedAppProtection(v) => &v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &v.device_compliance_required,
            Self::TargetedManagedAppProtection(v) => &v.device_compliance_required,
        }
    }
    /// `deviceComplianceRequired` of any variant.
    #[inline]
    pub fn device_compliance_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::AndroidManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::DefaultManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::IosManagedAppProtection(v) => &mut v.device_compliance_required,
            Self::TargetedManagedAppProtection(v) => &mut v.device_compliance_required,
        }
    }
    /// `dialerRestrictionLevel` of any variant.
    #[inline]
    pub fn dialer_restriction_level(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppPhoneNumberRedirectLevel> {
        match self {
            Self::ManagedAppProtection(v) => &v.dialer_restriction_level,
            Self::AndroidManagedAppProtection(v) => &v.dialer_restriction_level,
            Self::DefaultManagedAppProtection(v) => &v.dialer_restriction_level,
            Self::IosManagedAppProtection(v) => &v.dialer_restriction_level,
            Self::TargetedManagedAppProtection(v) => &v.dialer_restriction_level,
        }
    }
    /// `dialerRestrictionLevel` of any variant.
    #[inline]
    pub fn dialer_restriction_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppPhoneNumberRedirectLevel> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.dialer_restriction_level,
            Self::AndroidManagedAppProtection(v) => &mut v.dialer_restriction_level,
            Self::DefaultManagedAppProtection(v) => &mut v.dialer_restriction_level,
            Self::IosManagedAppProtection(v) => &mut v.dialer_restriction_level,
            Self::TargetedManagedAppProtection(v) => &mut v.dialer_restriction_level,
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.disable_app_pin_if_device_pin_is_set,
            Self::AndroidManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => &v.disable_app_pin_if_device_pin_is_set,
            Self::TargetedManagedAppProtection(v) => {
                &v.disable_app_pin_if_device_pin_is_set
            }
        }
    }
    /// `disableAppPinIfDevicePinIsSet` of any variant.
    #[inline]
    pub fn disable_app_pin_if_device_pin_is_set_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.disable_app_pin_if_device_pin_is_set,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.disable_app_pin_if_device_pin_is_set
            }
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::DefaultManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &v.fingerprint_blocked,
            Self::TargetedManagedAppProtection(v) => &v.fingerprint_blocked,
        }
    }
    /// `fingerprintBlocked` of any variant.
    #[inline]
    pub fn fingerprint_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::IosManagedAppProtection(v) => &mut v.fingerprint_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.fingerprint_blocked,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser(
        &self,
    ) -> &rt::Field<rt::Flags<crate::beta::ManagedBrowserType>> {
        match self {
            Self::ManagedAppProtection(v) => &v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &v.managed_browser,
            Self::DefaultManagedAppProtection(v) => &v.managed_browser,
            Self::IosManagedAppProtection(v) => &v.managed_browser,
            Self::TargetedManagedAppProtection(v) => &v.managed_browser,
        }
    }
    /// `managedBrowser` of any variant.
    #[inline]
    pub fn managed_browser_mut(
        &mut self,
    ) -> &mut rt::Field<rt::Flags<crate::beta::ManagedBrowserType>> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.managed_browser,
            Self::AndroidManagedAppProtection(v) => &mut v.managed_browser,
            Self::DefaultManagedAppProtection(v) => &mut v.managed_browser,
            Self::IosManagedAppProtection(v) => &mut v.managed_browser,
            Self::TargetedManagedAppProtection(v) => &mut v.managed_browser,
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.managed_browser_to_open_links_required,
            Self::AndroidManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => &v.managed_browser_to_open_links_required,
            Self::TargetedManagedAppProtection(v) => {
                &v.managed_browser_to_open_links_required
            }
        }
    }
    /// `managedBrowserToOpenLinksRequired` of any variant.
    #[inline]
    pub fn managed_browser_to_open_links_required_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.managed_browser_to_open_links_required
            }
        }
    }
    /// `maximumAllowedDeviceThreatLevel` of any variant.
    #[inline]
    pub fn maximum_allowed_device_threat_level(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppDeviceThreatLevel> {
        match self {
            Self::ManagedAppProtection(v) => &v.maximum_allowed_device_threat_level,
            Self::AndroidManagedAppProtection(v) => {
                &v.maximum_allowed_device_threat_level
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.maximum_allowed_device_threat_level
            }
            Self::IosManagedAppProtection(v) => &v.maximum_allowed_device_threat_level,
            Self::TargetedManagedAppProtection(v) => {
                &v.maximum_allowed_device_threat_level
            }
        }
    }
    /// `maximumAllowedDeviceThreatLevel` of any variant.
    #[inline]
    pub fn maximum_allowed_device_threat_level_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppDeviceThreatLevel> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.maximum_allowed_device_threat_level,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.maximum_allowed_device_threat_level
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.maximum_allowed_device_threat_level
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.maximum_allowed_device_threat_level
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.maximum_allowed_device_threat_level
            }
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::DefaultManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &v.maximum_pin_retries,
            Self::TargetedManagedAppProtection(v) => &v.maximum_pin_retries,
        }
    }
    /// `maximumPinRetries` of any variant.
    #[inline]
    pub fn maximum_pin_retries_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::DefaultManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::IosManagedAppProtection(v) => &mut v.maximum_pin_retries,
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_pin_retries,
        }
    }
    /// `maximumRequiredOsVersion` of any variant.
    #[inline]
    pub fn maximum_required_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.maximum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &v.maximum_required_os_version,
            Self::DefaultManagedAppProtection(v) => &v.maximum_required_os_version,
            Self::IosManagedAppProtection(v) => &v.maximum_required_os_version,
            Self::TargetedManagedAppProtection(v) => &v.maximum_required_os_version,
        }
    }
    /// `maximumRequiredOsVersion` of any variant.
    #[inline]
    pub fn maximum_required_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.maximum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_required_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.maximum_required_os_version,
            Self::IosManagedAppProtection(v) => &mut v.maximum_required_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_required_os_version,
        }
    }
    /// `maximumWarningOsVersion` of any variant.
    #[inline]
    pub fn maximum_warning_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.maximum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &v.maximum_warning_os_version,
            Self::DefaultManagedAppProtection(v) => &v.maximum_warning_os_version,
            Self::IosManagedAppProtection(v) => &v.maximum_warning_os_version,
            Self::TargetedManagedAppProtection(v) => &v.maximum_warning_os_version,
        }
    }
    /// `maximumWarningOsVersion` of any variant.
    #[inline]
    pub fn maximum_warning_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.maximum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_warning_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.maximum_warning_os_version,
            Self::IosManagedAppProtection(v) => &mut v.maximum_warning_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_warning_os_version,
        }
    }
    /// `maximumWipeOsVersion` of any variant.
    #[inline]
    pub fn maximum_wipe_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.maximum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &v.maximum_wipe_os_version,
            Self::DefaultManagedAppProtection(v) => &v.maximum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &v.maximum_wipe_os_version,
            Self::TargetedManagedAppProtection(v) => &v.maximum_wipe_os_version,
        }
    }
    /// `maximumWipeOsVersion` of any variant.
    #[inline]
    pub fn maximum_wipe_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.maximum_wipe_os_version,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &v.minimum_pin_length,
            Self::DefaultManagedAppProtection(v) => &v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &v.minimum_pin_length,
            Self::TargetedManagedAppProtection(v) => &v.minimum_pin_length,
        }
    }
    /// `minimumPinLength` of any variant.
    #[inline]
    pub fn minimum_pin_length_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::IosManagedAppProtection(v) => &mut v.minimum_pin_length,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_pin_length,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_app_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredAppVersion` of any variant.
    #[inline]
    pub fn minimum_required_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_app_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_app_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_required_os_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_required_os_version,
        }
    }
    /// `minimumRequiredOsVersion` of any variant.
    #[inline]
    pub fn minimum_required_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_required_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_required_os_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_app_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningAppVersion` of any variant.
    #[inline]
    pub fn minimum_warning_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_app_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_app_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_warning_os_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_warning_os_version,
        }
    }
    /// `minimumWarningOsVersion` of any variant.
    #[inline]
    pub fn minimum_warning_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_warning_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_warning_os_version,
        }
    }
    /// `minimumWipeAppVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_app_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_wipe_app_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_wipe_app_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_wipe_app_version,
            Self::IosManagedAppProtection(v) => &v.minimum_wipe_app_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_wipe_app_version,
        }
    }
    /// `minimumWipeAppVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_app_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_wipe_app_version,
        }
    }
    /// `minimumWipeOsVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_os_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &v.minimum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &v.minimum_wipe_os_version,
            Self::DefaultManagedAppProtection(v) => &v.minimum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &v.minimum_wipe_os_version,
            Self::TargetedManagedAppProtection(v) => &v.minimum_wipe_os_version,
        }
    }
    /// `minimumWipeOsVersion` of any variant.
    #[inline]
    pub fn minimum_wipe_os_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
            Self::AndroidManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
            Self::DefaultManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
            Self::IosManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
            Self::TargetedManagedAppProtection(v) => &mut v.minimum_wipe_os_version,
        }
    }
    /// `mobileThreatDefenseRemediationAction` of any variant.
    #[inline]
    pub fn mobile_threat_defense_remediation_action(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => &v.mobile_threat_defense_remediation_action,
            Self::AndroidManagedAppProtection(v) => {
                &v.mobile_threat_defense_remediation_action
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.mobile_threat_defense_remediation_action
            }
            Self::IosManagedAppProtection(v) => {
                &v.mobile_threat_defense_remediation_action
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.mobile_threat_defense_remediation_action
            }
        }
    }
    /// `mobileThreatDefenseRemediationAction` of any variant.
    #[inline]
    pub fn mobile_threat_defense_remediation_action_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppRemediationAction> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.mobile_threat_defense_remediation_action
            }
        }
    }
    /// `notificationRestriction` of any variant.
    #[inline]
    pub fn notification_restriction(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppNotificationRestriction> {
        match self {
            Self::ManagedAppProtection(v) => &v.notification_restriction,
            Self::AndroidManagedAppProtection(v) => &v.notification_restriction,
            Self::DefaultManagedAppProtection(v) => &v.notification_restriction,
            Self::IosManagedAppProtection(v) => &v.notification_restriction,
            Self::TargetedManagedAppProtection(v) => &v.notification_restriction,
        }
    }
    /// `notificationRestriction` of any variant.
    #[inline]
    pub fn notification_restriction_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppNotificationRestriction> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.notification_restriction,
            Self::AndroidManagedAppProtection(v) => &mut v.notification_restriction,
            Self::DefaultManagedAppProtection(v) => &mut v.notification_restriction,
            Self::IosManagedAppProtection(v) => &mut v.notification_restriction,
            Self::TargetedManagedAppProtection(v) => &mut v.notification_restriction,
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.organizational_credentials_required,
            Self::AndroidManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => &v.organizational_credentials_required,
            Self::TargetedManagedAppProtection(v) => {
                &v.organizational_credentials_required
            }
        }
    }
    /// `organizationalCredentialsRequired` of any variant.
    #[inline]
    pub fn organizational_credentials_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.organizational_credentials_required,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.organizational_credentials_required
            }
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::DefaultManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &v.period_before_pin_reset,
            Self::TargetedManagedAppProtection(v) => &v.period_before_pin_reset,
        }
    }
    /// `periodBeforePinReset` of any variant.
    #[inline]
    pub fn period_before_pin_reset_mut(&mut self) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::AndroidManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::DefaultManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::IosManagedAppProtection(v) => &mut v.period_before_pin_reset,
            Self::TargetedManagedAppProtection(v) => &mut v.period_before_pin_reset,
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::AndroidManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::DefaultManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_offline_before_access_check,
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_access_check
            }
        }
    }
    /// `periodOfflineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_offline_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.period_offline_before_access_check,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_offline_before_access_check,
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_access_check
            }
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced(
        &self,
    ) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_offline_before_wipe_is_enforced,
            Self::AndroidManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => &v.period_offline_before_wipe_is_enforced,
            Self::TargetedManagedAppProtection(v) => {
                &v.period_offline_before_wipe_is_enforced
            }
        }
    }
    /// `periodOfflineBeforeWipeIsEnforced` of any variant.
    #[inline]
    pub fn period_offline_before_wipe_is_enforced_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_offline_before_wipe_is_enforced
            }
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check(&self) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::AndroidManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::DefaultManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::IosManagedAppProtection(v) => &v.period_online_before_access_check,
            Self::TargetedManagedAppProtection(v) => &v.period_online_before_access_check,
        }
    }
    /// `periodOnlineBeforeAccessCheck` of any variant.
    #[inline]
    pub fn period_online_before_access_check_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.period_online_before_access_check,
            Self::AndroidManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
            Self::IosManagedAppProtection(v) => &mut v.period_online_before_access_check,
            Self::TargetedManagedAppProtection(v) => {
                &mut v.period_online_before_access_check
            }
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set(
        &self,
    ) -> &rt::Field<crate::beta::ManagedAppPinCharacterSet> {
        match self {
            Self::ManagedAppProtection(v) => &v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &v.pin_character_set,
            Self::DefaultManagedAppProtection(v) => &v.pin_character_set,
            Self::IosManagedAppProtection(v) => &v.pin_character_set,
            Self::TargetedManagedAppProtection(v) => &v.pin_character_set,
        }
    }
    /// `pinCharacterSet` of any variant.
    #[inline]
    pub fn pin_character_set_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::ManagedAppPinCharacterSet> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.pin_character_set,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_character_set,
            Self::DefaultManagedAppProtection(v) => &mut v.pin_character_set,
            Self::IosManagedAppProtection(v) => &mut v.pin_character_set,
            Self::TargetedManagedAppProtection(v) => &mut v.pin_character_set,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.pin_required,
            Self::AndroidManagedAppProtection(v) => &v.pin_required,
            Self::DefaultManagedAppProtection(v) => &v.pin_required,
            Self::IosManagedAppProtection(v) => &v.pin_required,
            Self::TargetedManagedAppProtection(v) => &v.pin_required,
        }
    }
    /// `pinRequired` of any variant.
    #[inline]
    pub fn pin_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.pin_required,
            Self::AndroidManagedAppProtection(v) => &mut v.pin_required,
            Self::DefaultManagedAppProtection(v) => &mut v.pin_required,
            Self::IosManagedAppProtection(v) => &mut v.pin_required,
            Self::TargetedManagedAppProtection(v) => &mut v.pin_required,
        }
    }
    /// `pinRequiredInsteadOfBiometricTimeout` of any variant.
    #[inline]
    pub fn pin_required_instead_of_biometric_timeout(
        &self,
    ) -> &rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => &v.pin_required_instead_of_biometric_timeout,
            Self::AndroidManagedAppProtection(v) => {
                &v.pin_required_instead_of_biometric_timeout
            }
            Self::DefaultManagedAppProtection(v) => {
                &v.pin_required_instead_of_biometric_timeout
            }
            Self::IosManagedAppProtection(v) => {
                &v.pin_required_instead_of_biometric_timeout
            }
            Self::TargetedManagedAppProtection(v) => {
                &v.pin_required_instead_of_biometric_timeout
            }
        }
    }
    /// `pinRequiredInsteadOfBiometricTimeout` of any variant.
    #[inline]
    pub fn pin_required_instead_of_biometric_timeout_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::Duration> {
        match self {
            Self::ManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
            Self::AndroidManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
            Self::DefaultManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
            Self::IosManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
            Self::TargetedManagedAppProtection(v) => {
                &mut v.pin_required_instead_of_biometric_timeout
            }
        }
    }
    /// `previousPinBlockCount` of any variant.
    #[inline]
    pub fn previous_pin_block_count(&self) -> &rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &v.previous_pin_block_count,
            Self::AndroidManagedAppProtection(v) => &v.previous_pin_block_count,
            Self::DefaultManagedAppProtection(v) => &v.previous_pin_block_count,
            Self::IosManagedAppProtection(v) => &v.previous_pin_block_count,
            Self::TargetedManagedAppProtection(v) => &v.previous_pin_block_count,
        }
    }
    /// `previousPinBlockCount` of any variant.
    #[inline]
    pub fn previous_pin_block_count_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.previous_pin_block_count,
            Self::AndroidManagedAppProtection(v) => &mut v.previous_pin_block_count,
            Self::DefaultManagedAppProtection(v) => &mut v.previous_pin_block_count,
            Self::IosManagedAppProtection(v) => &mut v.previous_pin_block_count,
            Self::TargetedManagedAppProtection(v) => &mut v.previous_pin_block_count,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &v.print_blocked,
            Self::DefaultManagedAppProtection(v) => &v.print_blocked,
            Self::IosManagedAppProtection(v) => &v.print_blocked,
            Self::TargetedManagedAppProtection(v) => &v.print_blocked,
        }
    }
    /// `printBlocked` of any variant.
    #[inline]
    pub fn print_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.print_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.print_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.print_blocked,
            Self::IosManagedAppProtection(v) => &mut v.print_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.print_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &v.save_as_blocked,
            Self::DefaultManagedAppProtection(v) => &v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &v.save_as_blocked,
            Self::TargetedManagedAppProtection(v) => &v.save_as_blocked,
        }
    }
    /// `saveAsBlocked` of any variant.
    #[inline]
    pub fn save_as_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::IosManagedAppProtection(v) => &mut v.save_as_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.save_as_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked(&self) -> &rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::DefaultManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &v.simple_pin_blocked,
            Self::TargetedManagedAppProtection(v) => &v.simple_pin_blocked,
        }
    }
    /// `simplePinBlocked` of any variant.
    #[inline]
    pub fn simple_pin_blocked_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::ManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::AndroidManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::DefaultManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::IosManagedAppProtection(v) => &mut v.simple_pin_blocked,
            Self::TargetedManagedAppProtection(v) => &mut v.simple_pin_blocked,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_poly!(AnyManagedAppProtection);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppProtection);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// A class containing the properties used for managed app protection PolicySetItem.
///
/// CSDL: `microsoft.graph.managedAppProtectionPolicySetItem`, entity type, derived from `microsoft.graph.policySetItem`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAppProtectionPolicySetItem {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Creation time of the PolicySetItem.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DisplayName of the PolicySetItem.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Error code if any occured.
    ///
    /// CSDL: property `errorCode`: `microsoft.graph.errorCode`, not nullable.
    pub error_code: rt::Field<crate::beta::ErrorCode>,
    /// Tags of the guided deployment
    ///
    /// CSDL: property `guidedDeploymentTags`: `Collection(Edm.String)`, nullable.
    pub guided_deployment_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// policySetType of the PolicySetItem.
    ///
    /// CSDL: property `itemType`: `Edm.String`, nullable.
    pub item_type: rt::Field<::std::string::String>,
    /// Last modified time of the PolicySetItem.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// PayloadId of the PolicySetItem.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, not nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// Status of the PolicySetItem.
    ///
    /// CSDL: property `status`: `microsoft.graph.policySetStatus`, not nullable.
    pub status: rt::Field<crate::beta::PolicySetStatus>,
    /// TargetedAppManagementLevels of the ManagedAppPolicySetItem.
    ///
    /// CSDL: property `targetedAppManagementLevels`: `Edm.String`, nullable.
    pub targeted_app_management_levels: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppProtectionPolicySetItem {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            error_code: rt::Field::Absent,
            guided_deployment_tags: rt::Field::Absent,
            item_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            status: rt::Field::Absent,
            targeted_app_management_levels: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedAppProtectionPolicySetItem {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppProtectionPolicySetItem";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "displayName",
        "errorCode",
        "guidedDeploymentTags",
        "itemType",
        "lastModifiedDateTime",
        "payloadId",
        "status",
        "targetedAppManagementLevels",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"errorCode\":                    ",
        ",\"guidedDeploymentTags\":         ",
        ",\"itemType\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"payloadId\":                    ",
        ",\"status\":                       ",
        ",\"targetedAppManagementLevels\":  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppProtectionPolicySetItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "display_name", &self.display_name);
        v.field(3usize, "error_code", &self.error_code);
        v.field(4usize, "guided_deployment_tags", &self.guided_deployment_tags);
        v.field(5usize, "item_type", &self.item_type);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "payload_id", &self.payload_id);
        v.field(8usize, "status", &self.status);
        v.field(
            9usize,
            "targeted_app_management_levels",
            &self.targeted_app_management_levels,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedAppProtectionPolicySetItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.display_name.read_from(r),
            3usize => self.error_code.read_from(r),
            4usize => self.guided_deployment_tags.read_from(r),
            5usize => self.item_type.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.payload_id.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.targeted_app_management_levels.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.display_name);
        w.field(3usize, &self.error_code);
        w.field(4usize, &self.guided_deployment_tags);
        w.field(5usize, &self.item_type);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.payload_id);
        w.field(8usize, &self.status);
        w.field(9usize, &self.targeted_app_management_levels);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedAppProtectionPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppProtectionPolicySetItem { with_id id : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_display_name
    display_name : ::std::string::String; with_error_code error_code : crate
    ::beta::ErrorCode; with_guided_deployment_tags guided_deployment_tags :
    ::std::vec::Vec < ::std::string::String >; with_item_type item_type :
    ::std::string::String; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_payload_id payload_id : ::std::string::String;
    with_status status : crate ::beta::PolicySetStatus;
    with_targeted_app_management_levels targeted_app_management_levels :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppProtectionPolicySetItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// The ManagedAppEntity is the base entity type for all other entity types under app management workflow.
///
/// The ManagedAppRegistration resource represents the details of an app, with management capability, used by a member of the organization.
///
/// CSDL: `microsoft.graph.managedAppRegistration`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`ManagedAppRegistrationPath`](requests/trait.ManagedAppRegistrationPath.html), what a path to one (`EntityPath<AnyManagedAppRegistration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAppRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The app package Identifier
    ///
    /// CSDL: property `appIdentifier`: `microsoft.graph.mobileAppIdentifier`, nullable.
    pub app_identifier: rt::Field<crate::beta::AnyMobileAppIdentifier>,
    /// App version
    ///
    /// CSDL: property `applicationVersion`: `Edm.String`, nullable.
    pub application_version: rt::Field<::std::string::String>,
    /// The Azure Active Directory Device identifier of the host device. Value could be empty even when the host device is Azure Active Directory registered.
    ///
    /// CSDL: property `azureADDeviceId`: `Edm.String`, nullable.
    pub azure_ad_device_id: rt::Field<::std::string::String>,
    /// Date and time of creation
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The device manufacturer for the current app registration
    ///
    /// CSDL: property `deviceManufacturer`: `Edm.String`, nullable.
    pub device_manufacturer: rt::Field<::std::string::String>,
    /// The device model for the current app registration
    ///
    /// CSDL: property `deviceModel`: `Edm.String`, nullable.
    pub device_model: rt::Field<::std::string::String>,
    /// Host device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// App management SDK generated tag, which helps relate apps hosted on the same device. Not guaranteed to relate apps in all conditions.
    ///
    /// CSDL: property `deviceTag`: `Edm.String`, nullable.
    pub device_tag: rt::Field<::std::string::String>,
    /// Host device type
    ///
    /// CSDL: property `deviceType`: `Edm.String`, nullable.
    pub device_type: rt::Field<::std::string::String>,
    /// Zero or more reasons an app registration is flagged. E.g. app running on rooted device
    ///
    /// CSDL: property `flaggedReasons`: `Collection(microsoft.graph.managedAppFlaggedReason)`, not nullable.
    pub flagged_reasons: rt::Field<
        ::std::vec::Vec<crate::beta::ManagedAppFlaggedReason>,
    >,
    /// Date and time of last the app synced with management service.
    ///
    /// CSDL: property `lastSyncDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_sync_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Managed Device identifier of the host device. Value could be empty even when the host device is managed.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// App management SDK version
    ///
    /// CSDL: property `managementSdkVersion`: `Edm.String`, nullable.
    pub management_sdk_version: rt::Field<::std::string::String>,
    /// Operating System version
    ///
    /// CSDL: property `platformVersion`: `Edm.String`, nullable.
    pub platform_version: rt::Field<::std::string::String>,
    /// The user Id to who this app registration belongs.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Zero or more policys already applied on the registered app when it last synchronized with managment service.
    ///
    /// CSDL: containment navigation property `appliedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub applied_policies: rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>>,
    /// Zero or more policies admin intended for the app as of now.
    ///
    /// CSDL: containment navigation property `intendedPolicies`: `Collection(microsoft.graph.managedAppPolicy)`, not nullable.
    pub intended_policies: rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>>,
    /// Zero or more long running operations triggered on the app registration.
    ///
    /// CSDL: containment navigation property `operations`: `Collection(microsoft.graph.managedAppOperation)`, not nullable.
    pub operations: rt::Field<::std::vec::Vec<crate::beta::ManagedAppOperation>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            app_identifier: rt::Field::Absent,
            application_version: rt::Field::Absent,
            azure_ad_device_id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            device_manufacturer: rt::Field::Absent,
            device_model: rt::Field::Absent,
            device_name: rt::Field::Absent,
            device_tag: rt::Field::Absent,
            device_type: rt::Field::Absent,
            flagged_reasons: rt::Field::Absent,
            last_sync_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            management_sdk_version: rt::Field::Absent,
            platform_version: rt::Field::Absent,
            user_id: rt::Field::Absent,
            version: rt::Field::Absent,
            applied_policies: rt::Field::Absent,
            intended_policies: rt::Field::Absent,
            operations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedAppRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "appIdentifier",
        "applicationVersion",
        "azureADDeviceId",
        "createdDateTime",
        "deviceManufacturer",
        "deviceModel",
        "deviceName",
        "deviceTag",
        "deviceType",
        "flaggedReasons",
        "lastSyncDateTime",
        "managedDeviceId",
        "managementSdkVersion",
        "platformVersion",
        "userId",
        "version",
        "appliedPolicies",
        "intendedPolicies",
        "operations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"appIdentifier\":                ",
        ",\"applicationVersion\":           ",
        ",\"azureADDeviceId\":              ",
        ",\"createdDateTime\":              ",
        ",\"deviceManufacturer\":           ",
        ",\"deviceModel\":                  ",
        ",\"deviceName\":                   ",
        ",\"deviceTag\":                    ",
        ",\"deviceType\":                   ",
        ",\"flaggedReasons\":               ",
        ",\"lastSyncDateTime\":             ",
        ",\"managedDeviceId\":              ",
        ",\"managementSdkVersion\":         ",
        ",\"platformVersion\":              ",
        ",\"userId\":                       ",
        ",\"version\":                      ",
        ",\"appliedPolicies\":              ",
        ",\"intendedPolicies\":             ",
        ",\"operations\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppRegistration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "app_identifier", &self.app_identifier);
        v.field(2usize, "application_version", &self.application_version);
        v.field(3usize, "azure_ad_device_id", &self.azure_ad_device_id);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "device_manufacturer", &self.device_manufacturer);
        v.field(6usize, "device_model", &self.device_model);
        v.field(7usize, "device_name", &self.device_name);
        v.field(8usize, "device_tag", &self.device_tag);
        v.field(9usize, "device_type", &self.device_type);
        v.field(10usize, "flagged_reasons", &self.flagged_reasons);
        v.field(11usize, "last_sync_date_time", &self.last_sync_date_time);
        v.field(12usize, "managed_device_id", &self.managed_device_id);
        v.field(13usize, "management_sdk_version", &self.management_sdk_version);
        v.field(14usize, "platform_version", &self.platform_version);
        v.field(15usize, "user_id", &self.user_id);
        v.field(16usize, "version", &self.version);
        v.field(17usize, "applied_policies", &self.applied_policies);
        v.field(18usize, "intended_policies", &self.intended_policies);
        v.field(19usize, "operations", &self.operations);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedAppRegistration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.app_identifier.read_from(r),
            2usize => self.application_version.read_from(r),
            3usize => self.azure_ad_device_id.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.device_manufacturer.read_from(r),
            6usize => self.device_model.read_from(r),
            7usize => self.device_name.read_from(r),
            8usize => self.device_tag.read_from(r),
            9usize => self.device_type.read_from(r),
            10usize => self.flagged_reasons.read_from(r),
            11usize => self.last_sync_date_time.read_from(r),
            12usize => self.managed_device_id.read_from(r),
            13usize => self.management_sdk_version.read_from(r),
            14usize => self.platform_version.read_from(r),
            15usize => self.user_id.read_from(r),
            16usize => self.version.read_from(r),
            17usize => self.applied_policies.read_from(r),
            18usize => self.intended_policies.read_from(r),
            19usize => self.operations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.app_identifier);
        w.field(2usize, &self.application_version);
        w.field(3usize, &self.azure_ad_device_id);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.device_manufacturer);
        w.field(6usize, &self.device_model);
        w.field(7usize, &self.device_name);
        w.field(8usize, &self.device_tag);
        w.field(9usize, &self.device_type);
        w.field(10usize, &self.flagged_reasons);
        w.field(11usize, &self.last_sync_date_time);
        w.field(12usize, &self.managed_device_id);
        w.field(13usize, &self.management_sdk_version);
        w.field(14usize, &self.platform_version);
        w.field(15usize, &self.user_id);
        w.field(16usize, &self.version);
        w.field(17usize, &self.applied_policies);
        w.field(18usize, &self.intended_policies);
        w.field(19usize, &self.operations);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedAppRegistration);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppRegistration { with_id id : ::std::string::String; with_app_identifier
    app_identifier : crate ::beta::AnyMobileAppIdentifier; with_application_version
    application_version : ::std::string::String; with_azure_ad_device_id
    azure_ad_device_id : ::std::string::String; with_created_date_time created_date_time
    : rt::edm::DateTimeOffset; with_device_manufacturer device_manufacturer :
    ::std::string::String; with_device_model device_model : ::std::string::String;
    with_device_name device_name : ::std::string::String; with_device_tag device_tag :
    ::std::string::String; with_device_type device_type : ::std::string::String;
    with_flagged_reasons flagged_reasons : ::std::vec::Vec < crate
    ::beta::ManagedAppFlaggedReason >; with_last_sync_date_time last_sync_date_time :
    rt::edm::DateTimeOffset; with_managed_device_id managed_device_id :
    ::std::string::String; with_management_sdk_version management_sdk_version :
    ::std::string::String; with_platform_version platform_version :
    ::std::string::String; with_user_id user_id : ::std::string::String; with_version
    version : ::std::string::String; with_applied_policies applied_policies :
    ::std::vec::Vec < crate ::beta::AnyManagedAppPolicy >; with_intended_policies
    intended_policies : ::std::vec::Vec < crate ::beta::AnyManagedAppPolicy >;
    with_operations operations : ::std::vec::Vec < crate ::beta::ManagedAppOperation >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppRegistration);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.managedAppRegistration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppRegistration {
    ManagedAppRegistration(::std::boxed::Box<crate::beta::ManagedAppRegistration>),
    AndroidManagedAppRegistration(
        ::std::boxed::Box<crate::beta::AndroidManagedAppRegistration>,
    ),
    IosManagedAppRegistration(::std::boxed::Box<crate::beta::IosManagedAppRegistration>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedAppRegistration {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppRegistration(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppRegistration>
for AnyManagedAppRegistration {
    #[inline]
    fn from(v: crate::beta::ManagedAppRegistration) -> Self {
        Self::ManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedAppRegistration>
for AnyManagedAppRegistration {
    #[inline]
    fn from(v: crate::beta::AndroidManagedAppRegistration) -> Self {
        Self::AndroidManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosManagedAppRegistration>
for AnyManagedAppRegistration {
    #[inline]
    fn from(v: crate::beta::IosManagedAppRegistration) -> Self {
        Self::IosManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedAppRegistration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedAppRegistration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedAppRegistration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedAppRegistration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppRegistration {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedAppRegistration>();
    rt::object::auto_traits::<crate::beta::AndroidManagedAppRegistration>();
    rt::object::auto_traits::<crate::beta::IosManagedAppRegistration>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyManagedAppRegistration {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppRegistration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppRegistration",
            ) => Self::AndroidManagedAppRegistration(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.iosManagedAppRegistration") => {
                Self::IosManagedAppRegistration(rt::object::new_boxed())
            }
            _ => Self::ManagedAppRegistration(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppRegistration(v) => &**v,
            Self::AndroidManagedAppRegistration(v) => &**v,
            Self::IosManagedAppRegistration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppRegistration(v) => &mut **v,
            Self::AndroidManagedAppRegistration(v) => &mut **v,
            Self::IosManagedAppRegistration(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyManagedAppRegistration {
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
            Self::ManagedAppRegistration(v) => &v.id,
            Self::AndroidManagedAppRegistration(v) => &v.id,
            Self::IosManagedAppRegistration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.id,
            Self::AndroidManagedAppRegistration(v) => &mut v.id,
            Self::IosManagedAppRegistration(v) => &mut v.id,
        }
    }
    /// `appIdentifier` of any variant.
    #[inline]
    pub fn app_identifier(&self) -> &rt::Field<crate::beta::AnyMobileAppIdentifier> {
        match self {
            Self::ManagedAppRegistration(v) => &v.app_identifier,
            Self::AndroidManagedAppRegistration(v) => &v.app_identifier,
            Self::IosManagedAppRegistration(v) => &v.app_identifier,
        }
    }
    /// `appIdentifier` of any variant.
    #[inline]
    pub fn app_identifier_mut(
        &mut self,
    ) -> &mut rt::Field<crate::beta::AnyMobileAppIdentifier> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.app_identifier,
            Self::AndroidManagedAppRegistration(v) => &mut v.app_identifier,
            Self::IosManagedAppRegistration(v) => &mut v.app_identifier,
        }
    }
    /// `applicationVersion` of any variant.
    #[inline]
    pub fn application_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.application_version,
            Self::AndroidManagedAppRegistration(v) => &v.application_version,
            Self::IosManagedAppRegistration(v) => &v.application_version,
        }
    }
    /// `applicationVersion` of any variant.
    #[inline]
    pub fn application_version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.application_version,
            Self::AndroidManagedAppRegistration(v) => &mut v.application_version,
            Self::IosManagedAppRegistration(v) => &mut v.application_version,
        }
    }
    /// `azureADDeviceId` of any variant.
    #[inline]
    pub fn azure_ad_device_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.azure_ad_device_id,
            Self::AndroidManagedAppRegistration(v) => &v.azure_ad_device_id,
            Self::IosManagedAppRegistration(v) => &v.azure_ad_device_id,
        }
    }
    /// `azureADDeviceId` of any variant.
    #[inline]
    pub fn azure_ad_device_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.azure_ad_device_id,
            Self::AndroidManagedAppRegistration(v) => &mut v.azure_ad_device_id,
            Self::IosManagedAppRegistration(v) => &mut v.azure_ad_device_id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &v.created_date_time,
            Self::AndroidManagedAppRegistration(v) => &v.created_date_time,
            Self::IosManagedAppRegistration(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.created_date_time,
            Self::AndroidManagedAppRegistration(v) => &mut v.created_date_time,
            Self::IosManagedAppRegistration(v) => &mut v.created_date_time,
        }
    }
    /// `deviceManufacturer` of any variant.
    #[inline]
    pub fn device_manufacturer(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_manufacturer,
            Self::AndroidManagedAppRegistration(v) => &v.device_manufacturer,
            Self::IosManagedAppRegistration(v) => &v.device_manufacturer,
        }
    }
    /// `deviceManufacturer` of any variant.
    #[inline]
    pub fn device_manufacturer_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_manufacturer,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_manufacturer,
            Self::IosManagedAppRegistration(v) => &mut v.device_manufacturer,
        }
    }
    /// `deviceModel` of any variant.
    #[inline]
    pub fn device_model(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_model,
            Self::AndroidManagedAppRegistration(v) => &v.device_model,
            Self::IosManagedAppRegistration(v) => &v.device_model,
        }
    }
    /// `deviceModel` of any variant.
    #[inline]
    pub fn device_model_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_model,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_model,
            Self::IosManagedAppRegistration(v) => &mut v.device_model,
        }
    }
    /// `deviceName` of any variant.
    #[inline]
    pub fn device_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_name,
            Self::AndroidManagedAppRegistration(v) => &v.device_name,
            Self::IosManagedAppRegistration(v) => &v.device_name,
        }
    }
    /// `deviceName` of any variant.
    #[inline]
    pub fn device_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_name,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_name,
            Self::IosManagedAppRegistration(v) => &mut v.device_name,
        }
    }
    /// `deviceTag` of any variant.
    #[inline]
    pub fn device_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_tag,
            Self::AndroidManagedAppRegistration(v) => &v.device_tag,
            Self::IosManagedAppRegistration(v) => &v.device_tag,
        }
    }
    /// `deviceTag` of any variant.
    #[inline]
    pub fn device_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_tag,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_tag,
            Self::IosManagedAppRegistration(v) => &mut v.device_tag,
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.device_type,
            Self::AndroidManagedAppRegistration(v) => &v.device_type,
            Self::IosManagedAppRegistration(v) => &v.device_type,
        }
    }
    /// `deviceType` of any variant.
    #[inline]
    pub fn device_type_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.device_type,
            Self::AndroidManagedAppRegistration(v) => &mut v.device_type,
            Self::IosManagedAppRegistration(v) => &mut v.device_type,
        }
    }
    /// `flaggedReasons` of any variant.
    #[inline]
    pub fn flagged_reasons(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagedAppFlaggedReason>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.flagged_reasons,
            Self::AndroidManagedAppRegistration(v) => &v.flagged_reasons,
            Self::IosManagedAppRegistration(v) => &v.flagged_reasons,
        }
    }
    /// `flaggedReasons` of any variant.
    #[inline]
    pub fn flagged_reasons_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagedAppFlaggedReason>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.flagged_reasons,
            Self::AndroidManagedAppRegistration(v) => &mut v.flagged_reasons,
            Self::IosManagedAppRegistration(v) => &mut v.flagged_reasons,
        }
    }
    /// `lastSyncDateTime` of any variant.
    #[inline]
    pub fn last_sync_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &v.last_sync_date_time,
            Self::AndroidManagedAppRegistration(v) => &v.last_sync_date_time,
            Self::IosManagedAppRegistration(v) => &v.last_sync_date_time,
        }
    }
    /// `lastSyncDateTime` of any variant.
    #[inline]
    pub fn last_sync_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.last_sync_date_time,
            Self::AndroidManagedAppRegistration(v) => &mut v.last_sync_date_time,
            Self::IosManagedAppRegistration(v) => &mut v.last_sync_date_time,
        }
    }
    /// `managedDeviceId` of any variant.
    #[inline]
    pub fn managed_device_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.managed_device_id,
            Self::AndroidManagedAppRegistration(v) => &v.managed_device_id,
            Self::IosManagedAppRegistration(v) => &v.managed_device_id,
        }
    }
    /// `managedDeviceId` of any variant.
    #[inline]
    pub fn managed_device_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.managed_device_id,
            Self::AndroidManagedAppRegistration(v) => &mut v.managed_device_id,
            Self::IosManagedAppRegistration(v) => &mut v.managed_device_id,
        }
    }
    /// `managementSdkVersion` of any variant.
    #[inline]
    pub fn management_sdk_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.management_sdk_version,
            Self::AndroidManagedAppRegistration(v) => &v.management_sdk_version,
            Self::IosManagedAppRegistration(v) => &v.management_sdk_version,
        }
    }
    /// `managementSdkVersion` of any variant.
    #[inline]
    pub fn management_sdk_version_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.management_sdk_version,
            Self::AndroidManagedAppRegistration(v) => &mut v.management_sdk_version,
            Self::IosManagedAppRegistration(v) => &mut v.management_sdk_version,
        }
    }
    /// `platformVersion` of any variant.
    #[inline]
    pub fn platform_version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.platform_version,
            Self::AndroidManagedAppRegistration(v) => &v.platform_version,
            Self::IosManagedAppRegistration(v) => &v.platform_version,
        }
    }
    /// `platformVersion` of any variant.
    #[inline]
    pub fn platform_version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.platform_version,
            Self::AndroidManagedAppRegistration(v) => &mut v.platform_version,
            Self::IosManagedAppRegistration(v) => &mut v.platform_version,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.user_id,
            Self::AndroidManagedAppRegistration(v) => &v.user_id,
            Self::IosManagedAppRegistration(v) => &v.user_id,
        }
    }
    /// `userId` of any variant.
    #[inline]
    pub fn user_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.user_id,
            Self::AndroidManagedAppRegistration(v) => &mut v.user_id,
            Self::IosManagedAppRegistration(v) => &mut v.user_id,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &v.version,
            Self::AndroidManagedAppRegistration(v) => &v.version,
            Self::IosManagedAppRegistration(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.version,
            Self::AndroidManagedAppRegistration(v) => &mut v.version,
            Self::IosManagedAppRegistration(v) => &mut v.version,
        }
    }
    /// `appliedPolicies` of any variant.
    #[inline]
    pub fn applied_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.applied_policies,
            Self::AndroidManagedAppRegistration(v) => &v.applied_policies,
            Self::IosManagedAppRegistration(v) => &v.applied_policies,
        }
    }
    /// `appliedPolicies` of any variant.
    #[inline]
    pub fn applied_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.applied_policies,
            Self::AndroidManagedAppRegistration(v) => &mut v.applied_policies,
            Self::IosManagedAppRegistration(v) => &mut v.applied_policies,
        }
    }
    /// `intendedPolicies` of any variant.
    #[inline]
    pub fn intended_policies(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.intended_policies,
            Self::AndroidManagedAppRegistration(v) => &v.intended_policies,
            Self::IosManagedAppRegistration(v) => &v.intended_policies,
        }
    }
    /// `intendedPolicies` of any variant.
    #[inline]
    pub fn intended_policies_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::AnyManagedAppPolicy>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.intended_policies,
            Self::AndroidManagedAppRegistration(v) => &mut v.intended_policies,
            Self::IosManagedAppRegistration(v) => &mut v.intended_policies,
        }
    }
    /// `operations` of any variant.
    #[inline]
    pub fn operations(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagedAppOperation>> {
        match self {
            Self::ManagedAppRegistration(v) => &v.operations,
            Self::AndroidManagedAppRegistration(v) => &v.operations,
            Self::IosManagedAppRegistration(v) => &v.operations,
        }
    }
    /// `operations` of any variant.
    #[inline]
    pub fn operations_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagedAppOperation>> {
        match self {
            Self::ManagedAppRegistration(v) => &mut v.operations,
            Self::AndroidManagedAppRegistration(v) => &mut v.operations,
            Self::IosManagedAppRegistration(v) => &mut v.operations,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyManagedAppRegistration);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppRegistration);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedAppRemediationAction`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedAppRemediationAction {
    /// `block` (value 0).
    Block,
    /// `wipe` (value 1).
    Wipe,
    /// `warn` (value 2).
    Warn,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedAppRemediationAction {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppRemediationAction";
    const MEMBERS: &'static [&'static str] = &["block", "wipe", "warn"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "block" => Self::Block,
                "wipe" => Self::Wipe,
                "warn" => Self::Warn,
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
            Self::Block => "block",
            Self::Wipe => "wipe",
            Self::Warn => "warn",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedAppRemediationAction);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppRemediationAction);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Represents app protection and configuration status for the organization.
///
/// CSDL: `microsoft.graph.managedAppStatus`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAppStatus {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Friendly name of the status report.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppStatus {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedAppStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppStatus";
    const KEYS: &'static [&'static str] = &["id", "displayName", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "version", &self.version);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedAppStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.version);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedAppStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppStatus { with_id id : ::std::string::String; with_display_name display_name
    : ::std::string::String; with_version version : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// `microsoft.graph.managedAppStatus` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyManagedAppStatus {
    ManagedAppStatus(::std::boxed::Box<crate::beta::ManagedAppStatus>),
    ManagedAppStatusRaw(::std::boxed::Box<crate::beta::ManagedAppStatusRaw>),
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for AnyManagedAppStatus {
    #[inline]
    fn default() -> Self {
        Self::ManagedAppStatus(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppStatus> for AnyManagedAppStatus {
    #[inline]
    fn from(v: crate::beta::ManagedAppStatus) -> Self {
        Self::ManagedAppStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppStatusRaw> for AnyManagedAppStatus {
    #[inline]
    fn from(v: crate::beta::ManagedAppStatusRaw) -> Self {
        Self::ManagedAppStatusRaw(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Send for AnyManagedAppStatus {}
#[cfg(msgraph_beta_device_app_management_or_search)]
unsafe impl ::std::marker::Sync for AnyManagedAppStatus {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::marker::Unpin for AnyManagedAppStatus {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::UnwindSafe for AnyManagedAppStatus {}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyManagedAppStatus {}
#[cfg(msgraph_beta_device_app_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::ManagedAppStatus>();
    rt::object::auto_traits::<crate::beta::ManagedAppStatusRaw>();
};
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Poly for AnyManagedAppStatus {
    const BASE_NAME: &'static str = "microsoft.graph.managedAppStatus";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.managedAppStatusRaw") => {
                Self::ManagedAppStatusRaw(rt::object::new_boxed())
            }
            _ => Self::ManagedAppStatus(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ManagedAppStatus(v) => &**v,
            Self::ManagedAppStatusRaw(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ManagedAppStatus(v) => &mut **v,
            Self::ManagedAppStatusRaw(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl AnyManagedAppStatus {
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
            Self::ManagedAppStatus(v) => &v.id,
            Self::ManagedAppStatusRaw(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &mut v.id,
            Self::ManagedAppStatusRaw(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &v.display_name,
            Self::ManagedAppStatusRaw(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &mut v.display_name,
            Self::ManagedAppStatusRaw(v) => &mut v.display_name,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &v.version,
            Self::ManagedAppStatusRaw(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ManagedAppStatus(v) => &mut v.version,
            Self::ManagedAppStatusRaw(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_poly!(AnyManagedAppStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyManagedAppStatus);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Represents an un-typed status report about organizations app protection and configuration.
///
/// CSDL: `microsoft.graph.managedAppStatusRaw`, entity type, derived from `microsoft.graph.managedAppStatus`, key `id`.
///
/// Request builders: [`ManagedAppStatusRawPath`](requests/trait.ManagedAppStatusRawPath.html), what a path to one (`EntityPath<ManagedAppStatusRaw, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct ManagedAppStatusRaw {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Friendly name of the status report.
    ///
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// Version of the entity.
    ///
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Status report content.
    ///
    /// CSDL: property `content`: `microsoft.graph.Json`, nullable.
    pub content: rt::Field<crate::beta::Json>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for ManagedAppStatusRaw {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            version: rt::Field::Absent,
            content: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for ManagedAppStatusRaw {
    const TYPE_NAME: &'static str = "microsoft.graph.managedAppStatusRaw";
    const KEYS: &'static [&'static str] = &["id", "displayName", "version", "content"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"version\":                      ",
        ",\"content\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.managedAppStatusRaw\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "version", &self.version);
        v.field(3usize, "content", &self.content);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for ManagedAppStatusRaw {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.version.read_from(r),
            3usize => self.content.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.version);
        w.field(3usize, &self.content);
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
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(ManagedAppStatusRaw);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    ManagedAppStatusRaw { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_version version : ::std::string::String;
    with_content content : crate ::beta::Json; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedAppStatusRaw);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// CSDL: `microsoft.graph.managedBrowserType`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ManagedBrowserType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `microsoftEdge` (value 1).
    MicrosoftEdge,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::StrEnum for ManagedBrowserType {
    const TYPE_NAME: &'static str = "microsoft.graph.managedBrowserType";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "microsoftEdge"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "microsoftEdge" => Self::MicrosoftEdge,
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
            Self::NotConfigured => "notConfigured",
            Self::MicrosoftEdge => "microsoftEdge",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_enum!(ManagedBrowserType);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(ManagedBrowserType);
