package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditExportPropertiesTest {

    @Test
    void compressionLevelIsADeflateLevelFromOneToNine() {
        assertThat(new AuditExportProperties(0, 1000, 1).compressionLevel()).isEqualTo(1);
        assertThat(new AuditExportProperties(0, 1000, 9).compressionLevel()).isEqualTo(9);
        assertThatThrownBy(() -> new AuditExportProperties(0, 1000, 0)).hasMessageContaining("compression-level 必须在 1 到 9 之间");
        assertThatThrownBy(() -> new AuditExportProperties(0, 1000, 10)).hasMessageContaining("当前为 10");
    }
}
