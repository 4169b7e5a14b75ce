package io.taxrecon.core.accounts;

import io.taxrecon.core.transcripts.TransactionCode;
import io.taxrecon.core.transcripts.TransactionCodeCatalog;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The transcript balance of a TIN and tax year on any date: the catalogued balance effects
 * (debits +, credits −, docs/RULES.md) of its transactions dated on or before that date.
 * Transactions whose code is not in the catalog are evidence only and move nothing. Pure: the
 * penalty and interest rules build on the same series.
 */
public final class AccountBalance {

    private final List<TranscriptTransaction> transactions;
    private final TransactionCodeCatalog codes;

    public AccountBalance(List<TranscriptTransaction> transactions, TransactionCodeCatalog codes) {
        this.transactions = List.copyOf(transactions);
        this.codes = Objects.requireNonNull(codes, "codes");
    }

    /** One day's postings: what they charged and credited (both positive), and the balance at the day's end. */
    public record Day(LocalDate date, BigDecimal charged, BigDecimal credited, int credits, BigDecimal balance) {
    }

    /** True when the records hold any transaction of the TIN-year, whatever its code or date. */
    public boolean hasTranscript(Tin tin, int year) {
        return transactions.stream().anyMatch(t -> t.tin().equals(tin) && t.taxYear() == year);
    }

    /** The TIN-year's transactions, the proof behind its balance. */
    public List<TranscriptTransaction> transactionsOf(Tin tin, int year) {
        return transactions.stream().filter(t -> t.tin().equals(tin) && t.taxYear() == year).toList();
    }

    /** The balance at the end of {@code date}; null when the records hold no transaction of the TIN-year. */
    public BigDecimal balance(Tin tin, int year, LocalDate date) {
        if (!hasTranscript(tin, year)) {
            return null;
        }
        BigDecimal balance = BigDecimal.ZERO;
        for (Day day : days(tin, year)) {
            if (day.date().isAfter(date)) {
                break;
            }
            balance = day.balance();
        }
        return balance;
    }

    /** The running series: one entry per date with a catalogued posting, in date order. */
    public List<Day> days(Tin tin, int year) {
        Map<LocalDate, BigDecimal[]> byDate = new TreeMap<>();
        Map<LocalDate, Integer> creditCount = new TreeMap<>();
        for (TranscriptTransaction t : transactionsOf(tin, year)) {
            Optional<TransactionCode> code = codes.find(t.transactionCode());
            if (code.isEmpty() || !code.get().movesBalance()) {
                continue; // unknown codes and markers (TC 460, 480, 520, 971 ...) are evidence, not money
            }
            BigDecimal effect = code.get().balanceEffect(t);
            BigDecimal[] sums = byDate.computeIfAbsent(t.transactionDate(), d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (effect.signum() < 0) {
                sums[1] = sums[1].add(effect.negate());
                creditCount.merge(t.transactionDate(), 1, Integer::sum);
            } else {
                sums[0] = sums[0].add(effect);
            }
        }
        List<Day> days = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal[]> e : byDate.entrySet()) {
            BigDecimal[] sums = e.getValue();
            balance = balance.add(sums[0]).subtract(sums[1]);
            days.add(new Day(e.getKey(), sums[0], sums[1], creditCount.getOrDefault(e.getKey(), 0), balance));
        }
        return days;
    }

    /** What posted after {@code after} up to and including {@code upTo}: charged, credited (positive) and how many credits. */
    public Day between(Tin tin, int year, LocalDate after, LocalDate upTo) {
        BigDecimal charged = BigDecimal.ZERO;
        BigDecimal credited = BigDecimal.ZERO;
        int credits = 0;
        BigDecimal balance = BigDecimal.ZERO;
        for (Day day : days(tin, year)) {
            if (day.date().isAfter(upTo)) {
                break;
            }
            balance = day.balance();
            if (day.date().isAfter(after)) {
                charged = charged.add(day.charged());
                credited = credited.add(day.credited());
                credits += day.credits();
            }
        }
        return new Day(upTo, charged, credited, credits, balance);
    }
}
