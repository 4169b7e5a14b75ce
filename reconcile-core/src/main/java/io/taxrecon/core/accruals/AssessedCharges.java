package io.taxrecon.core.accruals;

import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * What the transcript assessed, net of abatements (amounts as magnitudes): tax (150, 290, 300 less
 * 291, 301), FTF (166, 160 less 167, 161), FTP (276, 270 less 277, 271) and interest (196, 336, 340
 * less 197, 337, 341).
 */
public record AssessedCharges(BigDecimal tax, BigDecimal ftf, BigDecimal ftp, BigDecimal interest) {

    static final Set<String> FTP_CODES = Set.of("276", "270");
    static final Set<String> FTP_ABATEMENTS = Set.of("277", "271");

    /** The sums over one TIN-year's transactions. */
    public static AssessedCharges of(List<TranscriptTransaction> transactions) {
        return new AssessedCharges(
                net(transactions, Set.of("150", "290", "300"), Set.of("291", "301")),
                net(transactions, Set.of("166", "160"), Set.of("167", "161")),
                net(transactions, FTP_CODES, FTP_ABATEMENTS),
                net(transactions, Set.of("196", "336", "340"), Set.of("197", "337", "341")));
    }

    static String code(TranscriptTransaction t) {
        return t.transactionCode() == null ? "" : TransactionCodeCatalog.key(t.transactionCode());
    }

    private static BigDecimal net(List<TranscriptTransaction> transactions, Set<String> plus, Set<String> minus) {
        BigDecimal sum = BigDecimal.ZERO;
        for (TranscriptTransaction t : transactions) {
            String c = code(t);
            if (plus.contains(c)) {
                sum = sum.add(t.magnitude());
            } else if (minus.contains(c)) {
                sum = sum.subtract(t.magnitude());
            }
        }
        return sum.setScale(2, RoundingMode.HALF_UP);
    }
}
