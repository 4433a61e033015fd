import Testing
import JixiaoDomain
@testable import JixiaoIngest

@Suite struct LayoutDetectionTests {
    @Test(arguments: [
        (SeedFixtures.declaration, DocumentKind.declaration), (SeedFixtures.approval, .approval),
        (SeedFixtures.target, .target), (SeedFixtures.selfEvaluation, .selfEvaluation),
    ])
    func eachSeedIsRecognisedFromItsContentNotItsName(_ pair: (String, DocumentKind)) throws {
        let text = try SeedFixtures.text(pair.0)
        #expect(LayoutRegistry.detect(SourceText(text))?.kind == pair.1)
        let load = try DocumentImporter.load(text: text, source: "renamed.csv", options: LoadOptions())
        #expect(load.projects.string("doc_kind", row: 0) == pair.1.rawValue)
        #expect(load.projects.string("source", row: 0) == "renamed.csv")
    }

    @Test func theRegistryListsEveryLayoutOnce() {
        #expect(Set(LayoutRegistry.all.map { $0.kind }) == Set(DocumentKind.allCases))
        #expect(LayoutRegistry.all.count == DocumentKind.allCases.count)
    }
}
