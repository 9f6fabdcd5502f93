/// The official level texts, copied exactly (aqi-standards.md §2.7), with English renderings.
enum LevelText {
    /// HJ 633—2026 Table 1, 对健康影响情况.
    static let health2026 = [
        "空气质量令人满意，基本无空气污染",
        "空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响",
        "敏感人群症状有轻度加剧，健康人群出现刺激症状",
        "进一步加剧敏感人群症状，可能对健康人群心血管系统、呼吸系统有影响",
        "心血管系统和呼吸系统患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状",
        "健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病",
    ]
    /// HJ 633—2026 Table 1, 建议采取的措施.
    static let measures2026 = [
        "各类人群可正常活动",
        "极少数异常敏感人群应减少户外活动",
        "青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼",
        "青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者避免长时间、高强度的户外锻炼，一般人群适量减少户外运动",
        "青少年儿童、老年人和心血管系统疾病、呼吸系统疾病患者应停留在室内，停止户外运动，一般人群减少户外运动",
        "青少年儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动",
    ]
    /// HJ 633—2012 Table 2, 对健康影响情况 (易感人群; 心脏、呼吸系统).
    static let health2012 = [
        "空气质量令人满意，基本无空气污染",
        "空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响",
        "易感人群症状有轻度加剧，健康人群出现刺激症状",
        "进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响",
        "心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状",
        "健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病",
    ]
    /// HJ 633—2012 Table 2, 建议采取的措施 (the level-4 typo "户外锻练" is the standard's own).
    static let measures2012 = [
        "各类人群可正常活动",
        "极少数异常敏感人群应减少户外活动",
        "儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼",
        "儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动",
        "儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动",
        "儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动",
    ]
    static let healthEnglish = [
        "Air quality is satisfactory and there is essentially no air pollution.",
        "Air quality is acceptable, but some pollutants may slightly affect a very small number of unusually sensitive people.",
        "Symptoms of sensitive people are mildly aggravated; healthy people show signs of irritation.",
        "Symptoms of sensitive people are further aggravated; the heart and lungs of healthy people may be affected.",
        "Symptoms of people with heart or lung disease are markedly aggravated and exercise tolerance falls; healthy people commonly show symptoms.",
        "Exercise tolerance of healthy people falls, with marked symptoms; some illnesses may appear early.",
    ]
    static let measuresEnglish2026 = [
        "Everyone can carry on as usual.",
        "A very small number of unusually sensitive people should reduce outdoor activity.",
        "Children and adolescents, older people and people with heart or lung disease should reduce prolonged or strenuous outdoor exercise.",
        "Children and adolescents, older people and people with heart or lung disease should avoid prolonged or strenuous outdoor exercise; everyone else should cut down on outdoor exercise.",
        "Children and adolescents, older people and people with heart or lung disease should stay indoors and stop outdoor exercise; everyone else should reduce outdoor exercise.",
        "Children and adolescents, older people and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.",
    ]
    static let measuresEnglish2012 = [
        "Everyone can carry on as usual.",
        "A very small number of unusually sensitive people should reduce outdoor activity.",
        "Children, older people and people with heart or respiratory disease should reduce prolonged or strenuous outdoor exercise.",
        "Children, older people and people with heart or respiratory disease should avoid prolonged or strenuous outdoor exercise; everyone else should cut down on outdoor exercise.",
        "Children, older people and people with heart or lung disease should stay indoors and stop outdoor exercise; everyone else should reduce outdoor exercise.",
        "Children, older people and the sick should stay indoors and avoid physical exertion; everyone else should avoid outdoor activity.",
    ]
}
