package cn.duban.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingFileTest {

    @Test
    void shippedExampleRoutesGongxinsRemindersToItsWecomGroupAndInboxWithTheKeysLeftAsPlaceholders() {
        NotificationRouting routing = new RoutingFile(new NotificationProperties(Path.of("config/notifications.example.yaml"))).routing();

        assertThat(routing.baseUrl()).isEqualTo("https://duban.example.gov.cn");
        assertThat(routing.routesFor("gongxin", NotificationKind.REMINDER)).extracting(NotificationRouting.Route::channel)
                .containsExactly(Channel.WECOM, Channel.EMAIL);
        assertThat(routing.routesFor("gongxin", NotificationKind.REPORT_OPENED)).extracting(NotificationRouting.Route::channel)
                .containsExactly(Channel.WECOM);
        assertThat(routing.routesFor("ldgongye", NotificationKind.SUPERVISION_NOTICE)).singleElement().satisfies(route -> {
            assertThat(route.format()).isEqualTo(MessageFormat.MARKDOWN);
            assertThat(route.secret()).isEqualTo("${DUBAN_DINGTALK_SECRET_LDGONGYE}");
        });
        assertThat(routing.routes().get(0).address()).endsWith("key=${DUBAN_WECOM_KEY_GONGXIN}");
    }

    @Test
    void withoutTheFileEveryNotificationIsInAppOnly(@TempDir Path folder) {
        NotificationRouting routing = new RoutingFile(new NotificationProperties(folder.resolve("notifications.yaml"))).routing();

        assertThat(routing.routes()).isEmpty();
        assertThat(routing.routesFor("gongxin", NotificationKind.REMINDER)).isEmpty();
    }

    @Test
    void routeWithoutAnAddressIsRefusedInChinese(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("notifications.yaml"), """
                notifications:
                  routes:
                    - {to: gongxin, channel: wecom}
                """);

        assertThatThrownBy(() -> new RoutingFile(new NotificationProperties(file)))
                .hasStackTraceContaining("每条 routes 须有 to、channel（wecom、dingtalk 或 email）和 address");
    }

    @Test
    void dingtalkSignatureMatchesTheDocumentedExample() {
        // printf '1700000000000\nSEC123' | openssl dgst -sha256 -hmac SEC123 -binary | base64, then "=" URL-encoded
        assertThat(DingtalkRobot.sign(1700000000000L, "SEC123")).isEqualTo(EXPECTED_SIGN);
    }

    static final String EXPECTED_SIGN = "lkcPI1uoxBY1gUnCnnPH1Kkru0Hqjo7rFpA3haIVhEQ%3D";
}
