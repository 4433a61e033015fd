import CPostgres
import Foundation

/// libpq's functions, found with `dlopen` on the first `attach`.
///
/// Linking libpq would load it and some twenty libraries it needs (Kerberos, LDAP, TLS) in every
/// start of jixiao, about 12 ms; start-up must stay under 50 ms, and most sessions never attach.
/// The header still gives the types; the functions come from here. Immutable once loaded.
struct LibPQ: @unchecked Sendable {
    typealias Conn = OpaquePointer?
    typealias Result = OpaquePointer?
    typealias Text = UnsafePointer<CChar>?

    let PQconnectdb: @convention(c) (Text) -> OpaquePointer?
    let PQstatus: @convention(c) (Conn) -> ConnStatusType
    let PQerrorMessage: @convention(c) (Conn) -> Text
    let PQfinish: @convention(c) (Conn) -> Void
    let PQsetNoticeProcessor: @convention(c) (Conn, PQnoticeProcessor?, UnsafeMutableRawPointer?) -> PQnoticeProcessor?
    let PQexec: @convention(c) (Conn, Text) -> OpaquePointer?
    let PQresultStatus: @convention(c) (Result) -> ExecStatusType
    let PQclear: @convention(c) (Result) -> Void
    let PQputCopyData: @convention(c) (Conn, Text, Int32) -> Int32
    let PQputCopyEnd: @convention(c) (Conn, Text) -> Int32
    let PQgetResult: @convention(c) (Conn) -> OpaquePointer?
    let PQreset: @convention(c) (Conn) -> Void
    let PQsendQueryParams:
        @convention(c) (
            Conn, Text, Int32, UnsafePointer<Oid>?, UnsafePointer<Text>?,
            UnsafePointer<Int32>?, UnsafePointer<Int32>?, Int32
        ) -> Int32
    let PQisBusy: @convention(c) (Conn) -> Int32
    let PQsocket: @convention(c) (Conn) -> Int32
    let PQconsumeInput: @convention(c) (Conn) -> Int32
    let PQgetCancel: @convention(c) (Conn) -> OpaquePointer?
    let PQcancel: @convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>?, Int32) -> Int32
    let PQfreeCancel: @convention(c) (OpaquePointer?) -> Void
    let PQresultErrorMessage: @convention(c) (Result) -> Text
    let PQntuples: @convention(c) (Result) -> Int32
    let PQnfields: @convention(c) (Result) -> Int32
    let PQfname: @convention(c) (Result, Int32) -> Text
    let PQftype: @convention(c) (Result, Int32) -> Oid
    let PQgetisnull: @convention(c) (Result, Int32, Int32) -> Int32
    let PQgetvalue: @convention(c) (Result, Int32, Int32) -> Text

    /// Loaded once, on first use; the failure (no libpq installed) is kept and rethrown.
    static let shared: Swift.Result<LibPQ, RemoteError> = load()

    static func get() throws -> LibPQ { try shared.get() }

    private static func load() -> Swift.Result<LibPQ, RemoteError> {
        let candidates = ["libpq.so.5", "libpq.so", "libpq.5.dylib", "/opt/homebrew/opt/libpq/lib/libpq.5.dylib"]
        guard let handle = candidates.lazy.compactMap({ dlopen($0, RTLD_NOW | RTLD_LOCAL) }).first else {
            return .failure(
                .connection("cannot load libpq, PostgreSQL's client library: install libpq5 (Scripts/setup does)"))
        }
        func symbol<T>(_ name: String, _: T.Type = T.self) throws(RemoteError) -> T {
            guard let pointer = dlsym(handle, name) else { throw .connection("libpq lacks \(name)") }
            return unsafeBitCast(pointer, to: T.self)
        }
        do {
            return .success(
                LibPQ(
                    PQconnectdb: try symbol("PQconnectdb"), PQstatus: try symbol("PQstatus"),
                    PQerrorMessage: try symbol("PQerrorMessage"), PQfinish: try symbol("PQfinish"),
                    PQsetNoticeProcessor: try symbol("PQsetNoticeProcessor"), PQexec: try symbol("PQexec"),
                    PQresultStatus: try symbol("PQresultStatus"), PQclear: try symbol("PQclear"),
                    PQputCopyData: try symbol("PQputCopyData"), PQputCopyEnd: try symbol("PQputCopyEnd"),
                    PQgetResult: try symbol("PQgetResult"), PQreset: try symbol("PQreset"),
                    PQsendQueryParams: try symbol("PQsendQueryParams"), PQisBusy: try symbol("PQisBusy"),
                    PQsocket: try symbol("PQsocket"), PQconsumeInput: try symbol("PQconsumeInput"),
                    PQgetCancel: try symbol("PQgetCancel"), PQcancel: try symbol("PQcancel"),
                    PQfreeCancel: try symbol("PQfreeCancel"), PQresultErrorMessage: try symbol("PQresultErrorMessage"),
                    PQntuples: try symbol("PQntuples"), PQnfields: try symbol("PQnfields"),
                    PQfname: try symbol("PQfname"),
                    PQftype: try symbol("PQftype"), PQgetisnull: try symbol("PQgetisnull"),
                    PQgetvalue: try symbol("PQgetvalue")))
        } catch {
            return .failure(error)
        }
    }
}
