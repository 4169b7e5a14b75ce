package io.taxrecon.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest a later night compares: of the rows as they are, not of the order the store returned them in. */
class ClientInputsDigestTest {

    static final Tin TIN = Tin.of("123456789");
    static final Client CLIENT = new Client("C1", "Jane Doe", TIN, null, null, null, new SourceRef("clients.csv", "", 2));

    @Test
    void theSameRowsInAnotherOrderGiveTheSameDigest() {
        Payment a = payment("P1", "10.00", 2);
        Payment b = payment("P2", "20.00", 3);
        assertThat(ClientInputsDigest.of(records(List.of(a, b)), List.of()))
                .isEqualTo(ClientInputsDigest.of(records(List.of(b, a)), List.of()));
    }

    @Test
    void oneAmountChangedOrOneRowMovedToAnotherLineGivesAnotherDigest() {
        String before = ClientInputsDigest.of(records(List.of(payment("P1", "10.00", 2))), List.of());
        assertThat(ClientInputsDigest.of(records(List.of(payment("P1", "10.01", 2))), List.of())).isNotEqualTo(before);
        assertThat(ClientInputsDigest.of(records(List.of(payment("P1", "10.00", 3))), List.of())).isNotEqualTo(before);
        assertThat(ClientInputsDigest.of(records(List.of(payment("P1", "10.00", 2))), List.of())).isEqualTo(before);
    }

    private static ClientRecords records(List<Payment> payments) {
        return new ClientRecords(CLIENT, List.of(), List.of(), List.of(), List.of(), payments, 0);
    }

    private static Payment payment(String id, String amount, long line) {
        return new Payment(id, "C1", TIN, 2024, LocalDate.of(2025, 4, 15), new BigDecimal(amount), null, null, null, null,
                new SourceRef("payments.csv", "", line));
    }
}
