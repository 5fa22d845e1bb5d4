//! Types of `microsoft.graph` by the first letters of their names (`b`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_device_management_or_search)]
/// A management condition expression that is evaluated using a binary operation.
///
/// CSDL: `microsoft.graph.binaryManagementConditionExpression`, complex type, derived from `microsoft.graph.managementConditionExpressionModel`.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct BinaryManagementConditionExpression {
    /// The first operand of the binary operation.
    ///
    /// CSDL: property `firstOperand`: `microsoft.graph.managementConditionExpressionModel`, not nullable.
    pub first_operand: rt::Field<crate::beta::AnyManagementConditionExpressionModel>,
    /// The operator used in the evaluation of the binary operation.
    ///
    /// CSDL: property `operator`: `microsoft.graph.binaryManagementConditionExpressionOperatorType`, not nullable.
    pub operator: rt::Field<
        crate::beta::BinaryManagementConditionExpressionOperatorType,
    >,
    /// The second operand of the binary operation.
    ///
    /// CSDL: property `secondOperand`: `microsoft.graph.managementConditionExpressionModel`, not nullable.
    pub second_operand: rt::Field<crate::beta::AnyManagementConditionExpressionModel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for BinaryManagementConditionExpression {
    #[inline]
    fn default() -> Self {
        Self {
            first_operand: rt::Field::Absent,
            operator: rt::Field::Absent,
            second_operand: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for BinaryManagementConditionExpression {
    const TYPE_NAME: &'static str = "microsoft.graph.binaryManagementConditionExpression";
    const KEYS: &'static [&'static str] = &["firstOperand", "operator", "secondOperand"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"firstOperand\":                 ",
        ",\"operator\":                     ",
        ",\"secondOperand\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.binaryManagementConditionExpression\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "first_operand", &self.first_operand);
        v.field(1usize, "operator", &self.operator);
        v.field(2usize, "second_operand", &self.second_operand);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for BinaryManagementConditionExpression {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.first_operand.read_from(r),
            1usize => self.operator.read_from(r),
            2usize => self.second_operand.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.first_operand);
        w.field(1usize, &self.operator);
        w.field(2usize, &self.second_operand);
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
rt::impl_object!(BinaryManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    BinaryManagementConditionExpression { with_first_operand first_operand : crate
    ::beta::AnyManagementConditionExpressionModel; with_operator operator : crate
    ::beta::BinaryManagementConditionExpressionOperatorType; with_second_operand
    second_operand : crate ::beta::AnyManagementConditionExpressionModel; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BinaryManagementConditionExpression);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.binaryManagementConditionExpressionOperatorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BinaryManagementConditionExpressionOperatorType {
    /// `or` (value 0).
    Or,
    /// `and` (value 1).
    And,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for BinaryManagementConditionExpressionOperatorType {
    const TYPE_NAME: &'static str = "microsoft.graph.binaryManagementConditionExpressionOperatorType";
    const MEMBERS: &'static [&'static str] = &["or", "and"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "or" => Self::Or,
                "and" => Self::And,
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
            Self::Or => "or",
            Self::And => "and",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(BinaryManagementConditionExpressionOperatorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BinaryManagementConditionExpressionOperatorType);
#[cfg(msgraph_beta_device_management_or_search)]
/// BitLocker Fixed Drive Policies.
///
/// CSDL: `microsoft.graph.bitLockerFixedDrivePolicy`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct BitLockerFixedDrivePolicy {
    /// Select the encryption method for fixed drives.
    ///
    /// CSDL: property `encryptionMethod`: `microsoft.graph.bitLockerEncryptionMethod`, nullable.
    pub encryption_method: rt::Field<crate::beta::BitLockerEncryptionMethod>,
    /// This policy setting allows you to control how BitLocker-protected fixed data drives are recovered in the absence of the required credentials. This policy setting is applied when you turn on BitLocker.
    ///
    /// CSDL: property `recoveryOptions`: `microsoft.graph.bitLockerRecoveryOptions`, nullable.
    pub recovery_options: rt::Field<crate::beta::BitLockerRecoveryOptions>,
    /// This policy setting determines whether BitLocker protection is required for fixed data drives to be writable on a computer.
    ///
    /// CSDL: property `requireEncryptionForWriteAccess`: `Edm.Boolean`, not nullable.
    pub require_encryption_for_write_access: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for BitLockerFixedDrivePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            encryption_method: rt::Field::Absent,
            recovery_options: rt::Field::Absent,
            require_encryption_for_write_access: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for BitLockerFixedDrivePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerFixedDrivePolicy";
    const KEYS: &'static [&'static str] = &[
        "encryptionMethod",
        "recoveryOptions",
        "requireEncryptionForWriteAccess",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"encryptionMethod\":             ",
        ",\"recoveryOptions\":              ",
        ",\"requireEncryptionForWriteAccess\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitLockerFixedDrivePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "encryption_method", &self.encryption_method);
        v.field(1usize, "recovery_options", &self.recovery_options);
        v.field(
            2usize,
            "require_encryption_for_write_access",
            &self.require_encryption_for_write_access,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for BitLockerFixedDrivePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.encryption_method.read_from(r),
            1usize => self.recovery_options.read_from(r),
            2usize => self.require_encryption_for_write_access.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.encryption_method);
        w.field(1usize, &self.recovery_options);
        w.field(2usize, &self.require_encryption_for_write_access);
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
rt::impl_object!(BitLockerFixedDrivePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    BitLockerFixedDrivePolicy { with_encryption_method encryption_method : crate
    ::beta::BitLockerEncryptionMethod; with_recovery_options recovery_options : crate
    ::beta::BitLockerRecoveryOptions; with_require_encryption_for_write_access
    require_encryption_for_write_access : bool; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerFixedDrivePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.bitLockerRecoveryInformationType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BitLockerRecoveryInformationType {
    /// `passwordAndKey` (value 1).
    PasswordAndKey,
    /// `passwordOnly` (value 2).
    PasswordOnly,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for BitLockerRecoveryInformationType {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerRecoveryInformationType";
    const MEMBERS: &'static [&'static str] = &["passwordAndKey", "passwordOnly"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "passwordAndKey" => Self::PasswordAndKey,
                "passwordOnly" => Self::PasswordOnly,
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
            Self::PasswordAndKey => "passwordAndKey",
            Self::PasswordOnly => "passwordOnly",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(BitLockerRecoveryInformationType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerRecoveryInformationType);
#[cfg(msgraph_beta_device_management_or_search)]
/// BitLocker Recovery Options.
///
/// CSDL: `microsoft.graph.bitLockerRecoveryOptions`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct BitLockerRecoveryOptions {
    /// Indicates whether to block certificate-based data recovery agent.
    ///
    /// CSDL: property `blockDataRecoveryAgent`: `Edm.Boolean`, not nullable.
    pub block_data_recovery_agent: rt::Field<bool>,
    /// Indicates whether or not to enable BitLocker until recovery information is stored in AD DS.
    ///
    /// CSDL: property `enableBitLockerAfterRecoveryInformationToStore`: `Edm.Boolean`, not nullable.
    pub enable_bit_locker_after_recovery_information_to_store: rt::Field<bool>,
    /// Indicates whether or not to allow BitLocker recovery information to store in AD DS.
    ///
    /// CSDL: property `enableRecoveryInformationSaveToStore`: `Edm.Boolean`, not nullable.
    pub enable_recovery_information_save_to_store: rt::Field<bool>,
    /// Indicates whether or not to allow showing recovery options in BitLocker Setup Wizard for fixed or system disk.
    ///
    /// CSDL: property `hideRecoveryOptions`: `Edm.Boolean`, not nullable.
    pub hide_recovery_options: rt::Field<bool>,
    /// Configure what pieces of BitLocker recovery information are stored to AD DS.
    ///
    /// CSDL: property `recoveryInformationToStore`: `microsoft.graph.bitLockerRecoveryInformationType`, not nullable.
    pub recovery_information_to_store: rt::Field<
        crate::beta::BitLockerRecoveryInformationType,
    >,
    /// Indicates whether users are allowed or required to generate a 256-bit recovery key for fixed or system disk.
    ///
    /// CSDL: property `recoveryKeyUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub recovery_key_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// Indicates whether users are allowed or required to generate a 48-digit recovery password for fixed or system disk.
    ///
    /// CSDL: property `recoveryPasswordUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub recovery_password_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for BitLockerRecoveryOptions {
    #[inline]
    fn default() -> Self {
        Self {
            block_data_recovery_agent: rt::Field::Absent,
            enable_bit_locker_after_recovery_information_to_store: rt::Field::Absent,
            enable_recovery_information_save_to_store: rt::Field::Absent,
            hide_recovery_options: rt::Field::Absent,
            recovery_information_to_store: rt::Field::Absent,
            recovery_key_usage: rt::Field::Absent,
            recovery_password_usage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for BitLockerRecoveryOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerRecoveryOptions";
    const KEYS: &'static [&'static str] = &[
        "blockDataRecoveryAgent",
        "enableBitLockerAfterRecoveryInformationToStore",
        "enableRecoveryInformationSaveToStore",
        "hideRecoveryOptions",
        "recoveryInformationToStore",
        "recoveryKeyUsage",
        "recoveryPasswordUsage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"blockDataRecoveryAgent\":       ",
        ",\"enableBitLockerAfterRecoveryInformationToStore\":",
        ",\"enableRecoveryInformationSaveToStore\":",
        ",\"hideRecoveryOptions\":          ",
        ",\"recoveryInformationToStore\":   ",
        ",\"recoveryKeyUsage\":             ",
        ",\"recoveryPasswordUsage\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitLockerRecoveryOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "block_data_recovery_agent", &self.block_data_recovery_agent);
        v.field(
            1usize,
            "enable_bit_locker_after_recovery_information_to_store",
            &self.enable_bit_locker_after_recovery_information_to_store,
        );
        v.field(
            2usize,
            "enable_recovery_information_save_to_store",
            &self.enable_recovery_information_save_to_store,
        );
        v.field(3usize, "hide_recovery_options", &self.hide_recovery_options);
        v.field(
            4usize,
            "recovery_information_to_store",
            &self.recovery_information_to_store,
        );
        v.field(5usize, "recovery_key_usage", &self.recovery_key_usage);
        v.field(6usize, "recovery_password_usage", &self.recovery_password_usage);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for BitLockerRecoveryOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.block_data_recovery_agent.read_from(r),
            1usize => {
                self.enable_bit_locker_after_recovery_information_to_store.read_from(r)
            }
            2usize => self.enable_recovery_information_save_to_store.read_from(r),
            3usize => self.hide_recovery_options.read_from(r),
            4usize => self.recovery_information_to_store.read_from(r),
            5usize => self.recovery_key_usage.read_from(r),
            6usize => self.recovery_password_usage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.block_data_recovery_agent);
        w.field(1usize, &self.enable_bit_locker_after_recovery_information_to_store);
        w.field(2usize, &self.enable_recovery_information_save_to_store);
        w.field(3usize, &self.hide_recovery_options);
        w.field(4usize, &self.recovery_information_to_store);
        w.field(5usize, &self.recovery_key_usage);
        w.field(6usize, &self.recovery_password_usage);
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
rt::impl_object!(BitLockerRecoveryOptions);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    BitLockerRecoveryOptions { with_block_data_recovery_agent block_data_recovery_agent :
    bool; with_enable_bit_locker_after_recovery_information_to_store
    enable_bit_locker_after_recovery_information_to_store : bool;
    with_enable_recovery_information_save_to_store
    enable_recovery_information_save_to_store : bool; with_hide_recovery_options
    hide_recovery_options : bool; with_recovery_information_to_store
    recovery_information_to_store : crate ::beta::BitLockerRecoveryInformationType;
    with_recovery_key_usage recovery_key_usage : crate ::beta::ConfigurationUsage;
    with_recovery_password_usage recovery_password_usage : crate
    ::beta::ConfigurationUsage; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerRecoveryOptions);
#[cfg(msgraph_beta_device_management_or_search)]
/// BitLocker Encryption Base Policies.
///
/// CSDL: `microsoft.graph.bitLockerSystemDrivePolicy`, complex type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct BitLockerSystemDrivePolicy {
    /// Select the encryption method for operating system drives.
    ///
    /// CSDL: property `encryptionMethod`: `microsoft.graph.bitLockerEncryptionMethod`, nullable.
    pub encryption_method: rt::Field<crate::beta::BitLockerEncryptionMethod>,
    /// Indicates the minimum length of startup pin. Valid values 4 to 20
    ///
    /// CSDL: property `minimumPinLength`: `Edm.Int32`, nullable.
    pub minimum_pin_length: rt::Field<i32>,
    /// Enable pre-boot recovery message and Url. If requireStartupAuthentication is false, this value does not affect.
    ///
    /// CSDL: property `prebootRecoveryEnableMessageAndUrl`: `Edm.Boolean`, not nullable.
    pub preboot_recovery_enable_message_and_url: rt::Field<bool>,
    /// Defines a custom recovery message.
    ///
    /// CSDL: property `prebootRecoveryMessage`: `Edm.String`, nullable.
    pub preboot_recovery_message: rt::Field<::std::string::String>,
    /// Defines a custom recovery URL.
    ///
    /// CSDL: property `prebootRecoveryUrl`: `Edm.String`, nullable.
    pub preboot_recovery_url: rt::Field<::std::string::String>,
    /// Allows to recover BitLocker encrypted operating system drives in the absence of the required startup key information. This policy setting is applied when you turn on BitLocker.
    ///
    /// CSDL: property `recoveryOptions`: `microsoft.graph.bitLockerRecoveryOptions`, nullable.
    pub recovery_options: rt::Field<crate::beta::BitLockerRecoveryOptions>,
    /// Indicates whether to allow BitLocker without a compatible TPM (requires a password or a startup key on a USB flash drive).
    ///
    /// CSDL: property `startupAuthenticationBlockWithoutTpmChip`: `Edm.Boolean`, not nullable.
    pub startup_authentication_block_without_tpm_chip: rt::Field<bool>,
    /// Require additional authentication at startup.
    ///
    /// CSDL: property `startupAuthenticationRequired`: `Edm.Boolean`, not nullable.
    pub startup_authentication_required: rt::Field<bool>,
    /// Indicates if TPM startup key is allowed/required/disallowed.
    ///
    /// CSDL: property `startupAuthenticationTpmKeyUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub startup_authentication_tpm_key_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// Indicates if TPM startup pin key and key are allowed/required/disallowed.
    ///
    /// CSDL: property `startupAuthenticationTpmPinAndKeyUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub startup_authentication_tpm_pin_and_key_usage: rt::Field<
        crate::beta::ConfigurationUsage,
    >,
    /// Indicates if TPM startup pin is allowed/required/disallowed.
    ///
    /// CSDL: property `startupAuthenticationTpmPinUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub startup_authentication_tpm_pin_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// Indicates if TPM startup is allowed/required/disallowed.
    ///
    /// CSDL: property `startupAuthenticationTpmUsage`: `microsoft.graph.configurationUsage`, not nullable.
    pub startup_authentication_tpm_usage: rt::Field<crate::beta::ConfigurationUsage>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for BitLockerSystemDrivePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            encryption_method: rt::Field::Absent,
            minimum_pin_length: rt::Field::Absent,
            preboot_recovery_enable_message_and_url: rt::Field::Absent,
            preboot_recovery_message: rt::Field::Absent,
            preboot_recovery_url: rt::Field::Absent,
            recovery_options: rt::Field::Absent,
            startup_authentication_block_without_tpm_chip: rt::Field::Absent,
            startup_authentication_required: rt::Field::Absent,
            startup_authentication_tpm_key_usage: rt::Field::Absent,
            startup_authentication_tpm_pin_and_key_usage: rt::Field::Absent,
            startup_authentication_tpm_pin_usage: rt::Field::Absent,
            startup_authentication_tpm_usage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for BitLockerSystemDrivePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.bitLockerSystemDrivePolicy";
    const KEYS: &'static [&'static str] = &[
        "encryptionMethod",
        "minimumPinLength",
        "prebootRecoveryEnableMessageAndUrl",
        "prebootRecoveryMessage",
        "prebootRecoveryUrl",
        "recoveryOptions",
        "startupAuthenticationBlockWithoutTpmChip",
        "startupAuthenticationRequired",
        "startupAuthenticationTpmKeyUsage",
        "startupAuthenticationTpmPinAndKeyUsage",
        "startupAuthenticationTpmPinUsage",
        "startupAuthenticationTpmUsage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"encryptionMethod\":             ",
        ",\"minimumPinLength\":             ",
        ",\"prebootRecoveryEnableMessageAndUrl\":",
        ",\"prebootRecoveryMessage\":       ",
        ",\"prebootRecoveryUrl\":           ",
        ",\"recoveryOptions\":              ",
        ",\"startupAuthenticationBlockWithoutTpmChip\":",
        ",\"startupAuthenticationRequired\":",
        ",\"startupAuthenticationTpmKeyUsage\":",
        ",\"startupAuthenticationTpmPinAndKeyUsage\":",
        ",\"startupAuthenticationTpmPinUsage\":",
        ",\"startupAuthenticationTpmUsage\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bitLockerSystemDrivePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "encryption_method", &self.encryption_method);
        v.field(1usize, "minimum_pin_length", &self.minimum_pin_length);
        v.field(
            2usize,
            "preboot_recovery_enable_message_and_url",
            &self.preboot_recovery_enable_message_and_url,
        );
        v.field(3usize, "preboot_recovery_message", &self.preboot_recovery_message);
        v.field(4usize, "preboot_recovery_url", &self.preboot_recovery_url);
        v.field(5usize, "recovery_options", &self.recovery_options);
        v.field(
            6usize,
            "startup_authentication_block_without_tpm_chip",
            &self.startup_authentication_block_without_tpm_chip,
        );
        v.field(
            7usize,
            "startup_authentication_required",
            &self.startup_authentication_required,
        );
        v.field(
            8usize,
            "startup_authentication_tpm_key_usage",
            &self.startup_authentication_tpm_key_usage,
        );
        v.field(
            9usize,
            "startup_authentication_tpm_pin_and_key_usage",
            &self.startup_authentication_tpm_pin_and_key_usage,
        );
        v.field(
            10usize,
            "startup_authentication_tpm_pin_usage",
            &self.startup_authentication_tpm_pin_usage,
        );
        v.field(
            11usize,
            "startup_authentication_tpm_usage",
            &self.startup_authentication_tpm_usage,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for BitLockerSystemDrivePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.encryption_method.read_from(r),
            1usize => self.minimum_pin_length.read_from(r),
            2usize => self.preboot_recovery_enable_message_and_url.read_from(r),
            3usize => self.preboot_recovery_message.read_from(r),
            4usize => self.preboot_recovery_url.read_from(r),
            5usize => self.recovery_options.read_from(r),
            6usize => self.startup_authentication_block_without_tpm_chip.read_from(r),
            7usize => self.startup_authentication_required.read_from(r),
            8usize => self.startup_authentication_tpm_key_usage.read_from(r),
            9usize => self.startup_authentication_tpm_pin_and_key_usage.read_from(r),
            10usize => self.startup_authentication_tpm_pin_usage.read_from(r),
            11usize => self.startup_authentication_tpm_usage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.encryption_method);
        w.field(1usize, &self.minimum_pin_length);
        w.field(2usize, &self.preboot_recovery_enable_message_and_url);
        w.field(3usize, &self.preboot_recovery_message);
        w.field(4usize, &self.preboot_recovery_url);
        w.field(5usize, &self.recovery_options);
        w.field(6usize, &self.startup_authentication_block_without_tpm_chip);
        w.field(7usize, &self.startup_authentication_required);
        w.field(8usize, &self.startup_authentication_tpm_key_usage);
        w.field(9usize, &self.startup_authentication_tpm_pin_and_key_usage);
        w.field(10usize, &self.startup_authentication_tpm_pin_usage);
        w.field(11usize, &self.startup_authentication_tpm_usage);
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
rt::impl_object!(BitLockerSystemDrivePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    BitLockerSystemDrivePolicy { with_encryption_method encryption_method : crate
    ::beta::BitLockerEncryptionMethod; with_minimum_pin_length minimum_pin_length : i32;
    with_preboot_recovery_enable_message_and_url preboot_recovery_enable_message_and_url
    : bool; with_preboot_recovery_message preboot_recovery_message :
    ::std::string::String; with_preboot_recovery_url preboot_recovery_url :
    ::std::string::String; with_recovery_options recovery_options : crate
    ::beta::BitLockerRecoveryOptions; with_startup_authentication_block_without_tpm_chip
    startup_authentication_block_without_tpm_chip : bool;
    with_startup_authentication_required startup_authentication_required : bool;
    with_startup_authentication_tpm_key_usage startup_authentication_tpm_key_usage :
    crate ::beta::ConfigurationUsage; with_startup_authentication_tpm_pin_and_key_usage
    startup_authentication_tpm_pin_and_key_usage : crate ::beta::ConfigurationUsage;
    with_startup_authentication_tpm_pin_usage startup_authentication_tpm_pin_usage :
    crate ::beta::ConfigurationUsage; with_startup_authentication_tpm_usage
    startup_authentication_tpm_usage : crate ::beta::ConfigurationUsage; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BitLockerSystemDrivePolicy);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// CSDL: `microsoft.graph.blockAccessAction`, complex type, derived from `microsoft.graph.dlpActionInfo`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BlockAccessAction {
    /// CSDL: property `action`: `microsoft.graph.dlpAction`, nullable.
    pub action: rt::Field<crate::beta::DlpAction>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl ::std::default::Default for BlockAccessAction {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::Object for BlockAccessAction {
    const TYPE_NAME: &'static str = "microsoft.graph.blockAccessAction";
    const KEYS: &'static [&'static str] = &["action"];
    const KEYS_JSON: &'static [&'static str] = &[",\"action\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.blockAccessAction\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
impl rt::object::Members for BlockAccessAction {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
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
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_object!(BlockAccessAction);
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
rt::impl_setters!(BlockAccessAction { with_action action : crate ::beta::DlpAction; });
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(BlockAccessAction);
#[cfg(msgraph_beta_booking_currencies_or_search)]
/// CSDL: `microsoft.graph.bookingCurrency`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-booking-currencies`, `beta-search`.
#[derive(Clone)]
pub struct BookingCurrency {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `symbol`: `Edm.String`, not nullable.
    pub symbol: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_booking_currencies_or_search)]
impl ::std::default::Default for BookingCurrency {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            symbol: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_booking_currencies_or_search)]
impl rt::Object for BookingCurrency {
    const TYPE_NAME: &'static str = "microsoft.graph.bookingCurrency";
    const KEYS: &'static [&'static str] = &["id", "symbol"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"symbol\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bookingCurrency\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "symbol", &self.symbol);
    }
}
#[cfg(msgraph_beta_booking_currencies_or_search)]
impl rt::object::Members for BookingCurrency {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.symbol.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.symbol);
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
#[cfg(msgraph_beta_booking_currencies_or_search)]
rt::impl_object!(BookingCurrency);
#[cfg(msgraph_beta_booking_currencies_or_search)]
rt::impl_setters!(
    BookingCurrency { with_id id : ::std::string::String; with_symbol symbol :
    ::std::string::String; }
);
#[cfg(msgraph_beta_booking_currencies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BookingCurrency);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.broadcastMeetingAudience`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BroadcastMeetingAudience {
    /// `roleIsAttendee` (value 0).
    RoleIsAttendee,
    /// `organization` (value 1).
    Organization,
    /// `everyone` (value 2).
    Everyone,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::StrEnum for BroadcastMeetingAudience {
    const TYPE_NAME: &'static str = "microsoft.graph.broadcastMeetingAudience";
    const MEMBERS: &'static [&'static str] = &[
        "roleIsAttendee",
        "organization",
        "everyone",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "roleIsAttendee" => Self::RoleIsAttendee,
                "organization" => Self::Organization,
                "everyone" => Self::Everyone,
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
            Self::RoleIsAttendee => "roleIsAttendee",
            Self::Organization => "organization",
            Self::Everyone => "everyone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_enum!(BroadcastMeetingAudience);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(BroadcastMeetingAudience);
#[cfg(msgraph_beta_core_or_app_or_communications)]
/// CSDL: `microsoft.graph.broadcastMeetingSettings`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-app`, `beta-applications`, `beta-chats`, `beta-communications`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BroadcastMeetingSettings {
    /// CSDL: property `allowedAudience`: `microsoft.graph.broadcastMeetingAudience`, nullable.
    pub allowed_audience: rt::Field<crate::beta::BroadcastMeetingAudience>,
    /// CSDL: property `isAttendeeReportEnabled`: `Edm.Boolean`, nullable.
    pub is_attendee_report_enabled: rt::Field<bool>,
    /// CSDL: property `isQuestionAndAnswerEnabled`: `Edm.Boolean`, nullable.
    pub is_question_and_answer_enabled: rt::Field<bool>,
    /// CSDL: property `isRecordingEnabled`: `Edm.Boolean`, nullable.
    pub is_recording_enabled: rt::Field<bool>,
    /// CSDL: property `isVideoOnDemandEnabled`: `Edm.Boolean`, nullable.
    pub is_video_on_demand_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl ::std::default::Default for BroadcastMeetingSettings {
    #[inline]
    fn default() -> Self {
        Self {
            allowed_audience: rt::Field::Absent,
            is_attendee_report_enabled: rt::Field::Absent,
            is_question_and_answer_enabled: rt::Field::Absent,
            is_recording_enabled: rt::Field::Absent,
            is_video_on_demand_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::Object for BroadcastMeetingSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.broadcastMeetingSettings";
    const KEYS: &'static [&'static str] = &[
        "allowedAudience",
        "isAttendeeReportEnabled",
        "isQuestionAndAnswerEnabled",
        "isRecordingEnabled",
        "isVideoOnDemandEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowedAudience\":              ",
        ",\"isAttendeeReportEnabled\":      ",
        ",\"isQuestionAndAnswerEnabled\":   ",
        ",\"isRecordingEnabled\":           ",
        ",\"isVideoOnDemandEnabled\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.broadcastMeetingSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allowed_audience", &self.allowed_audience);
        v.field(1usize, "is_attendee_report_enabled", &self.is_attendee_report_enabled);
        v.field(
            2usize,
            "is_question_and_answer_enabled",
            &self.is_question_and_answer_enabled,
        );
        v.field(3usize, "is_recording_enabled", &self.is_recording_enabled);
        v.field(4usize, "is_video_on_demand_enabled", &self.is_video_on_demand_enabled);
    }
}
#[cfg(msgraph_beta_core_or_app_or_communications)]
impl rt::object::Members for BroadcastMeetingSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allowed_audience.read_from(r),
            1usize => self.is_attendee_report_enabled.read_from(r),
            2usize => self.is_question_and_answer_enabled.read_from(r),
            3usize => self.is_recording_enabled.read_from(r),
            4usize => self.is_video_on_demand_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allowed_audience);
        w.field(1usize, &self.is_attendee_report_enabled);
        w.field(2usize, &self.is_question_and_answer_enabled);
        w.field(3usize, &self.is_recording_enabled);
        w.field(4usize, &self.is_video_on_demand_enabled);
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
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_object!(BroadcastMeetingSettings);
#[cfg(msgraph_beta_core_or_app_or_communications)]
rt::impl_setters!(
    BroadcastMeetingSettings { with_allowed_audience allowed_audience : crate
    ::beta::BroadcastMeetingAudience; with_is_attendee_report_enabled
    is_attendee_report_enabled : bool; with_is_question_and_answer_enabled
    is_question_and_answer_enabled : bool; with_is_recording_enabled is_recording_enabled
    : bool; with_is_video_on_demand_enabled is_video_on_demand_enabled : bool; }
);
#[cfg(msgraph_beta_core_or_app_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(BroadcastMeetingSettings);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.bucketAggregationDefinition`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct BucketAggregationDefinition {
    /// CSDL: property `isDescending`: `Edm.Boolean`, nullable.
    pub is_descending: rt::Field<bool>,
    /// CSDL: property `minimumCount`: `Edm.Int32`, nullable.
    pub minimum_count: rt::Field<i32>,
    /// CSDL: property `prefixFilter`: `Edm.String`, nullable.
    pub prefix_filter: rt::Field<::std::string::String>,
    /// CSDL: property `ranges`: `Collection(microsoft.graph.bucketAggregationRange)`, nullable.
    pub ranges: rt::Field<::std::vec::Vec<crate::beta::BucketAggregationRange>>,
    /// CSDL: property `sortBy`: `microsoft.graph.bucketAggregationSortProperty`, not nullable.
    pub sort_by: rt::Field<crate::beta::BucketAggregationSortProperty>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for BucketAggregationDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            is_descending: rt::Field::Absent,
            minimum_count: rt::Field::Absent,
            prefix_filter: rt::Field::Absent,
            ranges: rt::Field::Absent,
            sort_by: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for BucketAggregationDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.bucketAggregationDefinition";
    const KEYS: &'static [&'static str] = &[
        "isDescending",
        "minimumCount",
        "prefixFilter",
        "ranges",
        "sortBy",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDescending\":                 ",
        ",\"minimumCount\":                 ",
        ",\"prefixFilter\":                 ",
        ",\"ranges\":                       ",
        ",\"sortBy\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bucketAggregationDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_descending", &self.is_descending);
        v.field(1usize, "minimum_count", &self.minimum_count);
        v.field(2usize, "prefix_filter", &self.prefix_filter);
        v.field(3usize, "ranges", &self.ranges);
        v.field(4usize, "sort_by", &self.sort_by);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for BucketAggregationDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_descending.read_from(r),
            1usize => self.minimum_count.read_from(r),
            2usize => self.prefix_filter.read_from(r),
            3usize => self.ranges.read_from(r),
            4usize => self.sort_by.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_descending);
        w.field(1usize, &self.minimum_count);
        w.field(2usize, &self.prefix_filter);
        w.field(3usize, &self.ranges);
        w.field(4usize, &self.sort_by);
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
rt::impl_object!(BucketAggregationDefinition);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    BucketAggregationDefinition { with_is_descending is_descending : bool;
    with_minimum_count minimum_count : i32; with_prefix_filter prefix_filter :
    ::std::string::String; with_ranges ranges : ::std::vec::Vec < crate
    ::beta::BucketAggregationRange >; with_sort_by sort_by : crate
    ::beta::BucketAggregationSortProperty; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BucketAggregationDefinition);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.bucketAggregationRange`, complex type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct BucketAggregationRange {
    /// CSDL: property `from`: `Edm.String`, not nullable.
    pub from: rt::Field<::std::string::String>,
    /// CSDL: property `to`: `Edm.String`, not nullable.
    pub to: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for BucketAggregationRange {
    #[inline]
    fn default() -> Self {
        Self {
            from: rt::Field::Absent,
            to: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for BucketAggregationRange {
    const TYPE_NAME: &'static str = "microsoft.graph.bucketAggregationRange";
    const KEYS: &'static [&'static str] = &["from", "to"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"from\":                         ",
        ",\"to\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bucketAggregationRange\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "from", &self.from);
        v.field(1usize, "to", &self.to);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for BucketAggregationRange {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.from.read_from(r),
            1usize => self.to.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.from);
        w.field(1usize, &self.to);
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
rt::impl_object!(BucketAggregationRange);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    BucketAggregationRange { with_from from : ::std::string::String; with_to to :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BucketAggregationRange);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.bucketAggregationSortProperty`, enum type.
///
/// Features: `beta` or `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BucketAggregationSortProperty {
    /// `count` (value 0).
    Count,
    /// `keyAsString` (value 1).
    KeyAsString,
    /// `keyAsNumber` (value 2).
    KeyAsNumber,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search)]
impl rt::StrEnum for BucketAggregationSortProperty {
    const TYPE_NAME: &'static str = "microsoft.graph.bucketAggregationSortProperty";
    const MEMBERS: &'static [&'static str] = &["count", "keyAsString", "keyAsNumber"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "count" => Self::Count,
                "keyAsString" => Self::KeyAsString,
                "keyAsNumber" => Self::KeyAsNumber,
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
            Self::Count => "count",
            Self::KeyAsString => "keyAsString",
            Self::KeyAsNumber => "keyAsNumber",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_enum!(BucketAggregationSortProperty);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(BucketAggregationSortProperty);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.bulkManagedDeviceActionResult`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct BulkManagedDeviceActionResult {
    /// Failed devices
    ///
    /// CSDL: property `failedDeviceIds`: `Collection(Edm.String)`, nullable.
    pub failed_device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Not found devices
    ///
    /// CSDL: property `notFoundDeviceIds`: `Collection(Edm.String)`, nullable.
    pub not_found_device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Not supported devices
    ///
    /// CSDL: property `notSupportedDeviceIds`: `Collection(Edm.String)`, nullable.
    pub not_supported_device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Successful devices
    ///
    /// CSDL: property `successfulDeviceIds`: `Collection(Edm.String)`, nullable.
    pub successful_device_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for BulkManagedDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            failed_device_ids: rt::Field::Absent,
            not_found_device_ids: rt::Field::Absent,
            not_supported_device_ids: rt::Field::Absent,
            successful_device_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for BulkManagedDeviceActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.bulkManagedDeviceActionResult";
    const KEYS: &'static [&'static str] = &[
        "failedDeviceIds",
        "notFoundDeviceIds",
        "notSupportedDeviceIds",
        "successfulDeviceIds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"failedDeviceIds\":              ",
        ",\"notFoundDeviceIds\":            ",
        ",\"notSupportedDeviceIds\":        ",
        ",\"successfulDeviceIds\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bulkManagedDeviceActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "failed_device_ids", &self.failed_device_ids);
        v.field(1usize, "not_found_device_ids", &self.not_found_device_ids);
        v.field(2usize, "not_supported_device_ids", &self.not_supported_device_ids);
        v.field(3usize, "successful_device_ids", &self.successful_device_ids);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for BulkManagedDeviceActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.failed_device_ids.read_from(r),
            1usize => self.not_found_device_ids.read_from(r),
            2usize => self.not_supported_device_ids.read_from(r),
            3usize => self.successful_device_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.failed_device_ids);
        w.field(1usize, &self.not_found_device_ids);
        w.field(2usize, &self.not_supported_device_ids);
        w.field(3usize, &self.successful_device_ids);
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
rt::impl_object!(BulkManagedDeviceActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    BulkManagedDeviceActionResult { with_failed_device_ids failed_device_ids :
    ::std::vec::Vec < ::std::string::String >; with_not_found_device_ids
    not_found_device_ids : ::std::vec::Vec < ::std::string::String >;
    with_not_supported_device_ids not_supported_device_ids : ::std::vec::Vec <
    ::std::string::String >; with_successful_device_ids successful_device_ids :
    ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(BulkManagedDeviceActionResult);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
/// CSDL: `microsoft.graph.bundle`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Bundle {
    /// CSDL: property `album`: `microsoft.graph.album`, nullable.
    pub album: rt::Field<crate::beta::Album>,
    /// CSDL: property `childCount`: `Edm.Int32`, nullable.
    pub child_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl ::std::default::Default for Bundle {
    #[inline]
    fn default() -> Self {
        Self {
            album: rt::Field::Absent,
            child_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::Object for Bundle {
    const TYPE_NAME: &'static str = "microsoft.graph.bundle";
    const KEYS: &'static [&'static str] = &["album", "childCount"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"album\":                        ",
        ",\"childCount\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.bundle\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "album", &self.album);
        v.field(1usize, "child_count", &self.child_count);
    }
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
impl rt::object::Members for Bundle {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.album.read_from(r),
            1usize => self.child_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.album);
        w.field(1usize, &self.child_count);
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
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_object!(Bundle);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
rt::impl_setters!(
    Bundle { with_album album : crate ::beta::Album; with_child_count child_count : i32;
    }
);
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(Bundle);
