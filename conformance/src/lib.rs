//! msgraph-conformance: checks Microsoft Graph payloads against the generated
//! models (lossless round-trips, schema violations, unknown properties).
