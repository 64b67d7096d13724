package cn.duban.authorization;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthorizationCheckPropertiesTest {

    @Test
    void aNegativeLimitIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new AuthorizationCheckProperties(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duban.authorization.prefilter-groups-above 不能小于 0，而配置为 -1");
    }
}
