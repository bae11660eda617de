extension MachineRoot {
    /// A directory of the machine opened for reading a few attributes in it, not listed
    /// (see `AttributeDirectory`).
    public func attributeDirectory(_ relative: String) throws(FileAccessError) -> AttributeDirectory {
        try AttributeDirectory(root: self, path: relative)
    }
}
