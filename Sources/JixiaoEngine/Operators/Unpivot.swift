/// Each row becomes one row per listed column: the other columns repeat, a name column holds
/// the listed column's name and a value column its value (in one type wide enough for all).
///
/// Columnar: the listed columns are concatenated once and gathered into row order; the name
/// column is dictionary codes over the listed names.
public struct Unpivot: Sendable {
    public let columns: [Int]
    public let nameColumn: String
    public let valueColumn: String
    public let valueType: DataType

    public init(columns: [Int], nameColumn: String, valueColumn: String, valueType: DataType) {
        self.columns = columns
        self.nameColumn = nameColumn
        self.valueColumn = valueColumn
        self.valueType = valueType
    }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        let n = input.rowCount, k = columns.count
        let kept = (0..<input.columnCount).filter { !columns.contains($0) }
        // Output row r * k + j is row r of the kept columns and of listed column j.
        var repeated = Selection()
        repeated.reserveCapacity(n * k)
        var interleaved = Selection()
        interleaved.reserveCapacity(n * k)
        var names = StringDictionaryBuilder()
        let codeOfListed = columns.map { names.code(for: input.fields[$0].name) }
        var nameCodes: [UInt32] = []
        nameCodes.reserveCapacity(n * k)
        for r in 0..<n {
            for j in 0..<k {
                repeated.append(Int32(r))
                interleaved.append(Int32(j * n + r))
                nameCodes.append(codeOfListed[j])
            }
        }
        var stacked: Column?
        var stackedCount = 0
        for i in columns {
            let column = input.columns[i].converted(to: valueType)
            stacked = stacked.map { Column.concatenate($0, stackedCount, column, n) } ?? column
            stackedCount += n
        }
        var fields = kept.map { input.fields[$0] }
        var output = kept.map { input.columns[$0].gather(repeated) }
        fields.append(Field(nameColumn))
        fields.append(Field(valueColumn))
        output.append(Column(.string(codes: nameCodes, dictionary: names.build()), validity: nil))
        output.append(stacked.map { $0.gather(interleaved) } ?? .nulls(count: 0, type: valueType))
        context.addProgress(rows: n)
        return Table(fields: fields, columns: output, rowCount: n * k)
    }
}
