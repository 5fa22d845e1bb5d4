//! Parameters of actions: the JSON body of each action that takes parameters.
#[allow(unused_imports)]
use ::msgraph_core as rt;
mod types_a_c;
#[allow(unused_imports)]
pub use types_a_c::*;
mod types_d_o;
#[allow(unused_imports)]
pub use types_d_o::*;
mod types_p_v;
#[allow(unused_imports)]
pub use types_p_v::*;
mod types_we_wi;
#[allow(unused_imports)]
pub use types_we_wi::*;
mod types_workbooka_workbookc;
#[allow(unused_imports)]
pub use types_workbooka_workbookc::*;
mod types_workbookfi;
#[allow(unused_imports)]
pub use types_workbookfi::*;
mod types_workbookfunctionsa_workbookfunctionse;
#[allow(unused_imports)]
pub use types_workbookfunctionsa_workbookfunctionse::*;
mod types_workbookfunctionsf_workbookfunctionso;
#[allow(unused_imports)]
pub use types_workbookfunctionsf_workbookfunctionso::*;
mod types_workbookfunctionsp_workbookfunctionsz;
#[allow(unused_imports)]
pub use types_workbookfunctionsp_workbookfunctionsz::*;
mod types_workbookn_workbookw;
#[allow(unused_imports)]
pub use types_workbookn_workbookw::*;
mod types_workf_workp;
#[allow(unused_imports)]
pub use types_workf_workp::*;
