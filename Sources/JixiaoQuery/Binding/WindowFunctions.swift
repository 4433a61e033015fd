/// The functions only a windowed `derive … per … by …` knows, with their help.
public enum WindowFunctions {
    public struct Entry: Sendable {
        public let name: String
        public let summary: String
        public let example: String
    }

    public static let all: [Entry] = [
        Entry(
            name: "row_number", summary: "row_number(): the row's place in its partition, from 1",
            example:
                "indicators | derive n = row_number() per project by -weight | where n = 1 | select project, name, weight"
        ),
        Entry(
            name: "rank", summary: "rank(): 1 + the rows before it in order; ties share a rank, then a gap",
            example:
                "projects | derive r = rank() per department by -budget_total | select department, name, budget_total, r"
        ),
        Entry(
            name: "dense_rank", summary: "dense_rank(): like rank(), without gaps after ties",
            example:
                "indicators | derive r = dense_rank() per project by -weight | select project, name, weight, r | take 8"
        ),
        Entry(
            name: "percent_rank", summary: "percent_rank(): (rank - 1) / (rows in the partition - 1), 0 for one row",
            example: "projects | derive p = percent_rank() by budget_total | select name, budget_total, p"),
        Entry(
            name: "ntile", summary: "ntile(n): the bucket from 1 to n of equal size (the first ones larger by one)",
            example: "projects | derive quartile = ntile(4) by budget_total | select name, budget_total, quartile"),
        Entry(
            name: "lag", summary: "lag(x [, n [, default]]): x of the row n before in the partition (default: null)",
            example:
                "projects | derive before = lag(budget_total, 1, 0) per department by year | select department, year, budget_total, before"
        ),
        Entry(
            name: "lead", summary: "lead(x [, n [, default]]): x of the row n after in the partition",
            example:
                "projects | derive after = lead(name) per department by name | select department, name, after | take 5"),
        Entry(
            name: "first", summary: "first(x) in a window: the partition's first x in order, nulls skipped",
            example: "indicators | derive top = first(name) per project by -weight | select project, name, top | take 5"
        ),
        Entry(
            name: "last", summary: "last(x) in a window: the partition's last x in order, nulls skipped",
            example:
                "indicators | derive bottom = last(name) per project by -weight | select project, name, bottom | take 5"
        ),
    ]

    public static func named(_ name: String) -> Entry? { all.first { $0.name == name } }
}
