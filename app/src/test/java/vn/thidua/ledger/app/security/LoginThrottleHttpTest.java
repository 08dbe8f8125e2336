package vn.thidua.ledger.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * Failed logins with the default limits (10 per user, 50 per address, per 15 minutes). The shared
 * context's other tests sign in from 127.0.0.1 as the demo users: these use their own addresses and
 * unknown usernames, so nothing they use up is used by anyone else.
 */
@HttpTest
class LoginThrottleHttpTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void theEleventhFailureForAUserIsAnswered429FromAnyAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/probe/me").with(httpBasic("doan-mat-khau", "guess-" + i)).with(from("192.0.2.10")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/auth/token").with(httpBasic("doan-mat-khau", "guess-10")).with(from("192.0.2.11")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.code").value("TOO_MANY_FAILED_LOGINS"))
                // One failure comes back every 90 s (10 per 15 minutes).
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, matchesPattern("[1-9][0-9]?")));
    }

    @Test
    void anAddressThatFailedFiftyTimesIsAnswered429ForEveryUser() throws Exception {
        // Failures come back one per 18 s: on a slow machine one may have returned before the 51st try.
        int failures = 0;
        while (mvc.perform(get("/api/probe/me").with(httpBasic("nguoi-la-" + failures, "guess"))
                .with(from("198.51.100.20"))).andReturn().getResponse().getStatus() == 401) {
            failures++;
            assertThat(failures).as("failures before the address is held up").isLessThanOrEqualTo(60);
        }
        assertThat(failures).isGreaterThanOrEqualTo(50);
        mvc.perform(get("/api/probe/me").with(httpBasic("kiem-toan", "kiemtoan-demo-2022")).with(from("198.51.100.20")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists(HttpHeaders.RETRY_AFTER));
        // The same user from elsewhere is not held up by that address.
        mvc.perform(get("/api/probe/me").with(httpBasic("kiem-toan", "kiemtoan-demo-2022")).with(from("198.51.100.21")))
                .andExpect(status().isOk());
    }

    @Test
    void successfulLoginsCostNothing() throws Exception {
        for (int i = 0; i < 12; i++) {
            mvc.perform(get("/api/probe/me").with(httpBasic("bieu-quyet-3", "bieuquyet-demo-2022"))
                    .with(from("203.0.113.30"))).andExpect(status().isOk());
        }
    }
}
