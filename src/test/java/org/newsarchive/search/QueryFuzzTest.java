package org.newsarchive.search;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzz test of the query path over the five seeds: any text, in syntax or plain mode, gives a page or an
 * {@link InvalidRequestException} with a one-line message. Plain runs replay {@code QueryFuzzTestInputs/} only.
 */
class QueryFuzzTest {
    @RegisterExtension
    static final SeedArchive seeds = new SeedArchive();

    @FuzzTest(maxDuration = "3m")
    void query_givesAPageOrAnInvalidRequest(FuzzedDataProvider data) {
        boolean plain = data.consumeBoolean();
        String query = data.consumeRemainingAsString();
        try {
            seeds.search().search(SearchRequest.of(query).withPlain(plain));
        } catch (InvalidRequestException e) {
            HostileQueryTest.assertUserFacing(e.getMessage(), query);
        }
    }
}
