package cn.duban.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void timesAreWrittenAsTheFormatterOfTheExportContractWritesThem() {
        assertThat(Cells.time(LocalDateTime.of(2024, 1, 12, 9, 0))).isEqualTo("2024-01-12 09:00:00");
        assertThat(Cells.time(LocalDateTime.of(2024, 1, 12, 9, 0, 0, 123_000_000))).isEqualTo("2024-01-12 09:00:00.123");
        assertThat(Cells.time(LocalDateTime.of(2024, 12, 31, 23, 59, 59, 120_000_000))).isEqualTo("2024-12-31 23:59:59.12");
        assertThat(Cells.time(LocalDateTime.of(987, 3, 4, 5, 6, 7, 1))).isEqualTo("0987-03-04 05:06:07.000000001");
        Random random = new Random(14);
        for (int i = 0; i < 100_000; i++) {
            LocalDateTime time = LocalDateTime.of(1 + random.nextInt(9999), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60),
                    random.nextBoolean() ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000));
            assertThat(Cells.time(time)).isEqualTo(Cells.TIME.format(time));
        }
    }
}
