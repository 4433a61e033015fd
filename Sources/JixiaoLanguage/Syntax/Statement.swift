/// One statement of a script or REPL entry (SPEC §5, §8).
public struct Statement: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A pipeline whose result is shown (and becomes `_`).
        case pipeline(Pipeline)
        /// `let NAME = PIPELINE` — a named table.
        case letTable(name: Identifier, pipeline: Pipeline)
        /// `load "PATH" [as NAME] [key=value …]`.
        case load(LoadStatement)
        /// `save PIPELINE to "FILE" [as NAME]` — NAME names the table inside formats that hold
        /// several (.sqlite).
        case save(pipeline: Pipeline, path: StringLiteral, tableName: Identifier?)
        /// `save PIPELINE to NAME.TABLE` — into a table of an attached database (the identifier
        /// holds `NAME.TABLE`).
        case saveToDatabase(pipeline: Pipeline, table: Identifier)
        /// `attach "postgresql://…" as NAME` (or `service=…`, or a `.sqlite` file).
        case attach(target: StringLiteral, name: Identifier)
        /// `detach NAME`.
        case detach(name: Identifier)
        /// `set NAME = EXPR` (also accepted: `set $NAME = EXPR`).
        case setVariable(name: Identifier, value: Expression)
        /// `assert EXPR [, "message {$x}"]`; the message fills in values as `print` does.
        case assert(condition: Expression, message: PrintTemplate?)
        /// `print "text {$NAME} {expr}"`.
        case print(PrintTemplate)
        /// `run "FILE.jx"`.
        case run(path: StringLiteral)
        /// `report "FILE.html" [title "…"]`: collect what is shown from here on into an HTML page.
        case report(path: Expression, title: Expression?)
        /// `check` alone on its statement: audit the loaded documents.
        case check
        /// A `.name argument…` line at the start of a statement (`.mode csv`, `.check`): passed
        /// through to the workbench's dot-command registry with the rest of its line, raw.
        case dotCommand(name: Identifier, argument: String)
    }

    public var kind: Kind
    /// The whole statement, without its terminating newline or `;`.
    public var span: SourceSpan

    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

/// `load "PATH" [as NAME] [year=2024] [region="…"]`.
public struct LoadStatement: Sendable, Hashable {
    public var path: StringLiteral
    /// The table name for CSV/TSV/JSON files, from `as NAME`.
    public var alias: Identifier?
    /// `key=value` options in the order written (`year`, `region`, …); the workbench validates
    /// the keys, so an unknown one gets a did-you-mean there.
    public var options: [LoadOption]

    public init(path: StringLiteral, alias: Identifier?, options: [LoadOption]) {
        self.path = path
        self.alias = alias
        self.options = options
    }
}

/// `key=value` after `load`.
public struct LoadOption: Sendable, Hashable {
    public var key: Identifier
    public var value: Expression

    public init(key: Identifier, value: Expression) {
        self.key = key
        self.value = value
    }
}
