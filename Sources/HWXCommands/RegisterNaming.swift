import MMIOCore

/// Hook where register maps plug named targets (`barN/REG.FIELD`, `iomem:NAME/REG`) into
/// the resolver. Without maps, named targets are explained as unavailable.
enum RegisterNaming {
    static func configure(_ resolver: TargetResolver, global: GlobalOptions) -> TargetResolver {
        resolver
    }
}
