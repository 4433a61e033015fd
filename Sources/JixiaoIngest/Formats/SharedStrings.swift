/// The shared strings of a workbook (`xl/sharedStrings.xml`): cells of type `s` hold an index
/// into this list. A string is its `t` text, or the `t` of each rich-text run `r` joined;
/// phonetic guides (`rPh`) are not part of the text.
struct SharedStrings {
    private(set) var strings: [String] = []

    init() {}

    init(_ xml: XMLStream) throws {
        while try xml.next() {
            guard xml.kind == .element, xml.localName == "si" else { continue }
            strings.append(try xml.text(skipping: ["rPh", "phoneticPr"]))
        }
    }

    subscript(index: Int) -> String? {
        index >= 0 && index < strings.count ? strings[index] : nil
    }
}
