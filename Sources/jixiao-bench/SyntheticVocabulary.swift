/// The words the synthetic documents are made of, modelled on the bundled published forms: county
/// names, the departments every county has, project names, and the indicator tree with the
/// operators, units and targets each kind of 二级指标 typically carries.
enum SyntheticVocabulary {
    /// Syllables that county names are made of; pairs of them plus a suffix give ≈3,000 names.
    static let firstSyllables = Array("安平宁远永昌顺德长乐兴隆清河新华南山东阳西湖北川金川龙泉凤台桃源".map(String.init))
    static let secondSyllables = Array("江城阳山水州丰和泉林川源台溪坪宁安定兴陵乡平桥".map(String.init))
    static let regionSuffixes = ["县", "区", "市"]

    static let departmentKinds = [
        "财政局", "教育局", "卫生健康委员会", "医疗保障局", "民政局", "人力资源和社会保障局", "农业农村局",
        "水利局", "交通运输局", "自然资源局", "生态环境局", "住房和城乡建设局", "文化和旅游局",
        "市场监督管理局", "应急管理局", "公安局", "司法局", "审计局", "统计局", "林业局", "退役军人事务局",
        "科学技术局", "工业和信息化局", "商务局", "发展和改革委员会", "乡村振兴局", "体育局", "档案馆",
        "气象局", "残疾人联合会", "妇女联合会", "共青团委员会", "总工会", "科学技术协会", "红十字会",
        "融媒体中心", "机关事务管理局", "城市管理局", "信访局", "医疗保障事务中心",
    ]

    static let projectSubjects = [
        "城乡居民基本医疗保险", "义务教育", "基层医疗卫生机构", "困难群众救助", "农村饮水安全", "高标准农田建设",
        "道路养护", "污水处理", "森林防火", "耕地保护", "老旧小区改造", "公共文化服务", "全民健身",
        "食品安全监管", "安全生产", "社区矫正", "审计信息化", "统计调查", "退役军人服务", "科技创新",
        "中小企业发展", "电子商务进农村", "乡村振兴衔接", "防汛抗旱", "人工影响天气", "残疾人康复",
        "妇女儿童发展", "青少年活动", "职工帮扶", "应急广播", "机关运行", "网络升级改造", "档案数字化",
        "医保基金监管", "离休人员医药统筹", "物业及办公场地租赁", "党建工作", "信息系统运维", "人才培养",
        "政务服务",
    ]
    static let projectSuffixes = ["经费", "专项资金", "补助资金", "项目", "运行维护费", "建设项目", "工作经费", "购置费"]

    static let contacts = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"].flatMap { surname in
        ["伟", "芳", "娜", "敏", "静", "磊", "强", "军", "洋", "勇"].map { surname + $0 }
    }

    /// One kind of 二级指标: its 一级指标, how often it occurs, its indicator names and targets.
    struct IndicatorKind {
        let level1: String
        let level2: String
        let share: Double
        let names: [String]
        /// Operator, unit and a target range; a 定性 target has no number.
        let targets: [(op: String, unit: String, low: Double, high: Double)]
    }

    static let kinds: [IndicatorKind] = [
        IndicatorKind(
            level1: "产出指标", level2: "数量指标", share: 30,
            names: [
                "服务人次", "补助人数", "培训人次", "检查次数", "购置设备台数", "建设里程", "维修面积", "覆盖村数",
                "发放户数", "开展活动次数", "办公场地面积", "办公人数",
            ],
            targets: [
                ("≥", "人次", 100, 100_000), ("≥", "人", 10, 5_000), ("=", "台", 1, 50),
                ("≥", "次", 2, 50), ("=", "平方米", 100, 5_000), ("≥", "个", 1, 300),
            ]),
        IndicatorKind(
            level1: "产出指标", level2: "质量指标", share: 15,
            names: ["验收合格率", "目标任务完成率", "资金使用合规率", "政策知晓率", "设备完好率", "档案规范率"],
            targets: [("≥", "%", 90, 100), ("=", "%", 100, 100), ("定性", "", 0, 0)]),
        IndicatorKind(
            level1: "产出指标", level2: "时效指标", share: 10,
            names: ["资金拨付及时率", "项目完成时间", "经费支出及时性", "按时完成率"],
            targets: [("≤", "天", 10, 365), ("≥", "%", 95, 100), ("定性", "", 0, 0)]),
        IndicatorKind(
            level1: "产出指标", level2: "成本指标", share: 10,
            names: ["项目总成本", "人均补助标准", "单位建设成本", "物业管理费", "设备购置成本"],
            targets: [("≤", "万元", 1, 3_000), ("≤", "元/人", 50, 5_000)]),
        IndicatorKind(
            level1: "效益指标", level2: "社会效益指标", share: 12,
            names: ["群众生活水平提升", "公共服务能力", "社会保障水平", "保障办公人员工作效率", "政策惠及面"],
            targets: [("定性", "", 0, 0), ("≥", "%", 80, 100)]),
        IndicatorKind(
            level1: "效益指标", level2: "经济效益指标", share: 4,
            names: ["带动就业人数", "农民增收", "节约财政资金"],
            targets: [("≥", "人", 10, 2_000), ("≥", "万元", 5, 1_000)]),
        IndicatorKind(
            level1: "效益指标", level2: "生态效益指标", share: 2,
            names: ["森林覆盖率", "污水处理率", "空气质量优良天数"],
            targets: [("≥", "%", 60, 100), ("≥", "天", 250, 350)]),
        IndicatorKind(
            level1: "效益指标", level2: "可持续影响指标", share: 6,
            names: ["长效管理机制", "建立健全工作保障", "可持续运行年限"],
            targets: [("定性", "", 0, 0), ("≥", "年", 1, 10)]),
        IndicatorKind(
            level1: "满意度指标", level2: "服务对象满意度指标", share: 11,
            names: ["服务对象满意度", "群众满意度", "单位职工满意度", "参保群众满意度"],
            targets: [("≥", "%", 85, 95)]),
    ]

    static let qualitativeTargets = ["优", "良", "明显提升", "有效保障", "逐步完善", "按时完成"]
    static let qualitativeActuals = ["达成预期指标", "优", "良", "基本达成", "明显提升"]
    static let deviations = [
        "资金下达较晚", "受疫情影响", "项目实施进度滞后", "政策调整", "统计口径变化",
        "部分资金未支付", "设备采购延期", "服务对象流动",
    ]
    static let weights: [Double] = [2, 3, 5, 5, 5, 10, 10, 15, 20]
    static let attributes = ["经常性项目", "一次性项目"]
    static let periods = ["1年", "2年", "3年"]
}
