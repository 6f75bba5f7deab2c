/// A large value stored once on the heap and shared by copies until one of them changes it.
///
/// The resolved model is made of value types, and some are large: a channel's spec holds its
/// axis, legend, scale and conditions (2 KB), so a layer with a dozen channels was 33 KB, moved
/// byte by byte at every copy (a tenth of a gallery batch's CPU went to memmove). Behind this
/// wrapper a copy is a reference; a write to a shared value copies it first, so value semantics
/// are kept.
@propertyWrapper
public struct CopyOnWrite<Value: Sendable>: Sendable {
    private final class Box: @unchecked Sendable {
        // Only written while uniquely referenced (see wrappedValue's setter), so never while
        // another thread can read it.
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    public init(wrappedValue: Value) { box = Box(wrappedValue) }

    public var wrappedValue: Value {
        get { box.value }
        set {
            if isKnownUniquelyReferenced(&box) { box.value = newValue } else { box = Box(newValue) }
        }
    }
}
