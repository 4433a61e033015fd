import CXML2
import Foundation

/// A forward-only pass over an XML document through libxml2's `xmlTextReader`: a workbook sheet
/// of 50,000 rows is read element by element, never built as a tree.
///
/// The reader is set up for untrusted files: no network (`XML_PARSE_NONET`), no DTD loaded and no
/// entity substituted (neither `XML_PARSE_DTDLOAD` nor `XML_PARSE_NOENT`), so a document that
/// declares entities expanding to gigabytes ("billion laughs") has its references left as they
/// are; libxml2's own size limits stay on (no `XML_PARSE_HUGE`).
final class XMLStream {
    enum NodeKind { case element, endElement, text, other }

    private let reader: xmlTextReaderPtr
    /// The bytes being read, kept alive as long as the reader points into them.
    private let data: Data

    /// The options of every read: the parser's own messages off (a broken file is reported by
    /// `XMLStreamError`), blank text nodes kept where they are significant.
    static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)

    /// Opens `data` (one member of an archive, or a command's output); `name` is for messages.
    init(_ data: Data, name: String) throws {
        self.data = data
        jx_xml_silence()
        let made: xmlTextReaderPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count <= Int(Int32.max) else { return nil }
            return xmlReaderForMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(raw.count), name, nil, Self.options)
        }
        guard let made else { throw XMLStreamError(member: name, why: "cannot be read as XML") }
        jx_xml_reader_silence(made)
        reader = made
        self.name = name
    }

    /// The member the XML came from, for messages.
    let name: String

    deinit { xmlFreeTextReader(reader) }

    /// Moves to the next node; false at the end of the document. Throws when the XML is broken.
    func next() throws -> Bool {
        switch xmlTextReaderRead(reader) {
        case 1: return true
        case 0: return false
        default: throw XMLStreamError(member: name, why: "is not well-formed XML")
        }
    }

    var kind: NodeKind {
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): return .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): return .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
            Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue), Int32(XML_READER_TYPE_WHITESPACE.rawValue):
            return .text
        default: return .other
        }
    }

    /// The element's name without its namespace prefix (`c` for `<x:c>`).
    var localName: String {
        guard let name = xmlTextReaderConstLocalName(reader) else { return "" }
        return String(cString: name)
    }

    /// Whether the current node's local name is `name`, compared in place (no string is made:
    /// a sheet's loop asks this of every element).
    func isNamed(_ name: StaticString) -> Bool {
        guard let current = xmlTextReaderConstLocalName(reader) else { return false }
        let count = name.utf8CodeUnitCount
        return memcmp(current, name.utf8Start, count) == 0 && current[count] == 0
    }

    /// The depth of the current node (the document element is 0).
    var depth: Int { Int(xmlTextReaderDepth(reader)) }

    /// Whether the current element is written `<x/>`: no end element follows it.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// The text of the current text node.
    var value: String {
        guard let value = xmlTextReaderConstValue(reader) else { return "" }
        return String(cString: value)
    }

    /// The attribute of the current element by its qualified name (`r`, `r:id`, `w:val`).
    func attribute(_ qualifiedName: String) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, qualifiedName) else { return nil }
        defer { jx_xml_free(value) }
        return String(cString: value)
    }

    /// The text inside the current element up to its end element, nested elements included;
    /// `skipping` names elements whose text is left out (a workbook's phonetic runs, `rPh`).
    /// The reader is left on the end element.
    func text(skipping: Set<String> = []) throws -> String {
        guard !isEmptyElement else { return "" }
        let start = depth
        var out = ""
        var skippedDepth: Int?
        while try next() {
            switch kind {
            case .endElement:
                if depth == start { return out }
                if skippedDepth == depth { skippedDepth = nil }
            case .element:
                if skippedDepth == nil, skipping.contains(localName), !isEmptyElement { skippedDepth = depth }
            case .text:
                if skippedDepth == nil { out += value }
            case .other: break
            }
        }
        return out
    }

    /// Skips to the end of the current element.
    func skipElement() throws {
        guard !isEmptyElement else { return }
        let start = depth
        while try next() { if kind == .endElement, depth == start { return } }
    }
}

/// An XML member that is not well-formed: the file is damaged.
struct XMLStreamError: Error, CustomStringConvertible {
    let member: String
    let why: String
    var description: String { "\(member) \(why)" }
}
