package org.villagegov.e2e;

import java.util.function.Supplier;

/** Waits out the gateway's rate limit (429 + Retry-After) instead of counting it as an answer. */
final class Limited {

    private Limited() {
    }

    static Http.Answer retry(Supplier<Http.Answer> call) {
        for (int attempt = 0; ; attempt++) {
            Http.Answer answer = call.get();
            if (answer.status() != 429 || attempt == 20) {
                return answer;
            }
            long seconds = answer.raw().headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
            try {
                Thread.sleep(Math.max(200, seconds * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }
}
