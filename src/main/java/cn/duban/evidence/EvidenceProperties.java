package cn.duban.evidence;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on 佐证材料 ({@code duban.evidence}).
 *
 * @param maxFileSize     largest file accepted
 * @param maxFiles        most files one task may carry
 * @param maxUnpackedSize largest total a Word or Excel file (a ZIP inside) may unpack to, against ZIP bombs
 * @param mediaTypes      the types accepted, as read from the content
 */
@ConfigurationProperties(prefix = "duban.evidence")
public record EvidenceProperties(DataSize maxFileSize, int maxFiles, DataSize maxUnpackedSize, List<String> mediaTypes) {

    public EvidenceProperties {
        if (maxFileSize == null || maxUnpackedSize == null || maxFiles < 1 || mediaTypes == null || mediaTypes.isEmpty()) {
            throw new IllegalArgumentException("duban.evidence 须配置 max-file-size、max-files（至少 1）、max-unpacked-size 和 media-types");
        }
        mediaTypes = List.copyOf(mediaTypes);
    }
}
