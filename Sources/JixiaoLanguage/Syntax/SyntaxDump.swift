/// A compact, one-line S-expression text of the AST, for snapshot-style tests and debugging:
///
/// `(pipeline indicators (where (and (= level1 "产出指标") (< actual target))) (group department)
/// (agg missed=(count) worst=(min completion)) (sort -missed) (take 10))`
///
/// Spans are left out; the text pins the tree's shape. Calls are `(name args…)`, operators
/// `(op left right)`, assignments `name=value`, clause words `word=value`.
public enum SyntaxDump {
    public static func statement(_ statement: Statement) -> String {
        switch statement.kind {
        case .pipeline(let pipeline): return self.pipeline(pipeline)
        case .letTable(let name, let pipeline): return "(let \(identifier(name)) \(self.pipeline(pipeline)))"
        case .load(let load):
            var items = ["load", quoted(load.path.value)]
            if let alias = load.alias { items.append("as=\(identifier(alias))") }
            items += load.options.map { "\(identifier($0.key))=\(expression($0.value))" }
            return list(items)
        case .save(let pipeline, let path, let tableName):
            var items = ["save", self.pipeline(pipeline), "to=\(quoted(path.value))"]
            if let tableName { items.append("as=\(identifier(tableName))") }
            return list(items)
        case .saveToDatabase(let pipeline, let table):
            return list(["save", self.pipeline(pipeline), "to=\(identifier(table))"])
        case .attach(let target, let name): return "(attach \(quoted(target.value)) as=\(identifier(name)))"
        case .detach(let name): return "(detach \(identifier(name)))"
        case .setVariable(let name, let value): return "(set \(identifier(name)) \(expression(value)))"
        case .assert(let condition, let message):
            return list(
                ["assert", expression(condition)]
                    + (message.map { template in
                        template.parts.map { part in
                            switch part {
                            case .text(let text): return quoted(text)
                            case .expression(let value): return "{\(expression(value))}"
                            }
                        }
                    } ?? []))
        case .print(let template):
            return list(
                ["print"]
                    + template.parts.map { part in
                        switch part {
                        case .text(let text): return quoted(text)
                        case .expression(let value): return "{\(expression(value))}"
                        }
                    })
        case .run(let path): return "(run \(quoted(path.value)))"
        case .check: return "(check)"
        case .report(let path, let title):
            return list(["report", expression(path)] + (title.map { ["title=" + expression($0)] } ?? []))
        case .dotCommand(let name, let argument):
            return argument.isEmpty ? "(.\(name.name))" : "(.\(name.name) \(quoted(argument)))"
        }
    }

    public static func pipeline(_ pipeline: Pipeline) -> String {
        list(["pipeline", source(pipeline.source)] + pipeline.stages.map(verb))
    }

    public static func source(_ source: PipelineSource) -> String {
        switch source {
        case .table(let name): return identifier(name)
        case .pipeline(let pipeline): return self.pipeline(pipeline)
        }
    }

    /// `(name args…)`, the arguments as the verb's clause prints them.
    public static func verb(_ verb: Verb) -> String {
        list([type(of: verb.clause).name] + verb.clause.printedArguments)
    }

    public static func expression(_ expression: Expression) -> String {
        switch expression.kind {
        case .integer(let value): return String(value)
        case .decimal(let value): return String(value)
        case .string(let value): return quoted(value)
        case .boolean(let value): return value ? "true" : "false"
        case .null: return "null"
        case .column(let reference): return column(reference)
        case .variable(let name): return "$\(name.name)"
        case .call(let function, let arguments):
            return list([identifier(function)] + arguments.map(self.expression))
        case .unary(let op, let operand): return "(\(op.rawValue) \(self.expression(operand)))"
        case .binary(let op, let left, let right):
            return "(\(op.rawValue) \(self.expression(left)) \(self.expression(right)))"
        case .inList(let value, let items, let negated):
            return list([negated ? "not-in" : "in", self.expression(value)] + items.map(self.expression))
        case .between(let value, let lower, let upper, let negated):
            return list([negated ? "not-between" : "between"] + [value, lower, upper].map(self.expression))
        case .isNull(let value, let negated):
            return "(\(negated ? "is-not-null" : "is-null") \(self.expression(value)))"
        case .pipeline(let pipeline): return self.pipeline(pipeline)
        case .caseWhen(let branches, let otherwise):
            return list(
                ["case"] + branches.map { "(when \(self.expression($0.condition)) \(self.expression($0.value)))" }
                    + (otherwise.map { ["(else \(self.expression($0)))"] } ?? []))
        }
    }

    public static func assignment(_ assignment: Assignment) -> String {
        "\(identifier(assignment.name))=\(expression(assignment.value))"
    }

    public static func column(_ reference: ColumnReference) -> String {
        (reference.table.map { identifier($0) + "." } ?? "") + identifier(reference.column)
    }

    /// Backquoted when the name needed backquotes in the source.
    public static func identifier(_ identifier: Identifier) -> String {
        identifier.isQuoted ? "`\(identifier.name)`" : identifier.name
    }

    public static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    public static func list(_ items: [String]) -> String {
        "(" + items.joined(separator: " ") + ")"
    }
}

extension Statement: CustomStringConvertible {
    /// The S-expression dump of ``SyntaxDump``.
    public var description: String { SyntaxDump.statement(self) }
}

extension Pipeline: CustomStringConvertible {
    public var description: String { SyntaxDump.pipeline(self) }
}

extension Verb: CustomStringConvertible {
    public var description: String { SyntaxDump.verb(self) }
}

extension Expression: CustomStringConvertible {
    public var description: String { SyntaxDump.expression(self) }
}
