//! Items of `requests` by the first letters of their types' names (`m_q`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::M365AppsInstallationOptionsPath {
    /// Structural property `appsForMac` (`microsoft.graph.appsInstallationOptionsForMac`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn apps_for_mac(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppsInstallationOptionsForMac> {
        crate::path::PropertyPath::new(self.node_target().segment("appsForMac"))
    }
    /// Structural property `appsForWindows` (`microsoft.graph.appsInstallationOptionsForWindows`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn apps_for_windows(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AppsInstallationOptionsForWindows> {
        crate::path::PropertyPath::new(self.node_target().segment("appsForWindows"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::M365AppsInstallationOptions {
    const SEGMENT: &'static str = "microsoft.graph.m365AppsInstallationOptions";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceCompliancePolicy>
for crate::v1::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsCompliancePolicy {
    const SEGMENT: &'static str = "microsoft.graph.macOSCompliancePolicy";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsCustomConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSCustomConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAppleDeviceFeaturesConfigurationBase>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsDeviceFeaturesConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSDeviceFeaturesConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::MacOsDmgAppPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.macOSMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MacOsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsDmgApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSDmgApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDeviceConfiguration>
for crate::v1::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsGeneralDeviceConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.macOSGeneralDeviceConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::MacOsLobAppPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.macOSMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MacOsMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileLobApp> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsLobApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsMicrosoftDefenderApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftDefenderApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsMicrosoftDefenderApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftDefenderApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MacOsMicrosoftEdgeApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSMicrosoftEdgeApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MacOsOfficeSuiteApp {
    const SEGMENT: &'static str = "microsoft.graph.macOSOfficeSuiteApp";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyThreatAssessmentRequest>
for crate::v1::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailAssessmentRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailAssessmentRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::MailFolderPath {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailFolder`).
    #[inline]
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMailFolder,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("childFolders"))
    }
    /// Containment navigation property `messageRules` (`microsoft.graph.messageRule`).
    #[inline]
    pub fn message_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MessageRule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messageRules"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.message`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::v1::params::MailFolderCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderCopyParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    #[inline]
    pub fn move_(
        &self,
        params: crate::v1::params::MailFolderMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailFolderMoveParams>,
        rt::request::Entity<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMailFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyMailFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMailFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMailFolder> for crate::v1::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailSearchFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailSearchFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailSearchFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMailFolder>,
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
impl dyn crate::v1::requests::MailboxPath {
    /// Containment navigation property `folders` (`microsoft.graph.mailboxFolder`).
    #[inline]
    pub fn folders(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxFolder, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.node_target().segment("folders"))
    }
    /// `POST .../createImportSession`: action `microsoft.graph.createImportSession`.
    #[inline]
    pub fn create_import_session(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::MailboxItemImportSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createImportSession"),
            rt::request::NoBody,
        )
    }
    /// `POST .../exportItems`: action `microsoft.graph.exportItems`.
    #[inline]
    pub fn export_items(
        &self,
        params: crate::v1::params::MailboxExportItemsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MailboxExportItemsParams>,
        rt::request::Collection<crate::v1::ExportItemResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("exportItems"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::Mailbox {
    const SEGMENT: &'static str = "microsoft.graph.mailbox";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Mailbox {
    const SEGMENT: &'static str = "microsoft.graph.mailbox";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Mailbox, C> {
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
impl dyn crate::v1::requests::MailboxFolderPath {
    /// Containment navigation property `childFolders` (`microsoft.graph.mailboxFolder`).
    #[inline]
    pub fn child_folders(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxFolder, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.node_target().segment("childFolders"))
    }
    /// Containment navigation property `items` (`microsoft.graph.mailboxItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<crate::v1::MailboxItem, crate::path::caps::List> {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailboxFolder {
    const SEGMENT: &'static str = "microsoft.graph.mailboxFolder";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailboxFolder, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::MailboxFolder>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::MailboxItem {
    const SEGMENT: &'static str = "microsoft.graph.mailboxItem";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MailboxItem {
    const SEGMENT: &'static str = "microsoft.graph.mailboxItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MailboxItem, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::MailboxItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionRuleBase>
for crate::v1::MailboxProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionRule {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionRule";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitBase>
for crate::v1::MailboxProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionUnit {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnit";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionUnitsBulkJobBase>
for crate::v1::MailboxProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxProtectionUnitsBulkAdditionJob {
    const SEGMENT: &'static str = "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactBase>
for crate::v1::AnyMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyMailboxRestoreArtifact {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifact";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreArtifactsBulkRequestBase>
for crate::v1::MailboxRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MailboxRestoreArtifactsBulkAdditionRequest {
    const SEGMENT: &'static str = "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MalwareStateForWindowsDevice {
    const SEGMENT: &'static str = "microsoft.graph.malwareStateForWindowsDevice";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedAndroidLobAppPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedMobileLobApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAndroidLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedAndroidStoreAppPath {
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.androidMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AndroidMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedAndroidStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedAndroidStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedApp {
    const SEGMENT: &'static str = "microsoft.graph.managedApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAppOperation {
    const SEGMENT: &'static str = "microsoft.graph.managedAppOperation";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ManagedAppPolicyPath {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppPolicyTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppPolicyTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedAppPolicy {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedAppPolicyDeploymentSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedAppPolicyDeploymentSummary";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ManagedAppProtectionPath {
    /// `POST .../targetApps`: action `microsoft.graph.targetApps`.
    #[inline]
    pub fn target_apps(
        &self,
        params: crate::v1::params::ManagedAppProtectionTargetAppsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedAppProtectionTargetAppsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("targetApps"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppProtection {
    const SEGMENT: &'static str = "microsoft.graph.managedAppProtection";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedAppRegistrationPath {
    /// Structural property `appIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.node_target().segment("appIdentifier"))
    }
    /// Containment navigation property `appliedPolicies` (`microsoft.graph.managedAppPolicy`).
    #[inline]
    pub fn applied_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appliedPolicies"))
    }
    /// Containment navigation property `intendedPolicies` (`microsoft.graph.managedAppPolicy`).
    #[inline]
    pub fn intended_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedAppPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("intendedPolicies"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.managedAppOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedAppOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedAppRegistration {
    const SEGMENT: &'static str = "microsoft.graph.managedAppRegistration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::AnyManagedAppRegistration, C> {
    /// `GET .../getUserIdsWithFlaggedAppRegistration`: function `microsoft.graph.getUserIdsWithFlaggedAppRegistration`.
    pub fn get_user_ids_with_flagged_app_registration(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getUserIdsWithFlaggedAppRegistration", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedAppStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppStatus>
for crate::v1::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedAppStatusRaw {
    const SEGMENT: &'static str = "microsoft.graph.managedAppStatusRaw";
}
#[cfg(msgraph_v1_core_or_device_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ManagedDevicePath {
    /// Structural property `configurationManagerClientEnabledFeatures` (`microsoft.graph.configurationManagerClientEnabledFeatures`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration_manager_client_enabled_features(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::ConfigurationManagerClientEnabledFeatures,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("configurationManagerClientEnabledFeatures"),
        )
    }
    /// Structural property `deviceHealthAttestationState` (`microsoft.graph.deviceHealthAttestationState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_health_attestation_state(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceHealthAttestationState> {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceHealthAttestationState"),
        )
    }
    /// Containment navigation property `deviceCategory` (`microsoft.graph.deviceCategory`).
    #[inline]
    pub fn device_category(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceCategory,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceCategory"))
    }
    /// Containment navigation property `deviceCompliancePolicyStates` (`microsoft.graph.deviceCompliancePolicyState`).
    #[inline]
    pub fn device_compliance_policy_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceCompliancePolicyState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceCompliancePolicyStates"),
        )
    }
    /// Containment navigation property `deviceConfigurationStates` (`microsoft.graph.deviceConfigurationState`).
    #[inline]
    pub fn device_configuration_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceConfigurationState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceConfigurationStates"),
        )
    }
    /// Containment navigation property `logCollectionRequests` (`microsoft.graph.deviceLogCollectionResponse`).
    #[inline]
    pub fn log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceLogCollectionResponse,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("logCollectionRequests"),
        )
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `users` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("users"))
    }
    /// Containment navigation property `windowsProtectionState` (`microsoft.graph.windowsProtectionState`).
    #[inline]
    pub fn windows_protection_state(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::WindowsProtectionState,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("windowsProtectionState"),
        )
    }
    /// Bypass activation lock
    ///
    /// `POST .../bypassActivationLock`: action `microsoft.graph.bypassActivationLock`.
    #[inline]
    pub fn bypass_activation_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("bypassActivationLock"),
            rt::request::NoBody,
        )
    }
    /// Clean Windows device
    ///
    /// `POST .../cleanWindowsDevice`: action `microsoft.graph.cleanWindowsDevice`.
    #[inline]
    pub fn clean_windows_device(
        &self,
        params: crate::v1::params::ManagedDeviceCleanWindowsDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceCleanWindowsDeviceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cleanWindowsDevice"),
            rt::request::Json(params),
        )
    }
    /// Delete user from shared Apple device
    ///
    /// `POST .../deleteUserFromSharedAppleDevice`: action `microsoft.graph.deleteUserFromSharedAppleDevice`.
    #[inline]
    pub fn delete_user_from_shared_apple_device(
        &self,
        params: crate::v1::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceDeleteUserFromSharedAppleDeviceParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deleteUserFromSharedAppleDevice"),
            rt::request::Json(params),
        )
    }
    /// Disable lost mode
    ///
    /// `POST .../disableLostMode`: action `microsoft.graph.disableLostMode`.
    #[inline]
    pub fn disable_lost_mode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("disableLostMode"),
            rt::request::NoBody,
        )
    }
    /// Locate a device
    ///
    /// `POST .../locateDevice`: action `microsoft.graph.locateDevice`.
    #[inline]
    pub fn locate_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("locateDevice"),
            rt::request::NoBody,
        )
    }
    /// Logout shared Apple device active user
    ///
    /// `POST .../logoutSharedAppleDeviceActiveUser`: action `microsoft.graph.logoutSharedAppleDeviceActiveUser`.
    #[inline]
    pub fn logout_shared_apple_device_active_user(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("logoutSharedAppleDeviceActiveUser"),
            rt::request::NoBody,
        )
    }
    /// Reboot device
    ///
    /// `POST .../rebootNow`: action `microsoft.graph.rebootNow`.
    #[inline]
    pub fn reboot_now(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("rebootNow"),
            rt::request::NoBody,
        )
    }
    /// Recover passcode
    ///
    /// `POST .../recoverPasscode`: action `microsoft.graph.recoverPasscode`.
    #[inline]
    pub fn recover_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("recoverPasscode"),
            rt::request::NoBody,
        )
    }
    /// Remote lock
    ///
    /// `POST .../remoteLock`: action `microsoft.graph.remoteLock`.
    #[inline]
    pub fn remote_lock(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("remoteLock"),
            rt::request::NoBody,
        )
    }
    /// Request remote assistance
    ///
    /// `POST .../requestRemoteAssistance`: action `microsoft.graph.requestRemoteAssistance`.
    #[inline]
    pub fn request_remote_assistance(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("requestRemoteAssistance"),
            rt::request::NoBody,
        )
    }
    /// Reset passcode
    ///
    /// `POST .../resetPasscode`: action `microsoft.graph.resetPasscode`.
    #[inline]
    pub fn reset_passcode(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPasscode"),
            rt::request::NoBody,
        )
    }
    /// Retire a device
    ///
    /// `POST .../retire`: action `microsoft.graph.retire`.
    #[inline]
    pub fn retire(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retire"),
            rt::request::NoBody,
        )
    }
    /// Shut down device
    ///
    /// `POST .../shutDown`: action `microsoft.graph.shutDown`.
    #[inline]
    pub fn shut_down(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("shutDown"),
            rt::request::NoBody,
        )
    }
    /// `POST .../syncDevice`: action `microsoft.graph.syncDevice`.
    #[inline]
    pub fn sync_device(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("syncDevice"),
            rt::request::NoBody,
        )
    }
    /// `POST .../updateWindowsDeviceAccount`: action `microsoft.graph.updateWindowsDeviceAccount`.
    #[inline]
    pub fn update_windows_device_account(
        &self,
        params: crate::v1::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceUpdateWindowsDeviceAccountParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateWindowsDeviceAccount"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderScan`: action `microsoft.graph.windowsDefenderScan`.
    #[inline]
    pub fn windows_defender_scan(
        &self,
        params: crate::v1::params::ManagedDeviceWindowsDefenderScanParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceWindowsDefenderScanParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsDefenderScan"),
            rt::request::Json(params),
        )
    }
    /// `POST .../windowsDefenderUpdateSignatures`: action `microsoft.graph.windowsDefenderUpdateSignatures`.
    #[inline]
    pub fn windows_defender_update_signatures(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsDefenderUpdateSignatures"),
            rt::request::NoBody,
        )
    }
    /// Wipe a device
    ///
    /// `POST .../wipe`: action `microsoft.graph.wipe`.
    #[inline]
    pub fn wipe(
        &self,
        params: crate::v1::params::ManagedDeviceWipeParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedDeviceWipeParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("wipe"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedDevice {
    const SEGMENT: &'static str = "microsoft.graph.managedDevice";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedDeviceMobileAppConfigurationPath {
    /// Containment navigation property `assignments` (`microsoft.graph.managedDeviceMobileAppConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary`).
    #[inline]
    pub fn device_status_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusSummary"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.managedDeviceMobileAppConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ManagedDeviceMobileAppConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusSummary` (`microsoft.graph.managedDeviceMobileAppConfigurationUserSummary`).
    #[inline]
    pub fn user_status_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::ManagedDeviceMobileAppConfigurationUserSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::ManagedDeviceMobileAppConfigurationAssignParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedDeviceMobileAppConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfiguration";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedDeviceMobileAppConfigurationAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationUserStatus {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceMobileAppConfigurationUserSummary {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::ManagedDeviceOverviewPath {
    /// Structural property `deviceExchangeAccessStateSummary` (`microsoft.graph.deviceExchangeAccessStateSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_exchange_access_state_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceExchangeAccessStateSummary> {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceExchangeAccessStateSummary"),
        )
    }
    /// Structural property `deviceOperatingSystemSummary` (`microsoft.graph.deviceOperatingSystemSummary`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_operating_system_summary(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::DeviceOperatingSystemSummary> {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceOperatingSystemSummary"),
        )
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ManagedDeviceOverview {
    const SEGMENT: &'static str = "microsoft.graph.managedDeviceOverview";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedEBookPath {
    /// Structural property `largeCover` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_cover(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeCover"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.managedEBookAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyManagedEBookAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.deviceInstallState`).
    #[inline]
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DeviceInstallState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStates"))
    }
    /// Containment navigation property `installSummary` (`microsoft.graph.eBookInstallSummary`).
    #[inline]
    pub fn install_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::EBookInstallSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("installSummary"))
    }
    /// Containment navigation property `userStateSummary` (`microsoft.graph.userInstallStateSummary`).
    #[inline]
    pub fn user_state_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UserInstallStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStateSummary"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::ManagedEBookAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ManagedEBookAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyManagedEBook {
    const SEGMENT: &'static str = "microsoft.graph.managedEBook";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedEBookAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedEBookAssignment {
    const SEGMENT: &'static str = "microsoft.graph.managedEBookAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedIosLobAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedMobileLobApp>
for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedIosLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedIosStoreAppPath {
    /// Structural property `applicableDeviceType` (`microsoft.graph.iosDeviceType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applicable_device_type(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosDeviceType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("applicableDeviceType"),
        )
    }
    /// Structural property `minimumSupportedOperatingSystem` (`microsoft.graph.iosMinimumOperatingSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn minimum_supported_operating_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::IosMinimumOperatingSystem> {
        crate::path::PropertyPath::new(
            self.node_target().segment("minimumSupportedOperatingSystem"),
        )
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedIosStoreApp {
    const SEGMENT: &'static str = "microsoft.graph.managedIOSStoreApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-device-app-management`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ManagedMobileAppPath {
    /// Structural property `mobileAppIdentifier` (`microsoft.graph.mobileAppIdentifier`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mobile_app_identifier(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppIdentifier> {
        crate::path::PropertyPath::new(self.node_target().segment("mobileAppIdentifier"))
    }
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ManagedMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::ManagedMobileLobAppPath {
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedApp>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyManagedMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.managedMobileLobApp";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyWindowsInformationProtection>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyManagedAppPolicy>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MdmWindowsInformationProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.mdmWindowsInformationProtectionPolicy";
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::MeetingAttendanceReportPath {
    /// Containment navigation property `attendanceRecords` (`microsoft.graph.attendanceRecord`).
    #[inline]
    pub fn attendance_records(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AttendanceRecord,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attendanceRecords"))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MeetingAttendanceReport {
    const SEGMENT: &'static str = "microsoft.graph.meetingAttendanceReport";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::MembershipOutlierInsightPath {
    /// Navigation property `container` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn container(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("container"))
    }
    /// Navigation property `lastModifiedBy` (`microsoft.graph.user`).
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyUser,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Navigation property `member` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("member"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyGovernanceInsight>
for crate::v1::MembershipOutlierInsight {
    const SEGMENT: &'static str = "microsoft.graph.membershipOutlierInsight";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MembershipOutlierInsight {
    const SEGMENT: &'static str = "microsoft.graph.membershipOutlierInsight";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::MessagePath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `flag` (`microsoft.graph.followupFlag`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn flag(&self) -> crate::path::PropertyPath<crate::v1::FollowupFlag> {
        crate::path::PropertyPath::new(self.node_target().segment("flag"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Structural property `uniqueBody` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn unique_body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("uniqueBody"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// `POST .../copy`: action `microsoft.graph.copy`.
    #[inline]
    pub fn copy(
        &self,
        params: crate::v1::params::MessageCopyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCopyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copy"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createForward`: action `microsoft.graph.createForward`.
    #[inline]
    pub fn create_forward(
        &self,
        params: crate::v1::params::MessageCreateForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateForwardParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createForward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReply`: action `microsoft.graph.createReply`.
    #[inline]
    pub fn create_reply(
        &self,
        params: crate::v1::params::MessageCreateReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createReplyAll`: action `microsoft.graph.createReplyAll`.
    #[inline]
    pub fn create_reply_all(
        &self,
        params: crate::v1::params::MessageCreateReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageCreateReplyAllParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createReplyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::v1::params::MessageForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../move`: action `microsoft.graph.move`.
    #[inline]
    pub fn move_(
        &self,
        params: crate::v1::params::MessageMoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageMoveParams>,
        rt::request::Entity<crate::v1::AnyMessage>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("move"),
            rt::request::Json(params),
        )
    }
    /// `POST .../permanentDelete`: action `microsoft.graph.permanentDelete`.
    #[inline]
    pub fn permanent_delete(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("permanentDelete"),
            rt::request::NoBody,
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::v1::params::MessageReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
    /// `POST .../replyAll`: action `microsoft.graph.replyAll`.
    #[inline]
    pub fn reply_all(
        &self,
        params: crate::v1::params::MessageReplyAllParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MessageReplyAllParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("replyAll"),
            rt::request::Json(params),
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    #[inline]
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("send"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMessage {
    const SEGMENT: &'static str = "microsoft.graph.message";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::AnyMessage, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyMessage>,
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
impl dyn crate::v1::requests::MessageRulePath {
    /// Structural property `actions` (`microsoft.graph.messageRuleActions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn actions(&self) -> crate::path::PropertyPath<crate::v1::MessageRuleActions> {
        crate::path::PropertyPath::new(self.node_target().segment("actions"))
    }
    /// Structural property `conditions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
    /// Structural property `exceptions` (`microsoft.graph.messageRulePredicates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn exceptions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MessageRulePredicates> {
        crate::path::PropertyPath::new(self.node_target().segment("exceptions"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MessageRule {
    const SEGMENT: &'static str = "microsoft.graph.messageRule";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::MessageTracingRootPath {
    /// Containment navigation property `messageTraces` (`microsoft.graph.exchangeMessageTrace`).
    #[inline]
    pub fn message_traces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ExchangeMessageTrace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messageTraces"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MessageTracingRoot {
    const SEGMENT: &'static str = "microsoft.graph.messageTracingRoot";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::MicrosoftAccountUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAccountUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAccountUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAccountUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<
    C,
> crate::path::CollectionPath<crate::v1::MicrosoftAccountUserConversationMember, C> {
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
impl dyn crate::v1::requests::MicrosoftAuthenticatorAuthenticationMethodPath {
    /// Navigation property `device` (`microsoft.graph.device`).
    #[inline]
    pub fn device(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Device,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("device"))
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::MicrosoftAuthenticatorAuthenticationMethodConfigurationPath {
    /// Structural property `featureSettings` (`microsoft.graph.microsoftAuthenticatorFeatureSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn feature_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MicrosoftAuthenticatorFeatureSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("featureSettings"))
    }
    /// Containment navigation property `includeTargets` (`microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp>
for crate::v1::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MicrosoftStoreForBusinessApp {
    const SEGMENT: &'static str = "microsoft.graph.microsoftStoreForBusinessApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::MobileAppPath {
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMobileApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::MobileAppAssignmentPath {
    /// Structural property `settings` (`microsoft.graph.mobileAppAssignmentSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyMobileAppAssignmentSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppAssignment {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppAssignment";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppCategory {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppCategory";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::MobileAppContentPath {
    /// Containment navigation property `containedApps` (`microsoft.graph.mobileContainedApp`).
    #[inline]
    pub fn contained_apps(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyMobileContainedApp,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("containedApps"))
    }
    /// Containment navigation property `files` (`microsoft.graph.mobileAppContentFile`).
    #[inline]
    pub fn files(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContentFile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("files"))
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppContent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContent";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::MobileAppContentFilePath {
    /// Commits a file of a given app.
    ///
    /// `POST .../commit`: action `microsoft.graph.commit`.
    #[inline]
    pub fn commit(
        &self,
        params: crate::v1::params::MobileAppContentFileCommitParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppContentFileCommitParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("commit"),
            rt::request::Json(params),
        )
    }
    /// Renews the SAS URI for an application file upload.
    ///
    /// `POST .../renewUpload`: action `microsoft.graph.renewUpload`.
    #[inline]
    pub fn renew_upload(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("renewUpload"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::MobileAppContentFile {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppContentFile";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileAppRelationship {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppRelationship";
}
#[cfg(msgraph_v1_device_management_or_search)]
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::MobileAppTroubleshootingEventPath {
    /// Containment navigation property `appLogCollectionRequests` (`microsoft.graph.appLogCollectionRequest`).
    #[inline]
    pub fn app_log_collection_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppLogCollectionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appLogCollectionRequests"),
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileAppTroubleshootingEvent {
    const SEGMENT: &'static str = "microsoft.graph.mobileAppTroubleshootingEvent";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyMobileContainedApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileContainedApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
impl dyn crate::v1::requests::MobileLobAppPath {
    /// Containment navigation property `contentVersions` (`microsoft.graph.mobileAppContent`).
    #[inline]
    pub fn content_versions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppContent,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentVersions"))
    }
    /// Structural property `largeIcon` (`microsoft.graph.mimeContent`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn large_icon(&self) -> crate::path::PropertyPath<crate::v1::MimeContent> {
        crate::path::PropertyPath::new(self.node_target().segment("largeIcon"))
    }
    /// Containment navigation property `assignments` (`microsoft.graph.mobileAppAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Navigation property `categories` (`microsoft.graph.mobileAppCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MobileAppCategory,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::v1::params::MobileAppAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::MobileAppAssignParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyMobileApp> for crate::v1::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyMobileLobApp {
    const SEGMENT: &'static str = "microsoft.graph.mobileLobApp";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MobileThreatDefenseConnector {
    const SEGMENT: &'static str = "microsoft.graph.mobileThreatDefenseConnector";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl dyn crate::v1::requests::MultiTenantOrganizationPath {
    /// Containment navigation property `joinRequest` (`microsoft.graph.multiTenantOrganizationJoinRequestRecord`).
    #[inline]
    pub fn join_request(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganizationJoinRequestRecord,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.node_target().segment("joinRequest"))
    }
    /// Containment navigation property `tenants` (`microsoft.graph.multiTenantOrganizationMember`).
    #[inline]
    pub fn tenants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MultiTenantOrganizationMember,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tenants"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganization {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::MultiTenantOrganizationIdentitySyncPolicyTemplatePath {
    /// Structural property `userSyncInbound` (`microsoft.graph.crossTenantUserSyncInbound`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn user_sync_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantUserSyncInbound> {
        crate::path::PropertyPath::new(self.node_target().segment("userSyncInbound"))
    }
    /// `POST .../resetToDefaultSettings`: action `microsoft.graph.resetToDefaultSettings`.
    #[inline]
    pub fn reset_to_default_settings(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetToDefaultSettings"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate";
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
/// Features: `v1`, or one of `v1-search`, `v1-tenant-relationships`.
impl dyn crate::v1::requests::MultiTenantOrganizationJoinRequestRecordPath {
    /// Structural property `transitionDetails` (`microsoft.graph.multiTenantOrganizationJoinRequestTransitionDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn transition_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::MultiTenantOrganizationJoinRequestTransitionDetails,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("transitionDetails"))
    }
}
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationJoinRequestRecord {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationJoinRequestRecord";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::MultiTenantOrganizationMemberPath {
    /// Structural property `transitionDetails` (`microsoft.graph.multiTenantOrganizationMemberTransitionDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn transition_details(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::MultiTenantOrganizationMemberTransitionDetails,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("transitionDetails"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::MultiTenantOrganizationMember {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationMember";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationMember {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationMember";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::MultiTenantOrganizationMember, C> {
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
impl dyn crate::v1::requests::MultiTenantOrganizationPartnerConfigurationTemplatePath {
    /// Structural property `automaticUserConsentSettings` (`microsoft.graph.inboundOutboundPolicyConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn automatic_user_consent_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::InboundOutboundPolicyConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("automaticUserConsentSettings"),
        )
    }
    /// Structural property `b2bCollaborationInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_collaboration_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bCollaborationInbound"),
        )
    }
    /// Structural property `b2bCollaborationOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_collaboration_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bCollaborationOutbound"),
        )
    }
    /// Structural property `b2bDirectConnectInbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_direct_connect_inbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bDirectConnectInbound"),
        )
    }
    /// Structural property `b2bDirectConnectOutbound` (`microsoft.graph.crossTenantAccessPolicyB2BSetting`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn b2b_direct_connect_outbound(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyCrossTenantAccessPolicyB2bSetting> {
        crate::path::PropertyPath::new(
            self.node_target().segment("b2bDirectConnectOutbound"),
        )
    }
    /// Structural property `inboundTrust` (`microsoft.graph.crossTenantAccessPolicyInboundTrust`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inbound_trust(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CrossTenantAccessPolicyInboundTrust> {
        crate::path::PropertyPath::new(self.node_target().segment("inboundTrust"))
    }
    /// `POST .../resetToDefaultSettings`: action `microsoft.graph.resetToDefaultSettings`.
    #[inline]
    pub fn reset_to_default_settings(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetToDefaultSettings"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MultiValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.multiValueLegacyExtendedProperty";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::MuteParticipantOperation {
    const SEGMENT: &'static str = "microsoft.graph.muteParticipantOperation";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::Manifest {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.manifest";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::NamedLocationPath {
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyNamedLocation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyDeletableItem>
for crate::v1::AnyNamedLocation {
    const SEGMENT: &'static str = "microsoft.graph.namedLocation";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::NotebookPath {
    /// Structural property `links` (`microsoft.graph.notebookLinks`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn links(&self) -> crate::path::PropertyPath<crate::v1::NotebookLinks> {
        crate::path::PropertyPath::new(self.node_target().segment("links"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    #[inline]
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sections"))
    }
    /// `POST .../copyNotebook`: action `microsoft.graph.copyNotebook`.
    #[inline]
    pub fn copy_notebook(
        &self,
        params: crate::v1::params::NotebookCopyNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::NotebookCopyNotebookParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyNotebook"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityHierarchyModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Notebook {
    const SEGMENT: &'static str = "microsoft.graph.notebook";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Notebook, C> {
    /// `POST .../getNotebookFromWebUrl`: action `microsoft.graph.getNotebookFromWebUrl`.
    pub fn get_notebook_from_web_url(
        &self,
        params: crate::v1::params::NotebookCollectionGetNotebookFromWebUrlParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NotebookCollectionGetNotebookFromWebUrlParams,
        >,
        rt::request::Entity<crate::v1::CopyNotebookModel>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getNotebookFromWebUrl"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getRecentNotebooks`: function `microsoft.graph.getRecentNotebooks`.
    pub fn get_recent_notebooks(
        &self,
        include_personal_notebooks: bool,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::RecentNotebook>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getRecentNotebooks",
                    &[
                        (
                            "includePersonalNotebooks",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    &include_personal_notebooks,
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
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
impl dyn crate::v1::requests::NotificationMessageTemplatePath {
    /// Containment navigation property `localizedNotificationMessages` (`microsoft.graph.localizedNotificationMessage`).
    #[inline]
    pub fn localized_notification_messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::LocalizedNotificationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("localizedNotificationMessages"),
        )
    }
    /// Sends test message using the specified notificationMessageTemplate in the default locale
    ///
    /// `POST .../sendTestMessage`: action `microsoft.graph.sendTestMessage`.
    #[inline]
    pub fn send_test_message(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendTestMessage"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::NotificationMessageTemplate {
    const SEGMENT: &'static str = "microsoft.graph.notificationMessageTemplate";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::NetworkAdapter {
    const SEGMENT: &'static str = "microsoft.graph.security.networkAdapter";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::NumberAssignment {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.numberAssignment";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::teams_administration::NumberAssignment, C> {
    /// `POST .../microsoft.graph.teamsAdministration.assignNumber`: action `microsoft.graph.teamsAdministration.assignNumber`.
    pub fn assign_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionAssignNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionAssignNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.assignNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.unassignNumber`: action `microsoft.graph.teamsAdministration.unassignNumber`.
    pub fn unassign_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionUnassignNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionUnassignNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.unassignNumber"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.teamsAdministration.updateNumber`: action `microsoft.graph.teamsAdministration.updateNumber`.
    pub fn update_number(
        &self,
        params: crate::v1::params::NumberAssignmentCollectionUpdateNumberParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::NumberAssignmentCollectionUpdateNumberParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("microsoft.graph.teamsAdministration.updateNumber"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OAuth2PermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.oAuth2PermissionGrant";
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
/// Features: `v1`, or one of `v1-oauth2-permission-grants`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OAuth2PermissionGrant, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::OAuth2PermissionGrant>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOfferShiftRequest {
    const SEGMENT: &'static str = "microsoft.graph.offerShiftRequest";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OfficeGraphInsightsPath {
    /// Containment navigation property `shared` (`microsoft.graph.sharedInsight`).
    #[inline]
    pub fn shared(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SharedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shared"))
    }
    /// Containment navigation property `trending` (`microsoft.graph.trending`).
    #[inline]
    pub fn trending(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Trending,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("trending"))
    }
    /// Containment navigation property `used` (`microsoft.graph.usedInsight`).
    #[inline]
    pub fn used(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UsedInsight,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("used"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOfficeGraphInsights {
    const SEGMENT: &'static str = "microsoft.graph.officeGraphInsights";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OidcIdentityProviderPath {
    /// Structural property `clientAuthentication` (`microsoft.graph.oidcClientAuthentication`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn client_authentication(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOidcClientAuthentication> {
        crate::path::PropertyPath::new(
            self.node_target().segment("clientAuthentication"),
        )
    }
    /// Structural property `inboundClaimMapping` (`microsoft.graph.oidcInboundClaimMappingOverride`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inbound_claim_mapping(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OidcInboundClaimMappingOverride> {
        crate::path::PropertyPath::new(self.node_target().segment("inboundClaimMapping"))
    }
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyIdentityProviderBase>
for crate::v1::OidcIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.oidcIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OidcIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.oidcIdentityProvider";
}
#[cfg(msgraph_v1_directory_or_identity_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-identity`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OidcIdentityProvider, C> {
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
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnAttributeCollectionListenerPath {
    /// Structural property `handler` (`microsoft.graph.onAttributeCollectionHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAttributeCollectionListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnAttributeCollectionStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnAttributeCollectionStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::OnAttributeCollectionStartCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnAttributeCollectionStartListenerPath {
    /// Structural property `handler` (`microsoft.graph.onAttributeCollectionStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionStartHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAttributeCollectionStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionStartListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnAttributeCollectionSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnAttributeCollectionSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::OnAttributeCollectionSubmitCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnAttributeCollectionSubmitListenerPath {
    /// Structural property `handler` (`microsoft.graph.onAttributeCollectionSubmitHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnAttributeCollectionSubmitHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAttributeCollectionSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAttributeCollectionSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onAttributeCollectionSubmitListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnAuthenticationMethodLoadStartListenerPath {
    /// Structural property `handler` (`microsoft.graph.onAuthenticationMethodLoadStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::AnyOnAuthenticationMethodLoadStartHandler,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnAuthenticationMethodLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnAuthenticationMethodLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onAuthenticationMethodLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnEmailOtpSendListenerPath {
    /// Structural property `handler` (`microsoft.graph.onOtpSendHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(&self) -> crate::path::PropertyPath<crate::v1::AnyOnOtpSendHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnEmailOtpSendListener {
    const SEGMENT: &'static str = "microsoft.graph.onEmailOtpSendListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnEmailOtpSendListener {
    const SEGMENT: &'static str = "microsoft.graph.onEmailOtpSendListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnFraudProtectionLoadStartListenerPath {
    /// Structural property `handler` (`microsoft.graph.onFraudProtectionLoadStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnFraudProtectionLoadStartHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnFraudProtectionLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onFraudProtectionLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnFraudProtectionLoadStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onFraudProtectionLoadStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnInteractiveAuthFlowStartListenerPath {
    /// Structural property `handler` (`microsoft.graph.onInteractiveAuthFlowStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnInteractiveAuthFlowStartHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnInteractiveAuthFlowStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onInteractiveAuthFlowStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnInteractiveAuthFlowStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onInteractiveAuthFlowStartListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnOtpSendCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onOtpSendCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnOtpSendCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onOtpSendCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnOtpSendCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onOtpSendCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OnOtpSendCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnPasswordSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnPasswordSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPasswordSubmitCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OnPasswordSubmitCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnPasswordSubmitListenerPath {
    /// Structural property `handler` (`microsoft.graph.onPasswordSubmitHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnPasswordSubmitHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnPasswordSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPasswordSubmitListener {
    const SEGMENT: &'static str = "microsoft.graph.onPasswordSubmitListener";
}
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPremisesConditionalAccessSettings {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesConditionalAccessSettings";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::OnPremisesDirectorySynchronizationPath {
    /// Structural property `configuration` (`microsoft.graph.onPremisesDirectorySynchronizationConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::OnPremisesDirectorySynchronizationConfiguration,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    /// Structural property `features` (`microsoft.graph.onPremisesDirectorySynchronizationFeature`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn features(
        &self,
    ) -> crate::path::PropertyPath<
        crate::v1::OnPremisesDirectorySynchronizationFeature,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("features"))
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPremisesDirectorySynchronization {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesDirectorySynchronization";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnPremisesSyncBehavior {
    const SEGMENT: &'static str = "microsoft.graph.onPremisesSyncBehavior";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnTokenIssuanceStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnTokenIssuanceStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnTokenIssuanceStartCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<C> crate::path::CollectionPath<crate::v1::OnTokenIssuanceStartCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnTokenIssuanceStartListenerPath {
    /// Structural property `handler` (`microsoft.graph.onTokenIssuanceStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnTokenIssuanceStartHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnTokenIssuanceStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnTokenIssuanceStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onTokenIssuanceStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnUserCreateStartListenerPath {
    /// Structural property `handler` (`microsoft.graph.onUserCreateStartHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnUserCreateStartHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnUserCreateStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onUserCreateStartListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnUserCreateStartListener {
    const SEGMENT: &'static str = "microsoft.graph.onUserCreateStartListener";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomAuthenticationExtension>
for crate::v1::OnVerifiedIdClaimValidationCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCustomCalloutExtension>
for crate::v1::OnVerifiedIdClaimValidationCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnVerifiedIdClaimValidationCustomExtension {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationCustomExtension";
}
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-identity-governance`, `v1-search`.
impl<
    C,
> crate::path::CollectionPath<crate::v1::OnVerifiedIdClaimValidationCustomExtension, C> {
    /// `POST .../validateAuthenticationConfiguration`: action `microsoft.graph.validateAuthenticationConfiguration`.
    pub fn validate_authentication_configuration(
        &self,
        params: crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::CustomAuthenticationExtensionCollectionValidateAuthenticationConfigurationParams,
        >,
        rt::request::Entity<crate::v1::AuthenticationConfigurationValidation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateAuthenticationConfiguration"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_identity_or_search)]
/// Features: `v1`, or one of `v1-identity`, `v1-search`.
impl dyn crate::v1::requests::OnVerifiedIdClaimValidationListenerPath {
    /// Structural property `handler` (`microsoft.graph.onVerifiedIdClaimValidationHandler`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn handler(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyOnVerifiedIdClaimValidationHandler> {
        crate::path::PropertyPath::new(self.node_target().segment("handler"))
    }
    /// Structural property `conditions` (`microsoft.graph.authenticationConditions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn conditions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AuthenticationConditions> {
        crate::path::PropertyPath::new(self.node_target().segment("conditions"))
    }
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationEventListener>
for crate::v1::OnVerifiedIdClaimValidationListener {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationListener";
}
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnVerifiedIdClaimValidationListener {
    const SEGMENT: &'static str = "microsoft.graph.onVerifiedIdClaimValidationListener";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::OneDriveForBusinessBrowseSessionPath {
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// `POST .../browse`: action `microsoft.graph.browse`.
    #[inline]
    pub fn browse(
        &self,
        params: crate::v1::params::BrowseSessionBaseBrowseParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::BrowseSessionBaseBrowseParams>,
        rt::request::Collection<crate::v1::BrowseQueryResponseItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("browse"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyBrowseSessionBase>
for crate::v1::OneDriveForBusinessBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessBrowseSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OneDriveForBusinessBrowseSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessBrowseSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::OneDriveForBusinessProtectionPolicyPath {
    /// Navigation property `driveInclusionRules` (`microsoft.graph.driveProtectionRule`).
    #[inline]
    pub fn drive_inclusion_rules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionRule,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveInclusionRules"),
        )
    }
    /// Navigation property `driveProtectionUnits` (`microsoft.graph.driveProtectionUnit`).
    #[inline]
    pub fn drive_protection_units(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionUnit,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveProtectionUnits"),
        )
    }
    /// Navigation property `driveProtectionUnitsBulkAdditionJobs` (`microsoft.graph.driveProtectionUnitsBulkAdditionJob`).
    #[inline]
    pub fn drive_protection_units_bulk_addition_jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveProtectionUnitsBulkAdditionJob,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveProtectionUnitsBulkAdditionJobs"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionPolicyArtifactCount` (`microsoft.graph.protectionPolicyArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn protection_policy_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProtectionPolicyArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("protectionPolicyArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    #[inline]
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyProtectionPolicyBase>
for crate::v1::OneDriveForBusinessProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OneDriveForBusinessProtectionPolicy {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessProtectionPolicy";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::OneDriveForBusinessRestoreSessionPath {
    /// Containment navigation property `driveRestoreArtifacts` (`microsoft.graph.driveRestoreArtifact`).
    #[inline]
    pub fn drive_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveRestoreArtifacts"),
        )
    }
    /// Containment navigation property `driveRestoreArtifactsBulkAdditionRequests` (`microsoft.graph.driveRestoreArtifactsBulkAdditionRequest`).
    #[inline]
    pub fn drive_restore_artifacts_bulk_addition_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::DriveRestoreArtifactsBulkAdditionRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("driveRestoreArtifactsBulkAdditionRequests"),
        )
    }
    /// Containment navigation property `granularDriveRestoreArtifacts` (`microsoft.graph.granularDriveRestoreArtifact`).
    #[inline]
    pub fn granular_drive_restore_artifacts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::GranularDriveRestoreArtifact,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("granularDriveRestoreArtifacts"),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `restoreSessionArtifactCount` (`microsoft.graph.restoreSessionArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn restore_session_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RestoreSessionArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("restoreSessionArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyRestoreSessionBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRestoreSessionBase>
for crate::v1::OneDriveForBusinessRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessRestoreSession";
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OneDriveForBusinessRestoreSession {
    const SEGMENT: &'static str = "microsoft.graph.oneDriveForBusinessRestoreSession";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnenotePath {
    /// Containment navigation property `notebooks` (`microsoft.graph.notebook`).
    #[inline]
    pub fn notebooks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Notebook,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("notebooks"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.onenoteOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    #[inline]
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pages"))
    }
    /// Containment navigation property `resources` (`microsoft.graph.onenoteResource`).
    #[inline]
    pub fn resources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteResource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("resources"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    #[inline]
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sections"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Onenote {
    const SEGMENT: &'static str = "microsoft.graph.onenote";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOnenoteEntityBaseModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityBaseModel";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnenoteEntityHierarchyModelPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOnenoteEntityHierarchyModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntityHierarchyModel";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::AnyOnenoteEntitySchemaObjectModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOnenoteEntitySchemaObjectModel {
    const SEGMENT: &'static str = "microsoft.graph.onenoteEntitySchemaObjectModel";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnenoteOperationPath {
    /// Structural property `error` (`microsoft.graph.onenoteOperationError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::OnenoteOperationError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOperation> for crate::v1::OnenoteOperation {
    const SEGMENT: &'static str = "microsoft.graph.onenoteOperation";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenoteOperation {
    const SEGMENT: &'static str = "microsoft.graph.onenoteOperation";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnenotePagePath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
    /// Structural property `links` (`microsoft.graph.pageLinks`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn links(&self) -> crate::path::PropertyPath<crate::v1::PageLinks> {
        crate::path::PropertyPath::new(self.node_target().segment("links"))
    }
    /// Navigation property `parentNotebook` (`microsoft.graph.notebook`).
    #[inline]
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Notebook,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentNotebook"))
    }
    /// Navigation property `parentSection` (`microsoft.graph.onenoteSection`).
    #[inline]
    pub fn parent_section(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnenoteSection,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentSection"))
    }
    /// `POST .../copyToSection`: action `microsoft.graph.copyToSection`.
    #[inline]
    pub fn copy_to_section(
        &self,
        params: crate::v1::params::OnenotePageCopyToSectionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenotePageCopyToSectionParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToSection"),
            rt::request::Json(params),
        )
    }
    /// `POST .../onenotePatchContent`: action `microsoft.graph.onenotePatchContent`.
    #[inline]
    pub fn onenote_patch_content(
        &self,
        params: crate::v1::params::OnenotePageOnenotePatchContentParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenotePageOnenotePatchContentParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("onenotePatchContent"),
            rt::request::Json(params),
        )
    }
    /// `GET .../preview`: function `microsoft.graph.preview`.
    #[inline]
    pub fn preview(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::OnenotePagePreview>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("preview", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenotePage {
    const SEGMENT: &'static str = "microsoft.graph.onenotePage";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnenoteResourcePath {
    /// Stream property `content`.
    #[inline]
    pub fn content(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("content"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::OnenoteResource {
    const SEGMENT: &'static str = "microsoft.graph.onenoteResource";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenoteResource {
    const SEGMENT: &'static str = "microsoft.graph.onenoteResource";
}
#[cfg(msgraph_v1_core_or_sites)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnenoteSectionPath {
    /// Structural property `links` (`microsoft.graph.sectionLinks`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn links(&self) -> crate::path::PropertyPath<crate::v1::SectionLinks> {
        crate::path::PropertyPath::new(self.node_target().segment("links"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.onenotePage`).
    #[inline]
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OnenotePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pages"))
    }
    /// Navigation property `parentNotebook` (`microsoft.graph.notebook`).
    #[inline]
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Notebook,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentNotebook"))
    }
    /// Navigation property `parentSectionGroup` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn parent_section_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::SectionGroup,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentSectionGroup"))
    }
    /// `POST .../copyToNotebook`: action `microsoft.graph.copyToNotebook`.
    #[inline]
    pub fn copy_to_notebook(
        &self,
        params: crate::v1::params::OnenoteSectionCopyToNotebookParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenoteSectionCopyToNotebookParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToNotebook"),
            rt::request::Json(params),
        )
    }
    /// `POST .../copyToSectionGroup`: action `microsoft.graph.copyToSectionGroup`.
    #[inline]
    pub fn copy_to_section_group(
        &self,
        params: crate::v1::params::OnenoteSectionCopyToSectionGroupParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnenoteSectionCopyToSectionGroupParams>,
        rt::request::Entity<crate::v1::OnenoteOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("copyToSectionGroup"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityHierarchyModel>
for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntitySchemaObjectModel>
for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnenoteEntityBaseModel>
for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnenoteSection {
    const SEGMENT: &'static str = "microsoft.graph.onenoteSection";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnlineMeetingPath {
    /// Stream property `attendeeReport`.
    #[inline]
    pub fn attendee_report(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("attendeeReport"))
    }
    /// Structural property `broadcastSettings` (`microsoft.graph.broadcastMeetingSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn broadcast_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::BroadcastMeetingSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("broadcastSettings"))
    }
    /// Structural property `participants` (`microsoft.graph.meetingParticipants`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn participants(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::MeetingParticipants> {
        crate::path::PropertyPath::new(self.node_target().segment("participants"))
    }
    /// Containment navigation property `recordings` (`microsoft.graph.callRecording`).
    #[inline]
    pub fn recordings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CallRecording,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("recordings"))
    }
    /// Containment navigation property `transcripts` (`microsoft.graph.callTranscript`).
    #[inline]
    pub fn transcripts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CallTranscript,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("transcripts"))
    }
    /// `GET .../getVirtualAppointmentJoinWebUrl`: function `microsoft.graph.getVirtualAppointmentJoinWebUrl`.
    #[inline]
    pub fn get_virtual_appointment_join_web_url(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getVirtualAppointmentJoinWebUrl", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../sendVirtualAppointmentReminderSms`: action `microsoft.graph.sendVirtualAppointmentReminderSms`.
    #[inline]
    pub fn send_virtual_appointment_reminder_sms(
        &self,
        params: crate::v1::params::OnlineMeetingSendVirtualAppointmentReminderSmsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::OnlineMeetingSendVirtualAppointmentReminderSmsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendVirtualAppointmentReminderSms"),
            rt::request::Json(params),
        )
    }
    /// `POST .../sendVirtualAppointmentSms`: action `microsoft.graph.sendVirtualAppointmentSms`.
    #[inline]
    pub fn send_virtual_appointment_sms(
        &self,
        params: crate::v1::params::OnlineMeetingSendVirtualAppointmentSmsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::v1::params::OnlineMeetingSendVirtualAppointmentSmsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("sendVirtualAppointmentSms"),
            rt::request::Json(params),
        )
    }
    /// Structural property `audioConferencing` (`microsoft.graph.audioConferencing`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn audio_conferencing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AudioConferencing> {
        crate::path::PropertyPath::new(self.node_target().segment("audioConferencing"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::v1::ChatInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("chatInfo"))
    }
    /// Structural property `chatRestrictions` (`microsoft.graph.chatRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatRestrictions> {
        crate::path::PropertyPath::new(self.node_target().segment("chatRestrictions"))
    }
    /// Structural property `cloudVideoInteropInfo` (`microsoft.graph.cloudVideoInteropInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn cloud_video_interop_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudVideoInteropInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("cloudVideoInteropInfo"),
        )
    }
    /// Structural property `joinInformation` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn join_information(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("joinInformation"))
    }
    /// Structural property `joinMeetingIdSettings` (`microsoft.graph.joinMeetingIdSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn join_meeting_id_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::JoinMeetingIdSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("joinMeetingIdSettings"),
        )
    }
    /// Structural property `lobbyBypassSettings` (`microsoft.graph.lobbyBypassSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn lobby_bypass_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LobbyBypassSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("lobbyBypassSettings"))
    }
    /// Structural property `sensitivityLabelAssignment` (`microsoft.graph.onlineMeetingSensitivityLabelAssignment`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sensitivity_label_assignment(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingSensitivityLabelAssignment> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sensitivityLabelAssignment"),
        )
    }
    /// Structural property `watermarkProtection` (`microsoft.graph.watermarkProtectionValues`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn watermark_protection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WatermarkProtectionValues> {
        crate::path::PropertyPath::new(self.node_target().segment("watermarkProtection"))
    }
    /// Containment navigation property `attendanceReports` (`microsoft.graph.meetingAttendanceReport`).
    #[inline]
    pub fn attendance_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MeetingAttendanceReport,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attendanceReports"))
    }
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOnlineMeetingBase>
for crate::v1::OnlineMeeting {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeeting";
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OnlineMeeting {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeeting";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::OnlineMeeting, C> {
    /// `POST .../createOrGet`: action `microsoft.graph.createOrGet`.
    pub fn create_or_get(
        &self,
        params: crate::v1::params::OnlineMeetingCollectionCreateOrGetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::OnlineMeetingCollectionCreateOrGetParams>,
        rt::request::Entity<crate::v1::OnlineMeeting>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createOrGet"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getAllRecordings`: function `microsoft.graph.getAllRecordings`.
    pub fn get_all_recordings(
        &self,
        meeting_organizer_user_id: ::core::option::Option<&str>,
        start_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
        end_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallRecording>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAllRecordings",
                    &[
                        (
                            "meetingOrganizerUserId",
                            meeting_organizer_user_id
                                .map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "startDateTime",
                            start_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "endDateTime",
                            end_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAllTranscripts`: function `microsoft.graph.getAllTranscripts`.
    pub fn get_all_transcripts(
        &self,
        meeting_organizer_user_id: ::core::option::Option<&str>,
        start_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
        end_date_time: ::core::option::Option<&rt::edm::DateTimeOffset>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::CallTranscript>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getAllTranscripts",
                    &[
                        (
                            "meetingOrganizerUserId",
                            meeting_organizer_user_id
                                .map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "startDateTime",
                            start_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "endDateTime",
                            end_date_time.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OnlineMeetingBasePath {
    /// Structural property `audioConferencing` (`microsoft.graph.audioConferencing`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn audio_conferencing(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AudioConferencing> {
        crate::path::PropertyPath::new(self.node_target().segment("audioConferencing"))
    }
    /// Structural property `chatInfo` (`microsoft.graph.chatInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_info(&self) -> crate::path::PropertyPath<crate::v1::ChatInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("chatInfo"))
    }
    /// Structural property `chatRestrictions` (`microsoft.graph.chatRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn chat_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ChatRestrictions> {
        crate::path::PropertyPath::new(self.node_target().segment("chatRestrictions"))
    }
    /// Structural property `cloudVideoInteropInfo` (`microsoft.graph.cloudVideoInteropInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn cloud_video_interop_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CloudVideoInteropInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("cloudVideoInteropInfo"),
        )
    }
    /// Structural property `joinInformation` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn join_information(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("joinInformation"))
    }
    /// Structural property `joinMeetingIdSettings` (`microsoft.graph.joinMeetingIdSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn join_meeting_id_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::JoinMeetingIdSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("joinMeetingIdSettings"),
        )
    }
    /// Structural property `lobbyBypassSettings` (`microsoft.graph.lobbyBypassSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn lobby_bypass_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LobbyBypassSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("lobbyBypassSettings"))
    }
    /// Structural property `sensitivityLabelAssignment` (`microsoft.graph.onlineMeetingSensitivityLabelAssignment`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sensitivity_label_assignment(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingSensitivityLabelAssignment> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sensitivityLabelAssignment"),
        )
    }
    /// Structural property `watermarkProtection` (`microsoft.graph.watermarkProtectionValues`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn watermark_protection(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::WatermarkProtectionValues> {
        crate::path::PropertyPath::new(self.node_target().segment("watermarkProtection"))
    }
    /// Containment navigation property `attendanceReports` (`microsoft.graph.meetingAttendanceReport`).
    #[inline]
    pub fn attendance_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::MeetingAttendanceReport,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attendanceReports"))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOnlineMeetingBase {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeetingBase";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::OnlineMeetingEngagementConversationPath {
    /// Structural property `organizer` (`microsoft.graph.engagementIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn organizer(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EngagementIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("organizer"))
    }
    /// Navigation property `onlineMeeting` (`microsoft.graph.onlineMeeting`).
    #[inline]
    pub fn online_meeting(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnlineMeeting,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("onlineMeeting"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.engagementConversationMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
    /// Containment navigation property `starter` (`microsoft.graph.engagementConversationMessage`).
    #[inline]
    pub fn starter(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyEngagementConversationMessage,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("starter"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEngagementConversation>
for crate::v1::OnlineMeetingEngagementConversation {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeetingEngagementConversation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OnlineMeetingEngagementConversation {
    const SEGMENT: &'static str = "microsoft.graph.onlineMeetingEngagementConversation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OpenShiftPath {
    /// Structural property `draftOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn draft_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OpenShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("draftOpenShift"))
    }
    /// Structural property `sharedOpenShift` (`microsoft.graph.openShiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_open_shift(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OpenShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedOpenShift"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    #[inline]
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::OpenShift {
    const SEGMENT: &'static str = "microsoft.graph.openShift";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OpenShift {
    const SEGMENT: &'static str = "microsoft.graph.openShift";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyScheduleChangeRequest>
for crate::v1::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyChangeTrackedEntity>
for crate::v1::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OpenShiftChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.openShiftChangeRequest";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyExtension> for crate::v1::OpenTypeExtension {
    const SEGMENT: &'static str = "microsoft.graph.openTypeExtension";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OpenTypeExtension {
    const SEGMENT: &'static str = "microsoft.graph.openTypeExtension";
}
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOperation {
    const SEGMENT: &'static str = "microsoft.graph.operation";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OrgContactPath {
    /// Navigation property `directReports` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn direct_reports(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directReports"))
    }
    /// Navigation property `manager` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn manager(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("manager"))
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    /// Containment navigation property `onPremisesSyncBehavior` (`microsoft.graph.onPremisesSyncBehavior`).
    #[inline]
    pub fn on_premises_sync_behavior(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OnPremisesSyncBehavior,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("onPremisesSyncBehavior"),
        )
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// `POST .../retryServiceProvisioning`: action `microsoft.graph.retryServiceProvisioning`.
    #[inline]
    pub fn retry_service_provisioning(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("retryServiceProvisioning"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject> for crate::v1::OrgContact {
    const SEGMENT: &'static str = "microsoft.graph.orgContact";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OrgContact {
    const SEGMENT: &'static str = "microsoft.graph.orgContact";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::OrgContact, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::OrgContact>,
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
impl dyn crate::v1::requests::OrganizationPath {
    /// Structural property `privacyProfile` (`microsoft.graph.privacyProfile`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn privacy_profile(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrivacyProfile> {
        crate::path::PropertyPath::new(self.node_target().segment("privacyProfile"))
    }
    /// Containment navigation property `branding` (`microsoft.graph.organizationalBranding`).
    #[inline]
    pub fn branding(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OrganizationalBranding,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("branding"))
    }
    /// Containment navigation property `certificateBasedAuthConfiguration` (`microsoft.graph.certificateBasedAuthConfiguration`).
    #[inline]
    pub fn certificate_based_auth_configuration(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CertificateBasedAuthConfiguration,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("certificateBasedAuthConfiguration"),
        )
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Set mobile device management authority
    ///
    /// `POST .../setMobileDeviceManagementAuthority`: action `microsoft.graph.setMobileDeviceManagementAuthority`.
    #[inline]
    pub fn set_mobile_device_management_authority(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<i32>> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setMobileDeviceManagementAuthority"),
            rt::request::NoBody,
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::Organization {
    const SEGMENT: &'static str = "microsoft.graph.organization";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Organization {
    const SEGMENT: &'static str = "microsoft.graph.organization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::v1::Organization, C> {
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
impl dyn crate::v1::requests::OrganizationalBrandingPath {
    /// Containment navigation property `localizations` (`microsoft.graph.organizationalBrandingLocalization`).
    #[inline]
    pub fn localizations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OrganizationalBrandingLocalization,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("localizations"))
    }
    /// Stream property `backgroundImage`.
    #[inline]
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    #[inline]
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("bannerLogo"))
    }
    /// Structural property `contentCustomization` (`microsoft.graph.contentCustomization`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_customization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ContentCustomization> {
        crate::path::PropertyPath::new(
            self.node_target().segment("contentCustomization"),
        )
    }
    /// Stream property `customCSS`.
    #[inline]
    pub fn custom_css(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("customCSS"))
    }
    /// Stream property `favicon`.
    #[inline]
    pub fn favicon(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("favicon"))
    }
    /// Stream property `headerLogo`.
    #[inline]
    pub fn header_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("headerLogo"))
    }
    /// Structural property `loginPageLayoutConfiguration` (`microsoft.graph.loginPageLayoutConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn login_page_layout_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageLayoutConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("loginPageLayoutConfiguration"),
        )
    }
    /// Structural property `loginPageTextVisibilitySettings` (`microsoft.graph.loginPageTextVisibilitySettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn login_page_text_visibility_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageTextVisibilitySettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("loginPageTextVisibilitySettings"),
        )
    }
    /// Stream property `squareLogo`.
    #[inline]
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("squareLogo"))
    }
    /// Stream property `squareLogoDark`.
    #[inline]
    pub fn square_logo_dark(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("squareLogoDark"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOrganizationalBrandingProperties>
for crate::v1::OrganizationalBranding {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBranding";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OrganizationalBranding {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBranding";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOrganizationalBrandingProperties>
for crate::v1::OrganizationalBrandingLocalization {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingLocalization";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::OrganizationalBrandingLocalization {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingLocalization";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OrganizationalBrandingPropertiesPath {
    /// Stream property `backgroundImage`.
    #[inline]
    pub fn background_image(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("backgroundImage"))
    }
    /// Stream property `bannerLogo`.
    #[inline]
    pub fn banner_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("bannerLogo"))
    }
    /// Structural property `contentCustomization` (`microsoft.graph.contentCustomization`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_customization(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ContentCustomization> {
        crate::path::PropertyPath::new(
            self.node_target().segment("contentCustomization"),
        )
    }
    /// Stream property `customCSS`.
    #[inline]
    pub fn custom_css(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("customCSS"))
    }
    /// Stream property `favicon`.
    #[inline]
    pub fn favicon(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("favicon"))
    }
    /// Stream property `headerLogo`.
    #[inline]
    pub fn header_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("headerLogo"))
    }
    /// Structural property `loginPageLayoutConfiguration` (`microsoft.graph.loginPageLayoutConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn login_page_layout_configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageLayoutConfiguration> {
        crate::path::PropertyPath::new(
            self.node_target().segment("loginPageLayoutConfiguration"),
        )
    }
    /// Structural property `loginPageTextVisibilitySettings` (`microsoft.graph.loginPageTextVisibilitySettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn login_page_text_visibility_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::LoginPageTextVisibilitySettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("loginPageTextVisibilitySettings"),
        )
    }
    /// Stream property `squareLogo`.
    #[inline]
    pub fn square_logo(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("squareLogo"))
    }
    /// Stream property `squareLogoDark`.
    #[inline]
    pub fn square_logo_dark(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("squareLogoDark"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyOrganizationalBrandingProperties {
    const SEGMENT: &'static str = "microsoft.graph.organizationalBrandingProperties";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OutlookCategory {
    const SEGMENT: &'static str = "microsoft.graph.outlookCategory";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyOutlookItem {
    const SEGMENT: &'static str = "microsoft.graph.outlookItem";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::OutlookUserPath {
    /// Containment navigation property `masterCategories` (`microsoft.graph.outlookCategory`).
    #[inline]
    pub fn master_categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::OutlookCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("masterCategories"))
    }
    /// `GET .../supportedLanguages`: function `microsoft.graph.supportedLanguages`.
    #[inline]
    pub fn supported_languages(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::LocaleInfo>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("supportedLanguages", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
    #[inline]
    pub fn supported_time_zones(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TimeZoneInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("supportedTimeZones", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../supportedTimeZones`: function `microsoft.graph.supportedTimeZones`.
    #[inline]
    pub fn supported_time_zones_2(
        &self,
        time_zone_standard: &crate::v1::TimeZoneStandard,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::TimeZoneInformation>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "supportedTimeZones",
                    &[
                        (
                            "TimeZoneStandard",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(time_zone_standard),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OutlookUser {
    const SEGMENT: &'static str = "microsoft.graph.outlookUser";
}
#[cfg(msgraph_v1_policies_or_search)]
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::OwnerlessGroupPolicyPath {
    /// Structural property `emailInfo` (`microsoft.graph.emailDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn email_info(&self) -> crate::path::PropertyPath<crate::v1::EmailDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("emailInfo"))
    }
    /// Structural property `targetOwners` (`microsoft.graph.targetOwners`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_owners(&self) -> crate::path::PropertyPath<crate::v1::TargetOwners> {
        crate::path::PropertyPath::new(self.node_target().segment("targetOwners"))
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::OwnerlessGroupPolicy {
    const SEGMENT: &'static str = "microsoft.graph.ownerlessGroupPolicy";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::call_records::AnyParticipantBase>
for crate::v1::call_records::Organizer {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.organizer";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Organizer {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.organizer";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::partners_billing::AnyOperation {
    const SEGMENT: &'static str = "microsoft.graph.partners.billing.operation";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::ParticipantPath {
    /// Structural property `info` (`microsoft.graph.participantInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::v1::ParticipantInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Structural property `recordingInfo` (`microsoft.graph.recordingInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn recording_info(&self) -> crate::path::PropertyPath<crate::v1::RecordingInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("recordingInfo"))
    }
    /// Structural property `removedState` (`microsoft.graph.removedState`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn removed_state(&self) -> crate::path::PropertyPath<crate::v1::RemovedState> {
        crate::path::PropertyPath::new(self.node_target().segment("removedState"))
    }
    /// Structural property `restrictedExperience` (`microsoft.graph.onlineMeetingRestricted`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn restricted_experience(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OnlineMeetingRestricted> {
        crate::path::PropertyPath::new(
            self.node_target().segment("restrictedExperience"),
        )
    }
    /// `POST .../mute`: action `microsoft.graph.mute`.
    #[inline]
    pub fn mute(
        &self,
        params: crate::v1::params::ParticipantMuteParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ParticipantMuteParams>,
        rt::request::Entity<crate::v1::MuteParticipantOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("mute"),
            rt::request::Json(params),
        )
    }
    /// `POST .../startHoldMusic`: action `microsoft.graph.startHoldMusic`.
    #[inline]
    pub fn start_hold_music(
        &self,
        params: crate::v1::params::ParticipantStartHoldMusicParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ParticipantStartHoldMusicParams>,
        rt::request::Entity<crate::v1::StartHoldMusicOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("startHoldMusic"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stopHoldMusic`: action `microsoft.graph.stopHoldMusic`.
    #[inline]
    pub fn stop_hold_music(
        &self,
        params: crate::v1::params::ParticipantStopHoldMusicParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::ParticipantStopHoldMusicParams>,
        rt::request::Entity<crate::v1::StopHoldMusicOperation>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stopHoldMusic"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::ParticipantJoiningNotificationPath {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    #[inline]
    pub fn call(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Call, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("call"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ParticipantJoiningNotification {
    const SEGMENT: &'static str = "microsoft.graph.participantJoiningNotification";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::ParticipantLeftNotificationPath {
    /// Containment navigation property `call` (`microsoft.graph.call`).
    #[inline]
    pub fn call(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Call, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("call"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ParticipantLeftNotification {
    const SEGMENT: &'static str = "microsoft.graph.participantLeftNotification";
}
#[cfg(msgraph_v1_reports_or_search)]
/// Features: `v1`, or one of `v1-reports`, `v1-search`.
impl dyn crate::v1::requests::PartnersPath {
    /// Containment navigation property `billing` (`microsoft.graph.partners.billing.billing`).
    #[inline]
    pub fn billing(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::partners_billing::Billing,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("billing"))
    }
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Partners {
    const SEGMENT: &'static str = "microsoft.graph.partners";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodTarget>
for crate::v1::PasskeyAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.passkeyAuthenticationMethodTarget";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PasskeyAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.passkeyAuthenticationMethodTarget";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::PasskeyProfilePath {
    /// Structural property `keyRestrictions` (`microsoft.graph.fido2KeyRestrictions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn key_restrictions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::Fido2KeyRestrictions> {
        crate::path::PropertyPath::new(self.node_target().segment("keyRestrictions"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PasskeyProfile {
    const SEGMENT: &'static str = "microsoft.graph.passkeyProfile";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::PasswordAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PasswordAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.passwordAuthenticationMethod";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::PayloadPath {
    /// Structural property `createdBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `detail` (`microsoft.graph.payloadDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn detail(&self) -> crate::path::PropertyPath<crate::v1::AnyPayloadDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("detail"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.emailIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::EmailIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Payload {
    const SEGMENT: &'static str = "microsoft.graph.payload";
}
#[cfg(msgraph_v1_admin_or_search)]
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
impl dyn crate::v1::requests::PeopleAdminSettingsPath {
    /// Containment navigation property `itemInsights` (`microsoft.graph.insightsSettings`).
    #[inline]
    pub fn item_insights(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::InsightsSettings,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("itemInsights"))
    }
    /// Containment navigation property `profileCardProperties` (`microsoft.graph.profileCardProperty`).
    #[inline]
    pub fn profile_card_properties(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfileCardProperty,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("profileCardProperties"),
        )
    }
    /// Containment navigation property `profilePropertySettings` (`microsoft.graph.profilePropertySetting`).
    #[inline]
    pub fn profile_property_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfilePropertySetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("profilePropertySettings"),
        )
    }
    /// Containment navigation property `profileSources` (`microsoft.graph.profileSource`).
    #[inline]
    pub fn profile_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ProfileSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("profileSources"))
    }
    /// Containment navigation property `pronouns` (`microsoft.graph.pronounsSettings`).
    #[inline]
    pub fn pronouns(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PronounsSettings,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.node_target().segment("pronouns"))
    }
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PeopleAdminSettings {
    const SEGMENT: &'static str = "microsoft.graph.peopleAdminSettings";
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PermissionPath {
    /// Structural property `grantedTo` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn granted_to(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("grantedTo"))
    }
    /// Structural property `grantedToV2` (`microsoft.graph.sharePointIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn granted_to_v2(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::SharePointIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("grantedToV2"))
    }
    /// Structural property `inheritedFrom` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn inherited_from(&self) -> crate::path::PropertyPath<crate::v1::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("inheritedFrom"))
    }
    /// Structural property `invitation` (`microsoft.graph.sharingInvitation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn invitation(&self) -> crate::path::PropertyPath<crate::v1::SharingInvitation> {
        crate::path::PropertyPath::new(self.node_target().segment("invitation"))
    }
    /// Structural property `link` (`microsoft.graph.sharingLink`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn link(&self) -> crate::path::PropertyPath<crate::v1::SharingLink> {
        crate::path::PropertyPath::new(self.node_target().segment("link"))
    }
    /// `POST .../grant`: action `microsoft.graph.grant`.
    #[inline]
    pub fn grant(
        &self,
        params: crate::v1::params::PermissionGrantParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PermissionGrantParams>,
        rt::request::Collection<crate::v1::Permission>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("grant"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Permission {
    const SEGMENT: &'static str = "microsoft.graph.permission";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PermissionGrantConditionSet {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantConditionSet";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PermissionGrantPolicyPath {
    /// Containment navigation property `excludes` (`microsoft.graph.permissionGrantConditionSet`).
    #[inline]
    pub fn excludes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("excludes"))
    }
    /// Containment navigation property `includes` (`microsoft.graph.permissionGrantConditionSet`).
    #[inline]
    pub fn includes(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PermissionGrantConditionSet,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includes"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::v1::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPolicyBase>
for crate::v1::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::PermissionGrantPolicy {
    const SEGMENT: &'static str = "microsoft.graph.permissionGrantPolicy";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PersonPath {
    /// Structural property `personType` (`microsoft.graph.personType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn person_type(&self) -> crate::path::PropertyPath<crate::v1::PersonType> {
        crate::path::PropertyPath::new(self.node_target().segment("personType"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Person {
    const SEGMENT: &'static str = "microsoft.graph.person";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PhoneAuthenticationMethodPath {
    /// `POST .../disableSmsSignIn`: action `microsoft.graph.disableSmsSignIn`.
    #[inline]
    pub fn disable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("disableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../enableSmsSignIn`: action `microsoft.graph.enableSmsSignIn`.
    #[inline]
    pub fn enable_sms_sign_in(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("enableSmsSignIn"),
            rt::request::NoBody,
        )
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::PhoneAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.phoneAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PhoneAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.phoneAuthenticationMethod";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyConversationMember>
for crate::v1::PhoneUserConversationMember {
    const SEGMENT: &'static str = "microsoft.graph.phoneUserConversationMember";
}
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PinnedChatMessageInfoPath {
    /// Navigation property `message` (`microsoft.graph.chatMessage`).
    #[inline]
    pub fn message(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyChatMessage,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("message"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PinnedChatMessageInfo {
    const SEGMENT: &'static str = "microsoft.graph.pinnedChatMessageInfo";
}
#[cfg(msgraph_v1_places_or_search)]
/// Features: `v1`, or one of `v1-places`, `v1-search`.
impl dyn crate::v1::requests::PlacePath {
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::v1::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("geoCoordinates"))
    }
    /// Containment navigation property `checkIns` (`microsoft.graph.checkInClaim`).
    #[inline]
    pub fn check_ins(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CheckInClaim,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("checkIns"))
    }
    /// `GET .../descendants`: function `microsoft.graph.descendants`.
    #[inline]
    pub fn descendants(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::v1::AnyPlace>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("descendants", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPlace {
    const SEGMENT: &'static str = "microsoft.graph.place";
}
#[cfg(msgraph_v1_planner_or_search)]
/// Features: `v1`, or one of `v1-planner`, `v1-search`.
impl dyn crate::v1::requests::PlannerPath {
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    #[inline]
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("buckets"))
    }
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("plans"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_planner_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Planner {
    const SEGMENT: &'static str = "microsoft.graph.planner";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerAssignedToTaskBoardTaskFormatPath {
    /// Structural property `orderHintsByAssignee` (`microsoft.graph.plannerOrderHintsByAssignee`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn order_hints_by_assignee(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerOrderHintsByAssignee> {
        crate::path::PropertyPath::new(
            self.node_target().segment("orderHintsByAssignee"),
        )
    }
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlannerAssignedToTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerAssignedToTaskBoardTaskFormat";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerBucketPath {
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerBucket {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucket";
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlannerBucketTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerBucketTaskBoardTaskFormat";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerGroupPath {
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("plans"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerGroup {
    const SEGMENT: &'static str = "microsoft.graph.plannerGroup";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerPlanPath {
    /// Structural property `container` (`microsoft.graph.plannerPlanContainer`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn container(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerPlanContainer> {
        crate::path::PropertyPath::new(self.node_target().segment("container"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `buckets` (`microsoft.graph.plannerBucket`).
    #[inline]
    pub fn buckets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerBucket,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("buckets"))
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerPlanDetails`).
    #[inline]
    pub fn details(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerPlanDetails,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("details"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerPlan {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlan";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerPlanDetailsPath {
    /// Structural property `categoryDescriptions` (`microsoft.graph.plannerCategoryDescriptions`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn category_descriptions(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerCategoryDescriptions> {
        crate::path::PropertyPath::new(
            self.node_target().segment("categoryDescriptions"),
        )
    }
    /// Structural property `sharedWith` (`microsoft.graph.plannerUserIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_with(&self) -> crate::path::PropertyPath<crate::v1::PlannerUserIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedWith"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerPlanDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerPlanDetails";
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlannerProgressTaskBoardTaskFormat {
    const SEGMENT: &'static str = "microsoft.graph.plannerProgressTaskBoardTaskFormat";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerTaskPath {
    /// Structural property `appliedCategories` (`microsoft.graph.plannerAppliedCategories`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn applied_categories(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerAppliedCategories> {
        crate::path::PropertyPath::new(self.node_target().segment("appliedCategories"))
    }
    /// Structural property `assignments` (`microsoft.graph.plannerAssignments`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerAssignments> {
        crate::path::PropertyPath::new(self.node_target().segment("assignments"))
    }
    /// Structural property `completedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn completed_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("completedBy"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `assignedToTaskBoardFormat` (`microsoft.graph.plannerAssignedToTaskBoardTaskFormat`).
    #[inline]
    pub fn assigned_to_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerAssignedToTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("assignedToTaskBoardFormat"),
        )
    }
    /// Containment navigation property `bucketTaskBoardFormat` (`microsoft.graph.plannerBucketTaskBoardTaskFormat`).
    #[inline]
    pub fn bucket_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerBucketTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("bucketTaskBoardFormat"))
    }
    /// Containment navigation property `details` (`microsoft.graph.plannerTaskDetails`).
    #[inline]
    pub fn details(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerTaskDetails,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("details"))
    }
    /// Containment navigation property `progressTaskBoardFormat` (`microsoft.graph.plannerProgressTaskBoardTaskFormat`).
    #[inline]
    pub fn progress_task_board_format(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PlannerProgressTaskBoardTaskFormat,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("progressTaskBoardFormat"),
        )
    }
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerTask {
    const SEGMENT: &'static str = "microsoft.graph.plannerTask";
}
#[cfg(msgraph_v1_core_or_planner)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerTaskDetailsPath {
    /// Structural property `checklist` (`microsoft.graph.plannerChecklistItems`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn checklist(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerChecklistItems> {
        crate::path::PropertyPath::new(self.node_target().segment("checklist"))
    }
    /// Structural property `references` (`microsoft.graph.plannerExternalReferences`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn references(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PlannerExternalReferences> {
        crate::path::PropertyPath::new(self.node_target().segment("references"))
    }
}
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerTaskDetails {
    const SEGMENT: &'static str = "microsoft.graph.plannerTaskDetails";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlannerUserPath {
    /// Containment navigation property `plans` (`microsoft.graph.plannerPlan`).
    #[inline]
    pub fn plans(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerPlan,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("plans"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.plannerTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PlannerTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlannerUser {
    const SEGMENT: &'static str = "microsoft.graph.plannerUser";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PlatformCredentialAuthenticationMethodPath {
    /// Navigation property `device` (`microsoft.graph.device`).
    #[inline]
    pub fn device(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Device,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("device"))
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::PlatformCredentialAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.platformCredentialAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PlatformCredentialAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.platformCredentialAuthenticationMethod";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyCommsOperation>
for crate::v1::PlayPromptOperation {
    const SEGMENT: &'static str = "microsoft.graph.playPromptOperation";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PlayPromptOperation {
    const SEGMENT: &'static str = "microsoft.graph.playPromptOperation";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyDirectoryObject>
for crate::v1::AnyPolicyBase {
    const SEGMENT: &'static str = "microsoft.graph.policyBase";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PolicyRootPath {
    /// Containment navigation property `activityBasedTimeoutPolicies` (`microsoft.graph.activityBasedTimeoutPolicy`).
    #[inline]
    pub fn activity_based_timeout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ActivityBasedTimeoutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("activityBasedTimeoutPolicies"),
        )
    }
    /// Containment navigation property `adminConsentRequestPolicy` (`microsoft.graph.adminConsentRequestPolicy`).
    #[inline]
    pub fn admin_consent_request_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AdminConsentRequestPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("adminConsentRequestPolicy"),
        )
    }
    /// Containment navigation property `appManagementPolicies` (`microsoft.graph.appManagementPolicy`).
    #[inline]
    pub fn app_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AppManagementPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appManagementPolicies"),
        )
    }
    /// Containment navigation property `authenticationFlowsPolicy` (`microsoft.graph.authenticationFlowsPolicy`).
    #[inline]
    pub fn authentication_flows_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationFlowsPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("authenticationFlowsPolicy"),
        )
    }
    /// Containment navigation property `authenticationMethodsPolicy` (`microsoft.graph.authenticationMethodsPolicy`).
    #[inline]
    pub fn authentication_methods_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthenticationMethodsPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("authenticationMethodsPolicy"),
        )
    }
    /// Containment navigation property `authenticationStrengthPolicies` (`microsoft.graph.authenticationStrengthPolicy`).
    #[inline]
    pub fn authentication_strength_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AuthenticationStrengthPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("authenticationStrengthPolicies"),
        )
    }
    /// Containment navigation property `authorizationPolicy` (`microsoft.graph.authorizationPolicy`).
    #[inline]
    pub fn authorization_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AuthorizationPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("authorizationPolicy"))
    }
    /// Containment navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    #[inline]
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("claimsMappingPolicies"),
        )
    }
    /// Containment navigation property `conditionalAccessPolicies` (`microsoft.graph.conditionalAccessPolicy`).
    #[inline]
    pub fn conditional_access_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyConditionalAccessPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("conditionalAccessPolicies"),
        )
    }
    /// Containment navigation property `crossTenantAccessPolicy` (`microsoft.graph.crossTenantAccessPolicy`).
    #[inline]
    pub fn cross_tenant_access_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::CrossTenantAccessPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("crossTenantAccessPolicy"),
        )
    }
    /// Containment navigation property `defaultAppManagementPolicy` (`microsoft.graph.tenantAppManagementPolicy`).
    #[inline]
    pub fn default_app_management_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::TenantAppManagementPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("defaultAppManagementPolicy"),
        )
    }
    /// Containment navigation property `deviceRegistrationPolicy` (`microsoft.graph.deviceRegistrationPolicy`).
    #[inline]
    pub fn device_registration_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::DeviceRegistrationPolicy,
        crate::path::caps::Get,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("deviceRegistrationPolicy"),
        )
    }
    /// Containment navigation property `featureRolloutPolicies` (`microsoft.graph.featureRolloutPolicy`).
    #[inline]
    pub fn feature_rollout_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::FeatureRolloutPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("featureRolloutPolicies"),
        )
    }
    /// Containment navigation property `federatedTokenValidationPolicy` (`microsoft.graph.federatedTokenValidationPolicy`).
    #[inline]
    pub fn federated_token_validation_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::FederatedTokenValidationPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("federatedTokenValidationPolicy"),
        )
    }
    /// Containment navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Containment navigation property `identitySecurityDefaultsEnforcementPolicy` (`microsoft.graph.identitySecurityDefaultsEnforcementPolicy`).
    #[inline]
    pub fn identity_security_defaults_enforcement_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::IdentitySecurityDefaultsEnforcementPolicy,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("identitySecurityDefaultsEnforcementPolicy"),
        )
    }
    /// Containment navigation property `ownerlessGroupPolicy` (`microsoft.graph.ownerlessGroupPolicy`).
    #[inline]
    pub fn ownerless_group_policy(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::OwnerlessGroupPolicy,
        crate::path::caps::GetUpdate,
    > {
        crate::path::EntityPath::new(self.node_target().segment("ownerlessGroupPolicy"))
    }
    /// Containment navigation property `permissionGrantPolicies` (`microsoft.graph.permissionGrantPolicy`).
    #[inline]
    pub fn permission_grant_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PermissionGrantPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("permissionGrantPolicies"),
        )
    }
    /// Containment navigation property `roleManagementPolicies` (`microsoft.graph.unifiedRoleManagementPolicy`).
    #[inline]
    pub fn role_management_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleManagementPolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleManagementPolicies"),
        )
    }
    /// Containment navigation property `roleManagementPolicyAssignments` (`microsoft.graph.unifiedRoleManagementPolicyAssignment`).
    #[inline]
    pub fn role_management_policy_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::UnifiedRoleManagementPolicyAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleManagementPolicyAssignments"),
        )
    }
    /// Containment navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Containment navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
}
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PolicyRoot {
    const SEGMENT: &'static str = "microsoft.graph.policyRoot";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PolicyTemplatePath {
    /// Containment navigation property `multiTenantOrganizationIdentitySynchronization` (`microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate`).
    #[inline]
    pub fn multi_tenant_organization_identity_synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("multiTenantOrganizationIdentitySynchronization"),
        )
    }
    /// Containment navigation property `multiTenantOrganizationPartnerConfiguration` (`microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate`).
    #[inline]
    pub fn multi_tenant_organization_partner_configuration(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("multiTenantOrganizationPartnerConfiguration"),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PolicyTemplate {
    const SEGMENT: &'static str = "microsoft.graph.policyTemplate";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PostPath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::v1::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `from` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn from(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("from"))
    }
    /// Structural property `sender` (`microsoft.graph.recipient`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sender(&self) -> crate::path::PropertyPath<crate::v1::AnyRecipient> {
        crate::path::PropertyPath::new(self.node_target().segment("sender"))
    }
    /// Containment navigation property `attachments` (`microsoft.graph.attachment`).
    #[inline]
    pub fn attachments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAttachment,
        crate::path::caps::ListCreateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("attachments"))
    }
    /// Containment navigation property `extensions` (`microsoft.graph.extension`).
    #[inline]
    pub fn extensions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyExtension,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("extensions"))
    }
    /// Containment navigation property `inReplyTo` (`microsoft.graph.post`).
    #[inline]
    pub fn in_reply_to(
        &self,
    ) -> crate::path::EntityPath<crate::v1::Post, crate::path::caps::Get> {
        crate::path::EntityPath::new(self.node_target().segment("inReplyTo"))
    }
    /// `POST .../forward`: action `microsoft.graph.forward`.
    #[inline]
    pub fn forward(
        &self,
        params: crate::v1::params::PostForwardParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PostForwardParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("forward"),
            rt::request::Json(params),
        )
    }
    /// `POST .../reply`: action `microsoft.graph.reply`.
    #[inline]
    pub fn reply(
        &self,
        params: crate::v1::params::PostReplyParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PostReplyParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("reply"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyOutlookItem> for crate::v1::Post {
    const SEGMENT: &'static str = "microsoft.graph.post";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Post {
    const SEGMENT: &'static str = "microsoft.graph.post";
}
#[cfg(msgraph_v1_core_or_communications)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PresencePath {
    /// Structural property `outOfOfficeSettings` (`microsoft.graph.outOfOfficeSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn out_of_office_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::OutOfOfficeSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("outOfOfficeSettings"))
    }
    /// Structural property `statusMessage` (`microsoft.graph.presenceStatusMessage`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status_message(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PresenceStatusMessage> {
        crate::path::PropertyPath::new(self.node_target().segment("statusMessage"))
    }
    /// Structural property `workLocation` (`microsoft.graph.userWorkLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn work_location(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::UserWorkLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("workLocation"))
    }
    /// `POST .../clearAutomaticLocation`: action `microsoft.graph.clearAutomaticLocation`.
    #[inline]
    pub fn clear_automatic_location(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clearAutomaticLocation"),
            rt::request::NoBody,
        )
    }
    /// `POST .../clearLocation`: action `microsoft.graph.clearLocation`.
    #[inline]
    pub fn clear_location(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clearLocation"),
            rt::request::NoBody,
        )
    }
    /// `POST .../clearPresence`: action `microsoft.graph.clearPresence`.
    #[inline]
    pub fn clear_presence(
        &self,
        params: crate::v1::params::PresenceClearPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceClearPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clearPresence"),
            rt::request::Json(params),
        )
    }
    /// `POST .../clearUserPreferredPresence`: action `microsoft.graph.clearUserPreferredPresence`.
    #[inline]
    pub fn clear_user_preferred_presence(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("clearUserPreferredPresence"),
            rt::request::NoBody,
        )
    }
    /// `POST .../setAutomaticLocation`: action `microsoft.graph.setAutomaticLocation`.
    #[inline]
    pub fn set_automatic_location(
        &self,
        params: crate::v1::params::PresenceSetAutomaticLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetAutomaticLocationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setAutomaticLocation"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setManualLocation`: action `microsoft.graph.setManualLocation`.
    #[inline]
    pub fn set_manual_location(
        &self,
        params: crate::v1::params::PresenceSetManualLocationParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetManualLocationParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setManualLocation"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setPresence`: action `microsoft.graph.setPresence`.
    #[inline]
    pub fn set_presence(
        &self,
        params: crate::v1::params::PresenceSetPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setPresence"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setStatusMessage`: action `microsoft.graph.setStatusMessage`.
    #[inline]
    pub fn set_status_message(
        &self,
        params: crate::v1::params::PresenceSetStatusMessageParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetStatusMessageParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setStatusMessage"),
            rt::request::Json(params),
        )
    }
    /// `POST .../setUserPreferredPresence`: action `microsoft.graph.setUserPreferredPresence`.
    #[inline]
    pub fn set_user_preferred_presence(
        &self,
        params: crate::v1::params::PresenceSetUserPreferredPresenceParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PresenceSetUserPreferredPresenceParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("setUserPreferredPresence"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::Presence {
    const SEGMENT: &'static str = "microsoft.graph.presence";
}
#[cfg(msgraph_v1_print)]
/// Features: `v1` or `v1-print`.
impl dyn crate::v1::requests::PrintPath {
    /// Structural property `settings` (`microsoft.graph.printSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn settings(&self) -> crate::path::PropertyPath<crate::v1::PrintSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("settings"))
    }
    /// Containment navigation property `connectors` (`microsoft.graph.printConnector`).
    #[inline]
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintConnector,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connectors"))
    }
    /// Containment navigation property `operations` (`microsoft.graph.printOperation`).
    #[inline]
    pub fn operations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyPrintOperation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("operations"))
    }
    /// Containment navigation property `printers` (`microsoft.graph.printer`).
    #[inline]
    pub fn printers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Printer,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("printers"))
    }
    /// Containment navigation property `services` (`microsoft.graph.printService`).
    #[inline]
    pub fn services(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintService,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("services"))
    }
    /// Containment navigation property `shares` (`microsoft.graph.printerShare`).
    #[inline]
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrinterShare,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shares"))
    }
    /// Containment navigation property `taskDefinitions` (`microsoft.graph.printTaskDefinition`).
    #[inline]
    pub fn task_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTaskDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskDefinitions"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl dyn crate::v1::requests::PrintConnectorPath {
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintConnector {
    const SEGMENT: &'static str = "microsoft.graph.printConnector";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PrintDocumentPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    #[inline]
    pub fn create_upload_session(
        &self,
        params: crate::v1::params::PrintDocumentCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PrintDocumentCreateUploadSessionParams>,
        rt::request::Entity<crate::v1::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintDocument {
    const SEGMENT: &'static str = "microsoft.graph.printDocument";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PrintJobPath {
    /// Structural property `configuration` (`microsoft.graph.printJobConfiguration`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn configuration(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrintJobConfiguration> {
        crate::path::PropertyPath::new(self.node_target().segment("configuration"))
    }
    /// Structural property `createdBy` (`microsoft.graph.userIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::UserIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `status` (`microsoft.graph.printJobStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintJobStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `documents` (`microsoft.graph.printDocument`).
    #[inline]
    pub fn documents(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintDocument,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("documents"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
    /// `POST .../abort`: action `microsoft.graph.abort`.
    #[inline]
    pub fn abort(
        &self,
        params: crate::v1::params::PrintJobAbortParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PrintJobAbortParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("abort"),
            rt::request::Json(params),
        )
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../redirect`: action `microsoft.graph.redirect`.
    #[inline]
    pub fn redirect(
        &self,
        params: crate::v1::params::PrintJobRedirectParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::PrintJobRedirectParams>,
        rt::request::Entity<crate::v1::PrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("redirect"),
            rt::request::Json(params),
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    #[inline]
    pub fn start(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::PrintJobStatus>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("start"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintJob {
    const SEGMENT: &'static str = "microsoft.graph.printJob";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl dyn crate::v1::requests::PrintOperationPath {
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPrintOperation {
    const SEGMENT: &'static str = "microsoft.graph.printOperation";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl dyn crate::v1::requests::PrintServicePath {
    /// Containment navigation property `endpoints` (`microsoft.graph.printServiceEndpoint`).
    #[inline]
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintServiceEndpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("endpoints"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintService {
    const SEGMENT: &'static str = "microsoft.graph.printService";
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintServiceEndpoint {
    const SEGMENT: &'static str = "microsoft.graph.printServiceEndpoint";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PrintTaskPath {
    /// Structural property `status` (`microsoft.graph.printTaskStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintTaskStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    #[cfg(msgraph_v1_print_or_search)]
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrintTaskDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
    #[cfg(msgraph_v1_print_or_search)]
    /// Navigation property `trigger` (`microsoft.graph.printTaskTrigger`).
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    #[inline]
    pub fn trigger(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrintTaskTrigger,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("trigger"))
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintTask {
    const SEGMENT: &'static str = "microsoft.graph.printTask";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl dyn crate::v1::requests::PrintTaskDefinitionPath {
    /// Structural property `createdBy` (`microsoft.graph.appIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AppIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `tasks` (`microsoft.graph.printTask`).
    #[inline]
    pub fn tasks(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTask,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tasks"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintTaskDefinition {
    const SEGMENT: &'static str = "microsoft.graph.printTaskDefinition";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl dyn crate::v1::requests::PrintTaskTriggerPath {
    /// Navigation property `definition` (`microsoft.graph.printTaskDefinition`).
    #[inline]
    pub fn definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrintTaskDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("definition"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintTaskTrigger {
    const SEGMENT: &'static str = "microsoft.graph.printTaskTrigger";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPrintUsage {
    const SEGMENT: &'static str = "microsoft.graph.printUsage";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrintUsage>
for crate::v1::PrintUsageByPrinter {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByPrinter";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintUsageByPrinter {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByPrinter";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrintUsage> for crate::v1::PrintUsageByUser {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByUser";
}
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrintUsageByUser {
    const SEGMENT: &'static str = "microsoft.graph.printUsageByUser";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl dyn crate::v1::requests::PrinterPath {
    /// Navigation property `connectors` (`microsoft.graph.printConnector`).
    #[inline]
    pub fn connectors(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintConnector,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("connectors"))
    }
    /// Navigation property `shares` (`microsoft.graph.printerShare`).
    #[inline]
    pub fn shares(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrinterShare,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shares"))
    }
    /// Containment navigation property `taskTriggers` (`microsoft.graph.printTaskTrigger`).
    #[inline]
    pub fn task_triggers(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintTaskTrigger,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("taskTriggers"))
    }
    /// `POST .../restoreFactoryDefaults`: action `microsoft.graph.restoreFactoryDefaults`.
    #[inline]
    pub fn restore_factory_defaults(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restoreFactoryDefaults"),
            rt::request::NoBody,
        )
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.node_target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::v1::PrinterDefaults> {
        crate::path::PropertyPath::new(self.node_target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrinterStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrinterBase> for crate::v1::Printer {
    const SEGMENT: &'static str = "microsoft.graph.printer";
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PrinterBasePath {
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.node_target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::v1::PrinterDefaults> {
        crate::path::PropertyPath::new(self.node_target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrinterStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::AnyPrinterBase {
    const SEGMENT: &'static str = "microsoft.graph.printerBase";
}
#[cfg(msgraph_v1_print_or_search)]
/// Features: `v1`, or one of `v1-print`, `v1-search`.
impl dyn crate::v1::requests::PrinterCreateOperationPath {
    /// Navigation property `printer` (`microsoft.graph.printer`).
    #[inline]
    pub fn printer(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Printer,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("printer"))
    }
    /// Structural property `status` (`microsoft.graph.printOperationStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrintOperationStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrintOperation>
for crate::v1::PrinterCreateOperation {
    const SEGMENT: &'static str = "microsoft.graph.printerCreateOperation";
}
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrinterCreateOperation {
    const SEGMENT: &'static str = "microsoft.graph.printerCreateOperation";
}
#[cfg(msgraph_v1_core_or_print)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::PrinterSharePath {
    /// Structural property `viewPoint` (`microsoft.graph.printerShareViewpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn view_point(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterShareViewpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("viewPoint"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `allowedGroups` (`microsoft.graph.group`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn allowed_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Group,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allowedGroups"))
    }
    #[cfg(msgraph_v1_core)]
    /// Navigation property `allowedUsers` (`microsoft.graph.user`).
    ///
    /// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn allowed_users(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyUser,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("allowedUsers"))
    }
    #[cfg(msgraph_v1_print_or_search)]
    /// Navigation property `printer` (`microsoft.graph.printer`).
    ///
    /// Features: `v1`, or one of `v1-print`, `v1-search`.
    #[inline]
    pub fn printer(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Printer,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("printer"))
    }
    /// Structural property `capabilities` (`microsoft.graph.printerCapabilities`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn capabilities(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::PrinterCapabilities> {
        crate::path::PropertyPath::new(self.node_target().segment("capabilities"))
    }
    /// Structural property `defaults` (`microsoft.graph.printerDefaults`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn defaults(&self) -> crate::path::PropertyPath<crate::v1::PrinterDefaults> {
        crate::path::PropertyPath::new(self.node_target().segment("defaults"))
    }
    /// Structural property `location` (`microsoft.graph.printerLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::v1::PrinterLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `status` (`microsoft.graph.printerStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::v1::PrinterStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `jobs` (`microsoft.graph.printJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrintJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrinterBase> for crate::v1::PrinterShare {
    const SEGMENT: &'static str = "microsoft.graph.printerShare";
}
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrinterShare {
    const SEGMENT: &'static str = "microsoft.graph.printerShare";
}
#[cfg(msgraph_v1_privacy)]
/// Features: `v1` or `v1-privacy`.
impl dyn crate::v1::requests::PrivacyPath {
    /// Containment navigation property `subjectRightsRequests` (`microsoft.graph.subjectRightsRequest`).
    #[inline]
    pub fn subject_rights_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::SubjectRightsRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("subjectRightsRequests"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::PrivilegedAccessGroupPath {
    /// Containment navigation property `assignmentApprovals` (`microsoft.graph.approval`).
    #[inline]
    pub fn assignment_approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentApprovals"),
        )
    }
    /// Containment navigation property `assignmentScheduleInstances` (`microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance`).
    #[inline]
    pub fn assignment_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentScheduleInstances"),
        )
    }
    /// Containment navigation property `assignmentScheduleRequests` (`microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest`).
    #[inline]
    pub fn assignment_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentScheduleRequests"),
        )
    }
    /// Containment navigation property `assignmentSchedules` (`microsoft.graph.privilegedAccessGroupAssignmentSchedule`).
    #[inline]
    pub fn assignment_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupAssignmentSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("assignmentSchedules"),
        )
    }
    /// Containment navigation property `eligibilityScheduleInstances` (`microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`).
    #[inline]
    pub fn eligibility_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("eligibilityScheduleInstances"),
        )
    }
    /// Containment navigation property `eligibilityScheduleRequests` (`microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest`).
    #[inline]
    pub fn eligibility_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("eligibilityScheduleRequests"),
        )
    }
    /// Containment navigation property `eligibilitySchedules` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    #[inline]
    pub fn eligibility_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("eligibilitySchedules"),
        )
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PrivilegedAccessGroup {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroup";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::PrivilegedAccessGroupAssignmentSchedulePath {
    /// Navigation property `activatedUsing` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessSchedule>
for crate::v1::PrivilegedAccessGroupAssignmentSchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentSchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PrivilegedAccessGroupAssignmentScheduleInstancePath {
    /// Navigation property `activatedUsing` (`microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleInstance>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PrivilegedAccessGroupAssignmentScheduleRequestPath {
    /// Navigation property `activatedUsing` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    #[inline]
    pub fn activated_using(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("activatedUsing"))
    }
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    #[inline]
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("targetSchedule"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("ticketInfo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleRequest>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PrivilegedAccessGroupEligibilitySchedulePath {
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessSchedule>
for crate::v1::PrivilegedAccessGroupEligibilitySchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilitySchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PrivilegedAccessGroupEligibilityScheduleInstancePath {
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleInstance>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PrivilegedAccessGroupEligibilityScheduleRequestPath {
    /// Navigation property `group` (`microsoft.graph.group`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::Group,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
    /// Navigation property `principal` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn principal(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::AnyDirectoryObject,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("principal"))
    }
    /// Navigation property `targetSchedule` (`microsoft.graph.privilegedAccessGroupEligibilitySchedule`).
    #[inline]
    pub fn target_schedule(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroupEligibilitySchedule,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("targetSchedule"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("ticketInfo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyPrivilegedAccessScheduleRequest>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
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
impl dyn crate::v1::requests::PrivilegedAccessRootPath {
    /// Containment navigation property `group` (`microsoft.graph.privilegedAccessGroup`).
    #[inline]
    pub fn group(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::PrivilegedAccessGroup,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("group"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PrivilegedAccessRoot {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessRoot";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::PrivilegedAccessSchedulePath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyPrivilegedAccessSchedule {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessSchedule";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyPrivilegedAccessScheduleInstance {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessScheduleInstance";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
impl dyn crate::v1::requests::PrivilegedAccessScheduleRequestPath {
    /// Structural property `scheduleInfo` (`microsoft.graph.requestSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::RequestSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("scheduleInfo"))
    }
    /// Structural property `ticketInfo` (`microsoft.graph.ticketInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ticket_info(&self) -> crate::path::PropertyPath<crate::v1::TicketInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("ticketInfo"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyRequest>
for crate::v1::AnyPrivilegedAccessScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
}
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyPrivilegedAccessScheduleRequest {
    const SEGMENT: &'static str = "microsoft.graph.privilegedAccessScheduleRequest";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ProfileCardProperty {
    const SEGMENT: &'static str = "microsoft.graph.profileCardProperty";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::ProfilePhotoPath {
    /// The media content (`$value`) of this entity.
    #[inline]
    pub fn value(&self) -> crate::path::StreamPath {
        crate::path::StreamPath::new(self.node_target().segment("$value"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ProfilePhoto {
    const SEGMENT: &'static str = "microsoft.graph.profilePhoto";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ProfilePropertySetting {
    const SEGMENT: &'static str = "microsoft.graph.profilePropertySetting";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::ProfileSource {
    const SEGMENT: &'static str = "microsoft.graph.profileSource";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::PronounsSettings {
    const SEGMENT: &'static str = "microsoft.graph.pronounsSettings";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::ProtectionPolicyBasePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `protectionPolicyArtifactCount` (`microsoft.graph.protectionPolicyArtifactCount`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn protection_policy_artifact_count(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProtectionPolicyArtifactCount> {
        crate::path::PropertyPath::new(
            self.node_target().segment("protectionPolicyArtifactCount"),
        )
    }
    /// `POST .../activate`: action `microsoft.graph.activate`.
    #[inline]
    pub fn activate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("activate"),
            rt::request::NoBody,
        )
    }
    /// `POST .../deactivate`: action `microsoft.graph.deactivate`.
    #[inline]
    pub fn deactivate(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionPolicyBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deactivate"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionPolicyBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionPolicyBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::ProtectionRuleBasePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../deleteAndUnprotect`: action `microsoft.graph.deleteAndUnprotect`.
    #[inline]
    pub fn delete_and_unprotect(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deleteAndUnprotect"),
            rt::request::NoBody,
        )
    }
    /// `POST .../run`: action `microsoft.graph.run`.
    #[inline]
    pub fn run(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionRuleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("run"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionRuleBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionRuleBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::ProtectionUnitBasePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../cancelOffboard`: action `microsoft.graph.cancelOffboard`.
    #[inline]
    pub fn cancel_offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancelOffboard"),
            rt::request::NoBody,
        )
    }
    /// `POST .../offboard`: action `microsoft.graph.offboard`.
    #[inline]
    pub fn offboard(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::v1::AnyProtectionUnitBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("offboard"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionUnitBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionUnitBase";
}
#[cfg(msgraph_v1_search_or_solutions)]
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
impl dyn crate::v1::requests::ProtectionUnitsBulkJobBasePath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `error` (`microsoft.graph.publicError`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error(&self) -> crate::path::PropertyPath<crate::v1::PublicError> {
        crate::path::PropertyPath::new(self.node_target().segment("error"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::AnyIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::AnyProtectionUnitsBulkJobBase {
    const SEGMENT: &'static str = "microsoft.graph.protectionUnitsBulkJobBase";
}
#[cfg(msgraph_v1_audit_logs_or_search)]
/// Features: `v1`, or one of `v1-audit-logs`, `v1-search`.
impl dyn crate::v1::requests::ProvisioningObjectSummaryPath {
    /// Structural property `initiatedBy` (`microsoft.graph.initiator`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn initiated_by(&self) -> crate::path::PropertyPath<crate::v1::Initiator> {
        crate::path::PropertyPath::new(self.node_target().segment("initiatedBy"))
    }
    /// Structural property `provisioningStatusInfo` (`microsoft.graph.provisioningStatusInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn provisioning_status_info(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningStatusInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("provisioningStatusInfo"),
        )
    }
    /// Structural property `servicePrincipal` (`microsoft.graph.provisioningServicePrincipal`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn service_principal(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningServicePrincipal> {
        crate::path::PropertyPath::new(self.node_target().segment("servicePrincipal"))
    }
    /// Structural property `sourceIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("sourceIdentity"))
    }
    /// Structural property `sourceSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn source_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.node_target().segment("sourceSystem"))
    }
    /// Structural property `targetIdentity` (`microsoft.graph.provisionedIdentity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisionedIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("targetIdentity"))
    }
    /// Structural property `targetSystem` (`microsoft.graph.provisioningSystem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_system(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::ProvisioningSystem> {
        crate::path::PropertyPath::new(self.node_target().segment("targetSystem"))
    }
}
#[cfg(msgraph_v1_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::ProvisioningObjectSummary {
    const SEGMENT: &'static str = "microsoft.graph.provisioningObjectSummary";
}
#[cfg(msgraph_v1_directory_or_search)]
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
impl dyn crate::v1::requests::PublicKeyInfrastructureRootPath {
    /// Containment navigation property `certificateBasedAuthConfigurations` (`microsoft.graph.certificateBasedAuthPki`).
    #[inline]
    pub fn certificate_based_auth_configurations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::CertificateBasedAuthPki,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("certificateBasedAuthConfigurations"),
        )
    }
}
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::PublicKeyInfrastructureRoot {
    const SEGMENT: &'static str = "microsoft.graph.publicKeyInfrastructureRoot";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::call_records::AnyParticipantBase>
for crate::v1::call_records::Participant {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.participant";
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::Participant {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.participant";
}
#[cfg(msgraph_v1_communications_or_search)]
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
impl dyn crate::v1::requests::call_records::ParticipantBasePath {
    /// Structural property `identity` (`microsoft.graph.communicationsIdentitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn identity(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::CommunicationsIdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("identity"))
    }
}
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::call_records::AnyParticipantBase {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.participantBase";
}
#[cfg(msgraph_v1_search_or_security)]
/// Features: `v1`, or one of `v1-search`, `v1-security`.
impl dyn crate::v1::requests::security::PassiveDnsRecordPath {
    /// Navigation property `artifact` (`microsoft.graph.security.artifact`).
    #[inline]
    pub fn artifact(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyArtifact,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("artifact"))
    }
    /// Navigation property `parentHost` (`microsoft.graph.security.host`).
    #[inline]
    pub fn parent_host(
        &self,
    ) -> crate::path::EntityPath<
        crate::v1::security::AnyHost,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentHost"))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::security::AnyArtifact>
for crate::v1::security::PassiveDnsRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.passiveDnsRecord";
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::security::PassiveDnsRecord {
    const SEGMENT: &'static str = "microsoft.graph.security.passiveDnsRecord";
}
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::teams_administration::PolicyIdentifierDetail {
    const SEGMENT: &'static str = "microsoft.graph.teamsAdministration.policyIdentifierDetail";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::QrCodePath {
    /// Structural property `image` (`microsoft.graph.qrCodeImageDetails`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn image(&self) -> crate::path::PropertyPath<crate::v1::QrCodeImageDetails> {
        crate::path::PropertyPath::new(self.node_target().segment("image"))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::QrCode {
    const SEGMENT: &'static str = "microsoft.graph.qrCode";
}
#[cfg(msgraph_v1_core)]
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::v1::requests::QrCodePinAuthenticationMethodPath {
    /// Containment navigation property `pin` (`microsoft.graph.qrPin`).
    #[inline]
    pub fn pin(
        &self,
    ) -> crate::path::EntityPath<crate::v1::QrPin, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("pin"))
    }
    /// Containment navigation property `standardQRCode` (`microsoft.graph.qrCode`).
    #[inline]
    pub fn standard_qr_code(
        &self,
    ) -> crate::path::EntityPath<crate::v1::QrCode, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("standardQRCode"))
    }
    /// Containment navigation property `temporaryQRCode` (`microsoft.graph.qrCode`).
    #[inline]
    pub fn temporary_qr_code(
        &self,
    ) -> crate::path::EntityPath<crate::v1::QrCode, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("temporaryQRCode"))
    }
    /// `POST .../resetPassword`: action `microsoft.graph.resetPassword`.
    #[inline]
    pub fn reset_password(
        &self,
        params: crate::v1::params::AuthenticationMethodResetPasswordParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::v1::params::AuthenticationMethodResetPasswordParams>,
        rt::request::Entity<crate::v1::PasswordResetResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("resetPassword"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethod>
for crate::v1::QrCodePinAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethod";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::QrCodePinAuthenticationMethod {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethod";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
impl dyn crate::v1::requests::QrCodePinAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.authenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::v1::AnyAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyAuthenticationMethodConfiguration>
for crate::v1::QrCodePinAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity>
for crate::v1::QrCodePinAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.qrCodePinAuthenticationMethodConfiguration";
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::QrPin {
    const SEGMENT: &'static str = "microsoft.graph.qrPin";
}
#[cfg(msgraph_v1_search)]
/// Features: `v1` or `v1-search`.
impl dyn crate::v1::requests::search::QnaPath {
    /// Structural property `keywords` (`microsoft.graph.search.answerKeyword`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn keywords(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::AnswerKeyword> {
        crate::path::PropertyPath::new(self.node_target().segment("keywords"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.search.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::v1::search::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::search::AnySearchAnswer>
for crate::v1::search::Qna {
    const SEGMENT: &'static str = "microsoft.graph.search.qna";
}
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::v1::AnyEntity> for crate::v1::search::Qna {
    const SEGMENT: &'static str = "microsoft.graph.search.qna";
}
