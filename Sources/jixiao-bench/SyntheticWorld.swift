/// The fixed cast of the synthetic national collection: regions, their departments and the
/// project names, each already as UTF-8 bytes so the writers only copy.
struct SyntheticWorld {
    typealias Bytes = [UInt8]

    let regions: [Bytes]
    /// Department `d` belongs to region `d / kindsPerRegion`.
    let departments: [Bytes]
    let units: [Bytes]
    let departmentCodes: [Bytes]
    let projectNames: [Bytes]
    let contacts: [Bytes]
    let kindsPerRegion = SyntheticVocabulary.departmentKinds.count

    static let regionCount = 3_000

    init() {
        var rng = SplitMix(seed: 2_024)
        var seen = Set<String>()
        var names: [String] = []
        let v = SyntheticVocabulary.self
        while names.count < Self.regionCount {
            var name =
                v.firstSyllables[rng.below(v.firstSyllables.count)]
                + v.secondSyllables[rng.below(v.secondSyllables.count)]
            if rng.chance(0.3) { name = v.firstSyllables[rng.below(v.firstSyllables.count)] + name }
            name += v.regionSuffixes[rng.weighted([0.7, 0.9, 1.0])]
            if seen.insert(name).inserted { names.append(name) }
        }
        regions = names.map { Array($0.utf8) }
        var departments: [Bytes] = [], units: [Bytes] = []
        for region in names {
            for kind in v.departmentKinds {
                departments.append(Array((region + kind).utf8))
                units.append(Array((region + kind + "本级").utf8))
            }
        }
        self.departments = departments
        self.units = units
        departmentCodes = v.departmentKinds.indices.map { Array(String(201 + $0).utf8) }
        projectNames = v.projectSubjects.flatMap { s in v.projectSuffixes.map { Array((s + $0).utf8) } }
        contacts = v.contacts.map { Array($0.utf8) }
    }
}
