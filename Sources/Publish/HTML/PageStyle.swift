/// The one stylesheet every page inlines: system fonts only (no web fonts), readable at 390 px,
/// tables that scroll sideways instead of squeezing, the level colours from the data.
enum PageStyle {
    static let css = """
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font:16px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;color:#1b1b1b;background:#fff}
        a{color:#0a5a8a}
        .wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
        header.site{background:#0b4f6c;color:#fff}
        header.site .wrap{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;padding:.6rem 1rem}
        header.site a{color:#fff;text-decoration:none}
        header.site .home{font-weight:700}
        header.site nav a{margin-left:1rem;text-decoration:underline}
        footer.site{margin-top:2.5rem;border-top:1px solid #d5d9dd;background:#f4f6f8;color:#444;font-size:.875rem}
        footer.site .wrap{padding:1rem}
        h1{font-size:1.65rem;line-height:1.3;margin:1.4rem 0 .25rem}
        h2{font-size:1.2rem;line-height:1.35;margin:2rem 0 .7rem;padding-bottom:.25rem;border-bottom:2px solid #d5d9dd}
        h3{font-size:1.05rem;margin:1.2rem 0 .5rem}
        p{margin:.4rem 0}
        .period{color:#444;margin:0 0 1rem}
        .banner{background:#fff4d6;border:1px solid #e0b44c;border-radius:.4rem;padding:.6rem .9rem}
        .card{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.75rem;padding:1rem 1.25rem;border-radius:.75rem;border:1px solid rgba(0,0,0,.15)}
        .card .aqi-label{display:block;font-size:.875rem;font-weight:600;letter-spacing:.05em}
        .card .aqi{display:block;font-size:3.4rem;font-weight:800;line-height:1}
        .card .category{font-size:1.6rem;font-weight:700;line-height:1.2;margin:0}
        .card p{margin:.1rem 0}
        .na-note{color:#444;font-size:.9rem}
        dl.advice{margin:0}
        dl.advice dt{font-weight:700;margin-top:.5rem}
        dl.advice dd{margin:0 0 .3rem}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
        dl.meta dt{font-weight:600;color:#444}
        dl.meta dd{margin:0;overflow-wrap:anywhere}
        .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
        table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border-bottom:1px solid #dde1e4;padding:.45rem .5rem;text-align:left;vertical-align:top}
        thead th{background:#f4f6f8;font-weight:600;white-space:nowrap}
        .num{text-align:right;white-space:nowrap}
        td.reason{color:#555;font-size:.875rem;min-width:9rem}
        tr.reason-row td{color:#444;font-size:.875rem;background:#fafbfc;padding-top:.2rem}
        .swatch{display:inline-block;width:.85em;height:.85em;margin-right:.35em;border-radius:.2em;border:1px solid rgba(0,0,0,.35);vertical-align:-.05em}
        .note{color:#555;font-size:.875rem}
        .chart{margin:.5rem 0}
        .chart svg{display:block;width:100%;height:auto;max-width:48rem}
        .chart text{font-size:15px;fill:#333}
        .chart.hourly text{font-size:18px}
        .chart.calendar svg{max-width:25rem}
        th[scope=row]{min-width:6.5em}
        small.unit{color:#555;font-size:.75em}
        details{margin:.6rem 0}
        summary{cursor:pointer;color:#0a5a8a}
        ul.revisions{padding-left:1.2rem}
        ol.strip{display:grid;grid-template-columns:repeat(auto-fill,minmax(2.6rem,1fr));gap:.25rem;list-style:none;padding:0;margin:.5rem 0}
        ol.strip li a,ol.strip li span{display:block;text-align:center;border-radius:.3rem;padding:.2rem 0;text-decoration:none;border:1px solid rgba(0,0,0,.15);line-height:1.25}
        ol.strip small{display:block;font-size:.7rem}
        ul.links{padding-left:1.2rem}
        .stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.6rem;margin:.6rem 0}
        .stats div{background:#f4f6f8;border-radius:.5rem;padding:.6rem .8rem}
        .stats b{display:block;font-size:1.5rem;line-height:1.2}
        .stats span{font-size:.85rem;color:#444}
        .withdrawn{border:2px solid #99004C;background:#fbeef4;padding:.6rem .8rem;border-radius:.3rem}
        .notice .status{font-weight:600}
        .notice dl.fields dt{font-weight:600;margin-top:.6rem}
        .notice dl.fields dd{margin:0 0 0 1rem}
        .notice dl.fields dd p{margin:.2rem 0}
        table.catalogue th{text-align:left;white-space:nowrap;width:7em;font-weight:500;color:#444}
        @media (max-width:40rem){body{font-size:15px}h1{font-size:1.35rem}.card .aqi{font-size:2.8rem}th,td{padding:.4rem .3rem}header.site nav a{margin-left:0;margin-right:1rem}.chart.hourly text{font-size:24px}}
        @media print{header.site nav,footer.site{display:none}}
        """
}
