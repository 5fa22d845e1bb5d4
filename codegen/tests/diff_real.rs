//! `cargo xtask diff` on real Graph history: two weeks of v1.0
//! (2026-07-21 -> 2026-08-04) and three weeks of beta (2021-05-18 ->
//! 2021-06-08). Both Markdown reports are snapshotted; the summary counts
//! and a dozen entries per report were checked by hand against the XML (the
//! line numbers in the comments are those of the files in
//! `../shared/metadata`).

use crate::metadata_dir;
use msgraph_codegen::diff::{Change, ChangeKind as K, Report, Status, diff_models};
use msgraph_codegen::pipeline::load_file;

fn report(old: &str, new: &str, root: &str) -> Report {
    let load = |f: &str| load_file(&metadata_dir().join(f)).unwrap_or_else(|e| panic!("{e:#}"));
    diff_models(&load(old), &load(new), old, new, root)
}

fn v1() -> Report {
    report(
        "history/v1.0-2026-07-21.xml",
        "v1.0.xml",
        "msgraph_models::v1",
    )
}

fn beta() -> Report {
    report(
        "history/beta-2021-05-18.xml",
        "beta.xml",
        "msgraph_models::beta",
    )
}

/// The change of `kind` on `item` of type (or operation) `owner`.
fn entry<'r>(r: &'r Report, owner: &str, kind: K, item: &str) -> &'r Change {
    r.namespaces
        .iter()
        .flat_map(|n| {
            n.types
                .iter()
                .filter(|t| t.qualified == owner)
                .flat_map(|t| &t.changes)
                .chain(
                    n.operations
                        .iter()
                        .filter(|o| o.qualified == owner)
                        .flat_map(|o| &o.changes),
                )
                .chain(n.container.iter().filter(|_| owner == "container"))
        })
        .find(|c| c.kind == kind && c.item == item)
        .unwrap_or_else(|| panic!("no {kind:?} `{item}` on {owner}"))
}

fn status(r: &Report, qualified: &str) -> Option<Status> {
    r.namespaces
        .iter()
        .flat_map(|n| &n.types)
        .find(|t| t.qualified == qualified)
        .map(|t| t.status)
}

/// (added, removed, changed, breaking) of a summary row.
fn row(r: &Report, what: &str) -> (usize, usize, usize, usize) {
    let x = r.summary.rows.iter().find(|x| x.what == what).unwrap();
    (x.added, x.removed, x.changed, x.breaking)
}

#[test]
fn v1_report_snapshot() {
    insta::assert_snapshot!("v1_2026_07_21_to_2026_08_04", v1().to_markdown());
}

#[test]
fn beta_report_snapshot() {
    insta::assert_snapshot!("beta_2021_05_18_to_2021_06_08", beta().to_markdown());
}

/// Counts cross-checked with an independent XML parse (Python
/// ElementTree): 8 entity, 9 complex, 3 enum types added, none removed; 24
/// properties declared anew (17 plain + 7 navigation); 8 enum members; 3
/// operations added. Two declarations moved from a derived type to its
/// base: the flattened Rust struct keeps the fields, so they are no removal.
#[test]
fn v1_summary() {
    let r = v1();
    assert_eq!(row(&r, "entity types").0, 8);
    assert_eq!(row(&r, "complex types").0, 9);
    assert_eq!(row(&r, "enum types").0, 3);
    assert_eq!(row(&r, "properties"), (17, 0, 0, 0));
    assert_eq!(row(&r, "navigation properties").0, 7);
    assert_eq!(row(&r, "enum members"), (8, 0, 0, 8));
    assert_eq!(row(&r, "operations").0, 3);
    assert_eq!(row(&r, "entity sets and singletons"), (0, 0, 0, 0));
    assert!(
        (50..=60).contains(&r.summary.types_touched),
        "{}",
        r.summary.types_touched
    );
    assert!(r.summary.breaking > 0 && r.summary.breaking < r.summary.changes);
}

#[test]
fn v1_entries_checked_against_the_xml() {
    let r = v1();
    // 1. v1.0.xml:1333 `<EnumType Name="contentCategory">` in microsoft.graph
    //    (the old file has it only in externalConnectors, line 30664).
    assert_eq!(
        status(&r, "microsoft.graph.contentCategory"),
        Some(Status::Added)
    );
    assert_eq!(
        status(&r, "microsoft.graph.externalConnectors.contentCategory"),
        None
    );

    // 2. v1.0.xml:5652 `<Member Name="copyToClipboard" Value="6" />` in userActivityType.
    let c = entry(
        &r,
        "microsoft.graph.userActivityType",
        K::MemberAdded,
        "copyToClipboard",
    );
    assert!(c.breaking);
    assert_eq!(c.new.as_deref(), Some("6"));
    assert_eq!(
        c.rust_path.as_deref(),
        Some("msgraph_models::v1::UserActivityType::CopyToClipboard")
    );
    // 3. v1.0.xml:5664 the same member, value 32, in the flags enum userActivityTypes.
    let c = entry(
        &r,
        "microsoft.graph.userActivityTypes",
        K::MemberAdded,
        "copyToClipboard",
    );
    assert_eq!(c.new.as_deref(), Some("32"));

    // 4. v1.0.xml:14411 `customDataProvidedResource BaseType="graph.accessPackageResource"`:
    //    the first type derived from accessPackageResource (none in the old file).
    let c = entry(
        &r,
        "microsoft.graph.accessPackageResource",
        K::DerivedTypeAdded,
        "microsoft.graph.customDataProvidedResource",
    );
    assert!(c.breaking);
    assert!(
        c.note
            .as_deref()
            .unwrap()
            .contains("AnyAccessPackageResource")
    );
    // 5. v1.0.xml:12267 accessPackageCatalog `resources`:
    //    Collection(graph.accessPackageResource), unchanged in the XML
    //    (old line 12221), but its Rust type becomes Vec<AnyAccessPackageResource>.
    let c = entry(
        &r,
        "microsoft.graph.accessPackageCatalog",
        K::PropertyRustTypeChanged,
        "resources",
    );
    assert!(c.breaking);
    assert_eq!(
        c.rust_new.as_deref(),
        Some("Vec<msgraph_models::v1::AnyAccessPackageResource>")
    );

    // 6. v1.0.xml:21314 user `<NavigationProperty Name="sponsorOf" .../>`,
    //    inherited by agentUser (v1.0.xml:12568 `BaseType="graph.user"`).
    let c = entry(&r, "microsoft.graph.user", K::PropertyAdded, "sponsorOf");
    assert!(!c.breaking && c.navigation && c.inherited_from.is_none());
    let c = entry(
        &r,
        "microsoft.graph.agentUser",
        K::PropertyAdded,
        "sponsorOf",
    );
    assert_eq!(c.inherited_from.as_deref(), Some("microsoft.graph.user"));
    assert_eq!(
        c.rust_path.as_deref(),
        Some("msgraph_models::v1::AgentUser::sponsor_of")
    );

    // 7. v1.0.xml:16257 group `organizationId` (Edm.String).
    let c = entry(
        &r,
        "microsoft.graph.group",
        K::PropertyAdded,
        "organizationId",
    );
    assert_eq!(
        (c.new.as_deref(), c.rust_new.as_deref()),
        (Some("Edm.String"), Some("String"))
    );

    // 8. v1.0.xml:20707 unifiedRoleAssignment `principalOrganizationId`.
    entry(
        &r,
        "microsoft.graph.unifiedRoleAssignment",
        K::PropertyAdded,
        "principalOrganizationId",
    );

    // 9. v1.0.xml:18069/18079 onlineMeetingBase `cloudVideoInteropInfo`,
    //    `meetingType`, inherited by virtualEventSession (21813).
    let c = entry(
        &r,
        "microsoft.graph.virtualEventSession",
        K::PropertyAdded,
        "meetingType",
    );
    assert_eq!(
        c.inherited_from.as_deref(),
        Some("microsoft.graph.onlineMeetingBase")
    );
    assert_eq!(
        c.rust_new.as_deref(),
        Some("msgraph_models::v1::OnlineMeetingType")
    );

    // 10. isManualApprovalEnabled/isWaitlistEnabled moved from
    //     virtualEventWebinarRegistrationConfiguration (old 21741) to its base
    //     virtualEventRegistrationConfiguration (new 21797): the webinar
    //     struct keeps both fields, only their position changes.
    let c = entry(
        &r,
        "microsoft.graph.virtualEventWebinarRegistrationConfiguration",
        K::FieldOrderChanged,
        "",
    );
    assert!(!c.breaking);
    assert_eq!(
        c.new.as_deref(),
        Some(
            "id, capacity, isManualApprovalEnabled, isWaitlistEnabled, registrationWebUrl, questions"
        )
    );
    entry(
        &r,
        "microsoft.graph.virtualEventRegistrationConfiguration",
        K::PropertyAdded,
        "isWaitlistEnabled",
    );

    // 11. v1.0.xml:26387 `refresh` bound to graph.accessPackageResource:
    //     the binding parameter's Rust type becomes AnyAccessPackageResource.
    let c = entry(
        &r,
        "microsoft.graph.refresh",
        K::ParameterTypeChanged,
        "bindingParameter",
    );
    assert!(c.breaking);

    // 12. v1.0.xml:26539/26542 two `resetToDefaultSettings` overloads added.
    let resets: Vec<_> = r.namespaces[0]
        .operations
        .iter()
        .filter(|o| o.qualified == "microsoft.graph.resetToDefaultSettings")
        .map(|o| (o.status, o.bound_to.clone().unwrap()))
        .collect();
    assert_eq!(
        resets,
        [
            (
                Status::Added,
                "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate".into()
            ),
            (
                Status::Added,
                "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate".into()
            ),
        ]
    );

    // 13. v1.0.xml:31001 externalConnectors.externalItem `informationProtectionLabel`.
    let c = entry(
        &r,
        "microsoft.graph.externalConnectors.externalItem",
        K::PropertyAdded,
        "informationProtectionLabel",
    );
    assert_eq!(
        c.rust_path.as_deref(),
        Some("msgraph_models::v1::external_connectors::ExternalItem::information_protection_label")
    );
}

/// Counts cross-checked with an independent XML parse: 25 entity, 55
/// complex, 14 enum types added; 1, 4, 1 removed; 33 properties declared
/// anew (26 + 7 navigation), 2 removed; 18 members added, 3 removed; the
/// singleton `tenantRelationships` added and `admin` retyped.
#[test]
fn beta_summary() {
    let r = beta();
    assert_eq!(row(&r, "entity types").0, 25);
    assert_eq!(row(&r, "complex types").0, 55);
    assert_eq!(row(&r, "enum types").0, 14);
    assert_eq!(
        (
            row(&r, "entity types").1,
            row(&r, "complex types").1,
            row(&r, "enum types").1
        ),
        (1, 4, 1)
    );
    assert_eq!(
        row(&r, "properties").0 + row(&r, "navigation properties").0,
        33
    );
    assert_eq!(row(&r, "properties").1, 2);
    assert_eq!(
        (row(&r, "enum members").0, row(&r, "enum members").1),
        (18, 3)
    );
    assert_eq!(row(&r, "entity sets and singletons"), (1, 0, 1, 1));
    assert!(
        (150..=170).contains(&r.summary.types_touched),
        "{}",
        r.summary.types_touched
    );
}

#[test]
fn beta_entries_checked_against_the_xml() {
    let r = beta();
    // 1. beta.xml:5847 chatMessageType `<Member Name="systemEventMessage" Value="4" />`.
    let c = entry(
        &r,
        "microsoft.graph.chatMessageType",
        K::MemberAdded,
        "systemEventMessage",
    );
    assert!(c.breaking);
    assert_eq!(c.new.as_deref(), Some("4"));

    // 2. cloudPcStatus: old 481 `upgrading` = 3 is gone; inGracePeriod 4 -> 3
    //    (new 510); provisionedWithWarnings = 6 added (new 513).
    let st = "microsoft.graph.cloudPcStatus";
    assert!(entry(&r, st, K::MemberRemoved, "upgrading").breaking);
    let c = entry(&r, st, K::MemberValueChanged, "inGracePeriod");
    assert_eq!(
        (c.old.as_deref(), c.new.as_deref(), c.breaking),
        (Some("4"), Some("3"), false)
    );
    entry(&r, st, K::MemberAdded, "provisionedWithWarnings");

    // 3. old 11495 educationSubmission `releasedBy` (graph.identitySet) removed.
    let c = entry(
        &r,
        "microsoft.graph.educationSubmission",
        K::PropertyRemoved,
        "releasedBy",
    );
    assert!(c.breaking);
    assert_eq!(
        c.rust_old.as_deref(),
        Some("msgraph_models::beta::IdentitySet")
    );

    // 4. educationFormResource (derived from educationResource) removed:
    //    the type and the variant of AnyEducationResource.
    assert_eq!(
        status(&r, "microsoft.graph.educationFormResource"),
        Some(Status::Removed)
    );
    let c = entry(
        &r,
        "microsoft.graph.educationResource",
        K::DerivedTypeRemoved,
        "microsoft.graph.educationFormResource",
    );
    assert_eq!(
        c.rust_path.as_deref(),
        Some("msgraph_models::beta::AnyEducationResource::EducationFormResource")
    );

    // 5. directory: old 11031 `<EntityType Name="directory">`, new 11225
    //    `BaseType="graph.entity"`: gains base, key and the `id` field.
    let d = "microsoft.graph.directory";
    let c = entry(&r, d, K::BaseTypeChanged, "");
    assert_eq!(
        (c.new.as_deref(), c.breaking),
        (Some("microsoft.graph.entity"), false)
    );
    assert_eq!(
        entry(&r, d, K::PropertyAdded, "id")
            .inherited_from
            .as_deref(),
        Some("microsoft.graph.entity")
    );

    // 6. Singleton admin: old 31984 windowsUpdates.admin, new 32470 microsoft.graph.admin.
    let c = entry(&r, "container", K::SingletonTypeChanged, "admin");
    assert!(c.breaking);
    assert_eq!(c.new.as_deref(), Some("microsoft.graph.admin"));
    // 7. new 32456 `<Singleton Name="tenantRelationships" .../>`.
    entry(&r, "container", K::SingletonAdded, "tenantRelationships");

    // 8. new 31664 setPresence `expirationDuration` (Edm.Duration), not optional.
    let c = entry(
        &r,
        "microsoft.graph.setPresence",
        K::ParameterAdded,
        "expirationDuration",
    );
    assert!(c.breaking);
    assert_eq!(c.rust_new.as_deref(), Some("msgraph_core::edm::Duration"));

    // 9. setUpResourcesFolder bound to educationSubmission: old 26168
    //    returns Edm.String, new 26606 graph.educationSubmission.
    let c = entry(
        &r,
        "microsoft.graph.setUpResourcesFolder",
        K::ReturnTypeChanged,
        "",
    );
    assert_eq!(
        (c.old.as_deref(), c.new.as_deref()),
        (
            Some("Edm.String"),
            Some("microsoft.graph.educationSubmission")
        )
    );
    assert!(c.breaking);

    // 10. createLink `type`: old 29205 Nullable="false", new 29655 nullable.
    let c = entry(
        &r,
        "microsoft.graph.createLink",
        K::ParameterNullabilityChanged,
        "type",
    );
    assert_eq!((c.new.as_deref(), c.breaking), (Some("nullable"), false));

    // 11. deviceManagementConfigurationTemplateFamily: the misspelt
    //     `endpointSecurityEndpointDectionAndResponse` (old 3746) is replaced by
    //     `...DetectionAndResponse` (new 3791), both value 13.
    let f = "microsoft.graph.deviceManagementConfigurationTemplateFamily";
    entry(
        &r,
        f,
        K::MemberRemoved,
        "endpointSecurityEndpointDectionAndResponse",
    );
    entry(
        &r,
        f,
        K::MemberAdded,
        "endpointSecurityEndpointDetectionAndResponse",
    );

    // 12. iosGeneralDeviceConfiguration/wiFiConnectOnlyToConfiguredNetworks:
    //     description extended (old 43104, new 43619).
    let c = entry(
        &r,
        "microsoft.graph.iosGeneralDeviceConfiguration",
        K::PropertyDocChanged,
        "wiFiConnectOnlyToConfiguredNetworks",
    );
    assert!(c.new.as_deref().unwrap().contains("14.4 and earlier"));

    // 13. simpleSettingValueTemplate (old 19419, new 19644, same CSDL type)
    //     becomes AnyDeviceManagementConfigurationSimpleSettingValueTemplate:
    //     its type gains derived types (new 19580, 19657).
    let c = entry(
        &r,
        "microsoft.graph.deviceManagementConfigurationSimpleSettingInstanceTemplate",
        K::PropertyRustTypeChanged,
        "simpleSettingValueTemplate",
    );
    assert!(c.breaking);
    assert_eq!(
        c.rust_new.as_deref(),
        Some("msgraph_models::beta::AnyDeviceManagementConfigurationSimpleSettingValueTemplate")
    );

    // 14. old 30598 `deleteDevices` bound to
    //     Collection(graph.windowsAutopilotDeviceIdentity) is gone.
    assert!(entry(&r, "microsoft.graph.deleteDevices", K::OperationRemoved, "").breaking);

    // 15. old 454 cloudPcOnPremisesConnectionHealthCheckErrorType
    //     `aadConnectivityCheckUnknownError` = 499 removed.
    entry(
        &r,
        "microsoft.graph.cloudPcOnPremisesConnectionHealthCheckErrorType",
        K::MemberRemoved,
        "aadConnectivityCheckUnknownError",
    );
}

#[test]
fn diff_of_a_file_with_itself_is_empty() {
    let r = report("v1.0.xml", "v1.0.xml", "msgraph_models::v1");
    assert!(r.namespaces.is_empty());
    assert_eq!(r.summary.changes, 0);
}

#[test]
fn json_report_matches_markdown_counts() {
    let r = beta();
    let json: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(json["summary"]["changes"], r.summary.changes);
    assert_eq!(json["summary"]["breaking"], r.summary.breaking);
    assert_eq!(json["rust_root"], "msgraph_models::beta");
    let changes: usize = json["namespaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|ns| {
            let count = |key: &str| {
                ns[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|t| t["changes"].as_array().unwrap().len())
                    .sum::<usize>()
            };
            count("types") + count("operations") + ns["container"].as_array().unwrap().len()
        })
        .sum();
    assert_eq!(changes, r.summary.changes);
}
