//! Types of `microsoft.graph` by the first letters of their names (`entity_5`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area_but_compliance)]
rt::impl_poly!(AnyEntity);
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEntity);
