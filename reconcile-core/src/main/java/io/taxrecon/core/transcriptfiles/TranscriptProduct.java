package io.taxrecon.core.transcriptfiles;

import io.taxrecon.core.ingest.InputKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four IRS transcript products this product reads, and the staged kind each becomes. */
public enum TranscriptProduct {
    ACCOUNT_TRANSCRIPT("Account Transcript", InputKind.IRS_TRANSACTIONS),
    RECORD_OF_ACCOUNT("Record of Account", InputKind.IRS_TRANSACTIONS),
    WAGE_AND_INCOME("Wage and Income Transcript", InputKind.INFORMATION_RETURNS),
    TAX_RETURN_TRANSCRIPT("Tax Return Transcript", InputKind.RETURN_LINES);

    private final String title;
    private final InputKind kind;

    TranscriptProduct(String title, InputKind kind) {
        this.title = title;
        this.kind = kind;
    }

    /** The title the IRS prints at the top of every page. */
    public String title() {
        return title;
    }

    /** The staged table its rows go to. */
    public InputKind kind() {
        return kind;
    }

    /**
     * The product whose title comes first in the text: the title heads the first page, while a
     * later line may quote another product (a Record of Account mentions the Tax Return Transcript
     * it combines), so the earliest title wins.
     */
    public static Optional<TranscriptProduct> of(List<TranscriptLine> lines) {
        for (TranscriptLine line : lines) {
            Optional<TranscriptProduct> product = titled(line.text());
            if (product.isPresent()) {
                return product;
            }
        }
        return Optional.empty();
    }

    /** The product whose title the line is (or starts with), ignoring case. */
    static Optional<TranscriptProduct> titled(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (TranscriptProduct product : values()) {
            String title = product.title.toLowerCase(Locale.ROOT);
            if (lower.equals(title) || lower.startsWith(title + " ") || lower.startsWith(title + ":")) {
                return Optional.of(product);
            }
        }
        return Optional.empty();
    }
}
