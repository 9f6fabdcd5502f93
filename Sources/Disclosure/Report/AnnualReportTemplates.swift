/// The annual report's two templates (swift-mustache; every `{{value}}` is escaped for its
/// format, HTML or Markdown, and no template uses the unescaped `{{{…}}}` form).
enum AnnualReportTemplates {
    static let markdown = """
        {{% CONTENT_TYPE: MARKDOWN}}
        # {{title}}

        {{preamble}}

        ## 一、总体情况

        {{#overview}}
        {{.}}

        {{/overview}}
        ## 二、主动公开政府信息情况

        | 第二十条第（一）项：信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
        | --- | ---: | ---: | ---: |
        {{#ruleRows}}
        | {{label}} |{{#cells}} {{.}} |{{/cells}}
        {{/ruleRows}}

        | 第二十条第（五）项：信息内容 | 本年处理决定数量 |
        | --- | ---: |
        | 行政许可 | {{licensing}} |

        | 第二十条第（六）项：信息内容 | 本年处理决定数量 |
        | --- | ---: |
        | 行政处罚 | {{penalties}} |
        | 行政强制 | {{enforcement}} |

        | 第二十条第（八）项：信息内容 | 本年收费金额（单位：万元） |
        | --- | ---: |
        | 行政事业性收费 | {{fees}} |

        ## 三、收到和处理政府信息公开申请情况

        申请人情况：自然人；法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他）；总计。本表数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。

        | 项目 |{{#applicantColumns}} {{.}} |{{/applicantColumns}}
        | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        {{#requestRows}}
        | {{indentedLabel}} |{{#cells}} {{.}} |{{/cells}}{{#isHeading}} | | | | | | |{{/isHeading}}
        {{/requestRows}}

        ## 四、政府信息公开行政复议、行政诉讼情况

        | 类别 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        | --- | ---: | ---: | ---: | ---: | ---: |
        {{#reviewRows}}
        | {{label}} |{{#cells}} {{.}} |{{/cells}}
        {{/reviewRows}}

        ## 五、存在的主要问题及改进情况

        {{#problems}}
        {{.}}

        {{/problems}}
        ## 六、其他需要报告的事项

        {{#otherMatters}}
        {{.}}

        {{/otherMatters}}
        """

    static let html = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title>
        <style>
        body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; line-height: 1.8; color: #111; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; text-align: center; }
        h2 { font-size: 1.15rem; margin-top: 2rem; }
        p { text-indent: 2em; margin: 0.6rem 0; }
        .table { overflow-x: auto; margin: 1rem 0; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
        th, td { border: 1px solid #333; padding: 0.25rem 0.5rem; }
        th { font-weight: normal; background: #f3f3f3; }
        td { text-align: center; font-variant-numeric: tabular-nums; }
        tbody th { text-align: left; }
        tbody th.group { text-align: center; }
        tbody th.l1 { padding-left: 1.5em; }
        tbody th.l2 { padding-left: 3em; }
        @media (max-width: 600px) {
          body { padding: 0.5rem; }
          table { font-size: 0.85rem; }
          th, td { padding: 0.2rem 0.25rem; }
        }
        </style>
        </head>
        <body>
        <h1>{{title}}</h1>
        <p>{{preamble}}</p>
        <h2>一、总体情况</h2>
        {{#overview}}
        <p>{{.}}</p>
        {{/overview}}
        <h2>二、主动公开政府信息情况</h2>
        <div class="table"><table>
        <thead>
        <tr><th colspan="4">第二十条第（一）项</th></tr>
        <tr><th scope="col">信息内容</th><th scope="col">本年制发件数</th><th scope="col">本年废止件数</th><th scope="col">现行有效件数</th></tr>
        </thead>
        <tbody>
        {{#ruleRows}}
        <tr><th scope="row">{{label}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}</tr>
        {{/ruleRows}}
        <tr><th colspan="4" class="group">第二十条第（五）项</th></tr>
        <tr><th scope="col">信息内容</th><th scope="col" colspan="3" class="group">本年处理决定数量</th></tr>
        <tr><th scope="row">行政许可</th><td colspan="3">{{licensing}}</td></tr>
        <tr><th colspan="4" class="group">第二十条第（六）项</th></tr>
        <tr><th scope="col">信息内容</th><th scope="col" colspan="3" class="group">本年处理决定数量</th></tr>
        <tr><th scope="row">行政处罚</th><td colspan="3">{{penalties}}</td></tr>
        <tr><th scope="row">行政强制</th><td colspan="3">{{enforcement}}</td></tr>
        <tr><th colspan="4" class="group">第二十条第（八）项</th></tr>
        <tr><th scope="col">信息内容</th><th scope="col" colspan="3" class="group">本年收费金额（单位：万元）</th></tr>
        <tr><th scope="row">行政事业性收费</th><td colspan="3">{{fees}}</td></tr>
        </tbody>
        </table></div>
        <h2>三、收到和处理政府信息公开申请情况</h2>
        <div class="table"><table>
        <thead>
        <tr><th rowspan="3" scope="col">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7" scope="colgroup">申请人情况</th></tr>
        <tr><th rowspan="2" scope="col">自然人</th><th colspan="5" scope="colgroup">法人或其他组织</th><th rowspan="2" scope="col">总计</th></tr>
        <tr><th scope="col">商业企业</th><th scope="col">科研机构</th><th scope="col">社会公益组织</th><th scope="col">法律服务机构</th><th scope="col">其他</th></tr>
        </thead>
        <tbody>
        {{#requestRows}}
        <tr><th scope="row" class="{{level}}">{{label}}</th>{{#cells}}<td>{{.}}</td>{{/cells}}{{#isHeading}}<td colspan="7"></td>{{/isHeading}}</tr>
        {{/requestRows}}
        </tbody>
        </table></div>
        <h2>四、政府信息公开行政复议、行政诉讼情况</h2>
        <div class="table"><table>
        <thead>
        <tr><th colspan="5" rowspan="2" scope="colgroup">行政复议</th><th colspan="10" scope="colgroup">行政诉讼</th></tr>
        <tr><th colspan="5" scope="colgroup">未经复议直接起诉</th><th colspan="5" scope="colgroup">复议后起诉</th></tr>
        <tr><th scope="col">结果维持</th><th scope="col">结果纠正</th><th scope="col">其他结果</th><th scope="col">尚未审结</th><th scope="col">总计</th><th scope="col">结果维持</th><th scope="col">结果纠正</th><th scope="col">其他结果</th><th scope="col">尚未审结</th><th scope="col">总计</th><th scope="col">结果维持</th><th scope="col">结果纠正</th><th scope="col">其他结果</th><th scope="col">尚未审结</th><th scope="col">总计</th></tr>
        </thead>
        <tbody>
        <tr>{{#reviewCells}}<td>{{.}}</td>{{/reviewCells}}</tr>
        </tbody>
        </table></div>
        <h2>五、存在的主要问题及改进情况</h2>
        {{#problems}}
        <p>{{.}}</p>
        {{/problems}}
        <h2>六、其他需要报告的事项</h2>
        {{#otherMatters}}
        <p>{{.}}</p>
        {{/otherMatters}}
        </body>
        </html>

        """
}
