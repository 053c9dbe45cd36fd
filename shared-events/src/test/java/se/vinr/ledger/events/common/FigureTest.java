package se.vinr.ledger.events.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FigureTest {

    @Test
    void aFigureHasAtMostTwelveDigitsBeforeTheDecimalPointAndSixAfter() {
        assertThat(Figure.Rule.fits(new BigDecimal("999999999999.999999"))).isTrue();
        assertThat(Figure.Rule.fits(new BigDecimal("-999999999999"))).isTrue();
        assertThat(Figure.Rule.fits(new BigDecimal("1.50000000000"))).as("trailing zeros").isTrue();
        assertThat(Figure.Rule.fits(new BigDecimal("1E+11"))).isTrue();

        assertThat(Figure.Rule.fits(new BigDecimal("1000000000000"))).isFalse();
        assertThat(Figure.Rule.fits(new BigDecimal("1E+12"))).isFalse();
        assertThat(Figure.Rule.fits(new BigDecimal("0.0000001"))).isFalse();
        assertThat(Figure.Rule.fits(new BigDecimal("1E+999999999"))).isFalse();
        assertThat(Figure.Rule.fits(new BigDecimal("1E-999999999"))).isFalse();
    }
}
