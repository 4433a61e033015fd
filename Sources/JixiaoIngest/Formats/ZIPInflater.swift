// zlib through ZIPFoundation's own module of it (a second module of the same name would clash).
import CZlib
import Foundation

/// The data of one ZIP member expanded: stored members as they are, deflated ones through zlib's
/// raw inflate. The loop ends when the stream ends, when the input is used up without an end
/// (a damaged member), or when the output passes `limit` (a bomb): never by waiting for more.
enum ZIPInflater {
    enum Failure: Error, CustomStringConvertible {
        case tooLarge
        case unsupportedMethod(UInt16)
        case corrupt
        case cutShort

        var description: String {
            switch self {
            case .tooLarge: return "too large"
            case .unsupportedMethod(let m): return "compression method \(m) is not deflate"
            case .corrupt: return "its compressed data is corrupt"
            case .cutShort: return "its compressed data ends before the stream does"
            }
        }
    }

    static let chunk = 64 * 1024

    static func expand(_ input: UnsafeBufferPointer<UInt8>, method: UInt16, limit: Int) -> Result<Data, Failure> {
        switch method {
        case 0:
            return input.count > limit ? .failure(.tooLarge) : .success(Data(input))
        case 8:
            return inflate(input, limit: limit)
        default:
            return .failure(.unsupportedMethod(method))
        }
    }

    private static func inflate(_ input: UnsafeBufferPointer<UInt8>, limit: Int) -> Result<Data, Failure> {
        var stream = z_stream()
        // inflateInit2 is a macro: its function, with the version and size it passes.
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .failure(.corrupt)
        }
        defer { inflateEnd(&stream) }
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: chunk)
        // zlib takes a mutable pointer but does not write through next_in.
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(clamping: input.count)
        while true {
            let result: Int32 = buffer.withUnsafeMutableBufferPointer { space in
                stream.next_out = space.baseAddress
                stream.avail_out = UInt32(space.count)
                return CZlib.inflate(&stream, Z_NO_FLUSH)
            }
            let produced = chunk - Int(stream.avail_out)
            out.append(contentsOf: buffer[0..<produced])
            if out.count > limit { return .failure(.tooLarge) }
            switch result {
            case Z_STREAM_END: return .success(out)
            case Z_OK: continue
            case Z_BUF_ERROR:
                // No progress possible: the input is used up before the stream's end.
                return .failure(.cutShort)
            default: return .failure(.corrupt)
            }
        }
    }

    static func crc32(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return 0 }
            return UInt32(CZlib.crc32(0, base.assumingMemoryBound(to: Bytef.self), uInt(raw.count)))
        }
    }
}
