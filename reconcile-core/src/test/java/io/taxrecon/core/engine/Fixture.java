package io.taxrecon.core.engine;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.FindingType;
import io.taxrecon.core.income.Category;
import io.taxrecon.core.income.FormType;
import io.taxrecon.core.income.InformationReturn;
import io.taxrecon.core.notices.Notice;
import io.taxrecon.core.payments.Payment;
import io.taxrecon.core.returns.ReturnLine;
import io.taxrecon.core.transcripts.TranscriptTransaction;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.values.Tin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds one client's records the way the ingest would, with a source line for every row. */
public final class Fixture {

    public static final Tin CLIENT_TIN = Tin.of("123456789");
    public static final Tin SPOUSE_TIN = Tin.of("555443333");
    public static final Tin STRANGER_TIN = Tin.of("999887777");
    public static final LocalDate RUN_DATE = LocalDate.of(2025, 9, 1);
    public static final Catalogs CATALOGS = Catalogs.defaults();

    public final Client client = new Client("C1", "Pat Doe", CLIENT_TIN, "Sam Doe", SPOUSE_TIN, "rev",
            SourceRef.csv("clients.csv", 2));
    public final List<Notice> notices = new ArrayList<>();
    public final List<TranscriptTransaction> transactions = new ArrayList<>();
    public final List<InformationReturn> documents = new ArrayList<>();
    public final List<ReturnLine> lines = new ArrayList<>();
    public final List<Payment> payments = new ArrayList<>();
    private long line = 1;

    private SourceRef src(String file) {
        return SourceRef.csv(file, ++line);
    }

    public static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public Payment payment(String id, int year, String date, String amount) {
        return payment(id, CLIENT_TIN, year, date, amount);
    }

    public Payment payment(String id, Tin tin, int year, String date, String amount) {
        Payment p = new Payment(id, "C1", tin, year, date(date), money(amount), "EFTPS", "ESTIMATED",
                "270" + id, "1040", src("payments.csv"));
        payments.add(p);
        return p;
    }

    public TranscriptTransaction tx(String id, int year, String code, String date, String amount) {
        return tx(id, CLIENT_TIN, year, code, date, amount);
    }

    public TranscriptTransaction tx(String id, Tin tin, int year, String code, String date, String amount) {
        TranscriptTransaction t = new TranscriptTransaction(id, "C1", tin, year, code, date(date), money(amount),
                null, null, src("irs_transactions.csv"));
        transactions.add(t);
        return t;
    }

    /** A transcript line with its description, as the rules that read descriptions (TC 520, TC 971) need. */
    public TranscriptTransaction tx(String id, int year, String code, String date, String amount, String description) {
        TranscriptTransaction t = new TranscriptTransaction(id, "C1", CLIENT_TIN, year, code, date(date), money(amount),
                description, null, src("irs_transactions.csv"));
        transactions.add(t);
        return t;
    }

    /** A transcript line that carries its TC 971 action code in a column of its own, with no description. */
    public TranscriptTransaction actionCoded(String id, int year, String code, String date, String actionCode) {
        TranscriptTransaction t = new TranscriptTransaction(id, "C1", CLIENT_TIN, year, code, date(date), money("0.00"),
                null, null, actionCode, src("irs_transactions.csv"));
        transactions.add(t);
        return t;
    }

    public InformationReturn box(String documentId, Tin recipient, int year, FormType form, String payerTin,
                                 String box, String amount) {
        return box(documentId, recipient, year, form, payerTin, box, amount, false, InformationReturn.Origin.IRS);
    }

    public InformationReturn box(String documentId, Tin recipient, int year, FormType form, String payerTin,
                                 String box, String amount, boolean corrected, InformationReturn.Origin origin) {
        InformationReturn r = new InformationReturn(documentId, "C1", recipient, year, form, "Payer " + payerTin,
                Tin.of(payerTin), box, money(amount), origin, corrected, src("information_returns.csv"));
        documents.add(r);
        return r;
    }

    /** A box of a Wage and Income Transcript's form: the payer known by name and masked EIN alone. */
    public InformationReturn transcriptBox(String documentId, int year, FormType form, String payerName,
                                           String payerLastFour, String box, String amount, boolean corrected) {
        InformationReturn r = new InformationReturn(documentId, "C1", CLIENT_TIN, year, form, payerName,
                Tin.lastFourOnly(payerLastFour), box, money(amount), InformationReturn.Origin.IRS, corrected,
                src("C1_wage-income.pdf"));
        documents.add(r);
        return r;
    }

    public ReturnLine line(int year, Category category, String amount) {
        return line(CLIENT_TIN, year, category, amount);
    }

    public ReturnLine line(Tin tin, int year, Category category, String amount) {
        ReturnLine l = new ReturnLine("C1", tin, year, category.name(), category, money(amount), "1040",
                src("return_lines.csv"));
        lines.add(l);
        return l;
    }

    public Notice notice(String id, String code, int year, String noticeDate, String amountDue, String dueDate) {
        return notice(id, CLIENT_TIN, code, year, noticeDate, amountDue, dueDate);
    }

    public Notice notice(String id, Tin tin, String code, int year, String noticeDate, String amountDue, String dueDate) {
        Notice n = new Notice(id, "C1", tin, year, code, date(noticeDate), money(amountDue), "1040",
                dueDate == null ? null : date(dueDate), null, null, null, null, src("notices.csv"));
        notices.add(n);
        return n;
    }

    public ClientRecords records() {
        return new ClientRecords(client, notices, transactions, documents, lines, payments, 0);
    }

    public ClientReconciliation run() {
        return run(RUN_DATE);
    }

    public ClientReconciliation run(LocalDate runDate) {
        return new ReconciliationEngine(CATALOGS, ReconciliationSettings.defaults(runDate)).reconcile(records());
    }

    public List<Finding> findings() {
        return run().findings();
    }

    public List<Finding> findings(FindingType type) {
        return findings().stream().filter(f -> f.type() == type).toList();
    }
}
