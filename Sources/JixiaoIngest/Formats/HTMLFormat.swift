import CXML2
import Foundation

/// Web pages (`.html`, `.htm`, and the `.xls` files that are web pages in disguise, as some
/// budget systems export): every `<table>` becomes a grid with its `rowspan`/`colspan`, the text
/// between tables rows of one cell. Parsed by libxml2's HTML parser, which repairs the tag soup of
/// real pages, with the network off.
///
/// Recognised by content: the first thing in the file is a tag, and the sample has an `<html`,
/// `<table` or `<!doctype html`. The text is UTF-8 or GB18030 (GBK, GB2312), told apart by the
/// bytes whatever the page declares (pages are often saved in one and declare the other); a page
/// that declares another charset (Big5, Latin-1) is decoded in that one.
enum HTMLFormat: FileFormat {
    static let title = "web page (.html)"

    static func recognises(_ sample: FileSample) -> Bool {
        guard !sample.isBinary, sample.firstSignificantByte == UInt8(ascii: "<") else { return false }
        let head = String(decoding: sample.bytes.prefix(16 * 1024), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<table") || head.contains("<!doctype html")
    }

    static let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        let data = Data(bytes.buffer)
        let (text, encoding) = decoded(data)
        jx_xml_silence()
        let document: htmlDocPtr? = text.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, raw.count <= Int(Int32.max) else { return nil }
            return htmlReadMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(raw.count), file, encoding, Self.options)
        }
        guard let document else {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "the web page cannot be parsed"))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, "the web page has no content"))
        }
        return try GridContent.read(HTMLTableReader().read(root), file: file, options: options)
    }

    /// The bytes to parse and their encoding: UTF-8 (converted here from GB18030 when the bytes
    /// are that), or the page's own bytes in the charset it declares when that is neither family.
    static func decoded(_ data: Data) -> (Data, String) {
        if let declared = declaredCharset(data),
            !["utf-8", "utf8", "gbk", "gb2312", "gb18030", "x-gbk", "cp936", "euc-cn"].contains(declared)
        {
            return (data, declared)
        }
        guard let text = TextDecoding.decode(data) else { return (data, "UTF-8") }
        return (Data(text.utf8), "UTF-8")
    }

    /// The `charset=` of a `<meta>` in the first 4 KB, lower case.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset") else { return nil }
        var rest = head[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }
}
