/// Inline SVG charts (no script, no external files), each with a title and a description as its
/// text alternative.
enum ChartTemplates {
    static let hourly = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="{{viewBox}}" role="img" aria-labelledby="hourly-title hourly-desc">
        <title id="hourly-title">{{chartTitle}}</title>
        <desc id="hourly-desc">{{chartDesc}}</desc>
        {{#bands}}
        <rect x="{{plotLeft}}" y="{{bandY}}" width="{{bandWidth}}" height="{{bandHeight}}" fill="{{bandFill}}" fill-opacity="0.28"/>
        {{/bands}}
        {{#gaps}}
        <rect x="{{gapX}}" y="{{gapTop}}" width="{{gapWidth}}" height="{{gapHeight}}" fill="#FFFFFF" fill-opacity="0.75"/>
        <text x="{{gapTextX}}" y="{{gapTextY}}" text-anchor="middle">NA</text>
        {{/gaps}}
        <line x1="{{plotLeft}}" y1="{{plotBottom}}" x2="{{plotRight}}" y2="{{plotBottom}}" stroke="#555"/>
        {{#yTicks}}
        <text x="{{tickX}}" y="{{tickY}}" text-anchor="end">{{tickLabel}}</text>
        {{/yTicks}}
        {{#xTicks}}
        <text x="{{tickX}}" y="{{tickY}}" text-anchor="middle">{{tickLabel}}</text>
        {{/xTicks}}
        {{#lines}}
        <polyline points="{{linePoints}}" fill="none" stroke="#333" stroke-width="2" stroke-linejoin="round"/>
        {{/lines}}
        {{#dots}}
        <circle cx="{{dotX}}" cy="{{dotY}}" r="5" fill="{{dotFill}}" stroke="#333" stroke-width="1.5"><title>{{dotLabel}}</title></circle>
        {{/dots}}
        </svg>

        """

    static let calendar = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="{{calViewBox}}" role="img" aria-labelledby="calendar-title calendar-desc">
        <title id="calendar-title">{{calTitle}}</title>
        <desc id="calendar-desc">{{calDesc}}</desc>
        {{#weekdays}}
        <text x="{{tickX}}" y="{{tickY}}" text-anchor="middle">{{tickLabel}}</text>
        {{/weekdays}}
        {{#cells}}
        <a href="{{cellHref}}"><title>{{cellTitle}}</title><rect x="{{cellX}}" y="{{cellY}}" width="{{cellSize}}" height="{{cellSize}}" rx="6" fill="{{cellFill}}" stroke="{{cellStroke}}"/><text x="{{dayX}}" y="{{dayY}}" font-size="11" fill="{{cellInk}}">{{dayLabel}}</text><text x="{{aqiX}}" y="{{aqiY}}" text-anchor="middle" font-size="16" font-weight="700" fill="{{cellInk}}">{{aqiLabel}}</text></a>
        {{/cells}}
        {{#emptyCells}}
        <g><title>{{cellTitle}}</title><rect x="{{cellX}}" y="{{cellY}}" width="{{cellSize}}" height="{{cellSize}}" rx="6" fill="#ffffff" stroke="#b8bec4" stroke-dasharray="4 3"/><text x="{{dayX}}" y="{{dayY}}" font-size="11" fill="#777">{{dayLabel}}</text></g>
        {{/emptyCells}}
        </svg>

        """

    static let monthBars = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="{{barsViewBox}}" role="img" aria-labelledby="bars-title bars-desc">
        <title id="bars-title">{{barsTitle}}</title>
        <desc id="bars-desc">{{barsDesc}}</desc>
        {{#gridlines}}
        <line x1="{{gridLeft}}" y1="{{gridY}}" x2="{{gridRight}}" y2="{{gridY}}" stroke="#d5d9dd"/>
        <text x="{{gridLabelX}}" y="{{gridLabelY}}" text-anchor="end">{{gridLabel}}</text>
        {{/gridlines}}
        {{#segments}}
        <rect x="{{segX}}" y="{{segY}}" width="{{segWidth}}" height="{{segHeight}}" fill="{{segFill}}" stroke="#555" stroke-width="0.5"><title>{{segTitle}}</title></rect>
        {{/segments}}
        {{#monthLabels}}
        <text x="{{tickX}}" y="{{tickY}}" text-anchor="middle">{{tickLabel}}</text>
        {{/monthLabels}}
        </svg>

        """
}
