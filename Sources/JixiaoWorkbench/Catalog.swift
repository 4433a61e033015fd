import JixiaoEngine

/// The session's named tables, in the order they were created.
public struct Catalog: Sendable {
    private(set) var order: [String] = []
    private var tables: [String: Table] = [:]

    public init() {}

    public var names: [String] { order }

    public subscript(name: String) -> Table? {
        get { tables[name] }
        set {
            if let table = newValue {
                if tables[name] == nil { order.append(name) }
                tables[name] = table
            } else if tables.removeValue(forKey: name) != nil {
                order.removeAll { $0 == name }
            }
        }
    }
}
