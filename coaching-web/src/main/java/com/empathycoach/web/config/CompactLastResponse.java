package com.empathycoach.web.config;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Keeps each page's last answer to the browser compressed between requests.
 *
 * <p>Flow keeps the text of the last answer it sent to every open page, so it can send it again if the browser
 * repeats a message whose answer it never got. That text (25 to 35 KiB after a navigation) stays in memory for as
 * long as the page is open, about an eighth of what a signed-in person costs the node. Here it is kept deflated
 * (about a sixth of the size) and inflated again only when a message arrives that repeats the last one. The
 * answer sent again is the same text, character for character.
 *
 * <p>Installed as a request handler ahead of Flow's own one for page messages, which it extends: everything it
 * does happens under the session lock, as Flow's handling does. It is the one class allowed to use a Vaadin
 * internal ({@code UIInternals}: no public API reaches the kept answer; Flow's issue 24172 asks for one), so
 * {@code CompactLastResponseTest} and {@code LastAnswerOverHttpTest} fail if an upgrade changes what it relies on.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    /** Shorter answers are kept as they are: compressing them saves little. */
    static final int COMPRESS_FROM_CHARS = 2_048;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new Handler());
    }

    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                                  VaadinResponse response, String requestBody)
                throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null && repeatsLastMessage(ui, requestBody)) {
                restore(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    compress(ui);
                }
            }
        }
    }

    /** Whether the message may repeat the last one handled: its message number is the last one's (or unreadable). */
    static boolean repeatsLastMessage(UI ui, String requestBody) {
        Integer clientId = clientId(requestBody);
        return clientId == null || clientId == ui.getInternals().getLastProcessedClientToServerId();
    }

    /** The message's number, read from its {@code "clientId":N} member; null when it cannot be read. */
    static Integer clientId(String body) {
        if (body == null) {
            return null;
        }
        int at = body.lastIndexOf("\"clientId\":");
        if (at < 0) {
            return null;
        }
        int start = at + "\"clientId\":".length();
        int end = start;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        if (end == start || end - start > 9) {
            return null;
        }
        return Integer.parseInt(body, start, end, 10);
    }

    static void compress(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last == null || last.length() < COMPRESS_FROM_CHARS) {
            return;
        }
        ComponentUtil.setData(ui, Deflated.class, new Deflated(deflate(last)));
        ui.getInternals().setLastRequestResponse(null);
    }

    static void restore(UI ui) {
        Deflated kept = ComponentUtil.getData(ui, Deflated.class);
        if (kept != null && ui.getInternals().getLastRequestResponse() == null) {
            ui.getInternals().setLastRequestResponse(inflate(kept.bytes()));
        }
        ComponentUtil.setData(ui, Deflated.class, null);
    }

    static byte[] deflate(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 4);
            byte[] buffer = new byte[8_192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 6);
            byte[] buffer = new byte[16_384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("The kept answer is cut short");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("The kept answer cannot be read", e);
        } finally {
            inflater.end();
        }
    }

    /** The last answer, deflated; kept on its page. */
    record Deflated(byte[] bytes) {
    }
}
