package io.taxrecon.core.payments;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.ordering.NaturalOrder;
import io.taxrecon.core.transcripts.TransactionCode;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Matches a client's payments to the IRS's remittance credits, step by step as SPEC.md "The rules
 * in detail" and docs/RULES.md lay out: exact, split, duplicate, dishonored, then (for what is
 * still unmatched and no longer pending) misapplied year, misapplied TIN, amount mismatch or
 * unposted. Each step runs over all payments, in (payment_date, amount, payment_id) order, before
 * the next starts, and each IRS credit and reversal is used at most once.
 */
public final class PaymentMatcher {

    /** Orders transcript rows for every tie-break: date, then transaction id (natural), then source. */
    public static final Comparator<TranscriptTransaction> TRANSACTION_ORDER =
            Comparator.comparing(TranscriptTransaction::transactionDate)
                    .thenComparing(TranscriptTransaction::transactionId, NaturalOrder.INSTANCE)
                    .thenComparing(t -> t.source().file())
                    .thenComparing(t -> t.source().sheet())
                    .thenComparingLong(t -> t.source().line());

    /** The order payments are taken in: (payment_date, amount, payment_id), then source. */
    public static final Comparator<Payment> PAYMENT_ORDER =
            Comparator.comparing(Payment::paymentDate)
                    .thenComparing(Payment::amount)
                    .thenComparing(Payment::paymentId, NaturalOrder.INSTANCE)
                    .thenComparing(p -> p.source().file())
                    .thenComparing(p -> p.source().sheet())
                    .thenComparingLong(p -> p.source().line());

    private final TransactionCodeCatalog codes;
    private final int daysBefore;
    private final int daysAfter;
    private final int reversalDays;
    private final LocalDate runDate;

    public PaymentMatcher(TransactionCodeCatalog codes, int daysBefore, int daysAfter, int reversalDays,
                          LocalDate runDate) {
        this.codes = codes;
        this.daysBefore = daysBefore;
        this.daysAfter = daysAfter;
        this.reversalDays = reversalDays;
        this.runDate = runDate;
    }

    /** One match per payment, in payment order. */
    public List<PaymentMatch> match(Client client, List<Payment> payments, List<TranscriptTransaction> transactions) {
        List<TranscriptTransaction> credits = ofRole(transactions, TransactionCode.Role.REMITTANCE);
        List<TranscriptTransaction> reversals = ofRole(transactions, TransactionCode.Role.REMITTANCE_REVERSAL);
        Set<Tin> tinsWithTransactions = new HashSet<>();
        transactions.forEach(t -> tinsWithTransactions.add(t.tin()));
        boolean[] used = new boolean[credits.size()];
        boolean[] reversalUsed = new boolean[reversals.size()];

        List<Payment> ordered = payments.stream().sorted(PAYMENT_ORDER).toList();
        List<State> all = new ArrayList<>();
        for (Payment p : ordered) {
            all.add(new State(p));
        }

        // 1. exact: same TIN, year and amount in the window; the closest date wins
        for (State s : all) {
            Payment p = s.payment;
            closest(credits, used, p, c -> sameAccount(c, p) && sameAmount(c, p.amount())).ifPresent(i -> {
                used[i] = true;
                s.credits.add(credits.get(i));
                s.exact = true;
            });
        }
        // 2. split: two, then three, unused credits of the same TIN and year in the window adding up to the payment
        for (State s : all) {
            if (!s.credits.isEmpty()) {
                continue;
            }
            Payment p = s.payment;
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < credits.size(); i++) {
                if (!used[i] && sameAccount(credits.get(i), p) && inWindow(credits.get(i), p)) {
                    candidates.add(i);
                }
            }
            List<Integer> split = split(credits, candidates, p.amount(), 2);
            if (split == null) {
                split = split(credits, candidates, p.amount(), 3);
            }
            if (split != null) {
                for (int i : split) {
                    used[i] = true;
                    s.credits.add(credits.get(i));
                }
            }
        }
        // 3. duplicate: a second credit of an exactly matched payment
        for (State s : all) {
            if (!s.exact) {
                continue;
            }
            Payment p = s.payment;
            closest(credits, used, p, c -> sameAccount(c, p) && sameAmount(c, p.amount())).ifPresent(i -> {
                used[i] = true;
                s.duplicate = credits.get(i);
            });
        }
        // 4. dishonored: a reversal of a matched credit's amount within the reversal period after it
        for (State s : all) {
            for (TranscriptTransaction credit : s.credits) {
                int best = -1;
                for (int i = 0; i < reversals.size(); i++) {
                    TranscriptTransaction r = reversals.get(i);
                    if (reversalUsed[i] || !r.tin().equals(credit.tin()) || r.taxYear() != credit.taxYear()
                            || r.magnitude().compareTo(credit.magnitude()) != 0
                            || r.transactionDate().isBefore(credit.transactionDate())
                            || r.transactionDate().isAfter(credit.transactionDate().plusDays(reversalDays))) {
                        continue;
                    }
                    // reversals are in date-then-id order, so the first one found is the earliest
                    best = i;
                    break;
                }
                if (best >= 0) {
                    reversalUsed[best] = true;
                    s.reversals.add(reversals.get(best));
                }
            }
        }
        // 5. what is still unmatched: pending, misapplied year, misapplied TIN, amount mismatch, unposted
        for (State s : all) {
            if (!s.credits.isEmpty()) {
                continue;
            }
            Payment p = s.payment;
            if (!runDate.isAfter(p.paymentDate().plusDays(daysAfter))) {
                s.status = PaymentOutcome.Status.PENDING;
                continue;
            }
            Optional<Integer> found = closest(credits, used, p, c -> c.tin().equals(p.tin())
                    && c.taxYear() != p.taxYear() && sameAmount(c, p.amount()));
            s.status = PaymentOutcome.Status.MISAPPLIED_YEAR;
            if (found.isEmpty()) {
                Set<Tin> others = otherTins(client, p.tin(), tinsWithTransactions);
                found = closest(credits, used, p, c -> others.contains(c.tin())
                        && c.taxYear() == p.taxYear() && sameAmount(c, p.amount()));
                s.status = PaymentOutcome.Status.MISAPPLIED_TIN;
            }
            if (found.isEmpty()) {
                found = closest(credits, used, p, c -> sameAccount(c, p) && !sameAmount(c, p.amount()));
                s.status = PaymentOutcome.Status.AMOUNT_MISMATCH;
            }
            if (found.isEmpty()) {
                s.status = PaymentOutcome.Status.UNPOSTED;
            } else {
                used[found.get()] = true;
                s.other = credits.get(found.get());
            }
        }

        List<PaymentMatch> result = new ArrayList<>();
        for (State s : all) {
            PaymentOutcome.Status status = s.status;
            if (status == null) {
                if (!s.reversals.isEmpty()) {
                    status = PaymentOutcome.Status.DISHONORED;
                } else if (s.duplicate != null) {
                    status = PaymentOutcome.Status.DUPLICATE_POSTING;
                } else {
                    status = s.credits.size() > 1 ? PaymentOutcome.Status.MATCHED_SPLIT : PaymentOutcome.Status.MATCHED;
                }
            }
            result.add(new PaymentMatch(s.payment, status, s.credits, s.duplicate, s.reversals, s.other));
        }
        return result;
    }

    private static final class State {
        final Payment payment;
        final List<TranscriptTransaction> credits = new ArrayList<>();
        final List<TranscriptTransaction> reversals = new ArrayList<>();
        boolean exact;
        TranscriptTransaction duplicate;
        TranscriptTransaction other;
        PaymentOutcome.Status status;

        State(Payment payment) {
            this.payment = payment;
        }
    }

    private List<TranscriptTransaction> ofRole(List<TranscriptTransaction> transactions, TransactionCode.Role role) {
        return transactions.stream()
                .filter(t -> codes.find(t.transactionCode()).map(c -> c.role() == role).orElse(false))
                .sorted(TRANSACTION_ORDER)
                .toList();
    }

    private static boolean sameAccount(TranscriptTransaction credit, Payment p) {
        return credit.tin().equals(p.tin()) && credit.taxYear() == p.taxYear();
    }

    private static boolean sameAmount(TranscriptTransaction credit, BigDecimal amount) {
        return credit.magnitude().compareTo(amount.abs()) == 0;
    }

    private boolean inWindow(TranscriptTransaction credit, Payment p) {
        LocalDate d = credit.transactionDate();
        return !d.isBefore(p.paymentDate().minusDays(daysBefore)) && !d.isAfter(p.paymentDate().plusDays(daysAfter));
    }

    /** The unused credit in the payment's window that passes {@code test}: closest date, then earlier, then lower id. */
    private Optional<Integer> closest(List<TranscriptTransaction> credits, boolean[] used, Payment p,
                                      Predicate<TranscriptTransaction> test) {
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < credits.size(); i++) {
            TranscriptTransaction c = credits.get(i);
            if (used[i] || !inWindow(c, p) || !test.test(c)) {
                continue;
            }
            long distance = Math.abs(ChronoUnit.DAYS.between(p.paymentDate(), c.transactionDate()));
            // credits are sorted by date then id, so on equal distance the first seen is the earlier one
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /**
     * The combination of {@code size} candidates adding up exactly to {@code amount}; among several,
     * the one whose latest credit is earliest, then the lowest ids. Null when none.
     */
    private static List<Integer> split(List<TranscriptTransaction> credits, List<Integer> candidates,
                                       BigDecimal amount, int size) {
        List<Integer> best = null;
        int n = candidates.size();
        int[] idx = new int[size];
        for (int k = 0; k < size; k++) {
            idx[k] = k;
        }
        if (n < size) {
            return null;
        }
        while (true) {
            BigDecimal sum = BigDecimal.ZERO;
            List<Integer> combo = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                int c = candidates.get(idx[k]);
                combo.add(c);
                sum = sum.add(credits.get(c).magnitude());
            }
            if (sum.compareTo(amount.abs()) == 0 && (best == null || comboOrder(credits).compare(combo, best) < 0)) {
                best = combo;
            }
            int k = size - 1;
            while (k >= 0 && idx[k] == n - size + k) {
                k--;
            }
            if (k < 0) {
                break;
            }
            idx[k]++;
            for (int j = k + 1; j < size; j++) {
                idx[j] = idx[j - 1] + 1;
            }
        }
        return best;
    }

    /** Latest credit earliest, then the credits' ids compared in order (natural). */
    private static Comparator<List<Integer>> comboOrder(List<TranscriptTransaction> credits) {
        return (a, b) -> {
            LocalDate la = a.stream().map(i -> credits.get(i).transactionDate()).max(LocalDate::compareTo).orElseThrow();
            LocalDate lb = b.stream().map(i -> credits.get(i).transactionDate()).max(LocalDate::compareTo).orElseThrow();
            int c = la.compareTo(lb);
            if (c != 0) {
                return c;
            }
            List<TranscriptTransaction> ta = a.stream().map(credits::get).sorted(BY_ID).toList();
            List<TranscriptTransaction> tb = b.stream().map(credits::get).sorted(BY_ID).toList();
            for (int i = 0; i < ta.size(); i++) {
                c = BY_ID.compare(ta.get(i), tb.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static final Comparator<TranscriptTransaction> BY_ID =
            Comparator.comparing(TranscriptTransaction::transactionId, NaturalOrder.INSTANCE)
                    .thenComparing(TRANSACTION_ORDER);

    /**
     * The TINs a payment on {@code tin} may have been misposted to: the client's and spouse's other
     * than {@code tin}, and {@code tin}'s adjacent-digit transpositions, when the records hold
     * transactions of them.
     */
    private static Set<Tin> otherTins(Client client, Tin tin, Set<Tin> withTransactions) {
        Set<Tin> others = new LinkedHashSet<>();
        others.add(client.tin());
        if (client.spouseTin() != null) {
            others.add(client.spouseTin());
        }
        others.addAll(tin.adjacentTranspositions());
        others.remove(tin);
        others.retainAll(withTransactions);
        return others;
    }
}
