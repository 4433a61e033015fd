import Foundation
import Testing

@testable import JixiaoIngest

/// What the libfreexl child writes is read back with every length checked: output cut short
/// (a child that died half-way) is refused whole, never read as a shorter workbook.
@Suite struct XLSChildReaderTests {
    /// One sheet `表1` with `项目` in A1 and 95 in B1, in the layout `CXLSChild.h` describes.
    static var output: [UInt8] {
        var bytes: [UInt8] = []
        func u32(_ v: UInt32) { withUnsafeBytes(of: v) { bytes += $0 } }
        func text(_ s: String) {
            u32(UInt32(s.utf8.count))
            bytes += Array(s.utf8)
        }
        u32(0x3153_584A)  // JX_XLS_MAGIC
        u32(0)  // FREEXL_OK
        u32(0)
        u32(1)  // sheets
        text("表1")
        u32(0)  // selected
        u32(1)
        u32(2)  // rows, columns
        u32(0)
        u32(0)
        bytes.append(3)  // text
        text("项目")
        u32(0)
        u32(1)
        bytes.append(1)  // integer
        withUnsafeBytes(of: Int32(95)) { bytes += $0 }
        u32(0xFFFF_FFFF)  // end of sheet
        return bytes
    }

    @Test func theChildsOutputIsReadCellForCell() throws {
        let workbook = try #require(Self.output.withUnsafeBytes { XLSChildReader.parse($0) })
        #expect(workbook.sheets.map(\.name) == ["表1"])
        let cells = try #require(workbook.sheets.first?.rows.first?.cells)
        #expect(cells.map(\.text) == ["项目", "95"])
        #expect(cells.map(\.number) == [nil, 95])
    }

    @Test func outputCutShortAnywhereIsRefused() {
        let full = Self.output
        for length in 0..<full.count {
            #expect(Array(full.prefix(length)).withUnsafeBytes { XLSChildReader.parse($0) } == nil, "cut at \(length)")
        }
    }
}
