/// The root `index.html` of a multi-area site.
enum DirectoryTemplate {
    static let text = """
        {{<page}}
        {{$main}}
        <h1>{{heading}}</h1>
        {{#day}}
        <section>
        <h2>{{dayHeading}}</h2>
        <p>{{daySentence}}</p>
        <div class="scroll"><table>
        <thead><tr><th scope="col" class="num">排名</th><th scope="col">城市</th><th scope="col" class="num">AQI</th><th scope="col">级别</th><th scope="col">类别</th><th scope="col">首要污染物</th></tr></thead>
        <tbody>
        {{#dayRows}}
        <tr><td class="num">{{dayRank}}</td><th scope="row"><a href="{{dayHref}}">{{dayName}}</a></th>{{#dayAbsent}}<td colspan="4">{{dayAbsent}}</td>{{/dayAbsent}}{{^dayAbsent}}<td class="num">{{dayAQI}}</td><td>{{dayLevel}}</td><td>{{#daySwatch}}<span class="swatch" style="background:{{daySwatch}}"></span>{{/daySwatch}}{{dayCategory}}</td><td>{{dayPrimary}}</td>{{/dayAbsent}}</tr>
        {{/dayRows}}
        </tbody></table></div>
        <p class="note">{{dayNote}}</p>
        </section>
        {{/day}}
        {{^day}}
        <p>{{nothing}}</p>
        {{/day}}
        {{#month}}
        <section>
        <h2>{{monthHeading}}</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col" class="num">排名</th><th scope="col">城市</th><th scope="col" class="num">综合指数</th><th scope="col">同比变化</th><th scope="col" class="num">优良天数比例</th><th scope="col" class="num">有效天数</th></tr></thead>
        <tbody>
        {{#monthRows}}
        <tr><td class="num">{{monthRank}}</td><th scope="row"><a href="{{monthHref}}">{{monthName}}</a></th><td class="num">{{monthComposite}}</td><td>{{monthChange}}</td><td class="num">{{monthRate}}</td><td class="num">{{monthValid}}</td></tr>
        {{/monthRows}}
        </tbody></table></div>
        {{#monthNotes}}
        <p class="note">{{.}}</p>
        {{/monthNotes}}
        </section>
        {{/month}}
        {{/main}}
        {{/page}}

        """
}
