import JixiaoEngine

/// One output format. Each conforming type lives in its own file and is listed in
/// `OutputFormat.writer`.
protocol TableWriter {
    /// Writes all of `table` (or, for drawn formats, what `options` lets fit) into `out`,
    /// calling `out.endRecord()` after each row so long outputs can be streamed.
    static func write(_ table: Table, options: RenderOptions, into out: inout OutputBuffer)
}
