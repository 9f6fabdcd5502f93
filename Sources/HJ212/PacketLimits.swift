/// The sizes an HJ 212 packet may take.
public enum PacketLimits {
    /// HJ 212—2017 §6.3.1: the data segment's length is four decimal digits, so at most 9,999
    /// bytes. (The 2005 edition capped it at 1,024; the 2017 text's own cap could not be checked
    /// here, so the four digits are the bound.)
    public static let maximumSegment = 9_999
    /// `##` + 4 digits + segment + 4 hex digits + CR LF.
    public static let overhead = 2 + 4 + 4 + 2
    public static let maximumPacket = maximumSegment + overhead
}
