//! One view per wizard step. Each draws its step and pushes [`Command`](super::command::Command)s;
//! none changes anything but the text fields it shows.

pub mod address;
pub mod apps;
pub mod done;
pub mod health;
pub mod password;
pub mod sign;
pub mod test;
pub mod welcome;
