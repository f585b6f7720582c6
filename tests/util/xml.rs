//! A tiny XML tree, parsed with quick-xml, so tests can read exports back.

use quick_xml::Reader;
use quick_xml::events::Event;

/// An element with its attributes, text and children.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// All text directly inside, unescaped and concatenated.
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// Text of the child `name`, if present.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.as_str())
    }

    /// Every element below (and including) this one, depth first.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.descendants());
        }
        out
    }

    /// All text of this element and its descendants, in document order.
    pub fn all_text(&self) -> String {
        let mut s = self.text.clone();
        for c in &self.children {
            s.push_str(&c.all_text());
        }
        s
    }
}

/// Parses a whole document strictly: mismatched tags, bad entities or bad UTF-8 are errors.
pub fn parse(bytes: &[u8]) -> Result<Element, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = vec![Element::default()];
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        let is_empty = matches!(event, Event::Empty(_));
        match event {
            Event::Start(start) | Event::Empty(start) => {
                let mut el = Element {
                    name: String::from_utf8_lossy(start.name().as_ref()).into_owned(),
                    ..Element::default()
                };
                for attr in start.attributes() {
                    let attr = attr.map_err(|e| e.to_string())?;
                    let value = attr
                        .unescape_value()
                        .map_err(|e| e.to_string())?
                        .into_owned();
                    el.attrs.push((
                        String::from_utf8_lossy(attr.key.as_ref()).into_owned(),
                        value,
                    ));
                }
                if is_empty {
                    stack.last_mut().ok_or("no parent")?.children.push(el);
                } else {
                    stack.push(el);
                }
            }
            Event::End(_) => {
                let el = stack.pop().ok_or("unbalanced")?;
                stack.last_mut().ok_or("unbalanced")?.children.push(el);
            }
            Event::Text(t) => {
                let s = t.decode().map_err(|e| e.to_string())?;
                let s = quick_xml::escape::unescape(&s).map_err(|e| e.to_string())?;
                stack.last_mut().ok_or("text outside")?.text.push_str(&s);
            }
            Event::GeneralRef(r) => {
                let name = r.decode().map_err(|e| e.to_string())?;
                let s = quick_xml::escape::unescape(&format!("&{name};"))
                    .map_err(|e| e.to_string())?
                    .into_owned();
                stack.last_mut().ok_or("ref outside")?.text.push_str(&s);
            }
            Event::CData(c) => {
                let s = String::from_utf8_lossy(&c).into_owned();
                stack.last_mut().ok_or("cdata outside")?.text.push_str(&s);
            }
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
        }
    }
    let mut root = stack.pop().ok_or("empty")?;
    if !stack.is_empty() {
        return Err("unclosed element".into());
    }
    let mut elements = root.children.drain(..);
    let first = elements.next().ok_or("no root element")?;
    if elements.next().is_some() {
        return Err("more than one root element".into());
    }
    // Whitespace-only text from indentation is not content.
    Ok(trim_indentation(first))
}

fn trim_indentation(mut el: Element) -> Element {
    if el.text.trim().is_empty() {
        el.text.clear();
    }
    el.children = el.children.into_iter().map(trim_indentation).collect();
    el
}
