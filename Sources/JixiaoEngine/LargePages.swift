import Foundation

/// Asks the kernel to back a large buffer with 2 MiB pages before it is first written.
///
/// On this kind of machine (a virtual machine, transparent huge pages on request only) each
/// first touch of a 4 KiB page costs microseconds: filling a gigabyte of fresh column arrays
/// page by page took seconds of kernel time, far more than the copying itself. With the
/// request the same buffer takes one fault per 2 MiB. Only the 2 MiB-aligned middle of the
/// buffer is advised, so no neighbouring allocation is affected; a refusal changes nothing.
public enum LargePages {
    /// Below this, the faults cost too little to be worth a system call.
    public static let minimumBytes = 4 << 20
    static let hugePage = 2 << 20

    public static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard buffer.count >= minimumBytes, let base = buffer.baseAddress else { return }
        let start = (UInt(bitPattern: base) + UInt(hugePage - 1)) & ~UInt(hugePage - 1)
        let end = (UInt(bitPattern: base) + UInt(buffer.count)) & ~UInt(hugePage - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, Int(end - start), MADV_HUGEPAGE)
        #endif
    }

    /// `advise` for the storage of an array about to be filled in place.
    public static func advise<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
        advise(UnsafeMutableRawBufferPointer(buffer))
    }
}
