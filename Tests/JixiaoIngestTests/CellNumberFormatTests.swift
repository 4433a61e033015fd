import Testing

@testable import JixiaoIngest

/// A workbook's numbers as printed and as kept, from their number formats.
@Suite struct CellNumberFormatTests {
    @Test func percentCellsAreKeptInPercent() {
        let shown = CellNumberFormat.builtIn(9).present(0.95, date1904: false)
        #expect(shown.number == 95)
        #expect(shown.text == "95%")
        #expect(CellNumberFormat(code: "0.00%").present(0.9983, date1904: false).text == "99.83%")
    }

    @Test func thousandsAndDecimalsPrintAsTheSheetShowsThem() {
        #expect(CellNumberFormat(code: "#,##0.00").present(3_309_840, date1904: false).text == "3,309,840.00")
        #expect(CellNumberFormat(code: "#,##0").present(-1234567.4, date1904: false).text == "-1,234,567")
        #expect(CellNumberFormat.general.present(0.1 + 0.2, date1904: false).text == "0.3")
    }

    @Test func datesAreISOTextInBothDateSystems() {
        #expect(CellNumberFormat(code: "yyyy\"年\"m\"月\"d\"日\"").present(44925, date1904: false) == (nil, "2022-12-30"))
        #expect(CellNumberFormat.builtIn(14).present(43463, date1904: true).text == "2022-12-30")
        #expect(CellNumberFormat.builtIn(14).present(1, date1904: false).text == "1900-01-01")
        #expect(CellNumberFormat(code: "[$-804]yyyy/m/d").present(45345, date1904: false).text == "2024-02-23")
        #expect(CellNumberFormat(code: "h:mm").present(0.5, date1904: false).text == "12:00:00")
    }

    @Test func colourAndTextSectionsDoNotMakeADate() {
        #expect(CellNumberFormat(code: "[Red]0.00") == .fixed(decimals: 2, thousands: false))
        #expect(CellNumberFormat(code: "@") == .text)
        #expect(CellNumberFormat(code: "General") == .general)
    }
}
