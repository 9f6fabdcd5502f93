/// The daily bulletin page (HJ 633—2026 §5.1, Tables 4–5), both languages.
enum BulletinTemplate {
    static let text = """
        {{<page}}
        {{$main}}
        {{#banner}}
        <p class="banner">{{bannerText}} <a href="{{bannerHref}}">{{bannerLink}}</a></p>
        {{/banner}}
        <h1>{{heading}}</h1>
        <p class="period">{{periodText}}</p>
        <section class="card" style="background:{{card.background}};color:{{card.foreground}}" aria-label="{{l.summary}}">
        <div><span class="aqi-label">AQI</span><span class="aqi">{{card.aqiText}}</span></div>
        <div><p class="category">{{card.categoryText}}</p><p>{{card.levelLine}}</p><p>{{card.primaryLine}}</p></div>
        </section>
        {{#cityNotes}}
        <p class="na-note">{{.}}</p>
        {{/cityNotes}}
        <section>
        <h2>{{l.healthHeading}}</h2>
        {{#advice}}
        <dl class="advice"><dt>{{l.healthEffect}}</dt><dd>{{health}}</dd><dt>{{l.measures}}</dt><dd>{{measures}}</dd></dl>
        {{/advice}}
        {{^advice}}
        <p>{{l.adviceNA}}</p>
        {{/advice}}
        {{#showSensitive}}
        <h3>{{l.sensitiveHeading}}</h3>
        {{#hasSensitiveRows}}
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{l.sensitivePollutant}}</th><th scope="col">{{l.sensitiveGroups}}</th></tr></thead>
        <tbody>
        {{#sensitiveRows}}
        <tr><td>{{sensitivePollutants}}</td><td>{{sensitiveText}}</td></tr>
        {{/sensitiveRows}}
        </tbody></table></div>
        {{/hasSensitiveRows}}
        {{^hasSensitiveRows}}
        <p>{{l.sensitiveNone}}</p>
        {{/hasSensitiveRows}}
        {{/showSensitive}}
        {{#exceedingText}}
        <p>{{exceedingText}}</p>
        {{/exceedingText}}
        </section>
        <section>
        <h2>{{l.indicatorsHeading}}</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{l.indicator}}</th><th scope="col" class="num">{{l.concentration}}</th><th scope="col" class="num">{{l.iaqi}}</th><th scope="col">{{l.validHours}}</th></tr></thead>
        <tbody>
        {{#indicatorRows}}
        <tr><th scope="row">{{rowName}}</th><td class="num">{{rowConcentration}} <small class="unit">{{rowUnit}}</small></td><td class="num">{{rowIAQI}}</td><td>{{rowValid}}</td></tr>
        {{#rowReasonLine}}
        <tr class="reason-row"><td colspan="4">{{rowReasonLine}}</td></tr>
        {{/rowReasonLine}}
        {{/indicatorRows}}
        </tbody></table></div>
        </section>
        <section>
        <h2>{{l.hourlyHeading}}</h2>
        <div class="chart hourly">
        {{#chart}}
        {{>hourlyChart}}
        {{/chart}}
        </div>
        <details><summary>{{l.hourlyTable}}</summary>
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{l.hour}}</th><th scope="col" class="num">AQI</th><th scope="col">{{l.category}}</th><th scope="col">{{l.primary}}</th></tr></thead>
        <tbody>
        {{#hourRows}}
        <tr><th scope="row">{{hourLabel}}</th><td class="num">{{hourAQI}}</td><td>{{#hourSwatch}}<span class="swatch" style="background:{{hourSwatch}}"></span>{{/hourSwatch}}{{hourCategory}}</td><td>{{hourPrimary}}</td></tr>
        {{/hourRows}}
        </tbody></table></div>
        </details>
        </section>
        {{#hasStations}}
        <section>
        <h2>{{l.stationsHeading}}</h2>
        <div class="scroll"><table>
        <thead><tr><th scope="col">{{l.station}}</th><th scope="col" class="num">AQI</th><th scope="col">{{l.level}}</th><th scope="col">{{l.category}}</th><th scope="col">{{l.primary}}</th><th scope="col">{{l.validHours}}</th></tr></thead>
        <tbody>
        {{#stationRows}}
        <tr><th scope="row">{{stationName}} <span class="note">{{stationCode}}{{#stationKind}} · {{stationKind}}{{/stationKind}}</span></th><td class="num">{{stationAQI}}</td><td>{{stationLevel}}</td><td>{{#stationSwatch}}<span class="swatch" style="background:{{stationSwatch}}"></span>{{/stationSwatch}}{{stationCategory}}</td><td>{{stationPrimary}}</td><td>{{stationValid}}</td></tr>
        {{/stationRows}}
        </tbody></table></div>
        {{#stationNotes}}
        <p class="note">{{.}}</p>
        {{/stationNotes}}
        </section>
        {{/hasStations}}
        <section>
        <h2>{{l.aboutHeading}}</h2>
        <dl class="meta">
        {{#about}}
        <dt>{{metaTerm}}</dt><dd>{{metaValue}}</dd>
        {{/about}}
        </dl>
        <h3>{{l.revisionsHeading}}</h3>
        <ul class="revisions">
        {{#revisionRows}}
        <li>{{#revisionHref}}<a href="{{revisionHref}}">{{revisionLabel}}</a>{{/revisionHref}}{{^revisionHref}}<strong>{{revisionLabel}}</strong>{{/revisionHref}} · {{revisionTime}}{{#revisionNote}} · {{revisionNote}}{{/revisionNote}}</li>
        {{/revisionRows}}
        </ul>
        <p>{{l.downloads}}{{#downloads}} <a href="{{linkHref}}">{{linkText}}</a>{{/downloads}}</p>
        <p class="note">{{l.notesText}}</p>
        </section>
        {{/main}}
        {{/page}}

        """
}
