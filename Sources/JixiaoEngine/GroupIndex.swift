/// Which group each row belongs to, with groups numbered 0..<groupCount in order of first
/// appearance: `Grouping` with its slots renumbered, for operators that index by group
/// (`distinct`, `top … per`, spreading values into columns, joins on several keys).
public struct GroupIndex: Sendable {
    public let groupOfRow: [Int32]
    public let groupCount: Int
    /// The first row of each group, used to emit the key values.
    public let firstRow: [Int32]

    /// Groups rows by the values of `keys` (nulls form a group of their own).
    public static func build(keys: [Column], rowCount: Int) -> GroupIndex {
        let grouping = Grouping.build(keys: keys, rowCount: rowCount)
        guard grouping.slotOfRow != nil || grouping.narrowSlotOfRow != nil else {
            return GroupIndex(
                groupOfRow: [Int32](repeating: 0, count: rowCount), groupCount: 1, firstRow: grouping.firstRow)
        }
        var groupOfSlot = [Int32](repeating: -1, count: grouping.slotCount)
        for (group, slot) in grouping.slotOfGroup.enumerated() { groupOfSlot[Int(slot)] = Int32(group) }
        let groupOfRow = grouping.slots(rowCount: rowCount).map { groupOfSlot[Int($0)] }
        return GroupIndex(groupOfRow: groupOfRow, groupCount: grouping.groupCount, firstRow: grouping.firstRow)
    }
}
