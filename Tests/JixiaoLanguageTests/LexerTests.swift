import Testing

@testable import JixiaoLanguage

@Suite("Lexer: tokens, comments and positions")
struct LexerTests {
    private func kinds(_ source: String) throws -> [Token.Kind] {
        try Lexer.tokenize(source).map(\.kind)
    }

    @Test func chineseLettersMakeIdentifiers() throws {
        #expect(try kinds("主管部门 二级指标_2") == [.identifier("主管部门"), .identifier("二级指标_2"), .end])
    }

    @Test func backquotedIdentifiersMayHoldAnything() throws {
        #expect(try kinds("`项目总额（万元）` `a``b`") == [.quotedIdentifier("项目总额（万元）"), .quotedIdentifier("a`b"), .end])
    }

    @Test func keywordsAreReservedButVerbsAreNot() throws {
        #expect(
            try kinds("AND in where count") == [
                .keyword(.and), .keyword(.in), .identifier("where"), .identifier("count"), .end,
            ])
    }

    @Test func numbersKeepTheirText() throws {
        #expect(
            try kinds("1 2.50 3e5 4E-2 1e999") == [
                .number("1"), .number("2.50"), .number("3e5"), .number("4E-2"), .number("1e999"), .end,
            ])
    }

    @Test func lettersGluedToANumberAreMalformed() {
        #expect(throws: Diagnostic.self) { try Lexer.tokenize("year = 2022年") }
    }

    @Test func stringsDecodeEscapesAndKeepTheirRawText() throws {
        #expect(
            try kinds(#""a\"b\\c" '财政\'局'"#) == [
                .string(value: #"a"b\c"#, raw: #"a\"b\\c"#), .string(value: "财政'局", raw: #"财政\'局"#), .end,
            ])
    }

    @Test func unknownEscapesAreErrorsWithTheirPosition() throws {
        do {
            _ = try Lexer.tokenize(#"load "C:\data""#)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == #"unknown escape `\d` in a string"#)
            #expect(error.span.start.column == 9 && error.span.end.column == 11)
        }
    }

    @Test func unclosedStringPointsAtItsOpeningQuote() throws {
        do {
            _ = try Lexer.tokenize("where x = \"abc\n| take 3")
            Issue.record("expected an error")
        } catch {
            #expect(error.message.hasPrefix("unclosed string"))
            #expect(error.span.start.line == 1 && error.span.start.column == 11)
        }
    }

    @Test func variablesTakeUnicodeNames() throws {
        #expect(try kinds("$year $年份") == [.variable("year"), .variable("年份"), .end])
    }

    @Test func commentsAndShebangVanish() throws {
        let source = "#!/usr/bin/env jixiao\n# a comment\nprojects # trailing\n"
        #expect(try kinds(source) == [.identifier("projects"), .newline, .end])
    }

    @Test func operatorsAndTheirAlternativeSpellings() throws {
        let symbols = try kinds("+ - * / % = == != <> < <= > >= ≥ ≤ ( ) , | ; .").compactMap { kind -> Symbol? in
            if case .symbol(let symbol) = kind { return symbol }
            return nil
        }
        #expect(
            symbols == [
                .plus, .minus, .star, .slash, .percent, .equal, .doubleEqual, .notEqual, .notEqual,
                .less, .lessEqual, .greater, .greaterEqual, .greaterEqual, .lessEqual,
                .leftParen, .rightParen, .comma, .pipe, .semicolon, .dot,
            ])
    }

    @Test func columnsCountCharactersAndOffsetsCountBytes() throws {
        let tokens = try Lexer.tokenize("部门 = x")
        let x = try #require(tokens.dropLast().last)
        #expect(x.span.start.column == 6)
        #expect(x.span.start.offset == 9)
    }

    @Test func windowsLineEndingsCountAsOneNewline() throws {
        let tokens = try Lexer.tokenize("a\r\nb")
        #expect(tokens.map(\.kind) == [.identifier("a"), .newline, .identifier("b"), .end])
        #expect(tokens[2].span.start.line == 2 && tokens[2].span.start.column == 1)
    }

    @Test func strayCharactersAreNamed() throws {
        do {
            _ = try Lexer.tokenize("a && b")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unexpected `&&`")
            #expect(error.suggestion == "write `and` to combine conditions")
        }
    }
}
