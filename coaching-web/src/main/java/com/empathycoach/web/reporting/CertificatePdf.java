package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.Certificate;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A one-page landscape PDF certificate for a completed module. */
public final class CertificatePdf {

    private CertificatePdf() {
    }

    public static byte[] render(Certificate certificate, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 64, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Certificate " + certificate.number());
        document.addAuthor("Empathy Coach");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        canvas.setColorStroke(new Color(26, 95, 180));
        canvas.setLineWidth(4);
        canvas.rectangle(36, 36, PageSize.A4.getHeight() - 72, PageSize.A4.getWidth() - 72);
        canvas.stroke();
        document.add(centred("Empathy Coach", FontFactory.getFont(FontFactory.HELVETICA, 16, new Color(26, 95, 180)), 0));
        document.add(centred("Certificate of completion", FontFactory.getFont(FontFactory.HELVETICA_BOLD, 32), 10));
        document.add(centred("This certifies that", FontFactory.getFont(FontFactory.HELVETICA, 16), 24));
        document.add(centred(certificate.agentName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 28), 6));
        document.add(centred("has completed every lesson of the module", FontFactory.getFont(FontFactory.HELVETICA, 16), 16));
        document.add(centred(certificate.moduleTitle(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 24), 6));
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(certificate.completedOn());
        document.add(centred("Completed on " + date, FontFactory.getFont(FontFactory.HELVETICA, 14), 24));
        document.add(centred("Certificate number " + certificate.number(),
                FontFactory.getFont(FontFactory.HELVETICA, 10, Color.GRAY), 24));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spaceBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spaceBefore);
        return paragraph;
    }

    public static String fileName(Certificate certificate) {
        return "certificate-" + certificate.moduleId() + "-" + certificate.completedOn() + ".pdf";
    }
}
