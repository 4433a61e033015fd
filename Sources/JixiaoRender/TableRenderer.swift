import JixiaoEngine

/// The entry point the workbench calls to turn a result table into text.
public enum TableRenderer {
    /// `table` written in `format`. The text ends with a newline (JSONL with no rows is empty).
    public static func render(_ table: Table, as format: OutputFormat, options: RenderOptions) -> String {
        var out = OutputBuffer(reserving: estimatedSize(table, format))
        format.writer.write(table, options: options, into: &out)
        return out.text
    }

    /// Writes `table` in `format` as UTF-8 chunks handed to `sink`, so that saving a large table
    /// never holds the whole file in memory. The chunks concatenated equal `render`'s text.
    public static func write(
        _ table: Table, as format: OutputFormat, options: RenderOptions, to sink: ([UInt8]) -> Void
    ) {
        withoutActuallyEscaping(sink) { sink in
            var out = OutputBuffer(sink: sink)
            format.writer.write(table, options: options, into: &out)
            out.finish()
        }
    }

    /// A rough guess so that big exports do not regrow their buffer many times.
    private static func estimatedSize(_ table: Table, _ format: OutputFormat) -> Int {
        if format == .table { return 8192 }
        return min(table.rowCount, 1 << 22) * max(1, table.columnCount) * 8
    }
}
