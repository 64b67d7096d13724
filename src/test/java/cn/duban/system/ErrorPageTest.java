package cn.duban.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Who gets the Chinese page and what it says, without a server. */
class ErrorPageTest {

    static final String CHROMIUM = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @ParameterizedTest(name = "{0} with Accept {1}: page {2}")
    @CsvSource(delimiter = '|', value = {
            "/duban/nothing.html|" + CHROMIUM + "|true",
            "/camunda/app/cockpit/default/|text/html|true",
            "/nothing|application/xhtml+xml|true",
            "/nothing|application/json|false",
            "/nothing|*/*|false",
            "/nothing||false",
            "/nothing|application/json, text/html;q=0.5|false",
            "/nothing|text/html, application/json|true",
            "/nothing|text/html;q=0|false",
            "/nothing|not a media type;;=|false",
            "/engine-rest/task|" + CHROMIUM + "|false",
            "/engine-rest|" + CHROMIUM + "|false",
            "/duban/api/scorecards|" + CHROMIUM + "|false",
            "/camunda/api/engine/engine/default/task|" + CHROMIUM + "|false",
            "/engine-restless|" + CHROMIUM + "|true"})
    void browsersOutsideTheApiGetThePageEveryoneElseJson(String path, String accept, boolean page) {
        assertThat(ErrorPage.wanted(path, accept)).isEqualTo(page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 401, 403, 404, 405, 409, 413, 500, 503})
    void everyStatusIsExplainedInChineseWithTheWayBack(int status) {
        String html = ErrorPage.render(status, "/somewhere");

        assertThat(html).contains("<html lang=\"zh-CN\">", "错误代码 " + status, "href=\"/camunda/app/tasklist/\"",
                "返回任务清单", "href=\"/duban/overview.html\"", "督办总览");
        String title = html.substring(html.indexOf("<h1>") + 4, html.indexOf("</h1>"));
        assertThat(title).as("a Chinese title").matches(".*\\p{IsHan}.*").doesNotContainPattern("[A-Za-z]");
        assertThat(html).doesNotContain("Whitelabel", "Exception", "HTTP Status", "{{");
    }

    @Test
    void aRefusedWebappIsNamedWithWhoMayUseIt() {
        assertThat(ErrorPage.render(403, "/camunda/app/cockpit/default/")).contains("驾驶舱", "区政府督查室、审计和系统管理员");
        assertThat(ErrorPage.render(403, "/camunda/app/admin/default/")).contains("系统管理（Admin）仅供系统管理员使用");
        assertThat(ErrorPage.render(403, "/duban/scorecard.html")).contains("没有打开此页面的权限");
    }

    @Test
    void theAddressShownIsEscapedAndShortened() {
        String html = ErrorPage.render(404, "/<script>alert('x')</script>\"" + "a".repeat(500));

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;")
                .doesNotContain("a".repeat(201));
    }
}
