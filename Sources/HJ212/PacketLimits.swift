/// The sizes an HJ 212 packet may take.
public enum PacketLimits {
    /// HJ 212—2017 §6.3.1, Table 3: the data segment is 0 to 1,024 characters (as the 2005
    /// edition's); a logger splits longer data into packets (`Flag` bit D, `PNUM`/`PNO`). Checked
    /// against reproductions of Table 3, not the standard's own text. The four length digits
    /// could say 9,999: a packet that claims more than 1,024 is refused as too long.
    public static let maximumSegment = 1_024
    /// `##` + 4 digits + segment + 4 hex digits + CR LF.
    public static let overhead = 2 + 4 + 4 + 2
    public static let maximumPacket = maximumSegment + overhead
}
