package io.taxrecon.core.letters;

import static io.taxrecon.core.letters.LetterCases.RUN_DATE;
import static io.taxrecon.core.letters.LetterCases.money;
import static io.taxrecon.core.letters.LetterCases.reconciliation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.catalog.CatalogException;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.notices.NoticeAssessment;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResponseLettersTest {

    private static final ResponseLetters LETTERS = ResponseLetters.defaults();

    private static LetterContent letterFor(NoticeAssessment a, ClientReconciliation rec) {
        return LETTERS.draft(a, rec, RUN_DATE, "Smith & Jones CPAs").orElseThrow();
    }

    @Test
    void theLetterNamesTheNoticeAndStatesTheDisagreementInFigures() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        LetterContent letter = letterFor(cp14, reconciliation(cp14));
        assertThat(letter.noticeId()).isEqualTo("N-1");
        assertThat(letter.clientId()).isEqualTo("C-001");
        assertThat(letter.firm()).isEqualTo("Smith & Jones CPAs");
        assertThat(letter.date()).isEqualTo("November 14, 2026");
        assertThat(letter.subject()).isEqualTo("Re: Notice CP14 dated 2026-11-03, tax year 2024, taxpayer Jane Q. Public, TIN ***-**-6789");
        assertThat(letter.disagreement()).containsExactly("The taxpayer disagrees with the amount the notice shows as due. "
                + "The notice claims $5,000.00; the taxpayer's records support $3,600.00, a difference of $1,400.00. "
                + "The corrected figures follow, line by line, with the proof for each.");
        assertThat(letter.request()).startsWith("Please correct the account to the amount the records support, "
                + "apply the payments listed above to tax year 2024");
    }

    @Test
    void theCorrectedFiguresRunLineByLineFromTheClaimToWhatTheRecordsSupportToday() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        LetterContent.CorrectedFigures figures = letterFor(cp14, reconciliation(cp14)).figures();
        assertThat(figures.title()).isEqualTo("Corrected figures");
        assertThat(figures.columns()).containsExactly("Item", "Reference", "Amount");
        assertThat(figures.lines()).containsExactly(
                new LetterContent.Line("Amount the notice claims", "N-1", money("5000.00"), true),
                new LetterContent.Line("Payment made but not credited to the account", "P-3", money("-400.00"), false),
                new LetterContent.Line("Payment credited to another taxpayer's account", "P-2", money("-1000.00"), false),
                new LetterContent.Line("Amount the records support on the notice date", "", money("3600.00"), true),
                new LetterContent.Line("Credits posted to the account since the notice date", "", money("-250.00"), false),
                new LetterContent.Line("Amount the records support on 2026-11-14", "", money("3350.00"), true));
        assertThat(figures.lines().get(2).amountText()).isEqualTo("-$1,000.00");
    }

    @Test
    void theEnclosuresAreTheNoticeTheProofOfEachPaymentTheCreditPagesAndTheForm2848() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        assertThat(letterFor(cp14, reconciliation(cp14)).enclosures()).containsExactly(
                "A copy of notice CP14 dated 2026-11-03",
                "Proof of payment P-3: $400.00 paid on 2025-01-15 by CHECK for tax year 2024, "
                        + "bank statement or cancelled check: [__________]",
                "Proof of payment P-2: $1,000.00 paid on 2025-06-15 by DIRECT PAY for tax year 2024, confirmation number DP-77",
                "IRS account transcript page of TIN ***-**-6789 (the taxpayer's TIN with its 1st and 2nd digits swapped), "
                        + "tax year 2024, showing the credit of $1,000.00 "
                        + "posted on 2025-06-20 (transaction code 670)",
                "Form 2848, Power of Attorney and Declaration of Representative, if the preparer signs: [__________]");
    }

    @Test
    void theBlanksAreWhatOnlyAPersonCanFill() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        assertThat(letterFor(cp14, reconciliation(cp14)).blanks()).containsExactly(
                "Firm address, telephone and e-mail: [__________]",
                "Address from the notice: [__________]",
                "Proof of payment P-3: $400.00 paid on 2025-01-15 by CHECK for tax year 2024, "
                        + "bank statement or cancelled check: [__________]",
                "Form 2848, Power of Attorney and Declaration of Representative, if the preparer signs: [__________]",
                "[__________]",
                "Name and title: [__________]",
                "Telephone: [__________]",
                "Best time to call: [__________]");
        LetterContent unsigned = LETTERS.draft(cp14, reconciliation(cp14), RUN_DATE, " ").orElseThrow();
        assertThat(unsigned.firm()).isEqualTo("Firm letterhead: [__________]");
        assertThat(unsigned.blanks()).first().isEqualTo("Firm letterhead: [__________]");
    }

    @Test
    void aNoticeToAnotherTinIsDisputedOnIdentityWithNoFigures() {
        NoticeAssessment stranger = LetterCases.toAStranger();
        LetterContent letter = letterFor(stranger, reconciliation(stranger));
        assertThat(letter.grounds()).isEqualTo(new LetterGrounds(false, true));
        assertThat(letter.disagreement()).containsExactly("The notice shows TIN ***-**-6666, which is not the TIN of the "
                + "taxpayer we represent (***-**-6789). Please check that the notice was issued to the right account and "
                + "correct the account; any amount it claims cannot be charged to our client until it is.");
        assertThat(letter.figures()).isNull();
        assertThat(letter.request()).isEqualTo("Please correct the account and confirm in writing which taxpayer the notice concerns.");
    }

    @Test
    void onlyTheLiveNoticesThatWarrantOneGetALetterInTheOrderOfTheNotices() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        ClientReconciliation rec = reconciliation(LetterCases.superseded(), cp14, LetterCases.paid(), LetterCases.toAStranger());
        assertThat(LETTERS.drafts(rec, RUN_DATE, null)).extracting(LetterContent::noticeId).containsExactly("N-1", "NW-1");
        assertThat(LETTERS.draft(LetterCases.paid(), rec, RUN_DATE, null)).isEmpty();
        assertThat(LETTERS.draft(LetterCases.superseded(), rec, RUN_DATE, null)).isEmpty();
    }

    @Test
    void aPlaceholderWithoutAValueFailsRatherThanReachATaxpayer() {
        NoticeAssessment cp14 = LetterCases.liveCp14();
        LetterTexts edited = LetterTexts.defaults()
                .overriddenBy(LetterTexts.read(new StringReader("intro=About notice {code} of {noticDate}\n")));
        ResponseLetters typo = new ResponseLetters(edited);
        assertThatThrownBy(() -> typo.draft(cp14, reconciliation(cp14), RUN_DATE, "Firm"))
                .isInstanceOf(CatalogException.class)
                .hasMessageContaining("{noticDate}");
    }

    @Test
    void moneyIsWordedOneWayAndAnUnknownAmountIsABlank() {
        assertThat(LetterTexts.money(new BigDecimal("-1234.5"))).isEqualTo("-$1,234.50");
        assertThat(LetterTexts.money(new BigDecimal("1400"))).isEqualTo("$1,400.00");
        assertThat(LetterTexts.money(null)).isEqualTo("[__________]");
    }
}
