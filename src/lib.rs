//! iCloud Mail setup wizard: core library.
