//! The catalogue's own rules: every file parses, every language has every English message with
//! the same arguments and nothing else, ids are unique, and the code and the English messages
//! name the same ids.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::*;

/// A message's (or term's) id mapped to the variables it uses, over every file of a language.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages = BTreeMap::new();
    for (path, text) in lang.sources() {
        let resource = match parser::parse(*text) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{path} does not parse: {errors:?}"),
        };
        for entry in resource.body {
            let (id, variables) = match entry {
                ast::Entry::Message(message) => {
                    let mut variables = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        pattern_variables(pattern, &mut variables);
                    }
                    for attribute in &message.attributes {
                        pattern_variables(&attribute.value, &mut variables);
                    }
                    (message.id.name.to_owned(), variables)
                }
                ast::Entry::Term(term) => (format!("-{}", term.id.name), BTreeSet::new()),
                _ => continue,
            };
            assert!(
                messages.insert(id.clone(), variables).is_none(),
                "{path}: {id} is defined twice in {lang}"
            );
        }
    }
    messages
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_translation_has_every_english_message_with_the_same_arguments() {
    let english = catalogue(Lang::En);
    assert!(english.contains_key("language-name"));
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let translated = catalogue(lang);
        for (id, variables) in &english {
            match translated.get(id) {
                None if id.starts_with('-') => {}
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(theirs) if theirs != variables => problems.push(format!(
                    "{lang}: {id} uses {theirs:?}, English uses {variables:?}"
                )),
                Some(_) => {}
            }
        }
        for id in translated.keys() {
            if !id.starts_with('-') && !english.contains_key(id) {
                problems.push(format!("{lang}: {id} is not an English message"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_broken_file_and_a_changed_argument_are_caught() {
    // The checks above are only as good as these two detections.
    assert!(parser::parse("good = text\nbad = { $unclosed\n").is_err());
    let resource =
        parser::parse("m = Hello { $name }, { $count ->\n [one] one\n *[other] { $n }\n}\n")
            .expect("parses");
    let ast::Entry::Message(message) = &resource.body[0] else {
        panic!("not a message")
    };
    let mut variables = BTreeSet::new();
    pattern_variables(message.value.as_ref().expect("a value"), &mut variables);
    assert_eq!(
        variables,
        ["count", "n", "name"]
            .map(String::from)
            .into_iter()
            .collect()
    );
}

/// The ids `tr!` and `tr_pieces!` are called with in the crate's sources.
fn ids_in_code() -> BTreeMap<String, String> {
    let mut ids = BTreeMap::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs")
                || path.ends_with("i18n/mod.rs")
                || path.ends_with("i18n/tests.rs")
            {
                continue;
            }
            let code = std::fs::read_to_string(&path).expect("a source file");
            let calls = code
                .match_indices("tr!(")
                .chain(code.match_indices("tr_pieces!("));
            for (at, _) in calls {
                let before = &code[..at];
                let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
                let glued = before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
                if glued || line.trim_start().starts_with("//") {
                    continue; // include_str!(…), or an example in a comment
                }
                let rest = &code[at..];
                let Some(open) = rest.find('"') else { continue };
                let id: String = rest[open + 1..].chars().take_while(|c| *c != '"').collect();
                ids.insert(id, path.display().to_string());
            }
        }
    }
    ids
}

#[test]
fn the_code_and_the_english_messages_name_the_same_ids() {
    let english = catalogue(Lang::En);
    let used = ids_in_code();
    let unknown: Vec<_> = used
        .iter()
        .filter(|(id, _)| !english.contains_key(*id))
        .map(|(id, file)| format!("{id} (in {file})"))
        .collect();
    assert!(unknown.is_empty(), "no English message for: {unknown:?}");
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !id.starts_with('-') && *id != "language-name" && !used.contains_key(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "English messages no code uses: {unused:?}"
    );
}

#[test]
fn lookups_fall_back_to_english_then_to_the_id() {
    assert_eq!(Lang::En.text("language-name"), "English");
    for lang in Lang::ALL {
        assert!(!lang.text("language-name").is_empty());
    }
    assert_eq!(Lang::Fr.text("no-such-message"), "no-such-message");
}

#[test]
fn the_pseudo_locale_is_english_transformed_and_forty_percent_longer() {
    let mut english = 0;
    let mut pseudo = 0;
    for (id, variables) in catalogue(Lang::En)
        .iter()
        .filter(|(id, _)| !id.starts_with('-'))
    {
        let mut args = Args::new();
        for variable in variables {
            args.set(variable.as_str(), 2);
        }
        let (e, p) = (Lang::En.format(id, &args), Lang::Pseudo.format(id, &args));
        assert!(!p.chars().any(|c| c.is_ascii_alphabetic()), "{id}: {p}");
        english += e.chars().count();
        pseudo += p.chars().count();
    }
    assert!(
        pseudo * 10 >= english * 14,
        "{pseudo} characters for English's {english}"
    );
}

#[test]
fn the_system_language_is_negotiated_by_language_then_english() {
    for (preferred, expected) in [
        (&["de-DE"][..], Lang::De),
        (&["de_AT.UTF-8"], Lang::De),
        (&["pt-PT"], Lang::PtBr),
        (&["pt_BR"], Lang::PtBr),
        (&["ja-JP", "nl-BE"], Lang::Nl),
        (&["C"], Lang::En),
        (&["POSIX", "es-419"], Lang::Es),
        (&[], Lang::En),
    ] {
        assert_eq!(Lang::negotiate(preferred), expected, "{preferred:?}");
    }
}

#[test]
fn tags_round_trip() {
    for lang in Lang::ALL.into_iter().chain([Lang::Pseudo]) {
        assert_eq!(lang.tag().parse::<Lang>(), Ok(lang));
    }
    assert_eq!("pt_br".parse::<Lang>(), Ok(Lang::PtBr));
    assert!("klingon".parse::<Lang>().is_err());
}

#[test]
fn arguments_fill_their_places_in_every_language() {
    for lang in Lang::ALL {
        let text = crate::tr!(
            lang,
            "language-current",
            language = lang.text("language-name")
        );
        assert!(text.contains(&lang.text("language-name")), "{lang}: {text}");
    }
}

#[test]
fn a_backtick_in_an_argument_stays_in_its_value() {
    // An address may hold a backtick; it must not end the value it sits in.
    let got = crate::tr_pieces!(
        Lang::En,
        "outlook-classic-type",
        email = "j`doe@example.com"
    );
    assert!(
        got.contains(&Piece::Value("j`doe@example.com".into())),
        "{got:?}"
    );
    assert!(!format!("{got:?}").contains('\u{E000}'));
}
