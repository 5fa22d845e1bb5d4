//! Types of `microsoft.graph` by the first letters of their names (`mac_mal`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core_or_device_app_management)]
/// The identifier for a Mac app.
///
/// CSDL: `microsoft.graph.macAppIdentifier`, complex type, derived from `microsoft.graph.mobileAppIdentifier`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MacAppIdentifier {
    /// The identifier for an app, as specified in the app store.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for MacAppIdentifier {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for MacAppIdentifier {
    const TYPE_NAME: &'static str = "microsoft.graph.macAppIdentifier";
    const KEYS: &'static [&'static str] = &["bundleId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"bundleId\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.macAppIdentifier\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bundle_id", &self.bundle_id);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for MacAppIdentifier {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id);
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
rt::impl_object!(MacAppIdentifier);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    MacAppIdentifier { with_bundle_id bundle_id : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacAppIdentifier);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSContentCachingParentSelectionPolicy`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsContentCachingParentSelectionPolicy {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `roundRobin` (value 1).
    RoundRobin,
    /// `firstAvailable` (value 2).
    FirstAvailable,
    /// `urlPathHash` (value 3).
    UrlPathHash,
    /// `random` (value 4).
    Random,
    /// `stickyAvailable` (value 5).
    StickyAvailable,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsContentCachingParentSelectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSContentCachingParentSelectionPolicy";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "roundRobin",
        "firstAvailable",
        "urlPathHash",
        "random",
        "stickyAvailable",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "roundRobin" => Self::RoundRobin,
                "firstAvailable" => Self::FirstAvailable,
                "urlPathHash" => Self::UrlPathHash,
                "random" => Self::Random,
                "stickyAvailable" => Self::StickyAvailable,
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
            Self::RoundRobin => "roundRobin",
            Self::FirstAvailable => "firstAvailable",
            Self::UrlPathHash => "urlPathHash",
            Self::Random => "random",
            Self::StickyAvailable => "stickyAvailable",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsContentCachingParentSelectionPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsContentCachingParentSelectionPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSContentCachingPeerPolicy`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsContentCachingPeerPolicy {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `peersInLocalNetwork` (value 1).
    PeersInLocalNetwork,
    /// `peersWithSamePublicIpAddress` (value 2).
    PeersWithSamePublicIpAddress,
    /// `peersInCustomLocalNetworks` (value 3).
    PeersInCustomLocalNetworks,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsContentCachingPeerPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSContentCachingPeerPolicy";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "peersInLocalNetwork",
        "peersWithSamePublicIpAddress",
        "peersInCustomLocalNetworks",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "peersInLocalNetwork" => Self::PeersInLocalNetwork,
                "peersWithSamePublicIpAddress" => Self::PeersWithSamePublicIpAddress,
                "peersInCustomLocalNetworks" => Self::PeersInCustomLocalNetworks,
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
            Self::PeersInLocalNetwork => "peersInLocalNetwork",
            Self::PeersWithSamePublicIpAddress => "peersWithSamePublicIpAddress",
            Self::PeersInCustomLocalNetworks => "peersInCustomLocalNetworks",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsContentCachingPeerPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsContentCachingPeerPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents a specific macOS kernel extension. A macOS kernel extension can be described by its team identifier plus its bundle identifier.
///
/// CSDL: `microsoft.graph.macOSKernelExtension`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsKernelExtension {
    /// Bundle ID of the kernel extension.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, not nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The team identifier that was used to sign the kernel extension.
    ///
    /// CSDL: property `teamIdentifier`: `Edm.String`, nullable.
    pub team_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsKernelExtension {
    #[inline]
    fn default() -> Self {
        Self {
            bundle_id: rt::Field::Absent,
            team_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsKernelExtension {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSKernelExtension";
    const KEYS: &'static [&'static str] = &["bundleId", "teamIdentifier"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bundleId\":                     ",
        ",\"teamIdentifier\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSKernelExtension\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "bundle_id", &self.bundle_id);
        v.field(1usize, "team_identifier", &self.team_identifier);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsKernelExtension {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bundle_id.read_from(r),
            1usize => self.team_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bundle_id);
        w.field(1usize, &self.team_identifier);
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
rt::impl_object!(MacOsKernelExtension);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsKernelExtension { with_bundle_id bundle_id : ::std::string::String;
    with_team_identifier team_identifier : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsKernelExtension);
#[cfg(msgraph_beta_device_management_or_search)]
/// Represents an app in the list of macOS launch items
///
/// CSDL: `microsoft.graph.macOSLaunchItem`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsLaunchItem {
    /// Whether or not to hide the item from the Users and Groups List.
    ///
    /// CSDL: property `hide`: `Edm.Boolean`, not nullable.
    pub hide: rt::Field<bool>,
    /// Path to the launch item.
    ///
    /// CSDL: property `path`: `Edm.String`, not nullable.
    pub path: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MacOsLaunchItem {
    #[inline]
    fn default() -> Self {
        Self {
            hide: rt::Field::Absent,
            path: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MacOsLaunchItem {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSLaunchItem";
    const KEYS: &'static [&'static str] = &["hide", "path"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hide\":                         ",
        ",\"path\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSLaunchItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hide", &self.hide);
        v.field(1usize, "path", &self.path);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MacOsLaunchItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hide.read_from(r),
            1usize => self.path.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hide);
        w.field(1usize, &self.path);
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
rt::impl_object!(MacOsLaunchItem);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MacOsLaunchItem { with_hide hide : bool; with_path path : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsLaunchItem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for the MacOS LOB App.
///
/// CSDL: `microsoft.graph.macOSLobApp`, entity type, derived from `microsoft.graph.mobileLobApp`, key `id`.
///
/// Request builders: [`MacOsLobAppPath`](requests/trait.MacOsLobAppPath.html), what a path to one (`EntityPath<MacOsLobApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsLobApp {
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
    /// The build number of MacOS Line of Business (LoB) app.
    ///
    /// CSDL: property `buildNumber`: `Edm.String`, nullable.
    pub build_number: rt::Field<::std::string::String>,
    /// The bundle id.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The app list in this bundle package
    ///
    /// CSDL: property `childApps`: `Collection(microsoft.graph.macOSLobChildApp)`, nullable.
    pub child_apps: rt::Field<::std::vec::Vec<crate::beta::MacOsLobChildApp>>,
    /// The identity version.
    ///
    /// CSDL: property `identityVersion`: `Edm.String`, nullable.
    pub identity_version: rt::Field<::std::string::String>,
    /// A boolean to control whether the app's version will be used to detect the app after it is installed on a device. Set this to true for macOS Line of Business (LoB) apps that use a self update feature.
    ///
    /// CSDL: property `ignoreVersionDetection`: `Edm.Boolean`, not nullable.
    pub ignore_version_detection: rt::Field<bool>,
    /// A boolean to control whether the app will be installed as managed (requires macOS 11.0 and other PKG restrictions).
    ///
    /// CSDL: property `installAsManaged`: `Edm.Boolean`, not nullable.
    pub install_as_managed: rt::Field<bool>,
    /// The MD5 hash codes
    ///
    /// CSDL: property `md5Hash`: `Collection(Edm.String)`, nullable.
    pub md5_hash: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// The chunk size for MD5 hash
    ///
    /// CSDL: property `md5HashChunkSize`: `Edm.Int32`, not nullable.
    pub md5_hash_chunk_size: rt::Field<i32>,
    /// The value for the minimum applicable operating system.
    ///
    /// CSDL: property `minimumSupportedOperatingSystem`: `microsoft.graph.macOSMinimumOperatingSystem`, nullable.
    pub minimum_supported_operating_system: rt::Field<
        crate::beta::MacOsMinimumOperatingSystem,
    >,
    /// The version number of MacOS Line of Business (LoB) app.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsLobApp {
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
            committed_content_version: rt::Field::Absent,
            file_name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_versions: rt::Field::Absent,
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            child_apps: rt::Field::Absent,
            identity_version: rt::Field::Absent,
            ignore_version_detection: rt::Field::Absent,
            install_as_managed: rt::Field::Absent,
            md5_hash: rt::Field::Absent,
            md5_hash_chunk_size: rt::Field::Absent,
            minimum_supported_operating_system: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsLobApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSLobApp";
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
        "committedContentVersion",
        "fileName",
        "size",
        "contentVersions",
        "buildNumber",
        "bundleId",
        "childApps",
        "identityVersion",
        "ignoreVersionDetection",
        "installAsManaged",
        "md5Hash",
        "md5HashChunkSize",
        "minimumSupportedOperatingSystem",
        "versionNumber",
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
        ",\"committedContentVersion\":      ",
        ",\"fileName\":                     ",
        ",\"size\":                         ",
        ",\"contentVersions\":              ",
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"childApps\":                    ",
        ",\"identityVersion\":              ",
        ",\"ignoreVersionDetection\":       ",
        ",\"installAsManaged\":             ",
        ",\"md5Hash\":                      ",
        ",\"md5HashChunkSize\":             ",
        ",\"minimumSupportedOperatingSystem\":",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSLobApp\"";
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
        v.field(26usize, "committed_content_version", &self.committed_content_version);
        v.field(27usize, "file_name", &self.file_name);
        v.field(28usize, "size", &self.size);
        v.field(29usize, "content_versions", &self.content_versions);
        v.field(30usize, "build_number", &self.build_number);
        v.field(31usize, "bundle_id", &self.bundle_id);
        v.field(32usize, "child_apps", &self.child_apps);
        v.field(33usize, "identity_version", &self.identity_version);
        v.field(34usize, "ignore_version_detection", &self.ignore_version_detection);
        v.field(35usize, "install_as_managed", &self.install_as_managed);
        v.field(36usize, "md5_hash", &self.md5_hash);
        v.field(37usize, "md5_hash_chunk_size", &self.md5_hash_chunk_size);
        v.field(
            38usize,
            "minimum_supported_operating_system",
            &self.minimum_supported_operating_system,
        );
        v.field(39usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsLobApp {
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
            26usize => self.committed_content_version.read_from(r),
            27usize => self.file_name.read_from(r),
            28usize => self.size.read_from(r),
            29usize => self.content_versions.read_from(r),
            30usize => self.build_number.read_from(r),
            31usize => self.bundle_id.read_from(r),
            32usize => self.child_apps.read_from(r),
            33usize => self.identity_version.read_from(r),
            34usize => self.ignore_version_detection.read_from(r),
            35usize => self.install_as_managed.read_from(r),
            36usize => self.md5_hash.read_from(r),
            37usize => self.md5_hash_chunk_size.read_from(r),
            38usize => self.minimum_supported_operating_system.read_from(r),
            39usize => self.version_number.read_from(r),
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
        w.field(26usize, &self.committed_content_version);
        w.field(27usize, &self.file_name);
        w.field(28usize, &self.size);
        w.field(29usize, &self.content_versions);
        w.field(30usize, &self.build_number);
        w.field(31usize, &self.bundle_id);
        w.field(32usize, &self.child_apps);
        w.field(33usize, &self.identity_version);
        w.field(34usize, &self.ignore_version_detection);
        w.field(35usize, &self.install_as_managed);
        w.field(36usize, &self.md5_hash);
        w.field(37usize, &self.md5_hash_chunk_size);
        w.field(38usize, &self.minimum_supported_operating_system);
        w.field(39usize, &self.version_number);
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
rt::impl_object!(MacOsLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsLobApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >;
    with_committed_content_version committed_content_version : ::std::string::String;
    with_file_name file_name : ::std::string::String; with_size size : i64;
    with_content_versions content_versions : ::std::vec::Vec < crate
    ::beta::MobileAppContent >; with_build_number build_number : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; with_child_apps child_apps :
    ::std::vec::Vec < crate ::beta::MacOsLobChildApp >; with_identity_version
    identity_version : ::std::string::String; with_ignore_version_detection
    ignore_version_detection : bool; with_install_as_managed install_as_managed : bool;
    with_md5_hash md5_hash : ::std::vec::Vec < ::std::string::String >;
    with_md5_hash_chunk_size md5_hash_chunk_size : i32;
    with_minimum_supported_operating_system minimum_supported_operating_system : crate
    ::beta::MacOsMinimumOperatingSystem; with_version_number version_number :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsLobApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties the MacOS LOB App in a bundle package
///
/// CSDL: `microsoft.graph.macOSLobChildApp`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsLobChildApp {
    /// The build number of MacOS Line of Business (LoB) app.
    ///
    /// CSDL: property `buildNumber`: `Edm.String`, nullable.
    pub build_number: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The version number of MacOS Line of Business (LoB) app.
    ///
    /// CSDL: property `versionNumber`: `Edm.String`, nullable.
    pub version_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsLobChildApp {
    #[inline]
    fn default() -> Self {
        Self {
            build_number: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            version_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsLobChildApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSLobChildApp";
    const KEYS: &'static [&'static str] = &["buildNumber", "bundleId", "versionNumber"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"buildNumber\":                  ",
        ",\"bundleId\":                     ",
        ",\"versionNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSLobChildApp\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "build_number", &self.build_number);
        v.field(1usize, "bundle_id", &self.bundle_id);
        v.field(2usize, "version_number", &self.version_number);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsLobChildApp {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.build_number.read_from(r),
            1usize => self.bundle_id.read_from(r),
            2usize => self.version_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.build_number);
        w.field(1usize, &self.bundle_id);
        w.field(2usize, &self.version_number);
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
rt::impl_object!(MacOsLobChildApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsLobChildApp { with_build_number build_number : ::std::string::String;
    with_bundle_id bundle_id : ::std::string::String; with_version_number version_number
    : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsLobChildApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for the macOS Microsoft Defender Advanced Threat Protection (MDATP) App.
///
/// CSDL: `microsoft.graph.macOSMdatpApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<MacOsMdatpApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsMdatpApp {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsMdatpApp {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsMdatpApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSMdatpApp";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSMdatpApp\"";
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
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsMdatpApp {
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
rt::impl_object!(MacOsMdatpApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsMdatpApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsMdatpApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for the MacOS Microsoft Edge App.
///
/// CSDL: `microsoft.graph.macOSMicrosoftEdgeApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<MacOsMicrosoftEdgeApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsMicrosoftEdgeApp {
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
    /// The channel to install on target devices.
    ///
    /// CSDL: property `channel`: `microsoft.graph.microsoftEdgeChannel`, not nullable.
    pub channel: rt::Field<crate::beta::MicrosoftEdgeChannel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsMicrosoftEdgeApp {
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
            channel: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsMicrosoftEdgeApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
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
        "channel",
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
        ",\"channel\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSMicrosoftEdgeApp\"";
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
        v.field(26usize, "channel", &self.channel);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsMicrosoftEdgeApp {
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
            26usize => self.channel.read_from(r),
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
        w.field(26usize, &self.channel);
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
rt::impl_object!(MacOsMicrosoftEdgeApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsMicrosoftEdgeApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_channel channel : crate
    ::beta::MicrosoftEdgeChannel; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsMicrosoftEdgeApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// The minimum operating system required for a MacOS app.
///
/// CSDL: `microsoft.graph.macOSMinimumOperatingSystem`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsMinimumOperatingSystem {
    /// Mac OS 10.10 or later.
    ///
    /// CSDL: property `v10_10`: `Edm.Boolean`, not nullable.
    pub v10_10: rt::Field<bool>,
    /// Mac OS 10.11 or later.
    ///
    /// CSDL: property `v10_11`: `Edm.Boolean`, not nullable.
    pub v10_11: rt::Field<bool>,
    /// Mac OS 10.12 or later.
    ///
    /// CSDL: property `v10_12`: `Edm.Boolean`, not nullable.
    pub v10_12: rt::Field<bool>,
    /// Mac OS 10.13 or later.
    ///
    /// CSDL: property `v10_13`: `Edm.Boolean`, not nullable.
    pub v10_13: rt::Field<bool>,
    /// Mac OS 10.14 or later.
    ///
    /// CSDL: property `v10_14`: `Edm.Boolean`, not nullable.
    pub v10_14: rt::Field<bool>,
    /// Mac OS 10.15 or later.
    ///
    /// CSDL: property `v10_15`: `Edm.Boolean`, not nullable.
    pub v10_15: rt::Field<bool>,
    /// Mac OS 10.7 or later.
    ///
    /// CSDL: property `v10_7`: `Edm.Boolean`, not nullable.
    pub v10_7: rt::Field<bool>,
    /// Mac OS 10.8 or later.
    ///
    /// CSDL: property `v10_8`: `Edm.Boolean`, not nullable.
    pub v10_8: rt::Field<bool>,
    /// Mac OS 10.9 or later.
    ///
    /// CSDL: property `v10_9`: `Edm.Boolean`, not nullable.
    pub v10_9: rt::Field<bool>,
    /// Mac OS 11.0 or later.
    ///
    /// CSDL: property `v11_0`: `Edm.Boolean`, not nullable.
    pub v11_0: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsMinimumOperatingSystem {
    #[inline]
    fn default() -> Self {
        Self {
            v10_10: rt::Field::Absent,
            v10_11: rt::Field::Absent,
            v10_12: rt::Field::Absent,
            v10_13: rt::Field::Absent,
            v10_14: rt::Field::Absent,
            v10_15: rt::Field::Absent,
            v10_7: rt::Field::Absent,
            v10_8: rt::Field::Absent,
            v10_9: rt::Field::Absent,
            v11_0: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsMinimumOperatingSystem {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSMinimumOperatingSystem";
    const KEYS: &'static [&'static str] = &[
        "v10_10",
        "v10_11",
        "v10_12",
        "v10_13",
        "v10_14",
        "v10_15",
        "v10_7",
        "v10_8",
        "v10_9",
        "v11_0",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"v10_10\":                       ",
        ",\"v10_11\":                       ",
        ",\"v10_12\":                       ",
        ",\"v10_13\":                       ",
        ",\"v10_14\":                       ",
        ",\"v10_15\":                       ",
        ",\"v10_7\":                        ",
        ",\"v10_8\":                        ",
        ",\"v10_9\":                        ",
        ",\"v11_0\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSMinimumOperatingSystem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "v10_10", &self.v10_10);
        v.field(1usize, "v10_11", &self.v10_11);
        v.field(2usize, "v10_12", &self.v10_12);
        v.field(3usize, "v10_13", &self.v10_13);
        v.field(4usize, "v10_14", &self.v10_14);
        v.field(5usize, "v10_15", &self.v10_15);
        v.field(6usize, "v10_7", &self.v10_7);
        v.field(7usize, "v10_8", &self.v10_8);
        v.field(8usize, "v10_9", &self.v10_9);
        v.field(9usize, "v11_0", &self.v11_0);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsMinimumOperatingSystem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.v10_10.read_from(r),
            1usize => self.v10_11.read_from(r),
            2usize => self.v10_12.read_from(r),
            3usize => self.v10_13.read_from(r),
            4usize => self.v10_14.read_from(r),
            5usize => self.v10_15.read_from(r),
            6usize => self.v10_7.read_from(r),
            7usize => self.v10_8.read_from(r),
            8usize => self.v10_9.read_from(r),
            9usize => self.v11_0.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.v10_10);
        w.field(1usize, &self.v10_11);
        w.field(2usize, &self.v10_12);
        w.field(3usize, &self.v10_13);
        w.field(4usize, &self.v10_14);
        w.field(5usize, &self.v10_15);
        w.field(6usize, &self.v10_7);
        w.field(7usize, &self.v10_8);
        w.field(8usize, &self.v10_9);
        w.field(9usize, &self.v11_0);
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
rt::impl_object!(MacOsMinimumOperatingSystem);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsMinimumOperatingSystem { with_v10_10 v10_10 : bool; with_v10_11 v10_11 : bool;
    with_v10_12 v10_12 : bool; with_v10_13 v10_13 : bool; with_v10_14 v10_14 : bool;
    with_v10_15 v10_15 : bool; with_v10_7 v10_7 : bool; with_v10_8 v10_8 : bool;
    with_v10_9 v10_9 : bool; with_v11_0 v11_0 : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsMinimumOperatingSystem);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for the MacOS Office Suite App.
///
/// CSDL: `microsoft.graph.macOSOfficeSuiteApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MobileAppPath`](requests/trait.MobileAppPath.html), what a path to one (`EntityPath<MacOsOfficeSuiteApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsOfficeSuiteApp {
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
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsOfficeSuiteApp {
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
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsOfficeSuiteApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
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
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOSOfficeSuiteApp\"";
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
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsOfficeSuiteApp {
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
rt::impl_object!(MacOsOfficeSuiteApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsOfficeSuiteApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsOfficeSuiteApp);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSSoftwareUpdateDelayPolicy`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsSoftwareUpdateDelayPolicy {
    /// `none` (value 0).
    None,
    /// `delayOSUpdateVisibility` (value 1).
    DelayOsUpdateVisibility,
    /// `delayAppUpdateVisibility` (value 2).
    DelayAppUpdateVisibility,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsSoftwareUpdateDelayPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateDelayPolicy";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "delayOSUpdateVisibility",
        "delayAppUpdateVisibility",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "delayOSUpdateVisibility" => Self::DelayOsUpdateVisibility,
                "delayAppUpdateVisibility" => Self::DelayAppUpdateVisibility,
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
            Self::DelayOsUpdateVisibility => "delayOSUpdateVisibility",
            Self::DelayAppUpdateVisibility => "delayAppUpdateVisibility",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsSoftwareUpdateDelayPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateDelayPolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.macOSSoftwareUpdateScheduleType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MacOsSoftwareUpdateScheduleType {
    /// `alwaysUpdate` (value 0).
    AlwaysUpdate,
    /// `updateDuringTimeWindows` (value 1).
    UpdateDuringTimeWindows,
    /// `updateOutsideOfTimeWindows` (value 2).
    UpdateOutsideOfTimeWindows,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for MacOsSoftwareUpdateScheduleType {
    const TYPE_NAME: &'static str = "microsoft.graph.macOSSoftwareUpdateScheduleType";
    const MEMBERS: &'static [&'static str] = &[
        "alwaysUpdate",
        "updateDuringTimeWindows",
        "updateOutsideOfTimeWindows",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "alwaysUpdate" => Self::AlwaysUpdate,
                "updateDuringTimeWindows" => Self::UpdateDuringTimeWindows,
                "updateOutsideOfTimeWindows" => Self::UpdateOutsideOfTimeWindows,
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
            Self::AlwaysUpdate => "alwaysUpdate",
            Self::UpdateDuringTimeWindows => "updateDuringTimeWindows",
            Self::UpdateOutsideOfTimeWindows => "updateOutsideOfTimeWindows",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(MacOsSoftwareUpdateScheduleType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsSoftwareUpdateScheduleType);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an Mac LOB  app to a group.
///
/// CSDL: `microsoft.graph.macOsLobAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsLobAppAssignmentSettings {
    /// Whether or not to uninstall the app when device is removed from Intune.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsLobAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            uninstall_on_device_removal: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsLobAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.macOsLobAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &["uninstallOnDeviceRemoval"];
    const KEYS_JSON: &'static [&'static str] = &[",\"uninstallOnDeviceRemoval\":     "];
    const TAG: &'static str = "\"#microsoft.graph.macOsLobAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsLobAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.uninstall_on_device_removal.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.uninstall_on_device_removal);
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
rt::impl_object!(MacOsLobAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsLobAppAssignmentSettings { with_uninstall_on_device_removal
    uninstall_on_device_removal : bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsLobAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties and inherited properties for MacOS Volume-Purchased Program (VPP) Apps.
///
/// CSDL: `microsoft.graph.macOsVppApp`, entity type, derived from `microsoft.graph.mobileApp`, key `id`.
///
/// Request builders: [`MacOsVppAppPath`](requests/trait.MacOsVppAppPath.html), what a path to one (`EntityPath<MacOsVppApp, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsVppApp {
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
    /// The store URL.
    ///
    /// CSDL: property `appStoreUrl`: `Edm.String`, nullable.
    pub app_store_url: rt::Field<::std::string::String>,
    /// The Identity Name.
    ///
    /// CSDL: property `bundleId`: `Edm.String`, nullable.
    pub bundle_id: rt::Field<::std::string::String>,
    /// The supported License Type.
    ///
    /// CSDL: property `licensingType`: `microsoft.graph.vppLicensingType`, nullable.
    pub licensing_type: rt::Field<crate::beta::VppLicensingType>,
    /// The VPP application release date and time.
    ///
    /// CSDL: property `releaseDateTime`: `Edm.DateTimeOffset`, nullable.
    pub release_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Results of revoke license actions on this app.
    ///
    /// CSDL: property `revokeLicenseActionResults`: `Collection(microsoft.graph.macOsVppAppRevokeLicensesActionResult)`, nullable.
    pub revoke_license_action_results: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsVppAppRevokeLicensesActionResult>,
    >,
    /// The total number of VPP licenses.
    ///
    /// CSDL: property `totalLicenseCount`: `Edm.Int32`, not nullable.
    pub total_license_count: rt::Field<i32>,
    /// The number of VPP licenses in use.
    ///
    /// CSDL: property `usedLicenseCount`: `Edm.Int32`, not nullable.
    pub used_license_count: rt::Field<i32>,
    /// The type of volume purchase program which the given Apple Volume Purchase Program Token is associated with. Possible values are: `business`, `education`.
    ///
    /// CSDL: property `vppTokenAccountType`: `microsoft.graph.vppTokenAccountType`, not nullable.
    pub vpp_token_account_type: rt::Field<crate::beta::VppTokenAccountType>,
    /// The Apple Id associated with the given Apple Volume Purchase Program Token.
    ///
    /// CSDL: property `vppTokenAppleId`: `Edm.String`, nullable.
    pub vpp_token_apple_id: rt::Field<::std::string::String>,
    /// Identifier of the VPP token associated with this app.
    ///
    /// CSDL: property `vppTokenId`: `Edm.String`, nullable.
    pub vpp_token_id: rt::Field<::std::string::String>,
    /// The organization associated with the Apple Volume Purchase Program Token
    ///
    /// CSDL: property `vppTokenOrganizationName`: `Edm.String`, nullable.
    pub vpp_token_organization_name: rt::Field<::std::string::String>,
    /// The licenses assigned to this app.
    ///
    /// CSDL: containment navigation property `assignedLicenses`: `Collection(microsoft.graph.macOsVppAppAssignedLicense)`, not nullable.
    pub assigned_licenses: rt::Field<
        ::std::vec::Vec<crate::beta::MacOsVppAppAssignedLicense>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsVppApp {
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
            app_store_url: rt::Field::Absent,
            bundle_id: rt::Field::Absent,
            licensing_type: rt::Field::Absent,
            release_date_time: rt::Field::Absent,
            revoke_license_action_results: rt::Field::Absent,
            total_license_count: rt::Field::Absent,
            used_license_count: rt::Field::Absent,
            vpp_token_account_type: rt::Field::Absent,
            vpp_token_apple_id: rt::Field::Absent,
            vpp_token_id: rt::Field::Absent,
            vpp_token_organization_name: rt::Field::Absent,
            assigned_licenses: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsVppApp {
    const TYPE_NAME: &'static str = "microsoft.graph.macOsVppApp";
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
        "appStoreUrl",
        "bundleId",
        "licensingType",
        "releaseDateTime",
        "revokeLicenseActionResults",
        "totalLicenseCount",
        "usedLicenseCount",
        "vppTokenAccountType",
        "vppTokenAppleId",
        "vppTokenId",
        "vppTokenOrganizationName",
        "assignedLicenses",
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
        ",\"appStoreUrl\":                  ",
        ",\"bundleId\":                     ",
        ",\"licensingType\":                ",
        ",\"releaseDateTime\":              ",
        ",\"revokeLicenseActionResults\":   ",
        ",\"totalLicenseCount\":            ",
        ",\"usedLicenseCount\":             ",
        ",\"vppTokenAccountType\":          ",
        ",\"vppTokenAppleId\":              ",
        ",\"vppTokenId\":                   ",
        ",\"vppTokenOrganizationName\":     ",
        ",\"assignedLicenses\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOsVppApp\"";
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
        v.field(26usize, "app_store_url", &self.app_store_url);
        v.field(27usize, "bundle_id", &self.bundle_id);
        v.field(28usize, "licensing_type", &self.licensing_type);
        v.field(29usize, "release_date_time", &self.release_date_time);
        v.field(
            30usize,
            "revoke_license_action_results",
            &self.revoke_license_action_results,
        );
        v.field(31usize, "total_license_count", &self.total_license_count);
        v.field(32usize, "used_license_count", &self.used_license_count);
        v.field(33usize, "vpp_token_account_type", &self.vpp_token_account_type);
        v.field(34usize, "vpp_token_apple_id", &self.vpp_token_apple_id);
        v.field(35usize, "vpp_token_id", &self.vpp_token_id);
        v.field(
            36usize,
            "vpp_token_organization_name",
            &self.vpp_token_organization_name,
        );
        v.field(37usize, "assigned_licenses", &self.assigned_licenses);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsVppApp {
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
            26usize => self.app_store_url.read_from(r),
            27usize => self.bundle_id.read_from(r),
            28usize => self.licensing_type.read_from(r),
            29usize => self.release_date_time.read_from(r),
            30usize => self.revoke_license_action_results.read_from(r),
            31usize => self.total_license_count.read_from(r),
            32usize => self.used_license_count.read_from(r),
            33usize => self.vpp_token_account_type.read_from(r),
            34usize => self.vpp_token_apple_id.read_from(r),
            35usize => self.vpp_token_id.read_from(r),
            36usize => self.vpp_token_organization_name.read_from(r),
            37usize => self.assigned_licenses.read_from(r),
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
        w.field(26usize, &self.app_store_url);
        w.field(27usize, &self.bundle_id);
        w.field(28usize, &self.licensing_type);
        w.field(29usize, &self.release_date_time);
        w.field(30usize, &self.revoke_license_action_results);
        w.field(31usize, &self.total_license_count);
        w.field(32usize, &self.used_license_count);
        w.field(33usize, &self.vpp_token_account_type);
        w.field(34usize, &self.vpp_token_apple_id);
        w.field(35usize, &self.vpp_token_id);
        w.field(36usize, &self.vpp_token_organization_name);
        w.field(37usize, &self.assigned_licenses);
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
rt::impl_object!(MacOsVppApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsVppApp { with_id id : ::std::string::String; with_created_date_time
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
    ::std::vec::Vec < crate ::beta::UserAppInstallStatus >; with_app_store_url
    app_store_url : ::std::string::String; with_bundle_id bundle_id :
    ::std::string::String; with_licensing_type licensing_type : crate
    ::beta::VppLicensingType; with_release_date_time release_date_time :
    rt::edm::DateTimeOffset; with_revoke_license_action_results
    revoke_license_action_results : ::std::vec::Vec < crate
    ::beta::MacOsVppAppRevokeLicensesActionResult >; with_total_license_count
    total_license_count : i32; with_used_license_count used_license_count : i32;
    with_vpp_token_account_type vpp_token_account_type : crate
    ::beta::VppTokenAccountType; with_vpp_token_apple_id vpp_token_apple_id :
    ::std::string::String; with_vpp_token_id vpp_token_id : ::std::string::String;
    with_vpp_token_organization_name vpp_token_organization_name : ::std::string::String;
    with_assigned_licenses assigned_licenses : ::std::vec::Vec < crate
    ::beta::MacOsVppAppAssignedLicense >; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsVppApp);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// MacOS Volume Purchase Program license assignment. This class does not support Create, Delete, or Update.
///
/// CSDL: `microsoft.graph.macOsVppAppAssignedLicense`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsVppAppAssignedLicense {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The user email address.
    ///
    /// CSDL: property `userEmailAddress`: `Edm.String`, nullable.
    pub user_email_address: rt::Field<::std::string::String>,
    /// The user ID.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// The user name.
    ///
    /// CSDL: property `userName`: `Edm.String`, nullable.
    pub user_name: rt::Field<::std::string::String>,
    /// The user principal name.
    ///
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsVppAppAssignedLicense {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            user_email_address: rt::Field::Absent,
            user_id: rt::Field::Absent,
            user_name: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsVppAppAssignedLicense {
    const TYPE_NAME: &'static str = "microsoft.graph.macOsVppAppAssignedLicense";
    const KEYS: &'static [&'static str] = &[
        "id",
        "userEmailAddress",
        "userId",
        "userName",
        "userPrincipalName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"userEmailAddress\":             ",
        ",\"userId\":                       ",
        ",\"userName\":                     ",
        ",\"userPrincipalName\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOsVppAppAssignedLicense\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "user_email_address", &self.user_email_address);
        v.field(2usize, "user_id", &self.user_id);
        v.field(3usize, "user_name", &self.user_name);
        v.field(4usize, "user_principal_name", &self.user_principal_name);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsVppAppAssignedLicense {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.user_email_address.read_from(r),
            2usize => self.user_id.read_from(r),
            3usize => self.user_name.read_from(r),
            4usize => self.user_principal_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.user_email_address);
        w.field(2usize, &self.user_id);
        w.field(3usize, &self.user_name);
        w.field(4usize, &self.user_principal_name);
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
rt::impl_object!(MacOsVppAppAssignedLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsVppAppAssignedLicense { with_id id : ::std::string::String;
    with_user_email_address user_email_address : ::std::string::String; with_user_id
    user_id : ::std::string::String; with_user_name user_name : ::std::string::String;
    with_user_principal_name user_principal_name : ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsVppAppAssignedLicense);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties used to assign an Mac VPP mobile app to a group.
///
/// CSDL: `microsoft.graph.macOsVppAppAssignmentSettings`, complex type, derived from `microsoft.graph.mobileAppAssignmentSettings`.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsVppAppAssignmentSettings {
    /// Whether or not to uninstall the app when device is removed from Intune.
    ///
    /// CSDL: property `uninstallOnDeviceRemoval`: `Edm.Boolean`, nullable.
    pub uninstall_on_device_removal: rt::Field<bool>,
    /// Whether or not to use device licensing.
    ///
    /// CSDL: property `useDeviceLicensing`: `Edm.Boolean`, not nullable.
    pub use_device_licensing: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsVppAppAssignmentSettings {
    #[inline]
    fn default() -> Self {
        Self {
            uninstall_on_device_removal: rt::Field::Absent,
            use_device_licensing: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsVppAppAssignmentSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.macOsVppAppAssignmentSettings";
    const KEYS: &'static [&'static str] = &[
        "uninstallOnDeviceRemoval",
        "useDeviceLicensing",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"uninstallOnDeviceRemoval\":     ",
        ",\"useDeviceLicensing\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOsVppAppAssignmentSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "uninstall_on_device_removal",
            &self.uninstall_on_device_removal,
        );
        v.field(1usize, "use_device_licensing", &self.use_device_licensing);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsVppAppAssignmentSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.uninstall_on_device_removal.read_from(r),
            1usize => self.use_device_licensing.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.uninstall_on_device_removal);
        w.field(1usize, &self.use_device_licensing);
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
rt::impl_object!(MacOsVppAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsVppAppAssignmentSettings { with_uninstall_on_device_removal
    uninstall_on_device_removal : bool; with_use_device_licensing use_device_licensing :
    bool; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsVppAppAssignmentSettings);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Defines results for actions on MacOS Vpp Apps, contains inherited properties for ActionResult.
///
/// CSDL: `microsoft.graph.macOsVppAppRevokeLicensesActionResult`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct MacOsVppAppRevokeLicensesActionResult {
    /// The reason for the revoke licenses action failure.
    ///
    /// CSDL: property `actionFailureReason`: `microsoft.graph.vppTokenActionFailureReason`, not nullable.
    pub action_failure_reason: rt::Field<crate::beta::VppTokenActionFailureReason>,
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// A count of the number of licenses for which revoke failed.
    ///
    /// CSDL: property `failedLicensesCount`: `Edm.Int32`, not nullable.
    pub failed_licenses_count: rt::Field<i32>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// DeviceId associated with the action.
    ///
    /// CSDL: property `managedDeviceId`: `Edm.String`, nullable.
    pub managed_device_id: rt::Field<::std::string::String>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// A count of the number of licenses for which revoke was attempted.
    ///
    /// CSDL: property `totalLicensesCount`: `Edm.Int32`, not nullable.
    pub total_licenses_count: rt::Field<i32>,
    /// UserId associated with the action.
    ///
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for MacOsVppAppRevokeLicensesActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_failure_reason: rt::Field::Absent,
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            failed_licenses_count: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            managed_device_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            total_licenses_count: rt::Field::Absent,
            user_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for MacOsVppAppRevokeLicensesActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.macOsVppAppRevokeLicensesActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionFailureReason",
        "actionName",
        "actionState",
        "failedLicensesCount",
        "lastUpdatedDateTime",
        "managedDeviceId",
        "startDateTime",
        "totalLicensesCount",
        "userId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionFailureReason\":          ",
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"failedLicensesCount\":          ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"managedDeviceId\":              ",
        ",\"startDateTime\":                ",
        ",\"totalLicensesCount\":           ",
        ",\"userId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.macOsVppAppRevokeLicensesActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_failure_reason", &self.action_failure_reason);
        v.field(1usize, "action_name", &self.action_name);
        v.field(2usize, "action_state", &self.action_state);
        v.field(3usize, "failed_licenses_count", &self.failed_licenses_count);
        v.field(4usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(5usize, "managed_device_id", &self.managed_device_id);
        v.field(6usize, "start_date_time", &self.start_date_time);
        v.field(7usize, "total_licenses_count", &self.total_licenses_count);
        v.field(8usize, "user_id", &self.user_id);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for MacOsVppAppRevokeLicensesActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_failure_reason.read_from(r),
            1usize => self.action_name.read_from(r),
            2usize => self.action_state.read_from(r),
            3usize => self.failed_licenses_count.read_from(r),
            4usize => self.last_updated_date_time.read_from(r),
            5usize => self.managed_device_id.read_from(r),
            6usize => self.start_date_time.read_from(r),
            7usize => self.total_licenses_count.read_from(r),
            8usize => self.user_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_failure_reason);
        w.field(1usize, &self.action_name);
        w.field(2usize, &self.action_state);
        w.field(3usize, &self.failed_licenses_count);
        w.field(4usize, &self.last_updated_date_time);
        w.field(5usize, &self.managed_device_id);
        w.field(6usize, &self.start_date_time);
        w.field(7usize, &self.total_licenses_count);
        w.field(8usize, &self.user_id);
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
rt::impl_object!(MacOsVppAppRevokeLicensesActionResult);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    MacOsVppAppRevokeLicensesActionResult { with_action_failure_reason
    action_failure_reason : crate ::beta::VppTokenActionFailureReason; with_action_name
    action_name : ::std::string::String; with_action_state action_state : crate
    ::beta::ActionState; with_failed_licenses_count failed_licenses_count : i32;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_managed_device_id managed_device_id : ::std::string::String;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset;
    with_total_licenses_count total_licenses_count : i32; with_user_id user_id :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MacOsVppAppRevokeLicensesActionResult);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.mailAssessmentRequest`, entity type, derived from `microsoft.graph.threatAssessmentRequest`, key `id`.
///
/// Request builders: [`ThreatAssessmentRequestPath`](requests/trait.ThreatAssessmentRequestPath.html), what a path to one (`EntityPath<MailAssessmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailAssessmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `category`: `microsoft.graph.threatCategory`, not nullable.
    pub category: rt::Field<crate::beta::ThreatCategory>,
    /// CSDL: property `contentType`: `microsoft.graph.threatAssessmentContentType`, nullable.
    pub content_type: rt::Field<crate::beta::ThreatAssessmentContentType>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `expectedAssessment`: `microsoft.graph.threatExpectedAssessment`, not nullable.
    pub expected_assessment: rt::Field<crate::beta::ThreatExpectedAssessment>,
    /// CSDL: property `requestSource`: `microsoft.graph.threatAssessmentRequestSource`, nullable.
    pub request_source: rt::Field<crate::beta::ThreatAssessmentRequestSource>,
    /// CSDL: property `status`: `microsoft.graph.threatAssessmentStatus`, nullable.
    pub status: rt::Field<crate::beta::ThreatAssessmentStatus>,
    /// CSDL: containment navigation property `results`: `Collection(microsoft.graph.threatAssessmentResult)`, not nullable.
    pub results: rt::Field<::std::vec::Vec<crate::beta::ThreatAssessmentResult>>,
    /// CSDL: property `destinationRoutingReason`: `microsoft.graph.mailDestinationRoutingReason`, nullable.
    pub destination_routing_reason: rt::Field<crate::beta::MailDestinationRoutingReason>,
    /// CSDL: property `messageUri`: `Edm.String`, not nullable.
    pub message_uri: rt::Field<::std::string::String>,
    /// CSDL: property `recipientEmail`: `Edm.String`, not nullable.
    pub recipient_email: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl ::std::default::Default for MailAssessmentRequest {
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
            destination_routing_reason: rt::Field::Absent,
            message_uri: rt::Field::Absent,
            recipient_email: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::Object for MailAssessmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.mailAssessmentRequest";
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
        "destinationRoutingReason",
        "messageUri",
        "recipientEmail",
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
        ",\"destinationRoutingReason\":     ",
        ",\"messageUri\":                   ",
        ",\"recipientEmail\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailAssessmentRequest\"";
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
        v.field(9usize, "destination_routing_reason", &self.destination_routing_reason);
        v.field(10usize, "message_uri", &self.message_uri);
        v.field(11usize, "recipient_email", &self.recipient_email);
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::object::Members for MailAssessmentRequest {
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
            9usize => self.destination_routing_reason.read_from(r),
            10usize => self.message_uri.read_from(r),
            11usize => self.recipient_email.read_from(r),
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
        w.field(9usize, &self.destination_routing_reason);
        w.field(10usize, &self.message_uri);
        w.field(11usize, &self.recipient_email);
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
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_object!(MailAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_setters!(
    MailAssessmentRequest { with_id id : ::std::string::String; with_category category :
    crate ::beta::ThreatCategory; with_content_type content_type : crate
    ::beta::ThreatAssessmentContentType; with_created_by created_by : crate
    ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_expected_assessment expected_assessment : crate
    ::beta::ThreatExpectedAssessment; with_request_source request_source : crate
    ::beta::ThreatAssessmentRequestSource; with_status status : crate
    ::beta::ThreatAssessmentStatus; with_results results : ::std::vec::Vec < crate
    ::beta::ThreatAssessmentResult >; with_destination_routing_reason
    destination_routing_reason : crate ::beta::MailDestinationRoutingReason;
    with_message_uri message_uri : ::std::string::String; with_recipient_email
    recipient_email : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailAssessmentRequest);
#[cfg(msgraph_beta_core_or_information_protection)]
/// CSDL: `microsoft.graph.mailDestinationRoutingReason`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MailDestinationRoutingReason {
    /// `none` (value 0).
    None,
    /// `mailFlowRule` (value 1).
    MailFlowRule,
    /// `safeSender` (value 2).
    SafeSender,
    /// `blockedSender` (value 3).
    BlockedSender,
    /// `advancedSpamFiltering` (value 4).
    AdvancedSpamFiltering,
    /// `domainAllowList` (value 5).
    DomainAllowList,
    /// `domainBlockList` (value 6).
    DomainBlockList,
    /// `notInAddressBook` (value 7).
    NotInAddressBook,
    /// `firstTimeSender` (value 8).
    FirstTimeSender,
    /// `autoPurgeToInbox` (value 9).
    AutoPurgeToInbox,
    /// `autoPurgeToJunk` (value 10).
    AutoPurgeToJunk,
    /// `autoPurgeToDeleted` (value 11).
    AutoPurgeToDeleted,
    /// `outbound` (value 12).
    Outbound,
    /// `notJunk` (value 13).
    NotJunk,
    /// `junk` (value 14).
    Junk,
    /// `unknownFutureValue` (value 15).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_information_protection)]
impl rt::StrEnum for MailDestinationRoutingReason {
    const TYPE_NAME: &'static str = "microsoft.graph.mailDestinationRoutingReason";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "mailFlowRule",
        "safeSender",
        "blockedSender",
        "advancedSpamFiltering",
        "domainAllowList",
        "domainBlockList",
        "notInAddressBook",
        "firstTimeSender",
        "autoPurgeToInbox",
        "autoPurgeToJunk",
        "autoPurgeToDeleted",
        "outbound",
        "notJunk",
        "junk",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "mailFlowRule" => Self::MailFlowRule,
                "safeSender" => Self::SafeSender,
                "blockedSender" => Self::BlockedSender,
                "advancedSpamFiltering" => Self::AdvancedSpamFiltering,
                "domainAllowList" => Self::DomainAllowList,
                "domainBlockList" => Self::DomainBlockList,
                "notInAddressBook" => Self::NotInAddressBook,
                "firstTimeSender" => Self::FirstTimeSender,
                "autoPurgeToInbox" => Self::AutoPurgeToInbox,
                "autoPurgeToJunk" => Self::AutoPurgeToJunk,
                "autoPurgeToDeleted" => Self::AutoPurgeToDeleted,
                "outbound" => Self::Outbound,
                "notJunk" => Self::NotJunk,
                "junk" => Self::Junk,
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
            Self::MailFlowRule => "mailFlowRule",
            Self::SafeSender => "safeSender",
            Self::BlockedSender => "blockedSender",
            Self::AdvancedSpamFiltering => "advancedSpamFiltering",
            Self::DomainAllowList => "domainAllowList",
            Self::DomainBlockList => "domainBlockList",
            Self::NotInAddressBook => "notInAddressBook",
            Self::FirstTimeSender => "firstTimeSender",
            Self::AutoPurgeToInbox => "autoPurgeToInbox",
            Self::AutoPurgeToJunk => "autoPurgeToJunk",
            Self::AutoPurgeToDeleted => "autoPurgeToDeleted",
            Self::Outbound => "outbound",
            Self::NotJunk => "notJunk",
            Self::Junk => "junk",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
rt::impl_enum!(MailDestinationRoutingReason);
#[cfg(msgraph_beta_core_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailDestinationRoutingReason);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mailTips`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailTips {
    /// CSDL: property `automaticReplies`: `microsoft.graph.automaticRepliesMailTips`, nullable.
    pub automatic_replies: rt::Field<crate::beta::AutomaticRepliesMailTips>,
    /// CSDL: property `customMailTip`: `Edm.String`, nullable.
    pub custom_mail_tip: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryRestricted`: `Edm.Boolean`, nullable.
    pub delivery_restricted: rt::Field<bool>,
    /// CSDL: property `emailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub email_address: rt::Field<crate::beta::AnyEmailAddress>,
    /// CSDL: property `error`: `microsoft.graph.mailTipsError`, nullable.
    pub error: rt::Field<crate::beta::MailTipsError>,
    /// CSDL: property `externalMemberCount`: `Edm.Int32`, nullable.
    pub external_member_count: rt::Field<i32>,
    /// CSDL: property `isModerated`: `Edm.Boolean`, nullable.
    pub is_moderated: rt::Field<bool>,
    /// CSDL: property `mailboxFull`: `Edm.Boolean`, nullable.
    pub mailbox_full: rt::Field<bool>,
    /// CSDL: property `maxMessageSize`: `Edm.Int32`, nullable.
    pub max_message_size: rt::Field<i32>,
    /// CSDL: property `recipientScope`: `microsoft.graph.recipientScopeType`, nullable.
    pub recipient_scope: rt::Field<rt::Flags<crate::beta::RecipientScopeType>>,
    /// CSDL: property `recipientSuggestions`: `Collection(microsoft.graph.recipient)`, nullable.
    pub recipient_suggestions: rt::Field<::std::vec::Vec<crate::beta::AnyRecipient>>,
    /// CSDL: property `totalMemberCount`: `Edm.Int32`, nullable.
    pub total_member_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MailTips {
    #[inline]
    fn default() -> Self {
        Self {
            automatic_replies: rt::Field::Absent,
            custom_mail_tip: rt::Field::Absent,
            delivery_restricted: rt::Field::Absent,
            email_address: rt::Field::Absent,
            error: rt::Field::Absent,
            external_member_count: rt::Field::Absent,
            is_moderated: rt::Field::Absent,
            mailbox_full: rt::Field::Absent,
            max_message_size: rt::Field::Absent,
            recipient_scope: rt::Field::Absent,
            recipient_suggestions: rt::Field::Absent,
            total_member_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MailTips {
    const TYPE_NAME: &'static str = "microsoft.graph.mailTips";
    const KEYS: &'static [&'static str] = &[
        "automaticReplies",
        "customMailTip",
        "deliveryRestricted",
        "emailAddress",
        "error",
        "externalMemberCount",
        "isModerated",
        "mailboxFull",
        "maxMessageSize",
        "recipientScope",
        "recipientSuggestions",
        "totalMemberCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"automaticReplies\":             ",
        ",\"customMailTip\":                ",
        ",\"deliveryRestricted\":           ",
        ",\"emailAddress\":                 ",
        ",\"error\":                        ",
        ",\"externalMemberCount\":          ",
        ",\"isModerated\":                  ",
        ",\"mailboxFull\":                  ",
        ",\"maxMessageSize\":               ",
        ",\"recipientScope\":               ",
        ",\"recipientSuggestions\":         ",
        ",\"totalMemberCount\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailTips\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "automatic_replies", &self.automatic_replies);
        v.field(1usize, "custom_mail_tip", &self.custom_mail_tip);
        v.field(2usize, "delivery_restricted", &self.delivery_restricted);
        v.field(3usize, "email_address", &self.email_address);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "external_member_count", &self.external_member_count);
        v.field(6usize, "is_moderated", &self.is_moderated);
        v.field(7usize, "mailbox_full", &self.mailbox_full);
        v.field(8usize, "max_message_size", &self.max_message_size);
        v.field(9usize, "recipient_scope", &self.recipient_scope);
        v.field(10usize, "recipient_suggestions", &self.recipient_suggestions);
        v.field(11usize, "total_member_count", &self.total_member_count);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MailTips {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.automatic_replies.read_from(r),
            1usize => self.custom_mail_tip.read_from(r),
            2usize => self.delivery_restricted.read_from(r),
            3usize => self.email_address.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.external_member_count.read_from(r),
            6usize => self.is_moderated.read_from(r),
            7usize => self.mailbox_full.read_from(r),
            8usize => self.max_message_size.read_from(r),
            9usize => self.recipient_scope.read_from(r),
            10usize => self.recipient_suggestions.read_from(r),
            11usize => self.total_member_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.automatic_replies);
        w.field(1usize, &self.custom_mail_tip);
        w.field(2usize, &self.delivery_restricted);
        w.field(3usize, &self.email_address);
        w.field(4usize, &self.error);
        w.field(5usize, &self.external_member_count);
        w.field(6usize, &self.is_moderated);
        w.field(7usize, &self.mailbox_full);
        w.field(8usize, &self.max_message_size);
        w.field(9usize, &self.recipient_scope);
        w.field(10usize, &self.recipient_suggestions);
        w.field(11usize, &self.total_member_count);
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
rt::impl_object!(MailTips);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MailTips { with_automatic_replies automatic_replies : crate
    ::beta::AutomaticRepliesMailTips; with_custom_mail_tip custom_mail_tip :
    ::std::string::String; with_delivery_restricted delivery_restricted : bool;
    with_email_address email_address : crate ::beta::AnyEmailAddress; with_error error :
    crate ::beta::MailTipsError; with_external_member_count external_member_count : i32;
    with_is_moderated is_moderated : bool; with_mailbox_full mailbox_full : bool;
    with_max_message_size max_message_size : i32; with_recipient_scope recipient_scope :
    rt::Flags < crate ::beta::RecipientScopeType >; with_recipient_suggestions
    recipient_suggestions : ::std::vec::Vec < crate ::beta::AnyRecipient >;
    with_total_member_count total_member_count : i32; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailTips);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mailTipsError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailTipsError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MailTipsError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MailTipsError {
    const TYPE_NAME: &'static str = "microsoft.graph.mailTipsError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailTipsError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MailTipsError {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(MailTipsError);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MailTipsError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailTipsError);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mailboxRecipientType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MailboxRecipientType {
    /// `unknown` (value 0).
    Unknown,
    /// `user` (value 1).
    User,
    /// `linked` (value 2).
    Linked,
    /// `shared` (value 3).
    Shared,
    /// `room` (value 4).
    Room,
    /// `equipment` (value 5).
    Equipment,
    /// `others` (value 6).
    Others,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for MailboxRecipientType {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxRecipientType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "user",
        "linked",
        "shared",
        "room",
        "equipment",
        "others",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "user" => Self::User,
                "linked" => Self::Linked,
                "shared" => Self::Shared,
                "room" => Self::Room,
                "equipment" => Self::Equipment,
                "others" => Self::Others,
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
            Self::User => "user",
            Self::Linked => "linked",
            Self::Shared => "shared",
            Self::Room => "room",
            Self::Equipment => "equipment",
            Self::Others => "others",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(MailboxRecipientType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxRecipientType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.mailboxSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct MailboxSettings {
    /// CSDL: property `archiveFolder`: `Edm.String`, nullable.
    pub archive_folder: rt::Field<::std::string::String>,
    /// CSDL: property `automaticRepliesSetting`: `microsoft.graph.automaticRepliesSetting`, nullable.
    pub automatic_replies_setting: rt::Field<crate::beta::AutomaticRepliesSetting>,
    /// CSDL: property `dateFormat`: `Edm.String`, nullable.
    pub date_format: rt::Field<::std::string::String>,
    /// CSDL: property `delegateMeetingMessageDeliveryOptions`: `microsoft.graph.delegateMeetingMessageDeliveryOptions`, nullable.
    pub delegate_meeting_message_delivery_options: rt::Field<
        crate::beta::DelegateMeetingMessageDeliveryOptions,
    >,
    /// CSDL: property `language`: `microsoft.graph.localeInfo`, nullable.
    pub language: rt::Field<crate::beta::LocaleInfo>,
    /// CSDL: property `timeFormat`: `Edm.String`, nullable.
    pub time_format: rt::Field<::std::string::String>,
    /// CSDL: property `timeZone`: `Edm.String`, nullable.
    pub time_zone: rt::Field<::std::string::String>,
    /// CSDL: property `userPurpose`: `microsoft.graph.userPurpose`, nullable.
    pub user_purpose: rt::Field<crate::beta::UserPurpose>,
    /// CSDL: property `userPurposeV2`: `microsoft.graph.mailboxRecipientType`, nullable.
    pub user_purpose_v2: rt::Field<crate::beta::MailboxRecipientType>,
    /// CSDL: property `workingHours`: `microsoft.graph.workingHours`, nullable.
    pub working_hours: rt::Field<crate::beta::WorkingHours>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for MailboxSettings {
    #[inline]
    fn default() -> Self {
        Self {
            archive_folder: rt::Field::Absent,
            automatic_replies_setting: rt::Field::Absent,
            date_format: rt::Field::Absent,
            delegate_meeting_message_delivery_options: rt::Field::Absent,
            language: rt::Field::Absent,
            time_format: rt::Field::Absent,
            time_zone: rt::Field::Absent,
            user_purpose: rt::Field::Absent,
            user_purpose_v2: rt::Field::Absent,
            working_hours: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for MailboxSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxSettings";
    const KEYS: &'static [&'static str] = &[
        "archiveFolder",
        "automaticRepliesSetting",
        "dateFormat",
        "delegateMeetingMessageDeliveryOptions",
        "language",
        "timeFormat",
        "timeZone",
        "userPurpose",
        "userPurposeV2",
        "workingHours",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"archiveFolder\":                ",
        ",\"automaticRepliesSetting\":      ",
        ",\"dateFormat\":                   ",
        ",\"delegateMeetingMessageDeliveryOptions\":",
        ",\"language\":                     ",
        ",\"timeFormat\":                   ",
        ",\"timeZone\":                     ",
        ",\"userPurpose\":                  ",
        ",\"userPurposeV2\":                ",
        ",\"workingHours\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "archive_folder", &self.archive_folder);
        v.field(1usize, "automatic_replies_setting", &self.automatic_replies_setting);
        v.field(2usize, "date_format", &self.date_format);
        v.field(
            3usize,
            "delegate_meeting_message_delivery_options",
            &self.delegate_meeting_message_delivery_options,
        );
        v.field(4usize, "language", &self.language);
        v.field(5usize, "time_format", &self.time_format);
        v.field(6usize, "time_zone", &self.time_zone);
        v.field(7usize, "user_purpose", &self.user_purpose);
        v.field(8usize, "user_purpose_v2", &self.user_purpose_v2);
        v.field(9usize, "working_hours", &self.working_hours);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for MailboxSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.archive_folder.read_from(r),
            1usize => self.automatic_replies_setting.read_from(r),
            2usize => self.date_format.read_from(r),
            3usize => self.delegate_meeting_message_delivery_options.read_from(r),
            4usize => self.language.read_from(r),
            5usize => self.time_format.read_from(r),
            6usize => self.time_zone.read_from(r),
            7usize => self.user_purpose.read_from(r),
            8usize => self.user_purpose_v2.read_from(r),
            9usize => self.working_hours.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.archive_folder);
        w.field(1usize, &self.automatic_replies_setting);
        w.field(2usize, &self.date_format);
        w.field(3usize, &self.delegate_meeting_message_delivery_options);
        w.field(4usize, &self.language);
        w.field(5usize, &self.time_format);
        w.field(6usize, &self.time_zone);
        w.field(7usize, &self.user_purpose);
        w.field(8usize, &self.user_purpose_v2);
        w.field(9usize, &self.working_hours);
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
rt::impl_object!(MailboxSettings);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    MailboxSettings { with_archive_folder archive_folder : ::std::string::String;
    with_automatic_replies_setting automatic_replies_setting : crate
    ::beta::AutomaticRepliesSetting; with_date_format date_format :
    ::std::string::String; with_delegate_meeting_message_delivery_options
    delegate_meeting_message_delivery_options : crate
    ::beta::DelegateMeetingMessageDeliveryOptions; with_language language : crate
    ::beta::LocaleInfo; with_time_format time_format : ::std::string::String;
    with_time_zone time_zone : ::std::string::String; with_user_purpose user_purpose :
    crate ::beta::UserPurpose; with_user_purpose_v2 user_purpose_v2 : crate
    ::beta::MailboxRecipientType; with_working_hours working_hours : crate
    ::beta::WorkingHours; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxSettings);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.mailboxUsageMailboxCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct MailboxUsageMailboxCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `active`: `Edm.Int64`, nullable.
    pub active: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `total`: `Edm.Int64`, nullable.
    pub total: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for MailboxUsageMailboxCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            total: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for MailboxUsageMailboxCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxUsageMailboxCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "active",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "total",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"active\":                       ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"total\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxUsageMailboxCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active", &self.active);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "total", &self.total);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for MailboxUsageMailboxCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.total.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.total);
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
rt::impl_object!(MailboxUsageMailboxCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    MailboxUsageMailboxCounts { with_id id : ::std::string::String; with_active active :
    i64; with_report_date report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_total total : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxUsageMailboxCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.mailboxUsageQuotaStatusMailboxCounts`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct MailboxUsageQuotaStatusMailboxCounts {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `indeterminate`: `Edm.Int64`, nullable.
    pub indeterminate: rt::Field<i64>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `sendProhibited`: `Edm.Int64`, nullable.
    pub send_prohibited: rt::Field<i64>,
    /// CSDL: property `sendReceiveProhibited`: `Edm.Int64`, nullable.
    pub send_receive_prohibited: rt::Field<i64>,
    /// CSDL: property `underLimit`: `Edm.Int64`, nullable.
    pub under_limit: rt::Field<i64>,
    /// CSDL: property `warningIssued`: `Edm.Int64`, nullable.
    pub warning_issued: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for MailboxUsageQuotaStatusMailboxCounts {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            indeterminate: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            send_prohibited: rt::Field::Absent,
            send_receive_prohibited: rt::Field::Absent,
            under_limit: rt::Field::Absent,
            warning_issued: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for MailboxUsageQuotaStatusMailboxCounts {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxUsageQuotaStatusMailboxCounts";
    const KEYS: &'static [&'static str] = &[
        "id",
        "indeterminate",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "sendProhibited",
        "sendReceiveProhibited",
        "underLimit",
        "warningIssued",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"indeterminate\":                ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"sendProhibited\":               ",
        ",\"sendReceiveProhibited\":        ",
        ",\"underLimit\":                   ",
        ",\"warningIssued\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxUsageQuotaStatusMailboxCounts\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "indeterminate", &self.indeterminate);
        v.field(2usize, "report_date", &self.report_date);
        v.field(3usize, "report_period", &self.report_period);
        v.field(4usize, "report_refresh_date", &self.report_refresh_date);
        v.field(5usize, "send_prohibited", &self.send_prohibited);
        v.field(6usize, "send_receive_prohibited", &self.send_receive_prohibited);
        v.field(7usize, "under_limit", &self.under_limit);
        v.field(8usize, "warning_issued", &self.warning_issued);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for MailboxUsageQuotaStatusMailboxCounts {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.indeterminate.read_from(r),
            2usize => self.report_date.read_from(r),
            3usize => self.report_period.read_from(r),
            4usize => self.report_refresh_date.read_from(r),
            5usize => self.send_prohibited.read_from(r),
            6usize => self.send_receive_prohibited.read_from(r),
            7usize => self.under_limit.read_from(r),
            8usize => self.warning_issued.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.indeterminate);
        w.field(2usize, &self.report_date);
        w.field(3usize, &self.report_period);
        w.field(4usize, &self.report_refresh_date);
        w.field(5usize, &self.send_prohibited);
        w.field(6usize, &self.send_receive_prohibited);
        w.field(7usize, &self.under_limit);
        w.field(8usize, &self.warning_issued);
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
rt::impl_object!(MailboxUsageQuotaStatusMailboxCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    MailboxUsageQuotaStatusMailboxCounts { with_id id : ::std::string::String;
    with_indeterminate indeterminate : i64; with_report_date report_date : rt::edm::Date;
    with_report_period report_period : ::std::string::String; with_report_refresh_date
    report_refresh_date : rt::edm::Date; with_send_prohibited send_prohibited : i64;
    with_send_receive_prohibited send_receive_prohibited : i64; with_under_limit
    under_limit : i64; with_warning_issued warning_issued : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxUsageQuotaStatusMailboxCounts);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.mailboxUsageStorage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct MailboxUsageStorage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `reportDate`: `Edm.Date`, nullable.
    pub report_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `reportPeriod`: `Edm.String`, nullable.
    pub report_period: rt::Field<::std::string::String>,
    /// CSDL: property `reportRefreshDate`: `Edm.Date`, nullable.
    pub report_refresh_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `storageUsedInBytes`: `Edm.Int64`, nullable.
    pub storage_used_in_bytes: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for MailboxUsageStorage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            report_date: rt::Field::Absent,
            report_period: rt::Field::Absent,
            report_refresh_date: rt::Field::Absent,
            storage_used_in_bytes: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for MailboxUsageStorage {
    const TYPE_NAME: &'static str = "microsoft.graph.mailboxUsageStorage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "reportDate",
        "reportPeriod",
        "reportRefreshDate",
        "storageUsedInBytes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"reportDate\":                   ",
        ",\"reportPeriod\":                 ",
        ",\"reportRefreshDate\":            ",
        ",\"storageUsedInBytes\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.mailboxUsageStorage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "report_date", &self.report_date);
        v.field(2usize, "report_period", &self.report_period);
        v.field(3usize, "report_refresh_date", &self.report_refresh_date);
        v.field(4usize, "storage_used_in_bytes", &self.storage_used_in_bytes);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for MailboxUsageStorage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.report_date.read_from(r),
            2usize => self.report_period.read_from(r),
            3usize => self.report_refresh_date.read_from(r),
            4usize => self.storage_used_in_bytes.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.report_date);
        w.field(2usize, &self.report_period);
        w.field(3usize, &self.report_refresh_date);
        w.field(4usize, &self.storage_used_in_bytes);
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
rt::impl_object!(MailboxUsageStorage);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    MailboxUsageStorage { with_id id : ::std::string::String; with_report_date
    report_date : rt::edm::Date; with_report_period report_period :
    ::std::string::String; with_report_refresh_date report_refresh_date : rt::edm::Date;
    with_storage_used_in_bytes storage_used_in_bytes : i64; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MailboxUsageStorage);
#[cfg(msgraph_beta_device_management_or_search)]
/// Malware state for a windows device
///
/// CSDL: `microsoft.graph.malwareStateForWindowsDevice`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct MalwareStateForWindowsDevice {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Number of times the malware is detected
    ///
    /// CSDL: property `detectionCount`: `Edm.Int32`, nullable.
    pub detection_count: rt::Field<i32>,
    /// Device name
    ///
    /// CSDL: property `deviceName`: `Edm.String`, nullable.
    pub device_name: rt::Field<::std::string::String>,
    /// Execution status of the malware like blocked/executing etc
    ///
    /// CSDL: property `executionState`: `microsoft.graph.windowsMalwareExecutionState`, nullable.
    pub execution_state: rt::Field<crate::beta::WindowsMalwareExecutionState>,
    /// Initial detection datetime of the malware
    ///
    /// CSDL: property `initialDetectionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub initial_detection_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The last time this particular threat was changed
    ///
    /// CSDL: property `lastStateChangeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_state_change_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Threat status of the malware like cleaned/quarantined/allowed etc
    ///
    /// CSDL: property `threatState`: `microsoft.graph.windowsMalwareThreatState`, nullable.
    pub threat_state: rt::Field<crate::beta::WindowsMalwareThreatState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for MalwareStateForWindowsDevice {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            detection_count: rt::Field::Absent,
            device_name: rt::Field::Absent,
            execution_state: rt::Field::Absent,
            initial_detection_date_time: rt::Field::Absent,
            last_state_change_date_time: rt::Field::Absent,
            threat_state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for MalwareStateForWindowsDevice {
    const TYPE_NAME: &'static str = "microsoft.graph.malwareStateForWindowsDevice";
    const KEYS: &'static [&'static str] = &[
        "id",
        "detectionCount",
        "deviceName",
        "executionState",
        "initialDetectionDateTime",
        "lastStateChangeDateTime",
        "threatState",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"detectionCount\":               ",
        ",\"deviceName\":                   ",
        ",\"executionState\":               ",
        ",\"initialDetectionDateTime\":     ",
        ",\"lastStateChangeDateTime\":      ",
        ",\"threatState\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.malwareStateForWindowsDevice\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "detection_count", &self.detection_count);
        v.field(2usize, "device_name", &self.device_name);
        v.field(3usize, "execution_state", &self.execution_state);
        v.field(
            4usize,
            "initial_detection_date_time",
            &self.initial_detection_date_time,
        );
        v.field(
            5usize,
            "last_state_change_date_time",
            &self.last_state_change_date_time,
        );
        v.field(6usize, "threat_state", &self.threat_state);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for MalwareStateForWindowsDevice {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.detection_count.read_from(r),
            2usize => self.device_name.read_from(r),
            3usize => self.execution_state.read_from(r),
            4usize => self.initial_detection_date_time.read_from(r),
            5usize => self.last_state_change_date_time.read_from(r),
            6usize => self.threat_state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.detection_count);
        w.field(2usize, &self.device_name);
        w.field(3usize, &self.execution_state);
        w.field(4usize, &self.initial_detection_date_time);
        w.field(5usize, &self.last_state_change_date_time);
        w.field(6usize, &self.threat_state);
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
rt::impl_object!(MalwareStateForWindowsDevice);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    MalwareStateForWindowsDevice { with_id id : ::std::string::String;
    with_detection_count detection_count : i32; with_device_name device_name :
    ::std::string::String; with_execution_state execution_state : crate
    ::beta::WindowsMalwareExecutionState; with_initial_detection_date_time
    initial_detection_date_time : rt::edm::DateTimeOffset;
    with_last_state_change_date_time last_state_change_date_time :
    rt::edm::DateTimeOffset; with_threat_state threat_state : crate
    ::beta::WindowsMalwareThreatState; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(MalwareStateForWindowsDevice);
