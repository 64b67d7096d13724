package cn.duban.simulation;

import cn.duban.evidence.EvidenceService;
import cn.duban.system.ApiCaller;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * The demo year's 佐证材料: a small PDF and a PNG made here for each, attached as the clerk would attach them —
 * through the same checks as any upload.
 */
@Component
public class SimulatedEvidence {

    private final EvidenceService evidence;

    SimulatedEvidence(EvidenceService evidence) {
        this.evidence = evidence;
    }

    void attach(ApiCaller clerk, String taskId, String commitmentId, String what) {
        evidence.attach(clerk, taskId, List.of(
                new EvidenceService.Incoming(what + "-" + commitmentId + ".pdf", pdf(what + " " + commitmentId)),
                new EvidenceService.Incoming(what + "-" + commitmentId + "-现场照片.png", png(commitmentId))));
    }

    /** A one-page PDF with one line of (ASCII) text, its cross-reference table computed so that readers open it. */
    public static byte[] pdf(String line) {
        String text = line.replaceAll("[^\\x20-\\x7E]", "").replace("(", "").replace(")", "").replace("\\", "");
        String stream = "BT /F1 14 Tf 72 770 Td (duban evidence " + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A small picture standing in for a site photo, different for each commitment. */
    public static byte[] png(String seed) {
        BufferedImage image = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE3F2FD));
        g.fillRect(0, 0, 160, 100);
        g.setColor(new Color(Math.abs(seed.hashCode()) % 0xFFFFFF));
        g.fillRect(20, 30, 120, 40);
        g.setColor(Color.BLACK);
        g.drawString(seed.replaceAll("[^\\x20-\\x7E]", ""), 24, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
