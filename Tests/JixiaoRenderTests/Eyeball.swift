import Testing
import JixiaoEngine
@testable import JixiaoRender

@Test func eyeball() {
    print(TableRenderer.render(Fixtures.projects, as: .table, options: RenderOptions()))
    print(TableRenderer.render(Fixtures.projects, as: .table, options: RenderOptions(width: 40)))
    print(TableRenderer.render(Fixtures.projects, as: .table, options: RenderOptions(width: 30)))
    print(TableRenderer.render(Fixtures.numbered(1234), as: .table, options: RenderOptions(width: 60, maxRows: 6)))
    print(TableRenderer.render(Fixtures.numbered(0), as: .table, options: RenderOptions()))
    for f in OutputFormat.allCases where f != .table {
        print(TableRenderer.render(Fixtures.projects, as: f, options: RenderOptions()))
    }
    print(BarChart.render(labels: ["教育局", "交通运输局", "卫健委", "x"], values: [25.2, 12.3, nil, 0.01], options: RenderOptions(width: 50)))
    print(BarChart.render(labels: ["a", "b", "c"], values: [-5, 10, -1.3], options: RenderOptions(width: 50)))
}
