package io.taxrecon.sampledata.transcripts;

/** The transcript products the generator writes, with the IRS's title and the short name in file names. */
public enum TranscriptProduct {
    ACCOUNT("Account Transcript", "ACTR"),
    WAGE_AND_INCOME("Wage and Income Transcript", "WAID"),
    TAX_RETURN("Tax Return Transcript", "TRT");

    private final String title;
    private final String fileCode;

    TranscriptProduct(String title, String fileCode) {
        this.title = title;
        this.fileCode = fileCode;
    }

    public String title() {
        return title;
    }

    /** "ACTR", as in {@code C000003_ACTR-1040-2023.pdf}. */
    public String fileCode() {
        return fileCode;
    }
}
