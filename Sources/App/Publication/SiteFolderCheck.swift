import Foundation

/// The site folder can be made where the configuration puts it: checked with the configuration,
/// before any fetch, so that a path through a file fails at once (exit 2) and not after the
/// morning's fetch and commit.
public enum SiteFolderCheck {
    /// Why `site` cannot be a folder, or nil: the nearest part of the path that exists must be a
    /// folder (the rest is created).
    public static func problem(_ site: String) -> String? {
        var path = URL(fileURLWithPath: site).standardizedFileURL
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) {
            let parent = path.deletingLastPathComponent()
            guard parent.path != path.path else { return nil }
            path = parent
        }
        guard isDirectory.boolValue else {
            return path.path == URL(fileURLWithPath: site).standardizedFileURL.path
                ? "the site folder \(site) is a file; set [paths] site (or --site) to a folder"
                : "the site folder \(site) cannot be created: \(path.path) is a file, not a folder; set [paths] site (or --site) to a folder"
        }
        return nil
    }
}
