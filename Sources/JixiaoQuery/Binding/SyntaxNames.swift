import JixiaoLanguage

/// The language's expression node, named once for the module: Foundation (imported for regular
/// expressions) has a type of the same name.
public typealias Expression = JixiaoLanguage.Expression
