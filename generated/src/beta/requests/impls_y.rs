//! Items of `requests` by the first letters of their types' names (`y`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerActivitySummary {
    const SEGMENT: &'static str = "microsoft.graph.yammerActivitySummary";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.yammerActivityUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerDeviceUsageDistributionUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.yammerDeviceUsageDistributionUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerDeviceUsageUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.yammerDeviceUsageUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerDeviceUsageUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.yammerDeviceUsageUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerGroupsActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.yammerGroupsActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerGroupsActivityDetail {
    const SEGMENT: &'static str = "microsoft.graph.yammerGroupsActivityDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::YammerGroupsActivityGroupCounts {
    const SEGMENT: &'static str = "microsoft.graph.yammerGroupsActivityGroupCounts";
}
