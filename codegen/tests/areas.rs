//! Per-area features on the real metadata: the communications area holds calls,
//! participants, operations and call records and stays a small part of the whole; every
//! area is closed (structural property types, containment targets, derived types of
//! property types, bases, bound operation types).

use msgraph_codegen::model::areas::{Areas, compute};
use msgraph_codegen::model::{Model, Target};
use msgraph_codegen::pipeline::load_file;
use std::path::PathBuf;

fn model(file: &str) -> Model {
    let dir = msgraph_codegen::sources::metadata_dir(None, &crate::workspace_root());
    load_file(&dir.join(file)).expect("metadata loads")
}

fn area(areas: &Areas, name: &str) -> usize {
    areas
        .names
        .iter()
        .position(|n| n == name)
        .unwrap_or_else(|| panic!("no area {name}"))
}

#[test]
fn communications_area_holds_the_calling_types_and_little_else() {
    for file in ["v1.0.xml", "beta.xml"] {
        let m = model(file);
        let areas = compute(&m);
        let comms = area(&areas, "communications");
        let in_area = |q: &str| {
            let id = m.type_by_qualified(q).unwrap_or_else(|| panic!("{q}"));
            areas.of_type[id].contains(comms)
        };
        for q in [
            "microsoft.graph.call",
            "microsoft.graph.participant",
            "microsoft.graph.commsOperation",
            "microsoft.graph.muteParticipantOperation",
            "microsoft.graph.callRecords.callRecord",
            "microsoft.graph.callRecords.session",
            // Reached by no path: in every area (what a webhook of any area receives).
            "microsoft.graph.commsNotifications",
            "microsoft.graph.commsNotification",
            "microsoft.graph.changeNotificationCollection",
            "microsoft.graph.changeNotification",
            "microsoft.graph.changeNotificationEncryptedContent",
        ] {
            assert!(in_area(q), "{file}: {q} not in communications");
        }
        assert!(
            !in_area("microsoft.graph.user"),
            "{file}: user pulled into communications"
        );
        let n = areas.of_type.iter().filter(|s| s.contains(comms)).count();
        println!(
            "{file}: {} areas, {} gate classes; communications: {n} of {} types",
            areas.names.len(),
            areas.classes.len(),
            m.types.len()
        );
        assert!(
            n * 4 < m.types.len(),
            "{file}: communications has {n} types"
        );
    }
}

#[test]
fn every_type_is_in_an_area() {
    for file in ["v1.0.xml", "beta.xml"] {
        let m = model(file);
        let areas = compute(&m);
        let outside: Vec<&str> = m
            .types
            .iter()
            .enumerate()
            .filter(|(id, _)| areas.of_type[*id].iter().next().is_none())
            .map(|(_, t)| t.qualified.as_str())
            .collect();
        assert!(outside.is_empty(), "{file}: in no area: {outside:?}");
    }
}

#[test]
fn areas_are_closed() {
    for file in ["v1.0.xml", "beta.xml"] {
        let m = model(file);
        let areas = compute(&m);
        for (id, t) in m.types.iter().enumerate() {
            let Some(s) = t.structured() else { continue };
            let set = &areas.of_type[id];
            let check = |other: usize, why: &str| {
                assert!(
                    areas.of_type[other].covers(set),
                    "{file}: {} needs {} ({why})",
                    t.qualified,
                    m.types[other].qualified
                );
            };
            if let Some(b) = s.base {
                check(b, "base");
            }
            for p in &s.properties {
                let follow = p.navigation.as_ref().is_none_or(|n| n.contains_target);
                if let (true, Target::Type(pt)) = (follow, p.ty.target) {
                    check(pt, &p.name);
                    for &d in m.types[pt]
                        .structured()
                        .map(|s| s.derived.as_slice())
                        .unwrap_or(&[])
                    {
                        check(d, "derived of a property type");
                    }
                }
            }
        }
    }
}

/// Every gated public item of the committed crate (types, builder methods, parameter
/// structs) says in its rustdoc which features enable it.
#[test]
fn every_gated_item_names_its_features() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../generated");
    let mut files = vec![root];
    let mut missing = Vec::new();
    let mut checked = 0usize;
    while let Some(p) = files.pop() {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            for e in std::fs::read_dir(&p).expect("readable dir") {
                files.push(e.expect("dir entry").path());
            }
            continue;
        }
        if p.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&p).expect("readable file");
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let mut i = 0;
        while i < lines.len() {
            let l = lines[i];
            let gate = l.starts_with("#[cfg(msgraph_")
                || l == "#[cfg(feature = \"v1\")]"
                || l == "#[cfg(feature = \"beta\")]";
            if !gate {
                i += 1;
                continue;
            }
            let mut named = false;
            let mut k = i;
            while k > 0 && (lines[k - 1].starts_with("#[") || lines[k - 1].starts_with("///")) {
                k -= 1;
                named |= lines[k].starts_with("///") && lines[k].contains("Feature");
            }
            let mut j = i + 1;
            while j < lines.len() && (lines[j].starts_with("#[") || lines[j].starts_with("///")) {
                named |= lines[j].starts_with("///") && lines[j].contains("Feature");
                j += 1;
            }
            let item = lines.get(j).copied().unwrap_or("");
            if ["pub fn ", "pub struct ", "pub enum ", "pub type "]
                .iter()
                .any(|k| item.starts_with(k))
            {
                checked += 1;
                if !named {
                    missing.push(format!("{}:{}: {item}", p.display(), j + 1));
                }
            }
            i = j;
        }
    }
    assert!(checked > 1000, "only {checked} gated items found");
    assert!(
        missing.is_empty(),
        "{} of {checked} gated items name no feature, e.g. {:?}",
        missing.len(),
        &missing[..missing.len().min(5)]
    );
}

/// The areas a gate class's name says switch it on, decoded from the name (`None` when
/// the name lists only the first few areas).
fn decode(name: &str, areas: &Areas) -> Option<Vec<usize>> {
    let find = |n: &str| areas.names.iter().position(|a| a.replace('-', "_") == n);
    let all: Vec<usize> = (0..areas.names.len()).collect();
    if name.contains("_more") {
        return None;
    }
    if name == "any_area" {
        return Some(all);
    }
    if let Some(rest) = name.strip_prefix("any_area_but_") {
        let missing: Vec<usize> = rest.split("_and_").map(|n| find(n).expect(n)).collect();
        return Some(all.into_iter().filter(|a| !missing.contains(a)).collect());
    }
    let mut set: Vec<usize> = Vec::new();
    for part in name.split("_or_") {
        if part == "core" {
            set.extend(areas.core.iter());
        } else {
            set.push(find(part).unwrap_or_else(|| panic!("{name}: no area {part}")));
        }
    }
    set.sort();
    Some(set)
}

#[test]
fn gate_class_names_say_which_areas_switch_them_on() {
    for file in ["v1.0.xml", "beta.xml"] {
        let m = model(file);
        let areas = compute(&m);
        let mut unique = std::collections::BTreeSet::new();
        let mut decoded = 0;
        for (class, name) in areas.classes.iter().zip(&areas.class_names) {
            assert!(unique.insert(name.as_str()), "{file}: `{name}` twice");
            assert!(
                name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{file}: `{name}` is not a cfg name"
            );
            if let Some(set) = decode(name, &areas) {
                assert_eq!(set, class.iter().collect::<Vec<_>>(), "{file}: `{name}`");
                decoded += 1;
            }
        }
        let record = m.type_by_qualified("microsoft.graph.callRecords.callRecord");
        let name = &areas.class_names[areas.class_of_type[record.expect("callRecord")]];
        assert!(
            name.contains("communications"),
            "{file}: callRecord's gate is {name}"
        );
        println!(
            "{file}: {decoded} of {} gate class names list every area; core: {} areas",
            areas.classes.len(),
            areas.core.len()
        );
        assert!(
            decoded * 100 >= areas.classes.len() * 85,
            "{file}: {decoded}"
        );
    }
}
