package com.empathycoach.web.feedback;

import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.CustomerFeedbackFacade.LinkCheck.Status;
import com.empathycoach.core.identity.IdentityFacade;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@ActiveProfiles("test")
class FeedbackLinkApiTest {

    private static final String KEY = "test-integration-key-0123456789";

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentityFacade identity;

    @Autowired
    CustomerFeedbackFacade feedback;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anIntegrationWithTheKeyGetsAWorkingOneTimeLinkAndItsQrCode() throws Exception {
        var agent = FeedbackTeam.create(identity, 1).agent(0);
        String body = mvc.perform(post("/api/v1/feedback-links").header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agent\":\"" + agent.username() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode json = JsonMapper.builder().build().readTree(body);
        String url = json.get("url").asString();
        assertThat(url).contains("/f/");
        assertThat(json.get("expiresAt").asString()).isNotBlank();
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertThat(feedback.check(token).status()).isEqualTo(Status.OPEN);
        assertThat(feedback.check(token).agentFirstName()).isEqualTo("Agent0");

        BufferedImage qr = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(json.get("qrCodePng").asString())));
        int[] pixels = qr.getRGB(0, 0, qr.getWidth(), qr.getHeight(), null, 0, qr.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(qr.getWidth(), qr.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo(url);
    }

    @Test
    void withoutTheRightKeyNothingIsMade() throws Exception {
        String request = "{\"agent\":\"amara\"}";
        mvc.perform(post("/api/v1/feedback-links").contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/feedback-links").header("X-Api-Key", KEY + "x")
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownOrNonAgentUsernameIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/feedback-links").header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agent\":\"nobody-here\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/feedback-links").header("X-Api-Key", KEY)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"agent\":\"samira\"}"))
                .andExpect(status().isBadRequest());
    }
}
