package io.taxrecon.formats.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.formats.tabular.UnreadableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox is looked over whole before a row is loaded: kinds, required columns, content hashes. */
class InboxScannerTest {

    static final String PAYMENTS = "payment_id,client_id,tin,tax_year,payment_date,amount\n"
            + "P1,C1,012345678,2024,2025-04-15,100.00\n";

    @TempDir
    Path inbox;

    final InboxScanner scanner = new InboxScanner(ColumnAliases.defaults());

    @Test
    void aFileIsKnownByItsNameOrFailingThatByItsHeaderAndHiddenFilesArePassedOver() throws IOException {
        Files.writeString(inbox.resolve("payments-2026-11.csv"), PAYMENTS);
        Files.writeString(inbox.resolve("export7.csv"), PAYMENTS);
        Files.writeString(inbox.resolve(".~lock.payments.csv#"), "LibreOffice's lock file");
        List<InboxFile> files = scanner.scan(inbox);
        assertThat(files).extracting(InboxFile::name).containsExactly("export7.csv", "payments-2026-11.csv");
        assertThat(files).extracting(InboxFile::kind).containsExactly(InputKind.PAYMENTS, InputKind.PAYMENTS);
    }

    @Test
    void aW2ExportOfOneRowPerFormIsKnownByItsBoxColumnsAndItsColumnsAreChecked() throws IOException {
        String perForm = "Document ID,Client ID,SSN,Year,Form,Employer,Employer EIN,Wages,Federal income tax withheld\n"
                + "W2-1,C1,123456789,2024,W-2,Acme,987654321,52000.00,6100.00\n";
        Files.writeString(inbox.resolve("w2-export-2024.csv"), perForm);
        assertThat(scanner.scan(inbox)).extracting(InboxFile::kind).containsExactly(InputKind.INFORMATION_RETURNS);

        Files.delete(inbox.resolve("w2-export-2024.csv"));
        Files.writeString(inbox.resolve("information_returns-w2.csv"), perForm.replace("Employer EIN,", "")
                .replace("987654321,", ""));
        assertThatThrownBy(() -> scanner.scan(inbox)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("information_returns-w2.csv (information_returns)").hasMessageContaining("payer_tin");
    }

    @Test
    void theSameContentUnderAnotherNameHasTheSameHash() throws IOException {
        Files.writeString(inbox.resolve("payments.csv"), PAYMENTS);
        Files.writeString(inbox.resolve("payments-again.csv"), PAYMENTS);
        List<InboxFile> files = scanner.scan(inbox);
        assertThat(files.get(0).sha256()).isEqualTo(files.get(1).sha256()).hasSize(64);
    }

    @Test
    void aFileMissingARequiredColumnStopsTheScanNamingTheFileAndItsKind() throws IOException {
        Files.writeString(inbox.resolve("payments.csv"), "payment_id,client_id\nP1,C1\n");
        assertThatThrownBy(() -> scanner.scan(inbox))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("payments.csv (payments): ");
    }

    @Test
    void aFileOfNoKnownKindStopsTheScan() throws IOException {
        Files.writeString(inbox.resolve("notes.csv"), "what,why\na,b\n");
        assertThatThrownBy(() -> scanner.scan(inbox))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("notes.csv: unknown kind of file");
    }
}
