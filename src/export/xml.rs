//! A small layer over quick-xml's writer for the XML and HTML exporters.

use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// An indented XML document being written to memory.
pub(super) struct Doc {
    w: Writer<Vec<u8>>,
}

impl Doc {
    /// Starts a document with an XML declaration.
    pub(super) fn with_declaration() -> io::Result<Self> {
        let mut doc = Self::bare();
        doc.w
            .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        Ok(doc)
    }

    /// Starts a document with nothing written yet.
    pub(super) fn bare() -> Self {
        Self {
            w: Writer::new_with_indent(Vec::with_capacity(2048), b' ', 2),
        }
    }

    /// Writes a raw, trusted event (a doctype).
    pub(super) fn event(&mut self, event: Event<'_>) -> io::Result<()> {
        self.w.write_event(event)
    }

    /// Opens `name` with `attrs`; close it with [`Doc::close`].
    pub(super) fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        let start = BytesStart::new(name).with_attributes(attrs.iter().copied());
        self.w.write_event(Event::Start(start))
    }

    /// Closes `name`.
    pub(super) fn close(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    /// Writes `<name attrs>text</name>`, escaping `text`.
    pub(super) fn text_elem(
        &mut self,
        name: &str,
        attrs: &[(&str, &str)],
        text: &str,
    ) -> io::Result<()> {
        self.w
            .create_element(name)
            .with_attributes(attrs.iter().copied())
            .write_text_content(BytesText::new(text))?;
        Ok(())
    }

    /// Writes `<name>text</name>`, escaping `text`.
    pub(super) fn elem(&mut self, name: &str, text: &str) -> io::Result<()> {
        self.text_elem(name, &[], text)
    }

    /// Writes `<name attrs/>`.
    pub(super) fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w
            .create_element(name)
            .with_attributes(attrs.iter().copied())
            .write_empty()?;
        Ok(())
    }

    /// Writes escaped text inside the current element.
    pub(super) fn text(&mut self, text: &str) -> io::Result<()> {
        self.w.write_event(Event::Text(BytesText::new(text)))
    }

    /// The finished document, ending in a newline.
    pub(super) fn finish(self) -> Vec<u8> {
        let mut bytes = self.w.into_inner();
        bytes.push(b'\n');
        bytes
    }
}
