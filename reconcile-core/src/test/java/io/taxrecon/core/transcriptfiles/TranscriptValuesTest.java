package io.taxrecon.core.transcriptfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TranscriptValuesTest {

    @Test
    void moneyIsReadInEveryLayoutsSpellingAndNegativeZeroIsZero() {
        assertThat(TranscriptValues.money("-$1,200.00")).contains(new BigDecimal("-1200.00"));
        assertThat(TranscriptValues.money("$0.00")).contains(new BigDecimal("0.00"));
        assertThat(TranscriptValues.money("-$0.00")).contains(new BigDecimal("0.00"));
        assertThat(TranscriptValues.money("-$0.00").orElseThrow().signum()).isZero();
        assertThat(TranscriptValues.money("ACCOUNT BALANCE:        0.00")).contains(new BigDecimal("0.00"));
        assertThat(TranscriptValues.money("Wages:......$45,000.00")).contains(new BigDecimal("45000.00"));
    }

    @Test
    void aBareIntegerIsNeverMoney() {
        assertThat(TranscriptValues.money("EXEMPTIONS: 01")).isEmpty();
        assertThat(TranscriptValues.money("20242005")).isEmpty();
        assertThat(TranscriptValues.money("Form 1040")).isEmpty();
        assertThat(TranscriptValues.money("$1,200")).isEmpty();
    }

    @Test
    void datesAreReadNumericAndInWordsAndThePlaceholderIsNoDate() {
        assertThat(TranscriptValues.date("05-08-2023")).contains(LocalDate.of(2023, 5, 8));
        assertThat(TranscriptValues.date("TAX PERIOD: Dec. 31, 2024")).contains(LocalDate.of(2024, 12, 31));
        assertThat(TranscriptValues.date("December 31, 2024")).contains(LocalDate.of(2024, 12, 31));
        assertThat(TranscriptValues.date("00-00-0000")).isEmpty();
        assertThat(TranscriptValues.periodEnd("December, 2023")).contains(LocalDate.of(2023, 12, 31));
    }

    @Test
    void maskedTinsGiveTheirLastFourDigits() {
        assertThat(TranscriptValues.maskedSsn("SSN Provided: XXX-XX-6789")).contains("6789");
        assertThat(TranscriptValues.maskedEin("(EIN):XXXXX4321")).contains("4321");
        assertThat(TranscriptValues.maskedEin("(FIN):XX-XXX5555")).contains("5555");
        assertThat(TranscriptValues.maskedEin("Account Number:XXXXXXX1234")).isEmpty();
    }

    @Test
    void pageFurnitureIsKnownWhereverItFalls() {
        assertThat(TranscriptValues.isFurniture("This Product Contains Sensitive Taxpayer Data")).isTrue();
        assertThat(TranscriptValues.isFurniture("Page 3 of 30")).isTrue();
        assertThat(TranscriptValues.isFurniture("Page 1/3")).isTrue();
        assertThat(TranscriptValues.isFurniture("Payment")).isFalse();
    }
}
