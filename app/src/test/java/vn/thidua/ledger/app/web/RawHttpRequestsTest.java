package vn.thidua.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import vn.thidua.ledger.app.ThiDuaLedgerApplication;
import vn.thidua.ledger.app.testsupport.CommandApi;

/**
 * Requests as bytes on a socket, through the real server: what MockMvc cannot send, because it never parses a body
 * into parts nor reads a header's bytes (a bad multipart body; raw UTF-8 in a header, which the server reads as
 * Latin-1). Each must be a 400 problem, and record nothing. Same context as LiveUpdatesHttpTest (a real port).
 */
@SpringBootTest(classes = ThiDuaLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RawHttpRequestsTest {

    private static final String SECRETARIAT = "Basic " + Base64.getEncoder()
            .encodeToString("thu-ky:thuky-demo-2022".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    CommandApi api;

    @Test
    void aMultipartBodyWithoutItsBoundaryIs400() throws Exception {
        assertMalformed(request("POST /api/imports", "Content-Type: multipart/form-data", "x"));
    }

    @Test
    void aMultipartBodyCutShortIs400() throws Exception {
        assertMalformed(request("POST /api/imports", "Content-Type: multipart/form-data; boundary=xyz",
                "--xyz\r\nbroken"));
    }

    /** "lý do" sent as raw UTF-8: the server reads "lÃ½ do", which the firewall lets through. */
    @Test
    void aReasonInRawUtf8IsRefusedNotStoredGarbled() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        long before = api.commitCount();

        String response = request("POST /api/campaigns/" + campaignId + "/registration-window",
                "Content-Type: application/json\r\nX-Reason: lý do",
                "{\"opensOn\": \"2026-01-01\", \"closesOn\": \"2026-12-30\"}");

        assertThat(response).startsWith("HTTP/1.1 400").contains("\"code\":\"MALFORMED_REQUEST\"", "X-Reason");
        assertThat(api.commitCount()).isEqualTo(before);
    }

    private static void assertMalformed(String response) {
        assertThat(response).startsWith("HTTP/1.1 400").contains("application/problem+json",
                "\"code\":\"MALFORMED_REQUEST\"");
    }

    /** Sends one request, its header lines and body as UTF-8, and reads the whole response. */
    private String request(String requestLine, String headers, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = requestLine + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + SECRETARIAT + "\r\n" + headers
                + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
