/// The month and year pages, sharing the `period` block (days, levels, values).
enum PeriodTemplate {
    static let text = """
        <p>{{sentence}}</p>
        <div class="stats">
        {{#tiles}}
        <div><b>{{tileValue}}</b><span>{{tileLabel}}</span></div>
        {{/tiles}}
        </div>
        <div class="scroll"><table>
        <caption>{{blockTitle}} 各级别天数</caption>
        <thead><tr><th scope="col">级别 类别</th><th scope="col" class="num">天数</th><th scope="col" class="num">占有效天数</th></tr></thead>
        <tbody>
        {{#levelRows}}
        <tr><th scope="row"><span class="swatch" style="background:{{levelSwatch}}"></span>{{levelName}}</th><td class="num">{{levelDays}}</td><td class="num">{{levelShare}}</td></tr>
        {{/levelRows}}
        </tbody></table></div>
        <div class="scroll"><table>
        <caption>{{blockTitle}} 污染物浓度</caption>
        <thead><tr><th scope="col">项目</th><th scope="col" class="num">浓度</th><th scope="col" class="num">有效日数/要求</th></tr></thead>
        <tbody>
        {{#valueRows}}
        <tr><th scope="row">{{valueName}}</th><td class="num">{{valueText}} <small class="unit">{{valueUnit}}</small></td><td class="num">{{valueDays}}</td></tr>
        {{#valueNote}}
        <tr class="reason-row"><td colspan="3">{{valueNote}}</td></tr>
        {{/valueNote}}
        {{/valueRows}}
        </tbody></table></div>
        {{#compositeText}}
        <p>{{compositeText}}</p>
        {{/compositeText}}

        """

    static let polluted = """
        <section>
        <h2>污染天</h2>
        {{#hasPolluted}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">日期</th><th scope="col" class="num">AQI</th><th scope="col">类别</th><th scope="col">首要污染物</th><th scope="col">浓度</th></tr></thead>
        <tbody>
        {{#pollutedRows}}
        <tr><th scope="row"><a href="{{pollutedHref}}">{{pollutedDate}}</a></th><td class="num">{{pollutedAQI}}</td><td><span class="swatch" style="background:{{pollutedSwatch}}"></span>{{pollutedCategory}}</td><td>{{pollutedPrimary}}</td><td>{{pollutedConcentration}}</td></tr>
        {{/pollutedRows}}
        </tbody></table></div>
        {{/hasPolluted}}
        {{^hasPolluted}}
        <p>{{pollutedNone}}</p>
        {{/hasPolluted}}
        </section>

        """

    static let month = """
        {{<page}}
        {{$main}}
        <h1>{{heading}}</h1>
        {{#stationNames}}
        <p class="period">评价点位：{{stationNames}}</p>
        {{/stationNames}}
        <section>
        <h2>{{month.blockTitle}}</h2>
        {{#month}}
        {{>period}}
        {{/month}}
        </section>
        <section>
        <h2>逐日空气质量</h2>
        <div class="chart calendar">
        {{#calendar}}
        {{>calendar}}
        {{/calendar}}
        </div>
        </section>
        {{>polluted}}
        <section>
        <h2>{{yearToDate.blockTitle}}</h2>
        {{#yearToDate}}
        {{>period}}
        {{/yearToDate}}
        </section>
        <p class="note">评价依据：{{standards}}。月均浓度为各日日均值（O3 为日最大8小时平均）的算术平均；CO 和 O3 按国家月报口径给出第95、第90百分位数；浓度按 GB/T 8170 修约。</p>
        {{/main}}
        {{/page}}

        """

    static let year = """
        {{<page}}
        {{$main}}
        <h1>{{heading}}</h1>
        <section>
        <h2>{{year.blockTitle}}全年</h2>
        {{#year}}
        {{>period}}
        {{/year}}
        </section>
        <section>
        <h2>逐月各级别天数</h2>
        <div class="chart">
        {{#bars}}
        {{>monthBars}}
        {{/bars}}
        </div>
        <div class="scroll"><table>
        <thead><tr><th scope="col">月份</th><th scope="col" class="num">有效天数</th><th scope="col" class="num">优良天数</th><th scope="col" class="num">优良天数比例</th><th scope="col" class="num">PM2.5</th><th scope="col" class="num">PM10</th><th scope="col" class="num">O3 第90百分位数</th></tr></thead>
        <tbody>
        {{#monthRows}}
        <tr><th scope="row"><a href="{{monthHref}}">{{monthName}}</a></th><td class="num">{{monthValid}}</td><td class="num">{{monthGood}}</td><td class="num">{{monthRate}}</td><td class="num">{{monthPM25}}</td><td class="num">{{monthPM10}}</td><td class="num">{{monthO3}}</td></tr>
        {{/monthRows}}
        </tbody></table></div>
        <p class="note">浓度单位 µg/m³。</p>
        </section>
        {{#comparisonTitle}}
        <section>
        <h2>{{comparisonTitle}}</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">项目</th><th scope="col" class="num">本年</th><th scope="col" class="num">上年同期</th><th scope="col">变化</th></tr></thead>
        <tbody>
        {{#comparisonRows}}
        <tr><th scope="row">{{comparisonName}}</th><td class="num">{{comparisonThis}}</td><td class="num">{{comparisonLast}}</td><td>{{comparisonChange}}</td></tr>
        {{/comparisonRows}}
        </tbody></table></div>
        </section>
        {{/comparisonTitle}}
        {{>polluted}}
        {{/main}}
        {{/page}}

        """
}
