/// `index.html`.
enum IndexTemplate {
    static let text = """
        {{<page}}
        {{$main}}
        <h1>{{heading}}</h1>
        {{#latest}}
        <section>
        <h2>{{latestHeading}}</h2>
        <section class="card" style="background:{{card.background}};color:{{card.foreground}}" aria-label="空气质量指数">
        <div><span class="aqi-label">AQI</span><span class="aqi">{{card.aqiText}}</span></div>
        <div><p class="category">{{card.categoryText}}</p><p>{{card.levelLine}}</p><p>{{card.primaryLine}}</p></div>
        </section>
        <p>{{latestSummary}}</p>
        {{#latestRevision}}
        <p class="note">{{latestRevision}}</p>
        {{/latestRevision}}
        <p><a href="{{latestHref}}">查看日报全文</a> · <a href="{{latestEnglishHref}}" hreflang="en" lang="en">English</a></p>
        </section>
        {{/latest}}
        {{^latest}}
        <p>尚未发布空气质量日报。</p>
        {{/latest}}
        {{#latest}}
        <section>
        <h2>{{stripHeading}}</h2>
        <ol class="strip">
        {{#strip}}
        <li>{{#stripHref}}<a href="{{stripHref}}" title="{{stripTitle}}" style="background:{{stripBackground}};color:{{stripInk}}"><small>{{stripDay}}</small>{{stripAQI}}</a>{{/stripHref}}{{^stripHref}}<span title="{{stripTitle}}" style="background:{{stripBackground}};color:{{stripInk}}"><small>{{stripDay}}</small>{{stripAQI}}</span>{{/stripHref}}</li>
        {{/strip}}
        </ol>
        </section>
        {{/latest}}
        <section>
        <h2>月报</h2>
        <ul class="links">
        {{#months}}
        <li><a href="{{linkHref}}">{{linkText}}</a></li>
        {{/months}}
        </ul>
        <h2>年报</h2>
        <ul class="links">
        {{#years}}
        <li><a href="{{linkHref}}">{{linkText}}</a></li>
        {{/years}}
        </ul>
        <h2>订阅与下载</h2>
        <ul class="links">
        <li><a href="feed.xml">Atom 订阅（feed.xml）</a></li>
        <li><a href="history.csv">历史数据（history.csv）</a></li>
        </ul>
        </section>
        {{/main}}
        {{/page}}

        """
}
