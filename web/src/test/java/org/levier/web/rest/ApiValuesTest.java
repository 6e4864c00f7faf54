package org.levier.web.rest;

import org.levier.web.core.ApiValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's one reading of money and dates: hostile texts refused at once, before any arithmetic. */
class ApiValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e100000000", "1E5", "NaN", " 1", "1 ", "1_000", "+5.00", "1,000.00", "0x10", "", "-",
            "1.", ".5", "Infinity", "１２"})
    void malformedAmountsAreRefusedWithTheExpectedShape(String text) {
        assertThatThrownBy(() -> ApiValues.money(text)).isInstanceOf(ApiValues.Refused.class)
                .hasMessage(ApiValues.MONEY_SHAPE);
    }

    @Test
    void excessPrecisionAndRangeAreRefusedNeverRounded() {
        assertThatThrownBy(() -> ApiValues.money("-0.001")).hasMessage(ApiValues.MONEY_DECIMALS);
        assertThatThrownBy(() -> ApiValues.money("10.005")).hasMessage(ApiValues.MONEY_DECIMALS);
        assertThatThrownBy(() -> ApiValues.money("99999999999999.99")).hasMessage(ApiValues.MONEY_RANGE);
        assertThatThrownBy(() -> ApiValues.money("00000000000001.00")).hasMessage(ApiValues.MONEY_RANGE);
    }

    @Test
    void validAmountsAreExactWithTwoDecimals() {
        assertThat(ApiValues.money("150000").amount()).isEqualTo(new BigDecimal("150000.00"));
        assertThat(ApiValues.money("0.5").amount()).isEqualTo(new BigDecimal("0.50"));
        assertThat(ApiValues.money("-12.34").amount()).isEqualTo(new BigDecimal("-12.34"));
        assertThat(ApiValues.money("9999999999999.99").amount()).isEqualTo(new BigDecimal("9999999999999.99"));
    }

    @Test
    void aHostileAmountCostsMicrosecondsNotArithmetic() {
        String huge = "1" + "0".repeat(20_000) + ".00";
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            assertThatThrownBy(() -> ApiValues.money("1e100000000")).isInstanceOf(ApiValues.Refused.class);
            assertThatThrownBy(() -> ApiValues.money(huge)).isInstanceOf(ApiValues.Refused.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+169087565-03-15", "0000-01-01", "2026-02-30", "2026-13-01",
            "2026-1-01", "26-01-01", "2026-01-01T00:00", " 2026-01-01", "10000-01-01", "2026/01/01", "２０２６-01-01"})
    void impossibleOrUnboundedDatesAreRefused(String text) {
        assertThatThrownBy(() -> ApiValues.date(text)).isInstanceOf(ApiValues.Refused.class)
                .hasMessage(ApiValues.DATE_SHAPE_MESSAGE);
    }

    @Test
    void realDatesFromYear1To9999AreRead() {
        assertThat(ApiValues.date("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(ApiValues.date("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ApiValues.date("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void jsonNestedDeeperThanTheBoundFailsWhileReading() {
        String deep = "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000);
        assertThatThrownBy(() -> readAll(deep)).isInstanceOf(JsonDepthLimit.TooDeep.class);
        String deepArrays = "[".repeat(JsonDepthLimit.MAX_DEPTH + 1) + "]".repeat(JsonDepthLimit.MAX_DEPTH + 1);
        assertThatThrownBy(() -> readAll(deepArrays)).isInstanceOf(JsonDepthLimit.TooDeep.class);
    }

    @Test
    void bracketsInStringsAndShallowBodiesPass() throws IOException {
        String atBound = "[".repeat(JsonDepthLimit.MAX_DEPTH) + "]".repeat(JsonDepthLimit.MAX_DEPTH);
        assertThat(readAll(atBound)).isEqualTo(atBound);
        String body = "{\"title\":\"" + "[{".repeat(500) + "\\\"[\",\"list\":[{\"a\":[1,2]}]}";
        assertThat(readAll(body)).isEqualTo(body);
    }

    @Test
    void numbersLongerThanTheBoundFailWhileReadingDigitsInStringsDoNot() throws IOException {
        String atBound = "{\"amount\":" + "9".repeat(JsonDepthLimit.MAX_NUMBER) + ",\"b\":true}";
        assertThat(readAll(atBound)).isEqualTo(atBound);
        String longer = "{\"amount\":1" + "0".repeat(JsonDepthLimit.MAX_NUMBER) + "}";
        assertThatThrownBy(() -> readAll(longer)).isInstanceOf(JsonDepthLimit.NumberTooLong.class);
        String exponent = "[1e" + "9".repeat(JsonDepthLimit.MAX_NUMBER) + "]";
        assertThatThrownBy(() -> readAll(exponent)).isInstanceOf(JsonDepthLimit.NumberTooLong.class);
        String inString = "{\"t\":\"" + "1".repeat(10_000) + "\"}";
        assertThat(readAll(inString)).isEqualTo(inString);
    }

    private static String readAll(String body) throws IOException {
        try (InputStream in = new JsonDepthLimit(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
