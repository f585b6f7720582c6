//! How fast settings are built and rendered, without touching the disk.
//!
//! `cargo bench --bench export`. The whole-batch figure with disk writes comes from
//! `scripts/bench-batch.sh`; comparing the two shows where a batch spends its time.
#![allow(
    missing_docs,
    reason = "criterion_group! generates an undocumented pub fn"
)]

use std::hint::black_box;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use icloud_mail_wizard::export::{self, ExportOptions, Format};
use icloud_mail_wizard::settings::{AccountInput, AccountSettings};

fn account(i: usize) -> AccountSettings {
    let email = format!("user{i}@icloud.com");
    let name = format!("User Number {i} & Co <test>");
    AccountInput {
        email: &email,
        name: Some(&name),
        ..AccountInput::default()
    }
    .parse()
    .expect("valid generated account")
}

fn formats(c: &mut Criterion) {
    let s = account(1);
    let options = ExportOptions::default();
    let mut group = c.benchmark_group("render");
    for format in Format::ALL {
        group.bench_function(format.name(), |b| {
            b.iter(|| export::render(black_box(format), black_box(&s), &options));
        });
    }
    group.finish();

    c.bench_function("parse_account_input", |b| {
        b.iter(|| {
            AccountInput {
                email: black_box("jane.doe@icloud.com"),
                name: Some(black_box("Jane Doe")),
                ..AccountInput::default()
            }
            .parse()
        });
    });
}

/// The code's share of a 10,000-row batch: parse and render all four formats, in memory.
fn batch_in_memory(c: &mut Criterion) {
    const ROWS: usize = 10_000;
    let options = ExportOptions::default();
    let mut group = c.benchmark_group("batch_in_memory");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ROWS as u64));
    group.bench_function("10k_rows_all_formats", |b| {
        b.iter_batched(
            || {
                (0..ROWS)
                    .map(|i| format!("user{i}@icloud.com"))
                    .collect::<Vec<_>>()
            },
            |emails| {
                let mut bytes = 0;
                for email in &emails {
                    let s = AccountInput {
                        email,
                        ..AccountInput::default()
                    }
                    .parse()
                    .expect("valid");
                    // The settings files; the Android QR code (an image) has its own row above.
                    for format in Format::ALL.into_iter().filter(|f| *f != Format::AndroidQr) {
                        bytes += export::render(format, &s, &options).expect("renders").len();
                    }
                }
                bytes
            },
            BatchSize::LargeInput,
        );
    });
    group.finish();
}

criterion_group!(benches, formats, batch_in_memory);
criterion_main!(benches);
