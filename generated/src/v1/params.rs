//! Parameters of actions: the JSON body of each action that takes parameters.
#[allow(unused_imports)]
use ::msgraph_core as rt;
mod types_a_c;
#[allow(unused_imports)]
pub use types_a_c::*;
mod types_d_n;
#[allow(unused_imports)]
pub use types_d_n::*;
mod types_o_v;
#[allow(unused_imports)]
pub use types_o_v::*;
mod types_we_wi;
#[allow(unused_imports)]
pub use types_we_wi::*;
mod types_workbooka_workbookc;
#[allow(unused_imports)]
pub use types_workbooka_workbookc::*;
mod types_workbookfi;
#[allow(unused_imports)]
pub use types_workbookfi::*;
mod types_workbookfunctionsa_workbookfunctionsd;
#[allow(unused_imports)]
pub use types_workbookfunctionsa_workbookfunctionsd::*;
mod types_workbookfunctionse_workbookfunctionsn;
#[allow(unused_imports)]
pub use types_workbookfunctionse_workbookfunctionsn::*;
mod types_workbookfunctionso_workbookfunctionsz;
#[allow(unused_imports)]
pub use types_workbookfunctionso_workbookfunctionsz::*;
mod types_workbookn_workbookw;
#[allow(unused_imports)]
pub use types_workbookn_workbookw::*;
mod types_workf_workp;
#[allow(unused_imports)]
pub use types_workf_workp::*;
