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
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        document.add(centred("Empathy Coach", FontFactory.getFont(FontFactory.HELVETICA, 16, new Color(26, 95, 180)), 0));
        document.add(centred(texts.getString("certificate.pdf.title"), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 30), 8));
        document.add(centred(texts.getString("certificate.pdf.certifies"), FontFactory.getFont(FontFactory.HELVETICA, 15), 14));
        document.add(centred(certificate.agentName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 26), 4));
        document.add(centred(texts.getString("certificate.pdf.passed"), FontFactory.getFont(FontFactory.HELVETICA, 15), 10));
        document.add(centred(certificate.moduleTitle(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22), 4));
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 11);
        for (Certificate.PassedLesson lesson : certificate.lessons()) {
            document.add(centred(MessageFormat.format(texts.getString("certificate.pdf.lesson"), lesson.title(),
                    dates.format(lesson.passedOn())), small, 2));
        }
        String date = dates.format(certificate.completedOn());
        document.add(centred(MessageFormat.format(texts.getString("certificate.pdf.completedOn"), date),
                FontFactory.getFont(FontFactory.HELVETICA, 13), 12));
        document.add(centred(MessageFormat.format(texts.getString("certificate.pdf.number"), certificate.number()),
                FontFactory.getFont(FontFactory.HELVETICA, 10, Color.GRAY), 12));
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
