import JixiaoEngine

/// The databases a session has attached, by the name given with `as`.
public struct Attachments {
    private var databases: [String: any AttachedDatabase] = [:]
    public private(set) var names: [String] = []

    public init() {}

    public subscript(name: String) -> (any AttachedDatabase)? { databases[name] }

    public mutating func attach(_ database: any AttachedDatabase, as name: String) {
        if databases[name] == nil { names.append(name) }
        databases[name] = database
    }

    /// False when nothing was attached under `name`.
    @discardableResult
    public mutating func detach(_ name: String) -> Bool {
        guard databases.removeValue(forKey: name) != nil else { return false }
        names.removeAll { $0 == name }
        return true
    }

    /// `pg.projects` → the database `pg` and its table `projects`, when both exist.
    public func resolve(
        _ qualified: String
    ) -> (database: any AttachedDatabase, table: String, columns: [RemoteColumn])? {
        guard let dot = qualified.firstIndex(of: ".") else { return nil }
        let name = String(qualified[..<dot]), table = String(qualified[qualified.index(after: dot)...])
        guard let database = databases[name], let columns = database.columns(of: table) else { return nil }
        return (database, table, columns)
    }

    /// Every attached table as `NAME.TABLE`, for `.tables` and errors.
    public var qualifiedNames: [String] {
        names.flatMap { name in (databases[name]?.tables ?? []).map { "\(name).\($0.name)" } }
    }
}
