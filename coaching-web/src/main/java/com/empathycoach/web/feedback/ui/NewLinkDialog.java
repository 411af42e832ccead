package com.empathycoach.web.feedback.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.feedback.QrCodes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

/** Shows a new link once: the address to copy, its QR code to show or print, and when it expires. */
class NewLinkDialog extends Dialog {

    NewLinkDialog(String url, Instant expiresAt) {
        setHeaderTitle(getTranslation("customer.links.newTitle"));
        addClassName("new-link-dialog");
        TextField address = new TextField(getTranslation("customer.links.address"));
        address.setValue(url);
        address.setReadOnly(true);
        address.setWidthFull();
        address.addClassName("new-link-url");
        Button copy = new Button(getTranslation("customer.links.copy"), e -> {
            address.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
            e.getSource().setText(getTranslation("customer.links.copied"));
        });
        byte[] png = QrCodes.png(url);
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png),
                getTranslation("customer.links.qrAlt"));
        qr.addClassName("qr-code");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), "feedback-link-qr.png", "image/png", png.length)),
                getTranslation("customer.links.downloadQr"));
        download.getElement().setAttribute("download", true);
        String expires = Formats.dateTime(getLocale()).withZone(ZoneId.systemDefault()).format(expiresAt);
        add(new Paragraph(getTranslation("customer.links.once")), address, copy, qr, download,
                new Paragraph(getTranslation("customer.links.expiresOn", expires)));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(28rem, 95vw)");
    }
}
