package org.villagegov.gateway.analytics;

import java.util.Map;

/**
 * The four services' answers for one province, as the platform's IndicatorTable writes them:
 * each knows its own columns, grid knows a county the others have no figures for, council and
 * mediation both name a column "overdue", and the months of the trend differ per service.
 */
public final class IndicatorFixtures {

    private static final String HEAD = """
            "level":"PROVINCE","rowLevel":"COUNTY","place":{"id":"henan","name":"河南省"},
            "period":{"from":"2026-10-01","to":"2026-12-31","asOf":"2026-11-30"},""";

    public static final String COUNCIL = "{" + HEAD + """
            "columns":[{"key":"suggestionsRaised","label":"建议数","unit":"COUNT"},
                       {"key":"suggestionsOnTime","label":"建议按时办结率","unit":"PERCENT"},
                       {"key":"overdue","label":"逾期建议数","unit":"COUNT"}],
            "rows":[{"id":"jiyuan","name":null,"values":{"suggestionsRaised":12,"suggestionsOnTime":null,"overdue":0}},
                    {"id":"linxian","name":null,"values":{"suggestionsRaised":30,"suggestionsOnTime":90.5,"overdue":2}}],
            "total":{"suggestionsRaised":42,"suggestionsOnTime":90.5,"overdue":2},
            "trend":[{"month":"2026-10","values":{"suggestionsRaised":20,"suggestionsOnTime":88.0,"overdue":1}},
                     {"month":"2026-11","values":{"suggestionsRaised":22,"suggestionsOnTime":92.3,"overdue":1}}]}
            """;

    public static final String GRID = "{" + HEAD + """
            "columns":[{"key":"households","label":"户数","unit":"COUNT"},
                       {"key":"gridCoverage","label":"网格覆盖率","unit":"PERCENT"}],
            "rows":[{"id":"jiyuan","name":null,"values":{"households":800,"gridCoverage":75.0}},
                    {"id":"linxian","name":null,"values":{"households":1200,"gridCoverage":87.5}},
                    {"id":"zhaxian","name":"Zha county","values":{"households":10000,"gridCoverage":100}}],
            "total":{"households":12000,"gridCoverage":97.2},
            "trend":[{"month":"2026-09","values":{"households":11900,"gridCoverage":96.0}},
                     {"month":"2026-10","values":{"households":11950,"gridCoverage":97.0}},
                     {"month":"2026-11","values":{"households":12000,"gridCoverage":97.2}}]}
            """;

    public static final String POINTS = "{" + HEAD + """
            "columns":[{"key":"pointsIssued","label":"积分发放","unit":"COUNT"}],
            "rows":[{"id":"jiyuan","name":null,"values":{"pointsIssued":1500}},
                    {"id":"linxian","name":null,"values":{"pointsIssued":5300}}],
            "total":{"pointsIssued":6800},
            "trend":[{"month":"2026-11","values":{"pointsIssued":6800}}]}
            """;

    public static final String MEDIATION = "{" + HEAD + """
            "columns":[{"key":"medianDays","label":"调解天数中位数","unit":"DAYS"},
                       {"key":"overdue","label":"逾期案件数","unit":"COUNT"}],
            "rows":[{"id":"jiyuan","name":null,"values":{"medianDays":4.5,"overdue":1}},
                    {"id":"linxian","name":null,"values":{"medianDays":null,"overdue":0}}],
            "total":{"medianDays":4.5,"overdue":1},
            "trend":[{"month":"2026-11","values":{"medianDays":4.5,"overdue":1}}]}
            """;

    /** Path of each service's indicators -> its answer, in service order. */
    public static final Map<String, String> BY_PATH = Map.of(
            "/api/v1/council/indicators", COUNCIL,
            "/api/v1/grid/indicators", GRID,
            "/api/v1/points/indicators", POINTS,
            "/api/v1/mediation/indicators", MEDIATION);

    private IndicatorFixtures() {
    }
}
