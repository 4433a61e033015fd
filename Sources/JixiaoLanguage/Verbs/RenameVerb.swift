extension VerbGrammar {
    /// `rename NEW = OLD, …` — new name first, like an assignment.
    static let rename = VerbGrammar(
        name: "rename", usage: "rename NEW = OLD, …",
        summary: "rename columns"
    ) { (parser: inout SyntaxParser) throws(Diagnostic) -> Verb.Kind in
        .rename(try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            let newName = try parser.parseIdentifier("a new column name")
            guard parser.take(.equal) != nil else {
                var diagnostic = parser.expected("`=`")
                diagnostic.note = "write `rename NEW = OLD`"
                throw diagnostic
            }
            let oldName = try parser.parseColumnReference("the column to rename")
            return Rename(newName: newName, oldName: oldName)
        })
    }
}
