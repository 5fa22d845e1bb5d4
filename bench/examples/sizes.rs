//! Sizes of some generated types (`cargo run --release -p msgraph-bench --example sizes`).
use msgraph_models::v1::{self, call_records as cr};
fn main() {
    macro_rules! show { ($($t:ty),*) => { $( println!("{:>6} {}", std::mem::size_of::<$t>(), stringify!($t)); )* } }
    show!(
        msgraph_core::Field<String>,
        msgraph_core::Extra,
        msgraph_core::Field<msgraph_core::edm::DateTimeOffset>,
        msgraph_core::Field<msgraph_core::edm::Duration>,
        msgraph_core::Field<msgraph_core::edm::Guid>,
        msgraph_core::Field<f64>,
        msgraph_core::Field<i32>,
        msgraph_core::Field<bool>,
        msgraph_core::Field<Vec<String>>,
        cr::CallRecord,
        cr::Session,
        cr::Segment,
        cr::MediaStream,
        cr::Media,
        cr::AnyEndpoint,
        cr::AnyUserAgent,
        cr::ParticipantEndpoint,
        cr::UserAgent,
        cr::DeviceInfo,
        cr::NetworkInfo,
        v1::Call,
        v1::Participant,
        v1::IdentitySet,
        v1::AnyIdentity,
        v1::AnyIdentitySet,
        v1::User,
        v1::DriveItem,
        v1::AnyEntity,
        cr::FailureInfo,
        cr::Modality,
        msgraph_core::Field<cr::Modality>
    );
}
