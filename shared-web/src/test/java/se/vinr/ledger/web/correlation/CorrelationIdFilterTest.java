package se.vinr.ledger.web.correlation;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdFilterTest {

    private final CorrelationIdFilter filter = new CorrelationIdFilter();

    @Test
    void theClientsIdIsEchoedAndInTheLoggingContextWhileTheRequestIsHandledOnly() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/municipalities");
        request.addHeader(CorrelationIdFilter.HEADER, "req-4711");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<String> logged = new AtomicReference<>();

        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                logged.set(MDC.get(CorrelationIdFilter.MDC_KEY));
            }
        });

        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).isEqualTo("req-4711");
        assertThat(logged.get()).isEqualTo("req-4711");
        assertThat(CorrelationIdFilter.correlationId(request)).isEqualTo("req-4711");
        assertThat(MDC.get(CorrelationIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void anUnusableIdIsReplacedByANewOne() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/municipalities");
        request.addHeader(CorrelationIdFilter.HEADER, "two words\nand a line break");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getHeader(CorrelationIdFilter.HEADER)).matches("[0-9a-f-]{36}")
                .isEqualTo(CorrelationIdFilter.correlationId(request));
    }
}
