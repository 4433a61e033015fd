import JixiaoEngine
import JixiaoRender

/// `.schema [TABLE]`: columns with their types and the Chinese labels they answer to.
enum SchemaCommand {
    static let command = DotCommand(
        name: "schema", usage: ".schema [TABLE]", summary: "show the columns of a table (or of every table)"
    ) { session, argument, _ in
        let names = argument.isEmpty ? session.catalog.names + session.attachments.qualifiedNames : [argument]
        for name in names {
            let table = try session.schemaTable(named: name)
            var builder = (
                name: ColumnBuilder(type: .string), type: ColumnBuilder(type: .string),
                nulls: ColumnBuilder(type: .integer), aliases: ColumnBuilder(type: .string)
            )
            for (field, column) in zip(table.fields, table.columns) {
                builder.name.append(string: field.name)
                builder.type.append(string: column.type.rawValue)
                builder.nulls.append(integer: Int64(column.nullCount))
                builder.aliases.append(string: field.aliases.isEmpty ? nil : field.aliases.joined(separator: " "))
            }
            let schema = Table([
                ("column", builder.name.build()), ("type", builder.type.build()),
                ("nulls", builder.nulls.build()), ("also_called", builder.aliases.build()),
            ])
            if names.count > 1 { session.output.write("\(name) (\(table.rowCount) rows)\n") }
            var options = session.displayOptions()
            options.maxRows = Int.max
            session.output.write(TableRenderer.render(schema, as: session.settings.format, options: options))
        }
    }
}
